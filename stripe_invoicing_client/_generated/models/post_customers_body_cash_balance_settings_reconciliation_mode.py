from typing import Literal

PostCustomersBodyCashBalanceSettingsReconciliationMode = Literal[
    "automatic", "manual", "merchant_default"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_CUSTOMERS_BODY_CASH_BALANCE_SETTINGS_RECONCILIATION_MODE_VALUES: frozenset[str] = frozenset(
    {
        "automatic",
        "manual",
        "merchant_default",
    }
)
