"""MemoryTokenStore and FileTokenStore: round trips, permissions, corruption, crashes mid-save."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from factorial_auth import (
    FactorialAuth,
    FileTokenStore,
    MemoryTokenStore,
    Sandbox,
    Token,
    TokenStore,
    TokenStoreError,
)
from factorial_auth._sandbox import API_VERSION

CREDENTIALS = f"/api/{API_VERSION}/resources/api_public/credentials"
_SPAWN = multiprocessing.get_context("spawn")


def make_token(n: int = 0, size: int = 40) -> Token:
    return Token(
        access_token=f"access-{n}-" + "a" * size,
        token_type="Bearer",
        expires_in=3600,
        refresh_token=f"refresh-{n}-" + "r" * size,
        scope="read write",
        created_at=1_700_000_000 + n,
    )


@pytest.fixture
def token_file(tmp_path: Path) -> Path:
    return tmp_path / "tokens" / "factorial.json"


@pytest.mark.parametrize("kind", ["memory", "file"])
def test_store_round_trip(kind: str, token_file: Path) -> None:
    store: TokenStore = MemoryTokenStore() if kind == "memory" else FileTokenStore(token_file)
    assert store.load() is None
    store.save(make_token(1))
    store.save(make_token(2))
    assert store.load() == make_token(2)
    with store.lock():
        assert store.load() == make_token(2)


def test_file_is_plain_json_of_the_token(token_file: Path) -> None:
    FileTokenStore(token_file).save(make_token(1))
    assert json.loads(token_file.read_text()) == make_token(1).to_dict()


@pytest.fixture
def open_umask() -> Iterator[None]:
    """Let files be created world-writable unless the code asks otherwise."""
    previous = os.umask(0)
    yield
    os.umask(previous)


@pytest.mark.usefixtures("open_umask")
def test_file_is_created_and_kept_owner_only(token_file: Path) -> None:
    store = FileTokenStore(token_file)
    store.save(make_token(1))
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    token_file.chmod(0o644)
    store.save(make_token(2))
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert stat.S_IMODE(token_file.parent.stat().st_mode) == 0o700


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"access_token": "acc', "not valid JSON"),
        (b'{"access_token": "a"}', "token_type"),
        (b"[1, 2]", "mapping"),
        (b"\xff\xfe", "not valid JSON"),
    ],
)
def test_corrupt_file_is_reported_by_path_and_left_alone(
    token_file: Path, content: bytes, reason: str
) -> None:
    token_file.parent.mkdir()
    token_file.write_bytes(content)
    store = FileTokenStore(token_file)
    with pytest.raises(TokenStoreError, match=reason) as caught:
        store.load()
    assert str(token_file) in str(caught.value)
    assert caught.value.path == token_file
    with pytest.raises(TokenStoreError, match="corrupt"):
        store.save(make_token(1))
    assert token_file.read_bytes() == content


def test_corrupt_file_stops_a_refresh_before_it_happens(
    sandbox: Sandbox, issue_token: Callable[[str, str], Token], token_file: Path
) -> None:
    issue_token("c", "s")
    token_file.parent.mkdir()
    token_file.write_bytes(b"{not json")
    auth = FactorialAuth(
        client_id="c",
        client_secret="s",
        store=FileTokenStore(token_file),
        base_url=sandbox.base_url,
    )
    with httpx.Client(auth=auth) as client, pytest.raises(TokenStoreError, match="corrupt"):
        client.get(sandbox.base_url + CREDENTIALS)
    assert sandbox.token_requests == 1  # only the authorization: no refresh was attempted
    assert token_file.read_bytes() == b"{not json"


def test_unreadable_path_is_an_error_naming_it(token_file: Path) -> None:
    token_file.mkdir(parents=True)  # a directory where the file should be
    with pytest.raises(TokenStoreError, match="cannot read") as caught:
        FileTokenStore(token_file).load()
    assert str(token_file) in str(caught.value)


def test_unwritable_path_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    path = tmp_path / "a-file" / "token.json"
    with pytest.raises(TokenStoreError, match="Not a directory") as caught:
        FileTokenStore(path).save(make_token())
    assert str(path) in str(caught.value)


def test_failed_save_leaves_the_old_token_and_no_stray_file(
    token_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = FileTokenStore(token_file)
    store.save(make_token(1))

    def broken_replace(*args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(TokenStoreError, match="No space left"):
        store.save(make_token(2))
    monkeypatch.undo()
    assert store.load() == make_token(1)
    assert sorted(p.name for p in token_file.parent.iterdir()) == ["factorial.json"]


def _save_until_killed(path: str, saves_before_signal: int, saved: Any) -> None:
    store = FileTokenStore(path)
    for n in range(1_000_000):  # killed long before the end
        # Big tokens: a save that is not atomic leaves a truncated file more often.
        store.save(make_token(n, size=100_000))
        if n == saves_before_signal:
            saved.set()


def test_kill_during_save_never_leaves_a_torn_file(token_file: Path) -> None:
    store = FileTokenStore(token_file)
    store.save(make_token(0, size=100_000))
    for _ in range(5):
        saved = _SPAWN.Event()
        child = _SPAWN.Process(
            target=_save_until_killed, args=(str(token_file), random.randrange(1, 20), saved)
        )
        child.start()
        try:
            assert saved.wait(timeout=60)
            os.kill(child.pid or 0, signal.SIGKILL)
        finally:
            child.join(timeout=60)
        assert child.exitcode == -signal.SIGKILL
        token = store.load()
        assert token is not None and token.access_token.endswith("a" * 100_000)


def test_unlockable_path_is_an_error_naming_it(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("")
    store = FileTokenStore(tmp_path / "a-file" / "token.json")
    with pytest.raises(TokenStoreError, match=r"cannot lock .*token\.json\.lock"), store.lock():
        pass
