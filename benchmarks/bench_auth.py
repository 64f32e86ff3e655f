"""Cost of the FactorialAuth hook, beside a client that sends a fixed Authorization header.

    python benchmarks/bench_auth.py [--requests N] [--rounds R] [--concurrency C]

Both clients call the sandbox's credentials endpoint on loopback with the same valid token, so
the hook never refreshes: what is measured is its price on every request. The sandbox runs in a
process of its own, so its threads do not compete with the clients for the GIL. Each round runs
both clients, which one first alternating, so a busy machine slows both alike; the table shows
the median of the rounds. The last row times the hook alone, driving its auth flow with no
network.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing
import statistics
import time
from multiprocessing.connection import Connection
from typing import TypeVar
from urllib.parse import parse_qs, urlsplit

import attrs
import httpx

from factorial_auth import Factorial, FactorialAuth, Sandbox, Token
from factorial_auth._sandbox import API_VERSION

CLIENT_ID, CLIENT_SECRET = "bench-client", "bench-secret"
REDIRECT_URI = "https://bench.example.com/cb"
CREDENTIALS = f"/api/{API_VERSION}/resources/api_public/credentials"
TARGET_OVERHEAD = 5.0  # percent
T = TypeVar("T")


def serve(conn: Connection) -> None:
    """Run a sandbox until told to stop, then report how many token requests it saw."""
    with Sandbox() as sandbox:
        conn.send(sandbox.base_url)
        conn.recv()
        conn.send(sandbox.token_requests)


def issue_token(base_url: str) -> Token:
    factorial = Factorial("unused", base_url=base_url)
    link = factorial.authorization_url(CLIENT_ID, REDIRECT_URI)
    code = parse_qs(urlsplit(httpx.get(link).headers["location"]).query)["code"][0]
    return factorial.obtain_access_token(CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, code)


def make_auth(base_url: str, token: Token) -> FactorialAuth:
    return FactorialAuth(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, token=token, base_url=base_url
    )


def sync_rate(client: httpx.Client, requests: int) -> float:
    started = time.perf_counter()
    for _ in range(requests):
        client.get(CREDENTIALS).raise_for_status()
    return requests / (time.perf_counter() - started)


async def async_rate(client: httpx.AsyncClient, requests: int, concurrency: int) -> float:
    async def worker(count: int) -> None:
        for _ in range(count):
            (await client.get(CREDENTIALS)).raise_for_status()

    started = time.perf_counter()
    await asyncio.gather(*(worker(requests // concurrency) for _ in range(concurrency)))
    return concurrency * (requests // concurrency) / (time.perf_counter() - started)


def hook_alone(auth: httpx.Auth, iterations: int) -> float:
    """Microseconds per request spent in the auth flow itself."""
    request, ok = httpx.Request("GET", "http://127.0.0.1/"), httpx.Response(200)
    started = time.perf_counter()
    for _ in range(iterations):
        flow = auth.sync_auth_flow(request)
        next(flow)
        with contextlib.suppress(StopIteration):
            flow.send(ok)
    return (time.perf_counter() - started) / iterations * 1e6


def alternate(round_: int, first: T, second: T) -> tuple[T, T]:
    """Swap the order every round, so neither client always runs on a warmer machine."""
    return (first, second) if round_ % 2 == 0 else (second, first)


@attrs.frozen
class Row:
    label: str
    plain: list[float]  # requests per second, one per round
    hooked: list[float]

    def markdown(self) -> str:
        # Paired rounds ran back to back: their ratio cancels most of the machine's drift.
        pairs = zip(self.plain, self.hooked, strict=True)
        overhead = statistics.median(plain / hooked - 1 for plain, hooked in pairs) * 100
        plain_rate, hooked_rate = statistics.median(self.plain), statistics.median(self.hooked)
        return f"| {self.label} | {plain_rate:,.0f} | {hooked_rate:,.0f} | {overhead:+.1f}% |"


def measure_sync(base_url: str, token: Token, args: argparse.Namespace) -> Row:
    header = {"Authorization": f"Bearer {token.access_token}"}
    with (
        httpx.Client(base_url=base_url, headers=header) as plain,
        httpx.Client(base_url=base_url, auth=make_auth(base_url, token)) as hooked,
    ):
        sync_rate(plain, 50)  # warm the pools
        sync_rate(hooked, 50)
        rates: dict[httpx.Client, list[float]] = {plain: [], hooked: []}
        for round_ in range(args.rounds):
            for client in alternate(round_, plain, hooked):
                rates[client].append(sync_rate(client, args.requests))
    return Row("sync `httpx.Client`", rates[plain], rates[hooked])


async def measure_async(base_url: str, token: Token, args: argparse.Namespace) -> Row:
    header = {"Authorization": f"Bearer {token.access_token}"}
    async with (
        httpx.AsyncClient(base_url=base_url, headers=header) as plain,
        httpx.AsyncClient(base_url=base_url, auth=make_auth(base_url, token)) as hooked,
    ):
        await async_rate(plain, args.concurrency * 10, args.concurrency)  # warm the pools
        await async_rate(hooked, args.concurrency * 10, args.concurrency)
        rates: dict[httpx.AsyncClient, list[float]] = {plain: [], hooked: []}
        for round_ in range(args.rounds):
            for client in alternate(round_, plain, hooked):
                rates[client].append(await async_rate(client, args.requests, args.concurrency))
    label = f"async `httpx.AsyncClient`, {args.concurrency} tasks"
    return Row(label, rates[plain], rates[hooked])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=1000, help="requests per round and client")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--concurrency", type=int, default=10, help="tasks in the async case")
    args = parser.parse_args()

    conn, child_conn = multiprocessing.Pipe()
    spawn = multiprocessing.get_context("spawn")
    server = spawn.Process(target=serve, args=(child_conn,), daemon=True)
    server.start()
    try:
        base_url = conn.recv()
        token = issue_token(base_url)
        rows = [
            measure_sync(base_url, token, args),
            asyncio.run(measure_async(base_url, token, args)),
        ]
        conn.send("stop")
        refreshes = conn.recv() - 1
    finally:
        server.terminate()  # at once if a failure above left it waiting for "stop"
        server.join()
    micro_plain = hook_alone(httpx.Auth(), 20_000)
    micro_hooked = hook_alone(make_auth(base_url, token), 20_000)

    hook_cost = micro_hooked - micro_plain
    request_time = 1e6 / statistics.median(rows[0].plain)

    print(f"{args.rounds} rounds of {args.requests} requests per client; medians.\n")
    print("| client | static header (req/s) | FactorialAuth (req/s) | overhead |")
    print("| --- | ---: | ---: | ---: |")
    for row in rows:
        print(row.markdown())
    print(
        f"| auth flow alone, no network (µs/request) | {micro_plain:.1f} (no-op auth) "
        f"| {micro_hooked:.1f} | {hook_cost:+.1f} µs = {hook_cost / request_time:.2%} "
        f"of a {request_time:,.0f} µs sync request |"
    )
    print(f"\nTarget: overhead < {TARGET_OVERHEAD:.0f}%. Refreshes during the run: {refreshes}.")


if __name__ == "__main__":
    main()
