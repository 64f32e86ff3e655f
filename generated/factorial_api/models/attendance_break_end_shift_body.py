from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttendanceBreakEndShiftBody")


@_attrs_define
class AttendanceBreakEndShiftBody:
    """
    Attributes:
        now (str):
        employee_id (str | Unset):
        observations (str | Unset):
        project_worker_id (str | Unset):
        subproject_id (str | Unset):
    """

    now: str
    employee_id: str | Unset = UNSET
    observations: str | Unset = UNSET
    project_worker_id: str | Unset = UNSET
    subproject_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        now = self.now

        employee_id = self.employee_id

        observations = self.observations

        project_worker_id = self.project_worker_id

        subproject_id = self.subproject_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "now": now,
            }
        )
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if observations is not UNSET:
            field_dict["observations"] = observations
        if project_worker_id is not UNSET:
            field_dict["project_worker_id"] = project_worker_id
        if subproject_id is not UNSET:
            field_dict["subproject_id"] = subproject_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        now = pop_required(d, "now", cls)

        employee_id = d.pop("employee_id", UNSET)

        observations = d.pop("observations", UNSET)

        project_worker_id = d.pop("project_worker_id", UNSET)

        subproject_id = d.pop("subproject_id", UNSET)

        attendance_break_end_shift_body = cls(
            now=now,
            employee_id=employee_id,
            observations=observations,
            project_worker_id=project_worker_id,
            subproject_id=subproject_id,
        )

        attendance_break_end_shift_body.additional_properties = d
        return attendance_break_end_shift_body

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
