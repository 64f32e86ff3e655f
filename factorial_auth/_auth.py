"""httpx auth hooks: OAuth2 that renews itself, and company API keys."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import weakref
from collections.abc import AsyncGenerator, Generator, Iterator
from contextlib import AbstractContextManager

import httpx

from ._errors import ConfigurationError, ReauthorizationRequired
from ._oauth import TokenEndpoint, resolve_base_url
from ._stores import MemoryTokenStore, TokenStore
from ._token import Token

__all__ = ["ApiKeyAuth", "FactorialAuth"]

logger = logging.getLogger("factorial_auth")


class FactorialAuth(httpx.Auth):
    """Bearer auth that refreshes the OAuth2 token before it expires and once after a 401.

    "Before it expires" means within ``leeway`` seconds of expiry, or past half its lifetime
    for tokens that live less than twice the leeway.

    One instance may serve any number of threads, event loops and clients: however many
    requests find the token stale at once, a single token request renews it. Processes that
    share a store through ``FileTokenStore`` share its refreshes the same way.

    ``token`` is used while the store holds none. Each new token is saved to the store
    before any request carries it, so a rotated refresh token cannot be lost.
    """

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: str,
        token: Token | None = None,
        store: TokenStore | None = None,
        base_url: str | None = None,
        token_url: str | None = None,
        leeway: float = 300.0,
    ) -> None:
        if token is None and store is None:
            raise ConfigurationError("FactorialAuth needs a token, or a store that holds one")
        self.base_url = resolve_base_url(base_url)
        self.leeway = leeway
        self._endpoint = TokenEndpoint(
            token_url or f"{self.base_url}/oauth/token", client_id, client_secret
        )
        self._store: TokenStore = MemoryTokenStore(token) if store is None else store
        self._initial = token
        self._token: Token | None = None  # what requests use; None until first loaded
        self._lock = threading.Lock()
        self._loop_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
            weakref.WeakKeyDictionary()
        )

    def __repr__(self) -> str:
        return (
            f"FactorialAuth(client_id={self._endpoint.client_id!r}, "
            f"token_url={self._endpoint.url!r}, store={self._store!r})"
        )

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()  # a request retried after a 401 must carry its body again
        token = self._token
        if token is None or not self._usable(token, sent=None):
            token = self._renew(sent=None)
        response = yield _bearer(request, token)
        if response.status_code == 401:
            logger.debug("401 from %s; renewing the token and retrying once", request.url)
            yield _bearer(request, self._renew(sent=token))

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        await request.aread()
        token = self._token
        if token is None or not self._usable(token, sent=None):
            token = await self._arenew(sent=None)
        response = yield _bearer(request, token)
        if response.status_code == 401:
            logger.debug("401 from %s; renewing the token and retrying once", request.url)
            yield _bearer(request, await self._arenew(sent=token))

    def _usable(self, token: Token, sent: Token | None) -> bool:
        """Fresh, and not the token a 401 was just answered to."""
        if sent is not None and token.access_token == sent.access_token:
            return False
        # A token shorter-lived than twice the leeway would otherwise be refreshed at every use.
        return not token.is_expired(min(self.leeway, token.expires_in / 2))

    def _renew(self, sent: Token | None) -> Token:
        with self._exclusive():
            token, stale = self._newest(sent)
            if stale:
                token = self._endpoint.refresh(token.refresh_token)
                self._adopt(token)
            return token

    async def _arenew(self, sent: Token | None) -> Token:
        loop_lock = self._loop_locks.setdefault(asyncio.get_running_loop(), asyncio.Lock())
        if loop_lock.locked():
            logger.debug("waiting for a token renewal in progress")
        async with loop_lock:
            # Another task of this loop may have renewed while this one waited.
            token = self._token
            if token is not None and self._usable(token, sent):
                return token
            # Shielded: a caller that gives up (a timeout, say) must not abandon a refresh the
            # server may already have made, or the rotated refresh token would be lost.
            return await asyncio.shield(self._arenew_exclusive(sent))

    async def _arenew_exclusive(self, sent: Token | None) -> Token:
        exclusive = self._exclusive()
        await _enter_in_thread(exclusive)
        try:
            token, stale = self._newest(sent)
            if stale:
                token = await self._endpoint.arefresh(token.refresh_token)
                self._adopt(token)
            return token
        finally:
            exclusive.__exit__(None, None, None)

    @contextlib.contextmanager
    def _exclusive(self) -> Iterator[None]:
        """Keep out every other renewal: of this process's threads, then through the store."""
        if not self._lock.acquire(blocking=False):
            logger.debug("waiting for a token renewal in progress")
            self._lock.acquire()
        try:
            with self._store.lock():
                yield
        finally:
            self._lock.release()

    def _newest(self, sent: Token | None) -> tuple[Token, bool]:
        """Under the lock: the newest token anyone saved, and whether it must be refreshed."""
        token = self._store.load() or self._initial
        if token is None:
            raise ReauthorizationRequired(
                f"{self._store!r} holds no token; run the authorization to get one"
            )
        stale = not self._usable(token, sent)
        if not stale:
            logger.debug("using the stored token, valid until %s", token.expires_at)
            self._token = token
        return token, stale

    def _adopt(self, token: Token) -> None:
        self._store.save(token)  # first: a token never saved must never be used
        self._token = token
        logger.debug("refreshed the access token, valid until %s", token.expires_at)


class ApiKeyAuth(httpx.Auth):
    """A company API key, sent in the ``x-api-key`` header; such keys never expire."""

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key

    def __repr__(self) -> str:
        return "ApiKeyAuth(api_key=<hidden>)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["x-api-key"] = self._api_key
        yield request


class BearerAuth(httpx.Auth):
    """A fixed access token, for the seed's ``Factorial`` class, which refreshes by hand."""

    def __init__(self, access_token: str) -> None:
        self.access_token = access_token

    def __repr__(self) -> str:
        return "BearerAuth(access_token=<hidden>)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.access_token}"
        yield request


def _bearer(request: httpx.Request, token: Token) -> httpx.Request:
    request.headers["Authorization"] = f"Bearer {token.access_token}"
    return request


async def _enter_in_thread(context: AbstractContextManager[object]) -> None:
    """Enter a blocking context off the event loop, and leave it again if cancelled meanwhile."""
    entering = asyncio.ensure_future(asyncio.to_thread(context.__enter__))
    try:
        await asyncio.shield(entering)
    except asyncio.CancelledError:

        def leave(done: asyncio.Future[object]) -> None:
            if not done.cancelled() and done.exception() is None:
                context.__exit__(None, None, None)

        entering.add_done_callback(leave)
        raise
