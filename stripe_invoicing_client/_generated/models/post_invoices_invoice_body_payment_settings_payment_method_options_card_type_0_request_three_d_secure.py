from typing import Literal

PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCardType0RequestThreeDSecure = Literal[
    "any", "automatic", "challenge"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_CARD_TYPE_0_REQUEST_THREE_D_SECURE_VALUES: frozenset[
    str
] = frozenset(
    {
        "any",
        "automatic",
        "challenge",
    }
)
