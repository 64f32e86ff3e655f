"""The sandbox's fake company: employees, leaves and shifts, shaped as openapi.yaml describes them.

Nothing here speaks HTTP: operations take plain values and return JSON-ready dicts, or raise
``ApiError`` with the status and message the sandbox should answer with.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, timedelta, timezone
from typing import Any, TypeVar

import attrs
from dateutil.parser import isoparse

__all__ = ["MAX_LIMIT", "ApiError", "Company", "only", "page"]

MAX_LIMIT = 100  # Factorial's default and largest page size
COMPANY_ID = "1"
_SEEDED_AT = "2024-01-08T09:00:00Z"  # fixed, so seeded data is the same in every run
_PEOPLE = (  # first and last names are mixed, so 400 people have distinct names
    "Ada Lovelace",
    "Alan Turing",
    "Grace Hopper",
    "Edsger Dijkstra",
    "Barbara Liskov",
    "Donald Knuth",
    "Margaret Hamilton",
    "Dennis Ritchie",
    "Frances Allen",
    "Ken Thompson",
    "Radia Perlman",
    "Tim Berners-Lee",
    "Hedy Lamarr",
    "John McCarthy",
    "Katherine Johnson",
    "Linus Torvalds",
    "Sophie Wilson",
    "Guido Rossum",
    "Annie Easley",
    "Niklaus Wirth",
)
_DATE = "a date (YYYY-MM-DD)"
_LOCATION_TYPES = ("office", "business_trip", "work_from_home")
_LEAVE_TYPES = {"1": "Vacation", "2": "Sick leave", "3": "Personal day"}

T = TypeVar("T")


class ApiError(Exception):
    """A request the API refuses; ``message`` goes to the client as is, so it holds no secret."""

    def __init__(self, status: int, error: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message

    def body(self) -> dict[str, str]:
        return {"error": self.error, "message": self.message}


def _unprocessable(message: str) -> ApiError:
    return ApiError(422, "unprocessable_entity", message)


@attrs.define
class Company:
    """Everything the API serves, keyed by integer id; callers serialize access to it."""

    employees: dict[int, dict[str, Any]] = attrs.field(factory=dict)
    leaves: dict[int, dict[str, Any]] = attrs.field(factory=dict)
    shifts: dict[int, dict[str, Any]] = attrs.field(factory=dict)
    # employee id -> (shift id, when the shift began) for every shift not clocked out yet
    open_shifts: dict[int, tuple[int, datetime]] = attrs.field(factory=dict)

    @classmethod
    def seeded(cls, employees: int) -> Company:
        """``employees`` people, and a week of vacation for every fifth of them."""
        company = cls()
        for number in range(1, employees + 1):
            company.employees[number] = _employee(number)
        for number in range(1, employees + 1, 5):
            start = date(2026, 8, 3) + timedelta(days=number % 28)
            company._add_leave(number, start, start + timedelta(days=6), "1", _SEEDED_AT, True)
        return company

    def user(self) -> dict[str, Any]:
        """The person OAuth tokens act for: employee 1."""
        return self.employees[1]

    def employee(self, id: str) -> dict[str, Any]:
        return _find(self.employees, id, "employee")

    def leave(self, id: str) -> dict[str, Any]:
        return _find(self.leaves, id, "leave")

    def shift(self, id: str) -> dict[str, Any]:
        return _find(self.shifts, id, "shift")

    def create_leave(self, body: Mapping[str, Any], now: datetime) -> dict[str, Any]:
        employee = self._existing_employee(_required(body, "employee_id"))
        start = _parsed(body, "start_on", date.fromisoformat, _DATE)
        finish = (
            start
            if body.get("finish_on") is None
            else _parsed(body, "finish_on", date.fromisoformat, _DATE)
        )
        if finish < start:
            raise _unprocessable("finish_on must not be before start_on")
        leave_type = _text(body, "leave_type_id") or "1"
        if leave_type not in _LEAVE_TYPES:
            raise _unprocessable(f"leave_type_id {leave_type} does not exist")
        leave = self._add_leave(
            int(employee["id"]), start, finish, leave_type, _timestamp(now), approved=False
        )
        description = _text(body, "description")
        if description is not None:
            leave["description"] = description
        return leave

    def clock_in(
        self, body: Mapping[str, Any], default_employee: str | None, now: datetime
    ) -> dict[str, Any]:
        employee = self._clocking_employee(body, default_employee)
        number = int(employee["id"])
        if number in self.open_shifts:
            raise _unprocessable(f"employee {number} is already clocked in")
        began = _moment(body, "now")
        location_type = _text(body, "location_type")
        if location_type is not None and location_type not in _LOCATION_TYPES:
            raise _unprocessable(f"location_type must be one of: {', '.join(_LOCATION_TYPES)}")
        shift_id = max(self.shifts, default=0) + 1
        shift: dict[str, Any] = {
            "id": str(shift_id),
            "employee_id": employee["id"],
            "date": began.date().isoformat(),
            "reference_date": began.date().isoformat(),
            "clock_in": began.strftime("%H:%M"),
            "clock_in_with_seconds": began.strftime("%H:%M:%S"),
            "in_source": "api",
            "workable": True,
            "company_id": COMPANY_ID,
            "created_at": _timestamp(now),
            "updated_at": _timestamp(now),
            "minutes": 0,
        }
        if location_type is not None:
            shift["location_type"] = location_type
        observations = _text(body, "observations")
        if observations is not None:
            shift["observations"] = observations
        self.shifts[shift_id] = shift
        self.open_shifts[number] = (shift_id, began)
        return shift

    def clock_out(
        self, body: Mapping[str, Any], default_employee: str | None, now: datetime
    ) -> dict[str, Any]:
        employee = self._clocking_employee(body, default_employee)
        number = int(employee["id"])
        if number not in self.open_shifts:
            raise _unprocessable(f"employee {number} is not clocked in")
        ended = _moment(body, "now")
        shift_id, began = self.open_shifts[number]
        if ended < began:
            raise _unprocessable("now must not be before the shift's clock in")
        del self.open_shifts[number]
        shift = self.shifts[shift_id]
        shift.update(
            clock_out=ended.strftime("%H:%M"),
            out_source="api",
            minutes=int((ended - began).total_seconds()) // 60,
            updated_at=_timestamp(now),
        )
        return shift

    def _add_leave(
        self,
        employee_id: int,
        start: date,
        finish: date,
        leave_type: str,
        at: str,
        approved: bool,
    ) -> dict[str, Any]:
        leave_id = max(self.leaves, default=0) + 1
        leave: dict[str, Any] = {
            "id": str(leave_id),
            "company_id": COMPANY_ID,
            "employee_id": str(employee_id),
            "employee_full_name": self.employees[employee_id]["full_name"],
            "start_on": start.isoformat(),
            "finish_on": finish.isoformat(),
            "leave_type_id": leave_type,
            "leave_type_name": _LEAVE_TYPES[leave_type],
            "approved": approved,
            "days_taken": _working_days(start, finish),
            "created_at": at,
            "updated_at": at,
        }
        self.leaves[leave_id] = leave
        return leave

    def _existing_employee(self, id: str) -> dict[str, Any]:
        try:
            return self.employee(id)
        except ApiError:
            raise _unprocessable(f"employee_id {id} does not exist") from None

    def _clocking_employee(
        self, body: Mapping[str, Any], default_employee: str | None
    ) -> dict[str, Any]:
        """The employee named in the body, else the user the token acts for."""
        id = _text(body, "employee_id") or default_employee
        if id is None:
            raise _unprocessable("employee_id is required when acting with an API key")
        return self._existing_employee(id)


def page(items: Iterable[dict[str, Any]], query: Mapping[str, list[str]]) -> dict[str, Any]:
    """One page of ``items`` (sorted by id) as Factorial's cursor pagination serves it."""
    ordered = sorted(items, key=lambda item: int(item["id"]))
    ids = [int(item["id"]) for item in ordered]
    limit = _limit(query)
    after, before = _cursor(query, "after_id"), _cursor(query, "before_id")
    start = 0 if after is None else bisect.bisect_right(ids, after)
    stop = len(ids) if before is None else bisect.bisect_left(ids, before)
    # Going backwards, the page is the last `limit` items before the cursor.
    if before is not None and after is None:
        start = max(start, stop - limit)
    else:
        stop = min(stop, start + limit)
    chosen = ordered[start:stop] if start < stop else []
    meta: dict[str, Any] = {
        "limit": limit,
        "total": len(ordered),
        # Past either end, the cursor itself marks where the page would be.
        "has_previous_page": min(start, stop) > 0,
        "has_next_page": max(start, stop) < len(ids),
    }
    if chosen:
        meta["start_cursor"] = chosen[0]["id"]
        meta["end_cursor"] = chosen[-1]["id"]
    return {"data": chosen, "meta": meta}


def only(
    items: Iterable[dict[str, Any]], query: Mapping[str, list[str]], param: str, field: str
) -> list[dict[str, Any]]:
    """The items whose ``field`` is among the ``param`` values, or all when the filter is absent."""
    wanted = query.get(param)
    return [item for item in items if not wanted or item[field] in wanted]


def _limit(query: Mapping[str, list[str]]) -> int:
    raw = (query.get("limit") or [str(MAX_LIMIT)])[0]
    if not raw.isdigit() or int(raw) < 1:
        raise ApiError(400, "bad_request", f"limit must be a whole number from 1 to {MAX_LIMIT}")
    return min(int(raw), MAX_LIMIT)


def _cursor(query: Mapping[str, list[str]], name: str) -> int | None:
    values = query.get(name)
    if not values or not values[0]:
        return None
    if not values[0].isdigit():
        raise ApiError(400, "bad_request", f"{name} must be an id taken from meta")
    return int(values[0])


def _find(table: Mapping[int, T], id: str, kind: str) -> T:
    found = table.get(int(id)) if id.isdigit() else None
    if found is None:
        raise ApiError(404, "not_found", f"{kind} {id} not found")
    return found


def _text(body: Mapping[str, Any], name: str) -> str | None:
    value = body.get(name)
    if value is not None and not isinstance(value, str):
        raise _unprocessable(f"{name} must be a string")
    return value


def _required(body: Mapping[str, Any], name: str) -> str:
    value = _text(body, name)
    if value is None:
        raise _unprocessable(f"{name} is required")
    return value


def _parsed(body: Mapping[str, Any], name: str, parse: Callable[[str], T], shape: str) -> T:
    text = _required(body, name)
    try:
        return parse(text)
    except ValueError:
        raise _unprocessable(f"{name} must be {shape}, not {text!r}") from None


def _moment(body: Mapping[str, Any], name: str) -> datetime:
    moment = _parsed(body, name, isoparse, "an ISO 8601 date and time")
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)


def _timestamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _working_days(start: date, finish: date) -> int:
    days = (start + timedelta(days=offset) for offset in range((finish - start).days + 1))
    return sum(1 for day in days if day.weekday() < 5)


def _employee(number: int) -> dict[str, Any]:
    index = number - 1
    first = _PEOPLE[index % len(_PEOPLE)].split(" ")[0]
    last = _PEOPLE[(index + index // len(_PEOPLE)) % len(_PEOPLE)].split(" ")[1]
    email = f"{first}.{last}.{number}@example.com".lower()
    employee: dict[str, Any] = {
        "id": str(number),
        "access_id": str(1000 + number),
        "first_name": first,
        "last_name": last,
        "full_name": f"{first} {last}",
        "email": email,
        "login_email": email,
        "birthday_on": (date(1970, 1, 1) + timedelta(days=number * 97 % 12000)).isoformat(),
        "company_id": COMPANY_ID,
        "legal_entity_id": "1",
        "location_id": "1",
        "company_identifier": f"E{number:05d}",
        "created_at": _SEEDED_AT,
        "updated_at": _SEEDED_AT,
        "is_terminating": False,
        "active": True,
        "attendable": True,
    }
    if number > 1:
        employee["manager_id"] = "1"
    return employee
