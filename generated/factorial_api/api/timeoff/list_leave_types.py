from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, pagination
from ...client import AuthenticatedClient, Client
from ...models.timeoff_leave_type import TimeoffLeaveType
from ...models.timeoff_list_leave_types_response import TimeoffListLeaveTypesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ids: list[str] | Unset = UNSET,
    company_ids: list[str] | Unset = UNSET,
    active: bool | Unset = UNSET,
    payable: bool | Unset = UNSET,
    identifier: Any | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    reference_date: str | Unset = UNSET,
    leave_type_id: str | Unset = UNSET,
    allow_endless: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    json_company_ids: list[str] | Unset = UNSET
    if not isinstance(company_ids, Unset):
        json_company_ids = company_ids

    params["company_ids[]"] = json_company_ids

    params["active"] = active

    params["payable"] = payable

    params["identifier"] = identifier

    params["employee_id"] = employee_id

    params["reference_date"] = reference_date

    params["leave_type_id"] = leave_type_id

    params["allow_endless"] = allow_endless

    params["limit"] = limit

    params["after_id"] = after_id

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2026-07-01/resources/timeoff/leave_types",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TimeoffListLeaveTypesResponse | None:
    if response.status_code == 200:
        response_200 = TimeoffListLeaveTypesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TimeoffListLeaveTypesResponse]:
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
    company_ids: list[str] | Unset = UNSET,
    active: bool | Unset = UNSET,
    payable: bool | Unset = UNSET,
    identifier: Any | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    reference_date: str | Unset = UNSET,
    leave_type_id: str | Unset = UNSET,
    allow_endless: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[TimeoffListLeaveTypesResponse]:
    """List leave types

     Kinds of absence (vacation, sick leave, ...) configured for the company.

    Args:
        ids (list[str] | Unset):
        company_ids (list[str] | Unset):
        active (bool | Unset):
        payable (bool | Unset):
        identifier (Any | Unset):
        employee_id (str | Unset):
        reference_date (str | Unset):
        leave_type_id (str | Unset):
        allow_endless (bool | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TimeoffListLeaveTypesResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        company_ids=company_ids,
        active=active,
        payable=payable,
        identifier=identifier,
        employee_id=employee_id,
        reference_date=reference_date,
        leave_type_id=leave_type_id,
        allow_endless=allow_endless,
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
    company_ids: list[str] | Unset = UNSET,
    active: bool | Unset = UNSET,
    payable: bool | Unset = UNSET,
    identifier: Any | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    reference_date: str | Unset = UNSET,
    leave_type_id: str | Unset = UNSET,
    allow_endless: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> TimeoffListLeaveTypesResponse | None:
    """List leave types

     Kinds of absence (vacation, sick leave, ...) configured for the company.

    Args:
        ids (list[str] | Unset):
        company_ids (list[str] | Unset):
        active (bool | Unset):
        payable (bool | Unset):
        identifier (Any | Unset):
        employee_id (str | Unset):
        reference_date (str | Unset):
        leave_type_id (str | Unset):
        allow_endless (bool | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TimeoffListLeaveTypesResponse
    """

    return sync_detailed(
        client=client,
        ids=ids,
        company_ids=company_ids,
        active=active,
        payable=payable,
        identifier=identifier,
        employee_id=employee_id,
        reference_date=reference_date,
        leave_type_id=leave_type_id,
        allow_endless=allow_endless,
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    company_ids: list[str] | Unset = UNSET,
    active: bool | Unset = UNSET,
    payable: bool | Unset = UNSET,
    identifier: Any | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    reference_date: str | Unset = UNSET,
    leave_type_id: str | Unset = UNSET,
    allow_endless: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[TimeoffListLeaveTypesResponse]:
    """List leave types

     Kinds of absence (vacation, sick leave, ...) configured for the company.

    Args:
        ids (list[str] | Unset):
        company_ids (list[str] | Unset):
        active (bool | Unset):
        payable (bool | Unset):
        identifier (Any | Unset):
        employee_id (str | Unset):
        reference_date (str | Unset):
        leave_type_id (str | Unset):
        allow_endless (bool | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TimeoffListLeaveTypesResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        company_ids=company_ids,
        active=active,
        payable=payable,
        identifier=identifier,
        employee_id=employee_id,
        reference_date=reference_date,
        leave_type_id=leave_type_id,
        allow_endless=allow_endless,
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
    company_ids: list[str] | Unset = UNSET,
    active: bool | Unset = UNSET,
    payable: bool | Unset = UNSET,
    identifier: Any | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    reference_date: str | Unset = UNSET,
    leave_type_id: str | Unset = UNSET,
    allow_endless: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> TimeoffListLeaveTypesResponse | None:
    """List leave types

     Kinds of absence (vacation, sick leave, ...) configured for the company.

    Args:
        ids (list[str] | Unset):
        company_ids (list[str] | Unset):
        active (bool | Unset):
        payable (bool | Unset):
        identifier (Any | Unset):
        employee_id (str | Unset):
        reference_date (str | Unset):
        leave_type_id (str | Unset):
        allow_endless (bool | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TimeoffListLeaveTypesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            company_ids=company_ids,
            active=active,
            payable=payable,
            identifier=identifier,
            employee_id=employee_id,
            reference_date=reference_date,
            leave_type_id=leave_type_id,
            allow_endless=allow_endless,
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
    company_ids: list[str] | Unset = UNSET,
    active: bool | Unset = UNSET,
    payable: bool | Unset = UNSET,
    identifier: Any | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    reference_date: str | Unset = UNSET,
    leave_type_id: str | Unset = UNSET,
    allow_endless: bool | Unset = UNSET,
) -> Iterator[TimeoffListLeaveTypesResponse]:
    """Every page (data and meta), fetched lazily one request at a time."""
    return pagination.pages(
        lambda after_id: sync_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            ids=ids,
            company_ids=company_ids,
            active=active,
            payable=payable,
            identifier=identifier,
            employee_id=employee_id,
            reference_date=reference_date,
            leave_type_id=leave_type_id,
            allow_endless=allow_endless,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    company_ids: list[str] | Unset = UNSET,
    active: bool | Unset = UNSET,
    payable: bool | Unset = UNSET,
    identifier: Any | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    reference_date: str | Unset = UNSET,
    leave_type_id: str | Unset = UNSET,
    allow_endless: bool | Unset = UNSET,
    max_items: int | None = None,
) -> Iterator[TimeoffLeaveType]:
    """Every item, streamed page by page; stops fetching once `max_items` were yielded."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.items(
        iterate_pages(
            client=client,
            limit=limit,
            ids=ids,
            company_ids=company_ids,
            active=active,
            payable=payable,
            identifier=identifier,
            employee_id=employee_id,
            reference_date=reference_date,
            leave_type_id=leave_type_id,
            allow_endless=allow_endless,
        ),
        max_items,
    )


def aiterate_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    company_ids: list[str] | Unset = UNSET,
    active: bool | Unset = UNSET,
    payable: bool | Unset = UNSET,
    identifier: Any | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    reference_date: str | Unset = UNSET,
    leave_type_id: str | Unset = UNSET,
    allow_endless: bool | Unset = UNSET,
) -> AsyncIterator[TimeoffListLeaveTypesResponse]:
    """Async twin of iterate_pages."""
    return pagination.apages(
        lambda after_id: asyncio_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            ids=ids,
            company_ids=company_ids,
            active=active,
            payable=payable,
            identifier=identifier,
            employee_id=employee_id,
            reference_date=reference_date,
            leave_type_id=leave_type_id,
            allow_endless=allow_endless,
        )
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    company_ids: list[str] | Unset = UNSET,
    active: bool | Unset = UNSET,
    payable: bool | Unset = UNSET,
    identifier: Any | Unset = UNSET,
    employee_id: str | Unset = UNSET,
    reference_date: str | Unset = UNSET,
    leave_type_id: str | Unset = UNSET,
    allow_endless: bool | Unset = UNSET,
    max_items: int | None = None,
) -> AsyncIterator[TimeoffLeaveType]:
    """Async twin of iterate."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.aitems(
        aiterate_pages(
            client=client,
            limit=limit,
            ids=ids,
            company_ids=company_ids,
            active=active,
            payable=payable,
            identifier=identifier,
            employee_id=employee_id,
            reference_date=reference_date,
            leave_type_id=leave_type_id,
            allow_endless=allow_endless,
        ),
        max_items,
    )
