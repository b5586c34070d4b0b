from typing import Literal

InvoiceItemFrozenFieldsType0Item = Literal["discounts", "pricing", "quantity"]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
