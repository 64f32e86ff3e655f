from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeoffLeave")


@_attrs_define
class TimeoffLeave:
    """A period of time off of one employee.

    Attributes:
        id (None | str):
        company_id (None | str):
        employee_id (None | str):
        start_on (None | str):
        updated_at (None | str):
        days_taken (float | None): Working days the leave uses up.
        finish_on (None | str | Unset):
        half_day (None | str | Unset):
        description (None | str | Unset):
        reason (None | str | Unset):
        leave_type_id (None | str | Unset):
        leave_type_name (None | str | Unset):
        approved (bool | None | Unset):
        employee_full_name (None | str | Unset):
        start_time (None | str | Unset):
        hours_amount_in_cents (int | None | Unset):
        created_at (None | str | Unset):
        deleted_at (None | str | Unset):
        duration_attributes (None | str | Unset):
    """

    id: None | str
    company_id: None | str
    employee_id: None | str
    start_on: None | str
    updated_at: None | str
    days_taken: float | None
    finish_on: None | str | Unset = UNSET
    half_day: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    leave_type_id: None | str | Unset = UNSET
    leave_type_name: None | str | Unset = UNSET
    approved: bool | None | Unset = UNSET
    employee_full_name: None | str | Unset = UNSET
    start_time: None | str | Unset = UNSET
    hours_amount_in_cents: int | None | Unset = UNSET
    created_at: None | str | Unset = UNSET
    deleted_at: None | str | Unset = UNSET
    duration_attributes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        company_id: None | str
        company_id = self.company_id

        employee_id: None | str
        employee_id = self.employee_id

        start_on: None | str
        start_on = self.start_on

        updated_at: None | str
        updated_at = self.updated_at

        days_taken: float | None
        days_taken = self.days_taken

        finish_on: None | str | Unset
        if isinstance(self.finish_on, Unset):
            finish_on = UNSET
        else:
            finish_on = self.finish_on

        half_day: None | str | Unset
        if isinstance(self.half_day, Unset):
            half_day = UNSET
        else:
            half_day = self.half_day

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        leave_type_id: None | str | Unset
        if isinstance(self.leave_type_id, Unset):
            leave_type_id = UNSET
        else:
            leave_type_id = self.leave_type_id

        leave_type_name: None | str | Unset
        if isinstance(self.leave_type_name, Unset):
            leave_type_name = UNSET
        else:
            leave_type_name = self.leave_type_name

        approved: bool | None | Unset
        if isinstance(self.approved, Unset):
            approved = UNSET
        else:
            approved = self.approved

        employee_full_name: None | str | Unset
        if isinstance(self.employee_full_name, Unset):
            employee_full_name = UNSET
        else:
            employee_full_name = self.employee_full_name

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        hours_amount_in_cents: int | None | Unset
        if isinstance(self.hours_amount_in_cents, Unset):
            hours_amount_in_cents = UNSET
        else:
            hours_amount_in_cents = self.hours_amount_in_cents

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        deleted_at: None | str | Unset
        if isinstance(self.deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = self.deleted_at

        duration_attributes: None | str | Unset
        if isinstance(self.duration_attributes, Unset):
            duration_attributes = UNSET
        else:
            duration_attributes = self.duration_attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "company_id": company_id,
                "employee_id": employee_id,
                "start_on": start_on,
                "updated_at": updated_at,
                "days_taken": days_taken,
            }
        )
        if finish_on is not UNSET:
            field_dict["finish_on"] = finish_on
        if half_day is not UNSET:
            field_dict["half_day"] = half_day
        if description is not UNSET:
            field_dict["description"] = description
        if reason is not UNSET:
            field_dict["reason"] = reason
        if leave_type_id is not UNSET:
            field_dict["leave_type_id"] = leave_type_id
        if leave_type_name is not UNSET:
            field_dict["leave_type_name"] = leave_type_name
        if approved is not UNSET:
            field_dict["approved"] = approved
        if employee_full_name is not UNSET:
            field_dict["employee_full_name"] = employee_full_name
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if hours_amount_in_cents is not UNSET:
            field_dict["hours_amount_in_cents"] = hours_amount_in_cents
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if duration_attributes is not UNSET:
            field_dict["duration_attributes"] = duration_attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(pop_required(d, "id", cls))

        def _parse_company_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        company_id = _parse_company_id(pop_required(d, "company_id", cls))

        def _parse_employee_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        employee_id = _parse_employee_id(pop_required(d, "employee_id", cls))

        def _parse_start_on(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        start_on = _parse_start_on(pop_required(d, "start_on", cls))

        def _parse_updated_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_at = _parse_updated_at(pop_required(d, "updated_at", cls))

        def _parse_days_taken(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        days_taken = _parse_days_taken(pop_required(d, "days_taken", cls))

        def _parse_finish_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        finish_on = _parse_finish_on(d.pop("finish_on", UNSET))

        def _parse_half_day(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        half_day = _parse_half_day(d.pop("half_day", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_leave_type_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        leave_type_id = _parse_leave_type_id(d.pop("leave_type_id", UNSET))

        def _parse_leave_type_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        leave_type_name = _parse_leave_type_name(d.pop("leave_type_name", UNSET))

        def _parse_approved(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        approved = _parse_approved(d.pop("approved", UNSET))

        def _parse_employee_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employee_full_name = _parse_employee_full_name(d.pop("employee_full_name", UNSET))

        def _parse_start_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_time = _parse_start_time(d.pop("start_time", UNSET))

        def _parse_hours_amount_in_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        hours_amount_in_cents = _parse_hours_amount_in_cents(d.pop("hours_amount_in_cents", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_deleted_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deleted_at = _parse_deleted_at(d.pop("deleted_at", UNSET))

        def _parse_duration_attributes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duration_attributes = _parse_duration_attributes(d.pop("duration_attributes", UNSET))

        timeoff_leave = cls(
            id=id,
            company_id=company_id,
            employee_id=employee_id,
            start_on=start_on,
            updated_at=updated_at,
            days_taken=days_taken,
            finish_on=finish_on,
            half_day=half_day,
            description=description,
            reason=reason,
            leave_type_id=leave_type_id,
            leave_type_name=leave_type_name,
            approved=approved,
            employee_full_name=employee_full_name,
            start_time=start_time,
            hours_amount_in_cents=hours_amount_in_cents,
            created_at=created_at,
            deleted_at=deleted_at,
            duration_attributes=duration_attributes,
        )

        timeoff_leave.additional_properties = d
        return timeoff_leave

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
