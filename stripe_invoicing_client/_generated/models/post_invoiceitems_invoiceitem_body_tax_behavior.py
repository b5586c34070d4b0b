from typing import Literal

PostInvoiceitemsInvoiceitemBodyTaxBehavior = Literal["exclusive", "inclusive", "unspecified"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICEITEMS_INVOICEITEM_BODY_TAX_BEHAVIOR_VALUES: frozenset[str] = frozenset(
    {
        "exclusive",
        "inclusive",
        "unspecified",
    }
)
