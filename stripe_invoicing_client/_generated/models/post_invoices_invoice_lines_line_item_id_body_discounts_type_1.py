from typing import Literal

PostInvoicesInvoiceLinesLineItemIdBodyDiscountsType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_LINES_LINE_ITEM_ID_BODY_DISCOUNTS_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
