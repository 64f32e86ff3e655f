"""Pagination, retries and typed errors of the client make_client returns, over loopback HTTP."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from typing import Any, Literal

import pytest
from factorial_api.api.api_public import list_credentials
from factorial_api.api.employees import list_employees
from factorial_api.api.timeoff import create_leave
from factorial_api.client import Client
from factorial_api.models import ApiPublicListCredentialsResponse, TimeoffCreateLeaveBody
from factorial_api.types import Unset

from factorial_auth import (
    ApiKeyAuth,
    AuthenticationError,
    FactorialAPIError,
    FactorialAuth,
    NotFound,
    PermissionDenied,
    RateLimited,
    Retry,
    Sandbox,
    Token,
    ValidationError,
    make_client,
)
from tests._scripted import Reply, ScriptedServer

Mode = Literal["sync", "async"]
API_KEY = "key-that-must-not-leak"
EMPTY_PAGE = json.dumps(
    {
        "data": [],
        "meta": {"has_next_page": False, "has_previous_page": False, "limit": 100, "total": 0},
    }
).encode()


async def _list_credentials(mode: Mode, client: Client) -> Any:
    if mode == "sync":
        return list_credentials.sync(client=client)
    return await list_credentials.asyncio(client=client)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_429_is_retried_after_its_retry_after(
    server: ScriptedServer, mode: Mode, caplog: pytest.LogCaptureFixture
) -> None:
    server.script(Reply(429, {"Retry-After": "1"}), Reply(200, body=EMPTY_PAGE))
    with caplog.at_level(logging.INFO, logger="factorial_auth"):
        page = await _list_credentials(mode, make_client(ApiKeyAuth(API_KEY), base_url=server.url))
    assert isinstance(page, ApiPublicListCredentialsResponse)
    assert len(server.received) == 2
    retries = [r.getMessage() for r in caplog.records if r.name.startswith("factorial_auth")]
    assert len(retries) == 1 and "in 1.00s after 429" in retries[0]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_post_is_not_retried_on_502(server: ScriptedServer, mode: Mode) -> None:
    server.script(Reply(502, body=b"bad gateway"))
    client = make_client(ApiKeyAuth(API_KEY), base_url=server.url)
    body = TimeoffCreateLeaveBody(employee_id="1", start_on="2026-12-24")
    with pytest.raises(FactorialAPIError) as raised:
        if mode == "sync":
            create_leave.sync(client=client, body=body)
        else:
            await create_leave.asyncio(client=client, body=body)
    assert raised.value.status_code == 502 and raised.value.method == "POST"
    assert len(server.received) == 1


@pytest.mark.parametrize(
    ("status", "error", "body"),
    [
        (401, AuthenticationError, {"error": "invalid_token"}),
        (403, PermissionDenied, {"error": "forbidden"}),
        (404, NotFound, {"error": "not found"}),
        (422, ValidationError, {"errors": {"start_on": ["is not a date"]}}),
        (429, RateLimited, {"error": "slow down"}),
        (500, FactorialAPIError, {"error": "oops"}),
    ],
)
@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_non_2xx_answers_raise_typed_errors(
    server: ScriptedServer, mode: Mode, status: int, error: type[FactorialAPIError], body: Any
) -> None:
    server.script(Reply(status, {"Retry-After": "7"}, json.dumps(body).encode()))
    client = make_client(ApiKeyAuth(API_KEY), base_url=server.url, retry=None)
    emails = ["someone@example.com"]
    with pytest.raises(error) as raised:
        if mode == "sync":
            list_employees.sync(client=client, emails=emails)
        else:
            await list_employees.asyncio(client=client, emails=emails)
    failure = raised.value
    assert type(failure) is error
    assert (failure.status_code, failure.method, failure.body) == (status, "GET", body)
    assert failure.url == f"{server.url}/api/2026-07-01/resources/employees/employees"
    assert "?" in server.received[0].target  # the filter was sent, and is not repeated in the error
    message = str(failure)
    assert "\n" not in message and f"answered {status}" in message
    assert API_KEY not in message and "someone" not in message and "someone" not in repr(failure)
    if isinstance(failure, ValidationError):
        assert failure.details == {"start_on": ["is not a date"]}
    if isinstance(failure, RateLimited):
        assert failure.retry_after == 7.0


async def test_errors_can_be_returned_instead_of_raised(server: ScriptedServer) -> None:
    server.script(Reply(404, body=b"{}"))
    client = make_client(ApiKeyAuth(API_KEY), base_url=server.url, raise_on_unexpected_status=False)
    assert list_credentials.sync(client=client) is None
    assert list_credentials.sync_detailed(client=client).status_code == 404


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_the_auth_hook_refreshes_before_a_401_becomes_an_error(
    server: ScriptedServer,
    sandbox: Sandbox,
    issue_token: Callable[[str, str], Token],
    mode: Mode,
) -> None:
    """The hook renews once and retries; only the second 401 reaches the caller as an error."""
    server.script(Reply(401, body=b'{"error": "invalid_token"}'))
    token = issue_token("app", "secret")
    auth = FactorialAuth(
        client_id="app",
        client_secret="secret",
        token=token,
        base_url=server.url,
        token_url=f"{sandbox.base_url}/oauth/token",
    )
    before = sandbox.token_requests
    with pytest.raises(AuthenticationError):
        await _list_credentials(mode, make_client(auth, retry=Retry(max_attempts=1)))
    assert sandbox.token_requests == before + 1
    assert len(server.received) == 2


@pytest.fixture
def crowd() -> Iterator[Sandbox]:
    with Sandbox(employees=250, api_key=API_KEY) as sandbox:
        yield sandbox


def _pages_requested(sandbox: Sandbox) -> list[dict[str, list[str]]]:
    return [dict(call.query) for call in sandbox.api_log if call.path.endswith("/employees")]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_iterate_streams_every_item_one_page_at_a_time(crowd: Sandbox, mode: Mode) -> None:
    client = make_client(ApiKeyAuth(API_KEY), base_url=crowd.base_url)
    if mode == "sync":
        ids = [e.id for e in list_employees.iterate(client=client, limit=100)]
    else:
        ids = [e.id async for e in list_employees.aiterate(client=client, limit=100)]
    assert ids == [str(n) for n in range(1, 251)]
    requests = _pages_requested(crowd)
    assert [q.get("after_id") for q in requests] == [None, ["100"], ["200"]]
    assert all(q["limit"] == ["100"] for q in requests)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("max_items", "pages"), [(150, 2), (50, 1), (0, 0)])
async def test_max_items_stops_without_fetching_further_pages(
    crowd: Sandbox, mode: Mode, max_items: int, pages: int
) -> None:
    client = make_client(ApiKeyAuth(API_KEY), base_url=crowd.base_url)
    if mode == "sync":
        items = list(list_employees.iterate(client=client, max_items=max_items))
    else:
        items = [e async for e in list_employees.aiterate(client=client, max_items=max_items)]
    assert len(items) == max_items
    assert len(_pages_requested(crowd)) == pages


def test_pages_are_fetched_only_when_asked_for(crowd: Sandbox) -> None:
    client = make_client(ApiKeyAuth(API_KEY), base_url=crowd.base_url)
    pages = list_employees.iterate_pages(client=client, limit=100, only_active=True)
    first = next(pages)
    assert len(_pages_requested(crowd)) == 1
    assert isinstance(first.data, list) and len(first.data) == 100
    assert not isinstance(first.meta, Unset) and first.meta.has_next_page
    assert [len(page.data) for page in pages if isinstance(page.data, list)] == [100, 50]
    assert all(q["only_active"] == ["true"] for q in _pages_requested(crowd))
