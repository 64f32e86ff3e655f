"""How the authorization key reaches the CLI: a loopback redirect, or the user pasting it."""

from __future__ import annotations

import hmac
import html
import queue
import socket
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any, TextIO
from urllib.parse import parse_qs, urlsplit

import attrs

from ._errors import FactorialAuthError
from ._token import Token

__all__ = ["LoginFailed", "RedirectListener", "loopback_address", "read_key"]

_LOOPBACK_HOSTS = {"localhost": "127.0.0.1", "127.0.0.1": "127.0.0.1", "::1": "::1"}


class LoginFailed(FactorialAuthError):
    """The authorization did not come back, or came back refused or forged."""


@attrs.frozen
class LoopbackAddress:
    host: str  # the address to bind: never a public interface
    port: int
    path: str


def loopback_address(redirect_uri: str) -> LoopbackAddress | None:
    """Where to listen for ``redirect_uri``, or None when the redirect goes elsewhere."""
    url = urlsplit(redirect_uri)
    host = _LOOPBACK_HOSTS.get(url.hostname or "")
    if url.scheme != "http" or host is None:
        return None
    try:
        port = url.port or 80
    except ValueError:
        raise LoginFailed(f"redirect URI {redirect_uri!r} has an invalid port") from None
    return LoopbackAddress(host, port, url.path or "/")


class RedirectListener:
    """A one-shot HTTP server on loopback that receives the authorization redirect.

    ``exchange`` turns the authorization key into a saved token while the browser waits, so
    the page it shows says whether signing in really worked.
    """

    def __init__(self, address: LoopbackAddress) -> None:
        server_class = _IPv6Server if ":" in address.host else _Server
        try:
            self._server = server_class((address.host, address.port), _CallbackHandler)
        except OSError as exc:
            raise LoginFailed(
                f"cannot listen on {address.host} port {address.port} for the redirect: "
                f"{exc.strerror or exc}"
            ) from None
        self._server.path = address.path

    def __enter__(self) -> RedirectListener:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._server.server_close()

    def wait(self, state: str, exchange: Callable[[str], Token], timeout: float) -> Token:
        """The token ``exchange`` made of the first redirect to arrive within ``timeout`` s."""
        server = self._server
        server.state, server.exchange = state, exchange
        deadline = time.monotonic() + timeout
        while server.outcome is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise LoginFailed(
                    f"no authorization arrived within {timeout:g} s; run login again "
                    "(--timeout sets how long to wait)"
                )
            server.timeout = remaining
            server.handle_request()
        if isinstance(server.outcome, BaseException):
            raise server.outcome
        return server.outcome


class _Server(HTTPServer):
    path = "/"
    state = ""
    exchange: Callable[[str], Token]
    outcome: Token | BaseException | None = None

    def receive(self, query: dict[str, list[str]]) -> Token:
        """Check the redirect, then exchange its key; raises LoginFailed for a bad redirect."""

        def first(name: str) -> str | None:
            values = query.get(name)
            return values[0] if values else None

        state = first("state")
        if state is None or not hmac.compare_digest(state.encode(), self.state.encode()):
            raise LoginFailed(
                "the redirect's state does not match the link's, so it may be forged; "
                "ignored it: run login again"
            )
        error = first("error")
        if error is not None:
            raise LoginFailed(f"the authorization was refused ({error})")
        code = first("code")
        if not code:
            raise LoginFailed("the redirect carries no authorization key")
        return self.exchange(code)

    def handle_error(self, request: object, client_address: Any) -> None:
        """Quiet: a browser may open a connection and drop it; only the redirect matters."""


class _IPv6Server(_Server):
    address_family = socket.AF_INET6


class _CallbackHandler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 10  # seconds a connection may stay silent; a stalled one must not hang login

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path != self.server.path:
            self._page(404, "Not found", "This address only receives Factorial's redirect.")
            return
        try:
            self.server.outcome = self.server.receive(parse_qs(url.query))
        except Exception as exc:  # reported in the terminal, by the thread that waits
            self.server.outcome = exc
            self._page(400, "Sign-in failed", f"{exc}. See the terminal for what to do.")
        else:
            self._page(200, "Signed in", "You can close this tab and go back to the terminal.")

    def _page(self, status: int, title: str, message: str) -> None:
        body = (
            f"<!doctype html><meta charset=utf-8><title>{html.escape(title)}</title>"
            f"<h1>{html.escape(title)}</h1><p>{html.escape(message)}</p>"
        ).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: the request line carries the authorization key."""


def read_key(state: str, timeout: float, stdin: TextIO = sys.stdin) -> str:
    """The authorization key the user pastes, alone or in the address the browser landed on."""
    lines: queue.Queue[str] = queue.Queue()
    # A thread, so that the wait can time out on every platform; it dies with the process.
    threading.Thread(target=lambda: lines.put(stdin.readline()), daemon=True).start()
    try:
        text = lines.get(timeout=timeout).strip()
    except queue.Empty:
        raise LoginFailed(f"no authorization key was entered within {timeout:g} s") from None
    if "code=" in text:
        query = parse_qs(urlsplit(text).query)
        pasted_state = query.get("state", [state])[0]
        if not hmac.compare_digest(pasted_state.encode(), state.encode()):
            raise LoginFailed(
                "the pasted address's state does not match the link's; run login again"
            )
        text = query.get("code", [""])[0]
    if not text:
        raise LoginFailed("no authorization key was entered")
    return text
