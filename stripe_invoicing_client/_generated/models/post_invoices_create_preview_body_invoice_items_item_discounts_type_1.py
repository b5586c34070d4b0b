from typing import Literal

PostInvoicesCreatePreviewBodyInvoiceItemsItemDiscountsType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_INVOICE_ITEMS_ITEM_DISCOUNTS_TYPE_1_VALUES: frozenset[str] = (
    frozenset(
        {
            "",
        }
    )
)
