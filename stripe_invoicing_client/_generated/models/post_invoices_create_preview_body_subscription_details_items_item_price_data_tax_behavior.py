from typing import Literal

PostInvoicesCreatePreviewBodySubscriptionDetailsItemsItemPriceDataTaxBehavior = Literal[
    "exclusive", "inclusive", "unspecified"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SUBSCRIPTION_DETAILS_ITEMS_ITEM_PRICE_DATA_TAX_BEHAVIOR_VALUES: frozenset[
    str
] = frozenset(
    {
        "exclusive",
        "inclusive",
        "unspecified",
    }
)
