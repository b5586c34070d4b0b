from typing import Literal

PostInvoicesCreatePreviewBodyInvoiceItemsItemPriceDataTaxBehavior = Literal[
    "exclusive", "inclusive", "unspecified"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
