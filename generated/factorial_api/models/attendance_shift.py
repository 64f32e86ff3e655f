from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..models.attendance_shift_half_day import AttendanceShiftHalfDay
from ..models.attendance_shift_location_type import AttendanceShiftLocationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AttendanceShift")


@_attrs_define
class AttendanceShift:
    """A stretch of time an employee worked (or is working: no clock_out yet).

    Attributes:
        id (None | str):
        employee_id (None | str):
        date (None | str):
        reference_date (None | str): Working day the shift counts for (may differ from `date` for night shifts).
        created_at (None | str):
        company_id (None | str):
        updated_at (None | str):
        minutes (int | None): Length of the shift in minutes.
        clock_in (None | str | Unset):
        clock_out (None | str | Unset):
        in_source (None | str | Unset):
        out_source (None | str | Unset):
        observations (None | str | Unset):
        location_type (AttendanceShiftLocationType | None | Unset):
        half_day (AttendanceShiftHalfDay | None | Unset):
        in_location_latitude (float | None | Unset):
        in_location_longitude (float | None | Unset):
        in_location_accuracy (float | None | Unset):
        out_location_latitude (float | None | Unset):
        out_location_longitude (float | None | Unset):
        out_location_accuracy (float | None | Unset):
        workable (bool | None | Unset):
        workplace_id (None | str | Unset):
        time_settings_break_configuration_id (None | str | Unset):
        clock_in_with_seconds (None | str | Unset):
    """

    id: None | str
    employee_id: None | str
    date: None | str
    reference_date: None | str
    created_at: None | str
    company_id: None | str
    updated_at: None | str
    minutes: int | None
    clock_in: None | str | Unset = UNSET
    clock_out: None | str | Unset = UNSET
    in_source: None | str | Unset = UNSET
    out_source: None | str | Unset = UNSET
    observations: None | str | Unset = UNSET
    location_type: AttendanceShiftLocationType | None | Unset = UNSET
    half_day: AttendanceShiftHalfDay | None | Unset = UNSET
    in_location_latitude: float | None | Unset = UNSET
    in_location_longitude: float | None | Unset = UNSET
    in_location_accuracy: float | None | Unset = UNSET
    out_location_latitude: float | None | Unset = UNSET
    out_location_longitude: float | None | Unset = UNSET
    out_location_accuracy: float | None | Unset = UNSET
    workable: bool | None | Unset = UNSET
    workplace_id: None | str | Unset = UNSET
    time_settings_break_configuration_id: None | str | Unset = UNSET
    clock_in_with_seconds: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        employee_id: None | str
        employee_id = self.employee_id

        date: None | str
        date = self.date

        reference_date: None | str
        reference_date = self.reference_date

        created_at: None | str
        created_at = self.created_at

        company_id: None | str
        company_id = self.company_id

        updated_at: None | str
        updated_at = self.updated_at

        minutes: int | None
        minutes = self.minutes

        clock_in: None | str | Unset
        if isinstance(self.clock_in, Unset):
            clock_in = UNSET
        else:
            clock_in = self.clock_in

        clock_out: None | str | Unset
        if isinstance(self.clock_out, Unset):
            clock_out = UNSET
        else:
            clock_out = self.clock_out

        in_source: None | str | Unset
        if isinstance(self.in_source, Unset):
            in_source = UNSET
        else:
            in_source = self.in_source

        out_source: None | str | Unset
        if isinstance(self.out_source, Unset):
            out_source = UNSET
        else:
            out_source = self.out_source

        observations: None | str | Unset
        if isinstance(self.observations, Unset):
            observations = UNSET
        else:
            observations = self.observations

        location_type: None | str | Unset
        if isinstance(self.location_type, Unset):
            location_type = UNSET
        elif isinstance(self.location_type, AttendanceShiftLocationType):
            location_type = self.location_type.value
        else:
            location_type = self.location_type

        half_day: None | str | Unset
        if isinstance(self.half_day, Unset):
            half_day = UNSET
        elif isinstance(self.half_day, AttendanceShiftHalfDay):
            half_day = self.half_day.value
        else:
            half_day = self.half_day

        in_location_latitude: float | None | Unset
        if isinstance(self.in_location_latitude, Unset):
            in_location_latitude = UNSET
        else:
            in_location_latitude = self.in_location_latitude

        in_location_longitude: float | None | Unset
        if isinstance(self.in_location_longitude, Unset):
            in_location_longitude = UNSET
        else:
            in_location_longitude = self.in_location_longitude

        in_location_accuracy: float | None | Unset
        if isinstance(self.in_location_accuracy, Unset):
            in_location_accuracy = UNSET
        else:
            in_location_accuracy = self.in_location_accuracy

        out_location_latitude: float | None | Unset
        if isinstance(self.out_location_latitude, Unset):
            out_location_latitude = UNSET
        else:
            out_location_latitude = self.out_location_latitude

        out_location_longitude: float | None | Unset
        if isinstance(self.out_location_longitude, Unset):
            out_location_longitude = UNSET
        else:
            out_location_longitude = self.out_location_longitude

        out_location_accuracy: float | None | Unset
        if isinstance(self.out_location_accuracy, Unset):
            out_location_accuracy = UNSET
        else:
            out_location_accuracy = self.out_location_accuracy

        workable: bool | None | Unset
        if isinstance(self.workable, Unset):
            workable = UNSET
        else:
            workable = self.workable

        workplace_id: None | str | Unset
        if isinstance(self.workplace_id, Unset):
            workplace_id = UNSET
        else:
            workplace_id = self.workplace_id

        time_settings_break_configuration_id: None | str | Unset
        if isinstance(self.time_settings_break_configuration_id, Unset):
            time_settings_break_configuration_id = UNSET
        else:
            time_settings_break_configuration_id = self.time_settings_break_configuration_id

        clock_in_with_seconds: None | str | Unset
        if isinstance(self.clock_in_with_seconds, Unset):
            clock_in_with_seconds = UNSET
        else:
            clock_in_with_seconds = self.clock_in_with_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "employee_id": employee_id,
                "date": date,
                "reference_date": reference_date,
                "created_at": created_at,
                "company_id": company_id,
                "updated_at": updated_at,
                "minutes": minutes,
            }
        )
        if clock_in is not UNSET:
            field_dict["clock_in"] = clock_in
        if clock_out is not UNSET:
            field_dict["clock_out"] = clock_out
        if in_source is not UNSET:
            field_dict["in_source"] = in_source
        if out_source is not UNSET:
            field_dict["out_source"] = out_source
        if observations is not UNSET:
            field_dict["observations"] = observations
        if location_type is not UNSET:
            field_dict["location_type"] = location_type
        if half_day is not UNSET:
            field_dict["half_day"] = half_day
        if in_location_latitude is not UNSET:
            field_dict["in_location_latitude"] = in_location_latitude
        if in_location_longitude is not UNSET:
            field_dict["in_location_longitude"] = in_location_longitude
        if in_location_accuracy is not UNSET:
            field_dict["in_location_accuracy"] = in_location_accuracy
        if out_location_latitude is not UNSET:
            field_dict["out_location_latitude"] = out_location_latitude
        if out_location_longitude is not UNSET:
            field_dict["out_location_longitude"] = out_location_longitude
        if out_location_accuracy is not UNSET:
            field_dict["out_location_accuracy"] = out_location_accuracy
        if workable is not UNSET:
            field_dict["workable"] = workable
        if workplace_id is not UNSET:
            field_dict["workplace_id"] = workplace_id
        if time_settings_break_configuration_id is not UNSET:
            field_dict["time_settings_break_configuration_id"] = time_settings_break_configuration_id
        if clock_in_with_seconds is not UNSET:
            field_dict["clock_in_with_seconds"] = clock_in_with_seconds

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

        def _parse_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        date = _parse_date(pop_required(d, "date", cls))

        def _parse_reference_date(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reference_date = _parse_reference_date(pop_required(d, "reference_date", cls))

        def _parse_created_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_at = _parse_created_at(pop_required(d, "created_at", cls))

        def _parse_company_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_id = _parse_company_id(pop_required(d, "company_id", cls))

        def _parse_updated_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_at = _parse_updated_at(pop_required(d, "updated_at", cls))

        def _parse_minutes(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        minutes = _parse_minutes(pop_required(d, "minutes", cls))

        def _parse_clock_in(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clock_in = _parse_clock_in(d.pop("clock_in", UNSET))

        def _parse_clock_out(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clock_out = _parse_clock_out(d.pop("clock_out", UNSET))

        def _parse_in_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        in_source = _parse_in_source(d.pop("in_source", UNSET))

        def _parse_out_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        out_source = _parse_out_source(d.pop("out_source", UNSET))

        def _parse_observations(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        observations = _parse_observations(d.pop("observations", UNSET))

        def _parse_location_type(data: object) -> AttendanceShiftLocationType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                location_type_type_1 = AttendanceShiftLocationType(data)

                return location_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AttendanceShiftLocationType | None | Unset, data)

        location_type = _parse_location_type(d.pop("location_type", UNSET))

        def _parse_half_day(data: object) -> AttendanceShiftHalfDay | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                half_day_type_1 = AttendanceShiftHalfDay(data)

                return half_day_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AttendanceShiftHalfDay | None | Unset, data)

        half_day = _parse_half_day(d.pop("half_day", UNSET))

        def _parse_in_location_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        in_location_latitude = _parse_in_location_latitude(d.pop("in_location_latitude", UNSET))

        def _parse_in_location_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        in_location_longitude = _parse_in_location_longitude(d.pop("in_location_longitude", UNSET))

        def _parse_in_location_accuracy(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        in_location_accuracy = _parse_in_location_accuracy(d.pop("in_location_accuracy", UNSET))

        def _parse_out_location_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        out_location_latitude = _parse_out_location_latitude(d.pop("out_location_latitude", UNSET))

        def _parse_out_location_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        out_location_longitude = _parse_out_location_longitude(d.pop("out_location_longitude", UNSET))

        def _parse_out_location_accuracy(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        out_location_accuracy = _parse_out_location_accuracy(d.pop("out_location_accuracy", UNSET))

        def _parse_workable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        workable = _parse_workable(d.pop("workable", UNSET))

        def _parse_workplace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workplace_id = _parse_workplace_id(d.pop("workplace_id", UNSET))

        def _parse_time_settings_break_configuration_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_settings_break_configuration_id = _parse_time_settings_break_configuration_id(
            d.pop("time_settings_break_configuration_id", UNSET)
        )

        def _parse_clock_in_with_seconds(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clock_in_with_seconds = _parse_clock_in_with_seconds(d.pop("clock_in_with_seconds", UNSET))

        attendance_shift = cls(
            id=id,
            employee_id=employee_id,
            date=date,
            reference_date=reference_date,
            created_at=created_at,
            company_id=company_id,
            updated_at=updated_at,
            minutes=minutes,
            clock_in=clock_in,
            clock_out=clock_out,
            in_source=in_source,
            out_source=out_source,
            observations=observations,
            location_type=location_type,
            half_day=half_day,
            in_location_latitude=in_location_latitude,
            in_location_longitude=in_location_longitude,
            in_location_accuracy=in_location_accuracy,
            out_location_latitude=out_location_latitude,
            out_location_longitude=out_location_longitude,
            out_location_accuracy=out_location_accuracy,
            workable=workable,
            workplace_id=workplace_id,
            time_settings_break_configuration_id=time_settings_break_configuration_id,
            clock_in_with_seconds=clock_in_with_seconds,
        )

        attendance_shift.additional_properties = d
        return attendance_shift

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
