"""Third-party servers for the peer tests, run as subprocesses from ``tests/peers/node_modules``.

Each listens on a port of the system's choosing on 127.0.0.1 and prints its URL once it
accepts connections; the URL is read from its output rather than polled for.
"""

from __future__ import annotations

import os
import queue
import re
import shutil
import subprocess
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import IO

import attrs
import pytest

__all__ = ["PeerServer", "run_oauth_server", "run_prism"]

PEERS = Path(__file__).resolve().parent
INSTALL = "npm ci --prefix tests/peers"
OAUTH_PACKAGE = "oauth2-mock-server"
PRISM_PACKAGE = "@stoplight/prism-cli"
PRISM_SEED = "factorial"
_LISTENING = re.compile(r"listening on (http://127\.0\.0\.1:\d+)")
_STOP_TIMEOUT = 10.0
# Prism reads the whole spec before it listens: seconds for ours, more for the published one.
_PRISM_STARTUP = 120.0
_OAUTH_STARTUP = 30.0


def run_oauth_server(
    client_id: str, client_secret: str, log: Path
) -> AbstractContextManager[PeerServer]:
    """oauth2-mock-server, through ``oauth_server.mjs``, for one OAuth application."""
    argv = [_node(OAUTH_PACKAGE), str(PEERS / "oauth_server.mjs"), client_id, client_secret]
    return _run("oauth2-mock-server", argv, log, startup_timeout=_OAUTH_STARTUP)


def run_prism(spec: Path, log: Path, *, dynamic: bool) -> AbstractContextManager[PeerServer]:
    """Prism mocking ``spec``: from its examples, or ``dynamic`` data made from its schemas.

    Dynamic data comes from a fixed seed, so a failure shows again on the next run.
    """
    script = PEERS / "node_modules" / PRISM_PACKAGE / "dist" / "index.js"
    argv = [_node(PRISM_PACKAGE), str(script), "mock", "--host", "127.0.0.1", "--port", "0"]
    if dynamic:
        argv += ["--dynamic", "--seed", PRISM_SEED]
    return _run("prism", [*argv, str(spec)], log, startup_timeout=_PRISM_STARTUP)


def _node(package: str) -> str:
    """The node executable, once ``package`` is installed; else skip, or fail in CI.

    CI sets ``CI``: there, a missing install is a broken build, never a quiet skip.
    """
    executable = shutil.which("node")
    installed = (PEERS / "node_modules" / package / "package.json").is_file()
    if executable is None or not installed:
        what = "node is not on PATH" if executable is None else f"{package} is missing"
        reason = f"peer servers not installed ({what}): run `{INSTALL}`"
        if os.environ.get("CI", "").lower() not in ("", "0", "false"):
            pytest.fail(f"{reason}; CI must install them", pytrace=False)
        pytest.skip(reason)
    return executable


@attrs.frozen
class PeerServer:
    """A running peer: where it listens, and the file its output goes to."""

    name: str
    url: str
    log: Path


@contextmanager
def _run(
    name: str, argv: Sequence[str], log: Path, *, startup_timeout: float
) -> Iterator[PeerServer]:
    """Start a server, yield it once it prints its URL, and stop it on the way out."""
    env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"}
    process = subprocess.Popen(
        argv,
        cwd=PEERS,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    assert process.stdout is not None
    urls: queue.Queue[str | None] = queue.Queue()
    copier = threading.Thread(target=_copy_output, args=(process.stdout, log, urls), daemon=True)
    copier.start()
    try:
        try:
            url = urls.get(timeout=startup_timeout)
        except queue.Empty:
            url, problem = None, f"did not start within {startup_timeout:.0f} s"
        else:
            problem = "exited before it was listening"
        if url is None:
            _stop(process, copier)
            output = log.read_text(encoding="utf-8", errors="replace")
            pytest.fail(f"{name} {problem}; its output ({log}):\n{output}", pytrace=False)
        yield PeerServer(name, url, log)
    finally:
        _stop(process, copier)


def _copy_output(stream: IO[str], log: Path, urls: queue.Queue[str | None]) -> None:
    """Copy the server's output to its log, announcing its URL; None once the output ends."""
    announced = False
    with stream, log.open("w", encoding="utf-8") as file:
        for line in stream:
            file.write(line)
            file.flush()
            if not announced and (match := _LISTENING.search(line)):
                urls.put(match.group(1))
                announced = True
    if not announced:
        urls.put(None)


def _stop(process: subprocess.Popen[str], copier: threading.Thread) -> None:
    """Terminate, kill if that is ignored, and let the copier write the last of the output."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(_STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    copier.join(_STOP_TIMEOUT)
