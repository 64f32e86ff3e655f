"""The generated API client, wired to an auth hook."""

from __future__ import annotations

from typing import Any

import httpx
from factorial_api.client import Client

from ._oauth import resolve_base_url

__all__ = ["make_client"]


def make_client(auth: httpx.Auth, *, base_url: str | None = None, **options: Any) -> Client:
    """A ``factorial_api`` client whose every request goes through ``auth``.

    The base URL is ``base_url``, else the auth's own, else $FACTORIAL_BASE_URL, else
    production. ``options`` go to ``Client`` unchanged.
    """
    url = resolve_base_url(base_url or getattr(auth, "base_url", None))
    httpx_args = {**options.pop("httpx_args", {}), "auth": auth}
    return Client(base_url=url, httpx_args=httpx_args, **options)
