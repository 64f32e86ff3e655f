"""scripts/regenerate.py end to end: up-to-date check, bad input, and nothing lost on failure."""

from __future__ import annotations

import hashlib
import http.server
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests._paths import ROOT

SCRIPT = ROOT / "scripts" / "regenerate.py"
GENERATED = ROOT / "generated"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=300
    )


def _digest(tree: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(tree.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(tree)).encode() + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def output(tmp_path: Path) -> Path:
    """A copy of the committed output, to be regenerated or damaged at will."""
    target = tmp_path / "generated"
    shutil.copytree(GENERATED, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def test_committed_output_is_exactly_what_the_script_produces() -> None:
    result = _run("--check")
    assert result.returncode == 0, result.stderr
    assert "skipped: 0" in result.stdout and "56 operations" in result.stdout


def test_check_names_the_files_that_differ(output: Path) -> None:
    (output / "factorial_api" / "api" / "employees" / "list_employees.py").write_text(
        "# edited by hand\n"
    )
    (output / "factorial_api" / "stray.py").write_text("")
    result = _run("--check", "--output", str(output))
    assert result.returncode == 1
    assert "api/employees/list_employees.py" in result.stderr and "stray.py" in result.stderr


def test_regenerating_is_byte_for_byte_reproducible(output: Path) -> None:
    before = _digest(output)
    result = _run("--output", str(output))
    assert result.returncode == 0, result.stderr
    assert _digest(output) == before


@pytest.mark.parametrize(
    ("spec_text", "message"),
    [
        ("openapi: 3.1.0\npaths: {\n  broken", "is not valid YAML or JSON at line"),
        ("just text", "is not an OpenAPI 3 document"),
        (
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
            "components: {schemas: {a: {$ref: '#/components/schemas/missing'}}}\n",
            "dangling $ref '#/components/schemas/missing' at #/components/schemas/a",
        ),
        (
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
            "paths: {/oauth/token: {post: {responses: {'200': {description: ok}}}}}\n",
            "cannot name POST /oauth/token",
        ),
    ],
)
def test_bad_specs_fail_in_one_line_and_leave_the_output_alone(
    output: Path, tmp_path: Path, spec_text: str, message: str
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(spec_text)
    before = _digest(output)
    result = _run("--spec", str(spec), "--output", str(output))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert _digest(output) == before


def test_a_missing_file_is_named(output: Path, tmp_path: Path) -> None:
    result = _run("--spec", str(tmp_path / "nope.yaml"), "--output", str(output))
    assert result.returncode == 1 and f"cannot read spec {tmp_path / 'nope.yaml'}" in result.stderr


def test_what_the_generator_skips_is_listed_and_fails_the_run(output: Path, tmp_path: Path) -> None:
    # A path parameter that the path does not contain: openapi-python-client drops the endpoint.
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
        "paths:\n  /api/1/resources/a/things:\n    get:\n"
        "      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n"
        "      responses: {'200': {description: ok}}\n"
    )
    before = _digest(output)
    result = _run("--spec", str(spec), "--output", str(output))
    assert result.returncode == 1
    assert "skipped:" in result.stderr and "GET /api/1/resources/a/things" in result.stderr
    assert "the generator skipped 1 part(s)" in result.stderr
    assert _digest(output) == before


@pytest.fixture
def spec_server() -> Iterator[str]:
    """Serves the repository root over loopback HTTP."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(ROOT), **kwargs)  # type: ignore[arg-type]

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_spec_can_come_from_a_url(spec_server: str, output: Path) -> None:
    result = _run("--check", "--spec", f"{spec_server}/openapi.yaml", "--output", str(output))
    assert result.returncode == 0, result.stderr


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@pytest.mark.parametrize("where", ["missing page", "closed port"])
def test_an_unreachable_url_fails_in_one_line(spec_server: str, output: Path, where: str) -> None:
    url = (
        f"{spec_server}/no-such-spec.yaml"
        if where == "missing page"
        else f"http://127.0.0.1:{_closed_port()}/x"
    )
    before = _digest(output)
    result = _run("--spec", url, "--output", str(output))
    assert result.returncode == 1 and result.stderr.count("\n") == 1
    assert f"cannot fetch spec {url}: " in result.stderr
    assert _digest(output) == before
