from __future__ import annotations

from enum import Enum


class TimeoffAllowanceNegativeCounterType(str, Enum):
    NEGATIVE_COUNTER_DISABLED = "negative_counter_disabled"
    NEGATIVE_COUNTER_ENABLED = "negative_counter_enabled"

    @classmethod
    def _missing_(cls, value: object) -> TimeoffAllowanceNegativeCounterType | None:
        # A value the spec does not list yet: keep it rather than fail the whole payload.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
