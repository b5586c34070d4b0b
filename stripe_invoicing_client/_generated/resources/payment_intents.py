"""`client.payment_intents` (generated from the operations table; do not edit)."""

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
from ..operations import GetPaymentIntents, GetPaymentIntentsIntent, GetPaymentIntentsSearch

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import payment_intent as models_payment_intent
    from ..params import payment_intents as params_payment_intents


class PaymentIntents(SyncAPIResource):
    """PaymentIntents: the payments that collect invoices, read-only here."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_payment_intents.PaymentIntentListParams],
    ) -> SyncPager[models_payment_intent.PaymentIntent]:
        """Every matching PaymentIntent (of one customer, say), newest first, page by page.

        Args:
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            customer (str): Only PaymentIntents of this customer id.
            customer_account (str): Only PaymentIntents of this account, as a customer.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[PaymentIntent]: iterate it for every match, one PaymentIntent at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetPaymentIntents,
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

    def search(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_payment_intents.PaymentIntentSearchParams],
    ) -> SyncPager[models_payment_intent.PaymentIntent]:
        """PaymentIntents matching a search `query` in Stripe's search language.

        Args:
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            page (str): Cursor for the next page, from a previous search result's `next_page`.
            query (str | SearchQuery[PaymentIntentSearch], required): The search query, in Stripe's search query language, on amount, created, currency, customer, metadata and status; or a query built with `PaymentIntentSearch`.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[PaymentIntent]: iterate it for search results, one PaymentIntent at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetPaymentIntentsSearch,
            {},
            search_params("payment_intents", params),
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
        intent: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_payment_intents.PaymentIntentRetrieveParams],
    ) -> models_payment_intent.PaymentIntent:
        """Fetch one PaymentIntent by its id.

        Args:
            intent (str, required): Id of the PaymentIntent (starts with `pi_`).
            client_secret (str): The PaymentIntent's client secret, required when a publishable key is used.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            PaymentIntent: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            GetPaymentIntentsIntent,
            {"intent": intent},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncPaymentIntents(AsyncAPIResource):
    """PaymentIntents: the payments that collect invoices, read-only here."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_payment_intents.PaymentIntentListParams],
    ) -> AsyncPager[models_payment_intent.PaymentIntent]:
        """Every matching PaymentIntent (of one customer, say), newest first, page by page.

        Args:
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            customer (str): Only PaymentIntents of this customer id.
            customer_account (str): Only PaymentIntents of this account, as a customer.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[PaymentIntent]: iterate it for every match, one PaymentIntent at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetPaymentIntents,
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

    def search(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_payment_intents.PaymentIntentSearchParams],
    ) -> AsyncPager[models_payment_intent.PaymentIntent]:
        """PaymentIntents matching a search `query` in Stripe's search language.

        Args:
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            page (str): Cursor for the next page, from a previous search result's `next_page`.
            query (str | SearchQuery[PaymentIntentSearch], required): The search query, in Stripe's search query language, on amount, created, currency, customer, metadata and status; or a query built with `PaymentIntentSearch`.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[PaymentIntent]: iterate it for search results, one PaymentIntent at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetPaymentIntentsSearch,
            {},
            search_params("payment_intents", params),
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
        intent: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_payment_intents.PaymentIntentRetrieveParams],
    ) -> models_payment_intent.PaymentIntent:
        """Fetch one PaymentIntent by its id.

        Args:
            intent (str, required): Id of the PaymentIntent (starts with `pi_`).
            client_secret (str): The PaymentIntent's client secret, required when a publishable key is used.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            PaymentIntent: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            GetPaymentIntentsIntent,
            {"intent": intent},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class PaymentIntentsWithRawResponse:
    """`with_raw_response` for PaymentIntents: the same methods, returning RawResponse."""

    def __init__(self, resource: PaymentIntents) -> None:
        self.list = raw_first_page(resource.list, GetPaymentIntents)
        self.search = raw_first_page(resource.search, GetPaymentIntentsSearch)
        self.retrieve = raw(resource.retrieve)


class AsyncPaymentIntentsWithRawResponse:
    """`with_raw_response` for PaymentIntents: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncPaymentIntents) -> None:
        self.list = async_raw_first_page(resource.list, GetPaymentIntents)
        self.search = async_raw_first_page(resource.search, GetPaymentIntentsSearch)
        self.retrieve = async_raw(resource.retrieve)
