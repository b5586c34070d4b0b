from typing import Literal

PostInvoicesBodyPaymentSettingsPaymentMethodOptionsUpiType0MandateOptionsAmountType = Literal[
    "fixed", "maximum"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_UPI_TYPE_0_MANDATE_OPTIONS_AMOUNT_TYPE_VALUES: frozenset[
    str
] = frozenset(
    {
        "fixed",
        "maximum",
    }
)
