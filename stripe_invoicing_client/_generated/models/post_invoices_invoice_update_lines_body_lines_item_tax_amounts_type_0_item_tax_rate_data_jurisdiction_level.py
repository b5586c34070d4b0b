from typing import Literal

PostInvoicesInvoiceUpdateLinesBodyLinesItemTaxAmountsType0ItemTaxRateDataJurisdictionLevel = (
    Literal["city", "country", "county", "district", "multiple", "state"]
)
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
