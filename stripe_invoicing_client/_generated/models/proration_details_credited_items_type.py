from typing import Literal

ProrationDetailsCreditedItemsType = Literal["invoice_item", "invoice_line_items"]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
