from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, pagination
from ...client import AuthenticatedClient, Client
from ...models.companies_legal_entity import CompaniesLegalEntity
from ...models.companies_list_legal_entities_response import CompaniesListLegalEntitiesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ids: list[str] | Unset = UNSET,
    employees_ids: list[str] | Unset = UNSET,
    companies_ids: list[str] | Unset = UNSET,
    country_ids: list[str] | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    json_employees_ids: list[str] | Unset = UNSET
    if not isinstance(employees_ids, Unset):
        json_employees_ids = employees_ids

    params["employees_ids[]"] = json_employees_ids

    json_companies_ids: list[str] | Unset = UNSET
    if not isinstance(companies_ids, Unset):
        json_companies_ids = companies_ids

    params["companies_ids[]"] = json_companies_ids

    json_country_ids: list[str] | Unset = UNSET
    if not isinstance(country_ids, Unset):
        json_country_ids = country_ids

    params["country_ids[]"] = json_country_ids

    params["limit"] = limit

    params["after_id"] = after_id

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2026-07-01/resources/companies/legal_entities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompaniesListLegalEntitiesResponse | None:
    if response.status_code == 200:
        response_200 = CompaniesListLegalEntitiesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CompaniesListLegalEntitiesResponse]:
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
    employees_ids: list[str] | Unset = UNSET,
    companies_ids: list[str] | Unset = UNSET,
    country_ids: list[str] | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[CompaniesListLegalEntitiesResponse]:
    """List legal entities

     The legal employers of the company, one per country or registration.

    Args:
        ids (list[str] | Unset):
        employees_ids (list[str] | Unset):
        companies_ids (list[str] | Unset):
        country_ids (list[str] | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompaniesListLegalEntitiesResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        employees_ids=employees_ids,
        companies_ids=companies_ids,
        country_ids=country_ids,
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
    employees_ids: list[str] | Unset = UNSET,
    companies_ids: list[str] | Unset = UNSET,
    country_ids: list[str] | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> CompaniesListLegalEntitiesResponse | None:
    """List legal entities

     The legal employers of the company, one per country or registration.

    Args:
        ids (list[str] | Unset):
        employees_ids (list[str] | Unset):
        companies_ids (list[str] | Unset):
        country_ids (list[str] | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompaniesListLegalEntitiesResponse
    """

    return sync_detailed(
        client=client,
        ids=ids,
        employees_ids=employees_ids,
        companies_ids=companies_ids,
        country_ids=country_ids,
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    employees_ids: list[str] | Unset = UNSET,
    companies_ids: list[str] | Unset = UNSET,
    country_ids: list[str] | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[CompaniesListLegalEntitiesResponse]:
    """List legal entities

     The legal employers of the company, one per country or registration.

    Args:
        ids (list[str] | Unset):
        employees_ids (list[str] | Unset):
        companies_ids (list[str] | Unset):
        country_ids (list[str] | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompaniesListLegalEntitiesResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        employees_ids=employees_ids,
        companies_ids=companies_ids,
        country_ids=country_ids,
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
    employees_ids: list[str] | Unset = UNSET,
    companies_ids: list[str] | Unset = UNSET,
    country_ids: list[str] | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> CompaniesListLegalEntitiesResponse | None:
    """List legal entities

     The legal employers of the company, one per country or registration.

    Args:
        ids (list[str] | Unset):
        employees_ids (list[str] | Unset):
        companies_ids (list[str] | Unset):
        country_ids (list[str] | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompaniesListLegalEntitiesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            employees_ids=employees_ids,
            companies_ids=companies_ids,
            country_ids=country_ids,
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
    employees_ids: list[str] | Unset = UNSET,
    companies_ids: list[str] | Unset = UNSET,
    country_ids: list[str] | Unset = UNSET,
) -> Iterator[CompaniesListLegalEntitiesResponse]:
    """Every page (data and meta), fetched lazily one request at a time."""
    return pagination.pages(
        lambda after_id: sync_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            ids=ids,
            employees_ids=employees_ids,
            companies_ids=companies_ids,
            country_ids=country_ids,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    employees_ids: list[str] | Unset = UNSET,
    companies_ids: list[str] | Unset = UNSET,
    country_ids: list[str] | Unset = UNSET,
    max_items: int | None = None,
) -> Iterator[CompaniesLegalEntity]:
    """Every item, streamed page by page; stops fetching once `max_items` were yielded."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.items(
        iterate_pages(
            client=client,
            limit=limit,
            ids=ids,
            employees_ids=employees_ids,
            companies_ids=companies_ids,
            country_ids=country_ids,
        ),
        max_items,
    )


def aiterate_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    employees_ids: list[str] | Unset = UNSET,
    companies_ids: list[str] | Unset = UNSET,
    country_ids: list[str] | Unset = UNSET,
) -> AsyncIterator[CompaniesListLegalEntitiesResponse]:
    """Async twin of iterate_pages."""
    return pagination.apages(
        lambda after_id: asyncio_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            ids=ids,
            employees_ids=employees_ids,
            companies_ids=companies_ids,
            country_ids=country_ids,
        )
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    employees_ids: list[str] | Unset = UNSET,
    companies_ids: list[str] | Unset = UNSET,
    country_ids: list[str] | Unset = UNSET,
    max_items: int | None = None,
) -> AsyncIterator[CompaniesLegalEntity]:
    """Async twin of iterate."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.aitems(
        aiterate_pages(
            client=client,
            limit=limit,
            ids=ids,
            employees_ids=employees_ids,
            companies_ids=companies_ids,
            country_ids=country_ids,
        ),
        max_items,
    )
