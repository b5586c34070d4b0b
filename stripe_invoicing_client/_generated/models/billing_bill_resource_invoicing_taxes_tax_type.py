from typing import Literal

BillingBillResourceInvoicingTaxesTaxType = Literal["tax_rate_details"]
"""Values known to this client. A value from a newer API version is kept as it is."""

BILLING_BILL_RESOURCE_INVOICING_TAXES_TAX_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "tax_rate_details",
    }
)
