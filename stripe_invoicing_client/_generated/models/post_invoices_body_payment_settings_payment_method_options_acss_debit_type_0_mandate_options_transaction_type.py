from typing import Literal

PostInvoicesBodyPaymentSettingsPaymentMethodOptionsAcssDebitType0MandateOptionsTransactionType = (
    Literal["business", "personal"]
)
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_ACSS_DEBIT_TYPE_0_MANDATE_OPTIONS_TRANSACTION_TYPE_VALUES: frozenset[
    str
] = frozenset(
    {
        "business",
        "personal",
    }
)
