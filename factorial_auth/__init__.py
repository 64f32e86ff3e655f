"""OAuth2 for the Factorial HR API: authorize once, then tokens that renew themselves."""

from ._auth import ApiKeyAuth, FactorialAuth
from ._client import make_client
from ._errors import (
    ConfigurationError,
    FactorialAuthError,
    InsecureTransportError,
    InvalidTokenError,
    ReauthorizationRequired,
    TokenRequestError,
    TokenStoreError,
)
from ._factorial import Factorial
from ._oauth import DEFAULT_BASE_URL, SCOPES
from ._sandbox import Sandbox
from ._stores import FileTokenStore, MemoryTokenStore, TokenStore
from ._token import Token

__all__ = [
    "DEFAULT_BASE_URL",
    "SCOPES",
    "ApiKeyAuth",
    "ConfigurationError",
    "Factorial",
    "FactorialAuth",
    "FactorialAuthError",
    "FileTokenStore",
    "InsecureTransportError",
    "InvalidTokenError",
    "MemoryTokenStore",
    "ReauthorizationRequired",
    "Sandbox",
    "Token",
    "TokenRequestError",
    "TokenStore",
    "TokenStoreError",
    "make_client",
]
