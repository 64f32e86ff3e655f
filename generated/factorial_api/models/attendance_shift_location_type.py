from __future__ import annotations

from enum import Enum


class AttendanceShiftLocationType(str, Enum):
    BUSINESS_TRIP = "business_trip"
    OFFICE = "office"
    WORK_FROM_HOME = "work_from_home"

    @classmethod
    def _missing_(cls, value: object) -> AttendanceShiftLocationType | None:
        # A value the spec does not list yet: keep it rather than fail the whole payload.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
