from typing import Literal

InvoiceItemInvoicingRuleType = Literal["defer_until_credited_items_resolved"]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
