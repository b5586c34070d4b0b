"""`client.invoices` (generated from the operations table; do not edit)."""

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
    DeleteInvoicesInvoice,
    GetInvoices,
    GetInvoicesInvoice,
    GetInvoicesInvoiceLines,
    GetInvoicesSearch,
    PostInvoices,
    PostInvoicesCreatePreview,
    PostInvoicesInvoice,
    PostInvoicesInvoiceAddLines,
    PostInvoicesInvoiceAttachPayment,
    PostInvoicesInvoiceFinalize,
    PostInvoicesInvoiceLinesLineItemId,
    PostInvoicesInvoiceMarkUncollectible,
    PostInvoicesInvoicePay,
    PostInvoicesInvoiceRemoveLines,
    PostInvoicesInvoiceSend,
    PostInvoicesInvoiceUpdateLines,
    PostInvoicesInvoiceVoid,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import invoice as models_invoice
    from ..models import line_item as models_line_item
    from ..params import invoices as params_invoices


class Invoices(SyncAPIResource):
    """Invoices: create drafts, finalize, send, collect, and page through them."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceListParams],
    ) -> SyncPager[models_invoice.Invoice]:
        """Every matching invoice, newest first, page by page."""
        return self._pager(
            GetInvoices,
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
        **params: Unpack[params_invoices.InvoiceCreateParams],
    ) -> models_invoice.Invoice:
        """Create a draft invoice; the customer's pending invoice items are pulled in."""
        return self._call(
            PostInvoices,
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
        **params: Unpack[params_invoices.InvoiceSearchParams],
    ) -> SyncPager[models_invoice.Invoice]:
        """Invoices matching a search `query` (a str, or built from `InvoiceSearch` fields)."""
        return self._pager(
            GetInvoicesSearch,
            {},
            search_params("invoices", params),
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            search=True,
        )

    def create_preview(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceCreatePreviewParams],
    ) -> models_invoice.Invoice:
        """What an invoice would look like, without creating it."""
        return self._call(
            PostInvoicesCreatePreview,
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
        invoice: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceRetrieveParams],
    ) -> models_invoice.Invoice:
        """Fetch one invoice by its id."""
        return self._call(
            GetInvoicesInvoice,
            {"invoice": invoice},
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
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceUpdateParams],
    ) -> models_invoice.Invoice:
        """Change an invoice's fields."""
        return self._call(
            PostInvoicesInvoice,
            {"invoice": invoice},
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
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> models_invoice.DeletedInvoice:
        """Delete a draft invoice (others can only be voided)."""
        return self._call(
            DeleteInvoicesInvoice,
            {"invoice": invoice},
            {},
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def finalize(
        self,
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceFinalizeParams],
    ) -> models_invoice.Invoice:
        """Finalize a draft: it gets a number and can be paid."""
        return self._call(
            PostInvoicesInvoiceFinalize,
            {"invoice": invoice},
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

    def send(
        self,
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceSendParams],
    ) -> models_invoice.Invoice:
        """Email the invoice to the customer now (finalizing a draft first)."""
        return self._call(
            PostInvoicesInvoiceSend,
            {"invoice": invoice},
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

    def pay(
        self,
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoicePayParams],
    ) -> models_invoice.Invoice:
        """Collect payment now, or record one made outside Stripe (`paid_out_of_band=True`)."""
        return self._call(
            PostInvoicesInvoicePay,
            {"invoice": invoice},
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

    def void(
        self,
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceVoidParams],
    ) -> models_invoice.Invoice:
        """Void a finalized invoice: nothing is owed."""
        return self._call(
            PostInvoicesInvoiceVoid,
            {"invoice": invoice},
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

    def mark_uncollectible(
        self,
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceMarkUncollectibleParams],
    ) -> models_invoice.Invoice:
        """Mark a finalized invoice as not expected to be paid."""
        return self._call(
            PostInvoicesInvoiceMarkUncollectible,
            {"invoice": invoice},
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

    def list_lines(
        self,
        invoice: str,
        /,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceListLinesParams],
    ) -> SyncPager[models_line_item.LineItem]:
        """Every line of an invoice, page by page."""
        return self._pager(
            GetInvoicesInvoiceLines,
            {"invoice": invoice},
            params,
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def update_line(
        self,
        invoice: str,
        line_item_id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceUpdateLineParams],
    ) -> models_line_item.LineItem:
        """Change one line of a draft invoice."""
        return self._call(
            PostInvoicesInvoiceLinesLineItemId,
            {"invoice": invoice, "line_item_id": line_item_id},
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

    def add_lines(
        self,
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceAddLinesParams],
    ) -> models_invoice.Invoice:
        """Add lines to a draft invoice."""
        return self._call(
            PostInvoicesInvoiceAddLines,
            {"invoice": invoice},
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

    def remove_lines(
        self,
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceRemoveLinesParams],
    ) -> models_invoice.Invoice:
        """Remove lines from a draft invoice (delete or unassign their items)."""
        return self._call(
            PostInvoicesInvoiceRemoveLines,
            {"invoice": invoice},
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

    def update_lines(
        self,
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceUpdateLinesParams],
    ) -> models_invoice.Invoice:
        """Change several lines of a draft invoice at once."""
        return self._call(
            PostInvoicesInvoiceUpdateLines,
            {"invoice": invoice},
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

    def attach_payment(
        self,
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceAttachPaymentParams],
    ) -> models_invoice.Invoice:
        """Link a payment made elsewhere (a PaymentIntent or payment record) to an open invoice."""
        return self._call(
            PostInvoicesInvoiceAttachPayment,
            {"invoice": invoice},
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


class AsyncInvoices(AsyncAPIResource):
    """Invoices: create drafts, finalize, send, collect, and page through them."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceListParams],
    ) -> AsyncPager[models_invoice.Invoice]:
        """Every matching invoice, newest first, page by page."""
        return self._pager(
            GetInvoices,
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
        **params: Unpack[params_invoices.InvoiceCreateParams],
    ) -> models_invoice.Invoice:
        """Create a draft invoice; the customer's pending invoice items are pulled in."""
        return await self._call(
            PostInvoices,
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
        **params: Unpack[params_invoices.InvoiceSearchParams],
    ) -> AsyncPager[models_invoice.Invoice]:
        """Invoices matching a search `query` (a str, or built from `InvoiceSearch` fields)."""
        return self._pager(
            GetInvoicesSearch,
            {},
            search_params("invoices", params),
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            search=True,
        )

    async def create_preview(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceCreatePreviewParams],
    ) -> models_invoice.Invoice:
        """What an invoice would look like, without creating it."""
        return await self._call(
            PostInvoicesCreatePreview,
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
        invoice: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceRetrieveParams],
    ) -> models_invoice.Invoice:
        """Fetch one invoice by its id."""
        return await self._call(
            GetInvoicesInvoice,
            {"invoice": invoice},
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
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceUpdateParams],
    ) -> models_invoice.Invoice:
        """Change an invoice's fields."""
        return await self._call(
            PostInvoicesInvoice,
            {"invoice": invoice},
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
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> models_invoice.DeletedInvoice:
        """Delete a draft invoice (others can only be voided)."""
        return await self._call(
            DeleteInvoicesInvoice,
            {"invoice": invoice},
            {},
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def finalize(
        self,
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceFinalizeParams],
    ) -> models_invoice.Invoice:
        """Finalize a draft: it gets a number and can be paid."""
        return await self._call(
            PostInvoicesInvoiceFinalize,
            {"invoice": invoice},
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

    async def send(
        self,
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceSendParams],
    ) -> models_invoice.Invoice:
        """Email the invoice to the customer now (finalizing a draft first)."""
        return await self._call(
            PostInvoicesInvoiceSend,
            {"invoice": invoice},
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

    async def pay(
        self,
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoicePayParams],
    ) -> models_invoice.Invoice:
        """Collect payment now, or record one made outside Stripe (`paid_out_of_band=True`)."""
        return await self._call(
            PostInvoicesInvoicePay,
            {"invoice": invoice},
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

    async def void(
        self,
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceVoidParams],
    ) -> models_invoice.Invoice:
        """Void a finalized invoice: nothing is owed."""
        return await self._call(
            PostInvoicesInvoiceVoid,
            {"invoice": invoice},
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

    async def mark_uncollectible(
        self,
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceMarkUncollectibleParams],
    ) -> models_invoice.Invoice:
        """Mark a finalized invoice as not expected to be paid."""
        return await self._call(
            PostInvoicesInvoiceMarkUncollectible,
            {"invoice": invoice},
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

    def list_lines(
        self,
        invoice: str,
        /,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceListLinesParams],
    ) -> AsyncPager[models_line_item.LineItem]:
        """Every line of an invoice, page by page."""
        return self._pager(
            GetInvoicesInvoiceLines,
            {"invoice": invoice},
            params,
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def update_line(
        self,
        invoice: str,
        line_item_id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceUpdateLineParams],
    ) -> models_line_item.LineItem:
        """Change one line of a draft invoice."""
        return await self._call(
            PostInvoicesInvoiceLinesLineItemId,
            {"invoice": invoice, "line_item_id": line_item_id},
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

    async def add_lines(
        self,
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceAddLinesParams],
    ) -> models_invoice.Invoice:
        """Add lines to a draft invoice."""
        return await self._call(
            PostInvoicesInvoiceAddLines,
            {"invoice": invoice},
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

    async def remove_lines(
        self,
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceRemoveLinesParams],
    ) -> models_invoice.Invoice:
        """Remove lines from a draft invoice (delete or unassign their items)."""
        return await self._call(
            PostInvoicesInvoiceRemoveLines,
            {"invoice": invoice},
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

    async def update_lines(
        self,
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceUpdateLinesParams],
    ) -> models_invoice.Invoice:
        """Change several lines of a draft invoice at once."""
        return await self._call(
            PostInvoicesInvoiceUpdateLines,
            {"invoice": invoice},
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

    async def attach_payment(
        self,
        invoice: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoices.InvoiceAttachPaymentParams],
    ) -> models_invoice.Invoice:
        """Link a payment made elsewhere (a PaymentIntent or payment record) to an open invoice."""
        return await self._call(
            PostInvoicesInvoiceAttachPayment,
            {"invoice": invoice},
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


class InvoicesWithRawResponse:
    """`with_raw_response` for Invoices: the same methods, returning RawResponse."""

    def __init__(self, resource: Invoices) -> None:
        self.list = raw_first_page(resource.list, GetInvoices)
        self.create = raw(resource.create)
        self.search = raw_first_page(resource.search, GetInvoicesSearch)
        self.create_preview = raw(resource.create_preview)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)
        self.finalize = raw(resource.finalize)
        self.send = raw(resource.send)
        self.pay = raw(resource.pay)
        self.void = raw(resource.void)
        self.mark_uncollectible = raw(resource.mark_uncollectible)
        self.list_lines = raw_first_page(resource.list_lines, GetInvoicesInvoiceLines)
        self.update_line = raw(resource.update_line)
        self.add_lines = raw(resource.add_lines)
        self.remove_lines = raw(resource.remove_lines)
        self.update_lines = raw(resource.update_lines)
        self.attach_payment = raw(resource.attach_payment)


class AsyncInvoicesWithRawResponse:
    """`with_raw_response` for Invoices: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncInvoices) -> None:
        self.list = async_raw_first_page(resource.list, GetInvoices)
        self.create = async_raw(resource.create)
        self.search = async_raw_first_page(resource.search, GetInvoicesSearch)
        self.create_preview = async_raw(resource.create_preview)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
        self.finalize = async_raw(resource.finalize)
        self.send = async_raw(resource.send)
        self.pay = async_raw(resource.pay)
        self.void = async_raw(resource.void)
        self.mark_uncollectible = async_raw(resource.mark_uncollectible)
        self.list_lines = async_raw_first_page(resource.list_lines, GetInvoicesInvoiceLines)
        self.update_line = async_raw(resource.update_line)
        self.add_lines = async_raw(resource.add_lines)
        self.remove_lines = async_raw(resource.remove_lines)
        self.update_lines = async_raw(resource.update_lines)
        self.attach_payment = async_raw(resource.attach_payment)
