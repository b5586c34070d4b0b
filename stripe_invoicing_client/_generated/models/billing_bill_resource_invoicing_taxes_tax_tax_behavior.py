from typing import Literal

BillingBillResourceInvoicingTaxesTaxTaxBehavior = Literal["exclusive", "inclusive"]
"""Values known to this client. A value from a newer API version is kept as it is."""

BILLING_BILL_RESOURCE_INVOICING_TAXES_TAX_TAX_BEHAVIOR_VALUES: frozenset[str] = frozenset(
    {
        "exclusive",
        "inclusive",
    }
)
