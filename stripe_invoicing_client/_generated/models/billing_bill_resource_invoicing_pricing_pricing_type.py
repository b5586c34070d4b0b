from typing import Literal

BillingBillResourceInvoicingPricingPricingType = Literal["price_details"]
"""Values known to this client. A value from a newer API version is kept as it is."""

BILLING_BILL_RESOURCE_INVOICING_PRICING_PRICING_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "price_details",
    }
)
