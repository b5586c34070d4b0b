from typing import Literal

PostCustomersBodyInvoiceSettingsRenderingOptionsType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_CUSTOMERS_BODY_INVOICE_SETTINGS_RENDERING_OPTIONS_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
