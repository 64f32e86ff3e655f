"""Cursor pagination shared by every list operation's iterate/aiterate functions.

Pages are requested one at a time, only when the caller asks for more, so memory stays flat
however long the list is. Factorial's cursor is meta.end_cursor, sent back as `after_id`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Protocol, TypeVar

from .errors import UnexpectedStatus
from .types import UNSET, Response, Unset

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class _Meta(Protocol):
    @property
    def has_next_page(self) -> bool | None | Unset: ...

    @property
    def end_cursor(self) -> str | None | Unset: ...


class Page(Protocol[T_co]):
    """A list envelope: `data` and `meta`."""

    @property
    def data(self) -> Sequence[T_co] | Unset: ...

    @property
    def meta(self) -> _Meta | Unset: ...


P = TypeVar("P", bound=Page[object])


def _page(response: Response[P]) -> P:
    # Without raise_on_unexpected_status an error answer parses to None.
    if response.parsed is None:
        raise UnexpectedStatus(response.status_code, response.content)
    return response.parsed


def _next_cursor(page: Page[object]) -> str | None:
    meta = page.meta
    if isinstance(meta, Unset) or not meta.has_next_page:
        return None
    if not isinstance(meta.end_cursor, str) or not meta.end_cursor:
        raise ValueError("a page says has_next_page but gives no meta.end_cursor to continue from")
    return meta.end_cursor


def pages(fetch: Callable[[str | Unset], Response[P]]) -> Iterator[P]:
    cursor: str | Unset = UNSET
    while True:
        page = _page(fetch(cursor))
        yield page
        next_cursor = _next_cursor(page)
        if next_cursor is None:
            return
        cursor = next_cursor


async def apages(fetch: Callable[[str | Unset], Awaitable[Response[P]]]) -> AsyncIterator[P]:
    cursor: str | Unset = UNSET
    while True:
        page = _page(await fetch(cursor))
        yield page
        next_cursor = _next_cursor(page)
        if next_cursor is None:
            return
        cursor = next_cursor


def items(pages: Iterator[Page[T]], max_items: int | None = None) -> Iterator[T]:
    if max_items is not None and max_items <= 0:
        return
    count = 0
    for page in pages:
        for item in page.data if not isinstance(page.data, Unset) else ():
            yield item
            count += 1
            if count == max_items:
                return


async def aitems(pages: AsyncIterator[Page[T]], max_items: int | None = None) -> AsyncIterator[T]:
    if max_items is not None and max_items <= 0:
        return
    count = 0
    try:
        async for page in pages:
            for item in page.data if not isinstance(page.data, Unset) else ():
                yield item
                count += 1
                if count == max_items:
                    return
    finally:
        # Stop the page generator now rather than when it is garbage collected.
        close = getattr(pages, "aclose", None)
        if close is not None:
            await close()
