from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, pagination
from ...client import AuthenticatedClient, Client
from ...models.timeoff_leave import TimeoffLeave
from ...models.timeoff_list_leaves_response import TimeoffListLeavesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    leave_type_id: list[str] | Unset = UNSET,
    to: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
    include_deleted_leaves: bool | Unset = UNSET,
    approved: bool | Unset = UNSET,
    include_pending: bool | Unset = UNSET,
    include_leave_type: bool | Unset = UNSET,
    include_duration: bool | Unset = UNSET,
    type_is_workable: bool | Unset = UNSET,
    type_is_payable: bool | Unset = UNSET,
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

    json_leave_type_id: list[str] | Unset = UNSET
    if not isinstance(leave_type_id, Unset):
        json_leave_type_id = leave_type_id

    params["leave_type_id[]"] = json_leave_type_id

    params["to"] = to

    params["from"] = from_

    params["only_active"] = only_active

    params["include_deleted_leaves"] = include_deleted_leaves

    params["approved"] = approved

    params["include_pending"] = include_pending

    params["include_leave_type"] = include_leave_type

    params["include_duration"] = include_duration

    params["type_is_workable"] = type_is_workable

    params["type_is_payable"] = type_is_payable

    params["limit"] = limit

    params["after_id"] = after_id

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2026-07-01/resources/timeoff/leaves",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> TimeoffListLeavesResponse | None:
    if response.status_code == 200:
        response_200 = TimeoffListLeavesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[TimeoffListLeavesResponse]:
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
    leave_type_id: list[str] | Unset = UNSET,
    to: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
    include_deleted_leaves: bool | Unset = UNSET,
    approved: bool | Unset = UNSET,
    include_pending: bool | Unset = UNSET,
    include_leave_type: bool | Unset = UNSET,
    include_duration: bool | Unset = UNSET,
    type_is_workable: bool | Unset = UNSET,
    type_is_payable: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[TimeoffListLeavesResponse]:
    """List time-off leaves

    Args:
        ids (list[str] | Unset):
        employee_ids (list[str] | Unset):
        leave_type_id (list[str] | Unset):
        to (str | Unset):
        from_ (str | Unset):
        only_active (bool | Unset):
        include_deleted_leaves (bool | Unset):
        approved (bool | Unset):
        include_pending (bool | Unset):
        include_leave_type (bool | Unset):
        include_duration (bool | Unset):
        type_is_workable (bool | Unset):
        type_is_payable (bool | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TimeoffListLeavesResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        employee_ids=employee_ids,
        leave_type_id=leave_type_id,
        to=to,
        from_=from_,
        only_active=only_active,
        include_deleted_leaves=include_deleted_leaves,
        approved=approved,
        include_pending=include_pending,
        include_leave_type=include_leave_type,
        include_duration=include_duration,
        type_is_workable=type_is_workable,
        type_is_payable=type_is_payable,
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
    leave_type_id: list[str] | Unset = UNSET,
    to: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
    include_deleted_leaves: bool | Unset = UNSET,
    approved: bool | Unset = UNSET,
    include_pending: bool | Unset = UNSET,
    include_leave_type: bool | Unset = UNSET,
    include_duration: bool | Unset = UNSET,
    type_is_workable: bool | Unset = UNSET,
    type_is_payable: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> TimeoffListLeavesResponse | None:
    """List time-off leaves

    Args:
        ids (list[str] | Unset):
        employee_ids (list[str] | Unset):
        leave_type_id (list[str] | Unset):
        to (str | Unset):
        from_ (str | Unset):
        only_active (bool | Unset):
        include_deleted_leaves (bool | Unset):
        approved (bool | Unset):
        include_pending (bool | Unset):
        include_leave_type (bool | Unset):
        include_duration (bool | Unset):
        type_is_workable (bool | Unset):
        type_is_payable (bool | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TimeoffListLeavesResponse
    """

    return sync_detailed(
        client=client,
        ids=ids,
        employee_ids=employee_ids,
        leave_type_id=leave_type_id,
        to=to,
        from_=from_,
        only_active=only_active,
        include_deleted_leaves=include_deleted_leaves,
        approved=approved,
        include_pending=include_pending,
        include_leave_type=include_leave_type,
        include_duration=include_duration,
        type_is_workable=type_is_workable,
        type_is_payable=type_is_payable,
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    leave_type_id: list[str] | Unset = UNSET,
    to: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
    include_deleted_leaves: bool | Unset = UNSET,
    approved: bool | Unset = UNSET,
    include_pending: bool | Unset = UNSET,
    include_leave_type: bool | Unset = UNSET,
    include_duration: bool | Unset = UNSET,
    type_is_workable: bool | Unset = UNSET,
    type_is_payable: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[TimeoffListLeavesResponse]:
    """List time-off leaves

    Args:
        ids (list[str] | Unset):
        employee_ids (list[str] | Unset):
        leave_type_id (list[str] | Unset):
        to (str | Unset):
        from_ (str | Unset):
        only_active (bool | Unset):
        include_deleted_leaves (bool | Unset):
        approved (bool | Unset):
        include_pending (bool | Unset):
        include_leave_type (bool | Unset):
        include_duration (bool | Unset):
        type_is_workable (bool | Unset):
        type_is_payable (bool | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TimeoffListLeavesResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        employee_ids=employee_ids,
        leave_type_id=leave_type_id,
        to=to,
        from_=from_,
        only_active=only_active,
        include_deleted_leaves=include_deleted_leaves,
        approved=approved,
        include_pending=include_pending,
        include_leave_type=include_leave_type,
        include_duration=include_duration,
        type_is_workable=type_is_workable,
        type_is_payable=type_is_payable,
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
    leave_type_id: list[str] | Unset = UNSET,
    to: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
    include_deleted_leaves: bool | Unset = UNSET,
    approved: bool | Unset = UNSET,
    include_pending: bool | Unset = UNSET,
    include_leave_type: bool | Unset = UNSET,
    include_duration: bool | Unset = UNSET,
    type_is_workable: bool | Unset = UNSET,
    type_is_payable: bool | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> TimeoffListLeavesResponse | None:
    """List time-off leaves

    Args:
        ids (list[str] | Unset):
        employee_ids (list[str] | Unset):
        leave_type_id (list[str] | Unset):
        to (str | Unset):
        from_ (str | Unset):
        only_active (bool | Unset):
        include_deleted_leaves (bool | Unset):
        approved (bool | Unset):
        include_pending (bool | Unset):
        include_leave_type (bool | Unset):
        include_duration (bool | Unset):
        type_is_workable (bool | Unset):
        type_is_payable (bool | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TimeoffListLeavesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            employee_ids=employee_ids,
            leave_type_id=leave_type_id,
            to=to,
            from_=from_,
            only_active=only_active,
            include_deleted_leaves=include_deleted_leaves,
            approved=approved,
            include_pending=include_pending,
            include_leave_type=include_leave_type,
            include_duration=include_duration,
            type_is_workable=type_is_workable,
            type_is_payable=type_is_payable,
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
    leave_type_id: list[str] | Unset = UNSET,
    to: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
    include_deleted_leaves: bool | Unset = UNSET,
    approved: bool | Unset = UNSET,
    include_pending: bool | Unset = UNSET,
    include_leave_type: bool | Unset = UNSET,
    include_duration: bool | Unset = UNSET,
    type_is_workable: bool | Unset = UNSET,
    type_is_payable: bool | Unset = UNSET,
) -> Iterator[TimeoffListLeavesResponse]:
    """Every page (data and meta), fetched lazily one request at a time."""
    return pagination.pages(
        lambda after_id: sync_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            ids=ids,
            employee_ids=employee_ids,
            leave_type_id=leave_type_id,
            to=to,
            from_=from_,
            only_active=only_active,
            include_deleted_leaves=include_deleted_leaves,
            approved=approved,
            include_pending=include_pending,
            include_leave_type=include_leave_type,
            include_duration=include_duration,
            type_is_workable=type_is_workable,
            type_is_payable=type_is_payable,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    leave_type_id: list[str] | Unset = UNSET,
    to: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
    include_deleted_leaves: bool | Unset = UNSET,
    approved: bool | Unset = UNSET,
    include_pending: bool | Unset = UNSET,
    include_leave_type: bool | Unset = UNSET,
    include_duration: bool | Unset = UNSET,
    type_is_workable: bool | Unset = UNSET,
    type_is_payable: bool | Unset = UNSET,
    max_items: int | None = None,
) -> Iterator[TimeoffLeave]:
    """Every item, streamed page by page; stops fetching once `max_items` were yielded."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.items(
        iterate_pages(
            client=client,
            limit=limit,
            ids=ids,
            employee_ids=employee_ids,
            leave_type_id=leave_type_id,
            to=to,
            from_=from_,
            only_active=only_active,
            include_deleted_leaves=include_deleted_leaves,
            approved=approved,
            include_pending=include_pending,
            include_leave_type=include_leave_type,
            include_duration=include_duration,
            type_is_workable=type_is_workable,
            type_is_payable=type_is_payable,
        ),
        max_items,
    )


def aiterate_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    leave_type_id: list[str] | Unset = UNSET,
    to: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
    include_deleted_leaves: bool | Unset = UNSET,
    approved: bool | Unset = UNSET,
    include_pending: bool | Unset = UNSET,
    include_leave_type: bool | Unset = UNSET,
    include_duration: bool | Unset = UNSET,
    type_is_workable: bool | Unset = UNSET,
    type_is_payable: bool | Unset = UNSET,
) -> AsyncIterator[TimeoffListLeavesResponse]:
    """Async twin of iterate_pages."""
    return pagination.apages(
        lambda after_id: asyncio_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            ids=ids,
            employee_ids=employee_ids,
            leave_type_id=leave_type_id,
            to=to,
            from_=from_,
            only_active=only_active,
            include_deleted_leaves=include_deleted_leaves,
            approved=approved,
            include_pending=include_pending,
            include_leave_type=include_leave_type,
            include_duration=include_duration,
            type_is_workable=type_is_workable,
            type_is_payable=type_is_payable,
        )
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    leave_type_id: list[str] | Unset = UNSET,
    to: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
    include_deleted_leaves: bool | Unset = UNSET,
    approved: bool | Unset = UNSET,
    include_pending: bool | Unset = UNSET,
    include_leave_type: bool | Unset = UNSET,
    include_duration: bool | Unset = UNSET,
    type_is_workable: bool | Unset = UNSET,
    type_is_payable: bool | Unset = UNSET,
    max_items: int | None = None,
) -> AsyncIterator[TimeoffLeave]:
    """Async twin of iterate."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.aitems(
        aiterate_pages(
            client=client,
            limit=limit,
            ids=ids,
            employee_ids=employee_ids,
            leave_type_id=leave_type_id,
            to=to,
            from_=from_,
            only_active=only_active,
            include_deleted_leaves=include_deleted_leaves,
            approved=approved,
            include_pending=include_pending,
            include_leave_type=include_leave_type,
            include_duration=include_duration,
            type_is_workable=type_is_workable,
            type_is_payable=type_is_payable,
        ),
        max_items,
    )
