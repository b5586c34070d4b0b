"""`client.credit_notes` (generated from the operations table; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._operations import Operation
from ..._options import RequestOptions
from ..._resource import (
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

    from ..._pagination import AsyncPager, SyncPager
    from ..models.credit_note import CreditNote, CreditNoteLineItem, CreditNoteLines
    from ..models.pages import GetCreditNotesResponse200
    from ..params.credit_notes import (
        CreditNoteCreateParams,
        CreditNoteListLinesParams,
        CreditNoteListParams,
        CreditNotePreviewLinesParams,
        CreditNotePreviewParams,
        CreditNoteRetrieveParams,
        CreditNoteUpdateParams,
        CreditNoteVoidParams,
    )

LIST: Operation[GetCreditNotesResponse200] = Operation("GetCreditNotes")
CREATE: Operation[CreditNote] = Operation("PostCreditNotes")
PREVIEW: Operation[CreditNote] = Operation("GetCreditNotesPreview")
PREVIEW_LINES: Operation[CreditNoteLines] = Operation("GetCreditNotesPreviewLines")
LIST_LINES: Operation[CreditNoteLines] = Operation("GetCreditNotesCreditNoteLines")
RETRIEVE: Operation[CreditNote] = Operation("GetCreditNotesId")
UPDATE: Operation[CreditNote] = Operation("PostCreditNotesId")
VOID: Operation[CreditNote] = Operation("PostCreditNotesIdVoid")


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
        **params: Unpack[CreditNoteListParams],
    ) -> SyncPager[CreditNote]:
        """Every matching credit note, newest first, page by page."""
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

    def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[CreditNoteCreateParams],
    ) -> CreditNote:
        """Issue a credit note on a finalized invoice: it lowers what is owed, or credits a payment."""
        return self._call(
            CREATE,
            {},
            params,
            RequestOptions(
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
        **params: Unpack[CreditNotePreviewParams],
    ) -> CreditNote:
        """The credit note these parameters would issue, without issuing it."""
        return self._call(
            PREVIEW,
            {},
            params,
            RequestOptions(
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
        **params: Unpack[CreditNotePreviewLinesParams],
    ) -> SyncPager[CreditNoteLineItem]:
        """The lines of a previewed credit note, page by page."""
        return self._pager(
            PREVIEW_LINES,
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
        **params: Unpack[CreditNoteListLinesParams],
    ) -> SyncPager[CreditNoteLineItem]:
        """Every line of a credit note, page by page."""
        return self._pager(
            LIST_LINES,
            {"credit_note": credit_note},
            params,
            max_items,
            RequestOptions(
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
        **params: Unpack[CreditNoteRetrieveParams],
    ) -> CreditNote:
        """Fetch one credit note by its id."""
        return self._call(
            RETRIEVE,
            {"id": id},
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
        id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[CreditNoteUpdateParams],
    ) -> CreditNote:
        """Change a credit note's memo or metadata."""
        return self._call(
            UPDATE,
            {"id": id},
            params,
            RequestOptions(
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
        **params: Unpack[CreditNoteVoidParams],
    ) -> CreditNote:
        """Void a credit note: the invoice and the customer's balance get back what it took."""
        return self._call(
            VOID,
            {"id": id},
            params,
            RequestOptions(
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
        **params: Unpack[CreditNoteListParams],
    ) -> AsyncPager[CreditNote]:
        """Every matching credit note, newest first, page by page."""
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

    async def create(
        self,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[CreditNoteCreateParams],
    ) -> CreditNote:
        """Issue a credit note on a finalized invoice: it lowers what is owed, or credits a payment."""
        return await self._call(
            CREATE,
            {},
            params,
            RequestOptions(
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
        **params: Unpack[CreditNotePreviewParams],
    ) -> CreditNote:
        """The credit note these parameters would issue, without issuing it."""
        return await self._call(
            PREVIEW,
            {},
            params,
            RequestOptions(
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
        **params: Unpack[CreditNotePreviewLinesParams],
    ) -> AsyncPager[CreditNoteLineItem]:
        """The lines of a previewed credit note, page by page."""
        return self._pager(
            PREVIEW_LINES,
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
        **params: Unpack[CreditNoteListLinesParams],
    ) -> AsyncPager[CreditNoteLineItem]:
        """Every line of a credit note, page by page."""
        return self._pager(
            LIST_LINES,
            {"credit_note": credit_note},
            params,
            max_items,
            RequestOptions(
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
        **params: Unpack[CreditNoteRetrieveParams],
    ) -> CreditNote:
        """Fetch one credit note by its id."""
        return await self._call(
            RETRIEVE,
            {"id": id},
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
        id: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[CreditNoteUpdateParams],
    ) -> CreditNote:
        """Change a credit note's memo or metadata."""
        return await self._call(
            UPDATE,
            {"id": id},
            params,
            RequestOptions(
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
        **params: Unpack[CreditNoteVoidParams],
    ) -> CreditNote:
        """Void a credit note: the invoice and the customer's balance get back what it took."""
        return await self._call(
            VOID,
            {"id": id},
            params,
            RequestOptions(
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
        self.list = raw_first_page(resource.list, LIST)
        self.create = raw(resource.create)
        self.preview = raw(resource.preview)
        self.preview_lines = raw_first_page(resource.preview_lines, PREVIEW_LINES)
        self.list_lines = raw_first_page(resource.list_lines, LIST_LINES)
        self.retrieve = raw(resource.retrieve)
        self.update = raw(resource.update)
        self.void = raw(resource.void)


class AsyncCreditNotesWithRawResponse:
    """`with_raw_response` for CreditNotes: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncCreditNotes) -> None:
        self.list = async_raw_first_page(resource.list, LIST)
        self.create = async_raw(resource.create)
        self.preview = async_raw(resource.preview)
        self.preview_lines = async_raw_first_page(resource.preview_lines, PREVIEW_LINES)
        self.list_lines = async_raw_first_page(resource.list_lines, LIST_LINES)
        self.retrieve = async_raw(resource.retrieve)
        self.update = async_raw(resource.update)
        self.void = async_raw(resource.void)
