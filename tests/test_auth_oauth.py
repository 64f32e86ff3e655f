"""The authorization link, base URL resolution, transport safety and token endpoint failures."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from factorial_auth import (
    DEFAULT_BASE_URL,
    ConfigurationError,
    Factorial,
    FactorialAuth,
    InsecureTransportError,
    ReauthorizationRequired,
    Sandbox,
    Token,
    TokenRequestError,
)
from factorial_auth._oauth import TokenEndpoint, authorization_url, resolve_base_url
from factorial_auth._sandbox import SandboxRequest, SandboxResponse

SECRET = "client-secret-do-not-print"
REDIRECT = "https://app.example.com/cb"


def test_read_write_scope_is_an_encoded_space_not_an_encoded_plus() -> None:
    link = authorization_url("https://x.test/oauth/authorize", client_id="c", redirect_uri=REDIRECT)
    query = urlsplit(link).query
    assert "scope=read%20write" in query
    assert "%2B" not in query
    assert parse_qs(query)["scope"] == ["read write"]


def test_link_carries_every_parameter() -> None:
    link = authorization_url(
        "https://x.test/oauth/authorize",
        client_id="my client",
        redirect_uri=REDIRECT,
        scope="read",
        state="s&t",
    )
    assert link.startswith("https://x.test/oauth/authorize?")
    assert parse_qs(urlsplit(link).query) == {
        "client_id": ["my client"],
        "redirect_uri": [REDIRECT],
        "response_type": ["code"],
        "scope": ["read"],
        "state": ["s&t"],
    }


def test_unknown_scope_is_a_value_error_listing_valid_scopes() -> None:
    with pytest.raises(ValueError, match=r"'read write'.*read, write, read\+write"):
        authorization_url(
            "https://x.test/a", client_id="c", redirect_uri=REDIRECT, scope="read write"
        )


def test_base_url_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTORIAL_BASE_URL", raising=False)
    assert resolve_base_url() == DEFAULT_BASE_URL == "https://api.factorialhr.com"
    monkeypatch.setenv("FACTORIAL_BASE_URL", "https://api.eu2.demo.factorial.dev/")
    assert resolve_base_url() == "https://api.eu2.demo.factorial.dev"
    assert resolve_base_url("https://other.test") == "https://other.test"
    assert Factorial("abc").base_url == "https://api.eu2.demo.factorial.dev"


@pytest.mark.parametrize("url", ["ftp://x.test", "api.factorialhr.com", "https://"])
def test_unusable_base_url_is_refused(url: str) -> None:
    with pytest.raises(ConfigurationError, match="URL"):
        resolve_base_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://api.factorialhr.com/oauth/token",
        "http://127.0.0.1:9/oauth/token",
        "http://127.8.9.10/oauth/token",
        "http://[::1]:8080/oauth/token",
        "http://localhost/oauth/token",
        "http://LOCALHOST:1/oauth/token",
    ],
)
def test_secrets_may_go_over_https_or_to_loopback(url: str) -> None:
    TokenEndpoint(url, "c", SECRET)


@pytest.mark.parametrize(
    "url",
    [
        "http://api.factorialhr.com/oauth/token",
        "http://10.0.0.1/oauth/token",
        "http://localhost.evil.test/oauth/token",
        "http://[::2]/oauth/token",
    ],
)
def test_plain_http_to_another_host_is_refused(url: str) -> None:
    with pytest.raises(InsecureTransportError, match="https://") as caught:
        TokenEndpoint(url, "c", SECRET)
    assert SECRET not in str(caught.value)
    with pytest.raises(InsecureTransportError):
        FactorialAuth(client_id="c", client_secret=SECRET, token=_token(), token_url=url)
    with pytest.raises(InsecureTransportError):
        Factorial("abc", token_url=url).refresh_access_token("c", SECRET, "refresh")


def _token() -> Token:
    return Token(access_token="a", token_type="Bearer", expires_in=60, refresh_token="r")


def test_rejected_client_carries_status_and_oauth_error() -> None:
    with Sandbox(client_id="c", client_secret="right") as sandbox:
        endpoint = TokenEndpoint(f"{sandbox.base_url}/oauth/token", "c", "wrong")
        with pytest.raises(TokenRequestError) as caught:
            endpoint.refresh("anything")
    error = caught.value
    assert (error.status_code, error.error) == (401, "invalid_client")
    assert error.error_description == "client authentication failed"
    assert not isinstance(error, ReauthorizationRequired)
    assert "401" in str(error) and "invalid_client" in str(error)


async def test_rejected_refresh_token_asks_for_authorization_again(sandbox: Sandbox) -> None:
    endpoint = TokenEndpoint(f"{sandbox.base_url}/oauth/token", "c", SECRET)
    with pytest.raises(ReauthorizationRequired, match="authorization again") as caught:
        endpoint.refresh("never-issued")
    assert (caught.value.status_code, caught.value.error) == (400, "invalid_grant")
    with pytest.raises(ReauthorizationRequired):
        await endpoint.arefresh("never-issued")


def test_rejected_code_is_not_reauthorization(sandbox: Sandbox) -> None:
    endpoint = TokenEndpoint(f"{sandbox.base_url}/oauth/token", "c", SECRET)
    with pytest.raises(TokenRequestError) as caught:
        endpoint.exchange_code("never-issued", REDIRECT)
    assert caught.value.error == "invalid_grant"
    assert not isinstance(caught.value, ReauthorizationRequired)


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (SandboxResponse(200, b"<html>oops</html>"), "not JSON"),
        (SandboxResponse.json(200, {"access_token": "a"}), "malformed token.*token_type"),
        (SandboxResponse.json(200, ["a"]), "malformed token"),
        (SandboxResponse(502, b"Bad Gateway"), "502 .no OAuth2 error given"),
    ],
)
async def test_garbage_from_the_token_endpoint_is_a_clear_error(
    sandbox: Sandbox, reply: SandboxResponse, message: str
) -> None:
    sandbox.routes[("POST", "/oauth/token")] = lambda request: reply
    endpoint = TokenEndpoint(f"{sandbox.base_url}/oauth/token", "c", SECRET)
    with pytest.raises(TokenRequestError, match=message) as caught:
        endpoint.refresh("r")
    assert caught.value.status_code == reply.status
    with pytest.raises(TokenRequestError, match=message):
        await endpoint.arefresh("r")


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_connection_failure_wraps_its_cause() -> None:
    endpoint = TokenEndpoint(f"http://127.0.0.1:{_closed_port()}/oauth/token", "c", SECRET)
    with pytest.raises(TokenRequestError, match="ConnectError") as caught:
        endpoint.refresh("r")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert caught.value.status_code is None
    with pytest.raises(TokenRequestError) as caught:
        await endpoint.arefresh("r")
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


@pytest.fixture
def stalled_token_endpoint(sandbox: Sandbox) -> Iterator[str]:
    """A token endpoint that answers only once the test is over."""
    over = threading.Event()

    def stall(request: SandboxRequest) -> SandboxResponse:
        over.wait(timeout=30)
        return SandboxResponse(500)

    sandbox.routes[("POST", "/oauth/token")] = stall
    yield f"{sandbox.base_url}/oauth/token"
    over.set()


async def test_timeout_wraps_its_cause(
    stalled_token_endpoint: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("factorial_auth._oauth._TIMEOUT", httpx.Timeout(0.2))
    endpoint = TokenEndpoint(stalled_token_endpoint, "c", SECRET)
    with pytest.raises(TokenRequestError, match="ReadTimeout") as caught:
        endpoint.refresh("r")
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    with pytest.raises(TokenRequestError) as caught:
        await endpoint.arefresh("r")
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
