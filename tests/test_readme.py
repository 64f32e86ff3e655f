"""The README's examples run, in order, against the sandbox, and its test command is CI's."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from factorial_auth import Factorial, Sandbox
from tests._paths import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
PYTHON_BLOCKS = re.findall(r"```python\n(.*?)```", README, re.DOTALL)
SHELL_BLOCKS = re.findall(r"```sh\n(.*?)```", README, re.DOTALL)
CLIENT_ID, CLIENT_SECRET = "readme-app", "readme-secret"
REDIRECT_URI = "https://app.example.com/callback"


def _authorization_key(sandbox: Sandbox) -> str:
    """What the user's browser shows after approving: the sandbox approves at once."""
    link = Factorial(access_token="abc", base_url=sandbox.base_url).authorization_url(
        CLIENT_ID, REDIRECT_URI
    )
    redirect = httpx.get(link).headers["location"]
    return parse_qs(urlsplit(redirect).query)["code"][0]


def test_the_python_examples_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert len(PYTHON_BLOCKS) >= 6
    with Sandbox(employees=250) as sandbox:
        base_url = sandbox.base_url
        monkeypatch.setenv("FACTORIAL_BASE_URL", base_url)
        monkeypatch.chdir(tmp_path)
        namespace: dict[str, Any] = {
            "client_id": CLIENT_ID,
            "client_secret": CLIENT_SECRET,
            "redirect_uri": REDIRECT_URI,
            "authorization_key": _authorization_key(sandbox),
        }
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            for number, block in enumerate(PYTHON_BLOCKS, 1):
                exec(compile(block, f"README.md python block {number}", "exec"), namespace)
    output = printed.getvalue()
    assert "Authorization is required" in output and f"{base_url}/oauth/authorize?" in output
    assert "150\n" in output  # max_items stopped the listing early
    assert "404 " in output  # the NotFound example caught its error
    assert CLIENT_SECRET not in output and str(namespace["token"].refresh_token) not in output


def test_ci_runs_the_readme_test_command() -> None:
    test_command = SHELL_BLOCKS[1].strip()
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
