from typing import Literal

PostInvoicesInvoiceBodyOnBehalfOfType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_BODY_ON_BEHALF_OF_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
