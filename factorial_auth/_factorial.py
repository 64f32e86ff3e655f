"""The seed's ``Factorial`` class: authorize a user by hand, then call the API."""

from __future__ import annotations

from factorial_api.client import Client

from ._auth import BearerAuth
from ._client import make_client
from ._oauth import TokenEndpoint, authorization_url, resolve_base_url
from ._token import Token

__all__ = ["Factorial"]


class Factorial:
    """An access token and the OAuth2 steps that obtain and renew it.

    For tokens that renew themselves, use ``FactorialAuth`` instead.
    ``authorize_url`` and ``token_url`` override the endpoints under ``base_url``, for OAuth2
    servers laid out differently.
    """

    def __init__(
        self,
        access_token: str,
        *,
        base_url: str | None = None,
        authorize_url: str | None = None,
        token_url: str | None = None,
    ) -> None:
        self.base_url = resolve_base_url(base_url)
        self._authorize_url = authorize_url or f"{self.base_url}/oauth/authorize"
        self._token_url = token_url or f"{self.base_url}/oauth/token"
        self._auth = BearerAuth(access_token)

    def __repr__(self) -> str:
        return f"Factorial(base_url={self.base_url!r})"

    @property
    def access_token(self) -> str:
        return self._auth.access_token

    @property
    def client(self) -> Client:
        """A new ``factorial_api`` client (close it, or use ``with``) sending this instance's token.

        It keeps following the token: after a refresh here, it sends the new one.
        """
        return make_client(self._auth, base_url=self.base_url)

    def authorization_url(
        self, client_id: str, redirect_uri: str, scope: str = "read+write", state: str | None = None
    ) -> str:
        """The link where a user grants access; ``scope`` is read, write or read+write."""
        return authorization_url(
            self._authorize_url,
            client_id=client_id,
            redirect_uri=redirect_uri,
            scope=scope,
            state=state,
        )

    def authorize(
        self, client_id: str, redirect_uri: str, scope: str = "read+write", state: str | None = None
    ) -> None:
        """Print the link a user opens to grant access; the redirect carries the key."""
        url = self.authorization_url(client_id, redirect_uri, scope, state)
        print("Authorization is required: open this link, sign in and allow access.")
        print(url)

    def obtain_access_token(
        self, client_id: str, client_secret: str, redirect_uri: str, authorization_key: str
    ) -> Token:
        """Exchange the authorization key for a token, which this instance then uses."""
        endpoint = TokenEndpoint(self._token_url, client_id, client_secret)
        return self._use(endpoint.exchange_code(authorization_key, redirect_uri))

    def refresh_access_token(self, client_id: str, client_secret: str, refresh_token: str) -> Token:
        """Trade the refresh token for a new token, which this instance then uses.

        Keep the returned token: its refresh token replaces the one passed in.
        """
        endpoint = TokenEndpoint(self._token_url, client_id, client_secret)
        return self._use(endpoint.refresh(refresh_token))

    def _use(self, token: Token) -> Token:
        self._auth.access_token = token.access_token
        return token
