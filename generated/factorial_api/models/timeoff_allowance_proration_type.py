from __future__ import annotations

from enum import Enum


class TimeoffAllowanceProrationType(str, Enum):
    PRORATION_DISABLED = "proration_disabled"
    PRORATION_ENABLED = "proration_enabled"

    @classmethod
    def _missing_(cls, value: object) -> TimeoffAllowanceProrationType | None:
        # A value the spec does not list yet: keep it rather than fail the whole payload.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
