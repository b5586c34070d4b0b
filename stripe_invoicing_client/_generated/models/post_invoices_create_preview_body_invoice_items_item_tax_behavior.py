from typing import Literal

PostInvoicesCreatePreviewBodyInvoiceItemsItemTaxBehavior = Literal[
    "exclusive", "inclusive", "unspecified"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_INVOICE_ITEMS_ITEM_TAX_BEHAVIOR_VALUES: frozenset[str] = (
    frozenset(
        {
            "exclusive",
            "inclusive",
            "unspecified",
        }
    )
)
