from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, pagination
from ...client import AuthenticatedClient, Client
from ...models.locations_list_locations_response import LocationsListLocationsResponse
from ...models.locations_location import LocationsLocation
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    main: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    json_employee_ids: list[str] | Unset = UNSET
    if not isinstance(employee_ids, Unset):
        json_employee_ids = employee_ids

    params["employee_ids[]"] = json_employee_ids

    params["main"] = main

    params["limit"] = limit

    params["after_id"] = after_id

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2026-07-01/resources/locations/locations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LocationsListLocationsResponse | None:
    if response.status_code == 200:
        response_200 = LocationsListLocationsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[LocationsListLocationsResponse]:
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
    employee_ids: list[str] | Unset = UNSET,
    main: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[LocationsListLocationsResponse]:
    """List work locations

    Args:
        ids (list[str] | Unset):
        employee_ids (list[str] | Unset):
        main (bool | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LocationsListLocationsResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        employee_ids=employee_ids,
        main=main,
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
    employee_ids: list[str] | Unset = UNSET,
    main: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> LocationsListLocationsResponse | None:
    """List work locations

    Args:
        ids (list[str] | Unset):
        employee_ids (list[str] | Unset):
        main (bool | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LocationsListLocationsResponse
    """

    return sync_detailed(
        client=client,
        ids=ids,
        employee_ids=employee_ids,
        main=main,
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    main: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[LocationsListLocationsResponse]:
    """List work locations

    Args:
        ids (list[str] | Unset):
        employee_ids (list[str] | Unset):
        main (bool | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LocationsListLocationsResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        employee_ids=employee_ids,
        main=main,
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
    employee_ids: list[str] | Unset = UNSET,
    main: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> LocationsListLocationsResponse | None:
    """List work locations

    Args:
        ids (list[str] | Unset):
        employee_ids (list[str] | Unset):
        main (bool | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LocationsListLocationsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            employee_ids=employee_ids,
            main=main,
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
    employee_ids: list[str] | Unset = UNSET,
    main: bool | Unset = UNSET,
) -> Iterator[LocationsListLocationsResponse]:
    """Every page (data and meta), fetched lazily one request at a time."""
    return pagination.pages(
        lambda after_id: sync_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            ids=ids,
            employee_ids=employee_ids,
            main=main,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    main: bool | Unset = UNSET,
    max_items: int | None = None,
) -> Iterator[LocationsLocation]:
    """Every item, streamed page by page; stops fetching once `max_items` were yielded."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.items(
        iterate_pages(
            client=client,
            limit=limit,
            ids=ids,
            employee_ids=employee_ids,
            main=main,
        ),
        max_items,
    )


def aiterate_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    main: bool | Unset = UNSET,
) -> AsyncIterator[LocationsListLocationsResponse]:
    """Async twin of iterate_pages."""
    return pagination.apages(
        lambda after_id: asyncio_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            ids=ids,
            employee_ids=employee_ids,
            main=main,
        )
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    main: bool | Unset = UNSET,
    max_items: int | None = None,
) -> AsyncIterator[LocationsLocation]:
    """Async twin of iterate."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.aitems(
        aiterate_pages(
            client=client,
            limit=limit,
            ids=ids,
            employee_ids=employee_ids,
            main=main,
        ),
        max_items,
    )
