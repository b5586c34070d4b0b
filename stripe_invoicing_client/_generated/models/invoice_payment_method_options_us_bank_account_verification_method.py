from typing import Literal

InvoicePaymentMethodOptionsUsBankAccountVerificationMethod = Literal[
    "automatic", "instant", "microdeposits"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICE_PAYMENT_METHOD_OPTIONS_US_BANK_ACCOUNT_VERIFICATION_METHOD_VALUES: frozenset[str] = (
    frozenset(
        {
            "automatic",
            "instant",
            "microdeposits",
        }
    )
)
