"""The sandbox's OAuth2 server and API, spoken to as raw HTTP."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from factorial_auth import FactorialAuthError, Sandbox
from factorial_auth._sandbox import API_VERSION, SandboxRequest, SandboxResponse

REDIRECT_URI = "https://app.example.com/cb?from=sandbox"
CREDENTIALS = f"/api/{API_VERSION}/resources/api_public/credentials"


def authorize(http: httpx.Client, sandbox: Sandbox, query: str) -> httpx.Response:
    return http.get(f"{sandbox.base_url}/oauth/authorize?{query}")


def redirect_params(response: httpx.Response) -> dict[str, list[str]]:
    assert response.status_code == 302
    location = response.headers["location"]
    assert location.startswith(REDIRECT_URI + "&")
    return parse_qs(urlsplit(location).query)


def get_code(http: httpx.Client, sandbox: Sandbox, client_id: str = "c") -> str:
    query = f"client_id={client_id}&redirect_uri={REDIRECT_URI.replace('?', '%3F')}"
    response = authorize(http, sandbox, f"{query}&response_type=code&scope=read%20write")
    return redirect_params(response)["code"][0]


def token_request(http: httpx.Client, sandbox: Sandbox, **form: str) -> httpx.Response:
    return http.post(f"{sandbox.base_url}/oauth/token", data={"client_secret": "s", **form})


def exchange(http: httpx.Client, sandbox: Sandbox, code: str) -> dict[str, Any]:
    response = token_request(
        http,
        sandbox,
        client_id="c",
        grant_type="authorization_code",
        code=code,
        redirect_uri=REDIRECT_URI,
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def refresh(http: httpx.Client, sandbox: Sandbox, refresh_token: str) -> httpx.Response:
    return token_request(
        http, sandbox, client_id="c", grant_type="refresh_token", refresh_token=refresh_token
    )


def credentials(http: httpx.Client, sandbox: Sandbox, access_token: str) -> httpx.Response:
    return http.get(
        sandbox.base_url + CREDENTIALS, headers={"Authorization": f"Bearer {access_token}"}
    )


def test_authorize_redirects_with_code_and_state(http: httpx.Client, sandbox: Sandbox) -> None:
    query = "client_id=c&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb%3Ffrom%3Dsandbox"
    response = authorize(http, sandbox, f"{query}&response_type=code&scope=read&state=s%201")
    params = redirect_params(response)
    assert params["state"] == ["s 1"] and params["from"] == ["sandbox"]
    assert len(params["code"][0]) >= 20


@pytest.mark.parametrize(
    ("scope", "error"),
    [("read%2Bwrite", "invalid_scope"), ("admin", "invalid_scope"), ("", "invalid_scope")],
)
def test_authorize_rejects_bad_scopes_on_the_redirect(
    http: httpx.Client, sandbox: Sandbox, scope: str, error: str
) -> None:
    query = f"client_id=c&redirect_uri={REDIRECT_URI.replace('?', '%3F')}&response_type=code"
    params = redirect_params(authorize(http, sandbox, f"{query}&scope={scope}&state=x"))
    assert params["error"] == [error] and params["state"] == ["x"]
    assert "code" not in params


def test_authorize_rejects_other_response_types(http: httpx.Client, sandbox: Sandbox) -> None:
    query = f"client_id=c&redirect_uri={REDIRECT_URI.replace('?', '%3F')}&response_type=token"
    params = redirect_params(authorize(http, sandbox, f"{query}&scope=read"))
    assert params["error"] == ["unsupported_response_type"]


def test_authorize_without_redirect_uri_answers_itself(
    http: httpx.Client, sandbox: Sandbox
) -> None:
    response = authorize(http, sandbox, "client_id=c&response_type=code&scope=read")
    assert response.status_code == 400
    assert response.json()["error"] == "invalid_request"


def test_token_shape_and_counter(
    http: httpx.Client, sandbox: Sandbox, advance_clock: Callable[[float], None]
) -> None:
    advance_clock(1000)
    body = exchange(http, sandbox, get_code(http, sandbox))
    assert set(body) == {
        "access_token",
        "token_type",
        "expires_in",
        "refresh_token",
        "scope",
        "created_at",
    }
    assert body["token_type"] == "Bearer" and body["scope"] == "read write"
    assert body["expires_in"] == sandbox.access_ttl
    assert body["created_at"] == int(sandbox.clock())
    assert sandbox.token_requests == 1


def test_refresh_rotates_and_revokes_the_previous_token(
    http: httpx.Client, sandbox: Sandbox
) -> None:
    first = exchange(http, sandbox, get_code(http, sandbox))
    assert credentials(http, sandbox, first["access_token"]).status_code == 200
    response = refresh(http, sandbox, first["refresh_token"])
    assert response.status_code == 200
    second = response.json()
    assert second["refresh_token"] != first["refresh_token"]
    assert credentials(http, sandbox, first["access_token"]).status_code == 401
    assert credentials(http, sandbox, second["access_token"]).json()["meta"]["total"] == 1
    reused = refresh(http, sandbox, first["refresh_token"])
    assert (reused.status_code, reused.json()["error"]) == (400, "invalid_grant")
    assert sandbox.token_requests == 3


def test_expiry_follows_the_clock(
    http: httpx.Client, sandbox: Sandbox, advance_clock: Callable[[float], None]
) -> None:
    token = exchange(http, sandbox, get_code(http, sandbox))
    advance_clock(sandbox.access_ttl - 1)
    assert credentials(http, sandbox, token["access_token"]).status_code == 200
    advance_clock(1)
    expired = credentials(http, sandbox, token["access_token"])
    assert expired.status_code == 401
    assert expired.headers["www-authenticate"].startswith("Bearer")
    advance_clock(sandbox.refresh_ttl)
    assert refresh(http, sandbox, token["refresh_token"]).json()["error"] == "invalid_grant"


def test_code_lapses_and_must_match_its_redirect(
    http: httpx.Client, sandbox: Sandbox, advance_clock: Callable[[float], None]
) -> None:
    code = get_code(http, sandbox)
    wrong_uri = token_request(
        http,
        sandbox,
        client_id="c",
        grant_type="authorization_code",
        code=code,
        redirect_uri="https://elsewhere.example.com/",
    )
    assert wrong_uri.json()["error"] == "invalid_grant"
    advance_clock(600)
    lapsed = token_request(
        http,
        sandbox,
        client_id="c",
        grant_type="authorization_code",
        code=code,
        redirect_uri=REDIRECT_URI,
    )
    assert lapsed.json()["error"] == "invalid_grant"


def test_second_authorization_gets_the_live_token(http: httpx.Client, sandbox: Sandbox) -> None:
    first = exchange(http, sandbox, get_code(http, sandbox))
    assert exchange(http, sandbox, get_code(http, sandbox)) == first


def test_fixed_client_credentials(http: httpx.Client, clock: Callable[[], float]) -> None:
    with Sandbox(client_id="app", client_secret="right", clock=clock) as sandbox:
        assert authorize(http, sandbox, "client_id=other&redirect_uri=x").status_code == 400
        wrong = token_request(http, sandbox, client_id="app", grant_type="refresh_token")
        assert (wrong.status_code, wrong.json()["error"]) == (401, "invalid_client")
        right = http.post(
            f"{sandbox.base_url}/oauth/token",
            data={"client_id": "app", "client_secret": "right", "grant_type": "password"},
        )
        assert right.json()["error"] == "unsupported_grant_type"


def test_missing_client_credentials(http: httpx.Client, sandbox: Sandbox) -> None:
    response = http.post(f"{sandbox.base_url}/oauth/token", data={"grant_type": "refresh_token"})
    assert (response.status_code, response.json()["error"]) == (400, "invalid_request")


def test_unknown_paths_and_methods(http: httpx.Client, sandbox: Sandbox) -> None:
    assert http.get(f"{sandbox.base_url}/nowhere").status_code == 404
    assert http.delete(f"{sandbox.base_url}/oauth/token").status_code == 405


def test_routes_extend_the_sandbox_and_read_chunked_bodies(
    http: httpx.Client, sandbox: Sandbox
) -> None:
    def echo(request: SandboxRequest) -> SandboxResponse:
        return SandboxResponse(200, request.body)

    sandbox.routes[("POST", "/echo")] = echo
    chunked = http.post(f"{sandbox.base_url}/echo", content=iter([b"one ", b"two"]))
    assert chunked.content == b"one two"
    assert http.post(f"{sandbox.base_url}/echo", content=b"plain").content == b"plain"


def test_a_failing_handler_answers_500(http: httpx.Client, sandbox: Sandbox) -> None:
    def broken(request: SandboxRequest) -> SandboxResponse:
        raise RuntimeError("boom")

    sandbox.routes[("GET", "/broken")] = broken
    response = http.get(f"{sandbox.base_url}/broken")
    assert (response.status_code, response.json()["error"]) == (500, "server_error")


def test_start_and_stop() -> None:
    sandbox = Sandbox()
    with pytest.raises(FactorialAuthError, match="not running"):
        sandbox.base_url  # noqa: B018
    with sandbox:
        assert sandbox.base_url.startswith("http://127.0.0.1:")
    sandbox.stop()
    assert repr(sandbox) == "Sandbox(stopped)"
