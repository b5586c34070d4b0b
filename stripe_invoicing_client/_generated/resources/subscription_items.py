"""`client.subscription_items` (generated from the operations table; do not edit)."""

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
from ..operations import (
    DeleteSubscriptionItemsItem,
    GetSubscriptionItems,
    GetSubscriptionItemsItem,
    PostSubscriptionItems,
    PostSubscriptionItemsItem,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import subscription as models_subscription
    from ..params import subscription_items as params_subscription_items


class SubscriptionItems(SyncAPIResource):
    """Subscription items: the prices and quantities a subscription bills."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_items.SubscriptionItemListParams],
    ) -> SyncPager[models_subscription.SubscriptionItem]:
        """Every item of a subscription, page by page."""
        return self._pager(
            GetSubscriptionItems,
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

    def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_items.SubscriptionItemCreateParams],
    ) -> models_subscription.SubscriptionItem:
        """Add a price to a subscription (prorated per `proration_behavior`)."""
        return self._call(
            PostSubscriptionItems,
            {},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def retrieve(
        self,
        item: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_items.SubscriptionItemRetrieveParams],
    ) -> models_subscription.SubscriptionItem:
        """Fetch one subscription item by its id."""
        return self._call(
            GetSubscriptionItemsItem,
            {"item": item},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def update(
        self,
        item: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_items.SubscriptionItemUpdateParams],
    ) -> models_subscription.SubscriptionItem:
        """Change an item's price or quantity (prorated per `proration_behavior`)."""
        return self._call(
            PostSubscriptionItemsItem,
            {"item": item},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    def delete(
        self,
        item: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_items.SubscriptionItemDeleteParams],
    ) -> models_subscription.DeletedSubscriptionItem:
        """Remove an item from its subscription (prorated per `proration_behavior`)."""
        return self._call(
            DeleteSubscriptionItemsItem,
            {"item": item},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncSubscriptionItems(AsyncAPIResource):
    """Subscription items: the prices and quantities a subscription bills."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_items.SubscriptionItemListParams],
    ) -> AsyncPager[models_subscription.SubscriptionItem]:
        """Every item of a subscription, page by page."""
        return self._pager(
            GetSubscriptionItems,
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

    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_items.SubscriptionItemCreateParams],
    ) -> models_subscription.SubscriptionItem:
        """Add a price to a subscription (prorated per `proration_behavior`)."""
        return await self._call(
            PostSubscriptionItems,
            {},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def retrieve(
        self,
        item: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_items.SubscriptionItemRetrieveParams],
    ) -> models_subscription.SubscriptionItem:
        """Fetch one subscription item by its id."""
        return await self._call(
            GetSubscriptionItemsItem,
            {"item": item},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def update(
        self,
        item: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_items.SubscriptionItemUpdateParams],
    ) -> models_subscription.SubscriptionItem:
        """Change an item's price or quantity (prorated per `proration_behavior`)."""
        return await self._call(
            PostSubscriptionItemsItem,
            {"item": item},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )

    async def delete(
        self,
        item: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscription_items.SubscriptionItemDeleteParams],
    ) -> models_subscription.DeletedSubscriptionItem:
        """Remove an item from its subscription (prorated per `proration_behavior`)."""
        return await self._call(
            DeleteSubscriptionItemsItem,
            {"item": item},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class SubscriptionItemsWithRawResponse:
    """`with_raw_response` for SubscriptionItems: the same methods, returning RawResponse."""

    def __init__(self, resource: SubscriptionItems) -> None:
        self.list = raw_first_page(resource.list, GetSubscriptionItems)
        self.create = raw(resource.create)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class AsyncSubscriptionItemsWithRawResponse:
    """`with_raw_response` for SubscriptionItems: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncSubscriptionItems) -> None:
        self.list = async_raw_first_page(resource.list, GetSubscriptionItems)
        self.create = async_raw(resource.create)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
