"""The founding document's flow, run as written, against the sandbox over loopback."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from factorial_auth import ConfigurationError, Factorial, Sandbox, Token

client_id = "seed-client"
client_secret = "seed-secret-0123456789"
redirect_uri = "https://app.example.com/oauth/callback"


def _code_from(link: str) -> str:
    redirect = httpx.get(link)  # as a user would, with a client of their own
    assert redirect.status_code == 302
    return parse_qs(urlsplit(redirect.headers["location"]).query)["code"][0]


def test_seed_flow_verbatim(
    sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FACTORIAL_BASE_URL", sandbox.base_url)

    dummy_factorial = Factorial(access_token="abc")
    dummy_factorial.authorize(client_id=client_id, redirect_uri=redirect_uri)
    printed = capsys.readouterr().out.splitlines()
    assert "authorization is required" in printed[0].lower()
    link = printed[1]
    assert link.startswith(f"{sandbox.base_url}/oauth/authorize?")
    authorization_key = _code_from(link)

    token = dummy_factorial.obtain_access_token(
        client_id=client_id,
        client_secret=client_secret,
        redirect_uri=redirect_uri,
        authorization_key=authorization_key,
    )
    assert isinstance(token, Token)
    assert token.scope == "read write"
    assert dummy_factorial.access_token == token.access_token

    factorial = Factorial(access_token=token.access_token)
    first = token
    token = factorial.refresh_access_token(
        client_id=client_id, client_secret=client_secret, refresh_token=token.refresh_token
    )
    assert token.access_token != first.access_token
    assert token.refresh_token != first.refresh_token
    assert factorial.access_token == token.access_token
    assert sandbox.token_requests == 2


@pytest.mark.parametrize(
    ("scope", "granted"), [("read", "read"), ("write", "write"), ("read+write", "read write")]
)
def test_each_scope_reaches_the_server_decoded(sandbox: Sandbox, scope: str, granted: str) -> None:
    factorial = Factorial(access_token="abc", base_url=sandbox.base_url)
    code = _code_from(factorial.authorization_url(client_id, redirect_uri, scope=scope))
    token = factorial.obtain_access_token(client_id, client_secret, redirect_uri, code)
    assert token.scope == granted


def test_state_is_echoed_on_the_redirect(sandbox: Sandbox) -> None:
    link = Factorial("abc", base_url=sandbox.base_url).authorization_url(
        client_id, redirect_uri, state="xyz 1/2"
    )
    location = httpx.get(link).headers["location"]
    assert parse_qs(urlsplit(location).query)["state"] == ["xyz 1/2"]


def test_exchanging_a_code_twice_returns_the_same_token(sandbox: Sandbox) -> None:
    factorial = Factorial("abc", base_url=sandbox.base_url)
    code = _code_from(factorial.authorization_url(client_id, redirect_uri))
    first = factorial.obtain_access_token(client_id, client_secret, redirect_uri, code)
    again = factorial.obtain_access_token(client_id, client_secret, redirect_uri, code)
    assert again == first


def test_unknown_scope_lists_the_valid_ones() -> None:
    with pytest.raises(ValueError, match=r"'read', 'write'|read, write, read\+write") as caught:
        Factorial("abc").authorize(client_id, redirect_uri, scope="admin")
    assert isinstance(caught.value, ConfigurationError)


def test_client_calls_the_api_with_the_current_token(sandbox: Sandbox) -> None:
    from factorial_api.api.api_public import list_credentials

    factorial = Factorial("abc", base_url=sandbox.base_url)
    with factorial.client as before_authorization:
        code = _code_from(factorial.authorization_url(client_id, redirect_uri))
        token = factorial.obtain_access_token(client_id, client_secret, redirect_uri, code)
        assert list_credentials.sync_detailed(client=before_authorization).status_code == 200
        factorial.refresh_access_token(client_id, client_secret, token.refresh_token)
        assert list_credentials.sync_detailed(client=before_authorization).status_code == 200
    with factorial.client as client:
        assert list_credentials.sync_detailed(client=client).status_code == 200


def test_endpoint_overrides_for_other_oauth_servers(sandbox: Sandbox) -> None:
    # Another layout: the same sandbox endpoints, reached only through the explicit URLs.
    factorial = Factorial(
        "abc",
        base_url="https://unused.example.com",
        authorize_url=f"{sandbox.base_url}/oauth/authorize",
        token_url=f"{sandbox.base_url}/oauth/token",
    )
    link = factorial.authorization_url(client_id, redirect_uri)
    assert link.startswith(f"{sandbox.base_url}/oauth/authorize?")
    token = factorial.obtain_access_token(client_id, client_secret, redirect_uri, _code_from(link))
    assert factorial.refresh_access_token(client_id, client_secret, token.refresh_token)
