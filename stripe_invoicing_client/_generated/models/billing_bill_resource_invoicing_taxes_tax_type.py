from typing import Literal

BillingBillResourceInvoicingTaxesTaxType = Literal["tax_rate_details"]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
