from typing import Literal

PostCustomersBodyCashBalanceSettingsReconciliationMode = Literal[
    "automatic", "manual", "merchant_default"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
