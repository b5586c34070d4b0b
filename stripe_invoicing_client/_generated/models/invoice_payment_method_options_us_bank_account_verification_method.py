from typing import Literal

InvoicePaymentMethodOptionsUsBankAccountVerificationMethod = Literal[
    "automatic", "instant", "microdeposits"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
