"""`factorial-auth demo`, run as the README tells a newcomer to run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

STEPS = [
    "A sandbox plays Factorial at http://127.0.0.1:",
    '1. Authorize: Factorial(access_token="abc").authorize(client_id, redirect_uri)',
    "/oauth/authorize?client_id=demo-app&redirect_uri=",
    "2. Approve: a browser opens the link",
    "3. Obtain the token: obtain_access_token(",
    "Token(token_type='Bearer', expires_in=3600, scope='read write', created_at=",
    "4. Typed calls: make_client(FactorialAuth(..., store=FileTokenStore(path)))",
    "signed in as Ada Lovelace",
    "list_employees.iterate(client=client): 250 employees in 3 pages",
    "first ones: Ada Lovelace, Alan Turing, Grace Hopper, ...",
    "5. Clock in",
    "Alan Turing clocked in at",
    "6. The access token expires: two hours pass on the sandbox's clock",
    "the API now answers it 401",
    "7. The hook renews it by itself",
    "the server answered 401 then 200; in between, FactorialAuth refreshed the token",
    "120 minutes",
    "8. The rotated refresh token was saved",
    "raises ReauthorizationRequired",
]

# Runs the demo with secrets.token_urlsafe recording what it hands out (the sandbox's keys and
# tokens, the demo's client secret) into the file named by argv[1].
RECORDING = """
import secrets, sys
from factorial_auth._cli import main

issued = []
real = secrets.token_urlsafe

def recording(nbytes=None):
    issued.append(real(nbytes))
    return issued[-1]

secrets.token_urlsafe = recording
status = main(["demo"])
with open(sys.argv[1], "w") as file:
    file.write("\\n".join(issued))
sys.exit(status)
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACTORIAL_")}
    return subprocess.run(
        args, capture_output=True, text=True, encoding="utf-8", env=env, timeout=60
    )


@pytest.fixture(scope="module")
def demo() -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).with_name("factorial-auth")
    if not script.exists():
        pytest.skip(f"the console script is not installed at {script}: pip install -e .")
    return run(str(script), "demo")


def test_the_demo_walks_every_step(demo: subprocess.CompletedProcess[str]) -> None:
    assert demo.returncode == 0, demo.stderr
    assert demo.stderr == ""
    position = 0
    for step in STEPS:
        found = demo.stdout.find(step, position)
        assert found >= 0, f"missing, or out of order: {step!r}\n{demo.stdout}"
        position = found + len(step)


def test_the_demo_shows_secrets_masked_only(tmp_path: Path) -> None:
    record = tmp_path / "issued.txt"
    result = run(sys.executable, "-c", RECORDING, str(record))
    assert result.returncode == 0, result.stderr
    issued = record.read_text().split()
    # The client secret, the authorization key, and two tokens of two secrets each.
    assert len(issued) == 6
    for secret in issued:
        assert secret not in result.stdout + result.stderr
        assert secret[:6] not in result.stdout  # nothing beyond the four characters shown
    shown = [secret for secret in issued if f"{secret[:4]}…" in result.stdout]
    # The key, the first token's two secrets and the rotated refresh token; never the client
    # secret, nor the renewed access token.
    assert shown == [issued[1], issued[2], issued[3], issued[5]]
