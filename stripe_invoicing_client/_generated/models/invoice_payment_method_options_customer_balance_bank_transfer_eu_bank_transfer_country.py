from typing import Literal

InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferCountry = Literal[
    "BE", "DE", "ES", "FR", "IE", "NL"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICE_PAYMENT_METHOD_OPTIONS_CUSTOMER_BALANCE_BANK_TRANSFER_EU_BANK_TRANSFER_COUNTRY_VALUES: frozenset[
    str
] = frozenset(
    {
        "BE",
        "DE",
        "ES",
        "FR",
        "IE",
        "NL",
    }
)
