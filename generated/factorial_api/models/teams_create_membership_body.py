from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamsCreateMembershipBody")


@_attrs_define
class TeamsCreateMembershipBody:
    """
    Attributes:
        team_id (str):
        employee_id (str):
        lead (bool | Unset):
    """

    team_id: str
    employee_id: str
    lead: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_id = self.team_id

        employee_id = self.employee_id

        lead = self.lead

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "team_id": team_id,
                "employee_id": employee_id,
            }
        )
        if lead is not UNSET:
            field_dict["lead"] = lead

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        team_id = pop_required(d, "team_id", cls)

        employee_id = pop_required(d, "employee_id", cls)

        lead = d.pop("lead", UNSET)

        teams_create_membership_body = cls(
            team_id=team_id,
            employee_id=employee_id,
            lead=lead,
        )

        teams_create_membership_body.additional_properties = d
        return teams_create_membership_body

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
