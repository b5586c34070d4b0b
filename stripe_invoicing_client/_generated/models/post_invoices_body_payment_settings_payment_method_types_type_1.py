from typing import Literal

PostInvoicesBodyPaymentSettingsPaymentMethodTypesType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_TYPES_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
