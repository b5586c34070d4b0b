from typing import Literal

InvoicePaymentMethodOptionsCustomerBalanceFundingType = Literal["bank_transfer"]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICE_PAYMENT_METHOD_OPTIONS_CUSTOMER_BALANCE_FUNDING_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "bank_transfer",
    }
)
