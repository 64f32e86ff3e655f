"""RetryTransport against a real HTTP server on loopback, plus unit tests of its parts."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import datetime, timezone
from typing import Any, Literal

import attrs
import httpx
import pytest

from factorial_auth._retry import Retry, RetryTransport, _parse_http_date, _parse_retry_after
from tests._scripted import Reply, ScriptedServer

Mode = Literal["sync", "async"]
MODES: list[Mode] = ["sync", "async"]


@attrs.define
class FakeTime:
    """A clock that moves only when the transport sleeps, so nothing really waits."""

    now: float = 0.0
    sleeps: list[float] = attrs.Factory(list)
    on_sleep: Callable[[], None] | None = None

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        if self.on_sleep is not None:
            self.on_sleep()

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def transport(self, retry: Retry | None = None, *, lazy: bool = False) -> RetryTransport:
        # Without TLS verification the inner transports skip loading CA certificates, which
        # would cost a noticeable fraction of a second per test on plain-HTTP loopback.
        return RetryTransport(
            retry,
            transport=None if lazy else httpx.HTTPTransport(verify=False),
            async_transport=None if lazy else httpx.AsyncHTTPTransport(verify=False),
            sleep=self.sleep,
            async_sleep=self.async_sleep,
            clock=self.clock,
            random=lambda: 0.5,
        )


async def send(
    mode: Mode, transport: RetryTransport, method: str, url: str, **kwargs: Any
) -> httpx.Response:
    if mode == "sync":
        with httpx.Client(transport=transport) as client:
            return client.request(method, url, **kwargs)
    async with httpx.AsyncClient(transport=transport) as async_client:
        return await async_client.request(method, url, **kwargs)


# Integration: real HTTP over loopback.


@pytest.mark.parametrize("mode", MODES)
async def test_429_waits_for_retry_after_seconds(server: ScriptedServer, mode: Mode) -> None:
    server.script(Reply(429, {"Retry-After": "1"}), Reply(200, body=b"done"))
    time = FakeTime()

    response = await send(mode, time.transport(lazy=True), "GET", server.url + "/x")

    assert (response.status_code, response.content) == (200, b"done")
    assert len(server.received) == 2
    assert time.sleeps == [1.0]


@pytest.mark.parametrize("mode", MODES)
async def test_429_waits_for_retry_after_date(server: ScriptedServer, mode: Mode) -> None:
    server.script(
        Reply(
            429,
            {
                "Date": "Wed, 01 Jul 2026 10:00:00 GMT",
                "Retry-After": "Wed, 01 Jul 2026 10:00:03 GMT",
            },
        ),
        Reply(200),
    )
    time = FakeTime()

    response = await send(mode, time.transport(), "GET", server.url)

    assert response.status_code == 200
    assert len(server.received) == 2
    assert time.sleeps == [3.0]


@pytest.mark.parametrize("mode", MODES)
async def test_503_backs_off_exponentially(server: ScriptedServer, mode: Mode) -> None:
    server.script(Reply(503), Reply(503), Reply(200))
    time = FakeTime()

    response = await send(mode, time.transport(Retry(backoff_base=0.5)), "GET", server.url)

    assert response.status_code == 200
    assert len(server.received) == 3
    assert time.sleeps == [0.25, 0.5]  # Half (the fake random draw) of 0.5 * 2 ** n.


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"])
@pytest.mark.parametrize("status", [502, 503, 504])
async def test_idempotent_request_retried_on_gateway_errors(
    server: ScriptedServer, mode: Mode, method: str, status: int
) -> None:
    server.script(Reply(status), Reply(200))
    time = FakeTime()

    response = await send(mode, time.transport(), method, server.url)

    assert response.status_code == 200
    assert [r.method for r in server.received] == [method, method]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("method", ["POST", "PATCH"])
@pytest.mark.parametrize("status", [502, 503, 504])
async def test_post_not_retried_on_gateway_errors(
    server: ScriptedServer, mode: Mode, method: str, status: int
) -> None:
    server.script(Reply(status, body=b"bad gateway"), Reply(200))
    time = FakeTime()

    response = await send(mode, time.transport(), method, server.url, json={"a": 1})

    assert (response.status_code, response.content) == (status, b"bad gateway")
    assert len(server.received) == 1
    assert time.sleeps == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("method", ["POST", "PATCH"])
async def test_post_retried_on_429_with_same_body(
    server: ScriptedServer, mode: Mode, method: str
) -> None:
    server.script(Reply(429, {"Retry-After": "0"}), Reply(201))
    time = FakeTime()

    response = await send(mode, time.transport(), method, server.url, json={"name": "Ada"})

    assert response.status_code == 201
    assert [r.body for r in server.received] == [b'{"name":"Ada"}'] * 2
    assert time.sleeps == [0.0]


def _chunks() -> Iterator[bytes]:
    yield b"first,"
    yield b"second"


async def _achunks() -> AsyncIterator[bytes]:
    for chunk in _chunks():
        yield chunk


@pytest.mark.parametrize("mode", MODES)
async def test_streamed_body_sent_whole_on_every_attempt(
    server: ScriptedServer, mode: Mode
) -> None:
    server.script(Reply(429), Reply(201))
    content = _chunks() if mode == "sync" else _achunks()

    response = await send(mode, FakeTime().transport(), "POST", server.url, content=content)

    assert response.status_code == 201
    assert [r.body for r in server.received] == [b"first,second"] * 2


@pytest.mark.parametrize("mode", MODES)
async def test_discarded_response_frees_its_connection(server: ScriptedServer, mode: Mode) -> None:
    server.script(Reply(429, body=b"slow down " * 100), Reply(200))

    await send(mode, FakeTime().transport(), "GET", server.url)

    first, second = server.received
    assert first.client_port == second.client_port  # The kept-alive connection was reused.


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("method", ["GET", "POST"])
async def test_connection_refused_retried_for_any_method(
    refusing_server: ScriptedServer, mode: Mode, method: str
) -> None:
    refusing_server.script(Reply(201))
    time = FakeTime(on_sleep=refusing_server.listen)

    response = await send(mode, time.transport(), method, refusing_server.url, content=b"body")

    assert response.status_code == 201
    assert [(r.method, r.body) for r in refusing_server.received] == [(method, b"body")]
    assert len(time.sleeps) == 1


@pytest.mark.parametrize("mode", MODES)
async def test_connection_refused_gives_up_after_max_attempts(
    refusing_server: ScriptedServer, mode: Mode
) -> None:
    time = FakeTime()

    with pytest.raises(httpx.ConnectError):
        await send(mode, time.transport(Retry(max_attempts=3)), "POST", refusing_server.url)

    assert len(time.sleeps) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_dropped_connection_retried_for_get(server: ScriptedServer, mode: Mode) -> None:
    server.script(Reply(drop=True), Reply(200))

    response = await send(mode, FakeTime().transport(), "GET", server.url)

    assert response.status_code == 200
    assert len(server.received) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_dropped_connection_not_retried_for_post(server: ScriptedServer, mode: Mode) -> None:
    server.script(Reply(drop=True), Reply(200))
    time = FakeTime()

    with pytest.raises(httpx.RemoteProtocolError):
        await send(mode, time.transport(), "POST", server.url, json={})

    assert len(server.received) == 1
    assert time.sleeps == []


@pytest.mark.parametrize("mode", MODES)
async def test_attempts_are_bounded(server: ScriptedServer, mode: Mode) -> None:
    server.script(Reply(429, body=b"slow down"))
    time = FakeTime()

    response = await send(mode, time.transport(Retry(max_attempts=3)), "GET", server.url)

    assert (response.status_code, response.content) == (429, b"slow down")
    assert len(server.received) == 3
    assert len(time.sleeps) == 2


@pytest.mark.parametrize("mode", MODES)
async def test_total_time_is_bounded(server: ScriptedServer, mode: Mode) -> None:
    server.script(Reply(429, {"Retry-After": "1"}))
    time = FakeTime()
    retry = Retry(max_attempts=10, max_seconds=2.5)

    response = await send(mode, time.transport(retry), "GET", server.url)

    assert response.status_code == 429
    assert len(server.received) == 3  # A third wait of 1 s would end after 3 s.
    assert time.sleeps == [1.0, 1.0]


@pytest.mark.parametrize("mode", MODES)
async def test_retry_after_beyond_budget_returns_at_once(
    server: ScriptedServer, mode: Mode
) -> None:
    server.script(Reply(429, {"Retry-After": "61"}), Reply(200))
    time = FakeTime()

    response = await send(mode, time.transport(Retry(max_seconds=60)), "POST", server.url)

    assert response.status_code == 429
    assert response.headers["Retry-After"] == "61"
    assert len(server.received) == 1
    assert time.sleeps == []


@pytest.mark.parametrize("mode", MODES)
async def test_each_retry_logged_without_secrets(
    server: ScriptedServer, mode: Mode, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="factorial_auth")
    server.script(Reply(429, {"Retry-After": "1"}), Reply(503), Reply(200))
    url = server.url + "/api/things?access_token=s3cret#frag"

    await send(mode, FakeTime().transport(), "GET", url, headers={"Authorization": "Bearer s3cret"})

    records = [r for r in caplog.records if r.name.startswith("factorial_auth")]
    assert [(r.name, r.levelno) for r in records] == [("factorial_auth.retry", logging.INFO)] * 2
    assert [r.getMessage() for r in records] == [
        f"Retrying GET {server.url}/api/things in 1.00s after 429 on attempt 1 of 4",
        f"Retrying GET {server.url}/api/things in 0.50s after 503 on attempt 2 of 4",
    ]
    assert server.received[0].target == "/api/things?access_token=s3cret"


@pytest.mark.parametrize("mode", MODES)
async def test_connection_error_logged_by_class_name(
    refusing_server: ScriptedServer, mode: Mode, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="factorial_auth")
    time = FakeTime(on_sleep=refusing_server.listen)

    await send(mode, time.transport(), "GET", refusing_server.url + "/a?b=c")

    assert [r.getMessage() for r in caplog.records] == [
        f"Retrying GET {refusing_server.url}/a in 0.25s after ConnectError on attempt 1 of 4"
    ]


# Unit tests.


NOW = datetime(2026, 7, 1, 10, 0, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0.0),
        ("1", 1.0),
        (" 120 ", 120.0),
        ("1.5", 1.5),
        ("-3", 0.0),
        ("Wed, 01 Jul 2026 10:00:30 GMT", 30.0),  # IMF-fixdate
        ("Wednesday, 01-Jul-26 10:01:00 GMT", 60.0),  # obsolete RFC 850
        ("Wed Jul  1 10:00:05 2026", 5.0),  # obsolete asctime, no zone: UTC
        ("Wed, 01 Jul 2026 12:00:10 +0200", 10.0),
        ("Wed, 01 Jul 2026 09:00:00 GMT", 0.0),  # In the past.
        ("", None),
        ("soon", None),
        ("1e3", None),
        ("inf", None),
        ("nan", None),
        ("Wed, 99 Jul 2026 10:00:00 GMT", None),
        ("Wed, 01 Jul 99999999999999999999 10:00:00 GMT", None),
    ],
)
def test_parse_retry_after(value: str, expected: float | None) -> None:
    assert _parse_retry_after(value, NOW) == expected


def test_parse_http_date_without_zone_is_utc() -> None:
    assert _parse_http_date("Wed, 01 Jul 2026 10:00:00 -0000") == NOW
    assert _parse_http_date("not a date") is None


@pytest.mark.parametrize("attempt", [1, 2, 3, 5, 10, 64, 65, 1000, 10**9])
@pytest.mark.parametrize("fraction", [0.0, 0.25, 0.999999])
def test_backoff_stays_within_bounds(attempt: int, fraction: float) -> None:
    retry = Retry(backoff_base=0.5, backoff_cap=10.0)
    ceiling = min(10.0, 0.5 * 2.0 ** min(attempt - 1, 100))

    delay = retry.backoff(attempt, fraction)

    assert 0.0 <= delay <= ceiling
    assert delay == pytest.approx(fraction * ceiling)


def test_backoff_doubles_until_cap() -> None:
    retry = Retry(backoff_base=1.0, backoff_cap=5.0)
    assert [retry.backoff(n, 1.0) for n in range(1, 6)] == [1.0, 2.0, 4.0, 5.0, 5.0]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"max_attempts": 0}, ValueError, "max_attempts must be at least 1, got 0"),
        ({"max_attempts": "4"}, TypeError, "max_attempts must be an int, got '4'"),
        ({"max_attempts": True}, TypeError, "max_attempts must be an int, got True"),
        ({"max_seconds": -1}, ValueError, "max_seconds must not be negative, got -1"),
        ({"max_seconds": float("nan")}, ValueError, "max_seconds must not be negative, got nan"),
        ({"backoff_base": "1"}, TypeError, "backoff_base must be a number of seconds, got '1'"),
        (
            {"backoff_base": 2, "backoff_cap": 1},
            ValueError,
            "backoff_cap (1) must not be less than backoff_base (2)",
        ),
    ],
)
def test_retry_rejects_bad_settings(
    kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as caught:
        Retry(**kwargs)
    assert str(caught.value) == message


class _FailOnce(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Raises ``error`` on the first request, answers 200 after that; records closing."""

    def __init__(self, error: httpx.TransportError | None = None) -> None:
        self.error = error
        self.calls = 0
        self.closed = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.calls == 1 and self.error is not None:
            raise self.error
        return httpx.Response(200)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return self.handle_request(request)

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


@pytest.mark.parametrize(
    ("error", "method", "retried"),
    [
        (httpx.ConnectTimeout("t"), "POST", True),
        (httpx.PoolTimeout("t"), "PATCH", True),
        (httpx.ReadTimeout("t"), "POST", False),
        (httpx.WriteError("t"), "POST", False),
        (httpx.ReadTimeout("t"), "GET", True),
        (httpx.WriteTimeout("t"), "PUT", True),
        (httpx.ReadError("t"), "DELETE", True),
        (httpx.UnsupportedProtocol("t"), "GET", False),
        (httpx.LocalProtocolError("t"), "GET", False),
    ],
)
async def test_which_errors_are_retried(
    error: httpx.TransportError, method: str, retried: bool
) -> None:
    for mode in MODES:
        inner, time = _FailOnce(error), FakeTime()
        transport = RetryTransport(
            transport=inner, async_transport=inner, sleep=time.sleep, async_sleep=time.async_sleep
        )
        request = httpx.Request(method, "https://example.invalid/")
        if not retried:
            with pytest.raises(type(error)):
                await _handle(mode, transport, request)
        else:
            assert (await _handle(mode, transport, request)).status_code == 200
        assert inner.calls == (2 if retried else 1)


async def _handle(mode: Mode, transport: RetryTransport, request: httpx.Request) -> httpx.Response:
    if mode == "sync":
        return transport.handle_request(request)
    return await transport.handle_async_request(request)


async def test_closing_each_client_closes_only_its_own_inner_transport() -> None:
    inner, async_inner = _FailOnce(), _FailOnce()
    transport = RetryTransport(transport=inner, async_transport=async_inner)

    with httpx.Client(transport=transport):
        pass
    assert (inner.closed, async_inner.closed) == (True, False)

    async with httpx.AsyncClient(transport=transport):
        pass
    assert async_inner.closed


def test_repr_shows_settings() -> None:
    retry = Retry(max_attempts=2)
    assert repr(RetryTransport(retry)) == f"RetryTransport({retry!r})"
    assert "max_attempts=2" in repr(retry)
