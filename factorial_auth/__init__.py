"""OAuth2 for the Factorial HR API: authorize once, then tokens that renew themselves."""

from factorial_api.errors import (
    AuthenticationError,
    FactorialAPIError,
    NotFound,
    PermissionDenied,
    RateLimited,
    ValidationError,
)

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
from ._retry import Retry, RetryTransport
from ._sandbox import Sandbox
from ._stores import FileTokenStore, MemoryTokenStore, TokenStore
from ._token import Token

__all__ = [
    "DEFAULT_BASE_URL",
    "SCOPES",
    "ApiKeyAuth",
    "AuthenticationError",
    "ConfigurationError",
    "Factorial",
    "FactorialAPIError",
    "FactorialAuth",
    "FactorialAuthError",
    "FileTokenStore",
    "InsecureTransportError",
    "InvalidTokenError",
    "MemoryTokenStore",
    "NotFound",
    "PermissionDenied",
    "RateLimited",
    "ReauthorizationRequired",
    "Retry",
    "RetryTransport",
    "Sandbox",
    "Token",
    "TokenRequestError",
    "TokenStore",
    "TokenStoreError",
    "ValidationError",
    "make_client",
]
