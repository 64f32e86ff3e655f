"""The factorial-auth command, run as a user runs it: subprocesses talking to a sandbox."""

from __future__ import annotations

import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

import attrs
import httpx
import pytest

from factorial_auth import FileTokenStore, Sandbox, Token
from factorial_auth._sandbox import API_VERSION

CLIENT_ID = "cli-app"
CLIENT_SECRET = "cli-secret-do-not-print-0123456789"
PASTE_REDIRECT = "https://app.example.com/callback"  # not loopback: the CLI asks for the key
CREDENTIALS = f"/api/{API_VERSION}/resources/api_public/credentials"
DAY, HOUR = 24 * 3600, 3600
TIMEOUT = 30  # seconds any one CLI run may take before the test fails; runs take well under one

posix_only = pytest.mark.skipif(os.name != "posix", reason="sends POSIX signals")


@attrs.frozen
class Result:
    status: int
    stdout: str
    stderr: str


class Running:
    """A CLI process whose output lines arrive in a queue, for a test to wait on."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "factorial_auth._cli", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
            encoding="utf-8",
        )
        self._lines: queue.Queue[str] = queue.Queue()
        self._seen: list[str] = []
        self._pump = threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True)
        self._pump.start()

    def _read(self, stream: IO[str] | None) -> None:
        assert stream is not None
        for line in stream:
            self._seen.append(line)
            self._lines.put(line)
        self._lines.put("")  # the end of the output

    def line_with(self, text: str) -> str:
        while line := self._lines.get(timeout=TIMEOUT):
            if text in line:
                return line.strip()
        raise AssertionError(f"the output ended without {text!r}: {''.join(self._seen)}")

    def send(self, text: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(text)
        self.process.stdin.flush()

    def finish(self) -> Result:
        try:
            status = self.process.wait(timeout=TIMEOUT)
        finally:
            self.process.kill()  # a no-op once it exited; ends a hung run after a failure
        self._pump.join(timeout=TIMEOUT)
        assert self.process.stderr is not None
        stderr = self.process.stderr.read()
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()
        return Result(status, "".join(self._seen), stderr)


class Cli:
    """factorial-auth pointed at one sandbox and one token file; keeps every output it printed."""

    def __init__(self, sandbox: Sandbox, token_file: Path) -> None:
        self.base_url = sandbox.base_url
        self.token_file = token_file
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("FACTORIAL_")}
        self.env["FACTORIAL_CLIENT_SECRET"] = CLIENT_SECRET
        self.printed: list[str] = []  # everything but the access token `token` prints on purpose
        self._started: list[Running] = []

    def args(self, command: str, *extra: str) -> list[str]:
        where = ["--token-file", str(self.token_file)]
        if command in ("login", "refresh", "token"):
            where += ["--base-url", self.base_url, "--client-id", CLIENT_ID]
        return [command, *where, *extra]  # options in `extra` come last, so they win

    def start(self, command: str, *extra: str) -> Running:
        running = Running(self.args(command, *extra), self.env)
        self._started.append(running)
        return running

    def finish(self, running: Running) -> Result:
        result = running.finish()
        self.printed += [result.stdout, result.stderr]
        return result

    def run(self, command: str, *extra: str) -> Result:
        return self.run_all([command, *extra])[0]

    def run_all(self, *commands: list[str]) -> list[Result]:
        """Run the commands at once, each a list of arguments; their results in order."""
        started = [(command[0], self.start(*command)) for command in commands]
        results = []
        for command, running in started:
            result = running.finish()
            self.printed += [result.stderr] + ([result.stdout] if command != "token" else [])
            results.append(result)
        return results

    def token(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.token_file.read_text())
        return data

    def assert_kept_secret(self, *secrets: str) -> None:
        output = "\n".join(self.printed)
        for secret in (CLIENT_SECRET, *secrets):
            assert secret not in output

    def stop(self) -> None:
        for running in self._started:
            running.process.kill()


@pytest.fixture
def cli(sandbox: Sandbox, tmp_path: Path) -> Iterator[Cli]:
    runner = Cli(sandbox, tmp_path / "config" / "token.json")
    yield runner
    runner.stop()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def with_query(url: str, **changes: str | None) -> str:
    parts = urlsplit(url)
    query = {name: values[0] for name, values in parse_qs(parts.query).items()}
    for name, value in changes.items():
        if value is None:
            del query[name]
        else:
            query[name] = value
    return urlunsplit(parts._replace(query=urlencode(query)))


def assert_one_line_error(result: Result, status: int, *fragments: str) -> None:
    assert result.status == status, result
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("factorial-auth: error: "), result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def works(http: httpx.Client, sandbox: Sandbox, access_token: str) -> bool:
    headers = {"Authorization": f"Bearer {access_token}"}
    return http.get(sandbox.base_url + CREDENTIALS, headers=headers).status_code == 200


# login


def test_login_receives_the_loopback_redirect(
    cli: Cli, sandbox: Sandbox, http: httpx.Client
) -> None:
    redirect_uri = f"http://127.0.0.1:{free_port()}/callback"
    running = cli.start("login", "--redirect-uri", redirect_uri, "--no-browser", "--scope", "read")
    link = running.line_with("/oauth/authorize")
    query = parse_qs(urlsplit(link).query)
    assert query["redirect_uri"] == [redirect_uri] and query["scope"] == ["read"]
    assert len(query["state"][0]) >= 16
    page = http.get(link, follow_redirects=True)  # the browser: to the sandbox, then to the CLI
    key = parse_qs(urlsplit(page.history[0].headers["location"]).query)["code"][0]
    assert (page.status_code, page.url.path) == (200, "/callback")
    assert "Signed in" in page.text
    result = cli.finish(running)
    assert result.status == 0, result
    assert f"token saved to {cli.token_file}" in result.stdout
    token = cli.token()
    assert token["scope"] == "read" and works(http, sandbox, token["access_token"])
    if os.name == "posix":
        assert cli.token_file.stat().st_mode & 0o777 == 0o600
    cli.assert_kept_secret(key, token["access_token"], token["refresh_token"])


@pytest.mark.parametrize("state", ["forged", None])
def test_login_rejects_a_redirect_without_the_right_state(
    cli: Cli, sandbox: Sandbox, http: httpx.Client, state: str | None
) -> None:
    running = cli.start(
        "login", "--redirect-uri", f"http://localhost:{free_port()}/cb", "--no-browser"
    )
    link = running.line_with("/oauth/authorize")
    page = http.get(with_query(link, state=state), follow_redirects=True)
    assert page.status_code == 400 and "Sign-in failed" in page.text
    assert_one_line_error(cli.finish(running), 1, "state does not match")
    assert sandbox.token_requests == 0  # the key was never exchanged
    assert not cli.token_file.exists()


def test_login_reports_a_rejected_client_secret(
    tmp_path: Path, http: httpx.Client, clock: Any
) -> None:
    with Sandbox(client_secret="the-real-secret", clock=clock) as sandbox:
        cli = Cli(sandbox, tmp_path / "token.json")
        uri = f"http://127.0.0.1:{free_port()}/"
        running = cli.start("login", "--redirect-uri", uri, "--no-browser")
        page = http.get(running.line_with("/oauth/authorize"), follow_redirects=True)
        assert page.status_code == 400
        assert_one_line_error(cli.finish(running), 1, "401", "invalid_client")
        cli.assert_kept_secret("the-real-secret")


@posix_only
def test_login_opens_the_browser(cli: Cli, sandbox: Sandbox, tmp_path: Path) -> None:
    """$BROWSER names a fake browser that follows the link in the background, like a real one."""
    browser = tmp_path / "browser"
    follow = "import httpx, sys; httpx.get(sys.argv[1], follow_redirects=True, timeout=10)"
    browser.write_text(
        f"#!{sys.executable}\n"
        "import subprocess, sys\n"
        f"subprocess.Popen([sys.executable, '-c', {follow!r}, sys.argv[1]])\n"
    )
    browser.chmod(0o700)
    cli.env["BROWSER"] = str(browser)
    result = cli.run("login", "--redirect-uri", f"http://localhost:{free_port()}/callback")
    assert result.status == 0, result
    assert "Signed in: token saved" in result.stdout
    assert sandbox.token_requests == 1


def test_login_gives_up_after_the_timeout(cli: Cli) -> None:
    running = cli.start(
        "login", "--redirect-uri", f"http://127.0.0.1:{free_port()}/cb", "--no-browser",
        "--timeout", "0.2",
    )  # fmt: skip
    assert_one_line_error(cli.finish(running), 1, "no authorization arrived within 0.2 s")


@pytest.mark.parametrize("paste", ["key", "address"])
def test_login_with_a_pasted_key(
    cli: Cli, sandbox: Sandbox, http: httpx.Client, paste: str
) -> None:
    running = cli.start("login", "--redirect-uri", PASTE_REDIRECT)
    landing = http.get(running.line_with("/oauth/authorize")).headers["location"]
    key = parse_qs(urlsplit(landing).query)["code"][0]
    running.send((key if paste == "key" else landing) + "\n")
    result = cli.finish(running)
    assert result.status == 0, result
    assert "paste the authorization key" in result.stdout
    assert works(http, sandbox, cli.token()["access_token"])
    cli.assert_kept_secret(key, cli.token()["refresh_token"])


def test_login_rejects_a_pasted_address_with_another_state(cli: Cli, http: httpx.Client) -> None:
    running = cli.start("login", "--redirect-uri", PASTE_REDIRECT)
    landing = http.get(running.line_with("/oauth/authorize")).headers["location"]
    running.send(with_query(landing, state="forged") + "\n")
    assert_one_line_error(cli.finish(running), 1, "state does not match")


# status, refresh, token, logout: the token is issued by the library, which other tests cover


@pytest.fixture
def save_token(
    cli: Cli, issue_token: Callable[[str, str], Token], clock: Any
) -> Callable[..., dict[str, Any]]:
    """Store a token the sandbox issued ``age`` seconds ago; its clock is back at now after."""

    def save(age: float = 0, path: Path | None = None) -> dict[str, Any]:
        clock.now = time.time() - age
        token = issue_token(CLIENT_ID, CLIENT_SECRET)
        clock.now = time.time()
        FileTokenStore(path or cli.token_file).save(token)
        return token.to_dict()

    return save


def test_status_exit_codes(
    cli: Cli, save_token: Callable[..., dict[str, Any]], tmp_path: Path
) -> None:
    # Oldest first: the sandbox hands out the user's live token again rather than a new one.
    ages = {"lapsed": 8 * DAY, "expired": 2 * HOUR, "valid": 0}
    files = {name: tmp_path / f"{name}.json" for name in [*ages, "missing"]}
    tokens = [save_token(age, files[name]) for name, age in ages.items()]
    results = dict(
        zip(
            files,
            cli.run_all(*(["status", "--token-file", str(f)] for f in files.values())),
            strict=True,
        )
    )
    expected = {
        "valid": (0, "Status:         valid"),
        "expired": (1, "Status:         expired, renewable"),
        "lapsed": (2, "Status:         reauthorization needed"),
        "missing": (2, f"No token in {files['missing']}"),
    }
    for name, (status, says) in expected.items():
        result = results[name]
        assert (result.status, result.stderr) == (status, ""), result
        assert says in result.stdout
    for name in ages:
        assert "Scope:          read write" in results[name].stdout
        assert "an estimate" in results[name].stdout
    assert "59 min left" in results["valid"].stdout
    assert "expired at" in results["expired"].stdout and "lapsed around" in results["lapsed"].stdout
    cli.assert_kept_secret(*(t[key] for t in tokens for key in ("access_token", "refresh_token")))


def test_refresh_rotates_and_saves(
    cli: Cli, sandbox: Sandbox, http: httpx.Client, save_token: Callable[..., dict[str, Any]]
) -> None:
    before = save_token()
    result = cli.run("refresh")
    assert result.status == 0, result
    assert "Refreshed" in result.stdout
    after = cli.token()
    assert after["refresh_token"] != before["refresh_token"]
    assert works(http, sandbox, after["access_token"])
    assert not works(http, sandbox, before["access_token"])
    cli.assert_kept_secret(
        before["access_token"],
        before["refresh_token"],
        after["access_token"],
        after["refresh_token"],
    )


def test_refresh_of_a_lapsed_token_asks_for_login(
    cli: Cli, save_token: Callable[..., dict[str, Any]]
) -> None:
    save_token(8 * DAY)
    assert_one_line_error(cli.run("refresh"), 2, "refresh token was rejected", "login")


def test_token_prints_the_access_token(
    cli: Cli, sandbox: Sandbox, save_token: Callable[..., dict[str, Any]]
) -> None:
    saved = save_token()
    del cli.env["FACTORIAL_CLIENT_SECRET"]  # a fresh token needs no refresh, so no secret
    result = cli.run("token")
    assert (result.status, result.stdout, result.stderr) == (0, saved["access_token"] + "\n", "")
    assert sandbox.token_requests == 1  # only the authorization


def test_token_refreshes_an_expired_token_first(
    cli: Cli, sandbox: Sandbox, http: httpx.Client, save_token: Callable[..., dict[str, Any]]
) -> None:
    expired = save_token(2 * HOUR)
    del cli.env["FACTORIAL_CLIENT_SECRET"]
    assert_one_line_error(cli.run("token"), 1, "no client secret", "FACTORIAL_CLIENT_SECRET")
    cli.env["FACTORIAL_CLIENT_SECRET"] = CLIENT_SECRET
    result = cli.run("token")
    assert result.status == 0, result
    printed = result.stdout.strip()
    assert printed == cli.token()["access_token"] != expired["access_token"]
    assert works(http, sandbox, printed)
    cli.assert_kept_secret(expired["refresh_token"], cli.token()["refresh_token"], printed)


def test_logout_deletes_the_token_and_its_lock(
    cli: Cli, save_token: Callable[..., dict[str, Any]]
) -> None:
    save_token()
    lock = Path(f"{cli.token_file}.lock")
    lock.touch()  # left by any process that refreshed through this file
    result = cli.run("logout")
    assert result.status == 0 and "Signed out" in result.stdout
    assert not cli.token_file.exists() and not lock.exists()
    again, token = cli.run_all(["logout"], ["token"])
    assert again.status == 0 and "nothing to delete" in again.stdout
    assert_one_line_error(token, 2, "no token in", "login")
    assert not cli.token_file.parent.exists() or not any(cli.token_file.parent.iterdir())


# failures


def test_failures_are_one_line(cli: Cli, tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.json"
    corrupt.write_text("{not json")
    stale = tmp_path / "stale.json"
    stale.write_text(
        json.dumps(
            {
                "access_token": "a",
                "token_type": "Bearer",
                "expires_in": 1,
                "refresh_token": "r",
                "created_at": 0,
            }
        )
    )
    offline = ["--token-file", str(stale), "--base-url", f"http://127.0.0.1:{free_port()}"]
    insecure = ["--token-file", str(stale), "--base-url", "http://factorial.example.com"]
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = f"http://127.0.0.1:{taken.getsockname()[1]}/cb"
        results = cli.run_all(
            ["refresh"],
            ["status", "--token-file", str(corrupt)],
            ["login"],
            ["status", "--bogus"],
            ["login", "--redirect-uri", busy],
            ["refresh", *offline],
            ["token", *insecure],
            ["login", "--redirect-uri", "http://127.0.0.1:99999/cb"],
        )
    expected = [
        (2, "no token in"),
        (2, "is corrupt"),
        (1, "no redirect URI: pass --redirect-uri or set FACTORIAL_REDIRECT_URI"),
        (2, "unrecognized arguments: --bogus"),
        (1, "cannot listen"),
        (1, "failed: ConnectError"),
        (1, "refusing to send"),
        (1, "invalid port"),
    ]
    for result, (status, says) in zip(results, expected, strict=True):
        assert_one_line_error(result, status, says)
    assert not cli.token_file.parent.exists()  # failing commands left nothing behind


@posix_only
def test_ctrl_c_ends_login_with_one_line(cli: Cli) -> None:
    running = cli.start("login", "--redirect-uri", f"http://127.0.0.1:{free_port()}/cb")
    running.line_with("Waiting up to")
    running.process.send_signal(signal.SIGINT)
    assert_one_line_error(cli.finish(running), 130, "interrupted")


# sandbox


@posix_only
def test_sandbox_command_serves_until_ctrl_c(http: httpx.Client) -> None:
    running = Running(
        ["sandbox", "--port", "0", "--employees", "3", "--client-id", "only-me"], dict(os.environ)
    )
    try:
        url = running.line_with("listening on").rsplit(" ", 1)[1]
        assert running.line_with("export FACTORIAL_BASE_URL=").endswith(url)
        running.line_with("Press Ctrl-C")
        assert http.get(url + CREDENTIALS).status_code == 401
        assert http.get(url + "/oauth/authorize?client_id=other&redirect_uri=x").status_code == 400
    finally:
        running.process.send_signal(signal.SIGINT)
    result = running.finish()
    assert result.status == 0, result
    assert "Stopped." in result.stdout and result.stderr == ""


def test_help_documents_the_exit_statuses() -> None:
    result = Running(["status", "--help"], dict(os.environ)).finish()
    assert result.status == 0
    assert "1    failure; for status: the access token expired" in result.stdout
    assert "2    reauthorization needed" in result.stdout
