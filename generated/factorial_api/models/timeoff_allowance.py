from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import pop_required
from ..models.timeoff_allowance_accrued_units_availability import TimeoffAllowanceAccruedUnitsAvailability
from ..models.timeoff_allowance_allowance_type import TimeoffAllowanceAllowanceType
from ..models.timeoff_allowance_available_days import TimeoffAllowanceAvailableDays
from ..models.timeoff_allowance_days_type import TimeoffAllowanceDaysType
from ..models.timeoff_allowance_frequency import TimeoffAllowanceFrequency
from ..models.timeoff_allowance_negative_counter_type import TimeoffAllowanceNegativeCounterType
from ..models.timeoff_allowance_proration_type import TimeoffAllowanceProrationType
from ..models.timeoff_allowance_range_type import TimeoffAllowanceRangeType
from ..models.timeoff_allowance_rounding import TimeoffAllowanceRounding
from ..models.timeoff_allowance_source_units import TimeoffAllowanceSourceUnits
from ..models.timeoff_allowance_tenure_period_transition import TimeoffAllowanceTenurePeriodTransition
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeoffAllowance")


@_attrs_define
class TimeoffAllowance:
    """How much time off a policy grants and how it accrues.

    Attributes:
        id (None | str):
        allowance_type (None | TimeoffAllowanceAllowanceType):
        available_days (None | TimeoffAllowanceAvailableDays):
        count_holiday_as_workable (bool | None):
        leave_type_ids (list[str] | None):
        name (None | str):
        proration_type (None | TimeoffAllowanceProrationType):
        rounding (None | TimeoffAllowanceRounding):
        tenure_periods (list[Any] | None): Seniority-based adjustments to the allowance.
        timeoff_cycle (None | str):
        timeoff_policy_id (None | str):
        accrued_denominator_in_cents (int | None | Unset):
        accrued_factor_in_cents (int | None | Unset):
        accrued_units_availability (None | TimeoffAllowanceAccruedUnitsAvailability | Unset):
        carry_over_days (int | None | Unset):
        carry_over_units_in_cents (int | None | Unset):
        cycle_length (int | None | Unset):
        cycle_start (None | str | Unset):
        days_type (None | TimeoffAllowanceDaysType | Unset):
        employee_carry_over_starting_year (int | None | Unset):
        expire_in_months (int | None | Unset):
        frequency (None | TimeoffAllowanceFrequency | Unset):
        holiday_allowance_in_cents (int | None | Unset):
        maximum_amount_in_cents (int | None | Unset):
        negative_counter_type (None | TimeoffAllowanceNegativeCounterType | Unset):
        position (int | None | Unset):
        pto_proratio_enabled (bool | None | Unset):
        range_type (None | TimeoffAllowanceRangeType | Unset):
        send_notification (bool | None | Unset):
        source_units (None | TimeoffAllowanceSourceUnits | Unset):
        tenure_period_transition (None | TimeoffAllowanceTenurePeriodTransition | Unset):
        tenure_periods_enabled (bool | None | Unset):
        unlimited_accrued_hours (bool | None | Unset):
        unlimited_carry_over (bool | None | Unset):
        unlimited_carry_over_expiration (bool | None | Unset):
        unlimited_holidays (bool | None | Unset):
    """

    id: None | str
    allowance_type: None | TimeoffAllowanceAllowanceType
    available_days: None | TimeoffAllowanceAvailableDays
    count_holiday_as_workable: bool | None
    leave_type_ids: list[str] | None
    name: None | str
    proration_type: None | TimeoffAllowanceProrationType
    rounding: None | TimeoffAllowanceRounding
    tenure_periods: list[Any] | None
    timeoff_cycle: None | str
    timeoff_policy_id: None | str
    accrued_denominator_in_cents: int | None | Unset = UNSET
    accrued_factor_in_cents: int | None | Unset = UNSET
    accrued_units_availability: None | TimeoffAllowanceAccruedUnitsAvailability | Unset = UNSET
    carry_over_days: int | None | Unset = UNSET
    carry_over_units_in_cents: int | None | Unset = UNSET
    cycle_length: int | None | Unset = UNSET
    cycle_start: None | str | Unset = UNSET
    days_type: None | TimeoffAllowanceDaysType | Unset = UNSET
    employee_carry_over_starting_year: int | None | Unset = UNSET
    expire_in_months: int | None | Unset = UNSET
    frequency: None | TimeoffAllowanceFrequency | Unset = UNSET
    holiday_allowance_in_cents: int | None | Unset = UNSET
    maximum_amount_in_cents: int | None | Unset = UNSET
    negative_counter_type: None | TimeoffAllowanceNegativeCounterType | Unset = UNSET
    position: int | None | Unset = UNSET
    pto_proratio_enabled: bool | None | Unset = UNSET
    range_type: None | TimeoffAllowanceRangeType | Unset = UNSET
    send_notification: bool | None | Unset = UNSET
    source_units: None | TimeoffAllowanceSourceUnits | Unset = UNSET
    tenure_period_transition: None | TimeoffAllowanceTenurePeriodTransition | Unset = UNSET
    tenure_periods_enabled: bool | None | Unset = UNSET
    unlimited_accrued_hours: bool | None | Unset = UNSET
    unlimited_carry_over: bool | None | Unset = UNSET
    unlimited_carry_over_expiration: bool | None | Unset = UNSET
    unlimited_holidays: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        allowance_type: None | str
        if isinstance(self.allowance_type, TimeoffAllowanceAllowanceType):
            allowance_type = self.allowance_type.value
        else:
            allowance_type = self.allowance_type

        available_days: None | str
        if isinstance(self.available_days, TimeoffAllowanceAvailableDays):
            available_days = self.available_days.value
        else:
            available_days = self.available_days

        count_holiday_as_workable: bool | None
        count_holiday_as_workable = self.count_holiday_as_workable

        leave_type_ids: list[str] | None
        if isinstance(self.leave_type_ids, list):
            leave_type_ids = self.leave_type_ids

        else:
            leave_type_ids = self.leave_type_ids

        name: None | str
        name = self.name

        proration_type: None | str
        if isinstance(self.proration_type, TimeoffAllowanceProrationType):
            proration_type = self.proration_type.value
        else:
            proration_type = self.proration_type

        rounding: None | str
        if isinstance(self.rounding, TimeoffAllowanceRounding):
            rounding = self.rounding.value
        else:
            rounding = self.rounding

        tenure_periods: list[Any] | None
        if isinstance(self.tenure_periods, list):
            tenure_periods = self.tenure_periods

        else:
            tenure_periods = self.tenure_periods

        timeoff_cycle: None | str
        timeoff_cycle = self.timeoff_cycle

        timeoff_policy_id: None | str
        timeoff_policy_id = self.timeoff_policy_id

        accrued_denominator_in_cents: int | None | Unset
        if isinstance(self.accrued_denominator_in_cents, Unset):
            accrued_denominator_in_cents = UNSET
        else:
            accrued_denominator_in_cents = self.accrued_denominator_in_cents

        accrued_factor_in_cents: int | None | Unset
        if isinstance(self.accrued_factor_in_cents, Unset):
            accrued_factor_in_cents = UNSET
        else:
            accrued_factor_in_cents = self.accrued_factor_in_cents

        accrued_units_availability: None | str | Unset
        if isinstance(self.accrued_units_availability, Unset):
            accrued_units_availability = UNSET
        elif isinstance(self.accrued_units_availability, TimeoffAllowanceAccruedUnitsAvailability):
            accrued_units_availability = self.accrued_units_availability.value
        else:
            accrued_units_availability = self.accrued_units_availability

        carry_over_days: int | None | Unset
        if isinstance(self.carry_over_days, Unset):
            carry_over_days = UNSET
        else:
            carry_over_days = self.carry_over_days

        carry_over_units_in_cents: int | None | Unset
        if isinstance(self.carry_over_units_in_cents, Unset):
            carry_over_units_in_cents = UNSET
        else:
            carry_over_units_in_cents = self.carry_over_units_in_cents

        cycle_length: int | None | Unset
        if isinstance(self.cycle_length, Unset):
            cycle_length = UNSET
        else:
            cycle_length = self.cycle_length

        cycle_start: None | str | Unset
        if isinstance(self.cycle_start, Unset):
            cycle_start = UNSET
        else:
            cycle_start = self.cycle_start

        days_type: None | str | Unset
        if isinstance(self.days_type, Unset):
            days_type = UNSET
        elif isinstance(self.days_type, TimeoffAllowanceDaysType):
            days_type = self.days_type.value
        else:
            days_type = self.days_type

        employee_carry_over_starting_year: int | None | Unset
        if isinstance(self.employee_carry_over_starting_year, Unset):
            employee_carry_over_starting_year = UNSET
        else:
            employee_carry_over_starting_year = self.employee_carry_over_starting_year

        expire_in_months: int | None | Unset
        if isinstance(self.expire_in_months, Unset):
            expire_in_months = UNSET
        else:
            expire_in_months = self.expire_in_months

        frequency: None | str | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        elif isinstance(self.frequency, TimeoffAllowanceFrequency):
            frequency = self.frequency.value
        else:
            frequency = self.frequency

        holiday_allowance_in_cents: int | None | Unset
        if isinstance(self.holiday_allowance_in_cents, Unset):
            holiday_allowance_in_cents = UNSET
        else:
            holiday_allowance_in_cents = self.holiday_allowance_in_cents

        maximum_amount_in_cents: int | None | Unset
        if isinstance(self.maximum_amount_in_cents, Unset):
            maximum_amount_in_cents = UNSET
        else:
            maximum_amount_in_cents = self.maximum_amount_in_cents

        negative_counter_type: None | str | Unset
        if isinstance(self.negative_counter_type, Unset):
            negative_counter_type = UNSET
        elif isinstance(self.negative_counter_type, TimeoffAllowanceNegativeCounterType):
            negative_counter_type = self.negative_counter_type.value
        else:
            negative_counter_type = self.negative_counter_type

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        pto_proratio_enabled: bool | None | Unset
        if isinstance(self.pto_proratio_enabled, Unset):
            pto_proratio_enabled = UNSET
        else:
            pto_proratio_enabled = self.pto_proratio_enabled

        range_type: None | str | Unset
        if isinstance(self.range_type, Unset):
            range_type = UNSET
        elif isinstance(self.range_type, TimeoffAllowanceRangeType):
            range_type = self.range_type.value
        else:
            range_type = self.range_type

        send_notification: bool | None | Unset
        if isinstance(self.send_notification, Unset):
            send_notification = UNSET
        else:
            send_notification = self.send_notification

        source_units: None | str | Unset
        if isinstance(self.source_units, Unset):
            source_units = UNSET
        elif isinstance(self.source_units, TimeoffAllowanceSourceUnits):
            source_units = self.source_units.value
        else:
            source_units = self.source_units

        tenure_period_transition: None | str | Unset
        if isinstance(self.tenure_period_transition, Unset):
            tenure_period_transition = UNSET
        elif isinstance(self.tenure_period_transition, TimeoffAllowanceTenurePeriodTransition):
            tenure_period_transition = self.tenure_period_transition.value
        else:
            tenure_period_transition = self.tenure_period_transition

        tenure_periods_enabled: bool | None | Unset
        if isinstance(self.tenure_periods_enabled, Unset):
            tenure_periods_enabled = UNSET
        else:
            tenure_periods_enabled = self.tenure_periods_enabled

        unlimited_accrued_hours: bool | None | Unset
        if isinstance(self.unlimited_accrued_hours, Unset):
            unlimited_accrued_hours = UNSET
        else:
            unlimited_accrued_hours = self.unlimited_accrued_hours

        unlimited_carry_over: bool | None | Unset
        if isinstance(self.unlimited_carry_over, Unset):
            unlimited_carry_over = UNSET
        else:
            unlimited_carry_over = self.unlimited_carry_over

        unlimited_carry_over_expiration: bool | None | Unset
        if isinstance(self.unlimited_carry_over_expiration, Unset):
            unlimited_carry_over_expiration = UNSET
        else:
            unlimited_carry_over_expiration = self.unlimited_carry_over_expiration

        unlimited_holidays: bool | None | Unset
        if isinstance(self.unlimited_holidays, Unset):
            unlimited_holidays = UNSET
        else:
            unlimited_holidays = self.unlimited_holidays

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "allowance_type": allowance_type,
                "available_days": available_days,
                "count_holiday_as_workable": count_holiday_as_workable,
                "leave_type_ids": leave_type_ids,
                "name": name,
                "proration_type": proration_type,
                "rounding": rounding,
                "tenure_periods": tenure_periods,
                "timeoff_cycle": timeoff_cycle,
                "timeoff_policy_id": timeoff_policy_id,
            }
        )
        if accrued_denominator_in_cents is not UNSET:
            field_dict["accrued_denominator_in_cents"] = accrued_denominator_in_cents
        if accrued_factor_in_cents is not UNSET:
            field_dict["accrued_factor_in_cents"] = accrued_factor_in_cents
        if accrued_units_availability is not UNSET:
            field_dict["accrued_units_availability"] = accrued_units_availability
        if carry_over_days is not UNSET:
            field_dict["carry_over_days"] = carry_over_days
        if carry_over_units_in_cents is not UNSET:
            field_dict["carry_over_units_in_cents"] = carry_over_units_in_cents
        if cycle_length is not UNSET:
            field_dict["cycle_length"] = cycle_length
        if cycle_start is not UNSET:
            field_dict["cycle_start"] = cycle_start
        if days_type is not UNSET:
            field_dict["days_type"] = days_type
        if employee_carry_over_starting_year is not UNSET:
            field_dict["employee_carry_over_starting_year"] = employee_carry_over_starting_year
        if expire_in_months is not UNSET:
            field_dict["expire_in_months"] = expire_in_months
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if holiday_allowance_in_cents is not UNSET:
            field_dict["holiday_allowance_in_cents"] = holiday_allowance_in_cents
        if maximum_amount_in_cents is not UNSET:
            field_dict["maximum_amount_in_cents"] = maximum_amount_in_cents
        if negative_counter_type is not UNSET:
            field_dict["negative_counter_type"] = negative_counter_type
        if position is not UNSET:
            field_dict["position"] = position
        if pto_proratio_enabled is not UNSET:
            field_dict["pto_proratio_enabled"] = pto_proratio_enabled
        if range_type is not UNSET:
            field_dict["range_type"] = range_type
        if send_notification is not UNSET:
            field_dict["send_notification"] = send_notification
        if source_units is not UNSET:
            field_dict["source_units"] = source_units
        if tenure_period_transition is not UNSET:
            field_dict["tenure_period_transition"] = tenure_period_transition
        if tenure_periods_enabled is not UNSET:
            field_dict["tenure_periods_enabled"] = tenure_periods_enabled
        if unlimited_accrued_hours is not UNSET:
            field_dict["unlimited_accrued_hours"] = unlimited_accrued_hours
        if unlimited_carry_over is not UNSET:
            field_dict["unlimited_carry_over"] = unlimited_carry_over
        if unlimited_carry_over_expiration is not UNSET:
            field_dict["unlimited_carry_over_expiration"] = unlimited_carry_over_expiration
        if unlimited_holidays is not UNSET:
            field_dict["unlimited_holidays"] = unlimited_holidays

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(pop_required(d, "id", cls))

        def _parse_allowance_type(data: object) -> None | TimeoffAllowanceAllowanceType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                allowance_type_type_1 = TimeoffAllowanceAllowanceType(data)

                return allowance_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimeoffAllowanceAllowanceType, data)

        allowance_type = _parse_allowance_type(pop_required(d, "allowance_type", cls))

        def _parse_available_days(data: object) -> None | TimeoffAllowanceAvailableDays:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                available_days_type_1 = TimeoffAllowanceAvailableDays(data)

                return available_days_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimeoffAllowanceAvailableDays, data)

        available_days = _parse_available_days(pop_required(d, "available_days", cls))

        def _parse_count_holiday_as_workable(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        count_holiday_as_workable = _parse_count_holiday_as_workable(pop_required(d, "count_holiday_as_workable", cls))

        def _parse_leave_type_ids(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                leave_type_ids_type_0 = cast(list[str], data)

                return leave_type_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        leave_type_ids = _parse_leave_type_ids(pop_required(d, "leave_type_ids", cls))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(pop_required(d, "name", cls))

        def _parse_proration_type(data: object) -> None | TimeoffAllowanceProrationType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                proration_type_type_1 = TimeoffAllowanceProrationType(data)

                return proration_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimeoffAllowanceProrationType, data)

        proration_type = _parse_proration_type(pop_required(d, "proration_type", cls))

        def _parse_rounding(data: object) -> None | TimeoffAllowanceRounding:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rounding_type_1 = TimeoffAllowanceRounding(data)

                return rounding_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimeoffAllowanceRounding, data)

        rounding = _parse_rounding(pop_required(d, "rounding", cls))

        def _parse_tenure_periods(data: object) -> list[Any] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tenure_periods_type_0 = data

                return tenure_periods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None, data)

        tenure_periods = _parse_tenure_periods(pop_required(d, "tenure_periods", cls))

        def _parse_timeoff_cycle(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timeoff_cycle = _parse_timeoff_cycle(pop_required(d, "timeoff_cycle", cls))

        def _parse_timeoff_policy_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        timeoff_policy_id = _parse_timeoff_policy_id(pop_required(d, "timeoff_policy_id", cls))

        def _parse_accrued_denominator_in_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        accrued_denominator_in_cents = _parse_accrued_denominator_in_cents(d.pop("accrued_denominator_in_cents", UNSET))

        def _parse_accrued_factor_in_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        accrued_factor_in_cents = _parse_accrued_factor_in_cents(d.pop("accrued_factor_in_cents", UNSET))

        def _parse_accrued_units_availability(data: object) -> None | TimeoffAllowanceAccruedUnitsAvailability | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accrued_units_availability_type_1 = TimeoffAllowanceAccruedUnitsAvailability(data)

                return accrued_units_availability_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimeoffAllowanceAccruedUnitsAvailability | Unset, data)

        accrued_units_availability = _parse_accrued_units_availability(d.pop("accrued_units_availability", UNSET))

        def _parse_carry_over_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        carry_over_days = _parse_carry_over_days(d.pop("carry_over_days", UNSET))

        def _parse_carry_over_units_in_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        carry_over_units_in_cents = _parse_carry_over_units_in_cents(d.pop("carry_over_units_in_cents", UNSET))

        def _parse_cycle_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cycle_length = _parse_cycle_length(d.pop("cycle_length", UNSET))

        def _parse_cycle_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cycle_start = _parse_cycle_start(d.pop("cycle_start", UNSET))

        def _parse_days_type(data: object) -> None | TimeoffAllowanceDaysType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                days_type_type_1 = TimeoffAllowanceDaysType(data)

                return days_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimeoffAllowanceDaysType | Unset, data)

        days_type = _parse_days_type(d.pop("days_type", UNSET))

        def _parse_employee_carry_over_starting_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        employee_carry_over_starting_year = _parse_employee_carry_over_starting_year(
            d.pop("employee_carry_over_starting_year", UNSET)
        )

        def _parse_expire_in_months(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expire_in_months = _parse_expire_in_months(d.pop("expire_in_months", UNSET))

        def _parse_frequency(data: object) -> None | TimeoffAllowanceFrequency | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                frequency_type_1 = TimeoffAllowanceFrequency(data)

                return frequency_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimeoffAllowanceFrequency | Unset, data)

        frequency = _parse_frequency(d.pop("frequency", UNSET))

        def _parse_holiday_allowance_in_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        holiday_allowance_in_cents = _parse_holiday_allowance_in_cents(d.pop("holiday_allowance_in_cents", UNSET))

        def _parse_maximum_amount_in_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maximum_amount_in_cents = _parse_maximum_amount_in_cents(d.pop("maximum_amount_in_cents", UNSET))

        def _parse_negative_counter_type(data: object) -> None | TimeoffAllowanceNegativeCounterType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                negative_counter_type_type_1 = TimeoffAllowanceNegativeCounterType(data)

                return negative_counter_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimeoffAllowanceNegativeCounterType | Unset, data)

        negative_counter_type = _parse_negative_counter_type(d.pop("negative_counter_type", UNSET))

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_pto_proratio_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        pto_proratio_enabled = _parse_pto_proratio_enabled(d.pop("pto_proratio_enabled", UNSET))

        def _parse_range_type(data: object) -> None | TimeoffAllowanceRangeType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                range_type_type_1 = TimeoffAllowanceRangeType(data)

                return range_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimeoffAllowanceRangeType | Unset, data)

        range_type = _parse_range_type(d.pop("range_type", UNSET))

        def _parse_send_notification(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        send_notification = _parse_send_notification(d.pop("send_notification", UNSET))

        def _parse_source_units(data: object) -> None | TimeoffAllowanceSourceUnits | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_units_type_1 = TimeoffAllowanceSourceUnits(data)

                return source_units_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimeoffAllowanceSourceUnits | Unset, data)

        source_units = _parse_source_units(d.pop("source_units", UNSET))

        def _parse_tenure_period_transition(data: object) -> None | TimeoffAllowanceTenurePeriodTransition | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                tenure_period_transition_type_1 = TimeoffAllowanceTenurePeriodTransition(data)

                return tenure_period_transition_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimeoffAllowanceTenurePeriodTransition | Unset, data)

        tenure_period_transition = _parse_tenure_period_transition(d.pop("tenure_period_transition", UNSET))

        def _parse_tenure_periods_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        tenure_periods_enabled = _parse_tenure_periods_enabled(d.pop("tenure_periods_enabled", UNSET))

        def _parse_unlimited_accrued_hours(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        unlimited_accrued_hours = _parse_unlimited_accrued_hours(d.pop("unlimited_accrued_hours", UNSET))

        def _parse_unlimited_carry_over(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        unlimited_carry_over = _parse_unlimited_carry_over(d.pop("unlimited_carry_over", UNSET))

        def _parse_unlimited_carry_over_expiration(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        unlimited_carry_over_expiration = _parse_unlimited_carry_over_expiration(
            d.pop("unlimited_carry_over_expiration", UNSET)
        )

        def _parse_unlimited_holidays(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        unlimited_holidays = _parse_unlimited_holidays(d.pop("unlimited_holidays", UNSET))

        timeoff_allowance = cls(
            id=id,
            allowance_type=allowance_type,
            available_days=available_days,
            count_holiday_as_workable=count_holiday_as_workable,
            leave_type_ids=leave_type_ids,
            name=name,
            proration_type=proration_type,
            rounding=rounding,
            tenure_periods=tenure_periods,
            timeoff_cycle=timeoff_cycle,
            timeoff_policy_id=timeoff_policy_id,
            accrued_denominator_in_cents=accrued_denominator_in_cents,
            accrued_factor_in_cents=accrued_factor_in_cents,
            accrued_units_availability=accrued_units_availability,
            carry_over_days=carry_over_days,
            carry_over_units_in_cents=carry_over_units_in_cents,
            cycle_length=cycle_length,
            cycle_start=cycle_start,
            days_type=days_type,
            employee_carry_over_starting_year=employee_carry_over_starting_year,
            expire_in_months=expire_in_months,
            frequency=frequency,
            holiday_allowance_in_cents=holiday_allowance_in_cents,
            maximum_amount_in_cents=maximum_amount_in_cents,
            negative_counter_type=negative_counter_type,
            position=position,
            pto_proratio_enabled=pto_proratio_enabled,
            range_type=range_type,
            send_notification=send_notification,
            source_units=source_units,
            tenure_period_transition=tenure_period_transition,
            tenure_periods_enabled=tenure_periods_enabled,
            unlimited_accrued_hours=unlimited_accrued_hours,
            unlimited_carry_over=unlimited_carry_over,
            unlimited_carry_over_expiration=unlimited_carry_over_expiration,
            unlimited_holidays=unlimited_holidays,
        )

        timeoff_allowance.additional_properties = d
        return timeoff_allowance

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
