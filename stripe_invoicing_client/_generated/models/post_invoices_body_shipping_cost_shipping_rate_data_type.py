from typing import Literal

PostInvoicesBodyShippingCostShippingRateDataType = Literal["fixed_amount"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_SHIPPING_COST_SHIPPING_RATE_DATA_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "fixed_amount",
    }
)
