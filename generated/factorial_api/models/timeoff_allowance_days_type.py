from __future__ import annotations

from enum import Enum


class TimeoffAllowanceDaysType(str, Enum):
    FRENCH_CALENDAR_DAYS = "french_calendar_days"
    FRENCH_OUVRES = "french_ouvres"
    NATURAL_DAYS = "natural_days"
    NATURAL_DAYS_ONLY_RANGE = "natural_days_only_range"
    WORKING_DAYS = "working_days"

    @classmethod
    def _missing_(cls, value: object) -> TimeoffAllowanceDaysType | None:
        # A value the spec does not list yet: keep it rather than fail the whole payload.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
