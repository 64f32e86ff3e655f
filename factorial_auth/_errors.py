"""The exceptions raised by factorial_auth; every one derives from FactorialAuthError."""

from __future__ import annotations

import os

__all__ = [
    "ConfigurationError",
    "FactorialAuthError",
    "InsecureTransportError",
    "InvalidTokenError",
    "ReauthorizationRequired",
    "TokenRequestError",
    "TokenStoreError",
]


class FactorialAuthError(Exception):
    """Base class, so callers can catch everything this package raises in one clause."""


class ConfigurationError(FactorialAuthError, ValueError):
    """An argument the caller passed cannot work (unknown scope, unusable URL, ...)."""


class InsecureTransportError(ConfigurationError):
    """A secret would travel over plain http:// to a host other than this machine."""


class InvalidTokenError(FactorialAuthError, ValueError):
    """A mapping does not describe a token (a field is missing or has the wrong type)."""


class TokenRequestError(FactorialAuthError):
    """The token endpoint failed: it was unreachable, refused the request or answered garbage.

    ``status_code`` is None when no HTTP response arrived; ``error`` and
    ``error_description`` are the OAuth2 error fields when the server sent them.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        error: str | None = None,
        error_description: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.error = error
        self.error_description = error_description


class ReauthorizationRequired(TokenRequestError):
    """No usable refresh token is left: only a new authorization by the user can help."""


class TokenStoreError(FactorialAuthError):
    """A token store cannot be read or written; ``path`` names the file when there is one."""

    def __init__(self, message: str, *, path: str | os.PathLike[str] | None = None) -> None:
        super().__init__(message)
        self.path = path
