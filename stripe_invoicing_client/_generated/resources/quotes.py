"""`client.quotes` (generated from the operations table; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

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
    GetQuotes,
    GetQuotesQuote,
    GetQuotesQuoteComputedUpfrontLineItems,
    GetQuotesQuoteLineItems,
    GetQuotesQuotePdf,
    PostQuotes,
    PostQuotesQuote,
    PostQuotesQuoteAccept,
    PostQuotesQuoteCancel,
    PostQuotesQuoteFinalize,
)

if TYPE_CHECKING:
    import os
    from collections.abc import Mapping
    from pathlib import Path

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import quote as models_quote
    from ..params import quotes as params_quotes


class Quotes(SyncAPIResource):
    """Quotes: priced offers that become an invoice or a subscription once accepted."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuoteListParams],
    ) -> SyncPager[models_quote.Quote]:
        """Every matching quote, newest first, page by page.

        Args:
            customer (str): Only quotes for this customer id.
            customer_account (str): Only quotes for this account, as a customer.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.
            status (Literal['accepted', 'canceled', 'draft', 'open']): Only quotes in this status.
            test_clock (str): Only quotes whose customer follows this test clock id.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[Quote]: iterate it for every match, one Quote at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetQuotes,
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
        **params: Unpack[params_quotes.QuoteCreateParams],
    ) -> models_quote.Quote:
        """Create a draft quote for a customer.

        Args:
            application_fee_amount (int | Literal['']): Fee the platform's application takes from the invoices the quote makes.
            application_fee_percent (float | Literal['']): Percentage of the subscription's invoices the platform's application takes.
            automatic_tax (AutomaticTaxParam): Whether Stripe Tax computes the quote's taxes.
            collection_method (Literal['charge_automatically', 'send_invoice']): How the resulting invoices are paid: charged automatically, or sent to be paid.
            customer (str): Id of the customer the quote is for.
            customer_account (str): Id of the account, as a customer, the quote is for.
            default_tax_rates (list[str] | Literal['']): Tax rate ids applied to every line that sets none of its own.
            description (str | Literal['']): Text shown on the quote's PDF above its lines.
            discounts (list[DiscountsDataParam] | Literal['']): Coupons, discounts or promotion codes applied to the whole quote.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            expires_at (int): When the quote expires once finalized, as a Unix timestamp in seconds.
            footer (str | Literal['']): Text shown at the bottom of the quote's PDF.
            from_quote (FromQuote): The quote to clone or revise.
            header (str | Literal['']): Title shown at the top of the quote's PDF.
            invoice_settings (QuoteCreateInvoiceSettingsParam): Settings for the invoices the quote makes, such as days until due.
            line_items (list[LineItem]): The quote's lines: prices (or inline price data) and quantities.
            metadata (Mapping[str, str]): Key-value pairs to store with the object; an empty value removes a key.
            on_behalf_of (str | Literal['']): Id of the connected account the quote is made for.
            subscription_data (SubscriptionData): Settings for the subscription the quote makes, such as trial days.
            test_clock (str): Id of the test clock the quote follows.
            transfer_data (TransferData | Literal['']): Where the funds of the resulting invoices go, for Connect destination charges.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Quote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostQuotes,
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
        quote: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuoteRetrieveParams],
    ) -> models_quote.Quote:
        """Fetch one quote by its id.

        Args:
            quote (str, required): Id of the quote (starts with `qt_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            Quote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            GetQuotesQuote,
            {"quote": quote},
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
        quote: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuoteUpdateParams],
    ) -> models_quote.Quote:
        """Change a draft quote's lines, discounts or settings.

        Args:
            quote (str, required): Id of the quote (starts with `qt_`).
            application_fee_amount (int | Literal['']): Fee the platform's application takes from the invoices the quote makes.
            application_fee_percent (float | Literal['']): Percentage of the subscription's invoices the platform's application takes.
            automatic_tax (AutomaticTaxParam): Whether Stripe Tax computes the quote's taxes.
            collection_method (Literal['charge_automatically', 'send_invoice']): How the resulting invoices are paid: charged automatically, or sent to be paid.
            customer (str): Id of the customer the quote is for.
            customer_account (str): Id of the account, as a customer, the quote is for.
            default_tax_rates (list[str] | Literal['']): Tax rate ids applied to every line that sets none of its own.
            description (str | Literal['']): Text shown on the quote's PDF above its lines.
            discounts (list[DiscountsDataParam] | Literal['']): Coupons, discounts or promotion codes applied to the whole quote.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            expires_at (int): When the quote expires once finalized, as a Unix timestamp in seconds.
            footer (str | Literal['']): Text shown at the bottom of the quote's PDF.
            header (str | Literal['']): Title shown at the top of the quote's PDF.
            invoice_settings (QuoteCreateInvoiceSettingsParam): Settings for the invoices the quote makes, such as days until due.
            line_items (list[LineItemsParam]): The quote's lines: prices (or inline price data) and quantities.
            metadata (Mapping[str, str]): Key-value pairs to store with the object; an empty value removes a key.
            on_behalf_of (str | Literal['']): Id of the connected account the quote is made for.
            subscription_data (SubscriptionDataParam): Settings for the subscription the quote makes, such as trial days.
            transfer_data (TransferData | Literal['']): Where the funds of the resulting invoices go, for Connect destination charges.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Quote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostQuotesQuote,
            {"quote": quote},
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

    def finalize(
        self,
        quote: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuoteFinalizeParams],
    ) -> models_quote.Quote:
        """Finalize a draft quote: it gets a number and can be accepted until it expires.

        Args:
            quote (str, required): Id of the quote (starts with `qt_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            expires_at (int): When the finalized quote expires, as a Unix timestamp in seconds.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Quote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostQuotesQuoteFinalize,
            {"quote": quote},
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

    def accept(
        self,
        quote: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuoteAcceptParams],
    ) -> models_quote.Quote:
        """Accept an open quote: its invoice, subscription or schedule is made.

        Args:
            quote (str, required): Id of the quote (starts with `qt_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Quote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostQuotesQuoteAccept,
            {"quote": quote},
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
        quote: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuoteCancelParams],
    ) -> models_quote.Quote:
        """Cancel a draft or open quote.

        Args:
            quote (str, required): Id of the quote (starts with `qt_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Quote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostQuotesQuoteCancel,
            {"quote": quote},
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

    def list_line_items(
        self,
        quote: str,
        /,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuoteListLineItemsParams],
    ) -> SyncPager[models_quote.QuoteLineItem]:
        """Every line of a quote, page by page.

        Args:
            quote (str, required): Id of the quote (starts with `qt_`).
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
            SyncPager[QuoteLineItem]: iterate it for every match, one QuoteLineItem at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetQuotesQuoteLineItems,
            {"quote": quote},
            params,
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    @overload
    def pdf(
        self,
        quote: str,
        /,
        *,
        to: None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuotePdfParams],
    ) -> bytes: ...

    @overload
    def pdf(
        self,
        quote: str,
        /,
        *,
        to: str | os.PathLike[str],
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuotePdfParams],
    ) -> Path: ...

    def pdf(
        self,
        quote: str,
        /,
        *,
        to: str | os.PathLike[str] | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuotePdfParams],
    ) -> bytes | Path:
        """Download a finalized quote's PDF: its bytes, or with `to=` written to that file.

        Args:
            quote (str, required): Id of the quote (starts with `qt_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            to: a file path: the body is streamed there (whole, or not at all) instead of returned.
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            bytes | Path: the file's bytes, or with `to` the path it was written to.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._download(
            GetQuotesQuotePdf,
            {"quote": quote},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            to,
        )

    def list_computed_upfront_line_items(
        self,
        quote: str,
        /,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuoteListComputedUpfrontLineItemsParams],
    ) -> SyncPager[models_quote.QuoteLineItem]:
        """The lines the quote's first invoice would bill, page by page.

        Args:
            quote (str, required): Id of the quote (starts with `qt_`).
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
            SyncPager[QuoteLineItem]: iterate it for every match, one QuoteLineItem at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetQuotesQuoteComputedUpfrontLineItems,
            {"quote": quote},
            params,
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class AsyncQuotes(AsyncAPIResource):
    """Quotes: priced offers that become an invoice or a subscription once accepted."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuoteListParams],
    ) -> AsyncPager[models_quote.Quote]:
        """Every matching quote, newest first, page by page.

        Args:
            customer (str): Only quotes for this customer id.
            customer_account (str): Only quotes for this account, as a customer.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.
            status (Literal['accepted', 'canceled', 'draft', 'open']): Only quotes in this status.
            test_clock (str): Only quotes whose customer follows this test clock id.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[Quote]: iterate it for every match, one Quote at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetQuotes,
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
        **params: Unpack[params_quotes.QuoteCreateParams],
    ) -> models_quote.Quote:
        """Create a draft quote for a customer.

        Args:
            application_fee_amount (int | Literal['']): Fee the platform's application takes from the invoices the quote makes.
            application_fee_percent (float | Literal['']): Percentage of the subscription's invoices the platform's application takes.
            automatic_tax (AutomaticTaxParam): Whether Stripe Tax computes the quote's taxes.
            collection_method (Literal['charge_automatically', 'send_invoice']): How the resulting invoices are paid: charged automatically, or sent to be paid.
            customer (str): Id of the customer the quote is for.
            customer_account (str): Id of the account, as a customer, the quote is for.
            default_tax_rates (list[str] | Literal['']): Tax rate ids applied to every line that sets none of its own.
            description (str | Literal['']): Text shown on the quote's PDF above its lines.
            discounts (list[DiscountsDataParam] | Literal['']): Coupons, discounts or promotion codes applied to the whole quote.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            expires_at (int): When the quote expires once finalized, as a Unix timestamp in seconds.
            footer (str | Literal['']): Text shown at the bottom of the quote's PDF.
            from_quote (FromQuote): The quote to clone or revise.
            header (str | Literal['']): Title shown at the top of the quote's PDF.
            invoice_settings (QuoteCreateInvoiceSettingsParam): Settings for the invoices the quote makes, such as days until due.
            line_items (list[LineItem]): The quote's lines: prices (or inline price data) and quantities.
            metadata (Mapping[str, str]): Key-value pairs to store with the object; an empty value removes a key.
            on_behalf_of (str | Literal['']): Id of the connected account the quote is made for.
            subscription_data (SubscriptionData): Settings for the subscription the quote makes, such as trial days.
            test_clock (str): Id of the test clock the quote follows.
            transfer_data (TransferData | Literal['']): Where the funds of the resulting invoices go, for Connect destination charges.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Quote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostQuotes,
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
        quote: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuoteRetrieveParams],
    ) -> models_quote.Quote:
        """Fetch one quote by its id.

        Args:
            quote (str, required): Id of the quote (starts with `qt_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            Quote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            GetQuotesQuote,
            {"quote": quote},
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
        quote: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuoteUpdateParams],
    ) -> models_quote.Quote:
        """Change a draft quote's lines, discounts or settings.

        Args:
            quote (str, required): Id of the quote (starts with `qt_`).
            application_fee_amount (int | Literal['']): Fee the platform's application takes from the invoices the quote makes.
            application_fee_percent (float | Literal['']): Percentage of the subscription's invoices the platform's application takes.
            automatic_tax (AutomaticTaxParam): Whether Stripe Tax computes the quote's taxes.
            collection_method (Literal['charge_automatically', 'send_invoice']): How the resulting invoices are paid: charged automatically, or sent to be paid.
            customer (str): Id of the customer the quote is for.
            customer_account (str): Id of the account, as a customer, the quote is for.
            default_tax_rates (list[str] | Literal['']): Tax rate ids applied to every line that sets none of its own.
            description (str | Literal['']): Text shown on the quote's PDF above its lines.
            discounts (list[DiscountsDataParam] | Literal['']): Coupons, discounts or promotion codes applied to the whole quote.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            expires_at (int): When the quote expires once finalized, as a Unix timestamp in seconds.
            footer (str | Literal['']): Text shown at the bottom of the quote's PDF.
            header (str | Literal['']): Title shown at the top of the quote's PDF.
            invoice_settings (QuoteCreateInvoiceSettingsParam): Settings for the invoices the quote makes, such as days until due.
            line_items (list[LineItemsParam]): The quote's lines: prices (or inline price data) and quantities.
            metadata (Mapping[str, str]): Key-value pairs to store with the object; an empty value removes a key.
            on_behalf_of (str | Literal['']): Id of the connected account the quote is made for.
            subscription_data (SubscriptionDataParam): Settings for the subscription the quote makes, such as trial days.
            transfer_data (TransferData | Literal['']): Where the funds of the resulting invoices go, for Connect destination charges.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Quote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostQuotesQuote,
            {"quote": quote},
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

    async def finalize(
        self,
        quote: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuoteFinalizeParams],
    ) -> models_quote.Quote:
        """Finalize a draft quote: it gets a number and can be accepted until it expires.

        Args:
            quote (str, required): Id of the quote (starts with `qt_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            expires_at (int): When the finalized quote expires, as a Unix timestamp in seconds.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Quote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostQuotesQuoteFinalize,
            {"quote": quote},
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

    async def accept(
        self,
        quote: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuoteAcceptParams],
    ) -> models_quote.Quote:
        """Accept an open quote: its invoice, subscription or schedule is made.

        Args:
            quote (str, required): Id of the quote (starts with `qt_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Quote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostQuotesQuoteAccept,
            {"quote": quote},
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
        quote: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuoteCancelParams],
    ) -> models_quote.Quote:
        """Cancel a draft or open quote.

        Args:
            quote (str, required): Id of the quote (starts with `qt_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            Quote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostQuotesQuoteCancel,
            {"quote": quote},
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

    def list_line_items(
        self,
        quote: str,
        /,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuoteListLineItemsParams],
    ) -> AsyncPager[models_quote.QuoteLineItem]:
        """Every line of a quote, page by page.

        Args:
            quote (str, required): Id of the quote (starts with `qt_`).
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
            AsyncPager[QuoteLineItem]: iterate it for every match, one QuoteLineItem at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetQuotesQuoteLineItems,
            {"quote": quote},
            params,
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    @overload
    async def pdf(
        self,
        quote: str,
        /,
        *,
        to: None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuotePdfParams],
    ) -> bytes: ...

    @overload
    async def pdf(
        self,
        quote: str,
        /,
        *,
        to: str | os.PathLike[str],
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuotePdfParams],
    ) -> Path: ...

    async def pdf(
        self,
        quote: str,
        /,
        *,
        to: str | os.PathLike[str] | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuotePdfParams],
    ) -> bytes | Path:
        """Download a finalized quote's PDF: its bytes, or with `to=` written to that file.

        Args:
            quote (str, required): Id of the quote (starts with `qt_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            to: a file path: the body is streamed there (whole, or not at all) instead of returned.
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            bytes | Path: the file's bytes, or with `to` the path it was written to.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._download(
            GetQuotesQuotePdf,
            {"quote": quote},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            to,
        )

    def list_computed_upfront_line_items(
        self,
        quote: str,
        /,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_quotes.QuoteListComputedUpfrontLineItemsParams],
    ) -> AsyncPager[models_quote.QuoteLineItem]:
        """The lines the quote's first invoice would bill, page by page.

        Args:
            quote (str, required): Id of the quote (starts with `qt_`).
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
            AsyncPager[QuoteLineItem]: iterate it for every match, one QuoteLineItem at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetQuotesQuoteComputedUpfrontLineItems,
            {"quote": quote},
            params,
            max_items,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )


class QuotesWithRawResponse:
    """`with_raw_response` for Quotes: the same methods, returning RawResponse."""

    def __init__(self, resource: Quotes) -> None:
        self.list = raw_first_page(resource.list, GetQuotes)
        self.create = raw(resource.create)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.finalize = raw(resource.finalize)
        self.accept = raw(resource.accept)
        self.cancel = raw(resource.cancel)
        self.list_line_items = raw_first_page(resource.list_line_items, GetQuotesQuoteLineItems)
        self.pdf = raw(resource.pdf)
        self.list_computed_upfront_line_items = raw_first_page(
            resource.list_computed_upfront_line_items, GetQuotesQuoteComputedUpfrontLineItems
        )


class AsyncQuotesWithRawResponse:
    """`with_raw_response` for Quotes: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncQuotes) -> None:
        self.list = async_raw_first_page(resource.list, GetQuotes)
        self.create = async_raw(resource.create)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
        self.finalize = async_raw(resource.finalize)
        self.accept = async_raw(resource.accept)
        self.cancel = async_raw(resource.cancel)
        self.list_line_items = async_raw_first_page(
            resource.list_line_items, GetQuotesQuoteLineItems
        )
        self.pdf = async_raw(resource.pdf)
        self.list_computed_upfront_line_items = async_raw_first_page(
            resource.list_computed_upfront_line_items, GetQuotesQuoteComputedUpfrontLineItems
        )
