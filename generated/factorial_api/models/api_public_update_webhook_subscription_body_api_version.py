from __future__ import annotations

from enum import Enum


class ApiPublicUpdateWebhookSubscriptionBodyApiVersion(str, Enum):
    VALUE_0 = "2025-07-01"
    VALUE_1 = "2025-10-01"
    VALUE_2 = "2026-01-01"
    VALUE_3 = "2026-04-01"
    VALUE_4 = "2026-07-01"

    @classmethod
    def _missing_(cls, value: object) -> ApiPublicUpdateWebhookSubscriptionBodyApiVersion | None:
        # A value the spec does not list yet: keep it rather than fail the whole payload.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
