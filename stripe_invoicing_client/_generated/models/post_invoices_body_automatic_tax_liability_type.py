from typing import Literal

PostInvoicesBodyAutomaticTaxLiabilityType = Literal["account", "self"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_AUTOMATIC_TAX_LIABILITY_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "account",
        "self",
    }
)
