from typing import Literal

PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsFiltersAccountSubcategoriesItem = Literal[
    "checking", "savings"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_US_BANK_ACCOUNT_TYPE_0_FINANCIAL_CONNECTIONS_FILTERS_ACCOUNT_SUBCATEGORIES_ITEM_VALUES: frozenset[
    str
] = frozenset(
    {
        "checking",
        "savings",
    }
)
