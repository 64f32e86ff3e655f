"""The sandbox's API resources, through the generated client: shapes, paging, errors, limits."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from factorial_api.api.api_public import list_credentials
from factorial_api.api.attendance import clock_in_shift, clock_out_shift, get_shift, list_shifts
from factorial_api.api.employees import get_employee, list_employees
from factorial_api.api.timeoff import create_leave, get_leave, list_leaves
from factorial_api.client import Client
from factorial_api.errors import NotFound, RateLimited, ValidationError
from factorial_api.models.attendance_clock_in_shift_body import AttendanceClockInShiftBody
from factorial_api.models.attendance_clock_out_shift_body import AttendanceClockOutShiftBody
from factorial_api.models.timeoff_create_leave_body import TimeoffCreateLeaveBody
from factorial_api.types import Unset
from openapi_schema_validator import OAS31Validator

from factorial_auth import (
    ApiKeyAuth,
    ConfigurationError,
    Factorial,
    FactorialAuth,
    Sandbox,
    Token,
    make_client,
)
from factorial_auth._sandbox import API_VERSION
from tests._paths import ROOT, load_yaml

REDIRECT_URI = "https://app.example.com/callback"
RESOURCES = f"/api/{API_VERSION}/resources"
API_KEY = "company-key-0123456789"


@functools.cache
def _spec() -> dict[str, Any]:
    return load_yaml(ROOT / "openapi.yaml")


def _closed(schema: Any) -> Any:
    """The schema with every object closed to keys it does not list, so extras fail too."""
    if isinstance(schema, dict):
        closed = {key: _closed(value) for key, value in schema.items()}
        if "properties" in closed:
            closed.setdefault("additionalProperties", False)
        return closed
    if isinstance(schema, list):
        return [_closed(item) for item in schema]
    return schema


def conforms(method: str, path: str, status: int, payload: Any) -> None:
    """Raise unless ``payload`` is exactly what openapi.yaml says ``method path`` answers."""
    _validator(method, path, status).validate(payload)


@functools.cache
def _validator(method: str, path: str, status: int) -> OAS31Validator:
    spec = _spec()
    operation = spec["paths"][f"{RESOURCES}/{path}"][method.lower()]
    schema = operation["responses"][str(status)]["content"]["application/json"]["schema"]
    return OAS31Validator(_closed({**schema, "components": spec["components"]}))


def issue(sandbox: Sandbox, http: httpx.Client) -> Token:
    factorial = Factorial("unused", base_url=sandbox.base_url)
    redirect = http.get(factorial.authorization_url("app", REDIRECT_URI))
    code = parse_qs(urlsplit(redirect.headers["location"]).query)["code"][0]
    return factorial.obtain_access_token("app", "secret", REDIRECT_URI, code)


def client_for(sandbox: Sandbox, token: Token) -> Client:
    auth = FactorialAuth(
        client_id="app", client_secret="secret", token=token, base_url=sandbox.base_url
    )
    return make_client(auth, retry=None)


@pytest.fixture
def api(sandbox: Sandbox, http: httpx.Client) -> Iterator[Client]:
    """A typed client signed in to the default sandbox (25 employees)."""
    with client_for(sandbox, issue(sandbox, http)) as client:
        yield client


@pytest.fixture
def bearer(sandbox: Sandbox, http: httpx.Client) -> dict[str, str]:
    return {"Authorization": f"Bearer {issue(sandbox, http).access_token}"}


def test_credentials_name_the_user(api: Client) -> None:
    page = list_credentials.sync(client=api)
    assert page is not None and isinstance(page.data, list)
    assert [(c.employee_id, c.full_name) for c in page.data] == [("1", "Ada Lovelace")]


def test_pagination_walks_250_employees_in_three_requests(
    http: httpx.Client, clock: Callable[[], float]
) -> None:
    with (
        Sandbox(employees=250, clock=clock) as sandbox,
        client_for(sandbox, issue(sandbox, http)) as client,
    ):
        employees = list(list_employees.iterate(client=client, limit=100))
        log = sandbox.api_log
    assert [e.id for e in employees] == [str(n) for n in range(1, 251)]
    assert all(e.additional_properties == {} for e in employees)
    assert [(call.method, call.status) for call in log] == [("GET", 200)] * 3
    assert [call.query.get("after_id") for call in log] == [None, ["100"], ["200"]]
    assert all(call.query["limit"] == ["100"] for call in log)


def test_page_meta(http: httpx.Client, sandbox: Sandbox, bearer: dict[str, str]) -> None:
    url = f"{sandbox.base_url}{RESOURCES}/employees/employees"

    def meta(query: str) -> tuple[list[str], dict[str, Any]]:
        response = http.get(f"{url}?{query}", headers=bearer)
        assert response.status_code == 200, response.text
        conforms("GET", "employees/employees", 200, response.json())
        body = response.json()
        return [e["id"] for e in body["data"]], body["meta"]

    ids, first = meta("limit=10")
    assert ids == [str(n) for n in range(1, 11)]
    assert first == {
        "limit": 10,
        "total": 25,
        "has_previous_page": False,
        "has_next_page": True,
        "start_cursor": "1",
        "end_cursor": "10",
    }
    ids, last = meta("limit=10&after_id=20")
    assert ids == ["21", "22", "23", "24", "25"]
    assert (last["has_previous_page"], last["has_next_page"], last["end_cursor"]) == (
        True,
        False,
        "25",
    )
    ids, backwards = meta("limit=3&before_id=11")
    assert ids == ["8", "9", "10"] and backwards["start_cursor"] == "8"
    ids, past_the_end = meta("after_id=25")
    assert ids == [] and "end_cursor" not in past_the_end
    assert past_the_end["has_previous_page"] and not past_the_end["has_next_page"]
    assert meta("limit=500")[1]["limit"] == 100  # the largest page Factorial serves
    assert meta("ids[]=3&ids[]=12")[0] == ["3", "12"]


@pytest.mark.parametrize("query", ["limit=0", "limit=ten", "after_id=x"])
def test_bad_paging_parameters_are_refused(
    http: httpx.Client, sandbox: Sandbox, bearer: dict[str, str], query: str
) -> None:
    url = f"{sandbox.base_url}{RESOURCES}/employees/employees?{query}"
    response = http.get(url, headers=bearer)
    assert response.status_code == 400
    assert response.json()["error"] == "bad_request"


def test_seeded_data_is_the_same_every_time(http: httpx.Client) -> None:
    def everyone() -> list[dict[str, Any]]:
        with Sandbox(employees=30) as sandbox:
            headers = {"Authorization": f"Bearer {issue(sandbox, http).access_token}"}
            url = f"{sandbox.base_url}{RESOURCES}/employees/employees"
            data: list[dict[str, Any]] = http.get(url, headers=headers).json()["data"]
            return data

    first = everyone()
    assert first == everyone()
    assert len({e["full_name"] for e in first}) == 30


def test_get_employee_and_404(api: Client, http: httpx.Client, sandbox: Sandbox) -> None:
    employee = get_employee.sync("7", client=api)
    assert employee is not None
    assert (employee.id, employee.full_name, employee.manager_id) == ("7", "Margaret Hamilton", "1")
    with pytest.raises(NotFound, match="employee 26 not found") as caught:
        get_employee.sync("26", client=api)
    assert caught.value.body == {"error": "not_found", "message": "employee 26 not found"}
    with pytest.raises(NotFound):
        get_employee.sync("nobody", client=api)


def test_leaves_list_create_get(api: Client) -> None:
    seeded = list(list_leaves.iterate(client=api))
    assert [leave.employee_id for leave in seeded] == ["1", "6", "11", "16", "21"]
    body = TimeoffCreateLeaveBody(
        employee_id="3", start_on="2026-09-04", finish_on="2026-09-08", description="Trip"
    )
    created = create_leave.sync(client=api, body=body)
    assert created is not None
    # Friday to Tuesday: the weekend is not taken.
    assert (created.id, created.days_taken, created.approved) == ("6", 3, False)
    assert (created.employee_full_name, created.description) == ("Grace Hopper", "Trip")
    assert get_leave.sync("6", client=api) == created
    mine = list(list_leaves.iterate(client=api, employee_ids=["3", "6"]))
    assert [leave.id for leave in mine] == ["2", "6"]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"employee_id": "99", "start_on": "2026-09-01"}, "employee_id 99 does not exist"),
        ({"employee_id": "2"}, "start_on is required"),
        ({"employee_id": "2", "start_on": "1 Sept"}, "start_on must be a date"),
        (
            {"employee_id": "2", "start_on": "2026-09-02", "finish_on": "2026-09-01"},
            "finish_on must not be before start_on",
        ),
        ({"employee_id": 2, "start_on": "2026-09-01"}, "employee_id must be a string"),
        ({"employee_id": "2", "start_on": "2026-09-01", "leave_type_id": "9"}, "leave_type_id 9"),
    ],
)
def test_invalid_leaves_are_422(
    http: httpx.Client,
    sandbox: Sandbox,
    bearer: dict[str, str],
    body: dict[str, Any],
    message: str,
) -> None:
    response = http.post(f"{sandbox.base_url}{RESOURCES}/timeoff/leaves", json=body, headers=bearer)
    assert response.status_code == 422
    assert response.json()["error"] == "unprocessable_entity"
    assert message in response.json()["message"]


def test_clock_in_and_out(api: Client) -> None:
    body = AttendanceClockInShiftBody(now="2026-07-01T09:00:30+02:00", employee_id="4")
    opened = clock_in_shift.sync(client=api, body=body)
    assert opened is not None
    assert (opened.employee_id, opened.date, opened.clock_in) == ("4", "2026-07-01", "09:00")
    assert (opened.clock_in_with_seconds, opened.minutes) == ("09:00:30", 0)
    assert isinstance(opened.clock_out, Unset)  # still open
    with pytest.raises(ValidationError, match="employee 4 is already clocked in"):
        clock_in_shift.sync(client=api, body=body)
    out = AttendanceClockOutShiftBody(now="2026-07-01T17:15:00+02:00", employee_id="4")
    closed = clock_out_shift.sync(client=api, body=out)
    assert closed is not None
    assert (closed.id, closed.clock_out, closed.minutes) == (opened.id, "17:15", 494)
    with pytest.raises(ValidationError, match="employee 4 is not clocked in"):
        clock_out_shift.sync(client=api, body=out)
    assert get_shift.sync(str(opened.id), client=api) == closed
    assert [s.id for s in list_shifts.iterate(client=api, employee_ids=["4"])] == [opened.id]
    with pytest.raises(NotFound):
        get_shift.sync("2", client=api)


def test_clocking_defaults_to_the_user_and_checks_times(api: Client) -> None:
    shift = clock_in_shift.sync(client=api, body=AttendanceClockInShiftBody(now="2026-07-01T08:00"))
    assert shift is not None and shift.employee_id == "1"  # naive times count as UTC
    early = AttendanceClockOutShiftBody(now="2026-07-01T07:59:00Z")
    with pytest.raises(ValidationError, match="before the shift's clock in"):
        clock_out_shift.sync(client=api, body=early)
    with pytest.raises(ValidationError, match="now must be an ISO 8601"):
        clock_out_shift.sync(client=api, body=AttendanceClockOutShiftBody(now="soon"))


def test_payloads_match_openapi_yaml(
    http: httpx.Client, sandbox: Sandbox, bearer: dict[str, str]
) -> None:
    base = sandbox.base_url + RESOURCES

    def check(method: str, path: str, status: int, json: Any = None, actual: str = "") -> None:
        response = http.request(method, f"{base}/{actual or path}", json=json, headers=bearer)
        assert response.status_code == status, response.text
        conforms(method, path, status, response.json())

    check("GET", "api_public/credentials", 200)
    check("GET", "employees/employees", 200)
    check("GET", "employees/employees/{id}", 200, actual="employees/employees/2")
    check("POST", "timeoff/leaves", 201, {"employee_id": "2", "start_on": "2026-09-01"})
    check("GET", "timeoff/leaves", 200)
    check("GET", "timeoff/leaves/{id}", 200, actual="timeoff/leaves/6")
    clock_in = {"now": "2026-07-01T09:00:00Z", "location_type": "office", "observations": "x"}
    check("POST", "attendance/shifts/clock_in", 200, clock_in)
    check("POST", "attendance/shifts/clock_out", 200, {"now": "2026-07-01T10:00:00Z"})
    check("GET", "attendance/shifts", 200)
    check("GET", "attendance/shifts/{id}", 200, actual="attendance/shifts/1")


def test_the_checker_catches_undocumented_keys() -> None:
    with pytest.raises(Exception, match="Additional properties"):
        meta = {"has_previous_page": False, "has_next_page": False, "limit": 1, "total": 0}
        conforms("GET", "api_public/credentials", 200, {"data": [], "meta": meta, "extra": 1})


def test_bodies_must_be_json_objects(
    http: httpx.Client, sandbox: Sandbox, bearer: dict[str, str]
) -> None:
    url = f"{sandbox.base_url}{RESOURCES}/attendance/shifts/clock_in"
    for content in (b"not json", b"[1, 2]"):
        response = http.post(url, content=content, headers=bearer)
        assert (response.status_code, response.json()["error"]) == (400, "bad_request")


def test_routes_with_ids_answer_405_to_other_methods(
    http: httpx.Client, sandbox: Sandbox, bearer: dict[str, str]
) -> None:
    url = f"{sandbox.base_url}{RESOURCES}/employees/employees/1"
    assert http.delete(url, headers=bearer).status_code == 405
    assert http.get(f"{url}/more", headers=bearer).status_code == 404


def _api_routes(sandbox: Sandbox) -> list[tuple[str, str]]:
    return [
        (method, path.replace("{id}", "1"))
        for method, path in sandbox.routes
        if path.startswith(RESOURCES)
    ]


def test_every_resource_needs_a_live_token(
    http: httpx.Client, sandbox: Sandbox, advance_clock: Callable[[float], None]
) -> None:
    token = issue(sandbox, http)
    routes = _api_routes(sandbox)
    assert len(routes) == 10
    stale = {"Authorization": f"Bearer {token.access_token}"}
    advance_clock(sandbox.access_ttl)
    for method, path in routes:
        for headers in ({}, stale, {"Authorization": "Bearer made-up"}, {"x-api-key": API_KEY}):
            response = http.request(method, sandbox.base_url + path, json={}, headers=headers)
            assert response.status_code == 401, (method, path, headers)
            assert response.headers["www-authenticate"].startswith("Bearer")
    assert {call.status for call in sandbox.api_log} == {401}


def test_the_hook_renews_a_stale_token_for_typed_calls(
    http: httpx.Client, sandbox: Sandbox, advance_clock: Callable[[float], None]
) -> None:
    with client_for(sandbox, issue(sandbox, http)) as client:
        advance_clock(sandbox.access_ttl)
        assert get_employee.sync("2", client=client) is not None
    assert [call.status for call in sandbox.api_log] == [401, 200]
    assert sandbox.token_requests == 2


def test_api_key(http: httpx.Client, clock: Callable[[], float]) -> None:
    with Sandbox(api_key=API_KEY, clock=clock) as sandbox:
        with make_client(ApiKeyAuth(API_KEY), base_url=sandbox.base_url) as client:
            assert get_employee.sync("3", client=client) is not None
            # An API key acts for the company, not a user: clocking in must name someone.
            body = AttendanceClockInShiftBody(now="2026-07-01T09:00:00Z")
            with pytest.raises(ValidationError, match="employee_id is required"):
                clock_in_shift.sync(client=client, body=body)
        url = f"{sandbox.base_url}{RESOURCES}/employees/employees"
        assert http.get(url, headers={"x-api-key": API_KEY + "x"}).status_code == 401


def test_rate_limit_answers_429_until_the_minute_passes(
    http: httpx.Client, advance_clock: Callable[[float], None], clock: Callable[[], float]
) -> None:
    with (
        Sandbox(rate_limit=3, clock=clock) as sandbox,
        client_for(sandbox, issue(sandbox, http)) as client,
    ):
        for seconds in (0, 10, 10):
            advance_clock(seconds)
            assert get_employee.sync("1", client=client) is not None
        with pytest.raises(RateLimited) as caught:
            get_employee.sync("1", client=client)
        assert caught.value.retry_after == 40  # the first request leaves the window then
        assert caught.value.body["error"] == "too_many_requests"
        advance_clock(39)
        with pytest.raises(RateLimited) as caught:
            get_employee.sync("1", client=client)
        assert caught.value.retry_after == 1
        advance_clock(1)
        assert get_employee.sync("1", client=client) is not None
        assert [call.status for call in sandbox.api_log] == [200, 200, 200, 429, 429, 200]
        assert sandbox.token_requests == 1  # the authorization; OAuth is not rate limited


def test_the_log_records_every_api_call(
    http: httpx.Client, sandbox: Sandbox, bearer: dict[str, str]
) -> None:
    url = f"{sandbox.base_url}{RESOURCES}/attendance/shifts"
    http.get(url, params={"employee_ids[]": ["1", "2"], "limit": "5"}, headers=bearer)
    http.get(f"{url}/9", headers=bearer)
    http.get(f"{sandbox.base_url}/nowhere")
    first, second = sandbox.api_log
    assert (first.method, first.path, first.status) == (
        "GET",
        f"{RESOURCES}/attendance/shifts",
        200,
    )
    assert first.query == {"employee_ids[]": ["1", "2"], "limit": ["5"]}
    assert (second.path, second.status) == (f"{RESOURCES}/attendance/shifts/9", 404)


def test_concurrent_clock_ins_open_one_shift(
    http: httpx.Client, sandbox: Sandbox, bearer: dict[str, str]
) -> None:
    url = f"{sandbox.base_url}{RESOURCES}/attendance/shifts/clock_in"
    attempts = 16
    start = threading.Barrier(attempts)

    def clock_in(employee: str) -> int:
        start.wait(timeout=10)
        body = {"now": "2026-07-01T09:00:00Z", "employee_id": employee}
        return http.post(url, json=body, headers=bearer, timeout=10).status_code

    employees = ["5"] * (attempts // 2) + [str(n) for n in range(6, 6 + attempts // 2)]
    with ThreadPoolExecutor(attempts) as pool:
        statuses = list(pool.map(clock_in, employees))
    assert sorted(statuses[: attempts // 2]) == [200] + [422] * (attempts // 2 - 1)
    assert statuses[attempts // 2 :] == [200] * (attempts // 2)
    ids = [shift["id"] for shift in sandbox.state.company.shifts.values()]
    assert sorted(ids, key=int) == [str(n) for n in range(1, attempts // 2 + 2)]


def test_bad_options() -> None:
    with pytest.raises(ConfigurationError, match="at least 1 employee"):
        Sandbox(employees=0)
    with pytest.raises(ConfigurationError, match="at least 1 request a minute"):
        Sandbox(rate_limit=0)
