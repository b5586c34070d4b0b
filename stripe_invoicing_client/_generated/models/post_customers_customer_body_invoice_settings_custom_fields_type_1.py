from typing import Literal

PostCustomersCustomerBodyInvoiceSettingsCustomFieldsType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_CUSTOMERS_CUSTOMER_BODY_INVOICE_SETTINGS_CUSTOM_FIELDS_TYPE_1_VALUES: frozenset[str] = (
    frozenset(
        {
            "",
        }
    )
)
