from typing import Literal

InvoicePaymentMethodOptionsUsBankAccountFinancialConnectionsPermissionsType0Item = Literal[
    "balances", "ownership", "payment_method", "transactions"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
