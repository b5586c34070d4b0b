"""`client.invoice_items`: charges waiting to be put on an invoice."""

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

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from .._generated.models import DeletedInvoiceItem, GetInvoiceitemsResponse200, InvoiceItem
    from .._generated.params.invoice_items import (
        InvoiceItemCreateParams,
        InvoiceItemListParams,
        InvoiceItemRetrieveParams,
        InvoiceItemUpdateParams,
    )
    from .._pagination import AsyncPager, SyncPager

CREATE: Operation[InvoiceItem] = Operation("PostInvoiceitems")
RETRIEVE: Operation[InvoiceItem] = Operation("GetInvoiceitemsInvoiceitem")
UPDATE: Operation[InvoiceItem] = Operation("PostInvoiceitemsInvoiceitem")
DELETE: Operation[DeletedInvoiceItem] = Operation("DeleteInvoiceitemsInvoiceitem")
LIST: Operation[GetInvoiceitemsResponse200] = Operation("GetInvoiceitems")


class InvoiceItems(SyncAPIResource):
    """Invoice items: one-off charges that the customer's next invoice picks up."""

    def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[InvoiceItemCreateParams],
    ) -> InvoiceItem:
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
        invoiceitem: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[InvoiceItemRetrieveParams],
    ) -> InvoiceItem:
        return self._call(
            RETRIEVE,
            {"invoiceitem": invoiceitem},
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
        invoiceitem: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[InvoiceItemUpdateParams],
    ) -> InvoiceItem:
        return self._call(
            UPDATE,
            {"invoiceitem": invoiceitem},
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
        invoiceitem: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> DeletedInvoiceItem:
        return self._call(
            DELETE,
            {"invoiceitem": invoiceitem},
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
        **params: Unpack[InvoiceItemListParams],
    ) -> SyncPager[InvoiceItem]:
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


class AsyncInvoiceItems(AsyncAPIResource):
    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[InvoiceItemCreateParams],
    ) -> InvoiceItem:
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
        invoiceitem: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[InvoiceItemRetrieveParams],
    ) -> InvoiceItem:
        return await self._call(
            RETRIEVE,
            {"invoiceitem": invoiceitem},
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
        invoiceitem: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[InvoiceItemUpdateParams],
    ) -> InvoiceItem:
        return await self._call(
            UPDATE,
            {"invoiceitem": invoiceitem},
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
        invoiceitem: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
    ) -> DeletedInvoiceItem:
        return await self._call(
            DELETE,
            {"invoiceitem": invoiceitem},
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
        **params: Unpack[InvoiceItemListParams],
    ) -> AsyncPager[InvoiceItem]:
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


class InvoiceItemsWithRawResponse:
    def __init__(self, invoice_items: InvoiceItems) -> None:
        self.create = raw(invoice_items.create)
        self.list = raw_first_page(invoice_items.list, LIST)
        self.retrieve = raw(invoice_items.retrieve)
        self.update = raw(invoice_items.update)
        self.delete = raw(invoice_items.delete)


class AsyncInvoiceItemsWithRawResponse:
    def __init__(self, invoice_items: AsyncInvoiceItems) -> None:
        self.create = async_raw(invoice_items.create)
        self.list = async_raw_first_page(invoice_items.list, LIST)
        self.retrieve = async_raw(invoice_items.retrieve)
        self.update = async_raw(invoice_items.update)
        self.delete = async_raw(invoice_items.delete)
