from typing import Literal

PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type = Literal[
    "bonus", "fixed_count", "revolving"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_CARD_TYPE_0_INSTALLMENTS_PLAN_TYPE_0_TYPE_VALUES: frozenset[
    str
] = frozenset(
    {
        "bonus",
        "fixed_count",
        "revolving",
    }
)
