"""Memory of streaming a long list through `iterate`, beside collecting it all first.

    python benchmarks/bench_pagination.py [--records N] [--runs N]

The sandbox serves N employees (100,000 by default) in this process; each case runs in a fresh
interpreter that walks the whole list at limit=100 and reports its own peak RSS, so the numbers
are the client's alone. Linux only (peak RSS is read from /proc/self/status).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

from factorial_auth import Sandbox

API_KEY = "bench-key"

CHILD = """\
import sys
from factorial_api.api.employees import list_employees
from factorial_auth import ApiKeyAuth, make_client

client = make_client(ApiKeyAuth({key!r}), base_url={url!r})
{body}
peak = next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]
print(count, int(peak) / 1024)
"""

CASES = {
    "stream: `for e in iterate(...)`": (
        "count = sum(1 for _ in list_employees.iterate(client=client))"
    ),
    "list everything: `list(iterate(...))`": (
        "everyone = list(list_employees.iterate(client=client))\ncount = len(everyone)"
    ),
}


def _run(url: str, body: str) -> tuple[int, float, float]:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", CHILD.format(key=API_KEY, url=url, body=body)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    count, peak = result.stdout.split()
    return int(count), float(peak), time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    peaks: dict[str, list[float]] = {name: [] for name in CASES}
    walls: dict[str, list[float]] = {name: [] for name in CASES}
    with Sandbox(employees=args.records, api_key=API_KEY) as sandbox:
        for _ in range(args.runs):
            for name, body in CASES.items():  # interleaved: a busy machine slows both alike
                count, peak, wall = _run(sandbox.base_url, body)
                if count != args.records:
                    sys.exit(f"{name} saw {count} records, not {args.records}")
                peaks[name].append(peak)
                walls[name].append(wall)
    print(f"{args.records:,} employees at limit=100, medians of {args.runs} runs\n")
    print("| approach | peak RSS (MB) | wall (s) |")
    print("| --- | ---: | ---: |")
    for name in CASES:
        peak, wall = statistics.median(peaks[name]), statistics.median(walls[name])
        print(f"| {name} | {peak:.1f} | {wall:.1f} |")
    stream, everything = (statistics.median(peaks[name]) for name in CASES)
    print(f"\nstreaming peaks at {stream / everything:.0%} of listing everything")


if __name__ == "__main__":
    main()
