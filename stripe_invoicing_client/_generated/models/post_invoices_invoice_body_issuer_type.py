from typing import Literal

PostInvoicesInvoiceBodyIssuerType = Literal["account", "self"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_BODY_ISSUER_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "account",
        "self",
    }
)
