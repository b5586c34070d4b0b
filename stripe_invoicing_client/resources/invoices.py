"""`client.invoices`: invoices, their lifecycle, and their lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._operations import Operation
from .._options import RequestOptions
from .._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_raw,
    async_raw_first_page,
    raw,
    raw_first_page,
)
from .._search_query import search_params

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from .._generated.models import (
        DeletedInvoice,
        GetInvoicesInvoiceLinesResponse200,
        GetInvoicesResponse200,
        GetInvoicesSearchResponse200,
        Invoice,
        LineItem,
    )
    from .._generated.params.invoices import (
        InvoiceAddLinesParams,
        InvoiceCreateParams,
        InvoiceCreatePreviewParams,
        InvoiceFinalizeParams,
        InvoiceListLinesParams,
        InvoiceListParams,
        InvoiceMarkUncollectibleParams,
        InvoicePayParams,
        InvoiceRemoveLinesParams,
        InvoiceRetrieveParams,
        InvoiceSearchParams,
        InvoiceSendParams,
        InvoiceUpdateLineParams,
        InvoiceUpdateLinesParams,
        InvoiceUpdateParams,
        InvoiceVoidParams,
    )
    from .._pagination import AsyncPager, SyncPager

CREATE: Operation[Invoice] = Operation("PostInvoices")
RETRIEVE: Operation[Invoice] = Operation("GetInvoicesInvoice")
UPDATE: Operation[Invoice] = Operation("PostInvoicesInvoice")
DELETE: Operation[DeletedInvoice] = Operation("DeleteInvoicesInvoice")
LIST: Operation[GetInvoicesResponse200] = Operation("GetInvoices")
SEARCH: Operation[GetInvoicesSearchResponse200] = Operation("GetInvoicesSearch")
CREATE_PREVIEW: Operation[Invoice] = Operation("PostInvoicesCreatePreview")
FINALIZE: Operation[Invoice] = Operation("PostInvoicesInvoiceFinalize")
SEND: Operation[Invoice] = Operation("PostInvoicesInvoiceSend")
PAY: Operation[Invoice] = Operation("PostInvoicesInvoicePay")
VOID: Operation[Invoice] = Operation("PostInvoicesInvoiceVoid")
MARK_UNCOLLECTIBLE: Operation[Invoice] = Operation("PostInvoicesInvoiceMarkUncollectible")
LIST_LINES: Operation[GetInvoicesInvoiceLinesResponse200] = Operation("GetInvoicesInvoiceLines")
UPDATE_LINE: Operation[LineItem] = Operation("PostInvoicesInvoiceLinesLineItemId")
ADD_LINES: Operation[Invoice] = Operation("PostInvoicesInvoiceAddLines")
REMOVE_LINES: Operation[Invoice] = Operation("PostInvoicesInvoiceRemoveLines")
UPDATE_LINES: Operation[Invoice] = Operation("PostInvoicesInvoiceUpdateLines")


class Invoices(SyncAPIResource):
    """Invoices: create drafts, finalize, send, collect, and page through them."""

    def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[InvoiceCreateParams],
    ) -> Invoice:
        """Create a draft invoice; the customer's pending invoice items are pulled in."""
        return self._call(
            CREATE,
            {},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
        **params: Unpack[InvoiceRetrieveParams],
    ) -> Invoice:
        return self._call(
            RETRIEVE,
            {"invoice": invoice},
            params,
            RequestOptions(
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
        **params: Unpack[InvoiceUpdateParams],
    ) -> Invoice:
        return self._call(
            UPDATE,
            {"invoice": invoice},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
    ) -> DeletedInvoice:
        """Delete a draft invoice (others can only be voided)."""
        return self._call(
            DELETE,
            {"invoice": invoice},
            {},
            RequestOptions(
                idempotency_key,
                total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[InvoiceListParams],
    ) -> SyncPager[Invoice]:
        """Every matching invoice, newest first, fetched a page at a time."""
        return self._pager(
            LIST,
            {},
            params,
            max_items,
            RequestOptions(
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
        **params: Unpack[InvoiceSearchParams],
    ) -> SyncPager[Invoice]:
        """Invoices matching a search `query` (a str, or built from `InvoiceSearch` fields),
        following `next_page` cursors."""
        return self._pager(
            SEARCH,
            {},
            search_params("invoices", params),
            max_items,
            RequestOptions(
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
        **params: Unpack[InvoiceCreatePreviewParams],
    ) -> Invoice:
        """What an invoice would look like, without creating it."""
        return self._call(
            CREATE_PREVIEW,
            {},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
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
        **params: Unpack[InvoiceFinalizeParams],
    ) -> Invoice:
        return self._call(
            FINALIZE,
            {"invoice": invoice},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
        **params: Unpack[InvoiceSendParams],
    ) -> Invoice:
        """Email the invoice to the customer now (finalizing a draft first)."""
        return self._call(
            SEND,
            {"invoice": invoice},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
        **params: Unpack[InvoicePayParams],
    ) -> Invoice:
        """Collect payment now, or record one made outside Stripe (`paid_out_of_band=True`)."""
        return self._call(
            PAY,
            {"invoice": invoice},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
        **params: Unpack[InvoiceVoidParams],
    ) -> Invoice:
        return self._call(
            VOID,
            {"invoice": invoice},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
        **params: Unpack[InvoiceMarkUncollectibleParams],
    ) -> Invoice:
        return self._call(
            MARK_UNCOLLECTIBLE,
            {"invoice": invoice},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
        **params: Unpack[InvoiceListLinesParams],
    ) -> SyncPager[LineItem]:
        return self._pager(
            LIST_LINES,
            {"invoice": invoice},
            params,
            max_items,
            RequestOptions(
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
        **params: Unpack[InvoiceUpdateLineParams],
    ) -> LineItem:
        path = {"invoice": invoice, "line_item_id": line_item_id}
        return self._call(
            UPDATE_LINE,
            path,
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
        **params: Unpack[InvoiceAddLinesParams],
    ) -> Invoice:
        return self._call(
            ADD_LINES,
            {"invoice": invoice},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
        **params: Unpack[InvoiceRemoveLinesParams],
    ) -> Invoice:
        return self._call(
            REMOVE_LINES,
            {"invoice": invoice},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
        **params: Unpack[InvoiceUpdateLinesParams],
    ) -> Invoice:
        return self._call(
            UPDATE_LINES,
            {"invoice": invoice},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class AsyncInvoices(AsyncAPIResource):
    """Invoices, for asyncio: every method is a coroutine, except the pagers."""

    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[InvoiceCreateParams],
    ) -> Invoice:
        return await self._call(
            CREATE,
            {},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
        **params: Unpack[InvoiceRetrieveParams],
    ) -> Invoice:
        return await self._call(
            RETRIEVE,
            {"invoice": invoice},
            params,
            RequestOptions(
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
        **params: Unpack[InvoiceUpdateParams],
    ) -> Invoice:
        return await self._call(
            UPDATE,
            {"invoice": invoice},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
    ) -> DeletedInvoice:
        return await self._call(
            DELETE,
            {"invoice": invoice},
            {},
            RequestOptions(
                idempotency_key,
                total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[InvoiceListParams],
    ) -> AsyncPager[Invoice]:
        return self._pager(
            LIST,
            {},
            params,
            max_items,
            RequestOptions(
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
        **params: Unpack[InvoiceSearchParams],
    ) -> AsyncPager[Invoice]:
        return self._pager(
            SEARCH,
            {},
            search_params("invoices", params),
            max_items,
            RequestOptions(
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
        **params: Unpack[InvoiceCreatePreviewParams],
    ) -> Invoice:
        return await self._call(
            CREATE_PREVIEW,
            {},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
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
        **params: Unpack[InvoiceFinalizeParams],
    ) -> Invoice:
        return await self._call(
            FINALIZE,
            {"invoice": invoice},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
        **params: Unpack[InvoiceSendParams],
    ) -> Invoice:
        return await self._call(
            SEND,
            {"invoice": invoice},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
        **params: Unpack[InvoicePayParams],
    ) -> Invoice:
        return await self._call(
            PAY,
            {"invoice": invoice},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
        **params: Unpack[InvoiceVoidParams],
    ) -> Invoice:
        return await self._call(
            VOID,
            {"invoice": invoice},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
        **params: Unpack[InvoiceMarkUncollectibleParams],
    ) -> Invoice:
        return await self._call(
            MARK_UNCOLLECTIBLE,
            {"invoice": invoice},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
        **params: Unpack[InvoiceListLinesParams],
    ) -> AsyncPager[LineItem]:
        return self._pager(
            LIST_LINES,
            {"invoice": invoice},
            params,
            max_items,
            RequestOptions(
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
        **params: Unpack[InvoiceUpdateLineParams],
    ) -> LineItem:
        path = {"invoice": invoice, "line_item_id": line_item_id}
        return await self._call(
            UPDATE_LINE,
            path,
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
        **params: Unpack[InvoiceAddLinesParams],
    ) -> Invoice:
        return await self._call(
            ADD_LINES,
            {"invoice": invoice},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
        **params: Unpack[InvoiceRemoveLinesParams],
    ) -> Invoice:
        return await self._call(
            REMOVE_LINES,
            {"invoice": invoice},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
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
        **params: Unpack[InvoiceUpdateLinesParams],
    ) -> Invoice:
        return await self._call(
            UPDATE_LINES,
            {"invoice": invoice},
            params,
            RequestOptions(
                idempotency_key,
                total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
            ),
        )


class InvoicesWithRawResponse:
    """`client.with_raw_response.invoices`: the same methods, returning RawResponse."""

    def __init__(self, invoices: Invoices) -> None:
        self.create = raw(invoices.create)
        self.list = raw_first_page(invoices.list, LIST)
        self.search = raw_first_page(invoices.search, SEARCH)
        self.list_lines = raw_first_page(invoices.list_lines, LIST_LINES)
        self.retrieve = raw(invoices.retrieve)
        self.update = raw(invoices.update)
        self.delete = raw(invoices.delete)
        self.create_preview = raw(invoices.create_preview)
        self.finalize = raw(invoices.finalize)
        self.send = raw(invoices.send)
        self.pay = raw(invoices.pay)
        self.void = raw(invoices.void)
        self.mark_uncollectible = raw(invoices.mark_uncollectible)
        self.update_line = raw(invoices.update_line)
        self.add_lines = raw(invoices.add_lines)
        self.remove_lines = raw(invoices.remove_lines)
        self.update_lines = raw(invoices.update_lines)


class AsyncInvoicesWithRawResponse:
    def __init__(self, invoices: AsyncInvoices) -> None:
        self.create = async_raw(invoices.create)
        self.list = async_raw_first_page(invoices.list, LIST)
        self.search = async_raw_first_page(invoices.search, SEARCH)
        self.list_lines = async_raw_first_page(invoices.list_lines, LIST_LINES)
        self.retrieve = async_raw(invoices.retrieve)
        self.update = async_raw(invoices.update)
        self.delete = async_raw(invoices.delete)
        self.create_preview = async_raw(invoices.create_preview)
        self.finalize = async_raw(invoices.finalize)
        self.send = async_raw(invoices.send)
        self.pay = async_raw(invoices.pay)
        self.void = async_raw(invoices.void)
        self.mark_uncollectible = async_raw(invoices.mark_uncollectible)
        self.update_line = async_raw(invoices.update_line)
        self.add_lines = async_raw(invoices.add_lines)
        self.remove_lines = async_raw(invoices.remove_lines)
        self.update_lines = async_raw(invoices.update_lines)
