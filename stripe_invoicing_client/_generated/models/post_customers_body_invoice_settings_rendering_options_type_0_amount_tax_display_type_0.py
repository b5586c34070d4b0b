from typing import Literal

PostCustomersBodyInvoiceSettingsRenderingOptionsType0AmountTaxDisplayType0 = Literal[
    "exclude_tax", "include_inclusive_tax"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_CUSTOMERS_BODY_INVOICE_SETTINGS_RENDERING_OPTIONS_TYPE_0_AMOUNT_TAX_DISPLAY_TYPE_0_VALUES: frozenset[
    str
] = frozenset(
    {
        "exclude_tax",
        "include_inclusive_tax",
    }
)
