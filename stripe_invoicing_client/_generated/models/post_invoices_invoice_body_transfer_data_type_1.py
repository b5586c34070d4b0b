from typing import Literal

PostInvoicesInvoiceBodyTransferDataType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_BODY_TRANSFER_DATA_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
