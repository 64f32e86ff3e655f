from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_public_create_webhook_subscription_body import ApiPublicCreateWebhookSubscriptionBody
from ...models.api_public_webhook_subscription import ApiPublicWebhookSubscription
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ApiPublicCreateWebhookSubscriptionBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2026-07-01/resources/api_public/webhook_subscriptions",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiPublicWebhookSubscription | None:
    if response.status_code == 201:
        response_201 = ApiPublicWebhookSubscription.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiPublicWebhookSubscription]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApiPublicCreateWebhookSubscriptionBody | Unset = UNSET,
) -> Response[ApiPublicWebhookSubscription]:
    """Subscribe a URL to an event

     Factorial will POST the affected resource to `target_url` each time an event of `subscription_type`
    happens. The `challenge` comes back in the `x-factorial-wh-challenge` header of every delivery.

    Args:
        body (ApiPublicCreateWebhookSubscriptionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiPublicWebhookSubscription]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ApiPublicCreateWebhookSubscriptionBody | Unset = UNSET,
) -> ApiPublicWebhookSubscription | None:
    """Subscribe a URL to an event

     Factorial will POST the affected resource to `target_url` each time an event of `subscription_type`
    happens. The `challenge` comes back in the `x-factorial-wh-challenge` header of every delivery.

    Args:
        body (ApiPublicCreateWebhookSubscriptionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiPublicWebhookSubscription
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ApiPublicCreateWebhookSubscriptionBody | Unset = UNSET,
) -> Response[ApiPublicWebhookSubscription]:
    """Subscribe a URL to an event

     Factorial will POST the affected resource to `target_url` each time an event of `subscription_type`
    happens. The `challenge` comes back in the `x-factorial-wh-challenge` header of every delivery.

    Args:
        body (ApiPublicCreateWebhookSubscriptionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiPublicWebhookSubscription]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ApiPublicCreateWebhookSubscriptionBody | Unset = UNSET,
) -> ApiPublicWebhookSubscription | None:
    """Subscribe a URL to an event

     Factorial will POST the affected resource to `target_url` each time an event of `subscription_type`
    happens. The `challenge` comes back in the `x-factorial-wh-challenge` header of every delivery.

    Args:
        body (ApiPublicCreateWebhookSubscriptionBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiPublicWebhookSubscription
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
