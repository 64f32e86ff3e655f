"""The generated API client, wired to an auth hook, retries and typed errors."""

from __future__ import annotations

from typing import Any

import httpx
from factorial_api.client import Client

from ._oauth import resolve_base_url
from ._retry import Retry, RetryTransport

__all__ = ["make_client"]

_RETRY = Retry()


def make_client(
    auth: httpx.Auth, *, base_url: str | None = None, retry: Retry | None = _RETRY, **options: Any
) -> Client:
    """A ``factorial_api`` client whose every request goes through ``auth``.

    The base URL is ``base_url``, else the auth's own, else $FACTORIAL_BASE_URL, else
    production. Transient failures are retried as ``retry`` says (``None``: never). A non-2xx
    answer raises ``FactorialAPIError``, unless ``raise_on_unexpected_status=False``, which
    returns it instead. Other ``options`` go to ``Client`` unchanged; an ``httpx_args``
    transport replaces the retrying one.
    """
    url = resolve_base_url(base_url or getattr(auth, "base_url", None))
    httpx_args = {**options.pop("httpx_args", {}), "auth": auth}
    if retry is not None:
        httpx_args.setdefault("transport", RetryTransport(retry))
    options.setdefault("raise_on_unexpected_status", True)
    return Client(base_url=url, httpx_args=httpx_args, **options)
