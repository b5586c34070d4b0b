from typing import Literal

PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsPaytoType0MandateOptionsPurpose = Literal[
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
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_PAYTO_TYPE_0_MANDATE_OPTIONS_PURPOSE_VALUES: frozenset[
    str
] = frozenset(
    {
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
    }
)
