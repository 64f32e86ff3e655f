"""Token: parsing, round trips, expiry, and secrets kept out of its text."""

from __future__ import annotations

import time
from datetime import datetime, timezone
from typing import Any

import attrs
import pytest

from factorial_auth import FactorialAuthError, InvalidTokenError, Token

FACTORIAL_ANSWER = {
    "access_token": "access-secret-aaaa",
    "token_type": "Bearer",
    "expires_in": 7200,
    "refresh_token": "refresh-secret-bbbb",
    "scope": "read write",
    "created_at": 1680013957,
}


def test_parses_factorial_shape_and_round_trips() -> None:
    token = Token.from_dict(FACTORIAL_ANSWER)
    assert token.created_at == 1680013957
    assert token.to_dict() == FACTORIAL_ANSWER
    assert Token.from_dict(token.to_dict()) == token


def test_missing_created_at_means_now_and_scope_may_be_absent() -> None:
    answer = {k: v for k, v in FACTORIAL_ANSWER.items() if k not in ("created_at", "scope")}
    before = int(time.time())
    token = Token.from_dict(answer)
    assert before <= token.created_at <= int(time.time())
    assert token.scope is None
    assert Token.from_dict(token.to_dict()) == token


def test_expires_at_is_aware_utc() -> None:
    token = Token.from_dict(FACTORIAL_ANSWER)
    assert token.expires_at == datetime(2023, 3, 28, 16, 32, 37, tzinfo=timezone.utc)


def test_is_expired_honours_leeway() -> None:
    token = attrs.evolve(Token.from_dict(FACTORIAL_ANSWER), created_at=int(time.time()))
    assert not token.is_expired()
    assert token.is_expired(leeway=7200)
    assert Token.from_dict(FACTORIAL_ANSWER).is_expired()


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"access_token": None}, "access_token"),
        ({"refresh_token": ""}, "refresh_token"),
        ({"token_type": 1}, "token_type"),
        ({"expires_in": "7200"}, "expires_in"),
        ({"expires_in": True}, "expires_in"),
        ({"created_at": 1.5}, "created_at"),
        ({"scope": ["read"]}, "scope"),
    ],
)
def test_malformed_mapping_names_the_field(change: dict[str, Any], named: str) -> None:
    data = {**FACTORIAL_ANSWER, **change}
    if change.get("access_token", "") is None:
        del data["access_token"]
    with pytest.raises(InvalidTokenError, match=named) as caught:
        Token.from_dict(data)
    assert isinstance(caught.value, FactorialAuthError)
    assert "secret" not in str(caught.value)


def test_non_mapping_is_refused() -> None:
    with pytest.raises(InvalidTokenError, match="mapping"):
        Token.from_dict(["not", "a", "token"])  # type: ignore[arg-type]


def test_repr_and_str_hide_both_secrets() -> None:
    token = Token.from_dict(FACTORIAL_ANSWER)
    for text in (repr(token), str(token), f"{token}"):
        assert "access-secret" not in text
        assert "refresh-secret" not in text
        assert "7200" in text
