from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamsTeam")


@_attrs_define
class TeamsTeam:
    """A group of employees.

    Attributes:
        id (None | str):
        name (None | str):
        company_id (None | str):
        description (None | str | Unset):
        avatar (None | str | Unset):
        employee_ids (list[str] | None | Unset):
        lead_ids (list[str] | None | Unset):
    """

    id: None | str
    name: None | str
    company_id: None | str
    description: None | str | Unset = UNSET
    avatar: None | str | Unset = UNSET
    employee_ids: list[str] | None | Unset = UNSET
    lead_ids: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        name: None | str
        name = self.name

        company_id: None | str
        company_id = self.company_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        avatar: None | str | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        else:
            avatar = self.avatar

        employee_ids: list[str] | None | Unset
        if isinstance(self.employee_ids, Unset):
            employee_ids = UNSET
        elif isinstance(self.employee_ids, list):
            employee_ids = self.employee_ids

        else:
            employee_ids = self.employee_ids

        lead_ids: list[str] | None | Unset
        if isinstance(self.lead_ids, Unset):
            lead_ids = UNSET
        elif isinstance(self.lead_ids, list):
            lead_ids = self.lead_ids

        else:
            lead_ids = self.lead_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "company_id": company_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if employee_ids is not UNSET:
            field_dict["employee_ids"] = employee_ids
        if lead_ids is not UNSET:
            field_dict["lead_ids"] = lead_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(pop_required(d, "id", cls))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(pop_required(d, "name", cls))

        def _parse_company_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_id = _parse_company_id(pop_required(d, "company_id", cls))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_avatar(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar = _parse_avatar(d.pop("avatar", UNSET))

        def _parse_employee_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                employee_ids_type_0 = cast(list[str], data)

                return employee_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        employee_ids = _parse_employee_ids(d.pop("employee_ids", UNSET))

        def _parse_lead_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lead_ids_type_0 = cast(list[str], data)

                return lead_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        lead_ids = _parse_lead_ids(d.pop("lead_ids", UNSET))

        teams_team = cls(
            id=id,
            name=name,
            company_id=company_id,
            description=description,
            avatar=avatar,
            employee_ids=employee_ids,
            lead_ids=lead_ids,
        )

        teams_team.additional_properties = d
        return teams_team

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
