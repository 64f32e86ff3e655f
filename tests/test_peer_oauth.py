"""factorial_auth against a third-party OAuth2 server: oauth2-mock-server, over loopback HTTP.

The server lays out its endpoints as ``/authorize`` and ``/token`` (not Factorial's
``/oauth/...``) and omits ``created_at``, as other OAuth2 servers may. ``oauth_server.mjs``
makes it carry the scope granted at ``/authorize`` into the tokens, accept each code and
refresh token once, and answer ``/userinfo`` only to access tokens it issued.
"""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs
import httpx
import pytest

from factorial_auth import (
    SCOPES,
    Factorial,
    FactorialAuth,
    FileTokenStore,
    ReauthorizationRequired,
    Token,
    make_client,
)
from tests.peers._servers import PeerServer, run_oauth_server

CLIENT_ID = "peer-client"
CLIENT_SECRET = "peer-secret"
REDIRECT_URI = (
    "https://app.example.com/oauth/callback"  # never fetched: the test reads the redirect
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PeerServer]:
    log = tmp_path_factory.mktemp("oauth") / "oauth2-mock-server.log"
    with run_oauth_server(CLIENT_ID, CLIENT_SECRET, log) as running:
        yield running


@pytest.fixture
def factorial(server: PeerServer) -> Factorial:
    return Factorial(
        access_token="none yet",
        base_url=server.url,
        authorize_url=f"{server.url}/authorize",
        token_url=f"{server.url}/token",
    )


def _authorize(factorial: Factorial, scope: str = "read+write", state: str = "s-1") -> str:
    """Follow the authorization link as a browser would, and return the code it redirects with."""
    link = factorial.authorization_url(CLIENT_ID, REDIRECT_URI, scope=scope, state=state)
    with httpx.Client() as http:
        redirect = http.get(link)
    assert redirect.status_code == 302, redirect.text
    location = urlsplit(redirect.headers["location"])
    assert location._replace(query="").geturl() == REDIRECT_URI
    query = parse_qs(location.query)
    assert query["state"] == [state]
    (code,) = query["code"]
    return code


def _issue(factorial: Factorial, scope: str = "read+write") -> Token:
    code = _authorize(factorial, scope)
    return factorial.obtain_access_token(CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, code)


def _claims(jwt: str) -> dict[str, Any]:
    payload = jwt.split(".")[1]
    claims: dict[str, Any] = json.loads(
        base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    )
    return claims


def _expired(token: Token) -> Token:
    return attrs.evolve(token, created_at=token.created_at - token.expires_in - 1)


def _auth(server: PeerServer, store: FileTokenStore) -> FactorialAuth:
    return FactorialAuth(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        store=store,
        base_url=server.url,
        token_url=f"{server.url}/token",
    )


@pytest.mark.parametrize(("scope", "granted"), SCOPES.items())
def test_code_exchange_parses_the_token(factorial: Factorial, scope: str, granted: str) -> None:
    before = int(time.time())
    token = _issue(factorial, scope)
    after = int(time.time())

    assert token.token_type == "Bearer"
    assert token.expires_in == 3600
    assert token.refresh_token
    assert before <= token.created_at <= after  # the server sent none: the arrival time
    assert not token.is_expired()
    # The server decoded the scope of the authorization link to `granted`, and says so twice.
    assert token.scope == granted
    assert _claims(token.access_token)["scope"] == granted
    assert factorial.access_token == token.access_token


def test_client_calls_with_the_obtained_token(factorial: Factorial) -> None:
    token = _issue(factorial)

    with factorial.client as client:
        response = client.get_httpx_client().get("/userinfo")

    assert response.status_code == 200, response.text
    assert response.json() == {"sub": "johndoe", "scope": "read write"}
    assert response.request.headers["Authorization"] == f"Bearer {token.access_token}"


def test_refresh_rotates_the_refresh_token(factorial: Factorial) -> None:
    first = _issue(factorial)

    second = factorial.refresh_access_token(CLIENT_ID, CLIENT_SECRET, first.refresh_token)

    assert second.refresh_token != first.refresh_token
    assert second.scope == "read write"
    assert factorial.access_token == second.access_token
    with pytest.raises(ReauthorizationRequired, match="invalid_grant"):
        factorial.refresh_access_token(CLIENT_ID, CLIENT_SECRET, first.refresh_token)


def test_hook_refreshes_an_expired_token_and_saves_the_new_one(
    server: PeerServer, factorial: Factorial, tmp_path: Path
) -> None:
    issued = _issue(factorial)
    store = FileTokenStore(tmp_path / "token.json")
    store.save(_expired(issued))

    with make_client(_auth(server, store), base_url=server.url) as client:
        response = client.get_httpx_client().get("/userinfo")

    assert response.status_code == 200, response.text
    assert response.json()["scope"] == "read write"
    saved = store.load()
    assert saved is not None
    assert not saved.is_expired()
    assert saved.refresh_token != issued.refresh_token
    assert response.request.headers["Authorization"] == f"Bearer {saved.access_token}"
    with pytest.raises(ReauthorizationRequired):  # the server spent the old refresh token
        factorial.refresh_access_token(CLIENT_ID, CLIENT_SECRET, issued.refresh_token)


async def test_async_hook_refreshes_an_expired_token(
    server: PeerServer, factorial: Factorial, tmp_path: Path
) -> None:
    issued = _issue(factorial)
    store = FileTokenStore(tmp_path / "token.json")
    store.save(_expired(issued))

    async with make_client(_auth(server, store), base_url=server.url) as client:
        response = await client.get_async_httpx_client().get("/userinfo")

    assert response.status_code == 200, response.text
    saved = store.load()
    assert saved is not None
    assert saved.refresh_token != issued.refresh_token
    assert response.request.headers["Authorization"] == f"Bearer {saved.access_token}"


def test_hook_renews_a_token_the_server_refuses(
    server: PeerServer, factorial: Factorial, tmp_path: Path
) -> None:
    issued = _issue(factorial)
    store = FileTokenStore(tmp_path / "token.json")
    store.save(attrs.evolve(issued, access_token="revoked"))  # fresh by the clock, yet refused

    with make_client(_auth(server, store), base_url=server.url) as client:
        response = client.get_httpx_client().get("/userinfo")

    assert response.status_code == 200, response.text
    saved = store.load()
    assert saved is not None
    assert saved.refresh_token != issued.refresh_token
    assert response.request.headers["Authorization"] == f"Bearer {saved.access_token}"


def test_hook_asks_for_authorization_when_the_refresh_token_is_spent(
    server: PeerServer, factorial: Factorial, tmp_path: Path
) -> None:
    issued = _issue(factorial)
    factorial.refresh_access_token(CLIENT_ID, CLIENT_SECRET, issued.refresh_token)
    store = FileTokenStore(tmp_path / "token.json")
    store.save(_expired(issued))

    with (
        make_client(_auth(server, store), base_url=server.url) as client,
        pytest.raises(ReauthorizationRequired, match="authorization again"),
    ):
        client.get_httpx_client().get("/userinfo")
    assert store.load() == _expired(issued)  # nothing saved over the only copy
