from typing import Literal

PostInvoicesInvoiceLinesLineItemIdBodyTaxRatesType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_LINES_LINE_ITEM_ID_BODY_TAX_RATES_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
