"""Shared fixtures: a running Sandbox with a clock tests can move, and tokens issued by it."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from factorial_auth import Factorial, Sandbox, Token
from tests._scripted import ScriptedServer

REDIRECT_URI = "https://app.example.com/oauth/callback"  # never fetched: tests read the redirect


class _Clock:
    """Stands still until a test moves it, so expiry needs no sleeping."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> _Clock:
    return _Clock()


@pytest.fixture
def advance_clock(clock: _Clock) -> Callable[[float], None]:
    """Move the sandbox's time forward by some seconds."""
    return clock.advance


@pytest.fixture
def sandbox(clock: _Clock) -> Iterator[Sandbox]:
    with Sandbox(clock=clock) as server:
        yield server


@pytest.fixture(scope="session")
def http() -> Iterator[httpx.Client]:
    """A plain client for the whole run: building one loads CA certificates, a tenth of a second."""
    with httpx.Client() as client:
        yield client


@pytest.fixture
def issue_token(sandbox: Sandbox, http: httpx.Client) -> Callable[[str, str], Token]:
    """Run the authorization code flow against the sandbox over HTTP, for a client id and secret."""

    def issue(client_id: str, client_secret: str) -> Token:
        factorial = Factorial(access_token="unused", base_url=sandbox.base_url)
        link = factorial.authorization_url(client_id, REDIRECT_URI)
        redirect = http.get(link)
        assert redirect.status_code == 302, redirect.text
        code = parse_qs(urlsplit(redirect.headers["location"]).query)["code"][0]
        return factorial.obtain_access_token(client_id, client_secret, REDIRECT_URI, code)

    return issue


@pytest.fixture
def refusing_server() -> Iterator[ScriptedServer]:
    server = ScriptedServer()
    yield server
    server.stop()


@pytest.fixture
def server(refusing_server: ScriptedServer) -> ScriptedServer:
    refusing_server.listen()
    return refusing_server
