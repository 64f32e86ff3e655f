"""Single flight: however many threads, tasks or processes find the token stale, one refresh.

The sandbox's token endpoint holds the first refresh until every other requester is seen waiting
for it (the hook logs each wait), or until a second refresh arrives, which fails the test.
"""

from __future__ import annotations

import asyncio
import logging
import logging.handlers
import multiprocessing
import queue
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

from factorial_auth import FactorialAuth, FactorialAuthError, FileTokenStore, Sandbox, Token
from factorial_auth._sandbox import API_VERSION, SandboxRequest, SandboxResponse

CLIENT_ID = "concurrency-client"
CLIENT_SECRET = "concurrency-secret-0123456789"
CREDENTIALS = f"/api/{API_VERSION}/resources/api_public/credentials"
_SPAWN = multiprocessing.get_context("spawn")


class Gate(logging.Handler):
    """Holds the first token request until ``waiters`` requesters log that they wait for it."""

    def __init__(self, sandbox: Sandbox, waiters: int) -> None:
        super().__init__(logging.DEBUG)
        self._expected = waiters
        self._changed = threading.Condition()
        self.waiters = 0
        self.arrivals = 0
        serve = sandbox.routes[("POST", "/oauth/token")]

        def gated(request: SandboxRequest) -> SandboxResponse:
            with self._changed:
                self.arrivals += 1
                self._changed.notify_all()
                # The timeout only bounds a broken run; a passing one never reaches it.
                self._changed.wait_for(self._open, timeout=30)
            return serve(request)

        sandbox.routes[("POST", "/oauth/token")] = gated

    def _open(self) -> bool:
        return self.waiters >= self._expected or self.arrivals > 1

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("waiting"):
            with self._changed:
                self.waiters += 1
                self._changed.notify_all()


@pytest.fixture
def logs_to() -> Iterator[Callable[[logging.Handler], None]]:
    """Attach handlers to the factorial_auth logger at DEBUG, for the test's duration."""
    logger = logging.getLogger("factorial_auth")
    attached: list[logging.Handler] = []
    level = logger.level
    logger.setLevel(logging.DEBUG)

    def attach(handler: logging.Handler) -> None:
        logger.addHandler(handler)
        attached.append(handler)

    yield attach
    for handler in attached:
        logger.removeHandler(handler)
    logger.setLevel(level)


@pytest.fixture
def expired_token(issue_token: Callable[[str, str], Token]) -> Token:
    token = issue_token(CLIENT_ID, CLIENT_SECRET)
    return attrs.evolve(token, created_at=token.created_at - 7200)


def _auth(base_url: str, **options: Any) -> FactorialAuth:
    return FactorialAuth(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, base_url=base_url, **options
    )


def test_threads_sharing_a_client_refresh_once(
    sandbox: Sandbox, expired_token: Token, logs_to: Callable[[logging.Handler], None]
) -> None:
    threads = 50
    gate = Gate(sandbox, waiters=threads - 1)
    logs_to(gate)
    start = threading.Barrier(threads)
    statuses: queue.Queue[tuple[int, str]] = queue.Queue()

    with httpx.Client(auth=_auth(sandbox.base_url, token=expired_token)) as client:

        def work() -> None:
            start.wait()
            response = client.get(sandbox.base_url + CREDENTIALS)
            statuses.put((response.status_code, response.request.headers["authorization"]))

        workers = [threading.Thread(target=work) for _ in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()

    assert gate.arrivals == 1
    assert sandbox.token_requests == 2  # the authorization, then the one refresh
    results = {statuses.get_nowait() for _ in range(threads)}
    assert len(results) == 1 and results.pop()[0] == 200


async def test_tasks_sharing_an_async_client_refresh_once(
    sandbox: Sandbox, expired_token: Token, logs_to: Callable[[logging.Handler], None]
) -> None:
    tasks = 200
    gate = Gate(sandbox, waiters=tasks - 1)
    logs_to(gate)
    async with httpx.AsyncClient(auth=_auth(sandbox.base_url, token=expired_token)) as client:
        responses = await asyncio.gather(
            *(client.get(sandbox.base_url + CREDENTIALS) for _ in range(tasks))
        )
    assert gate.arrivals == 1
    assert sandbox.token_requests == 2
    assert {r.status_code for r in responses} == {200}
    assert len({r.request.headers["authorization"] for r in responses}) == 1


async def test_event_loops_in_threads_sharing_one_auth_refresh_once(
    sandbox: Sandbox, expired_token: Token, logs_to: Callable[[logging.Handler], None]
) -> None:
    loops, tasks = 4, 25
    gate = Gate(sandbox, waiters=loops * tasks - 1)
    logs_to(gate)
    auth = _auth(sandbox.base_url, token=expired_token)
    start = threading.Barrier(loops)

    async def run_loop() -> set[int]:
        async with httpx.AsyncClient(auth=auth) as client:
            responses = await asyncio.gather(
                *(client.get(sandbox.base_url + CREDENTIALS) for _ in range(tasks))
            )
        return {r.status_code for r in responses}

    def in_thread() -> set[int]:
        start.wait()
        return asyncio.run(run_loop())

    results = await asyncio.gather(*(asyncio.to_thread(in_thread) for _ in range(loops)))
    assert gate.arrivals == 1
    assert sandbox.token_requests == 2
    assert results == [{200}] * loops


def _request_in_child(
    base_url: str,
    token_path: str,
    start: Any,
    logs: multiprocessing.Queue[Any],
    results: multiprocessing.Queue[tuple[int, str]],
) -> None:
    logger = logging.getLogger("factorial_auth")
    logger.setLevel(logging.DEBUG)
    logger.addHandler(logging.handlers.QueueHandler(logs))
    auth = _auth(base_url, store=FileTokenStore(token_path))
    start.wait()
    try:
        with httpx.Client(auth=auth) as client:
            response = client.get(base_url + CREDENTIALS)
    except FactorialAuthError as exc:
        results.put((0, type(exc).__name__))  # tell the parent at once rather than time out
    else:
        results.put((response.status_code, response.request.headers["authorization"]))


def test_processes_sharing_a_file_store_refresh_once(
    sandbox: Sandbox, expired_token: Token, tmp_path: Path
) -> None:
    processes = 4
    store = FileTokenStore(tmp_path / "token.json")
    store.save(expired_token)
    gate = Gate(sandbox, waiters=processes - 1)
    logs: multiprocessing.Queue[Any] = _SPAWN.Queue()
    results: multiprocessing.Queue[tuple[int, str]] = _SPAWN.Queue()
    start = _SPAWN.Barrier(processes)
    listener = logging.handlers.QueueListener(logs, gate)
    listener.start()
    children = [
        _SPAWN.Process(
            target=_request_in_child,
            args=(sandbox.base_url, str(store.path), start, logs, results),
        )
        for _ in range(processes)
    ]
    try:
        for child in children:
            child.start()
        outcomes = [results.get(timeout=60) for _ in range(processes)]
    finally:
        for child in children:
            child.join(timeout=60)
        listener.stop()

    assert [child.exitcode for child in children] == [0] * processes
    assert gate.arrivals == 1
    assert sandbox.token_requests == 2
    final = store.load()
    assert final is not None and final.refresh_token != expired_token.refresh_token
    assert outcomes == [(200, f"Bearer {final.access_token}")] * processes
