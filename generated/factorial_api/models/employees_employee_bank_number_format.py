from __future__ import annotations

from enum import Enum


class EmployeesEmployeeBankNumberFormat(str, Enum):
    BANK_NAME_AND_ACCOUNT_NUMBER = "bank_name_and_account_number"
    CLABE = "clabe"
    IBAN = "iban"
    OTHER = "other"
    ROUTING_NUMBER_AND_ACCOUNT_NUMBER = "routing_number_and_account_number"
    SORT_CODE_AND_ACCOUNT_NUMBER = "sort_code_and_account_number"

    @classmethod
    def _missing_(cls, value: object) -> EmployeesEmployeeBankNumberFormat | None:
        # A value the spec does not list yet: keep it rather than fail the whole payload.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
