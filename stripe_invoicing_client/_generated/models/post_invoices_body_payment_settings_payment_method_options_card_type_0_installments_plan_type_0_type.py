from typing import Literal

PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType0InstallmentsPlanType0Type = Literal[
    "bonus", "fixed_count", "revolving"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
