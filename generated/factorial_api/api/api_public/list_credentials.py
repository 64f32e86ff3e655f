from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, pagination
from ...client import AuthenticatedClient, Client
from ...models.api_public_credential import ApiPublicCredential
from ...models.api_public_list_credentials_response import ApiPublicListCredentialsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after_id"] = after_id

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2026-07-01/resources/api_public/credentials",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiPublicListCredentialsResponse | None:
    if response.status_code == 200:
        response_200 = ApiPublicListCredentialsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiPublicListCredentialsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[ApiPublicListCredentialsResponse]:
    """Show who the caller is

     The credentials behind the token or API key in use: company, user and role. A cheap first call to
    check that authentication works.

    Args:
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiPublicListCredentialsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> ApiPublicListCredentialsResponse | None:
    """Show who the caller is

     The credentials behind the token or API key in use: company, user and role. A cheap first call to
    check that authentication works.

    Args:
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiPublicListCredentialsResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[ApiPublicListCredentialsResponse]:
    """Show who the caller is

     The credentials behind the token or API key in use: company, user and role. A cheap first call to
    check that authentication works.

    Args:
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiPublicListCredentialsResponse]
    """

    kwargs = _get_kwargs(
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> ApiPublicListCredentialsResponse | None:
    """Show who the caller is

     The credentials behind the token or API key in use: company, user and role. A cheap first call to
    check that authentication works.

    Args:
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiPublicListCredentialsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            before_id=before_id,
        )
    ).parsed


def iterate_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
) -> Iterator[ApiPublicListCredentialsResponse]:
    """Every page (data and meta), fetched lazily one request at a time."""
    return pagination.pages(
        lambda after_id: sync_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    max_items: int | None = None,
) -> Iterator[ApiPublicCredential]:
    """Every item, streamed page by page; stops fetching once `max_items` were yielded."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.items(
        iterate_pages(
            client=client,
            limit=limit,
        ),
        max_items,
    )


def aiterate_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
) -> AsyncIterator[ApiPublicListCredentialsResponse]:
    """Async twin of iterate_pages."""
    return pagination.apages(
        lambda after_id: asyncio_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
        )
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    max_items: int | None = None,
) -> AsyncIterator[ApiPublicCredential]:
    """Async twin of iterate."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.aitems(
        aiterate_pages(
            client=client,
            limit=limit,
        ),
        max_items,
    )
