from __future__ import annotations

from enum import Enum


class CustomFieldsFieldFieldType(str, Enum):
    CENTS = "cents"
    CHECKBOX = "checkbox"
    DATE = "date"
    LONG_TEXT = "long_text"
    MONEY = "money"
    MULTIPLE_CHOICE = "multiple_choice"
    RATING = "rating"
    SINGLE_CHOICE = "single_choice"
    TEXT = "text"

    @classmethod
    def _missing_(cls, value: object) -> CustomFieldsFieldFieldType | None:
        # A value the spec does not list yet: keep it rather than fail the whole payload.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
