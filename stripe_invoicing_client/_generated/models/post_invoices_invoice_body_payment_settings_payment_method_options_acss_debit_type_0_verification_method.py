from typing import Literal

PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0VerificationMethod = (
    Literal["automatic", "instant", "microdeposits"]
)
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_ACSS_DEBIT_TYPE_0_VERIFICATION_METHOD_VALUES: frozenset[
    str
] = frozenset(
    {
        "automatic",
        "instant",
        "microdeposits",
    }
)
