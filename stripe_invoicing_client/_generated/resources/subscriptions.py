"""`client.subscriptions` (generated from the operations table; do not edit)."""

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
from ..._core.search_query import search_params
from ..operations import (
    DeleteSubscriptionsSubscriptionExposedId,
    GetSubscriptions,
    GetSubscriptionsSearch,
    GetSubscriptionsSubscriptionExposedId,
    PostSubscriptions,
    PostSubscriptionsSubscriptionExposedId,
    PostSubscriptionsSubscriptionResume,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import subscription as models_subscription
    from ..params import subscriptions as params_subscriptions


class Subscriptions(SyncAPIResource):
    """Subscriptions: a customer billed each period, by invoice or automatically."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionListParams],
    ) -> SyncPager[models_subscription.Subscription]:
        """Every matching subscription (not canceled ones, unless asked), newest first."""
        return self._pager(
            GetSubscriptions,
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
        **params: Unpack[params_subscriptions.SubscriptionCreateParams],
    ) -> models_subscription.Subscription:
        """Subscribe a customer to prices; the first invoice is created at once."""
        return self._call(
            PostSubscriptions,
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

    def search(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionSearchParams],
    ) -> SyncPager[models_subscription.Subscription]:
        """Subscriptions matching a search `query` (a str, or built from `SubscriptionSearch`)."""
        return self._pager(
            GetSubscriptionsSearch,
            {},
            search_params("subscriptions", params),
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            search=True,
        )

    def retrieve(
        self,
        subscription_exposed_id: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionRetrieveParams],
    ) -> models_subscription.Subscription:
        """Fetch one subscription by its id."""
        return self._call(
            GetSubscriptionsSubscriptionExposedId,
            {"subscription_exposed_id": subscription_exposed_id},
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
        subscription_exposed_id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionUpdateParams],
    ) -> models_subscription.Subscription:
        """Change a subscription: items (prorated), collection, `pause_collection`, cancel later."""
        return self._call(
            PostSubscriptionsSubscriptionExposedId,
            {"subscription_exposed_id": subscription_exposed_id},
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

    def cancel(
        self,
        subscription_exposed_id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionCancelParams],
    ) -> models_subscription.Subscription:
        """Cancel a subscription now, optionally with a final (prorated) invoice."""
        return self._call(
            DeleteSubscriptionsSubscriptionExposedId,
            {"subscription_exposed_id": subscription_exposed_id},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def resume(
        self,
        subscription: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionResumeParams],
    ) -> models_subscription.Subscription:
        """Resume a paused subscription: a new period starts, billed at once or prorated."""
        return self._call(
            PostSubscriptionsSubscriptionResume,
            {"subscription": subscription},
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


class AsyncSubscriptions(AsyncAPIResource):
    """Subscriptions: a customer billed each period, by invoice or automatically."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionListParams],
    ) -> AsyncPager[models_subscription.Subscription]:
        """Every matching subscription (not canceled ones, unless asked), newest first."""
        return self._pager(
            GetSubscriptions,
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
        **params: Unpack[params_subscriptions.SubscriptionCreateParams],
    ) -> models_subscription.Subscription:
        """Subscribe a customer to prices; the first invoice is created at once."""
        return await self._call(
            PostSubscriptions,
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

    def search(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionSearchParams],
    ) -> AsyncPager[models_subscription.Subscription]:
        """Subscriptions matching a search `query` (a str, or built from `SubscriptionSearch`)."""
        return self._pager(
            GetSubscriptionsSearch,
            {},
            search_params("subscriptions", params),
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            search=True,
        )

    async def retrieve(
        self,
        subscription_exposed_id: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionRetrieveParams],
    ) -> models_subscription.Subscription:
        """Fetch one subscription by its id."""
        return await self._call(
            GetSubscriptionsSubscriptionExposedId,
            {"subscription_exposed_id": subscription_exposed_id},
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
        subscription_exposed_id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionUpdateParams],
    ) -> models_subscription.Subscription:
        """Change a subscription: items (prorated), collection, `pause_collection`, cancel later."""
        return await self._call(
            PostSubscriptionsSubscriptionExposedId,
            {"subscription_exposed_id": subscription_exposed_id},
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

    async def cancel(
        self,
        subscription_exposed_id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionCancelParams],
    ) -> models_subscription.Subscription:
        """Cancel a subscription now, optionally with a final (prorated) invoice."""
        return await self._call(
            DeleteSubscriptionsSubscriptionExposedId,
            {"subscription_exposed_id": subscription_exposed_id},
            params,
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def resume(
        self,
        subscription: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_subscriptions.SubscriptionResumeParams],
    ) -> models_subscription.Subscription:
        """Resume a paused subscription: a new period starts, billed at once or prorated."""
        return await self._call(
            PostSubscriptionsSubscriptionResume,
            {"subscription": subscription},
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


class SubscriptionsWithRawResponse:
    """`with_raw_response` for Subscriptions: the same methods, returning RawResponse."""

    def __init__(self, resource: Subscriptions) -> None:
        self.list = raw_first_page(resource.list, GetSubscriptions)
        self.create = raw(resource.create)
        self.search = raw_first_page(resource.search, GetSubscriptionsSearch)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.cancel = raw(resource.cancel)
        self.resume = raw(resource.resume)


class AsyncSubscriptionsWithRawResponse:
    """`with_raw_response` for Subscriptions: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncSubscriptions) -> None:
        self.list = async_raw_first_page(resource.list, GetSubscriptions)
        self.create = async_raw(resource.create)
        self.search = async_raw_first_page(resource.search, GetSubscriptionsSearch)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
        self.cancel = async_raw(resource.cancel)
        self.resume = async_raw(resource.resume)
