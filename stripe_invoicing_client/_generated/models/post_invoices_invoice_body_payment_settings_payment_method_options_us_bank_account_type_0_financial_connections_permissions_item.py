from typing import Literal

PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsUsBankAccountType0FinancialConnectionsPermissionsItem = Literal[
    "balances", "ownership", "payment_method", "transactions"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
