from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_fields_create_value_body import CustomFieldsCreateValueBody
from ...models.custom_fields_value import CustomFieldsValue
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CustomFieldsCreateValueBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/2026-07-01/resources/custom_fields/values",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CustomFieldsValue | None:
    if response.status_code == 201:
        response_201 = CustomFieldsValue.from_dict(response.json())

        return response_201

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CustomFieldsValue]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldsCreateValueBody | Unset = UNSET,
) -> Response[CustomFieldsValue]:
    """Set a custom field on a record

     Stores `value` for the field `field_id` on the record `valuable_type`/`valuable_id`.

    Args:
        body (CustomFieldsCreateValueBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldsValue]
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
    body: CustomFieldsCreateValueBody | Unset = UNSET,
) -> CustomFieldsValue | None:
    """Set a custom field on a record

     Stores `value` for the field `field_id` on the record `valuable_type`/`valuable_id`.

    Args:
        body (CustomFieldsCreateValueBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldsValue
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldsCreateValueBody | Unset = UNSET,
) -> Response[CustomFieldsValue]:
    """Set a custom field on a record

     Stores `value` for the field `field_id` on the record `valuable_type`/`valuable_id`.

    Args:
        body (CustomFieldsCreateValueBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldsValue]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CustomFieldsCreateValueBody | Unset = UNSET,
) -> CustomFieldsValue | None:
    """Set a custom field on a record

     Stores `value` for the field `field_id` on the record `valuable_type`/`valuable_id`.

    Args:
        body (CustomFieldsCreateValueBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldsValue
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
