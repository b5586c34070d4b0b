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
        """Every matching invoice payment (of one invoice, say), newest first, page by page."""
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
        """Fetch one invoice payment by its id."""
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
        """Every matching invoice payment (of one invoice, say), newest first, page by page."""
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
        """Fetch one invoice payment by its id."""
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
