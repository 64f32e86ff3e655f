"""FactorialAuth and ApiKeyAuth through httpx.Client and httpx.AsyncClient, against the sandbox."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Literal

import attrs
import httpx
import pytest

from factorial_auth import (
    ApiKeyAuth,
    ConfigurationError,
    Factorial,
    FactorialAuth,
    MemoryTokenStore,
    ReauthorizationRequired,
    Sandbox,
    Token,
    TokenStore,
    TokenStoreError,
)
from factorial_auth._sandbox import API_VERSION, SandboxRequest, SandboxResponse

CLIENT_ID = "hook-client"
CLIENT_SECRET = "hook-secret-0123456789"
CREDENTIALS = f"/api/{API_VERSION}/resources/api_public/credentials"
Mode = Literal["sync", "async"]
MODES: list[Mode] = ["sync", "async"]


_TLS = httpx.create_ssl_context()  # loading CA certificates per client would dominate run time


async def send(
    auth: httpx.Auth, url: str, mode: Mode, method: str = "GET", body: bytes = b""
) -> httpx.Response:
    if mode == "sync":
        with httpx.Client(auth=auth, verify=_TLS) as client:
            return client.request(method, url, content=body)
    async with httpx.AsyncClient(auth=auth, verify=_TLS) as client:
        return await client.request(method, url, content=body)


def make_auth(
    sandbox: Sandbox,
    *,
    token: Token | None = None,
    store: TokenStore | None = None,
    leeway: float = 300.0,
) -> FactorialAuth:
    return FactorialAuth(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        token=token,
        store=store,
        base_url=sandbox.base_url,
        leeway=leeway,
    )


def expired(token: Token) -> Token:
    """The same token, as a client would see it two hours later."""
    return attrs.evolve(token, created_at=token.created_at - 7200)


@pytest.fixture
def token(issue_token: Callable[[str, str], Token]) -> Token:
    return issue_token(CLIENT_ID, CLIENT_SECRET)


@pytest.fixture
def seen(sandbox: Sandbox) -> list[str | None]:
    """The bearer token of every request the credentials endpoint receives."""
    bearers: list[str | None] = []
    serve = sandbox.routes[("GET", CREDENTIALS)]

    def record(request: SandboxRequest) -> SandboxResponse:
        bearers.append(request.bearer)
        return serve(request)

    sandbox.routes[("GET", CREDENTIALS)] = record
    return bearers


@pytest.mark.parametrize("mode", MODES)
async def test_fresh_token_is_sent_without_refreshing(
    sandbox: Sandbox, token: Token, seen: list[str | None], mode: Mode
) -> None:
    auth = make_auth(sandbox, token=token)
    for _ in range(3):
        response = await send(auth, sandbox.base_url + CREDENTIALS, mode)
        assert response.status_code == 200
    assert seen == [token.access_token] * 3
    assert sandbox.token_requests == 1  # the authorization itself


@pytest.mark.parametrize("mode", MODES)
async def test_expired_token_is_refreshed_and_saved_before_sending(
    sandbox: Sandbox, token: Token, seen: list[str | None], mode: Mode
) -> None:
    store = MemoryTokenStore(expired(token))
    auth = make_auth(sandbox, store=store)
    response = await send(auth, sandbox.base_url + CREDENTIALS, mode)
    assert response.status_code == 200
    new = store.load()
    assert new is not None and new.refresh_token != token.refresh_token
    assert seen == [new.access_token]
    assert sandbox.token_requests == 2


@pytest.mark.parametrize(("leeway", "refreshes"), [(300.0, 1), (0.0, 0)])
def test_token_expiring_within_leeway_is_refreshed(
    sandbox: Sandbox, token: Token, leeway: float, refreshes: int
) -> None:
    soon = attrs.evolve(token, created_at=int(time.time()) - token.expires_in + 100)
    with httpx.Client(auth=make_auth(sandbox, token=soon, leeway=leeway), verify=_TLS) as client:
        assert client.get(sandbox.base_url + CREDENTIALS).status_code == 200
    assert sandbox.token_requests == 1 + refreshes


def test_short_lived_token_is_used_for_its_first_half(sandbox: Sandbox, token: Token) -> None:
    short = attrs.evolve(token, expires_in=120, created_at=int(time.time()))
    with httpx.Client(auth=make_auth(sandbox, token=short, leeway=300), verify=_TLS) as client:
        assert client.get(sandbox.base_url + CREDENTIALS).status_code == 200
    assert sandbox.token_requests == 1


@pytest.mark.parametrize("mode", MODES)
async def test_401_refreshes_once_and_retries_once(
    sandbox: Sandbox,
    token: Token,
    seen: list[str | None],
    advance_clock: Callable[[float], None],
    mode: Mode,
) -> None:
    store = MemoryTokenStore(token)
    auth = make_auth(sandbox, store=store)
    advance_clock(sandbox.access_ttl)  # the server now finds the token expired; the client cannot
    response = await send(auth, sandbox.base_url + CREDENTIALS, mode)
    assert response.status_code == 200
    new = store.load()
    assert new is not None
    assert seen == [token.access_token, new.access_token]
    assert sandbox.token_requests == 2


@pytest.mark.parametrize("mode", MODES)
async def test_second_401_is_returned_to_the_caller(
    sandbox: Sandbox, token: Token, mode: Mode
) -> None:
    bearers: list[str | None] = []

    def refuse(request: SandboxRequest) -> SandboxResponse:
        bearers.append(request.bearer)
        return SandboxResponse.json(401, {"error": "invalid_token"})

    sandbox.routes[("GET", "/refuses")] = refuse
    response = await send(make_auth(sandbox, token=token), sandbox.base_url + "/refuses", mode)
    assert response.status_code == 401
    assert len(bearers) == 2 and bearers[0] != bearers[1]
    assert sandbox.token_requests == 2


@pytest.mark.parametrize("mode", MODES)
async def test_request_body_is_sent_again_on_retry(
    sandbox: Sandbox, token: Token, advance_clock: Callable[[float], None], mode: Mode
) -> None:
    bodies: list[bytes] = []

    def echo(request: SandboxRequest) -> SandboxResponse:
        bodies.append(request.body)
        if sandbox.grant_for(request) is None:
            return SandboxResponse(401)
        return SandboxResponse(201)

    sandbox.routes[("POST", "/things")] = echo
    advance_clock(sandbox.access_ttl)
    auth = make_auth(sandbox, token=token)
    response = await send(auth, sandbox.base_url + "/things", mode, "POST", b'{"name": "x"}')
    assert response.status_code == 201
    assert bodies == [b'{"name": "x"}'] * 2


@pytest.mark.parametrize("mode", MODES)
async def test_401_after_a_refresh_elsewhere_retries_with_that_token(
    sandbox: Sandbox, token: Token, seen: list[str | None], mode: Mode
) -> None:
    store = MemoryTokenStore(token)
    auth = make_auth(sandbox, store=store)
    assert (await send(auth, sandbox.base_url + CREDENTIALS, mode)).status_code == 200
    # Another process refreshes: the server revokes the token this auth still holds.
    factorial = Factorial("unused", base_url=sandbox.base_url)
    store.save(factorial.refresh_access_token(CLIENT_ID, CLIENT_SECRET, token.refresh_token))
    requests_before = sandbox.token_requests

    response = await send(auth, sandbox.base_url + CREDENTIALS, mode)
    assert response.status_code == 200
    renewed = store.load()
    assert renewed is not None
    assert seen == [token.access_token, token.access_token, renewed.access_token]
    assert sandbox.token_requests == requests_before


@pytest.mark.parametrize("mode", MODES)
async def test_rejected_refresh_token_requires_reauthorization(
    sandbox: Sandbox, token: Token, mode: Mode
) -> None:
    # The refresh token was used elsewhere, so the server no longer accepts it.
    Factorial("unused", base_url=sandbox.base_url).refresh_access_token(
        CLIENT_ID, CLIENT_SECRET, token.refresh_token
    )
    auth = make_auth(sandbox, token=expired(token))
    with pytest.raises(ReauthorizationRequired, match="authorization again") as caught:
        await send(auth, sandbox.base_url + CREDENTIALS, mode)
    assert caught.value.error == "invalid_grant"


@pytest.mark.parametrize("mode", MODES)
async def test_lapsed_refresh_token_requires_reauthorization(
    sandbox: Sandbox, token: Token, advance_clock: Callable[[float], None], mode: Mode
) -> None:
    advance_clock(sandbox.refresh_ttl)
    with pytest.raises(ReauthorizationRequired):
        await send(make_auth(sandbox, token=token), sandbox.base_url + CREDENTIALS, mode)


@attrs.define
class _ReadOnlyStore:
    token: Token
    lock_: MemoryTokenStore = attrs.Factory(MemoryTokenStore)

    def load(self) -> Token | None:
        return self.token

    def save(self, token: Token) -> None:
        raise TokenStoreError("the store is read-only")

    def lock(self) -> AbstractContextManager[object]:
        return self.lock_.lock()


@pytest.mark.parametrize("mode", MODES)
async def test_store_that_cannot_save_fails_the_request(
    sandbox: Sandbox, token: Token, seen: list[str | None], mode: Mode
) -> None:
    auth = make_auth(sandbox, store=_ReadOnlyStore(expired(token)))
    with pytest.raises(TokenStoreError, match="read-only"):
        await send(auth, sandbox.base_url + CREDENTIALS, mode)
    assert seen == []  # the unsaved token was never used


def test_store_holds_the_new_token_before_any_request_carries_it(
    sandbox: Sandbox, token: Token
) -> None:
    store = MemoryTokenStore(expired(token))
    stored_when_seen: list[bool] = []
    serve = sandbox.routes[("GET", CREDENTIALS)]

    def check(request: SandboxRequest) -> SandboxResponse:
        stored = store.load()
        stored_when_seen.append(stored is not None and stored.access_token == request.bearer)
        return serve(request)

    sandbox.routes[("GET", CREDENTIALS)] = check
    with httpx.Client(auth=make_auth(sandbox, store=store), verify=_TLS) as client:
        assert client.get(sandbox.base_url + CREDENTIALS).status_code == 200
    assert stored_when_seen == [True]


def test_store_token_wins_over_the_initial_one(sandbox: Sandbox, token: Token) -> None:
    stale = attrs.evolve(token, access_token="from-an-old-run")
    auth = make_auth(sandbox, token=stale, store=MemoryTokenStore(token))
    with httpx.Client(auth=auth, verify=_TLS) as client:
        assert client.get(sandbox.base_url + CREDENTIALS).status_code == 200
    assert sandbox.token_requests == 1


@pytest.mark.parametrize("mode", MODES)
async def test_empty_store_without_initial_token_requires_authorization(
    sandbox: Sandbox, mode: Mode
) -> None:
    auth = make_auth(sandbox, store=MemoryTokenStore())
    with pytest.raises(ReauthorizationRequired, match="holds no token"):
        await send(auth, sandbox.base_url + CREDENTIALS, mode)


def test_token_or_store_is_required() -> None:
    with pytest.raises(ConfigurationError, match="token"):
        FactorialAuth(client_id=CLIENT_ID, client_secret=CLIENT_SECRET)


@pytest.mark.parametrize("mode", MODES)
async def test_api_key_goes_in_its_header(sandbox: Sandbox, mode: Mode) -> None:
    sandbox.routes[("GET", "/headers")] = lambda request: SandboxResponse.json(
        200, dict(request.headers)
    )
    response = await send(ApiKeyAuth("key-0123"), sandbox.base_url + "/headers", mode)
    headers = response.json()
    assert headers["x-api-key"] == "key-0123"
    assert "authorization" not in headers


async def test_cancelled_caller_does_not_abandon_a_refresh(sandbox: Sandbox, token: Token) -> None:
    entered, release = threading.Event(), threading.Event()
    serve = sandbox.routes[("POST", "/oauth/token")]

    def held(request: SandboxRequest) -> SandboxResponse:
        entered.set()
        release.wait(timeout=30)
        return serve(request)

    sandbox.routes[("POST", "/oauth/token")] = held
    store = MemoryTokenStore(expired(token))
    async with httpx.AsyncClient(auth=make_auth(sandbox, store=store), verify=_TLS) as client:
        first = asyncio.create_task(client.get(sandbox.base_url + CREDENTIALS))
        assert await asyncio.to_thread(entered.wait, 30)
        first.cancel()  # gives up while the server is rotating the token
        release.set()
        response = await client.get(sandbox.base_url + CREDENTIALS)
    assert first.cancelled()
    assert response.status_code == 200
    saved = store.load()
    assert saved is not None and response.request.headers["authorization"] == (
        f"Bearer {saved.access_token}"
    )
    assert sandbox.token_requests == 2
