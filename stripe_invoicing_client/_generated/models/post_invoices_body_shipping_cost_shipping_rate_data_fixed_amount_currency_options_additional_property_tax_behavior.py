from typing import Literal

PostInvoicesBodyShippingCostShippingRateDataFixedAmountCurrencyOptionsAdditionalPropertyTaxBehavior = Literal[
    "exclusive", "inclusive", "unspecified"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_SHIPPING_COST_SHIPPING_RATE_DATA_FIXED_AMOUNT_CURRENCY_OPTIONS_ADDITIONAL_PROPERTY_TAX_BEHAVIOR_VALUES: frozenset[
    str
] = frozenset(
    {
        "exclusive",
        "inclusive",
        "unspecified",
    }
)
