from __future__ import annotations

from enum import Enum


class TimeoffAllowanceTenurePeriodTransition(str, Enum):
    AFTER_MILESTONE = "after_milestone"
    BEGINNING_OF_CYCLE = "beginning_of_cycle"
    END_OF_CYCLE = "end_of_cycle"

    @classmethod
    def _missing_(cls, value: object) -> TimeoffAllowanceTenurePeriodTransition | None:
        # A value the spec does not list yet: keep it rather than fail the whole payload.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
