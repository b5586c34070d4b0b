from typing import Literal

InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPrefetchType0Item = Literal[
    "balances", "ownership", "transactions"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
