from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, pagination
from ...client import AuthenticatedClient, Client
from ...models.custom_fields_field import CustomFieldsField
from ...models.custom_fields_list_fields_response import CustomFieldsListFieldsResponse
from ...models.list_fields_field_type import ListFieldsFieldType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ids: list[str] | Unset = UNSET,
    field_type: ListFieldsFieldType | Unset = UNSET,
    label: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    json_field_type: str | Unset = UNSET
    if not isinstance(field_type, Unset):
        json_field_type = field_type.value

    params["field_type"] = json_field_type

    params["label"] = label

    params["slug"] = slug

    params["company_id"] = company_id

    params["limit"] = limit

    params["after_id"] = after_id

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2026-07-01/resources/custom_fields/fields",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFieldsListFieldsResponse | None:
    if response.status_code == 200:
        response_200 = CustomFieldsListFieldsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CustomFieldsListFieldsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    field_type: ListFieldsFieldType | Unset = UNSET,
    label: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[CustomFieldsListFieldsResponse]:
    """List custom fields

     Definitions of the extra fields the company added to its records.

    Args:
        ids (list[str] | Unset):
        field_type (ListFieldsFieldType | Unset):
        label (str | Unset):
        slug (str | Unset):
        company_id (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldsListFieldsResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        field_type=field_type,
        label=label,
        slug=slug,
        company_id=company_id,
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
    ids: list[str] | Unset = UNSET,
    field_type: ListFieldsFieldType | Unset = UNSET,
    label: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> CustomFieldsListFieldsResponse | None:
    """List custom fields

     Definitions of the extra fields the company added to its records.

    Args:
        ids (list[str] | Unset):
        field_type (ListFieldsFieldType | Unset):
        label (str | Unset):
        slug (str | Unset):
        company_id (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldsListFieldsResponse
    """

    return sync_detailed(
        client=client,
        ids=ids,
        field_type=field_type,
        label=label,
        slug=slug,
        company_id=company_id,
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    field_type: ListFieldsFieldType | Unset = UNSET,
    label: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[CustomFieldsListFieldsResponse]:
    """List custom fields

     Definitions of the extra fields the company added to its records.

    Args:
        ids (list[str] | Unset):
        field_type (ListFieldsFieldType | Unset):
        label (str | Unset):
        slug (str | Unset):
        company_id (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldsListFieldsResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        field_type=field_type,
        label=label,
        slug=slug,
        company_id=company_id,
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    field_type: ListFieldsFieldType | Unset = UNSET,
    label: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> CustomFieldsListFieldsResponse | None:
    """List custom fields

     Definitions of the extra fields the company added to its records.

    Args:
        ids (list[str] | Unset):
        field_type (ListFieldsFieldType | Unset):
        label (str | Unset):
        slug (str | Unset):
        company_id (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldsListFieldsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            field_type=field_type,
            label=label,
            slug=slug,
            company_id=company_id,
            limit=limit,
            after_id=after_id,
            before_id=before_id,
        )
    ).parsed


def iterate_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    field_type: ListFieldsFieldType | Unset = UNSET,
    label: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
) -> Iterator[CustomFieldsListFieldsResponse]:
    """Every page (data and meta), fetched lazily one request at a time."""
    return pagination.pages(
        lambda after_id: sync_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            ids=ids,
            field_type=field_type,
            label=label,
            slug=slug,
            company_id=company_id,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    field_type: ListFieldsFieldType | Unset = UNSET,
    label: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    max_items: int | None = None,
) -> Iterator[CustomFieldsField]:
    """Every item, streamed page by page; stops fetching once `max_items` were yielded."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.items(
        iterate_pages(
            client=client,
            limit=limit,
            ids=ids,
            field_type=field_type,
            label=label,
            slug=slug,
            company_id=company_id,
        ),
        max_items,
    )


def aiterate_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    field_type: ListFieldsFieldType | Unset = UNSET,
    label: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
) -> AsyncIterator[CustomFieldsListFieldsResponse]:
    """Async twin of iterate_pages."""
    return pagination.apages(
        lambda after_id: asyncio_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            ids=ids,
            field_type=field_type,
            label=label,
            slug=slug,
            company_id=company_id,
        )
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    field_type: ListFieldsFieldType | Unset = UNSET,
    label: str | Unset = UNSET,
    slug: str | Unset = UNSET,
    company_id: str | Unset = UNSET,
    max_items: int | None = None,
) -> AsyncIterator[CustomFieldsField]:
    """Async twin of iterate."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.aitems(
        aiterate_pages(
            client=client,
            limit=limit,
            ids=ids,
            field_type=field_type,
            label=label,
            slug=slug,
            company_id=company_id,
        ),
        max_items,
    )
