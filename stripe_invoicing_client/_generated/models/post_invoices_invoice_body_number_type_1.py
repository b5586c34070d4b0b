from typing import Literal

PostInvoicesInvoiceBodyNumberType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_BODY_NUMBER_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
