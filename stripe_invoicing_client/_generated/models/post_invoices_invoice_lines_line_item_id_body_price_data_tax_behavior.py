from typing import Literal

PostInvoicesInvoiceLinesLineItemIdBodyPriceDataTaxBehavior = Literal[
    "exclusive", "inclusive", "unspecified"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_LINES_LINE_ITEM_ID_BODY_PRICE_DATA_TAX_BEHAVIOR_VALUES: frozenset[str] = (
    frozenset(
        {
            "exclusive",
            "inclusive",
            "unspecified",
        }
    )
)
