from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeoffCreateLeaveBody")


@_attrs_define
class TimeoffCreateLeaveBody:
    """
    Attributes:
        employee_id (str):
        start_on (str):
        leave_type_id (str | Unset):
        description (str | Unset):
        finish_on (str | Unset):
        half_day (str | Unset):
        start_time (str | Unset):
        hours_amount_in_cents (int | Unset):
        medical_leave_type (int | Unset):
        effective_on (str | Unset):
        medical_discharge_reason (str | Unset):
        colegiate_number (int | Unset):
        has_previous_relapse (bool | Unset):
        relapse_leave_id (str | Unset):
        relapse_on (str | Unset):
        accident_on (str | Unset):
        paternity_birth_on (str | Unset):
    """

    employee_id: str
    start_on: str
    leave_type_id: str | Unset = UNSET
    description: str | Unset = UNSET
    finish_on: str | Unset = UNSET
    half_day: str | Unset = UNSET
    start_time: str | Unset = UNSET
    hours_amount_in_cents: int | Unset = UNSET
    medical_leave_type: int | Unset = UNSET
    effective_on: str | Unset = UNSET
    medical_discharge_reason: str | Unset = UNSET
    colegiate_number: int | Unset = UNSET
    has_previous_relapse: bool | Unset = UNSET
    relapse_leave_id: str | Unset = UNSET
    relapse_on: str | Unset = UNSET
    accident_on: str | Unset = UNSET
    paternity_birth_on: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_id = self.employee_id

        start_on = self.start_on

        leave_type_id = self.leave_type_id

        description = self.description

        finish_on = self.finish_on

        half_day = self.half_day

        start_time = self.start_time

        hours_amount_in_cents = self.hours_amount_in_cents

        medical_leave_type = self.medical_leave_type

        effective_on = self.effective_on

        medical_discharge_reason = self.medical_discharge_reason

        colegiate_number = self.colegiate_number

        has_previous_relapse = self.has_previous_relapse

        relapse_leave_id = self.relapse_leave_id

        relapse_on = self.relapse_on

        accident_on = self.accident_on

        paternity_birth_on = self.paternity_birth_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "start_on": start_on,
            }
        )
        if leave_type_id is not UNSET:
            field_dict["leave_type_id"] = leave_type_id
        if description is not UNSET:
            field_dict["description"] = description
        if finish_on is not UNSET:
            field_dict["finish_on"] = finish_on
        if half_day is not UNSET:
            field_dict["half_day"] = half_day
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if hours_amount_in_cents is not UNSET:
            field_dict["hours_amount_in_cents"] = hours_amount_in_cents
        if medical_leave_type is not UNSET:
            field_dict["medical_leave_type"] = medical_leave_type
        if effective_on is not UNSET:
            field_dict["effective_on"] = effective_on
        if medical_discharge_reason is not UNSET:
            field_dict["medical_discharge_reason"] = medical_discharge_reason
        if colegiate_number is not UNSET:
            field_dict["colegiate_number"] = colegiate_number
        if has_previous_relapse is not UNSET:
            field_dict["has_previous_relapse"] = has_previous_relapse
        if relapse_leave_id is not UNSET:
            field_dict["relapse_leave_id"] = relapse_leave_id
        if relapse_on is not UNSET:
            field_dict["relapse_on"] = relapse_on
        if accident_on is not UNSET:
            field_dict["accident_on"] = accident_on
        if paternity_birth_on is not UNSET:
            field_dict["paternity_birth_on"] = paternity_birth_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        employee_id = pop_required(d, "employee_id", cls)

        start_on = pop_required(d, "start_on", cls)

        leave_type_id = d.pop("leave_type_id", UNSET)

        description = d.pop("description", UNSET)

        finish_on = d.pop("finish_on", UNSET)

        half_day = d.pop("half_day", UNSET)

        start_time = d.pop("start_time", UNSET)

        hours_amount_in_cents = d.pop("hours_amount_in_cents", UNSET)

        medical_leave_type = d.pop("medical_leave_type", UNSET)

        effective_on = d.pop("effective_on", UNSET)

        medical_discharge_reason = d.pop("medical_discharge_reason", UNSET)

        colegiate_number = d.pop("colegiate_number", UNSET)

        has_previous_relapse = d.pop("has_previous_relapse", UNSET)

        relapse_leave_id = d.pop("relapse_leave_id", UNSET)

        relapse_on = d.pop("relapse_on", UNSET)

        accident_on = d.pop("accident_on", UNSET)

        paternity_birth_on = d.pop("paternity_birth_on", UNSET)

        timeoff_create_leave_body = cls(
            employee_id=employee_id,
            start_on=start_on,
            leave_type_id=leave_type_id,
            description=description,
            finish_on=finish_on,
            half_day=half_day,
            start_time=start_time,
            hours_amount_in_cents=hours_amount_in_cents,
            medical_leave_type=medical_leave_type,
            effective_on=effective_on,
            medical_discharge_reason=medical_discharge_reason,
            colegiate_number=colegiate_number,
            has_previous_relapse=has_previous_relapse,
            relapse_leave_id=relapse_leave_id,
            relapse_on=relapse_on,
            accident_on=accident_on,
            paternity_birth_on=paternity_birth_on,
        )

        timeoff_create_leave_body.additional_properties = d
        return timeoff_create_leave_body

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
