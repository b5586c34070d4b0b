from typing import Literal

PostInvoiceitemsBodyTaxBehavior = Literal["exclusive", "inclusive", "unspecified"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICEITEMS_BODY_TAX_BEHAVIOR_VALUES: frozenset[str] = frozenset(
    {
        "exclusive",
        "inclusive",
        "unspecified",
    }
)
