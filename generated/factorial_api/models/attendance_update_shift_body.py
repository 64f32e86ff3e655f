from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..models.attendance_update_shift_body_location_type import AttendanceUpdateShiftBodyLocationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttendanceUpdateShiftBody")


@_attrs_define
class AttendanceUpdateShiftBody:
    """
    Attributes:
        id (str):
        clock_in (str | Unset):
        clock_out (str | Unset):
        date (str | Unset):
        reference_date (str | Unset):
        observations (str | Unset):
        location_type (AttendanceUpdateShiftBodyLocationType | Unset):
        workplace_id (str | Unset):
        time_settings_break_configuration_id (str | Unset):
    """

    id: str
    clock_in: str | Unset = UNSET
    clock_out: str | Unset = UNSET
    date: str | Unset = UNSET
    reference_date: str | Unset = UNSET
    observations: str | Unset = UNSET
    location_type: AttendanceUpdateShiftBodyLocationType | Unset = UNSET
    workplace_id: str | Unset = UNSET
    time_settings_break_configuration_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        clock_in = self.clock_in

        clock_out = self.clock_out

        date = self.date

        reference_date = self.reference_date

        observations = self.observations

        location_type: str | Unset = UNSET
        if not isinstance(self.location_type, Unset):
            location_type = self.location_type.value

        workplace_id = self.workplace_id

        time_settings_break_configuration_id = self.time_settings_break_configuration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if clock_in is not UNSET:
            field_dict["clock_in"] = clock_in
        if clock_out is not UNSET:
            field_dict["clock_out"] = clock_out
        if date is not UNSET:
            field_dict["date"] = date
        if reference_date is not UNSET:
            field_dict["reference_date"] = reference_date
        if observations is not UNSET:
            field_dict["observations"] = observations
        if location_type is not UNSET:
            field_dict["location_type"] = location_type
        if workplace_id is not UNSET:
            field_dict["workplace_id"] = workplace_id
        if time_settings_break_configuration_id is not UNSET:
            field_dict["time_settings_break_configuration_id"] = time_settings_break_configuration_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = pop_required(d, "id", cls)

        clock_in = d.pop("clock_in", UNSET)

        clock_out = d.pop("clock_out", UNSET)

        date = d.pop("date", UNSET)

        reference_date = d.pop("reference_date", UNSET)

        observations = d.pop("observations", UNSET)

        _location_type = d.pop("location_type", UNSET)
        location_type: AttendanceUpdateShiftBodyLocationType | Unset
        if isinstance(_location_type, Unset):
            location_type = UNSET
        else:
            location_type = AttendanceUpdateShiftBodyLocationType(_location_type)

        workplace_id = d.pop("workplace_id", UNSET)

        time_settings_break_configuration_id = d.pop("time_settings_break_configuration_id", UNSET)

        attendance_update_shift_body = cls(
            id=id,
            clock_in=clock_in,
            clock_out=clock_out,
            date=date,
            reference_date=reference_date,
            observations=observations,
            location_type=location_type,
            workplace_id=workplace_id,
            time_settings_break_configuration_id=time_settings_break_configuration_id,
        )

        attendance_update_shift_body.additional_properties = d
        return attendance_update_shift_body

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
