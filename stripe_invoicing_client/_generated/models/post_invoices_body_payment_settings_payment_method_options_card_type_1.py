from typing import Literal

PostInvoicesBodyPaymentSettingsPaymentMethodOptionsCardType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_PAYMENT_SETTINGS_PAYMENT_METHOD_OPTIONS_CARD_TYPE_1_VALUES: frozenset[str] = (
    frozenset(
        {
            "",
        }
    )
)
