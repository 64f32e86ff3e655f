from __future__ import annotations

from enum import Enum


class AttendanceShiftHalfDay(str, Enum):
    BEGINNING_OF_DAY = "beginning_of_day"
    END_OF_DAY = "end_of_day"

    @classmethod
    def _missing_(cls, value: object) -> AttendanceShiftHalfDay | None:
        # A value the spec does not list yet: keep it rather than fail the whole payload.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
