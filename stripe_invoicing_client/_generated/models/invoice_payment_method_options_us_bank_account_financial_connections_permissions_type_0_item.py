from typing import Literal

InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPermissionsType0Item = Literal[
    "balances", "ownership", "payment_method", "transactions"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICE_PAYMENT_METHOD_OPTIONS_US_BANK_ACCOUNT_FINANCIAL_CONNECTIONS_PERMISSIONS_TYPE_0_ITEM_VALUES: frozenset[
    str
] = frozenset(
    {
        "balances",
        "ownership",
        "payment_method",
        "transactions",
    }
)
