"""`client.events` (generated from the operations table; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._core.options import request_options
from ..._core.resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    async_raw_first_page,
    raw,
    raw_first_page,
)
from ..operations import GetEvents, GetEventsId

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import event as models_event
    from ..params import events as params_events


class Events(SyncAPIResource):
    """Events of the last 30 days, to catch up on webhooks a handler missed."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_events.EventListParams],
    ) -> SyncPager[models_event.Event]:
        """Every matching event, newest first, page by page (`type` takes `*`: `invoice.*`)."""
        return self._pager(
            GetEvents,
            {},
            params,
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def retrieve(
        self,
        id: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_events.EventRetrieveParams],
    ) -> models_event.Event:
        """Fetch one event by its id, parsed as `construct_event` parses a webhook."""
        return self._call(
            GetEventsId,
            {"id": id},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncEvents(AsyncAPIResource):
    """Events of the last 30 days, to catch up on webhooks a handler missed."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_events.EventListParams],
    ) -> AsyncPager[models_event.Event]:
        """Every matching event, newest first, page by page (`type` takes `*`: `invoice.*`)."""
        return self._pager(
            GetEvents,
            {},
            params,
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def retrieve(
        self,
        id: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_events.EventRetrieveParams],
    ) -> models_event.Event:
        """Fetch one event by its id, parsed as `construct_event` parses a webhook."""
        return await self._call(
            GetEventsId,
            {"id": id},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class EventsWithRawResponse:
    """`with_raw_response` for Events: the same methods, returning RawResponse."""

    def __init__(self, resource: Events) -> None:
        self.list = raw_first_page(resource.list, GetEvents)
        self.retrieve = raw(resource.retrieve)


class AsyncEventsWithRawResponse:
    """`with_raw_response` for Events: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncEvents) -> None:
        self.list = async_raw_first_page(resource.list, GetEvents)
        self.retrieve = async_raw(resource.retrieve)
