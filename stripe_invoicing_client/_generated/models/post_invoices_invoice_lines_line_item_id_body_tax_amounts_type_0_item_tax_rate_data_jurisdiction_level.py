from typing import Literal

PostInvoicesInvoiceLinesLineItemIdBodyTaxAmountsType0ItemTaxRateDataJurisdictionLevel = Literal[
    "city", "country", "county", "district", "multiple", "state"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
