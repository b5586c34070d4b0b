"""`client.invoice_items` (generated from the operations table; do not edit)."""

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
    DeleteInvoiceitemsInvoiceitem,
    GetInvoiceitems,
    GetInvoiceitemsInvoiceitem,
    PostInvoiceitems,
    PostInvoiceitemsInvoiceitem,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import invoice_item as models_invoice_item
    from ..params import invoice_items as params_invoice_items


class InvoiceItems(SyncAPIResource):
    """Invoice items: charges waiting for the customer's next invoice."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_invoice_items.InvoiceItemListParams],
    ) -> SyncPager[models_invoice_item.InvoiceItem]:
        """Every matching invoice item, newest first, page by page."""
        return self._pager(
            GetInvoiceitems,
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
        **params: Unpack[params_invoice_items.InvoiceItemCreateParams],
    ) -> models_invoice_item.InvoiceItem:
        """Create an invoice item: a charge for the customer's next (or a given) invoice."""
        return self._call(
            PostInvoiceitems,
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
        invoiceitem: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_invoice_items.InvoiceItemRetrieveParams],
    ) -> models_invoice_item.InvoiceItem:
        """Fetch one invoice item by its id."""
        return self._call(
            GetInvoiceitemsInvoiceitem,
            {"invoiceitem": invoiceitem},
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
        invoiceitem: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoice_items.InvoiceItemUpdateParams],
    ) -> models_invoice_item.InvoiceItem:
        """Change an invoice item that is not yet on a finalized invoice."""
        return self._call(
            PostInvoiceitemsInvoiceitem,
            {"invoiceitem": invoiceitem},
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
        invoiceitem: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> models_invoice_item.DeletedInvoiceItem:
        """Delete an invoice item that is not on a finalized invoice."""
        return self._call(
            DeleteInvoiceitemsInvoiceitem,
            {"invoiceitem": invoiceitem},
            {},
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncInvoiceItems(AsyncAPIResource):
    """Invoice items: charges waiting for the customer's next invoice."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_invoice_items.InvoiceItemListParams],
    ) -> AsyncPager[models_invoice_item.InvoiceItem]:
        """Every matching invoice item, newest first, page by page."""
        return self._pager(
            GetInvoiceitems,
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
        **params: Unpack[params_invoice_items.InvoiceItemCreateParams],
    ) -> models_invoice_item.InvoiceItem:
        """Create an invoice item: a charge for the customer's next (or a given) invoice."""
        return await self._call(
            PostInvoiceitems,
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
        invoiceitem: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_invoice_items.InvoiceItemRetrieveParams],
    ) -> models_invoice_item.InvoiceItem:
        """Fetch one invoice item by its id."""
        return await self._call(
            GetInvoiceitemsInvoiceitem,
            {"invoiceitem": invoiceitem},
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
        invoiceitem: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoice_items.InvoiceItemUpdateParams],
    ) -> models_invoice_item.InvoiceItem:
        """Change an invoice item that is not yet on a finalized invoice."""
        return await self._call(
            PostInvoiceitemsInvoiceitem,
            {"invoiceitem": invoiceitem},
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
        invoiceitem: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> models_invoice_item.DeletedInvoiceItem:
        """Delete an invoice item that is not on a finalized invoice."""
        return await self._call(
            DeleteInvoiceitemsInvoiceitem,
            {"invoiceitem": invoiceitem},
            {},
            request_options(
                idempotency_key=idempotency_key,
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class InvoiceItemsWithRawResponse:
    """`with_raw_response` for InvoiceItems: the same methods, returning RawResponse."""

    def __init__(self, resource: InvoiceItems) -> None:
        self.list = raw_first_page(resource.list, GetInvoiceitems)
        self.create = raw(resource.create)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.delete = raw(resource.delete)


class AsyncInvoiceItemsWithRawResponse:
    """`with_raw_response` for InvoiceItems: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncInvoiceItems) -> None:
        self.list = async_raw_first_page(resource.list, GetInvoiceitems)
        self.create = async_raw(resource.create)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
        self.delete = async_raw(resource.delete)
