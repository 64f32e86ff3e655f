"""Import cost of the client generated from Factorial's whole spec, beside the official SDK.

    python benchmarks/bench_import.py [--package DIR] [--runs N]

Each sample is a fresh interpreter doing the imports a script that lists employees needs; the
child reports its import time and peak RSS, the parent times the whole process. The cases run
interleaved, so a busy machine slows them alike, and the table shows medians. Without --package
the published spec (../shared/specs, outside the repo) is regenerated into a temporary directory.
The official SDK must be installed (`pip install factorial-api-client==3.0.0`); exit status 2
says it is not. Linux or macOS (see CHILD for how the peak RSS is read).
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import attrs

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT.parent / "shared" / "specs" / "factorial-2026-07-01.yaml"
OFFICIAL = "factorial-api-client==3.0.0"
TARGET_SECONDS, TARGET_MB, TARGET_RATIO = 0.25, 40.0, 0.2

# Peak RSS: Linux's VmHWM starts afresh at exec, while ru_maxrss keeps the forking parent's
# peak there; macOS has no /proc, and its ru_maxrss (in bytes) is the child's own.
CHILD = """\
import sys, time
sys.path.insert(0, {root!r})
started = time.perf_counter()
{statement}
elapsed = time.perf_counter() - started
{check}
try:
    with open("/proc/self/status") as status:
        kib = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except FileNotFoundError:
    import resource
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(elapsed, kib / 1024)
"""


@attrs.frozen
class Case:
    label: str
    code: str


@attrs.frozen
class Sample:
    wall: float
    imports: float
    rss_mb: float


class BenchError(Exception):
    """The benchmark cannot run; the message says why."""


def cases(package: Path) -> dict[str, Case]:
    root, name = str(package.parent), package.name
    ours = f"import {name}.client, {name}.api.employees.list_employees"
    # The installed factorial_api has the same name: make sure the one measured is `package`.
    check = f"assert {name}.__file__.startswith({root!r}), {name}.__file__"
    official = "from factorial_api_client import FactorialClient"

    def case(label: str, statement: str, check: str = "") -> Case:
        return Case(label, CHILD.format(root=root, statement=statement, check=check))

    return {
        "baseline": case("baseline: `python -c pass`", "pass"),
        "dependencies": case("our dependencies: `import httpx, attrs`", "import httpx, attrs"),
        "ours": case("ours: client + `api.employees.list_employees`", ours, check),
        "official": case(f"official: `{official}`", official),
    }


def sample(case: Case) -> Sample:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", case.code], capture_output=True, text=True)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise BenchError(f"{case.label} failed: {last}")
    imports, rss_mb = map(float, result.stdout.split())
    return Sample(wall, imports, rss_mb)


def measure(all_cases: dict[str, Case], runs: int) -> dict[str, Sample]:
    """Median of each measure per case; one untimed round first warms caches."""
    for case in all_cases.values():
        sample(case)
    samples: dict[str, list[Sample]] = {key: [] for key in all_cases}
    for _ in range(runs):
        for key, case in all_cases.items():
            samples[key].append(sample(case))
    return {
        key: Sample(
            statistics.median(s.wall for s in taken),
            statistics.median(s.imports for s in taken),
            statistics.median(s.rss_mb for s in taken),
        )
        for key, taken in samples.items()
    }


def table(all_cases: dict[str, Case], medians: dict[str, Sample]) -> str:
    rows = ["| case | wall (s) | imports (s) | peak RSS (MB) |", "|---|---:|---:|---:|"]
    for key, m in medians.items():
        rows.append(f"| {all_cases[key].label} | {m.wall:.3f} | {m.imports:.3f} | {m.rss_mb:.1f} |")
    ours, official = medians["ours"], medians["official"]
    rows.append(
        f"| ours / official | {ours.wall / official.wall:.2f} | "
        f"{ours.imports / official.imports:.2f} | {ours.rss_mb / official.rss_mb:.2f} |"
    )
    return "\n".join(rows)


def verdict(medians: dict[str, Sample]) -> str:
    ours, official = medians["ours"], medians["official"]
    checks = [
        (f"wall {ours.wall:.3f} s < {TARGET_SECONDS} s", ours.wall < TARGET_SECONDS),
        (f"peak RSS {ours.rss_mb:.1f} MB < {TARGET_MB:.0f} MB", ours.rss_mb < TARGET_MB),
        (
            f"wall {ours.wall / official.wall:.2f} of the official SDK's <= {TARGET_RATIO}",
            ours.wall <= TARGET_RATIO * official.wall,
        ),
    ]
    return "\n".join(f"- {'met' if ok else 'MISSED'}: {text}" for text, ok in checks)


def regenerate(output: Path) -> Path:
    if not SPEC.is_file():
        raise BenchError(f"the published spec is not at {SPEC}; pass --package DIR instead")
    command = [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "--spec", str(SPEC)]
    result = subprocess.run([*command, "--output", str(output)], capture_output=True, text=True)
    if result.returncode != 0:
        raise BenchError(f"regeneration failed: {result.stderr.strip()}")
    return output / "factorial_api"


def run(package: Path | None, runs: int) -> None:
    with tempfile.TemporaryDirectory(prefix="bench-import-") as work:
        if package is None:
            print(f"regenerating {SPEC.name} ...", file=sys.stderr)
            package = regenerate(Path(work))
        package = package.resolve()
        if not (package / "api" / "employees" / "list_employees.py").is_file():
            raise BenchError(f"{package} is not a package generated from the full spec")
        # Installers compile bytecode; without it the first import of each module compiles it.
        compileall.compile_dir(package, quiet=1)
        models = len(list((package / "models").glob("*.py")))
        all_cases = cases(package)
        medians = measure(all_cases, runs)
    print(f"Python {sys.version.split()[0]}, {runs} runs each, medians; wall = whole process.")
    print(f"ours: {package} ({models} model modules); official: {OFFICIAL}\n")
    print(table(all_cases, medians))
    print(f"\nTargets for ours:\n{verdict(medians)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--package", type=Path, help="a generated factorial_api directory")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per case (default 7)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if importlib.util.find_spec("factorial_api_client") is None:
        print(f"bench_import: the official SDK is missing: pip install {OFFICIAL}", file=sys.stderr)
        return 2
    try:
        run(args.package, args.runs)
    except BenchError as exc:
        print(f"bench_import: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
