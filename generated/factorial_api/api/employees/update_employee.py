from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.employees_employee import EmployeesEmployee
from ...models.employees_update_employee_body import EmployeesUpdateEmployeeBody
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: EmployeesUpdateEmployeeBody | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/2026-07-01/resources/employees/employees/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmployeesEmployee | None:
    if response.status_code == 200:
        response_200 = EmployeesEmployee.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EmployeesEmployee]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmployeesUpdateEmployeeBody | Unset = UNSET,
) -> Response[EmployeesEmployee]:
    """Change an employee

     Send only the fields to change, plus the `id`.

    Args:
        id (str):
        body (EmployeesUpdateEmployeeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmployeesEmployee]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmployeesUpdateEmployeeBody | Unset = UNSET,
) -> EmployeesEmployee | None:
    """Change an employee

     Send only the fields to change, plus the `id`.

    Args:
        id (str):
        body (EmployeesUpdateEmployeeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmployeesEmployee
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmployeesUpdateEmployeeBody | Unset = UNSET,
) -> Response[EmployeesEmployee]:
    """Change an employee

     Send only the fields to change, plus the `id`.

    Args:
        id (str):
        body (EmployeesUpdateEmployeeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmployeesEmployee]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: EmployeesUpdateEmployeeBody | Unset = UNSET,
) -> EmployeesEmployee | None:
    """Change an employee

     Send only the fields to change, plus the `id`.

    Args:
        id (str):
        body (EmployeesUpdateEmployeeBody | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmployeesEmployee
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
