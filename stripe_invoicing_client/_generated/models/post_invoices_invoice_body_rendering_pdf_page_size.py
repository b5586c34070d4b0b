from typing import Literal

PostInvoicesInvoiceBodyRenderingPdfPageSize = Literal["a4", "auto", "letter"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_BODY_RENDERING_PDF_PAGE_SIZE_VALUES: frozenset[str] = frozenset(
    {
        "a4",
        "auto",
        "letter",
    }
)
