from typing import Literal

InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPrefetchType0Item = Literal[
    "balances", "ownership", "transactions"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICE_PAYMENT_METHOD_OPTIONS_US_BANK_ACCOUNT_FINANCIAL_CONNECTIONS_PREFETCH_TYPE_0_ITEM_VALUES: frozenset[
    str
] = frozenset(
    {
        "balances",
        "ownership",
        "transactions",
    }
)
