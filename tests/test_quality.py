"""The whole tree is formatted, lint-free and passes mypy --strict, generated code included."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests._paths import ROOT

CHECKS = {
    "ruff check": ["ruff", "check", "."],
    "ruff format": ["ruff", "format", "--check", "."],
    "ruff check (generated)": [
        "ruff",
        "check",
        "--config",
        "scripts/generator/ruff.toml",
        "generated",
    ],
    "mypy --strict": [
        "mypy",
        "--strict",
        "factorial_auth",
        "scripts",
        "benchmarks",
        "tests",
        "generated/factorial_api",
    ],
}


@pytest.mark.parametrize("name", CHECKS)
def test_tree_is_clean(name: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", *CHECKS[name]], cwd=ROOT, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, f"{name} failed:\n{result.stdout}{result.stderr}"
