from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, pagination
from ...client import AuthenticatedClient, Client
from ...models.custom_fields_list_values_response import CustomFieldsListValuesResponse
from ...models.custom_fields_value import CustomFieldsValue
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    employee_ids: list[str] | Unset = UNSET,
    identifiers: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    value: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    field_id: str | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_employee_ids: list[str] | Unset = UNSET
    if not isinstance(employee_ids, Unset):
        json_employee_ids = employee_ids

    params["employee_ids[]"] = json_employee_ids

    json_identifiers: list[str] | Unset = UNSET
    if not isinstance(identifiers, Unset):
        json_identifiers = identifiers

    params["identifiers[]"] = json_identifiers

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    params["instance_id"] = instance_id

    params["value"] = value

    params["slug"] = slug

    params["field_id"] = field_id

    params["updated_at_gteq"] = updated_at_gteq

    params["limit"] = limit

    params["after_id"] = after_id

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2026-07-01/resources/custom_fields/values",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFieldsListValuesResponse | None:
    if response.status_code == 200:
        response_200 = CustomFieldsListValuesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomFieldsListValuesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    employee_ids: list[str] | Unset = UNSET,
    identifiers: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    value: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    field_id: str | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[CustomFieldsListValuesResponse]:
    """List custom field values

    Args:
        employee_ids (list[str] | Unset):
        identifiers (list[str] | Unset):
        ids (list[str] | Unset):
        instance_id (str | Unset):
        value (str | Unset):
        slug (str | Unset):
        field_id (str | Unset):
        updated_at_gteq (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldsListValuesResponse]
    """

    kwargs = _get_kwargs(
        employee_ids=employee_ids,
        identifiers=identifiers,
        ids=ids,
        instance_id=instance_id,
        value=value,
        slug=slug,
        field_id=field_id,
        updated_at_gteq=updated_at_gteq,
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
    employee_ids: list[str] | Unset = UNSET,
    identifiers: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    value: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    field_id: str | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> CustomFieldsListValuesResponse | None:
    """List custom field values

    Args:
        employee_ids (list[str] | Unset):
        identifiers (list[str] | Unset):
        ids (list[str] | Unset):
        instance_id (str | Unset):
        value (str | Unset):
        slug (str | Unset):
        field_id (str | Unset):
        updated_at_gteq (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldsListValuesResponse
    """

    return sync_detailed(
        client=client,
        employee_ids=employee_ids,
        identifiers=identifiers,
        ids=ids,
        instance_id=instance_id,
        value=value,
        slug=slug,
        field_id=field_id,
        updated_at_gteq=updated_at_gteq,
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    employee_ids: list[str] | Unset = UNSET,
    identifiers: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    value: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    field_id: str | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[CustomFieldsListValuesResponse]:
    """List custom field values

    Args:
        employee_ids (list[str] | Unset):
        identifiers (list[str] | Unset):
        ids (list[str] | Unset):
        instance_id (str | Unset):
        value (str | Unset):
        slug (str | Unset):
        field_id (str | Unset):
        updated_at_gteq (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldsListValuesResponse]
    """

    kwargs = _get_kwargs(
        employee_ids=employee_ids,
        identifiers=identifiers,
        ids=ids,
        instance_id=instance_id,
        value=value,
        slug=slug,
        field_id=field_id,
        updated_at_gteq=updated_at_gteq,
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    employee_ids: list[str] | Unset = UNSET,
    identifiers: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    value: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    field_id: str | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> CustomFieldsListValuesResponse | None:
    """List custom field values

    Args:
        employee_ids (list[str] | Unset):
        identifiers (list[str] | Unset):
        ids (list[str] | Unset):
        instance_id (str | Unset):
        value (str | Unset):
        slug (str | Unset):
        field_id (str | Unset):
        updated_at_gteq (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldsListValuesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            employee_ids=employee_ids,
            identifiers=identifiers,
            ids=ids,
            instance_id=instance_id,
            value=value,
            slug=slug,
            field_id=field_id,
            updated_at_gteq=updated_at_gteq,
            limit=limit,
            after_id=after_id,
            before_id=before_id,
        )
    ).parsed


def iterate_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    employee_ids: list[str] | Unset = UNSET,
    identifiers: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    value: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    field_id: str | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
) -> Iterator[CustomFieldsListValuesResponse]:
    """Every page (data and meta), fetched lazily one request at a time."""
    return pagination.pages(
        lambda after_id: sync_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            employee_ids=employee_ids,
            identifiers=identifiers,
            ids=ids,
            instance_id=instance_id,
            value=value,
            slug=slug,
            field_id=field_id,
            updated_at_gteq=updated_at_gteq,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    employee_ids: list[str] | Unset = UNSET,
    identifiers: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    value: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    field_id: str | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    max_items: int | None = None,
) -> Iterator[CustomFieldsValue]:
    """Every item, streamed page by page; stops fetching once `max_items` were yielded."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.items(
        iterate_pages(
            client=client,
            limit=limit,
            employee_ids=employee_ids,
            identifiers=identifiers,
            ids=ids,
            instance_id=instance_id,
            value=value,
            slug=slug,
            field_id=field_id,
            updated_at_gteq=updated_at_gteq,
        ),
        max_items,
    )


def aiterate_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    employee_ids: list[str] | Unset = UNSET,
    identifiers: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    value: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    field_id: str | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
) -> AsyncIterator[CustomFieldsListValuesResponse]:
    """Async twin of iterate_pages."""
    return pagination.apages(
        lambda after_id: asyncio_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            employee_ids=employee_ids,
            identifiers=identifiers,
            ids=ids,
            instance_id=instance_id,
            value=value,
            slug=slug,
            field_id=field_id,
            updated_at_gteq=updated_at_gteq,
        )
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    employee_ids: list[str] | Unset = UNSET,
    identifiers: list[str] | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    instance_id: str | Unset = UNSET,
    value: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    field_id: str | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    max_items: int | None = None,
) -> AsyncIterator[CustomFieldsValue]:
    """Async twin of iterate."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.aitems(
        aiterate_pages(
            client=client,
            limit=limit,
            employee_ids=employee_ids,
            identifiers=identifiers,
            ids=ids,
            instance_id=instance_id,
            value=value,
            slug=slug,
            field_id=field_id,
            updated_at_gteq=updated_at_gteq,
        ),
        max_items,
    )
