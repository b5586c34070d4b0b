from typing import Literal

PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataDeliveryEstimateMinimumUnit = Literal[
    "business_day", "day", "hour", "month", "week"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_BODY_SHIPPING_COST_TYPE_0_SHIPPING_RATE_DATA_DELIVERY_ESTIMATE_MINIMUM_UNIT_VALUES: frozenset[
    str
] = frozenset(
    {
        "business_day",
        "day",
        "hour",
        "month",
        "week",
    }
)
