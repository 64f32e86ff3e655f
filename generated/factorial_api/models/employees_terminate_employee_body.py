from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="EmployeesTerminateEmployeeBody")


@_attrs_define
class EmployeesTerminateEmployeeBody:
    """
    Attributes:
        id (str):
        terminated_on (str):
        termination_reason (str | Unset):
        termination_assigned_manager_id (str | Unset):
        open_backfill (bool | Unset):
    """

    id: str
    terminated_on: str
    termination_reason: str | Unset = UNSET
    termination_assigned_manager_id: str | Unset = UNSET
    open_backfill: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        terminated_on = self.terminated_on

        termination_reason = self.termination_reason

        termination_assigned_manager_id = self.termination_assigned_manager_id

        open_backfill = self.open_backfill

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "terminated_on": terminated_on,
            }
        )
        if termination_reason is not UNSET:
            field_dict["termination_reason"] = termination_reason
        if termination_assigned_manager_id is not UNSET:
            field_dict["termination_assigned_manager_id"] = termination_assigned_manager_id
        if open_backfill is not UNSET:
            field_dict["open_backfill"] = open_backfill

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = pop_required(d, "id", cls)

        terminated_on = pop_required(d, "terminated_on", cls)

        termination_reason = d.pop("termination_reason", UNSET)

        termination_assigned_manager_id = d.pop("termination_assigned_manager_id", UNSET)

        open_backfill = d.pop("open_backfill", UNSET)

        employees_terminate_employee_body = cls(
            id=id,
            terminated_on=terminated_on,
            termination_reason=termination_reason,
            termination_assigned_manager_id=termination_assigned_manager_id,
            open_backfill=open_backfill,
        )

        employees_terminate_employee_body.additional_properties = d
        return employees_terminate_employee_body

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
