from typing import Literal

InvoicePaymentMethodOptionsAcssDebitMandateOptionsTransactionType = Literal["business", "personal"]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICE_PAYMENT_METHOD_OPTIONS_ACSS_DEBIT_MANDATE_OPTIONS_TRANSACTION_TYPE_VALUES: frozenset[
    str
] = frozenset(
    {
        "business",
        "personal",
    }
)
