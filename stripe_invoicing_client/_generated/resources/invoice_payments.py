"""`client.invoice_payments` (generated from the operations table; do not edit)."""

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
from ..operations import GetInvoicePayments, GetInvoicePaymentsInvoicePayment

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import payment as models_payment
    from ..params import invoice_payments as params_invoice_payments


class InvoicePayments(SyncAPIResource):
    """Invoice payments: which payments paid which invoice."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_invoice_payments.InvoicePaymentListParams],
    ) -> SyncPager[models_payment.InvoicePayment]:
        """Every matching invoice payment (of one invoice, say), newest first, page by page.

        Args:
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice (str): Only payments of this invoice id.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            payment (Payment): Only invoice payments made with this PaymentIntent or payment record.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.
            status (Literal['canceled', 'open', 'paid']): Only invoice payments in this status: `canceled`, `open` or `paid`.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[InvoicePayment]: iterate it for every match, one InvoicePayment at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetInvoicePayments,
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
        invoice_payment: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_invoice_payments.InvoicePaymentRetrieveParams],
    ) -> models_payment.InvoicePayment:
        """Fetch one invoice payment by its id.

        Args:
            invoice_payment (str, required): Id of the invoice payment (starts with `inpay_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            InvoicePayment: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            GetInvoicePaymentsInvoicePayment,
            {"invoice_payment": invoice_payment},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncInvoicePayments(AsyncAPIResource):
    """Invoice payments: which payments paid which invoice."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_invoice_payments.InvoicePaymentListParams],
    ) -> AsyncPager[models_payment.InvoicePayment]:
        """Every matching invoice payment (of one invoice, say), newest first, page by page.

        Args:
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice (str): Only payments of this invoice id.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            payment (Payment): Only invoice payments made with this PaymentIntent or payment record.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.
            status (Literal['canceled', 'open', 'paid']): Only invoice payments in this status: `canceled`, `open` or `paid`.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[InvoicePayment]: iterate it for every match, one InvoicePayment at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetInvoicePayments,
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
        invoice_payment: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_invoice_payments.InvoicePaymentRetrieveParams],
    ) -> models_payment.InvoicePayment:
        """Fetch one invoice payment by its id.

        Args:
            invoice_payment (str, required): Id of the invoice payment (starts with `inpay_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            InvoicePayment: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            GetInvoicePaymentsInvoicePayment,
            {"invoice_payment": invoice_payment},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class InvoicePaymentsWithRawResponse:
    """`with_raw_response` for InvoicePayments: the same methods, returning RawResponse."""

    def __init__(self, resource: InvoicePayments) -> None:
        self.list = raw_first_page(resource.list, GetInvoicePayments)
        self.retrieve = raw(resource.retrieve)


class AsyncInvoicePaymentsWithRawResponse:
    """`with_raw_response` for InvoicePayments: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncInvoicePayments) -> None:
        self.list = async_raw_first_page(resource.list, GetInvoicePayments)
        self.retrieve = async_raw(resource.retrieve)
