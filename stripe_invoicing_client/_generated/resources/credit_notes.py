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
        """Every matching credit note, newest first, page by page."""
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
        """Issue a credit note on a finalized invoice: it lowers what is owed, or credits a payment."""
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
        """The credit note these parameters would issue, without issuing it."""
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
        """The lines of a previewed credit note, page by page."""
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
        """Every line of a credit note, page by page."""
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
        """Fetch one credit note by its id."""
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
        """Change a credit note's memo or metadata."""
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
        """Void a credit note: the invoice and the customer's balance get back what it took."""
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
        """Every matching credit note, newest first, page by page."""
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
        """Issue a credit note on a finalized invoice: it lowers what is owed, or credits a payment."""
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
        """The credit note these parameters would issue, without issuing it."""
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
        """The lines of a previewed credit note, page by page."""
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
        """Every line of a credit note, page by page."""
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
        """Fetch one credit note by its id."""
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
        """Change a credit note's memo or metadata."""
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
        """Void a credit note: the invoice and the customer's balance get back what it took."""
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
