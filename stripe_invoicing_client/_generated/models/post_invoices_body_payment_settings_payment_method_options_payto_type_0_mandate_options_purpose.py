from typing import Literal

PostInvoicesBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptionsPurpose = Literal[
    "dependant_support",
    "government",
    "loan",
    "mortgage",
    "other",
    "pension",
    "personal",
    "retail",
    "salary",
    "tax",
    "utility",
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
