from typing import Literal

PostInvoicesBodyPaymentSettingsPaymentMethodOptionsBillieType0CompanyDetailsType0RegisteredAddressType1 = Literal[
    ""
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_BILLIE_TYPE_0_COMPANY_DETAILS_TYPE_0_REGISTERED_ADDRESS_TYPE_1_VALUES: frozenset[
    str
] = frozenset(
    {
        "",
    }
)
