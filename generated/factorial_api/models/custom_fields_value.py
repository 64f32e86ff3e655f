from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldsValue")


@_attrs_define
class CustomFieldsValue:
    """The value of a custom field on one record.

    Attributes:
        id (None | str):
        custom_field_identifier (None | str):
        valuable_id (None | str):
        field_id (None | str):
        valuable_type (None | str):
        value (Any | Unset): The value, its JSON type depending on the field type.
        long_text_value (None | str | Unset):
        date_value (None | str | Unset):
        single_choice_value (None | str | Unset):
        cents_value (int | None | Unset):
        label (None | str | Unset):
        required (bool | None | Unset):
        usage_group_id (None | str | Unset):
        usage_group_slug (None | str | Unset):
        updated_at (None | str | Unset):
    """

    id: None | str
    custom_field_identifier: None | str
    valuable_id: None | str
    field_id: None | str
    valuable_type: None | str
    value: Any | Unset = UNSET
    long_text_value: None | str | Unset = UNSET
    date_value: None | str | Unset = UNSET
    single_choice_value: None | str | Unset = UNSET
    cents_value: int | None | Unset = UNSET
    label: None | str | Unset = UNSET
    required: bool | None | Unset = UNSET
    usage_group_id: None | str | Unset = UNSET
    usage_group_slug: None | str | Unset = UNSET
    updated_at: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        custom_field_identifier: None | str
        custom_field_identifier = self.custom_field_identifier

        valuable_id: None | str
        valuable_id = self.valuable_id

        field_id: None | str
        field_id = self.field_id

        valuable_type: None | str
        valuable_type = self.valuable_type

        value = self.value

        long_text_value: None | str | Unset
        if isinstance(self.long_text_value, Unset):
            long_text_value = UNSET
        else:
            long_text_value = self.long_text_value

        date_value: None | str | Unset
        if isinstance(self.date_value, Unset):
            date_value = UNSET
        else:
            date_value = self.date_value

        single_choice_value: None | str | Unset
        if isinstance(self.single_choice_value, Unset):
            single_choice_value = UNSET
        else:
            single_choice_value = self.single_choice_value

        cents_value: int | None | Unset
        if isinstance(self.cents_value, Unset):
            cents_value = UNSET
        else:
            cents_value = self.cents_value

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        required: bool | None | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        usage_group_id: None | str | Unset
        if isinstance(self.usage_group_id, Unset):
            usage_group_id = UNSET
        else:
            usage_group_id = self.usage_group_id

        usage_group_slug: None | str | Unset
        if isinstance(self.usage_group_slug, Unset):
            usage_group_slug = UNSET
        else:
            usage_group_slug = self.usage_group_slug

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "custom_field_identifier": custom_field_identifier,
                "valuable_id": valuable_id,
                "field_id": field_id,
                "valuable_type": valuable_type,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if long_text_value is not UNSET:
            field_dict["long_text_value"] = long_text_value
        if date_value is not UNSET:
            field_dict["date_value"] = date_value
        if single_choice_value is not UNSET:
            field_dict["single_choice_value"] = single_choice_value
        if cents_value is not UNSET:
            field_dict["cents_value"] = cents_value
        if label is not UNSET:
            field_dict["label"] = label
        if required is not UNSET:
            field_dict["required"] = required
        if usage_group_id is not UNSET:
            field_dict["usage_group_id"] = usage_group_id
        if usage_group_slug is not UNSET:
            field_dict["usage_group_slug"] = usage_group_slug
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(pop_required(d, "id", cls))

        def _parse_custom_field_identifier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        custom_field_identifier = _parse_custom_field_identifier(pop_required(d, "custom_field_identifier", cls))

        def _parse_valuable_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        valuable_id = _parse_valuable_id(pop_required(d, "valuable_id", cls))

        def _parse_field_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        field_id = _parse_field_id(pop_required(d, "field_id", cls))

        def _parse_valuable_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        valuable_type = _parse_valuable_type(pop_required(d, "valuable_type", cls))

        value = d.pop("value", UNSET)

        def _parse_long_text_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        long_text_value = _parse_long_text_value(d.pop("long_text_value", UNSET))

        def _parse_date_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_value = _parse_date_value(d.pop("date_value", UNSET))

        def _parse_single_choice_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        single_choice_value = _parse_single_choice_value(d.pop("single_choice_value", UNSET))

        def _parse_cents_value(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cents_value = _parse_cents_value(d.pop("cents_value", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        required = _parse_required(d.pop("required", UNSET))

        def _parse_usage_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usage_group_id = _parse_usage_group_id(d.pop("usage_group_id", UNSET))

        def _parse_usage_group_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        usage_group_slug = _parse_usage_group_slug(d.pop("usage_group_slug", UNSET))

        def _parse_updated_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        custom_fields_value = cls(
            id=id,
            custom_field_identifier=custom_field_identifier,
            valuable_id=valuable_id,
            field_id=field_id,
            valuable_type=valuable_type,
            value=value,
            long_text_value=long_text_value,
            date_value=date_value,
            single_choice_value=single_choice_value,
            cents_value=cents_value,
            label=label,
            required=required,
            usage_group_id=usage_group_id,
            usage_group_slug=usage_group_slug,
            updated_at=updated_at,
        )

        custom_fields_value.additional_properties = d
        return custom_fields_value

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
