from typing import Literal

PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPrefetchItem = Literal[
    "balances", "ownership", "transactions"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_US_BANK_ACCOUNT_TYPE_0_FINANCIAL_CONNECTIONS_PREFETCH_ITEM_VALUES: frozenset[
    str
] = frozenset(
    {
        "balances",
        "ownership",
        "transactions",
    }
)
