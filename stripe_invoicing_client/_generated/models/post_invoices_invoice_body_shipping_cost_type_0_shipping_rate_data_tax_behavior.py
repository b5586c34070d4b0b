from typing import Literal

PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataTaxBehavior = Literal[
    "exclusive", "inclusive", "unspecified"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_BODY_SHIPPING_COST_TYPE_0_SHIPPING_RATE_DATA_TAX_BEHAVIOR_VALUES: frozenset[
    str
] = frozenset(
    {
        "exclusive",
        "inclusive",
        "unspecified",
    }
)
