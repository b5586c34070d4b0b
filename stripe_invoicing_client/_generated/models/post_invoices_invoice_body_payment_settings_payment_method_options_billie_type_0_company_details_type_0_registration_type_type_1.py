from typing import Literal

PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegistrationTypeType1 = Literal[
    ""
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_BILLIE_TYPE_0_COMPANY_DETAILS_TYPE_0_REGISTRATION_TYPE_TYPE_1_VALUES: frozenset[
    str
] = frozenset(
    {
        "",
    }
)
