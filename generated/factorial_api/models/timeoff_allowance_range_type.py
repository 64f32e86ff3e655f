from __future__ import annotations

from enum import Enum


class TimeoffAllowanceRangeType(str, Enum):
    EXACT_RANGE = "exact_range"
    EXTRA_NON_WORKING_DAYS_AT_END = "extra_non_working_days_at_end"

    @classmethod
    def _missing_(cls, value: object) -> TimeoffAllowanceRangeType | None:
        # A value the spec does not list yet: keep it rather than fail the whole payload.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
