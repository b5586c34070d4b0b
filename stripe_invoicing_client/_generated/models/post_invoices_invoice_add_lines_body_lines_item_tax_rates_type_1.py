from typing import Literal

PostInvoicesInvoiceAddLinesBodyLinesItemTaxRatesType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_ADD_LINES_BODY_LINES_ITEM_TAX_RATES_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
