from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="PagedIndexMeta")


@_attrs_define
class PagedIndexMeta:
    """Where a page of a list sits; use the cursors to move between pages.

    Attributes:
        has_previous_page (bool | None): Items come before this page.
        has_next_page (bool | None): Items come after this page.
        limit (int | None): Page size used.
        total (int | None): Number of items across all pages.
        start_cursor (None | str | Unset): Cursor of the first item; pass as `before_id` for the previous page.
        end_cursor (None | str | Unset): Cursor of the last item; pass as `after_id` for the next page.
    """

    has_previous_page: bool | None
    has_next_page: bool | None
    limit: int | None
    total: int | None
    start_cursor: None | str | Unset = UNSET
    end_cursor: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_previous_page: bool | None
        has_previous_page = self.has_previous_page

        has_next_page: bool | None
        has_next_page = self.has_next_page

        limit: int | None
        limit = self.limit

        total: int | None
        total = self.total

        start_cursor: None | str | Unset
        if isinstance(self.start_cursor, Unset):
            start_cursor = UNSET
        else:
            start_cursor = self.start_cursor

        end_cursor: None | str | Unset
        if isinstance(self.end_cursor, Unset):
            end_cursor = UNSET
        else:
            end_cursor = self.end_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_previous_page": has_previous_page,
                "has_next_page": has_next_page,
                "limit": limit,
                "total": total,
            }
        )
        if start_cursor is not UNSET:
            field_dict["start_cursor"] = start_cursor
        if end_cursor is not UNSET:
            field_dict["end_cursor"] = end_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_has_previous_page(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        has_previous_page = _parse_has_previous_page(pop_required(d, "has_previous_page", cls))

        def _parse_has_next_page(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        has_next_page = _parse_has_next_page(pop_required(d, "has_next_page", cls))

        def _parse_limit(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        limit = _parse_limit(pop_required(d, "limit", cls))

        def _parse_total(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total = _parse_total(pop_required(d, "total", cls))

        def _parse_start_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_cursor = _parse_start_cursor(d.pop("start_cursor", UNSET))

        def _parse_end_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_cursor = _parse_end_cursor(d.pop("end_cursor", UNSET))

        paged_index_meta = cls(
            has_previous_page=has_previous_page,
            has_next_page=has_next_page,
            limit=limit,
            total=total,
            start_cursor=start_cursor,
            end_cursor=end_cursor,
        )

        paged_index_meta.additional_properties = d
        return paged_index_meta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
