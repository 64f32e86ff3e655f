from collections.abc import AsyncIterator, Iterator
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors, pagination
from ...client import AuthenticatedClient, Client
from ...models.documents_document import DocumentsDocument
from ...models.documents_list_documents_response import DocumentsListDocumentsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    by_bookkeeper_documents: bool | Unset = UNSET,
    by_pending_assignment: bool | Unset = UNSET,
    by_trash_bin: bool | Unset = UNSET,
    by_without_folder: bool | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    leave_id: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["by_bookkeeper_documents"] = by_bookkeeper_documents

    params["by_pending_assignment"] = by_pending_assignment

    params["by_trash_bin"] = by_trash_bin

    params["by_without_folder"] = by_without_folder

    json_employee_ids: list[str] | Unset = UNSET
    if not isinstance(employee_ids, Unset):
        json_employee_ids = employee_ids

    params["employee_ids[]"] = json_employee_ids

    params["folder_id"] = folder_id

    json_ids: list[str] | Unset = UNSET
    if not isinstance(ids, Unset):
        json_ids = ids

    params["ids[]"] = json_ids

    params["leave_id"] = leave_id

    params["limit"] = limit

    params["after_id"] = after_id

    params["before_id"] = before_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/2026-07-01/resources/documents/documents",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DocumentsListDocumentsResponse | None:
    if response.status_code == 200:
        response_200 = DocumentsListDocumentsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.unexpected_status(response)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DocumentsListDocumentsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    by_bookkeeper_documents: bool | Unset = UNSET,
    by_pending_assignment: bool | Unset = UNSET,
    by_trash_bin: bool | Unset = UNSET,
    by_without_folder: bool | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    leave_id: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[DocumentsListDocumentsResponse]:
    """List documents

     Metadata only; the file content is not part of the response.

    Args:
        by_bookkeeper_documents (bool | Unset):
        by_pending_assignment (bool | Unset):
        by_trash_bin (bool | Unset):
        by_without_folder (bool | Unset):
        employee_ids (list[str] | Unset):
        folder_id (str | Unset):
        ids (list[str] | Unset):
        leave_id (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentsListDocumentsResponse]
    """

    kwargs = _get_kwargs(
        by_bookkeeper_documents=by_bookkeeper_documents,
        by_pending_assignment=by_pending_assignment,
        by_trash_bin=by_trash_bin,
        by_without_folder=by_without_folder,
        employee_ids=employee_ids,
        folder_id=folder_id,
        ids=ids,
        leave_id=leave_id,
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
    by_bookkeeper_documents: bool | Unset = UNSET,
    by_pending_assignment: bool | Unset = UNSET,
    by_trash_bin: bool | Unset = UNSET,
    by_without_folder: bool | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    leave_id: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> DocumentsListDocumentsResponse | None:
    """List documents

     Metadata only; the file content is not part of the response.

    Args:
        by_bookkeeper_documents (bool | Unset):
        by_pending_assignment (bool | Unset):
        by_trash_bin (bool | Unset):
        by_without_folder (bool | Unset):
        employee_ids (list[str] | Unset):
        folder_id (str | Unset):
        ids (list[str] | Unset):
        leave_id (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentsListDocumentsResponse
    """

    return sync_detailed(
        client=client,
        by_bookkeeper_documents=by_bookkeeper_documents,
        by_pending_assignment=by_pending_assignment,
        by_trash_bin=by_trash_bin,
        by_without_folder=by_without_folder,
        employee_ids=employee_ids,
        folder_id=folder_id,
        ids=ids,
        leave_id=leave_id,
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    by_bookkeeper_documents: bool | Unset = UNSET,
    by_pending_assignment: bool | Unset = UNSET,
    by_trash_bin: bool | Unset = UNSET,
    by_without_folder: bool | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    leave_id: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> Response[DocumentsListDocumentsResponse]:
    """List documents

     Metadata only; the file content is not part of the response.

    Args:
        by_bookkeeper_documents (bool | Unset):
        by_pending_assignment (bool | Unset):
        by_trash_bin (bool | Unset):
        by_without_folder (bool | Unset):
        employee_ids (list[str] | Unset):
        folder_id (str | Unset):
        ids (list[str] | Unset):
        leave_id (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentsListDocumentsResponse]
    """

    kwargs = _get_kwargs(
        by_bookkeeper_documents=by_bookkeeper_documents,
        by_pending_assignment=by_pending_assignment,
        by_trash_bin=by_trash_bin,
        by_without_folder=by_without_folder,
        employee_ids=employee_ids,
        folder_id=folder_id,
        ids=ids,
        leave_id=leave_id,
        limit=limit,
        after_id=after_id,
        before_id=before_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    by_bookkeeper_documents: bool | Unset = UNSET,
    by_pending_assignment: bool | Unset = UNSET,
    by_trash_bin: bool | Unset = UNSET,
    by_without_folder: bool | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    leave_id: str | Unset = UNSET,
    limit: int | Unset = 100,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
) -> DocumentsListDocumentsResponse | None:
    """List documents

     Metadata only; the file content is not part of the response.

    Args:
        by_bookkeeper_documents (bool | Unset):
        by_pending_assignment (bool | Unset):
        by_trash_bin (bool | Unset):
        by_without_folder (bool | Unset):
        employee_ids (list[str] | Unset):
        folder_id (str | Unset):
        ids (list[str] | Unset):
        leave_id (str | Unset):
        limit (int | Unset):  Default: 100.
        after_id (str | Unset):
        before_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentsListDocumentsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            by_bookkeeper_documents=by_bookkeeper_documents,
            by_pending_assignment=by_pending_assignment,
            by_trash_bin=by_trash_bin,
            by_without_folder=by_without_folder,
            employee_ids=employee_ids,
            folder_id=folder_id,
            ids=ids,
            leave_id=leave_id,
            limit=limit,
            after_id=after_id,
            before_id=before_id,
        )
    ).parsed


def iterate_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    by_bookkeeper_documents: bool | Unset = UNSET,
    by_pending_assignment: bool | Unset = UNSET,
    by_trash_bin: bool | Unset = UNSET,
    by_without_folder: bool | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    leave_id: str | Unset = UNSET,
) -> Iterator[DocumentsListDocumentsResponse]:
    """Every page (data and meta), fetched lazily one request at a time."""
    return pagination.pages(
        lambda after_id: sync_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            by_bookkeeper_documents=by_bookkeeper_documents,
            by_pending_assignment=by_pending_assignment,
            by_trash_bin=by_trash_bin,
            by_without_folder=by_without_folder,
            employee_ids=employee_ids,
            folder_id=folder_id,
            ids=ids,
            leave_id=leave_id,
        )
    )


def iterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    by_bookkeeper_documents: bool | Unset = UNSET,
    by_pending_assignment: bool | Unset = UNSET,
    by_trash_bin: bool | Unset = UNSET,
    by_without_folder: bool | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    leave_id: str | Unset = UNSET,
    max_items: int | None = None,
) -> Iterator[DocumentsDocument]:
    """Every item, streamed page by page; stops fetching once `max_items` were yielded."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.items(
        iterate_pages(
            client=client,
            limit=limit,
            by_bookkeeper_documents=by_bookkeeper_documents,
            by_pending_assignment=by_pending_assignment,
            by_trash_bin=by_trash_bin,
            by_without_folder=by_without_folder,
            employee_ids=employee_ids,
            folder_id=folder_id,
            ids=ids,
            leave_id=leave_id,
        ),
        max_items,
    )


def aiterate_pages(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    by_bookkeeper_documents: bool | Unset = UNSET,
    by_pending_assignment: bool | Unset = UNSET,
    by_trash_bin: bool | Unset = UNSET,
    by_without_folder: bool | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    leave_id: str | Unset = UNSET,
) -> AsyncIterator[DocumentsListDocumentsResponse]:
    """Async twin of iterate_pages."""
    return pagination.apages(
        lambda after_id: asyncio_detailed(
            client=client,
            limit=limit,
            after_id=after_id,
            by_bookkeeper_documents=by_bookkeeper_documents,
            by_pending_assignment=by_pending_assignment,
            by_trash_bin=by_trash_bin,
            by_without_folder=by_without_folder,
            employee_ids=employee_ids,
            folder_id=folder_id,
            ids=ids,
            leave_id=leave_id,
        )
    )


def aiterate(
    *,
    client: AuthenticatedClient | Client,
    limit: int = 100,
    by_bookkeeper_documents: bool | Unset = UNSET,
    by_pending_assignment: bool | Unset = UNSET,
    by_trash_bin: bool | Unset = UNSET,
    by_without_folder: bool | Unset = UNSET,
    employee_ids: list[str] | Unset = UNSET,
    folder_id: str | Unset = UNSET,
    ids: list[str] | Unset = UNSET,
    leave_id: str | Unset = UNSET,
    max_items: int | None = None,
) -> AsyncIterator[DocumentsDocument]:
    """Async twin of iterate."""
    if max_items is not None:
        limit = max(1, min(limit, max_items))
    return pagination.aitems(
        aiterate_pages(
            client=client,
            limit=limit,
            by_bookkeeper_documents=by_bookkeeper_documents,
            by_pending_assignment=by_pending_assignment,
            by_trash_bin=by_trash_bin,
            by_without_folder=by_without_folder,
            employee_ids=employee_ids,
            folder_id=folder_id,
            ids=ids,
            leave_id=leave_id,
        ),
        max_items,
    )
