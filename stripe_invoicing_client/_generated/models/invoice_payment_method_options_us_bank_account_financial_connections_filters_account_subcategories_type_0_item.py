from typing import Literal

InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsFiltersAccountSubcategoriesType0Item = (
    Literal["checking", "savings"]
)
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICE_PAYMENT_METHOD_OPTIONS_US_BANK_ACCOUNT_FINANCIAL_CONNECTIONS_FILTERS_ACCOUNT_SUBCATEGORIES_TYPE_0_ITEM_VALUES: frozenset[
    str
] = frozenset(
    {
        "checking",
        "savings",
    }
)
