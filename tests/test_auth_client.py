"""make_client: the generated factorial_api client, calling the sandbox through the auth hook."""

from __future__ import annotations

from collections.abc import Callable

import attrs
import httpx
import pytest
from factorial_api.api.api_public import list_credentials
from factorial_api.client import Client
from factorial_api.errors import UnexpectedStatus

from factorial_auth import (
    DEFAULT_BASE_URL,
    ApiKeyAuth,
    FactorialAuth,
    MemoryTokenStore,
    Sandbox,
    Token,
    make_client,
)

CLIENT_ID = "client-test"
CLIENT_SECRET = "client-test-secret-0123"


@pytest.fixture
def expired_store(issue_token: Callable[[str, str], Token]) -> MemoryTokenStore:
    token = issue_token(CLIENT_ID, CLIENT_SECRET)
    return MemoryTokenStore(attrs.evolve(token, created_at=token.created_at - 7200))


def _auth(sandbox: Sandbox, store: MemoryTokenStore) -> FactorialAuth:
    return FactorialAuth(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, store=store, base_url=sandbox.base_url
    )


def _company_ids(page: object) -> list[str]:
    data = getattr(page, "data", None)
    assert isinstance(data, list)
    return [credential.company_id for credential in data]


def test_sync_call_refreshes_through_the_hook(
    sandbox: Sandbox, expired_store: MemoryTokenStore
) -> None:
    client = make_client(_auth(sandbox, expired_store))
    assert isinstance(client, Client)
    assert _company_ids(list_credentials.sync(client=client)) == ["1"]
    assert _company_ids(list_credentials.sync(client=client)) == ["1"]
    assert sandbox.token_requests == 2  # the authorization, then one refresh


async def test_async_call_refreshes_through_the_hook(
    sandbox: Sandbox, expired_store: MemoryTokenStore
) -> None:
    client = make_client(_auth(sandbox, expired_store))
    assert _company_ids(await list_credentials.asyncio(client=client)) == ["1"]
    assert sandbox.token_requests == 2


def test_options_reach_the_generated_client(sandbox: Sandbox) -> None:
    auth = ApiKeyAuth("k")
    client = make_client(
        auth,
        base_url=sandbox.base_url,
        raise_on_unexpected_status=True,
        headers={"x-extra": "1"},
        timeout=httpx.Timeout(7.0),
        httpx_args={"max_redirects": 3},
    )
    http = client.get_httpx_client()
    assert http.auth is auth
    assert http.headers["x-extra"] == "1"
    assert http.timeout == httpx.Timeout(7.0)
    assert http.max_redirects == 3
    with pytest.raises(UnexpectedStatus) as caught:  # the sandbox knows no API keys: 401
        list_credentials.sync(client=client)
    assert caught.value.status_code == 401


def test_base_url_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTORIAL_BASE_URL", raising=False)
    key = ApiKeyAuth("k")
    assert make_client(key).get_httpx_client().base_url == DEFAULT_BASE_URL
    monkeypatch.setenv("FACTORIAL_BASE_URL", "https://env.test")
    assert make_client(key).get_httpx_client().base_url == "https://env.test"
    oauth = FactorialAuth(
        client_id="c", client_secret="s", token=_any_token(), base_url="https://a.test"
    )
    assert make_client(oauth).get_httpx_client().base_url == "https://a.test"
    explicit = make_client(oauth, base_url="https://explicit.test")
    assert explicit.get_httpx_client().base_url == "https://explicit.test"


def _any_token() -> Token:
    return Token(access_token="a", token_type="Bearer", expires_in=60, refresh_token="r")
