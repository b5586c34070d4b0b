from typing import Literal

PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0VerificationMethod = Literal[
    "automatic", "instant", "microdeposits"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_US_BANK_ACCOUNT_TYPE_0_VERIFICATION_METHOD_VALUES: frozenset[
    str
] = frozenset(
    {
        "automatic",
        "instant",
        "microdeposits",
    }
)
