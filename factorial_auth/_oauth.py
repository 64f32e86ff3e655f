"""Factorial's OAuth2 endpoints: where they are, the authorization link, and token requests."""

from __future__ import annotations

import functools
import ipaddress
import logging
import os
import ssl
from typing import Any
from urllib.parse import quote, urlencode

import attrs
import httpx

from ._errors import (
    ConfigurationError,
    InsecureTransportError,
    InvalidTokenError,
    ReauthorizationRequired,
    TokenRequestError,
)
from ._token import Token

__all__ = [
    "BASE_URL_ENV",
    "DEFAULT_BASE_URL",
    "SCOPES",
    "TokenEndpoint",
    "authorization_url",
    "resolve_base_url",
]

logger = logging.getLogger("factorial_auth")

DEFAULT_BASE_URL = "https://api.factorialhr.com"
BASE_URL_ENV = "FACTORIAL_BASE_URL"
# The seed's scope names, and what the server must read once the query string is decoded.
SCOPES = {"read": "read", "write": "write", "read+write": "read write"}
_TIMEOUT = httpx.Timeout(10.0)


def resolve_base_url(base_url: str | None = None) -> str:
    """The explicit URL, else $FACTORIAL_BASE_URL, else Factorial's production host."""
    url = (base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
    parsed = _parse(url)
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"base URL {url!r} is not an http:// or https:// URL")
    return url


def authorization_url(
    url: str,
    *,
    client_id: str,
    redirect_uri: str,
    scope: str = "read+write",
    state: str | None = None,
) -> str:
    """The link a user opens to grant access; ``url`` is the authorize endpoint."""
    if scope not in SCOPES:
        raise ConfigurationError(f"unknown scope {scope!r}; use one of: {', '.join(SCOPES)}")
    params = {
        "client_id": client_id,
        "redirect_uri": redirect_uri,
        "response_type": "code",
        "scope": SCOPES[scope],
    }
    if state is not None:
        params["state"] = state
    # quote (not quote_plus): the space between scopes becomes %20, which every server decodes.
    return f"{url}?{urlencode(params, safe='', quote_via=quote)}"


def require_secure(url: str) -> None:
    """Refuse to send secrets over plain http:// unless the server is this machine."""
    parsed = _parse(url)
    if parsed.scheme == "https" or (parsed.scheme == "http" and _is_loopback(parsed.host)):
        return
    raise InsecureTransportError(
        f"refusing to send the client secret and refresh token to {url}: use https:// "
        "(plain http:// is allowed only to localhost)"
    )


def _parse(url: str) -> httpx.URL:
    try:
        return httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"invalid URL {url!r}: {exc}") from exc


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@attrs.frozen
class TokenEndpoint:
    """Token requests for one OAuth application, each over a short-lived client of its own.

    A client of its own keeps refreshes out of the caller's client and its auth flow.
    """

    url: str = attrs.field(validator=lambda _, __, url: require_secure(url))
    client_id: str
    client_secret: str = attrs.field(repr=False)

    def exchange_code(self, code: str, redirect_uri: str) -> Token:
        form = self._form("authorization_code", code=code, redirect_uri=redirect_uri)
        return self._send(form)

    def refresh(self, refresh_token: str) -> Token:
        return self._send(self._form("refresh_token", refresh_token=refresh_token))

    async def arefresh(self, refresh_token: str) -> Token:
        form = self._form("refresh_token", refresh_token=refresh_token)
        logger.debug("requesting a token from %s (grant_type=refresh_token)", self.url)
        try:
            async with httpx.AsyncClient(timeout=_TIMEOUT, verify=_ssl_context()) as client:
                response = await client.post(self.url, data=form, headers=_HEADERS)
        except httpx.HTTPError as exc:
            raise self._unreachable(exc) from exc
        return self._token_from(response, form["grant_type"])

    def _form(self, grant_type: str, **fields: str) -> dict[str, str]:
        return {
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "grant_type": grant_type,
            **fields,
        }

    def _send(self, form: dict[str, str]) -> Token:
        logger.debug("requesting a token from %s (grant_type=%s)", self.url, form["grant_type"])
        try:
            with httpx.Client(timeout=_TIMEOUT, verify=_ssl_context()) as client:
                response = client.post(self.url, data=form, headers=_HEADERS)
        except httpx.HTTPError as exc:
            raise self._unreachable(exc) from exc
        return self._token_from(response, form["grant_type"])

    def _unreachable(self, exc: httpx.HTTPError) -> TokenRequestError:
        return TokenRequestError(f"token request to {self.url} failed: {type(exc).__name__}: {exc}")

    def _token_from(self, response: httpx.Response, grant_type: str) -> Token:
        status = response.status_code
        if not response.is_success:
            error, description = _oauth_error(response)
            detail = ": ".join(filter(None, (error, description))) or "no OAuth2 error given"
            fields: dict[str, Any] = {
                "status_code": status,
                "error": error,
                "error_description": description,
            }
            if grant_type == "refresh_token" and error == "invalid_grant":
                raise ReauthorizationRequired(
                    f"the refresh token was rejected ({detail}); "
                    "run the authorization again to get a new token",
                    **fields,
                )
            raise TokenRequestError(
                f"token endpoint {self.url} answered {status} ({detail})", **fields
            )
        try:
            data = response.json()
        except ValueError:
            raise TokenRequestError(
                f"token endpoint {self.url} answered {status} with a body that is not JSON",
                status_code=status,
            ) from None
        try:
            return Token.from_dict(data)
        except InvalidTokenError as exc:
            raise TokenRequestError(
                f"token endpoint {self.url} returned a malformed token: {exc}", status_code=status
            ) from exc


_HEADERS = {"Accept": "application/json"}


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """One context for every token request: loading the CA bundle costs a tenth of a second."""
    return httpx.create_ssl_context()


def _oauth_error(response: httpx.Response) -> tuple[str | None, str | None]:
    """The OAuth2 ``error`` and ``error_description`` of a failed answer, if it has them."""
    try:
        body = response.json()
    except ValueError:
        return None, None
    if not isinstance(body, dict):
        return None, None
    error, description = body.get("error"), body.get("error_description")
    return (
        error if isinstance(error, str) else None,
        " ".join(description.split()) if isinstance(description, str) else None,
    )
