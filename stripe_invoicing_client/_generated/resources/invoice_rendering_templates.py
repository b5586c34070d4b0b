"""`client.invoice_rendering_templates` (generated from the operations table; do not edit)."""

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
    GetInvoiceRenderingTemplates,
    GetInvoiceRenderingTemplatesTemplate,
    PostInvoiceRenderingTemplatesTemplateArchive,
    PostInvoiceRenderingTemplatesTemplateUnarchive,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    import httpx
    from typing_extensions import Unpack

    from ..._core.pagination import AsyncPager, SyncPager
    from ..models import shared as models_shared
    from ..params import invoice_rendering_templates as params_invoice_rendering_templates


class InvoiceRenderingTemplates(SyncAPIResource):
    """Invoice rendering templates: Dashboard-made PDF layouts for invoices and customers."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_invoice_rendering_templates.InvoiceRenderingTemplateListParams],
    ) -> SyncPager[models_shared.InvoiceRenderingTemplate]:
        """Every invoice rendering template (of one status, say), newest first, page by page.

        Args:
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.
            status (Literal['active', 'archived']): Only templates in this status.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            SyncPager[InvoiceRenderingTemplate]: iterate it for every match, one InvoiceRenderingTemplate at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetInvoiceRenderingTemplates,
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
        template: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_invoice_rendering_templates.InvoiceRenderingTemplateRetrieveParams],
    ) -> models_shared.InvoiceRenderingTemplate:
        """Fetch one invoice rendering template, as its latest version or an older one.

        Args:
            template (str, required): Id of the invoice rendering template (starts with `inrtem_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            version (int): The version to fetch; the latest one when omitted.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            InvoiceRenderingTemplate: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            GetInvoiceRenderingTemplatesTemplate,
            {"template": template},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    def archive(
        self,
        template: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoice_rendering_templates.InvoiceRenderingTemplateArchiveParams],
    ) -> models_shared.InvoiceRenderingTemplate:
        """Archive a template: new invoices and customers can no longer name it.

        Args:
            template (str, required): Id of the invoice rendering template (starts with `inrtem_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            InvoiceRenderingTemplate: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostInvoiceRenderingTemplatesTemplateArchive,
            {"template": template},
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

    def unarchive(
        self,
        template: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[
            params_invoice_rendering_templates.InvoiceRenderingTemplateUnarchiveParams
        ],
    ) -> models_shared.InvoiceRenderingTemplate:
        """Make an archived template usable on new invoices and customers again.

        Args:
            template (str, required): Id of the invoice rendering template (starts with `inrtem_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            InvoiceRenderingTemplate: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._call(
            PostInvoiceRenderingTemplatesTemplateUnarchive,
            {"template": template},
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


class AsyncInvoiceRenderingTemplates(AsyncAPIResource):
    """Invoice rendering templates: Dashboard-made PDF layouts for invoices and customers."""

    def list(
        self,
        *,
        max_items: int | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_invoice_rendering_templates.InvoiceRenderingTemplateListParams],
    ) -> AsyncPager[models_shared.InvoiceRenderingTemplate]:
        """Every invoice rendering template (of one status, say), newest first, page by page.

        Args:
            ending_before (str): Object id to page backwards from: the page ends with the object listed right before it.
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            limit (int): How many objects to return on one page, from 1 to 100; 10 when omitted.
            starting_after (str): Object id to page forwards from: the page begins with the object listed right after it.
            status (Literal['active', 'archived']): Only templates in this status.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            AsyncPager[InvoiceRenderingTemplate]: iterate it for every match, one InvoiceRenderingTemplate at a time; pages are fetched as needed (`max_items` caps the count).

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request.
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return self._pager(
            GetInvoiceRenderingTemplates,
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
        template: str,
        /,
        *,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        **params: Unpack[params_invoice_rendering_templates.InvoiceRenderingTemplateRetrieveParams],
    ) -> models_shared.InvoiceRenderingTemplate:
        """Fetch one invoice rendering template, as its latest version or an older one.

        Args:
            template (str, required): Id of the invoice rendering template (starts with `inrtem_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.
            version (int): The version to fetch; the latest one when omitted.

        Per-call options:
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.

        Returns:
            InvoiceRenderingTemplate: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            GetInvoiceRenderingTemplatesTemplate,
            {"template": template},
            params,
            request_options(
                total_timeout=total_timeout,
                timeout=timeout,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
        )

    async def archive(
        self,
        template: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[params_invoice_rendering_templates.InvoiceRenderingTemplateArchiveParams],
    ) -> models_shared.InvoiceRenderingTemplate:
        """Archive a template: new invoices and customers can no longer name it.

        Args:
            template (str, required): Id of the invoice rendering template (starts with `inrtem_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            InvoiceRenderingTemplate: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostInvoiceRenderingTemplatesTemplateArchive,
            {"template": template},
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

    async def unarchive(
        self,
        template: str,
        /,
        *,
        idempotency_key: str | None = None,
        total_timeout: float | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        **params: Unpack[
            params_invoice_rendering_templates.InvoiceRenderingTemplateUnarchiveParams
        ],
    ) -> models_shared.InvoiceRenderingTemplate:
        """Make an archived template usable on new invoices and customers again.

        Args:
            template (str, required): Id of the invoice rendering template (starts with `inrtem_`).
            expand (list[str]): Dotted paths of fields to return as full objects instead of ids.

        Per-call options:
            idempotency_key: the key every retry of this call sends (a UUID4 when omitted).
            total_timeout: seconds for the whole call, retries and waits included.
            timeout: seconds for each step of an attempt (connect, read, write).
            extra_headers: headers sent as given.
            extra_query: query parameters sent as given.
            extra_body: form fields sent as given.

        Returns:
            InvoiceRenderingTemplate: the object as Stripe answered.

        Raises:
            InvalidParameterError: a parameter was refused before anything was sent.
            InvalidRequestError: Stripe refused the request (NotFoundError: no object with that id).
            APIStatusError: any other error status (AuthenticationError, RateLimitError, ...).
            APIConnectionError: no answer after the retries (APITimeoutError, DeadlineExceededError).
        """
        return await self._call(
            PostInvoiceRenderingTemplatesTemplateUnarchive,
            {"template": template},
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


class InvoiceRenderingTemplatesWithRawResponse:
    """`with_raw_response` for InvoiceRenderingTemplates: the same methods, returning RawResponse."""

    def __init__(self, resource: InvoiceRenderingTemplates) -> None:
        self.list = raw_first_page(resource.list, GetInvoiceRenderingTemplates)
        self.retrieve = raw(resource.retrieve)
        self.archive = raw(resource.archive)
        self.unarchive = raw(resource.unarchive)


class AsyncInvoiceRenderingTemplatesWithRawResponse:
    """`with_raw_response` for InvoiceRenderingTemplates: the same methods, returning RawResponse."""

    def __init__(self, resource: AsyncInvoiceRenderingTemplates) -> None:
        self.list = async_raw_first_page(resource.list, GetInvoiceRenderingTemplates)
        self.retrieve = async_raw(resource.retrieve)
        self.archive = async_raw(resource.archive)
        self.unarchive = async_raw(resource.unarchive)
