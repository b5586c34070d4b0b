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
        """Every item of a subscription, page by page.

        Args:
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.
            subscription (str, required): Id of the subscription whose items are listed.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[SubscriptionItem]: iterate it for every match, one SubscriptionItem at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Add a price to a subscription (prorated per `proration_behavior`).

        Args:
            billing_thresholds (InvoiceCreatePreviewBillingThresholdsParam | Literal['']): Usage amount or time at which an invoice is cut before the period ends.
            current_trial (CurrentTrialParam): Trial that applies to this item alone.
            discounts (list[DiscountsDataParam] | Literal['']): Coupons, discounts or promotion codes that apply to the whole subscription.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            metadata (Mapping[str, str]): Your own key-value pairs stored on the object.
            payment_behavior (Literal['allow_incomplete', 'default_incomplete', 'error_if_incomplete', 'pending_if_incomplete']): What happens when a payment this change causes needs action or fails.
            plan (str): Id of a legacy plan to bill instead of a price.
            price (str): Id of the price the item bills.
            price_data (ItemPriceData): A recurring price given inline instead of a price id.
            proration_behavior (Literal['always_invoice', 'create_prorations', 'none']): How the change is prorated: `create_prorations`, `always_invoice` or `none`.
            proration_date (int): Unix timestamp the proration is computed as of, instead of now.
            quantity (int): How many units of the price are billed.
            subscription (str, required): Id of the subscription to add the item to.
            tax_rates (list[str] | Literal['']): Tax rates applied to this item, in place of the subscription's defaults.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            SubscriptionItem: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Fetch one subscription item by its id.

        Args:
            item (str, required): Id of the subscription item (starts with `si_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SubscriptionItem: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Change an item's price or quantity (prorated per `proration_behavior`).

        Args:
            item (str, required): Id of the subscription item (starts with `si_`).
            billing_thresholds (InvoiceCreatePreviewBillingThresholdsParam | Literal['']): Usage amount or time at which an invoice is cut before the period ends.
            current_trial (CurrentTrialParam): Trial that applies to this item alone.
            discounts (list[DiscountsDataParam] | Literal['']): Coupons, discounts or promotion codes that apply to the whole subscription.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs stored on the object.
            off_session (bool): Whether the customer is away while the payment is attempted.
            payment_behavior (Literal['allow_incomplete', 'default_incomplete', 'error_if_incomplete', 'pending_if_incomplete']): What happens when a payment this change causes needs action or fails.
            plan (str): Id of a legacy plan to bill instead of a price.
            price (str): Id of the price the item bills.
            price_data (ItemPriceData): A recurring price given inline instead of a price id.
            proration_behavior (Literal['always_invoice', 'create_prorations', 'none']): How the change is prorated: `create_prorations`, `always_invoice` or `none`.
            proration_date (int): Unix timestamp the proration is computed as of, instead of now.
            quantity (int): How many units of the price are billed.
            tax_rates (list[str] | Literal['']): Tax rates applied to this item, in place of the subscription's defaults.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            SubscriptionItem: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Remove an item from its subscription (prorated per `proration_behavior`).

        Args:
            item (str, required): Id of the subscription item (starts with `si_`).
            clear_usage (bool): Whether usage recorded on the item is dropped along with it.
            payment_behavior (Literal['allow_incomplete', 'default_incomplete', 'error_if_incomplete', 'pending_if_incomplete']): What happens when the first payment needs action or fails: `allow_incomplete`, `default_incomplete`, `error_if_incomplete` or `pending_if_incomplete`.
            proration_behavior (Literal['always_invoice', 'create_prorations', 'none']): How removing the item is prorated: `create_prorations`, `always_invoice` or `none`.
            proration_date (int): Unix timestamp the proration is computed as of, instead of now.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            DeletedSubscriptionItem: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Every item of a subscription, page by page.

        Args:
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.
            subscription (str, required): Id of the subscription whose items are listed.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[SubscriptionItem]: iterate it for every match, one SubscriptionItem at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Add a price to a subscription (prorated per `proration_behavior`).

        Args:
            billing_thresholds (InvoiceCreatePreviewBillingThresholdsParam | Literal['']): Usage amount or time at which an invoice is cut before the period ends.
            current_trial (CurrentTrialParam): Trial that applies to this item alone.
            discounts (list[DiscountsDataParam] | Literal['']): Coupons, discounts or promotion codes that apply to the whole subscription.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            metadata (Mapping[str, str]): Your own key-value pairs stored on the object.
            payment_behavior (Literal['allow_incomplete', 'default_incomplete', 'error_if_incomplete', 'pending_if_incomplete']): What happens when a payment this change causes needs action or fails.
            plan (str): Id of a legacy plan to bill instead of a price.
            price (str): Id of the price the item bills.
            price_data (ItemPriceData): A recurring price given inline instead of a price id.
            proration_behavior (Literal['always_invoice', 'create_prorations', 'none']): How the change is prorated: `create_prorations`, `always_invoice` or `none`.
            proration_date (int): Unix timestamp the proration is computed as of, instead of now.
            quantity (int): How many units of the price are billed.
            subscription (str, required): Id of the subscription to add the item to.
            tax_rates (list[str] | Literal['']): Tax rates applied to this item, in place of the subscription's defaults.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            SubscriptionItem: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Fetch one subscription item by its id.

        Args:
            item (str, required): Id of the subscription item (starts with `si_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SubscriptionItem: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Change an item's price or quantity (prorated per `proration_behavior`).

        Args:
            item (str, required): Id of the subscription item (starts with `si_`).
            billing_thresholds (InvoiceCreatePreviewBillingThresholdsParam | Literal['']): Usage amount or time at which an invoice is cut before the period ends.
            current_trial (CurrentTrialParam): Trial that applies to this item alone.
            discounts (list[DiscountsDataParam] | Literal['']): Coupons, discounts or promotion codes that apply to the whole subscription.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs stored on the object.
            off_session (bool): Whether the customer is away while the payment is attempted.
            payment_behavior (Literal['allow_incomplete', 'default_incomplete', 'error_if_incomplete', 'pending_if_incomplete']): What happens when a payment this change causes needs action or fails.
            plan (str): Id of a legacy plan to bill instead of a price.
            price (str): Id of the price the item bills.
            price_data (ItemPriceData): A recurring price given inline instead of a price id.
            proration_behavior (Literal['always_invoice', 'create_prorations', 'none']): How the change is prorated: `create_prorations`, `always_invoice` or `none`.
            proration_date (int): Unix timestamp the proration is computed as of, instead of now.
            quantity (int): How many units of the price are billed.
            tax_rates (list[str] | Literal['']): Tax rates applied to this item, in place of the subscription's defaults.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            SubscriptionItem: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Remove an item from its subscription (prorated per `proration_behavior`).

        Args:
            item (str, required): Id of the subscription item (starts with `si_`).
            clear_usage (bool): Whether usage recorded on the item is dropped along with it.
            payment_behavior (Literal['allow_incomplete', 'default_incomplete', 'error_if_incomplete', 'pending_if_incomplete']): What happens when the first payment needs action or fails: `allow_incomplete`, `default_incomplete`, `error_if_incomplete` or `pending_if_incomplete`.
            proration_behavior (Literal['always_invoice', 'create_prorations', 'none']): How removing the item is prorated: `create_prorations`, `always_invoice` or `none`.
            proration_date (int): Unix timestamp the proration is computed as of, instead of now.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            DeletedSubscriptionItem: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
