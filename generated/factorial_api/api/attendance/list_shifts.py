from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, pagination
from ...client import AuthenticatedClient, Client
from ...models.attendance_list_shifts_response import AttendanceListShiftsResponse
from ...models.attendance_shift import AttendanceShift
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    employee_ids: list[str] | Unset = UNSET,
    start_on: str | Unset = UNSET,
    end_on: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    half_day: bool | Unset = UNSET,
    workable: bool | Unset = UNSET,
    latest_shift: bool | Unset = UNSET,
    sort_created_at_asc: bool | Unset = UNSET,
    breaks_with_time_configuration: bool | Unset = UNSET,
    last_working_shift: bool | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_employee_ids: list[str] | Unset = UNSET
    if not isinstance(employee_ids, Unset):
        json_employee_ids = employee_ids

    params["employee_ids[]"] = json_employee_ids

    params["start_on"] = start_on

    params["end_on"] = end_on

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    params["half_day"] = half_day

    params["workable"] = workable

    params["latest_shift"] = latest_shift

    params["sort_created_at_asc"] = sort_created_at_asc

    params["breaks_with_time_configuration"] = breaks_with_time_configuration

    params["last_working_shift"] = last_working_shift

    params["updated_at"] = updated_at

    params["limit"] = limit

    params["after_id"] = after_id

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2026-07-01/resources/attendance/shifts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttendanceListShiftsResponse | None:
    if response.status_code == 200:
        response_200 = AttendanceListShiftsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AttendanceListShiftsResponse]:
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
    start_on: str | Unset = UNSET,
    end_on: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    half_day: bool | Unset = UNSET,
    workable: bool | Unset = UNSET,
    latest_shift: bool | Unset = UNSET,
    sort_created_at_asc: bool | Unset = UNSET,
    breaks_with_time_configuration: bool | Unset = UNSET,
    last_working_shift: bool | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[AttendanceListShiftsResponse]:
    """List attendance shifts

    Args:
        employee_ids (list[str] | Unset):
        start_on (str | Unset):
        end_on (str | Unset):
        ids (list[str] | Unset):
        half_day (bool | Unset):
        workable (bool | Unset):
        latest_shift (bool | Unset):
        sort_created_at_asc (bool | Unset):
        breaks_with_time_configuration (bool | Unset):
        last_working_shift (bool | Unset):
        updated_at (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttendanceListShiftsResponse]
    """

    kwargs = _get_kwargs(
        employee_ids=employee_ids,
        start_on=start_on,
        end_on=end_on,
        ids=ids,
        half_day=half_day,
        workable=workable,
        latest_shift=latest_shift,
        sort_created_at_asc=sort_created_at_asc,
        breaks_with_time_configuration=breaks_with_time_configuration,
        last_working_shift=last_working_shift,
        updated_at=updated_at,
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
    start_on: str | Unset = UNSET,
    end_on: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    half_day: bool | Unset = UNSET,
    workable: bool | Unset = UNSET,
    latest_shift: bool | Unset = UNSET,
    sort_created_at_asc: bool | Unset = UNSET,
    breaks_with_time_configuration: bool | Unset = UNSET,
    last_working_shift: bool | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> AttendanceListShiftsResponse | None:
    """List attendance shifts

    Args:
        employee_ids (list[str] | Unset):
        start_on (str | Unset):
        end_on (str | Unset):
        ids (list[str] | Unset):
        half_day (bool | Unset):
        workable (bool | Unset):
        latest_shift (bool | Unset):
        sort_created_at_asc (bool | Unset):
        breaks_with_time_configuration (bool | Unset):
        last_working_shift (bool | Unset):
        updated_at (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttendanceListShiftsResponse
    """

    return sync_detailed(
        client=client,
        employee_ids=employee_ids,
        start_on=start_on,
        end_on=end_on,
        ids=ids,
        half_day=half_day,
        workable=workable,
        latest_shift=latest_shift,
        sort_created_at_asc=sort_created_at_asc,
        breaks_with_time_configuration=breaks_with_time_configuration,
        last_working_shift=last_working_shift,
        updated_at=updated_at,
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    employee_ids: list[str] | Unset = UNSET,
    start_on: str | Unset = UNSET,
    end_on: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    half_day: bool | Unset = UNSET,
    workable: bool | Unset = UNSET,
    latest_shift: bool | Unset = UNSET,
    sort_created_at_asc: bool | Unset = UNSET,
    breaks_with_time_configuration: bool | Unset = UNSET,
    last_working_shift: bool | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[AttendanceListShiftsResponse]:
    """List attendance shifts

    Args:
        employee_ids (list[str] | Unset):
        start_on (str | Unset):
        end_on (str | Unset):
        ids (list[str] | Unset):
        half_day (bool | Unset):
        workable (bool | Unset):
        latest_shift (bool | Unset):
        sort_created_at_asc (bool | Unset):
        breaks_with_time_configuration (bool | Unset):
        last_working_shift (bool | Unset):
        updated_at (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttendanceListShiftsResponse]
    """

    kwargs = _get_kwargs(
        employee_ids=employee_ids,
        start_on=start_on,
        end_on=end_on,
        ids=ids,
        half_day=half_day,
        workable=workable,
        latest_shift=latest_shift,
        sort_created_at_asc=sort_created_at_asc,
        breaks_with_time_configuration=breaks_with_time_configuration,
        last_working_shift=last_working_shift,
        updated_at=updated_at,
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
    start_on: str | Unset = UNSET,
    end_on: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    half_day: bool | Unset = UNSET,
    workable: bool | Unset = UNSET,
    latest_shift: bool | Unset = UNSET,
    sort_created_at_asc: bool | Unset = UNSET,
    breaks_with_time_configuration: bool | Unset = UNSET,
    last_working_shift: bool | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> AttendanceListShiftsResponse | None:
    """List attendance shifts

    Args:
        employee_ids (list[str] | Unset):
        start_on (str | Unset):
        end_on (str | Unset):
        ids (list[str] | Unset):
        half_day (bool | Unset):
        workable (bool | Unset):
        latest_shift (bool | Unset):
        sort_created_at_asc (bool | Unset):
        breaks_with_time_configuration (bool | Unset):
        last_working_shift (bool | Unset):
        updated_at (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttendanceListShiftsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            employee_ids=employee_ids,
            start_on=start_on,
            end_on=end_on,
            ids=ids,
            half_day=half_day,
            workable=workable,
            latest_shift=latest_shift,
            sort_created_at_asc=sort_created_at_asc,
            breaks_with_time_configuration=breaks_with_time_configuration,
            last_working_shift=last_working_shift,
            updated_at=updated_at,
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
    start_on: str | Unset = UNSET,
    end_on: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    half_day: bool | Unset = UNSET,
    workable: bool | Unset = UNSET,
    latest_shift: bool | Unset = UNSET,
    sort_created_at_asc: bool | Unset = UNSET,
    breaks_with_time_configuration: bool | Unset = UNSET,
    last_working_shift: bool | Unset = UNSET,
    updated_at: str | Unset = UNSET,
) -> Iterator[AttendanceListShiftsResponse]:
    """Every page (data and meta), fetched lazily one request at a time."""
    return pagination.pages(
        lambda after_id: sync_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            employee_ids=employee_ids,
            start_on=start_on,
            end_on=end_on,
            ids=ids,
            half_day=half_day,
            workable=workable,
            latest_shift=latest_shift,
            sort_created_at_asc=sort_created_at_asc,
            breaks_with_time_configuration=breaks_with_time_configuration,
            last_working_shift=last_working_shift,
            updated_at=updated_at,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    employee_ids: list[str] | Unset = UNSET,
    start_on: str | Unset = UNSET,
    end_on: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    half_day: bool | Unset = UNSET,
    workable: bool | Unset = UNSET,
    latest_shift: bool | Unset = UNSET,
    sort_created_at_asc: bool | Unset = UNSET,
    breaks_with_time_configuration: bool | Unset = UNSET,
    last_working_shift: bool | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    max_items: int | None = None,
) -> Iterator[AttendanceShift]:
    """Every item, streamed page by page; stops fetching once `max_items` were yielded."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.items(
        iterate_pages(
            client=client,
            limit=limit,
            employee_ids=employee_ids,
            start_on=start_on,
            end_on=end_on,
            ids=ids,
            half_day=half_day,
            workable=workable,
            latest_shift=latest_shift,
            sort_created_at_asc=sort_created_at_asc,
            breaks_with_time_configuration=breaks_with_time_configuration,
            last_working_shift=last_working_shift,
            updated_at=updated_at,
        ),
        max_items,
    )


def aiterate_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    employee_ids: list[str] | Unset = UNSET,
    start_on: str | Unset = UNSET,
    end_on: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    half_day: bool | Unset = UNSET,
    workable: bool | Unset = UNSET,
    latest_shift: bool | Unset = UNSET,
    sort_created_at_asc: bool | Unset = UNSET,
    breaks_with_time_configuration: bool | Unset = UNSET,
    last_working_shift: bool | Unset = UNSET,
    updated_at: str | Unset = UNSET,
) -> AsyncIterator[AttendanceListShiftsResponse]:
    """Async twin of iterate_pages."""
    return pagination.apages(
        lambda after_id: asyncio_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            employee_ids=employee_ids,
            start_on=start_on,
            end_on=end_on,
            ids=ids,
            half_day=half_day,
            workable=workable,
            latest_shift=latest_shift,
            sort_created_at_asc=sort_created_at_asc,
            breaks_with_time_configuration=breaks_with_time_configuration,
            last_working_shift=last_working_shift,
            updated_at=updated_at,
        )
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    employee_ids: list[str] | Unset = UNSET,
    start_on: str | Unset = UNSET,
    end_on: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    half_day: bool | Unset = UNSET,
    workable: bool | Unset = UNSET,
    latest_shift: bool | Unset = UNSET,
    sort_created_at_asc: bool | Unset = UNSET,
    breaks_with_time_configuration: bool | Unset = UNSET,
    last_working_shift: bool | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    max_items: int | None = None,
) -> AsyncIterator[AttendanceShift]:
    """Async twin of iterate."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.aitems(
        aiterate_pages(
            client=client,
            limit=limit,
            employee_ids=employee_ids,
            start_on=start_on,
            end_on=end_on,
            ids=ids,
            half_day=half_day,
            workable=workable,
            latest_shift=latest_shift,
            sort_created_at_asc=sort_created_at_asc,
            breaks_with_time_configuration=breaks_with_time_configuration,
            last_working_shift=last_working_shift,
            updated_at=updated_at,
        ),
        max_items,
    )
