from typing import Literal

PostInvoicesInvoiceUpdateLinesBodyLinesItemPriceDataTaxBehavior = Literal[
    "exclusive", "inclusive", "unspecified"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_UPDATE_LINES_BODY_LINES_ITEM_PRICE_DATA_TAX_BEHAVIOR_VALUES: frozenset[
    str
] = frozenset(
    {
        "exclusive",
        "inclusive",
        "unspecified",
    }
)
