from typing import Literal

PostInvoicesInvoiceBodyShippingCostType0ShippingRateDataType = Literal["fixed_amount"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_BODY_SHIPPING_COST_TYPE_0_SHIPPING_RATE_DATA_TYPE_VALUES: frozenset[str] = (
    frozenset(
        {
            "fixed_amount",
        }
    )
)
