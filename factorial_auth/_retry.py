"""Retries of transient failures, as an httpx transport.

The transport sits below httpx's auth flow, so a retried request carries whatever credentials the
auth hook put on it, and a 401 refresh never counts as a retry. One object serves both the sync and
the async client, because the generated client builds both from the same ``httpx_args``.
"""

from __future__ import annotations

import asyncio
import logging
import random as _random
import re
import threading
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import attrs
import httpx

__all__ = ["Retry", "RetryTransport"]

logger = logging.getLogger("factorial_auth.retry")

# RFC 9110 section 9.2.2: repeating these has the same effect as sending them once.
_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"})

# A 429 means the request was refused before any work, whatever its method. A 502, 503 or 504 may
# come from a gateway after the application already acted, so only an idempotent request may be
# sent again.
_REFUSED_STATUSES = frozenset({429})
_TRANSIENT_STATUSES = frozenset({502, 503, 504})

# These fail before a single byte of the request reaches the server.
_UNSENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# These may fail after the server received the request.
_TRANSIENT_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)

_DELTA_SECONDS = re.compile(r"-?\d+(?:\.\d+)?")


def _whole_attempts(instance: Retry, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{attribute.name} must be an int, got {value!r}")
    if value < 1:
        raise ValueError(f"{attribute.name} must be at least 1, got {value!r}")


def _seconds(instance: Retry, attribute: attrs.Attribute[float], value: float) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{attribute.name} must be a number of seconds, got {value!r}")
    if not value >= 0:  # Also rejects NaN.
        raise ValueError(f"{attribute.name} must not be negative, got {value!r}")


def _cap(instance: Retry, attribute: attrs.Attribute[float], value: float) -> None:
    _seconds(instance, attribute, value)
    if value < instance.backoff_base:
        base = instance.backoff_base
        raise ValueError(f"backoff_cap ({value!r}) must not be less than backoff_base ({base!r})")


@attrs.frozen
class Retry:
    """How hard to try: bounded both in attempts and in total seconds.

    Without a ``Retry-After`` header the wait before attempt ``n + 1`` is drawn uniformly from
    ``[0, min(backoff_cap, backoff_base * 2 ** (n - 1))]`` ("full jitter"), so that clients
    throttled together do not come back together.
    """

    max_attempts: int = attrs.field(default=4, validator=_whole_attempts)
    max_seconds: float = attrs.field(default=60.0, validator=_seconds)
    backoff_base: float = attrs.field(default=0.5, validator=_seconds)
    backoff_cap: float = attrs.field(default=10.0, validator=_cap)

    def backoff(self, attempt: int, fraction: float) -> float:
        """Seconds to wait after failed attempt number ``attempt``, for ``fraction`` in [0, 1)."""
        # The exponent is clamped so that a large attempt number cannot overflow a float.
        return fraction * min(self.backoff_cap, self.backoff_base * 2.0 ** min(attempt - 1, 64))


def _parse_http_date(value: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value)
    except (ValueError, OverflowError):  # Malformed, or numbers too large for a date.
        return None
    # asctime dates and "-0000" carry no zone; HTTP dates are always UTC.
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _parse_retry_after(value: str, now: datetime) -> float | None:
    """Seconds to wait from ``now``, or None when ``value`` is no delay and no HTTP date."""
    value = value.strip()
    if _DELTA_SECONDS.fullmatch(value):
        return max(0.0, float(value))
    when = _parse_http_date(value)
    if when is None:
        return None
    return max(0.0, (when - now).total_seconds())


def _server_delay(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    # A date is measured against the server's own Date header when it sent one, so that a skewed
    # local clock does not stretch or cut the wait.
    now = _parse_http_date(response.headers.get("Date", "")) or datetime.now(timezone.utc)
    return _parse_retry_after(value, now)


def _may_retry(method: str, outcome: httpx.Response | httpx.TransportError) -> bool:
    idempotent = method in _IDEMPOTENT_METHODS
    if isinstance(outcome, httpx.Response):
        return outcome.status_code in _REFUSED_STATUSES or (
            idempotent and outcome.status_code in _TRANSIENT_STATUSES
        )
    return isinstance(outcome, _UNSENT_ERRORS) or (
        idempotent and isinstance(outcome, _TRANSIENT_ERRORS)
    )


def _safe_url(url: httpx.URL) -> str:
    # netloc holds no userinfo; the query string and fragment may hold secrets and are left out.
    return f"{url.scheme}://{url.netloc.decode('ascii')}{url.path}"


class RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends a request again after a rate limit, an unavailable server or a dropped connection.

    A POST or PATCH is sent again only when the server provably did not act on it: after a 429,
    or when no connection could be made. Wraps ``transport`` / ``async_transport``, which default
    to plain ``httpx.HTTPTransport`` / ``httpx.AsyncHTTPTransport`` created on first use; pass
    your own to set TLS, proxy or pool options. ``sleep``, ``async_sleep``, ``clock`` and
    ``random`` exist so that tests neither wait nor guess.
    """

    def __init__(
        self,
        retry: Retry | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        clock: Callable[[], float] = time.monotonic,
        random: Callable[[], float] = _random.random,
    ) -> None:
        self.retry = retry if retry is not None else Retry()
        self._transport = transport
        self._async_transport = async_transport
        self._sleep = sleep
        self._async_sleep = async_sleep
        self._clock = clock
        self._random = random
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RetryTransport({self.retry!r})"

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # A streamed body could not be sent twice.
        transport = self._sync_inner()
        start = self._clock()
        attempt = 0
        while True:
            attempt += 1
            try:
                response = transport.handle_request(request)
            except httpx.TransportError as exc:
                delay = self._delay(request, exc, attempt, start)
                if delay is None:
                    raise
            else:
                delay = self._delay(request, response, attempt, start)
                if delay is None:
                    return response
                _discard(response)
            self._sleep(delay)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()  # A streamed body could not be sent twice.
        transport = self._async_inner()
        start = self._clock()
        attempt = 0
        while True:
            attempt += 1
            try:
                response = await transport.handle_async_request(request)
            except httpx.TransportError as exc:
                delay = self._delay(request, exc, attempt, start)
                if delay is None:
                    raise
            else:
                delay = self._delay(request, response, attempt, start)
                if delay is None:
                    return response
                await _adiscard(response)
            await self._async_sleep(delay)

    def close(self) -> None:
        if self._transport is not None:
            self._transport.close()

    async def aclose(self) -> None:
        if self._async_transport is not None:
            await self._async_transport.aclose()

    def _sync_inner(self) -> httpx.BaseTransport:
        # httpx.Client may be shared between threads; only one inner transport must be built.
        with self._lock:
            if self._transport is None:
                self._transport = httpx.HTTPTransport()
            return self._transport

    def _async_inner(self) -> httpx.AsyncBaseTransport:
        if self._async_transport is None:
            self._async_transport = httpx.AsyncHTTPTransport()
        return self._async_transport

    def _delay(
        self,
        request: httpx.Request,
        outcome: httpx.Response | httpx.TransportError,
        attempt: int,
        start: float,
    ) -> float | None:
        """Seconds to wait before the next attempt, or None to hand ``outcome`` to the caller."""
        if attempt >= self.retry.max_attempts or not _may_retry(request.method, outcome):
            return None
        delay = _server_delay(outcome) if isinstance(outcome, httpx.Response) else None
        if delay is None:
            delay = self.retry.backoff(attempt, self._random())
        if self._clock() - start + delay > self.retry.max_seconds:
            return None
        reason = (
            str(outcome.status_code)
            if isinstance(outcome, httpx.Response)
            else type(outcome).__name__
        )
        logger.info(
            "Retrying %s %s in %.2fs after %s on attempt %d of %d",
            request.method,
            _safe_url(request.url),
            delay,
            reason,
            attempt,
            self.retry.max_attempts,
        )
        return delay


def _discard(response: httpx.Response) -> None:
    # Reading to the end lets the connection go back to the pool instead of being dropped.
    try:
        response.read()
    except httpx.TransportError:
        pass  # The body was unwanted anyway; close() below drops the broken connection.
    finally:
        response.close()


async def _adiscard(response: httpx.Response) -> None:
    try:
        await response.aread()
    except httpx.TransportError:
        pass
    finally:
        await response.aclose()
