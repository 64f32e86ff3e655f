"""``factorial-auth demo``: the authorization guide, end to end, against an in-process sandbox.

Every step is the real library call a user would make; only the server is local, and its clock
jumps ahead instead of anyone waiting for a token to expire. Secrets are shown masked.
"""

from __future__ import annotations

import contextlib
import io
import secrets
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import TypeVar
from urllib.parse import parse_qs, urlsplit

import httpx
from factorial_api.api.api_public import list_credentials
from factorial_api.api.attendance import clock_in_shift, clock_out_shift
from factorial_api.api.employees import list_employees
from factorial_api.errors import UnexpectedStatus
from factorial_api.models.attendance_clock_in_shift_body import AttendanceClockInShiftBody
from factorial_api.models.attendance_clock_out_shift_body import AttendanceClockOutShiftBody

from ._auth import FactorialAuth
from ._client import make_client
from ._errors import FactorialAuthError, ReauthorizationRequired
from ._factorial import Factorial
from ._sandbox import API_VERSION, Sandbox
from ._stores import FileTokenStore

__all__ = ["run"]

CLIENT_ID = "demo-app"
REDIRECT_URI = "https://app.example.com/factorial/callback"  # never fetched: the demo is offline
EMPLOYEES = 250
ACCESS_TTL = 3600

T = TypeVar("T")


class _Clock:
    """The sandbox's time: real time, plus however far the demo moved it."""

    def __init__(self) -> None:
        self.offset = 0.0

    def __call__(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds

    def at(self) -> datetime:
        return datetime.fromtimestamp(self(), tz=timezone.utc)


def run() -> int:
    try:
        with tempfile.TemporaryDirectory(prefix="factorial-demo-") as directory:
            _walk(Path(directory) / "token.json")
    except (FactorialAuthError, UnexpectedStatus, httpx.HTTPError, OSError) as exc:
        print(f"factorial-auth: error: the demo failed: {exc}", file=sys.stderr, flush=True)
        return 1
    return 0


def _walk(token_file: Path) -> None:
    client_secret = secrets.token_urlsafe(16)  # the sandbox accepts this one only
    clock = _Clock()
    sandbox = Sandbox(
        client_id=CLIENT_ID,
        client_secret=client_secret,
        employees=EMPLOYEES,
        access_ttl=ACCESS_TTL,
        clock=clock,
    )
    with sandbox:
        _say("factorial-auth demo: the authorization guide, end to end, offline")
        _say(
            f"A sandbox plays Factorial at {sandbox.base_url}: {EMPLOYEES} fake employees, "
            "access tokens\nthat live 1 h, and a clock the demo moves forward instead of waiting."
        )

        _step(1, 'Authorize: Factorial(access_token="abc").authorize(client_id, redirect_uri)')
        dummy_factorial = Factorial(access_token="abc", base_url=sandbox.base_url)
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            dummy_factorial.authorize(client_id=CLIENT_ID, redirect_uri=REDIRECT_URI)
        _show(printed.getvalue())

        _step(2, "Approve: a browser opens the link and lands on the redirect URI with the key")
        link = dummy_factorial.authorization_url(CLIENT_ID, REDIRECT_URI)
        with httpx.Client() as browser:
            landing = browser.get(link).headers["location"]
        authorization_key = parse_qs(urlsplit(landing).query)["code"][0]
        _show(landing.replace(authorization_key, _mask(authorization_key)))

        _step(3, "Obtain the token: obtain_access_token(client_id, client_secret, ...)")
        token = dummy_factorial.obtain_access_token(
            client_id=CLIENT_ID,
            client_secret=client_secret,
            redirect_uri=REDIRECT_URI,
            authorization_key=authorization_key,
        )
        _show(repr(token))
        _show(
            f"access_token {_mask(token.access_token)}  refresh_token {_mask(token.refresh_token)}"
            f"  valid until {_hhmm(token.created_at + token.expires_in)}"
        )
        store = FileTokenStore(token_file)
        store.save(token)
        _show(f"stored securely: FileTokenStore({str(token_file)!r}), readable by you only")

        _step(4, "Typed calls: make_client(FactorialAuth(..., store=FileTokenStore(path)))")
        auth = FactorialAuth(
            client_id=CLIENT_ID, client_secret=client_secret, store=store, base_url=sandbox.base_url
        )
        with make_client(auth) as client:
            me = next(list_credentials.iterate(client=client))
            _show(f"list_credentials.iterate(client=client): signed in as {me.full_name}")
            before = len(sandbox.api_log)
            employees = list(list_employees.iterate(client=client, limit=100))
            pages = len(sandbox.api_log) - before
            names = ", ".join(str(employee.full_name) for employee in employees[:3])
            count = len(employees)
            _show(f"list_employees.iterate(client=client): {count} employees in {pages} pages")
            _show(f"first ones: {names}, ...")

            _step(5, "Clock in: clock_in_shift.sync(client=client, body=...)")
            worker = employees[1]
            began = clock.at()
            body = AttendanceClockInShiftBody(now=began.isoformat(), employee_id=str(worker.id))
            shift = _parsed(clock_in_shift.sync(client=client, body=body))
            _show(f"shift {shift.id}: {worker.full_name} clocked in at {shift.clock_in} UTC")

            _step(6, "The access token expires: two hours pass on the sandbox's clock")
            clock.advance(2 * 3600)
            credentials = f"{sandbox.base_url}/api/{API_VERSION}/resources/api_public/credentials"
            with httpx.Client() as bare:
                bearer = {"Authorization": f"Bearer {token.access_token}"}
                refused = bare.get(credentials, headers=bearer).status_code
            _show(
                f"it expired at {_hhmm(token.created_at + token.expires_in)}; "
                f"the API now answers it {refused}"
            )

            _step(7, "The hook renews it by itself: clock_out_shift.sync(client=client, body=...)")
            before, refreshes = len(sandbox.api_log), sandbox.token_requests
            body_out = AttendanceClockOutShiftBody(
                now=clock.at().isoformat(), employee_id=str(worker.id)
            )
            shift = _parsed(clock_out_shift.sync(client=client, body=body_out))
            calls = [f"{call.status}" for call in sandbox.api_log[before:]]
            _show(
                f"the server answered {' then '.join(calls)}; in between, FactorialAuth "
                f"refreshed the token ({sandbox.token_requests - refreshes} token request)"
            )
            _show(
                f"shift {shift.id}: clocked out at {shift.clock_out} UTC, {shift.minutes} minutes"
            )

        _step(8, "The rotated refresh token was saved before its first use")
        saved = _parsed(store.load())
        _show(
            f"refresh token in the store: {_mask(token.refresh_token)} before, "
            f"{_mask(saved.refresh_token)} now"
        )
        try:
            dummy_factorial.refresh_access_token(CLIENT_ID, client_secret, token.refresh_token)
        except ReauthorizationRequired:
            _show(
                "the old one is spent: refresh_access_token with it raises ReauthorizationRequired"
            )
        _say("\nDone. Next: `factorial-auth login` against the real Factorial (see --help).")


def _parsed(value: T | None) -> T:
    if value is None:
        raise UnexpectedStatus(0, b"the server answered nothing the client could parse")
    return value


def _mask(secret: str) -> str:
    return f"{secret[:4]}…"


def _hhmm(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=timezone.utc).strftime("%H:%M UTC")


def _step(number: int, title: str) -> None:
    _say(f"\n{number}. {title}")


def _show(text: str) -> None:
    for line in text.strip().splitlines():
        _say(f"   {line}")


def _say(text: str) -> None:
    print(text, flush=True)
