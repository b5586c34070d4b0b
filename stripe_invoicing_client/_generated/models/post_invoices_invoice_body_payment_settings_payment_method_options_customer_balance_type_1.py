from typing import Literal

PostInvoicesInvoiceBodyPaymentSettingsPaymentMethodOptionsCustomerBalanceType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_CUSTOMER_BALANCE_TYPE_1_VALUES: frozenset[
    str
] = frozenset(
    {
        "",
    }
)
