from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, pagination
from ...client import AuthenticatedClient, Client
from ...models.employees_employee import EmployeesEmployee
from ...models.employees_list_employees_response import EmployeesListEmployeesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ids: list[str] | Unset = UNSET,
    access_ids: list[str] | Unset = UNSET,
    emails: list[str] | Unset = UNSET,
    full_text_name: str | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    legal_entity_ids: list[str] | Unset = UNSET,
    company_identifier: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
    only_managers: bool | Unset = UNSET,
    name_starts_with: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    json_access_ids: list[str] | Unset = UNSET
    if not isinstance(access_ids, Unset):
        json_access_ids = access_ids

    params["access_ids[]"] = json_access_ids

    json_emails: list[str] | Unset = UNSET
    if not isinstance(emails, Unset):
        json_emails = emails

    params["emails[]"] = json_emails

    params["full_text_name"] = full_text_name

    params["updated_at_gteq"] = updated_at_gteq

    json_legal_entity_ids: list[str] | Unset = UNSET
    if not isinstance(legal_entity_ids, Unset):
        json_legal_entity_ids = legal_entity_ids

    params["legal_entity_ids[]"] = json_legal_entity_ids

    params["company_identifier"] = company_identifier

    params["only_active"] = only_active

    json_team_ids: list[str] | Unset = UNSET
    if not isinstance(team_ids, Unset):
        json_team_ids = team_ids

    params["team_ids[]"] = json_team_ids

    json_location_ids: list[str] | Unset = UNSET
    if not isinstance(location_ids, Unset):
        json_location_ids = location_ids

    params["location_ids[]"] = json_location_ids

    params["only_managers"] = only_managers

    params["name_starts_with"] = name_starts_with

    params["limit"] = limit

    params["after_id"] = after_id

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2026-07-01/resources/employees/employees",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmployeesListEmployeesResponse | None:
    if response.status_code == 200:
        response_200 = EmployeesListEmployeesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EmployeesListEmployeesResponse]:
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
    access_ids: list[str] | Unset = UNSET,
    emails: list[str] | Unset = UNSET,
    full_text_name: str | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    legal_entity_ids: list[str] | Unset = UNSET,
    company_identifier: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
    only_managers: bool | Unset = UNSET,
    name_starts_with: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[EmployeesListEmployeesResponse]:
    """List employees

     What each field holds depends on the caller: admins see everything, other users see only what their
    permissions allow (hidden fields come back as null).

    Args:
        ids (list[str] | Unset):
        access_ids (list[str] | Unset):
        emails (list[str] | Unset):
        full_text_name (str | Unset):
        updated_at_gteq (str | Unset):
        legal_entity_ids (list[str] | Unset):
        company_identifier (str | Unset):
        only_active (bool | Unset):
        team_ids (list[str] | Unset):
        location_ids (list[str] | Unset):
        only_managers (bool | Unset):
        name_starts_with (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmployeesListEmployeesResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        access_ids=access_ids,
        emails=emails,
        full_text_name=full_text_name,
        updated_at_gteq=updated_at_gteq,
        legal_entity_ids=legal_entity_ids,
        company_identifier=company_identifier,
        only_active=only_active,
        team_ids=team_ids,
        location_ids=location_ids,
        only_managers=only_managers,
        name_starts_with=name_starts_with,
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
    access_ids: list[str] | Unset = UNSET,
    emails: list[str] | Unset = UNSET,
    full_text_name: str | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    legal_entity_ids: list[str] | Unset = UNSET,
    company_identifier: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
    only_managers: bool | Unset = UNSET,
    name_starts_with: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> EmployeesListEmployeesResponse | None:
    """List employees

     What each field holds depends on the caller: admins see everything, other users see only what their
    permissions allow (hidden fields come back as null).

    Args:
        ids (list[str] | Unset):
        access_ids (list[str] | Unset):
        emails (list[str] | Unset):
        full_text_name (str | Unset):
        updated_at_gteq (str | Unset):
        legal_entity_ids (list[str] | Unset):
        company_identifier (str | Unset):
        only_active (bool | Unset):
        team_ids (list[str] | Unset):
        location_ids (list[str] | Unset):
        only_managers (bool | Unset):
        name_starts_with (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmployeesListEmployeesResponse
    """

    return sync_detailed(
        client=client,
        ids=ids,
        access_ids=access_ids,
        emails=emails,
        full_text_name=full_text_name,
        updated_at_gteq=updated_at_gteq,
        legal_entity_ids=legal_entity_ids,
        company_identifier=company_identifier,
        only_active=only_active,
        team_ids=team_ids,
        location_ids=location_ids,
        only_managers=only_managers,
        name_starts_with=name_starts_with,
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    ids: list[str] | Unset = UNSET,
    access_ids: list[str] | Unset = UNSET,
    emails: list[str] | Unset = UNSET,
    full_text_name: str | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    legal_entity_ids: list[str] | Unset = UNSET,
    company_identifier: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
    only_managers: bool | Unset = UNSET,
    name_starts_with: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[EmployeesListEmployeesResponse]:
    """List employees

     What each field holds depends on the caller: admins see everything, other users see only what their
    permissions allow (hidden fields come back as null).

    Args:
        ids (list[str] | Unset):
        access_ids (list[str] | Unset):
        emails (list[str] | Unset):
        full_text_name (str | Unset):
        updated_at_gteq (str | Unset):
        legal_entity_ids (list[str] | Unset):
        company_identifier (str | Unset):
        only_active (bool | Unset):
        team_ids (list[str] | Unset):
        location_ids (list[str] | Unset):
        only_managers (bool | Unset):
        name_starts_with (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmployeesListEmployeesResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        access_ids=access_ids,
        emails=emails,
        full_text_name=full_text_name,
        updated_at_gteq=updated_at_gteq,
        legal_entity_ids=legal_entity_ids,
        company_identifier=company_identifier,
        only_active=only_active,
        team_ids=team_ids,
        location_ids=location_ids,
        only_managers=only_managers,
        name_starts_with=name_starts_with,
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
    access_ids: list[str] | Unset = UNSET,
    emails: list[str] | Unset = UNSET,
    full_text_name: str | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    legal_entity_ids: list[str] | Unset = UNSET,
    company_identifier: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
    only_managers: bool | Unset = UNSET,
    name_starts_with: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> EmployeesListEmployeesResponse | None:
    """List employees

     What each field holds depends on the caller: admins see everything, other users see only what their
    permissions allow (hidden fields come back as null).

    Args:
        ids (list[str] | Unset):
        access_ids (list[str] | Unset):
        emails (list[str] | Unset):
        full_text_name (str | Unset):
        updated_at_gteq (str | Unset):
        legal_entity_ids (list[str] | Unset):
        company_identifier (str | Unset):
        only_active (bool | Unset):
        team_ids (list[str] | Unset):
        location_ids (list[str] | Unset):
        only_managers (bool | Unset):
        name_starts_with (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmployeesListEmployeesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            access_ids=access_ids,
            emails=emails,
            full_text_name=full_text_name,
            updated_at_gteq=updated_at_gteq,
            legal_entity_ids=legal_entity_ids,
            company_identifier=company_identifier,
            only_active=only_active,
            team_ids=team_ids,
            location_ids=location_ids,
            only_managers=only_managers,
            name_starts_with=name_starts_with,
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
    access_ids: list[str] | Unset = UNSET,
    emails: list[str] | Unset = UNSET,
    full_text_name: str | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    legal_entity_ids: list[str] | Unset = UNSET,
    company_identifier: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
    only_managers: bool | Unset = UNSET,
    name_starts_with: str | Unset = UNSET,
) -> Iterator[EmployeesListEmployeesResponse]:
    """Every page (data and meta), fetched lazily one request at a time."""
    return pagination.pages(
        lambda after_id: sync_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            ids=ids,
            access_ids=access_ids,
            emails=emails,
            full_text_name=full_text_name,
            updated_at_gteq=updated_at_gteq,
            legal_entity_ids=legal_entity_ids,
            company_identifier=company_identifier,
            only_active=only_active,
            team_ids=team_ids,
            location_ids=location_ids,
            only_managers=only_managers,
            name_starts_with=name_starts_with,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    access_ids: list[str] | Unset = UNSET,
    emails: list[str] | Unset = UNSET,
    full_text_name: str | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    legal_entity_ids: list[str] | Unset = UNSET,
    company_identifier: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
    only_managers: bool | Unset = UNSET,
    name_starts_with: str | Unset = UNSET,
    max_items: int | None = None,
) -> Iterator[EmployeesEmployee]:
    """Every item, streamed page by page; stops fetching once `max_items` were yielded."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.items(
        iterate_pages(
            client=client,
            limit=limit,
            ids=ids,
            access_ids=access_ids,
            emails=emails,
            full_text_name=full_text_name,
            updated_at_gteq=updated_at_gteq,
            legal_entity_ids=legal_entity_ids,
            company_identifier=company_identifier,
            only_active=only_active,
            team_ids=team_ids,
            location_ids=location_ids,
            only_managers=only_managers,
            name_starts_with=name_starts_with,
        ),
        max_items,
    )


def aiterate_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    access_ids: list[str] | Unset = UNSET,
    emails: list[str] | Unset = UNSET,
    full_text_name: str | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    legal_entity_ids: list[str] | Unset = UNSET,
    company_identifier: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
    only_managers: bool | Unset = UNSET,
    name_starts_with: str | Unset = UNSET,
) -> AsyncIterator[EmployeesListEmployeesResponse]:
    """Async twin of iterate_pages."""
    return pagination.apages(
        lambda after_id: asyncio_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            ids=ids,
            access_ids=access_ids,
            emails=emails,
            full_text_name=full_text_name,
            updated_at_gteq=updated_at_gteq,
            legal_entity_ids=legal_entity_ids,
            company_identifier=company_identifier,
            only_active=only_active,
            team_ids=team_ids,
            location_ids=location_ids,
            only_managers=only_managers,
            name_starts_with=name_starts_with,
        )
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    ids: list[str] | Unset = UNSET,
    access_ids: list[str] | Unset = UNSET,
    emails: list[str] | Unset = UNSET,
    full_text_name: str | Unset = UNSET,
    updated_at_gteq: str | Unset = UNSET,
    legal_entity_ids: list[str] | Unset = UNSET,
    company_identifier: str | Unset = UNSET,
    only_active: bool | Unset = UNSET,
    team_ids: list[str] | Unset = UNSET,
    location_ids: list[str] | Unset = UNSET,
    only_managers: bool | Unset = UNSET,
    name_starts_with: str | Unset = UNSET,
    max_items: int | None = None,
) -> AsyncIterator[EmployeesEmployee]:
    """Async twin of iterate."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.aitems(
        aiterate_pages(
            client=client,
            limit=limit,
            ids=ids,
            access_ids=access_ids,
            emails=emails,
            full_text_name=full_text_name,
            updated_at_gteq=updated_at_gteq,
            legal_entity_ids=legal_entity_ids,
            company_identifier=company_identifier,
            only_active=only_active,
            team_ids=team_ids,
            location_ids=location_ids,
            only_managers=only_managers,
            name_starts_with=name_starts_with,
        ),
        max_items,
    )
