from typing import Literal

InvoiceCustomerTaxExempt = Literal["exempt", "none", "reverse"]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICE_CUSTOMER_TAX_EXEMPT_VALUES: frozenset[str] = frozenset(
    {
        "exempt",
        "none",
        "reverse",
    }
)
