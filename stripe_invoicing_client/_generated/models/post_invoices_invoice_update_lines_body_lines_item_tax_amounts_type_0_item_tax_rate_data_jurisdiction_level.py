from typing import Literal

PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataJurisdictionLevel = (
    Literal["city", "country", "county", "district", "multiple", "state"]
)
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_UPDATE_LINES_BODY_LINES_ITEM_TAX_AMOUNTS_TYPE_0_ITEM_TAX_RATE_DATA_JURISDICTION_LEVEL_VALUES: frozenset[
    str
] = frozenset(
    {
        "city",
        "country",
        "county",
        "district",
        "multiple",
        "state",
    }
)
