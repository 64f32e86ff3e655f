from __future__ import annotations

from enum import Enum


class TimeoffAllowanceAvailableDays(str, Enum):
    ALL_DAYS = "all_days"
    BIMONTHLY_FIFTEENTH_AND_LAST = "bimonthly_fifteenth_and_last"
    BIMONTHLY_FIRST_AND_FIFTEENTH = "bimonthly_first_and_fifteenth"
    GENERATED_DAYS = "generated_days"
    GENERATED_DAYS_MONTHLY = "generated_days_monthly"
    GENERATED_DAYS_MONTHLY_FIRST_DAY = "generated_days_monthly_first_day"
    MENSIVERSARY = "mensiversary"
    MONTHLY_FIFTEENTH = "monthly_fifteenth"

    @classmethod
    def _missing_(cls, value: object) -> TimeoffAllowanceAvailableDays | None:
        # A value the spec does not list yet: keep it rather than fail the whole payload.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
