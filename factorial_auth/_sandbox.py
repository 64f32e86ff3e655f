"""An offline stand-in for Factorial: its OAuth2 endpoints and an API resource, on loopback.

Everything the server knows lives in one ``SandboxState``; requests reach handlers through
``Sandbox.routes``, a table keyed by method and path, so more resources are one entry each.
Time comes from an injected ``clock``, so expiry can be tested by moving it forward.
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
import threading
import time
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import attrs

from ._errors import FactorialAuthError

__all__ = ["API_VERSION", "Sandbox", "SandboxRequest", "SandboxResponse", "SandboxState"]

logger = logging.getLogger("factorial_auth.sandbox")

API_VERSION = "2026-07-01"
_CODE_TTL = 600  # seconds an authorization code may wait to be exchanged
_SCOPES = ("read", "write")


@attrs.frozen
class SandboxRequest:
    method: str
    path: str
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]  # names in lower case
    body: bytes = b""

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None

    def form(self) -> dict[str, str]:
        fields = parse_qs(self.body.decode("utf-8", "replace"), keep_blank_values=True)
        return {name: values[0] for name, values in fields.items()}

    @property
    def bearer(self) -> str | None:
        scheme, _, credentials = self.headers.get("authorization", "").partition(" ")
        return (credentials.strip() or None) if scheme.lower() == "bearer" else None


@attrs.frozen
class SandboxResponse:
    status: int
    body: bytes = b""
    headers: Mapping[str, str] = attrs.field(factory=dict)

    @classmethod
    def json(
        cls, status: int, data: Any, headers: Mapping[str, str] | None = None
    ) -> SandboxResponse:
        return cls(
            status,
            json.dumps(data).encode(),
            {"Content-Type": "application/json", **(headers or {})},
        )

    @classmethod
    def oauth_error(cls, status: int, error: str, description: str) -> SandboxResponse:
        return cls.json(status, {"error": error, "error_description": description})

    @classmethod
    def redirect(cls, location: str) -> SandboxResponse:
        return cls(302, headers={"Location": location})


Handler = Callable[[SandboxRequest], SandboxResponse]


@attrs.define
class Grant:
    """One issued token. Refreshing revokes it: access and refresh token alike."""

    client_id: str
    scope: str
    access_token: str
    refresh_token: str
    created_at: int
    revoked: bool = False


@attrs.define
class _Code:
    client_id: str
    redirect_uri: str
    scope: str
    issued_at: float
    grant: Grant | None = None


@attrs.define
class SandboxState:
    """All the sandbox knows; handlers change it under ``lock`` only."""

    lock: threading.Lock = attrs.field(factory=threading.Lock)
    codes: dict[str, _Code] = attrs.field(factory=dict)
    by_access: dict[str, Grant] = attrs.field(factory=dict)
    by_refresh: dict[str, Grant] = attrs.field(factory=dict)
    # Factorial keeps one token per user, application and scope.
    current: dict[tuple[str, str], Grant] = attrs.field(factory=dict)
    token_requests: int = 0


class Sandbox:
    """A threaded HTTP server on 127.0.0.1 playing Factorial's OAuth2 server and API.

    Any client id and secret are accepted unless ``client_id`` / ``client_secret`` fix them.
    Every authorization is approved at once, as the only user there is.
    """

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        access_ttl: int = 3600,
        refresh_ttl: int = 7 * 24 * 3600,
        clock: Callable[[], float] = time.time,
        port: int = 0,
    ) -> None:
        self.client_id = client_id
        self._client_secret = client_secret
        self.access_ttl = access_ttl
        self.refresh_ttl = refresh_ttl
        self.clock = clock
        self.state = SandboxState()
        self.routes: dict[tuple[str, str], Handler] = {
            ("GET", "/oauth/authorize"): self.authorize,
            ("POST", "/oauth/token"): self.token,
            ("GET", f"/api/{API_VERSION}/resources/api_public/credentials"): self.credentials,
        }
        self._port = port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        where = self.base_url if self._server is not None else "stopped"
        return f"Sandbox({where})"

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise FactorialAuthError("the sandbox is not running; call start() first")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def token_requests(self) -> int:
        """How many requests reached the token endpoint, for tests to count refreshes."""
        return self.state.token_requests

    def start(self) -> Sandbox:
        self._server = _Server(("127.0.0.1", self._port), self)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},  # how long stop() may wait for the loop to notice
            name="factorial-sandbox",
            daemon=True,
        )
        self._thread.start()
        logger.debug("sandbox listening on %s", self.base_url)
        return self

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join()
        self._server = self._thread = None

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def dispatch(self, request: SandboxRequest) -> SandboxResponse:
        handler = self.routes.get((request.method, request.path))
        if handler is not None:
            return handler(request)
        if any(path == request.path for _, path in self.routes):
            return SandboxResponse.json(405, {"error": "method_not_allowed"})
        return SandboxResponse.json(404, {"error": "not_found"})

    def grant_for(self, request: SandboxRequest) -> Grant | None:
        """The live grant whose access token the request carries, if any."""
        with self.state.lock:
            grant = self.state.by_access.get(request.bearer or "")
            return grant if grant is not None and self._access_alive(grant) else None

    # OAuth2 endpoints

    def authorize(self, request: SandboxRequest) -> SandboxResponse:
        redirect_uri = request.param("redirect_uri")
        client_id = request.param("client_id")
        if not redirect_uri:
            return SandboxResponse.oauth_error(400, "invalid_request", "redirect_uri is missing")
        if not client_id or (self.client_id is not None and client_id != self.client_id):
            return SandboxResponse.oauth_error(400, "invalid_client", "unknown client_id")
        state = request.param("state")
        scope = _normalize_scope(request.param("scope"))
        if request.param("response_type") != "code":
            return _redirect(redirect_uri, state, error="unsupported_response_type")
        if scope is None:
            return _redirect(redirect_uri, state, error="invalid_scope")
        code = secrets.token_urlsafe(24)
        with self.state.lock:
            self.state.codes[code] = _Code(client_id, redirect_uri, scope, self.clock())
        return _redirect(redirect_uri, state, code=code)

    def token(self, request: SandboxRequest) -> SandboxResponse:
        form = request.form()
        with self.state.lock:
            self.state.token_requests += 1
            problem = self._client_problem(form)
            if problem is not None:
                return problem
            grant_type = form.get("grant_type")
            if grant_type == "authorization_code":
                return self._exchange_code(form)
            if grant_type == "refresh_token":
                return self._refresh(form)
        return SandboxResponse.oauth_error(
            400, "unsupported_grant_type", "use authorization_code or refresh_token"
        )

    # API resources

    def credentials(self, request: SandboxRequest) -> SandboxResponse:
        if self.grant_for(request) is None:
            return _unauthorized()
        credential = {
            "id": "access-1",
            "company_id": "1",
            "employee_id": "1",
            "email": "sandbox.user@example.com",
            "full_name": "Sandbox User",
        }
        meta = {"has_next_page": False, "has_previous_page": False, "limit": 100, "total": 1}
        return SandboxResponse.json(200, {"data": [credential], "meta": meta})

    # Token endpoint internals; callers hold state.lock.

    def _client_problem(self, form: Mapping[str, str]) -> SandboxResponse | None:
        client_id, secret = form.get("client_id"), form.get("client_secret")
        if not client_id or not secret:
            return SandboxResponse.oauth_error(
                400, "invalid_request", "client_id and client_secret are required"
            )
        wrong_id = self.client_id is not None and client_id != self.client_id
        wrong_secret = self._client_secret is not None and not hmac.compare_digest(
            secret.encode(), self._client_secret.encode()
        )
        if wrong_id or wrong_secret:
            return SandboxResponse.oauth_error(
                401, "invalid_client", "client authentication failed"
            )
        return None

    def _exchange_code(self, form: Mapping[str, str]) -> SandboxResponse:
        code = self.state.codes.get(form.get("code", ""))
        if code is None or self.clock() >= code.issued_at + _CODE_TTL:
            return _invalid_grant("the authorization code is unknown or expired")
        if code.client_id != form["client_id"] or code.redirect_uri != form.get("redirect_uri"):
            return _invalid_grant("the authorization code was issued to another client or URI")
        grant = code.grant
        if grant is None:
            # Factorial hands out the user's live token again rather than a second one.
            grant = self.state.current.get((code.client_id, code.scope))
            if grant is None or not self._access_alive(grant):
                grant = self._issue(code.client_id, code.scope)
            code.grant = grant
        if not self._access_alive(grant):
            return _invalid_grant("the token of this authorization code was refreshed or expired")
        return self._token_response(grant)

    def _refresh(self, form: Mapping[str, str]) -> SandboxResponse:
        old = self.state.by_refresh.get(form.get("refresh_token", ""))
        if old is None or old.revoked or self.clock() >= old.created_at + self.refresh_ttl:
            return _invalid_grant("the refresh token is invalid, expired or revoked")
        if old.client_id != form["client_id"]:
            return _invalid_grant("the refresh token was issued to another client")
        return self._token_response(self._issue(old.client_id, old.scope))

    def _issue(self, client_id: str, scope: str) -> Grant:
        previous = self.state.current.get((client_id, scope))
        if previous is not None:
            previous.revoked = True
        grant = Grant(
            client_id=client_id,
            scope=scope,
            access_token=secrets.token_urlsafe(32),
            refresh_token=secrets.token_urlsafe(32),
            created_at=int(self.clock()),
        )
        self.state.current[(client_id, scope)] = grant
        self.state.by_access[grant.access_token] = grant
        self.state.by_refresh[grant.refresh_token] = grant
        return grant

    def _access_alive(self, grant: Grant) -> bool:
        return not grant.revoked and self.clock() < grant.created_at + self.access_ttl

    def _token_response(self, grant: Grant) -> SandboxResponse:
        body = {
            "access_token": grant.access_token,
            "token_type": "Bearer",
            "expires_in": self.access_ttl,
            "refresh_token": grant.refresh_token,
            "scope": grant.scope,
            "created_at": grant.created_at,
        }
        return SandboxResponse.json(200, body, {"Cache-Control": "no-store"})


def _normalize_scope(scope: str | None) -> str | None:
    """``read write`` in canonical order, or None for anything but read and write."""
    names = set((scope or "").split(" "))
    return " ".join(s for s in _SCOPES if s in names) if names <= set(_SCOPES) else None


def _redirect(redirect_uri: str, state: str | None, **params: str) -> SandboxResponse:
    if state is not None:
        params["state"] = state
    separator = "&" if "?" in redirect_uri else "?"
    return SandboxResponse.redirect(f"{redirect_uri}{separator}{urlencode(params)}")


def _invalid_grant(description: str) -> SandboxResponse:
    return SandboxResponse.oauth_error(400, "invalid_grant", description)


def _unauthorized() -> SandboxResponse:
    return SandboxResponse.json(
        401,
        {"error": "invalid_token", "error_description": "missing, expired or revoked token"},
        {"WWW-Authenticate": 'Bearer error="invalid_token"'},
    )


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # bursts of clients connecting at once must not be dropped

    def __init__(self, address: tuple[str, int], sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        super().__init__(address, _RequestHandler)


class _RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like the real API
    disable_nagle_algorithm = True  # headers and body go out in two writes; do not delay the body
    server: _Server

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def _handle(self) -> None:
        url = urlsplit(self.path)
        request = SandboxRequest(
            method=self.command,
            path=url.path,
            query=parse_qs(url.query, keep_blank_values=True),
            headers={name.lower(): value for name, value in self.headers.items()},
            body=self._read_body(),
        )
        try:
            response = self.server.sandbox.dispatch(request)
        except Exception:
            logger.exception("sandbox handler failed for %s %s", request.method, request.path)
            response = SandboxResponse.oauth_error(500, "server_error", "the sandbox failed")
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        self.wfile.write(response.body)

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() != "chunked":
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))
        chunks = []
        while size := int(self.rfile.readline().split(b";")[0], 16):
            chunks.append(self.rfile.read(size))
            self.rfile.readline()  # the CRLF after each chunk
        self.rfile.readline()  # the CRLF after the last, empty, chunk
        return b"".join(chunks)

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("%s %s", self.address_string(), format % args)
