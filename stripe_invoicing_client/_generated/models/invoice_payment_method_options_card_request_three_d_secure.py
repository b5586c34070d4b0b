from typing import Literal

InvoicePaymentMethodOptionsCardRequestThreeDSecure = Literal["any", "automatic", "challenge"]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICE_PAYMENT_METHOD_OPTIONS_CARD_REQUEST_THREE_D_SECURE_VALUES: frozenset[str] = frozenset(
    {
        "any",
        "automatic",
        "challenge",
    }
)
