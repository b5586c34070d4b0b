from typing import Literal

InvoicePaymentMethodOptionsCustomerBalanceBankTransferEuBankTransferCountry = Literal[
    "BE", "DE", "ES", "FR", "IE", "NL"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
