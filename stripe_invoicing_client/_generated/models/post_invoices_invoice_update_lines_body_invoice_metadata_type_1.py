from typing import Literal

PostInvoicesInvoiceUpdateLinesBodyInvoiceMetadataType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_UPDATE_LINES_BODY_INVOICE_METADATA_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
