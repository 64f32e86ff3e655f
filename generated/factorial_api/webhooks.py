"""Webhook deliveries: the payload model of each subscription type, and a genuineness check.

Factorial echoes the subscription's `challenge` in the x-factorial-wh-challenge header of every
delivery; comparing it in constant time tells a genuine delivery from a forged one.
"""

from __future__ import annotations

import hmac
import importlib
import json
from collections.abc import Mapping
from typing import Any

CHALLENGE_HEADER = "x-factorial-wh-challenge"

# subscription type -> (models module, class) of the delivery body
CATALOG: dict[str, tuple[str, str]] = {
    "attendance/shift/clock_in": ("attendance_shift", "AttendanceShift"),
    "attendance/shift/clock_out": ("attendance_shift", "AttendanceShift"),
    "employees/employee/create_with_contract": ("employees_employee", "EmployeesEmployee"),
    "employees/employee/terminate": ("employees_employee", "EmployeesEmployee"),
    "employees/employee/update": ("employees_employee", "EmployeesEmployee"),
    "timeoff/leave/approve": ("timeoff_leave", "TimeoffLeave"),
    "timeoff/leave/create": ("timeoff_leave", "TimeoffLeave"),
    "timeoff/leave/update": ("timeoff_leave", "TimeoffLeave"),
}


class InvalidDelivery(ValueError):
    """A delivery that is not genuine, names an unknown subscription type, or carries no JSON object."""


def payload_model(subscription_type: str) -> type[Any]:
    try:
        module, name = CATALOG[subscription_type]
    except KeyError:
        raise InvalidDelivery(f"unknown webhook subscription type {subscription_type!r}") from None
    model: type[Any] = getattr(importlib.import_module(f".models.{module}", __package__), name)
    return model


def is_genuine(headers: Mapping[str, str], challenge: str) -> bool:
    received = next((v for k, v in headers.items() if k.lower() == CHALLENGE_HEADER), None)
    return received is not None and hmac.compare_digest(received.encode(), challenge.encode())


def parse_delivery(subscription_type: str, headers: Mapping[str, str], body: bytes | str, *, challenge: str) -> Any:
    """Check a delivery against the subscription's challenge and parse its body into the payload model."""
    if not is_genuine(headers, challenge):
        raise InvalidDelivery(f"the {CHALLENGE_HEADER} header is missing or does not match the challenge")
    model = payload_model(subscription_type)
    try:
        payload = json.loads(body)
    except ValueError:
        raise InvalidDelivery("the delivery body is not JSON") from None
    if not isinstance(payload, dict):
        raise InvalidDelivery("the delivery body is not a JSON object")
    return model.from_dict(payload)
