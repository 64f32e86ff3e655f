from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, pagination
from ...client import AuthenticatedClient, Client
from ...models.contracts_contract_version import ContractsContractVersion
from ...models.contracts_list_contract_versions_response import ContractsListContractVersionsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    date: str | Unset = UNSET,
    job_catalog_tree_node_uuids: list[str] | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    updated_at_lteq: str | Unset = UNSET,
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

    params["date"] = date

    json_job_catalog_tree_node_uuids: list[str] | Unset = UNSET
    if not isinstance(job_catalog_tree_node_uuids, Unset):
        json_job_catalog_tree_node_uuids = job_catalog_tree_node_uuids

    params["job_catalog_tree_node_uuids[]"] = json_job_catalog_tree_node_uuids

    params["updated_at_gteq"] = updated_at_gteq

    params["updated_at_lteq"] = updated_at_lteq

    params["limit"] = limit

    params["after_id"] = after_id

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2026-07-01/resources/contracts/contract_versions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContractsListContractVersionsResponse | None:
    if response.status_code == 200:
        response_200 = ContractsListContractVersionsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContractsListContractVersionsResponse]:
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
    date: str | Unset = UNSET,
    job_catalog_tree_node_uuids: list[str] | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    updated_at_lteq: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[ContractsListContractVersionsResponse]:
    """List contract versions

     Each change to an employee's contract is a new version, in force from `effective_on`.

    Args:
        ids (list[str] | Unset):
        employee_ids (list[str] | Unset):
        date (str | Unset):
        job_catalog_tree_node_uuids (list[str] | Unset):
        updated_at_gteq (str | Unset):
        updated_at_lteq (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractsListContractVersionsResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        employee_ids=employee_ids,
        date=date,
        job_catalog_tree_node_uuids=job_catalog_tree_node_uuids,
        updated_at_gteq=updated_at_gteq,
        updated_at_lteq=updated_at_lteq,
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
    date: str | Unset = UNSET,
    job_catalog_tree_node_uuids: list[str] | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    updated_at_lteq: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> ContractsListContractVersionsResponse | None:
    """List contract versions

     Each change to an employee's contract is a new version, in force from `effective_on`.

    Args:
        ids (list[str] | Unset):
        employee_ids (list[str] | Unset):
        date (str | Unset):
        job_catalog_tree_node_uuids (list[str] | Unset):
        updated_at_gteq (str | Unset):
        updated_at_lteq (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractsListContractVersionsResponse
    """

    return sync_detailed(
        client=client,
        ids=ids,
        employee_ids=employee_ids,
        date=date,
        job_catalog_tree_node_uuids=job_catalog_tree_node_uuids,
        updated_at_gteq=updated_at_gteq,
        updated_at_lteq=updated_at_lteq,
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    date: str | Unset = UNSET,
    job_catalog_tree_node_uuids: list[str] | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    updated_at_lteq: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[ContractsListContractVersionsResponse]:
    """List contract versions

     Each change to an employee's contract is a new version, in force from `effective_on`.

    Args:
        ids (list[str] | Unset):
        employee_ids (list[str] | Unset):
        date (str | Unset):
        job_catalog_tree_node_uuids (list[str] | Unset):
        updated_at_gteq (str | Unset):
        updated_at_lteq (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractsListContractVersionsResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        employee_ids=employee_ids,
        date=date,
        job_catalog_tree_node_uuids=job_catalog_tree_node_uuids,
        updated_at_gteq=updated_at_gteq,
        updated_at_lteq=updated_at_lteq,
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
    date: str | Unset = UNSET,
    job_catalog_tree_node_uuids: list[str] | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    updated_at_lteq: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> ContractsListContractVersionsResponse | None:
    """List contract versions

     Each change to an employee's contract is a new version, in force from `effective_on`.

    Args:
        ids (list[str] | Unset):
        employee_ids (list[str] | Unset):
        date (str | Unset):
        job_catalog_tree_node_uuids (list[str] | Unset):
        updated_at_gteq (str | Unset):
        updated_at_lteq (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractsListContractVersionsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            employee_ids=employee_ids,
            date=date,
            job_catalog_tree_node_uuids=job_catalog_tree_node_uuids,
            updated_at_gteq=updated_at_gteq,
            updated_at_lteq=updated_at_lteq,
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
    date: str | Unset = UNSET,
    job_catalog_tree_node_uuids: list[str] | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    updated_at_lteq: str | Unset = UNSET,
) -> Iterator[ContractsListContractVersionsResponse]:
    """Every page (data and meta), fetched lazily one request at a time."""
    return pagination.pages(
        lambda after_id: sync_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            ids=ids,
            employee_ids=employee_ids,
            date=date,
            job_catalog_tree_node_uuids=job_catalog_tree_node_uuids,
            updated_at_gteq=updated_at_gteq,
            updated_at_lteq=updated_at_lteq,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    date: str | Unset = UNSET,
    job_catalog_tree_node_uuids: list[str] | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    updated_at_lteq: str | Unset = UNSET,
    max_items: int | None = None,
) -> Iterator[ContractsContractVersion]:
    """Every item, streamed page by page; stops fetching once `max_items` were yielded."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.items(
        iterate_pages(
            client=client,
            limit=limit,
            ids=ids,
            employee_ids=employee_ids,
            date=date,
            job_catalog_tree_node_uuids=job_catalog_tree_node_uuids,
            updated_at_gteq=updated_at_gteq,
            updated_at_lteq=updated_at_lteq,
        ),
        max_items,
    )


def aiterate_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    date: str | Unset = UNSET,
    job_catalog_tree_node_uuids: list[str] | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    updated_at_lteq: str | Unset = UNSET,
) -> AsyncIterator[ContractsListContractVersionsResponse]:
    """Async twin of iterate_pages."""
    return pagination.apages(
        lambda after_id: asyncio_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            ids=ids,
            employee_ids=employee_ids,
            date=date,
            job_catalog_tree_node_uuids=job_catalog_tree_node_uuids,
            updated_at_gteq=updated_at_gteq,
            updated_at_lteq=updated_at_lteq,
        )
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    date: str | Unset = UNSET,
    job_catalog_tree_node_uuids: list[str] | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    updated_at_lteq: str | Unset = UNSET,
    max_items: int | None = None,
) -> AsyncIterator[ContractsContractVersion]:
    """Async twin of iterate."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.aitems(
        aiterate_pages(
            client=client,
            limit=limit,
            ids=ids,
            employee_ids=employee_ids,
            date=date,
            job_catalog_tree_node_uuids=job_catalog_tree_node_uuids,
            updated_at_gteq=updated_at_gteq,
            updated_at_lteq=updated_at_lteq,
        ),
        max_items,
    )
