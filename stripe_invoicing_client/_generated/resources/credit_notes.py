"""`client.credit_notes` (generated from the operations table; do not edit)."""

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
    GetCreditNotes,
    GetCreditNotesCreditNoteLines,
    GetCreditNotesId,
    GetCreditNotesPreview,
    GetCreditNotesPreviewLines,
    PostCreditNotes,
    PostCreditNotesId,
    PostCreditNotesIdVoid,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import credit_note as models_credit_note
    from ..params import credit_notes as params_credit_notes


class CreditNotes(SyncAPIResource):
    """Credit notes: lower, refund or correct a finalized invoice."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_credit_notes.CreditNoteListParams],
    ) -> SyncPager[models_credit_note.CreditNote]:
        """Every matching credit note, newest first, page by page.

        Args:
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            customer (str): Only credit notes of this customer id.
            customer_account (str): Only credit notes of the customer that this Account id represents.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice (str): Only credit notes of this invoice id.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[CreditNote]: iterate it for every match, one CreditNote at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetCreditNotes,
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
        **params: Unpack[params_credit_notes.CreditNoteCreateParams],
    ) -> models_credit_note.CreditNote:
        """Issue a credit note on a finalized invoice: it lowers what is owed, or credits a payment.

        Args:
            amount (int): Total to credit in the smallest currency unit, when not given by `lines`.
            credit_amount (int): Part of the total added to the customer's credit balance.
            effective_at (int): Unix timestamp printed as the date of issue; the creation time when omitted.
            email_type (Literal['credit_note', 'none']): Whether the customer is emailed the credit note (`credit_note`) or not (`none`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice (str, required): Id of the finalized invoice being credited.
            lines (list[Line]): Invoice lines or custom amounts to credit, each with its own amount or quantity.
            memo (str): Note printed on the credit note.
            metadata (Mapping[str, str]): Your own key-value pairs stored on the object.
            out_of_band_amount (int): Part of the total settled outside Stripe.
            reason (Literal['duplicate', 'fraudulent', 'order_change', 'product_unsatisfactory']): Why the credit is given, such as a duplicate charge or a changed order.
            refund_amount (int): Part of the total refunded to the invoice's payment.
            refunds (list[Refund]): Existing refunds to link to the credit note, with how much of each applies.
            shipping_cost (ShippingCost): Shipping rate of the invoice to credit as well.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            CreditNote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostCreditNotes,
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

    def preview(
        self,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_credit_notes.CreditNotePreviewParams],
    ) -> models_credit_note.CreditNote:
        """The credit note these parameters would issue, without issuing it.

        Args:
            amount (int): Total to credit in the smallest currency unit, when not given by `lines`.
            credit_amount (int): Part of the total added to the customer's credit balance.
            effective_at (int): Unix timestamp printed as the date of issue; the creation time when omitted.
            email_type (Literal['credit_note', 'none']): Whether the customer is emailed the credit note (`credit_note`) or not (`none`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice (str, required): Id of the finalized invoice being credited.
            lines (list[Line]): Invoice lines or custom amounts to credit, each with its own amount or quantity.
            memo (str): Note printed on the credit note.
            metadata (Mapping[str, str]): Your own key-value pairs stored on the object.
            out_of_band_amount (int): Part of the total settled outside Stripe.
            reason (Literal['duplicate', 'fraudulent', 'order_change', 'product_unsatisfactory']): Why the credit is given, such as a duplicate charge or a changed order.
            refund_amount (int): Part of the total refunded to the invoice's payment.
            refunds (list[Refund]): Existing refunds to link to the credit note, with how much of each applies.
            shipping_cost (ShippingCost): Shipping rate of the invoice to credit as well.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            CreditNote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            GetCreditNotesPreview,
            {},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def preview_lines(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_credit_notes.CreditNotePreviewLinesParams],
    ) -> SyncPager[models_credit_note.CreditNoteLineItem]:
        """The lines of a previewed credit note, page by page.

        Args:
            amount (int): Total to credit in the smallest currency unit, when not given by `lines`.
            credit_amount (int): Part of the total added to the customer's credit balance.
            effective_at (int): Unix timestamp printed as the date of issue; the creation time when omitted.
            email_type (Literal['credit_note', 'none']): Whether the customer is emailed the credit note (`credit_note`) or not (`none`).
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice (str, required): Id of the finalized invoice being credited.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            lines (list[Line]): Invoice lines or custom amounts to credit, each with its own amount or quantity.
            memo (str): Note printed on the credit note.
            metadata (Mapping[str, str]): Your own key-value pairs stored on the object.
            out_of_band_amount (int): Part of the total settled outside Stripe.
            reason (Literal['duplicate', 'fraudulent', 'order_change', 'product_unsatisfactory']): Why the credit is given, such as a duplicate charge or a changed order.
            refund_amount (int): Part of the total refunded to the invoice's payment.
            refunds (list[Refund]): Existing refunds to link to the credit note, with how much of each applies.
            shipping_cost (ShippingCost): Shipping rate of the invoice to credit as well.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[CreditNoteLineItem]: iterate it for every match, one CreditNoteLineItem at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetCreditNotesPreviewLines,
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

    def list_lines(
        self,
        credit_note: str,
        /,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_credit_notes.CreditNoteListLinesParams],
    ) -> SyncPager[models_credit_note.CreditNoteLineItem]:
        """Every line of a credit note, page by page.

        Args:
            credit_note (str, required): Id of the credit note (starts with `cn_`).
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
            SyncPager[CreditNoteLineItem]: iterate it for every match, one CreditNoteLineItem at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetCreditNotesCreditNoteLines,
            {"credit_note": credit_note},
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
        id: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_credit_notes.CreditNoteRetrieveParams],
    ) -> models_credit_note.CreditNote:
        """Fetch one credit note by its id.

        Args:
            id (str, required): Id of the credit note (starts with `cn_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            CreditNote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            GetCreditNotesId,
            {"id": id},
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
        id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_credit_notes.CreditNoteUpdateParams],
    ) -> models_credit_note.CreditNote:
        """Change a credit note's memo or metadata.

        Args:
            id (str, required): Id of the credit note (starts with `cn_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            memo (str): Note printed on the credit note.
            metadata (Mapping[str, str]): Your own key-value pairs stored on the object.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            CreditNote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostCreditNotesId,
            {"id": id},
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
        id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_credit_notes.CreditNoteVoidParams],
    ) -> models_credit_note.CreditNote:
        """Void a credit note: the invoice and the customer's balance get back what it took.

        Args:
            id (str, required): Id of the credit note (starts with `cn_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            CreditNote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostCreditNotesIdVoid,
            {"id": id},
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


class AsyncCreditNotes(AsyncAPIResource):
    """Credit notes: lower, refund or correct a finalized invoice."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_credit_notes.CreditNoteListParams],
    ) -> AsyncPager[models_credit_note.CreditNote]:
        """Every matching credit note, newest first, page by page.

        Args:
            created (RangeQuerySpecs | int): Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds.
            customer (str): Only credit notes of this customer id.
            customer_account (str): Only credit notes of the customer that this Account id represents.
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice (str): Only credit notes of this invoice id.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[CreditNote]: iterate it for every match, one CreditNote at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetCreditNotes,
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
        **params: Unpack[params_credit_notes.CreditNoteCreateParams],
    ) -> models_credit_note.CreditNote:
        """Issue a credit note on a finalized invoice: it lowers what is owed, or credits a payment.

        Args:
            amount (int): Total to credit in the smallest currency unit, when not given by `lines`.
            credit_amount (int): Part of the total added to the customer's credit balance.
            effective_at (int): Unix timestamp printed as the date of issue; the creation time when omitted.
            email_type (Literal['credit_note', 'none']): Whether the customer is emailed the credit note (`credit_note`) or not (`none`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice (str, required): Id of the finalized invoice being credited.
            lines (list[Line]): Invoice lines or custom amounts to credit, each with its own amount or quantity.
            memo (str): Note printed on the credit note.
            metadata (Mapping[str, str]): Your own key-value pairs stored on the object.
            out_of_band_amount (int): Part of the total settled outside Stripe.
            reason (Literal['duplicate', 'fraudulent', 'order_change', 'product_unsatisfactory']): Why the credit is given, such as a duplicate charge or a changed order.
            refund_amount (int): Part of the total refunded to the invoice's payment.
            refunds (list[Refund]): Existing refunds to link to the credit note, with how much of each applies.
            shipping_cost (ShippingCost): Shipping rate of the invoice to credit as well.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            CreditNote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostCreditNotes,
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

    async def preview(
        self,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_credit_notes.CreditNotePreviewParams],
    ) -> models_credit_note.CreditNote:
        """The credit note these parameters would issue, without issuing it.

        Args:
            amount (int): Total to credit in the smallest currency unit, when not given by `lines`.
            credit_amount (int): Part of the total added to the customer's credit balance.
            effective_at (int): Unix timestamp printed as the date of issue; the creation time when omitted.
            email_type (Literal['credit_note', 'none']): Whether the customer is emailed the credit note (`credit_note`) or not (`none`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice (str, required): Id of the finalized invoice being credited.
            lines (list[Line]): Invoice lines or custom amounts to credit, each with its own amount or quantity.
            memo (str): Note printed on the credit note.
            metadata (Mapping[str, str]): Your own key-value pairs stored on the object.
            out_of_band_amount (int): Part of the total settled outside Stripe.
            reason (Literal['duplicate', 'fraudulent', 'order_change', 'product_unsatisfactory']): Why the credit is given, such as a duplicate charge or a changed order.
            refund_amount (int): Part of the total refunded to the invoice's payment.
            refunds (list[Refund]): Existing refunds to link to the credit note, with how much of each applies.
            shipping_cost (ShippingCost): Shipping rate of the invoice to credit as well.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            CreditNote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            GetCreditNotesPreview,
            {},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def preview_lines(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_credit_notes.CreditNotePreviewLinesParams],
    ) -> AsyncPager[models_credit_note.CreditNoteLineItem]:
        """The lines of a previewed credit note, page by page.

        Args:
            amount (int): Total to credit in the smallest currency unit, when not given by `lines`.
            credit_amount (int): Part of the total added to the customer's credit balance.
            effective_at (int): Unix timestamp printed as the date of issue; the creation time when omitted.
            email_type (Literal['credit_note', 'none']): Whether the customer is emailed the credit note (`credit_note`) or not (`none`).
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            invoice (str, required): Id of the finalized invoice being credited.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            lines (list[Line]): Invoice lines or custom amounts to credit, each with its own amount or quantity.
            memo (str): Note printed on the credit note.
            metadata (Mapping[str, str]): Your own key-value pairs stored on the object.
            out_of_band_amount (int): Part of the total settled outside Stripe.
            reason (Literal['duplicate', 'fraudulent', 'order_change', 'product_unsatisfactory']): Why the credit is given, such as a duplicate charge or a changed order.
            refund_amount (int): Part of the total refunded to the invoice's payment.
            refunds (list[Refund]): Existing refunds to link to the credit note, with how much of each applies.
            shipping_cost (ShippingCost): Shipping rate of the invoice to credit as well.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[CreditNoteLineItem]: iterate it for every match, one CreditNoteLineItem at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetCreditNotesPreviewLines,
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

    def list_lines(
        self,
        credit_note: str,
        /,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_credit_notes.CreditNoteListLinesParams],
    ) -> AsyncPager[models_credit_note.CreditNoteLineItem]:
        """Every line of a credit note, page by page.

        Args:
            credit_note (str, required): Id of the credit note (starts with `cn_`).
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
            AsyncPager[CreditNoteLineItem]: iterate it for every match, one CreditNoteLineItem at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetCreditNotesCreditNoteLines,
            {"credit_note": credit_note},
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
        id: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_credit_notes.CreditNoteRetrieveParams],
    ) -> models_credit_note.CreditNote:
        """Fetch one credit note by its id.

        Args:
            id (str, required): Id of the credit note (starts with `cn_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            CreditNote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            GetCreditNotesId,
            {"id": id},
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
        id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_credit_notes.CreditNoteUpdateParams],
    ) -> models_credit_note.CreditNote:
        """Change a credit note's memo or metadata.

        Args:
            id (str, required): Id of the credit note (starts with `cn_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            memo (str): Note printed on the credit note.
            metadata (Mapping[str, str]): Your own key-value pairs stored on the object.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            CreditNote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostCreditNotesId,
            {"id": id},
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
        id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_credit_notes.CreditNoteVoidParams],
    ) -> models_credit_note.CreditNote:
        """Void a credit note: the invoice and the customer's balance get back what it took.

        Args:
            id (str, required): Id of the credit note (starts with `cn_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            CreditNote: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostCreditNotesIdVoid,
            {"id": id},
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


class CreditNotesWithRawResponse:
    """`with_raw_response` for CreditNotes: the same methods, returning RawResponse."""

    def __init__(self, resource: CreditNotes) -> None:
        self.list = raw_first_page(resource.list, GetCreditNotes)
        self.create = raw(resource.create)
        self.preview = raw(resource.preview)
        self.preview_lines = raw_first_page(resource.preview_lines, GetCreditNotesPreviewLines)
        self.list_lines = raw_first_page(resource.list_lines, GetCreditNotesCreditNoteLines)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.void = raw(resource.void)


class AsyncCreditNotesWithRawResponse:
    """`with_raw_response` for CreditNotes: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncCreditNotes) -> None:
        self.list = async_raw_first_page(resource.list, GetCreditNotes)
        self.create = async_raw(resource.create)
        self.preview = async_raw(resource.preview)
        self.preview_lines = async_raw_first_page(
            resource.preview_lines, GetCreditNotesPreviewLines
        )
        self.list_lines = async_raw_first_page(resource.list_lines, GetCreditNotesCreditNoteLines)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
        self.void = async_raw(resource.void)
