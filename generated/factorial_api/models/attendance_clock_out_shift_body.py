from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttendanceClockOutShiftBody")


@_attrs_define
class AttendanceClockOutShiftBody:
    """
    Attributes:
        now (str):
        employee_id (str | Unset):
        latitude (float | Unset):
        longitude (float | Unset):
        accuracy (float | Unset):
        observations (str | Unset):
    """

    now: str
    employee_id: str | Unset = UNSET
    latitude: float | Unset = UNSET
    longitude: float | Unset = UNSET
    accuracy: float | Unset = UNSET
    observations: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        now = self.now

        employee_id = self.employee_id

        latitude = self.latitude

        longitude = self.longitude

        accuracy = self.accuracy

        observations = self.observations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "now": now,
            }
        )
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if accuracy is not UNSET:
            field_dict["accuracy"] = accuracy
        if observations is not UNSET:
            field_dict["observations"] = observations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        now = pop_required(d, "now", cls)

        employee_id = d.pop("employee_id", UNSET)

        latitude = d.pop("latitude", UNSET)

        longitude = d.pop("longitude", UNSET)

        accuracy = d.pop("accuracy", UNSET)

        observations = d.pop("observations", UNSET)

        attendance_clock_out_shift_body = cls(
            now=now,
            employee_id=employee_id,
            latitude=latitude,
            longitude=longitude,
            accuracy=accuracy,
            observations=observations,
        )

        attendance_clock_out_shift_body.additional_properties = d
        return attendance_clock_out_shift_body

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
