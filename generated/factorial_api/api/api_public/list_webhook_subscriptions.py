from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, pagination
from ...client import AuthenticatedClient, Client
from ...models.api_public_list_webhook_subscriptions_response import ApiPublicListWebhookSubscriptionsResponse
from ...models.api_public_webhook_subscription import ApiPublicWebhookSubscription
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["company_id"] = company_id

    params["type"] = type_

    params["enabled"] = enabled

    params["limit"] = limit

    params["after_id"] = after_id

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2026-07-01/resources/api_public/webhook_subscriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiPublicListWebhookSubscriptionsResponse | None:
    if response.status_code == 200:
        response_200 = ApiPublicListWebhookSubscriptionsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiPublicListWebhookSubscriptionsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[ApiPublicListWebhookSubscriptionsResponse]:
    """List webhook subscriptions

    Args:
        id (str | Unset):
        company_id (str | Unset):
        type_ (str | Unset):
        enabled (bool | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiPublicListWebhookSubscriptionsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        company_id=company_id,
        type_=type_,
        enabled=enabled,
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
    id: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> ApiPublicListWebhookSubscriptionsResponse | None:
    """List webhook subscriptions

    Args:
        id (str | Unset):
        company_id (str | Unset):
        type_ (str | Unset):
        enabled (bool | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiPublicListWebhookSubscriptionsResponse
    """

    return sync_detailed(
        client=client,
        id=id,
        company_id=company_id,
        type_=type_,
        enabled=enabled,
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[ApiPublicListWebhookSubscriptionsResponse]:
    """List webhook subscriptions

    Args:
        id (str | Unset):
        company_id (str | Unset):
        type_ (str | Unset):
        enabled (bool | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiPublicListWebhookSubscriptionsResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        company_id=company_id,
        type_=type_,
        enabled=enabled,
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> ApiPublicListWebhookSubscriptionsResponse | None:
    """List webhook subscriptions

    Args:
        id (str | Unset):
        company_id (str | Unset):
        type_ (str | Unset):
        enabled (bool | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiPublicListWebhookSubscriptionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            company_id=company_id,
            type_=type_,
            enabled=enabled,
            limit=limit,
            after_id=after_id,
            before_id=before_id,
        )
    ).parsed


def iterate_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    id: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
) -> Iterator[ApiPublicListWebhookSubscriptionsResponse]:
    """Every page (data and meta), fetched lazily one request at a time."""
    return pagination.pages(
        lambda after_id: sync_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            id=id,
            company_id=company_id,
            type_=type_,
            enabled=enabled,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    id: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    max_items: int | None = None,
) -> Iterator[ApiPublicWebhookSubscription]:
    """Every item, streamed page by page; stops fetching once `max_items` were yielded."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.items(
        iterate_pages(
            client=client,
            limit=limit,
            id=id,
            company_id=company_id,
            type_=type_,
            enabled=enabled,
        ),
        max_items,
    )


def aiterate_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    id: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
) -> AsyncIterator[ApiPublicListWebhookSubscriptionsResponse]:
    """Async twin of iterate_pages."""
    return pagination.apages(
        lambda after_id: asyncio_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            id=id,
            company_id=company_id,
            type_=type_,
            enabled=enabled,
        )
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    id: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
    max_items: int | None = None,
) -> AsyncIterator[ApiPublicWebhookSubscription]:
    """Async twin of iterate."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.aitems(
        aiterate_pages(
            client=client,
            limit=limit,
            id=id,
            company_id=company_id,
            type_=type_,
            enabled=enabled,
        ),
        max_items,
    )
