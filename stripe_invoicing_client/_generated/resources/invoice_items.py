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
        """Every matching invoice item, newest first, page by page.

        Args:
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            customer (str): Only invoice items billed to this customer id.
            customer_account (str): Only invoice items billed to the customer that this Account id represents.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice (str): Only invoice items on this invoice.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            pending (bool): True for only items not yet on an invoice, false for only items on one; both when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[InvoiceItem]: iterate it for every match, one InvoiceItem at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Create an invoice item: a charge for the customer's next (or a given) invoice.

        Args:
            amount (int): Total amount of the item in the smallest currency unit; negative for a credit.
            currency (str): Three-letter lowercase ISO currency code of the item.
            customer (str): Id of the customer the item is billed to.
            customer_account (str): Id of the Account object that represents the billed customer, used instead of `customer`.
            description (str): Text describing the item, shown on the invoice.
            discountable (bool): Whether invoice-level discounts reduce this item; false by default for negative amounts.
            discounts (list[DiscountsDataParam] | Literal['']): Coupons, existing discounts or promotion codes for this item only; an empty string removes them.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice (str): Id of a draft invoice to put the item on; without it the item waits, pending, for the customer's next invoice.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs to store on the object; an empty string removes all of them.
            period (PeriodParam): Service period the item covers, as start and end Unix timestamps in seconds.
            price_data (PriceDataParam): A price given inline (currency, product, unit amount, tax behavior) instead of a price id.
            pricing (PricingParam): The id of an existing price to bill the item at.
            quantity (int): Number of units; 1 when omitted.
            quantity_decimal (Decimal | str): Number of units as a decimal string with at most 12 decimal places; use it or `quantity`, not both.
            subscription (str): Id of a subscription whose next invoice the pending item is to go on.
            tax_behavior (Literal['exclusive', 'inclusive', 'unspecified']): Whether the amount already includes tax (`inclusive`), excludes it (`exclusive`) or is left `unspecified`.
            tax_code (str | Literal['']): Stripe Tax product tax code for the item; an empty string removes it.
            tax_rates (list[str]): Ids of tax rates for this item, replacing the invoice's default ones.
            unit_amount_decimal (Decimal | str): Price of one unit in the smallest currency unit as a decimal string with at most 12 decimal places.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            InvoiceItem: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Fetch one invoice item by its id.

        Args:
            invoiceitem (str, required): Id of the invoice item (starts with `ii_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            InvoiceItem: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Change an invoice item that is not yet on a finalized invoice.

        Args:
            invoiceitem (str, required): Id of the invoice item (starts with `ii_`).
            amount (int): Total amount of the item in the smallest currency unit; negative for a credit.
            description (str): Text describing the item, shown on the invoice.
            discountable (bool): Whether invoice-level discounts reduce this item; false by default for negative amounts.
            discounts (list[DiscountsDataParam] | Literal['']): Coupons, existing discounts or promotion codes for this item only; an empty string removes them.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoicing_rules (Literal['']): Only an empty string is accepted: it removes the item's invoicing rules.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs to store on the object; an empty string removes all of them.
            period (PeriodParam): Service period the item covers, as start and end Unix timestamps in seconds.
            price_data (PriceDataParam): A price given inline (currency, product, unit amount, tax behavior) instead of a price id.
            pricing (PricingParam): The id of an existing price to bill the item at.
            quantity (int): Number of units; 1 when omitted.
            quantity_decimal (Decimal | str): Number of units as a decimal string with at most 12 decimal places; use it or `quantity`, not both.
            tax_behavior (Literal['exclusive', 'inclusive', 'unspecified']): Whether the amount already includes tax (`inclusive`), excludes it (`exclusive`) or is left `unspecified`.
            tax_code (str | Literal['']): Stripe Tax product tax code for the item; an empty string removes it.
            tax_rates (list[str] | Literal['']): Ids of tax rates for this item, replacing the invoice's default ones; an empty string removes them.
            unit_amount_decimal (Decimal | str): Price of one unit in the smallest currency unit as a decimal string with at most 12 decimal places.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            InvoiceItem: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Delete an invoice item that is not on a finalized invoice.

        Args:
            invoiceitem (str, required): Id of the invoice item (starts with `ii_`).

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            DeletedInvoiceItem: the record of the deletion.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Every matching invoice item, newest first, page by page.

        Args:
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            customer (str): Only invoice items billed to this customer id.
            customer_account (str): Only invoice items billed to the customer that this Account id represents.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice (str): Only invoice items on this invoice.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            pending (bool): True for only items not yet on an invoice, false for only items on one; both when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[InvoiceItem]: iterate it for every match, one InvoiceItem at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Create an invoice item: a charge for the customer's next (or a given) invoice.

        Args:
            amount (int): Total amount of the item in the smallest currency unit; negative for a credit.
            currency (str): Three-letter lowercase ISO currency code of the item.
            customer (str): Id of the customer the item is billed to.
            customer_account (str): Id of the Account object that represents the billed customer, used instead of `customer`.
            description (str): Text describing the item, shown on the invoice.
            discountable (bool): Whether invoice-level discounts reduce this item; false by default for negative amounts.
            discounts (list[DiscountsDataParam] | Literal['']): Coupons, existing discounts or promotion codes for this item only; an empty string removes them.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice (str): Id of a draft invoice to put the item on; without it the item waits, pending, for the customer's next invoice.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs to store on the object; an empty string removes all of them.
            period (PeriodParam): Service period the item covers, as start and end Unix timestamps in seconds.
            price_data (PriceDataParam): A price given inline (currency, product, unit amount, tax behavior) instead of a price id.
            pricing (PricingParam): The id of an existing price to bill the item at.
            quantity (int): Number of units; 1 when omitted.
            quantity_decimal (Decimal | str): Number of units as a decimal string with at most 12 decimal places; use it or `quantity`, not both.
            subscription (str): Id of a subscription whose next invoice the pending item is to go on.
            tax_behavior (Literal['exclusive', 'inclusive', 'unspecified']): Whether the amount already includes tax (`inclusive`), excludes it (`exclusive`) or is left `unspecified`.
            tax_code (str | Literal['']): Stripe Tax product tax code for the item; an empty string removes it.
            tax_rates (list[str]): Ids of tax rates for this item, replacing the invoice's default ones.
            unit_amount_decimal (Decimal | str): Price of one unit in the smallest currency unit as a decimal string with at most 12 decimal places.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            InvoiceItem: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Fetch one invoice item by its id.

        Args:
            invoiceitem (str, required): Id of the invoice item (starts with `ii_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            InvoiceItem: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Change an invoice item that is not yet on a finalized invoice.

        Args:
            invoiceitem (str, required): Id of the invoice item (starts with `ii_`).
            amount (int): Total amount of the item in the smallest currency unit; negative for a credit.
            description (str): Text describing the item, shown on the invoice.
            discountable (bool): Whether invoice-level discounts reduce this item; false by default for negative amounts.
            discounts (list[DiscountsDataParam] | Literal['']): Coupons, existing discounts or promotion codes for this item only; an empty string removes them.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoicing_rules (Literal['']): Only an empty string is accepted: it removes the item's invoicing rules.
            metadata (Mapping[str, str] | Literal['']): Your own key-value pairs to store on the object; an empty string removes all of them.
            period (PeriodParam): Service period the item covers, as start and end Unix timestamps in seconds.
            price_data (PriceDataParam): A price given inline (currency, product, unit amount, tax behavior) instead of a price id.
            pricing (PricingParam): The id of an existing price to bill the item at.
            quantity (int): Number of units; 1 when omitted.
            quantity_decimal (Decimal | str): Number of units as a decimal string with at most 12 decimal places; use it or `quantity`, not both.
            tax_behavior (Literal['exclusive', 'inclusive', 'unspecified']): Whether the amount already includes tax (`inclusive`), excludes it (`exclusive`) or is left `unspecified`.
            tax_code (str | Literal['']): Stripe Tax product tax code for the item; an empty string removes it.
            tax_rates (list[str] | Literal['']): Ids of tax rates for this item, replacing the invoice's default ones; an empty string removes them.
            unit_amount_decimal (Decimal | str): Price of one unit in the smallest currency unit as a decimal string with at most 12 decimal places.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            InvoiceItem: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
        """Delete an invoice item that is not on a finalized invoice.

        Args:
            invoiceitem (str, required): Id of the invoice item (starts with `ii_`).

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            DeletedInvoiceItem: the record of the deletion.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
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
