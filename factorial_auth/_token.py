"""The OAuth2 token as Factorial's token endpoint returns it."""

from __future__ import annotations

import time
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

import attrs

from ._errors import InvalidTokenError

__all__ = ["Token"]


def _now() -> int:
    return int(time.time())


@attrs.frozen
class Token:
    """An access token with the refresh token that renews it.

    ``created_at`` is Unix seconds; servers that omit it get the time the token arrived.
    Both secrets stay out of ``repr`` and ``str``.
    """

    access_token: str = attrs.field(repr=False)
    token_type: str
    expires_in: int
    refresh_token: str = attrs.field(repr=False)
    scope: str | None = None
    created_at: int = attrs.field(factory=_now)

    @property
    def expires_at(self) -> datetime:
        return datetime.fromtimestamp(self.created_at + self.expires_in, tz=timezone.utc)

    def is_expired(self, leeway: float = 0.0) -> bool:
        """Whether the access token has expired, or will within ``leeway`` seconds."""
        return time.time() >= self.created_at + self.expires_in - leeway

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Token:
        """Build a token from ``to_dict()`` output or a token endpoint's JSON answer."""
        if not isinstance(data, Mapping):
            raise InvalidTokenError(f"a token must be a mapping, not {type(data).__name__}")
        for name in ("access_token", "token_type", "refresh_token"):
            if not isinstance(data.get(name), str) or not data[name]:
                raise InvalidTokenError(f"token field {name!r} is missing or empty")
        scope = data.get("scope")
        if scope is not None and not isinstance(scope, str):
            raise InvalidTokenError(f"token field 'scope' must be a string, got {_kind(scope)}")
        created_at = data.get("created_at")
        return cls(
            access_token=data["access_token"],
            token_type=data["token_type"],
            expires_in=_integer(data, "expires_in"),
            refresh_token=data["refresh_token"],
            scope=scope,
            created_at=_now() if created_at is None else _integer(data, "created_at"),
        )


def _integer(data: Mapping[str, Any], name: str) -> int:
    value = data.get(name)
    # bool is an int subclass, and never a duration or a time.
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidTokenError(f"token field {name!r} must be an integer, got {_kind(value)}")
    return value


def _kind(value: object) -> str:
    return "nothing" if value is None else type(value).__name__
