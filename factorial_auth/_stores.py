"""Where tokens live between requests and between processes."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
import threading
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Protocol

import filelock

from ._errors import InvalidTokenError, TokenStoreError
from ._token import Token

__all__ = ["FileTokenStore", "MemoryTokenStore", "TokenStore"]

logger = logging.getLogger("factorial_auth")


class TokenStore(Protocol):
    """Keeps the newest token.

    ``lock()`` must exclude every other thread and process that shares the store: the auth
    hook holds it around load, refresh and save so that one refresh serves them all.
    ``save`` raises when it cannot write, since a rotated refresh token lost is lost for good.
    """

    def load(self) -> Token | None: ...

    def save(self, token: Token) -> None: ...

    def lock(self) -> AbstractContextManager[object]: ...


class MemoryTokenStore:
    """A store for one process; tokens are gone when it exits."""

    def __init__(self, token: Token | None = None) -> None:
        self._token = token
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"MemoryTokenStore(holds_token={self._token is not None})"

    def load(self) -> Token | None:
        return self._token

    def save(self, token: Token) -> None:
        self._token = token

    def lock(self) -> AbstractContextManager[object]:
        return self._lock


class FileTokenStore:
    """A JSON file readable by its owner only, shared safely by threads and processes.

    Saves replace the file atomically, so a crash leaves the old token or the new one.
    A file that does not parse is reported, never replaced: it may be the only copy of a
    refresh token someone can still recover.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        # thread_local=False: the async hook may take the lock in one thread and release it in
        # another. Threads of this process are kept apart by _thread_lock instead.
        self._file_lock = filelock.FileLock(f"{self.path}.lock", thread_local=False)
        self._thread_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.path)!r})"

    def load(self) -> Token | None:
        try:
            text = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise self._error(f"cannot read token file {self.path}: {exc.strerror}") from exc
        try:
            return Token.from_dict(json.loads(text))
        except (ValueError, InvalidTokenError) as exc:
            reason = exc if isinstance(exc, InvalidTokenError) else "not valid JSON"
            raise self._error(
                f"token file {self.path} is corrupt ({reason}); "
                "repair it, or delete it and authorize again"
            ) from None

    def save(self, token: Token) -> None:
        self.load()  # raises rather than let a corrupt file be overwritten
        data = json.dumps(token.to_dict()).encode()
        directory = self.path.parent
        try:
            directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            # mkstemp opens with O_EXCL and mode 0600: the token is never readable by others.
            fd, temp = tempfile.mkstemp(dir=directory, prefix=f".{self.path.name}.", suffix=".tmp")
        except OSError as exc:
            raise self._error(f"cannot save token to {self.path}: {exc.strerror}") from exc
        try:
            with open(fd, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temp, self.path)
            _fsync_directory(directory)
        except OSError as exc:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise self._error(f"cannot save token to {self.path}: {exc.strerror}") from exc
        logger.debug("saved token to %s", self.path)

    @contextlib.contextmanager
    def lock(self) -> Iterator[None]:
        with self._thread_lock:
            self._acquire_file_lock()
            try:
                yield
            finally:
                self._file_lock.release()

    def _acquire_file_lock(self) -> None:
        lock_file = self._file_lock.lock_file
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            try:
                self._file_lock.acquire(blocking=False)
            except filelock.Timeout:
                logger.debug("waiting for another process holding %s", lock_file)
                self._file_lock.acquire()
        except OSError as exc:
            raise self._error(f"cannot lock {lock_file}: {exc.strerror}") from exc

    def _error(self, message: str) -> TokenStoreError:
        return TokenStoreError(message, path=self.path)


def _fsync_directory(directory: Path) -> None:
    """Make the rename itself durable; Windows cannot open a directory, nor needs to."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
