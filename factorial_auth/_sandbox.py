"""An offline stand-in for Factorial: its OAuth2 endpoints and some API resources, on loopback.

Everything the server knows lives in one ``SandboxState``; requests reach handlers through
``Sandbox.routes``, a table keyed by method and path (``{id}`` matches one path segment), so more
resources are one entry each. Time comes from an injected ``clock``, so expiry and rate limits can
be tested by moving it forward.
"""

from __future__ import annotations

import hmac
import json
import logging
import math
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import attrs

from ._errors import ConfigurationError, FactorialAuthError
from ._sandbox_data import ApiError, Company, only, page

__all__ = [
    "API_VERSION",
    "ApiCall",
    "Sandbox",
    "SandboxRequest",
    "SandboxResponse",
    "SandboxState",
]

logger = logging.getLogger("factorial_auth.sandbox")

API_VERSION = "2026-07-01"
_RESOURCES = f"/api/{API_VERSION}/resources"
_CODE_TTL = 600  # seconds an authorization code may wait to be exchanged
_RATE_WINDOW = 60  # seconds over which rate_limit counts requests
_SCOPES = ("read", "write")


@attrs.frozen
class SandboxRequest:
    method: str
    path: str
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]  # names in lower case
    body: bytes = b""
    path_params: Mapping[str, str] = attrs.field(factory=dict)  # what ``{name}`` matched

    def param(self, name: str) -> str | None:
        values = self.query.get(name)
        return values[0] if values else None

    def form(self) -> dict[str, str]:
        fields = parse_qs(self.body.decode("utf-8", "replace"), keep_blank_values=True)
        return {name: values[0] for name, values in fields.items()}

    def json(self) -> dict[str, Any]:
        """The body as a JSON object; an empty body is an empty object."""
        if not self.body.strip():
            return {}
        try:
            data = json.loads(self.body)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            raise ApiError(400, "bad_request", "the request body is not a JSON object")
        return data

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


@attrs.frozen
class ApiCall:
    """One request to an API resource, as the sandbox answered it."""

    method: str
    path: str
    query: Mapping[str, list[str]]
    status: int


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
    company: Company = attrs.field(factory=Company)
    api_log: list[ApiCall] = attrs.field(factory=list)
    recent: deque[float] = attrs.field(factory=deque)  # when API requests arrived, oldest first


class Sandbox:
    """A threaded HTTP server on 127.0.0.1 playing Factorial's OAuth2 server and API.

    Any client id and secret are accepted unless ``client_id`` / ``client_secret`` fix them.
    Every authorization is approved at once, as employee 1, the only user there is.
    The API answers a live access token, or ``api_key`` in ``x-api-key`` when one is set, and
    refuses more than ``rate_limit`` requests a minute (none by default) with a 429.
    ``employees`` fake people are seeded, the same ones in every run.
    """

    def __init__(
        self,
        *,
        client_id: str | None = None,
        client_secret: str | None = None,
        api_key: str | None = None,
        access_ttl: int = 3600,
        refresh_ttl: int = 7 * 24 * 3600,
        employees: int = 25,
        rate_limit: int | None = None,
        clock: Callable[[], float] = time.time,
        port: int = 0,
    ) -> None:
        if employees < 1:
            raise ConfigurationError("the sandbox needs at least 1 employee: the one users act as")
        if rate_limit is not None and rate_limit < 1:
            raise ConfigurationError(
                f"rate_limit must be at least 1 request a minute, not {rate_limit}"
            )
        self.client_id = client_id
        self._client_secret = client_secret
        self._api_key = api_key
        self.access_ttl = access_ttl
        self.refresh_ttl = refresh_ttl
        self.rate_limit = rate_limit
        self.clock = clock
        self.state = SandboxState(company=Company.seeded(employees))
        self.routes: dict[tuple[str, str], Handler] = {
            ("GET", "/oauth/authorize"): self.authorize,
            ("POST", "/oauth/token"): self.token,
        }
        self.routes.update(
            {
                (method, f"{_RESOURCES}/{path}"): self._api(handler)
                for (method, path), handler in {
                    ("GET", "api_public/credentials"): self.credentials,
                    ("GET", "employees/employees"): self._list_employees,
                    ("GET", "employees/employees/{id}"): self._get_employee,
                    ("GET", "timeoff/leaves"): self._list_leaves,
                    ("POST", "timeoff/leaves"): self._create_leave,
                    ("GET", "timeoff/leaves/{id}"): self._get_leave,
                    ("GET", "attendance/shifts"): self._list_shifts,
                    ("GET", "attendance/shifts/{id}"): self._get_shift,
                    ("POST", "attendance/shifts/clock_in"): self._clock_in,
                    ("POST", "attendance/shifts/clock_out"): self._clock_out,
                }.items()
            }
        )
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

    @property
    def api_log(self) -> list[ApiCall]:
        """Every request to an API resource so far, oldest first (a copy)."""
        with self.state.lock:
            return list(self.state.api_log)

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
        path_known = False
        for (method, template), handler in list(self.routes.items()):
            params = _match(template, request.path)
            if params is None:
                continue
            if method == request.method:
                return handler(attrs.evolve(request, path_params=params))
            path_known = True
        if path_known:
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

    # API resources: handlers run under state.lock, once _api let the request through.

    def credentials(self, request: SandboxRequest) -> SandboxResponse:
        user = self.state.company.user()
        credential = {
            "id": user["access_id"],
            "company_id": user["company_id"],
            "employee_id": user["id"],
            "email": user["email"],
            "login_email": user["login_email"],
            "full_name": user["full_name"],
            "first_name": user["first_name"],
            "last_name": user["last_name"],
            "role": "admin",
        }
        return SandboxResponse.json(200, page([credential], request.query))

    def _list_employees(self, request: SandboxRequest) -> SandboxResponse:
        employees = only(self.state.company.employees.values(), request.query, "ids[]", "id")
        return SandboxResponse.json(200, page(employees, request.query))

    def _get_employee(self, request: SandboxRequest) -> SandboxResponse:
        return SandboxResponse.json(200, self.state.company.employee(request.path_params["id"]))

    def _list_leaves(self, request: SandboxRequest) -> SandboxResponse:
        leaves = _filtered(self.state.company.leaves.values(), request.query)
        return SandboxResponse.json(200, page(leaves, request.query))

    def _create_leave(self, request: SandboxRequest) -> SandboxResponse:
        leave = self.state.company.create_leave(request.json(), self._now())
        return SandboxResponse.json(201, leave)

    def _get_leave(self, request: SandboxRequest) -> SandboxResponse:
        return SandboxResponse.json(200, self.state.company.leave(request.path_params["id"]))

    def _list_shifts(self, request: SandboxRequest) -> SandboxResponse:
        shifts = _filtered(self.state.company.shifts.values(), request.query)
        return SandboxResponse.json(200, page(shifts, request.query))

    def _get_shift(self, request: SandboxRequest) -> SandboxResponse:
        return SandboxResponse.json(200, self.state.company.shift(request.path_params["id"]))

    def _clock_in(self, request: SandboxRequest) -> SandboxResponse:
        company, now = self.state.company, self._now()
        shift = company.clock_in(request.json(), self._acting_employee(request), now)
        return SandboxResponse.json(200, shift)

    def _clock_out(self, request: SandboxRequest) -> SandboxResponse:
        company, now = self.state.company, self._now()
        shift = company.clock_out(request.json(), self._acting_employee(request), now)
        return SandboxResponse.json(200, shift)

    def _api(self, handler: Handler) -> Handler:
        """The handler behind the API's gate: rate limit, then credentials; every call logged."""

        def serve(request: SandboxRequest) -> SandboxResponse:
            with self.state.lock:
                try:
                    response = self._refusal(request) or handler(request)
                except ApiError as exc:
                    response = SandboxResponse.json(exc.status, exc.body())
                call = ApiCall(request.method, request.path, request.query, response.status)
                self.state.api_log.append(call)
            return response

        return serve

    def _refusal(self, request: SandboxRequest) -> SandboxResponse | None:
        """A 429 or 401 for a request that may not reach the API, else None; under the lock."""
        if self.rate_limit is not None:
            now, recent = self.clock(), self.state.recent
            while recent and recent[0] <= now - _RATE_WINDOW:
                recent.popleft()
            if len(recent) >= self.rate_limit:
                wait = max(1, math.ceil(recent[0] + _RATE_WINDOW - now))
                message = f"more than {self.rate_limit} requests a minute; retry in {wait} s"
                body = {"error": "too_many_requests", "message": message}
                return SandboxResponse.json(429, body, {"Retry-After": str(wait)})
            recent.append(now)
        if request.bearer is not None:
            grant = self.state.by_access.get(request.bearer)
            if grant is not None and self._access_alive(grant):
                return None
        elif self._api_key is not None and hmac.compare_digest(
            request.headers.get("x-api-key", "").encode(), self._api_key.encode()
        ):
            return None
        return _unauthorized()

    def _acting_employee(self, request: SandboxRequest) -> str | None:
        """Whom an OAuth token acts for; None for an API key, which acts for the company."""
        return self.state.company.user()["id"] if request.bearer is not None else None

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), tz=timezone.utc)

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


def _filtered(
    items: Iterable[dict[str, Any]], query: Mapping[str, list[str]]
) -> list[dict[str, Any]]:
    """Leaves or shifts, narrowed by the ``ids[]`` and ``employee_ids[]`` filters."""
    return only(only(items, query, "ids[]", "id"), query, "employee_ids[]", "employee_id")


def _match(template: str, path: str) -> dict[str, str] | None:
    """What each ``{name}`` segment of ``template`` matched in ``path``, or None for no match."""
    pattern, segments = template.split("/"), path.split("/")
    if len(pattern) != len(segments):
        return None
    params: dict[str, str] = {}
    for expected, actual in zip(pattern, segments, strict=True):
        if expected.startswith("{") and expected.endswith("}") and actual:
            params[expected[1:-1]] = actual
        elif expected != actual:
            return None
    return params


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

    def handle_error(self, request: object, client_address: Any) -> None:
        """Logged, not printed: a client hanging up mid-request is routine for a test server."""
        logger.debug("connection from %s failed", client_address, exc_info=True)


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
