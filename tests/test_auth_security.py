"""No secret (client secret, tokens, authorization codes, API keys) in reprs, errors or logs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import attrs
import httpx
import pytest

from factorial_auth import (
    ApiKeyAuth,
    Factorial,
    FactorialAuth,
    FactorialAuthError,
    FileTokenStore,
    MemoryTokenStore,
    Sandbox,
    make_client,
)
from factorial_auth._oauth import TokenEndpoint
from factorial_auth._sandbox import API_VERSION

CLIENT_ID = "security-client"
CLIENT_SECRET = "client-secret-7f3a9c"
API_KEY = "api-key-51d2e8"
REDIRECT_URI = "https://app.example.com/cb"
CREDENTIALS = f"/api/{API_VERSION}/resources/api_public/credentials"


async def test_secrets_stay_out_of_reprs_errors_and_logs(
    sandbox: Sandbox,
    advance_clock: Callable[[float], None],
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    caplog.set_level(logging.DEBUG, logger="factorial_auth")
    texts: list[str] = []  # everything a user or a log reader could see
    errors: list[FactorialAuthError] = []

    factorial = Factorial("abc", base_url=sandbox.base_url)
    factorial.authorize(CLIENT_ID, REDIRECT_URI, state="st")
    link = capsys.readouterr().out.splitlines()[-1]
    code = parse_qs(urlsplit(httpx.get(link).headers["location"]).query)["code"][0]
    token = factorial.obtain_access_token(CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, code)
    token = factorial.refresh_access_token(CLIENT_ID, CLIENT_SECRET, token.refresh_token)

    store = FileTokenStore(tmp_path / "token.json")
    store.save(attrs.evolve(token, created_at=token.created_at - 7200))
    auth = FactorialAuth(
        client_id=CLIENT_ID, client_secret=CLIENT_SECRET, store=store, base_url=sandbox.base_url
    )
    with httpx.Client(auth=auth) as client:
        assert client.get(sandbox.base_url + CREDENTIALS).status_code == 200  # refresh first
        advance_clock(sandbox.access_ttl)
        assert client.get(sandbox.base_url + CREDENTIALS).status_code == 200  # 401, refresh
    advance_clock(sandbox.access_ttl)
    async with httpx.AsyncClient(auth=auth) as aclient:
        assert (await aclient.get(sandbox.base_url + CREDENTIALS)).status_code == 200
    with httpx.Client(auth=ApiKeyAuth(API_KEY)) as client:
        client.get(sandbox.base_url + CREDENTIALS)

    def capture(action: Callable[[], object]) -> None:
        with pytest.raises(FactorialAuthError) as caught:
            action()
        errors.append(caught.value)

    stale = FactorialAuth(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        token=attrs.evolve(token, created_at=0),  # its refresh token was rotated away
        base_url=sandbox.base_url,
    )
    capture(lambda: httpx.Client(auth=stale).get(sandbox.base_url + CREDENTIALS))
    capture(lambda: factorial.refresh_access_token(CLIENT_ID, "wrong-secret", token.refresh_token))
    capture(lambda: factorial.obtain_access_token(CLIENT_ID, CLIENT_SECRET, REDIRECT_URI, code))
    capture(lambda: TokenEndpoint("http://api.example.com/t", CLIENT_ID, CLIENT_SECRET))
    (tmp_path / "bad.json").write_text(f'{{"access_token": "{token.access_token}"')
    capture(lambda: FileTokenStore(tmp_path / "bad.json").load())

    client_repr = repr(make_client(auth))
    texts += [repr(obj) for obj in (factorial, auth, stale, store, MemoryTokenStore(token))]
    texts += [repr(token), str(token), client_repr, repr(ApiKeyAuth(API_KEY)), repr(sandbox)]
    texts += [repr(TokenEndpoint(sandbox.base_url, CLIENT_ID, CLIENT_SECRET))]
    texts += [text for error in errors for text in (str(error), repr(error), repr(error.args))]
    texts += [record.getMessage() for record in caplog.records]
    texts += [link, capsys.readouterr().out]

    state = sandbox.state
    secrets = [CLIENT_SECRET, API_KEY, *state.codes, *state.by_access, *state.by_refresh]
    assert len(secrets) >= 2 + 1 + 5 * 2  # a code and five tokens were issued
    leaks = [(secret, text) for secret in secrets for text in texts if secret in text]
    assert leaks == []
    assert "FactorialAuth(" in client_repr  # the hook is shown, just not its secrets
    messages = " ".join(record.getMessage() for record in caplog.records)
    assert "refreshed the access token" in messages and "401" in messages
