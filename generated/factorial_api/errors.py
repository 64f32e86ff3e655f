"""Errors raised by the endpoint functions and the models."""

from __future__ import annotations

import json
from collections.abc import MutableMapping
from typing import Any

import httpx


class UnexpectedStatus(Exception):
    """An answer with a status the spec does not document (raised when raise_on_unexpected_status)."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code}")


class FactorialAPIError(UnexpectedStatus):
    """A non-2xx answer. The URL is shown without its query string, which may carry filters."""

    def __init__(self, response: httpx.Response):
        super().__init__(response.status_code, response.content)
        request = response.request
        self.method = request.method
        self.url = str(request.url.copy_with(query=None, fragment=None))
        self.body = _parse_body(response)
        reason = _reason(self.body) or response.reason_phrase
        Exception.__init__(self, f"{self.method} {self.url} answered {self.status_code}: {reason}")


class AuthenticationError(FactorialAPIError):
    """401: the credentials were missing, stale or revoked."""


class PermissionDenied(FactorialAPIError):
    """403: the user or key may not do this."""


class NotFound(FactorialAPIError):
    """404."""


class ValidationError(FactorialAPIError):
    """422: the server rejected the input; `details` holds what it said."""

    @property
    def details(self) -> Any:
        if isinstance(self.body, dict):
            return self.body.get("errors", self.body.get("error", self.body))
        return self.body


class RateLimited(FactorialAPIError):
    """429: too many requests; `retry_after` is the advised wait in seconds, when given."""

    def __init__(self, response: httpx.Response):
        super().__init__(response)
        self.retry_after = _retry_after(response.headers.get("Retry-After"))


_BY_STATUS: dict[int, type[FactorialAPIError]] = {
    401: AuthenticationError,
    403: PermissionDenied,
    404: NotFound,
    422: ValidationError,
    429: RateLimited,
}


def unexpected_status(response: httpx.Response) -> UnexpectedStatus:
    """The error for an undocumented answer: a typed FactorialAPIError unless it is a 2xx."""
    if 200 <= response.status_code < 300:
        return UnexpectedStatus(response.status_code, response.content)
    return _BY_STATUS.get(response.status_code, FactorialAPIError)(response)


class MissingField(ValueError):
    """A payload lacks a key its model requires."""

    def __init__(self, model: str, key: str):
        self.model = model
        self.key = key
        super().__init__(f"{model} payload has no {key!r} (a required key)")


def pop_required(payload: MutableMapping[str, Any], key: str, model: type) -> Any:
    try:
        return payload.pop(key)
    except KeyError:
        raise MissingField(model.__name__, key) from None


def _parse_body(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return response.text


def _reason(body: Any) -> str | None:
    if isinstance(body, dict):
        for key in ("error_description", "message", "error", "errors"):
            if body.get(key):
                return str(body[key])[:200]
    return None


def _retry_after(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from datetime import datetime, timezone
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


__all__ = [
    "AuthenticationError",
    "FactorialAPIError",
    "MissingField",
    "NotFound",
    "PermissionDenied",
    "RateLimited",
    "UnexpectedStatus",
    "ValidationError",
    "unexpected_status",
]
