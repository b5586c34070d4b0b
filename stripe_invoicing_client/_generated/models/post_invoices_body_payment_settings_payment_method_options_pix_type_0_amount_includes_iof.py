from typing import Literal

PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPixType0AmountIncludesIof = Literal[
    "always", "never"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_PIX_TYPE_0_AMOUNT_INCLUDES_IOF_VALUES: frozenset[
    str
] = frozenset(
    {
        "always",
        "never",
    }
)
