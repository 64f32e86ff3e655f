from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamsMembership")


@_attrs_define
class TeamsMembership:
    """One employee's place in one team.

    Attributes:
        id (None | str):
        employee_id (None | str):
        team_id (None | str):
        lead (bool | None):
        company_id (None | str | Unset):
    """

    id: None | str
    employee_id: None | str
    team_id: None | str
    lead: bool | None
    company_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        employee_id: None | str
        employee_id = self.employee_id

        team_id: None | str
        team_id = self.team_id

        lead: bool | None
        lead = self.lead

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "employee_id": employee_id,
                "team_id": team_id,
                "lead": lead,
            }
        )
        if company_id is not UNSET:
            field_dict["company_id"] = company_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(pop_required(d, "id", cls))

        def _parse_employee_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        employee_id = _parse_employee_id(pop_required(d, "employee_id", cls))

        def _parse_team_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team_id = _parse_team_id(pop_required(d, "team_id", cls))

        def _parse_lead(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        lead = _parse_lead(pop_required(d, "lead", cls))

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("company_id", UNSET))

        teams_membership = cls(
            id=id,
            employee_id=employee_id,
            team_id=team_id,
            lead=lead,
            company_id=company_id,
        )

        teams_membership.additional_properties = d
        return teams_membership

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
