from typing import Literal

PostInvoicesInvoicePayBodyMandateType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_PAY_BODY_MANDATE_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
