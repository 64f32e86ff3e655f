from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, pagination
from ...client import AuthenticatedClient, Client
from ...models.holidays_company_holiday import HolidaysCompanyHoliday
from ...models.holidays_list_company_holidays_response import HolidaysListCompanyHolidaysResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    start_at: str | Unset = UNSET,
    end_at: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    json_location_ids: list[str] | Unset = UNSET
    if not isinstance(location_ids, Unset):
        json_location_ids = location_ids

    params["location_ids[]"] = json_location_ids

    json_team_ids: list[str] | Unset = UNSET
    if not isinstance(team_ids, Unset):
        json_team_ids = team_ids

    params["team_ids[]"] = json_team_ids

    json_employee_ids: list[str] | Unset = UNSET
    if not isinstance(employee_ids, Unset):
        json_employee_ids = employee_ids

    params["employee_ids[]"] = json_employee_ids

    params["start_at"] = start_at

    params["end_at"] = end_at

    params["limit"] = limit

    params["after_id"] = after_id

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2026-07-01/resources/holidays/company_holidays",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HolidaysListCompanyHolidaysResponse | None:
    if response.status_code == 200:
        response_200 = HolidaysListCompanyHolidaysResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[HolidaysListCompanyHolidaysResponse]:
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
    location_ids: list[str] | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    start_at: str | Unset = UNSET,
    end_at: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[HolidaysListCompanyHolidaysResponse]:
    """List company holidays

     Public and company holidays, each tied to a location.

    Args:
        ids (list[str] | Unset):
        location_ids (list[str] | Unset):
        team_ids (list[str] | Unset):
        employee_ids (list[str] | Unset):
        start_at (str | Unset):
        end_at (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HolidaysListCompanyHolidaysResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        location_ids=location_ids,
        team_ids=team_ids,
        employee_ids=employee_ids,
        start_at=start_at,
        end_at=end_at,
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
    location_ids: list[str] | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    start_at: str | Unset = UNSET,
    end_at: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> HolidaysListCompanyHolidaysResponse | None:
    """List company holidays

     Public and company holidays, each tied to a location.

    Args:
        ids (list[str] | Unset):
        location_ids (list[str] | Unset):
        team_ids (list[str] | Unset):
        employee_ids (list[str] | Unset):
        start_at (str | Unset):
        end_at (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HolidaysListCompanyHolidaysResponse
    """

    return sync_detailed(
        client=client,
        ids=ids,
        location_ids=location_ids,
        team_ids=team_ids,
        employee_ids=employee_ids,
        start_at=start_at,
        end_at=end_at,
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    start_at: str | Unset = UNSET,
    end_at: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[HolidaysListCompanyHolidaysResponse]:
    """List company holidays

     Public and company holidays, each tied to a location.

    Args:
        ids (list[str] | Unset):
        location_ids (list[str] | Unset):
        team_ids (list[str] | Unset):
        employee_ids (list[str] | Unset):
        start_at (str | Unset):
        end_at (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HolidaysListCompanyHolidaysResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        location_ids=location_ids,
        team_ids=team_ids,
        employee_ids=employee_ids,
        start_at=start_at,
        end_at=end_at,
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
    location_ids: list[str] | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    start_at: str | Unset = UNSET,
    end_at: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> HolidaysListCompanyHolidaysResponse | None:
    """List company holidays

     Public and company holidays, each tied to a location.

    Args:
        ids (list[str] | Unset):
        location_ids (list[str] | Unset):
        team_ids (list[str] | Unset):
        employee_ids (list[str] | Unset):
        start_at (str | Unset):
        end_at (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HolidaysListCompanyHolidaysResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            location_ids=location_ids,
            team_ids=team_ids,
            employee_ids=employee_ids,
            start_at=start_at,
            end_at=end_at,
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
    location_ids: list[str] | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    start_at: str | Unset = UNSET,
    end_at: str | Unset = UNSET,
) -> Iterator[HolidaysListCompanyHolidaysResponse]:
    """Every page (data and meta), fetched lazily one request at a time."""
    return pagination.pages(
        lambda after_id: sync_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            ids=ids,
            location_ids=location_ids,
            team_ids=team_ids,
            employee_ids=employee_ids,
            start_at=start_at,
            end_at=end_at,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    start_at: str | Unset = UNSET,
    end_at: str | Unset = UNSET,
    max_items: int | None = None,
) -> Iterator[HolidaysCompanyHoliday]:
    """Every item, streamed page by page; stops fetching once `max_items` were yielded."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.items(
        iterate_pages(
            client=client,
            limit=limit,
            ids=ids,
            location_ids=location_ids,
            team_ids=team_ids,
            employee_ids=employee_ids,
            start_at=start_at,
            end_at=end_at,
        ),
        max_items,
    )


def aiterate_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    start_at: str | Unset = UNSET,
    end_at: str | Unset = UNSET,
) -> AsyncIterator[HolidaysListCompanyHolidaysResponse]:
    """Async twin of iterate_pages."""
    return pagination.apages(
        lambda after_id: asyncio_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            ids=ids,
            location_ids=location_ids,
            team_ids=team_ids,
            employee_ids=employee_ids,
            start_at=start_at,
            end_at=end_at,
        )
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    start_at: str | Unset = UNSET,
    end_at: str | Unset = UNSET,
    max_items: int | None = None,
) -> AsyncIterator[HolidaysCompanyHoliday]:
    """Async twin of iterate."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.aitems(
        aiterate_pages(
            client=client,
            limit=limit,
            ids=ids,
            location_ids=location_ids,
            team_ids=team_ids,
            employee_ids=employee_ids,
            start_at=start_at,
            end_at=end_at,
        ),
        max_items,
    )
