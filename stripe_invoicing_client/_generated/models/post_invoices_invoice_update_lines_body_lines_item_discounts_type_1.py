from typing import Literal

PostInvoicesInvoiceUpdateLinesBodyLinesItemDiscountsType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_UPDATE_LINES_BODY_LINES_ITEM_DISCOUNTS_TYPE_1_VALUES: frozenset[str] = (
    frozenset(
        {
            "",
        }
    )
)
