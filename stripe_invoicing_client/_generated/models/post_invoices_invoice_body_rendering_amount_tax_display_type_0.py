from typing import Literal

PostInvoicesInvoiceBodyRenderingAmountTaxDisplayType0 = Literal[
    "exclude_tax", "include_inclusive_tax"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
