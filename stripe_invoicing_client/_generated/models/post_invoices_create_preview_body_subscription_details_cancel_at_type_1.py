from typing import Literal

PostInvoicesCreatePreviewBodySubscriptionDetailsCancelAtType1 = Literal[
    "max_billed_until", "max_period_end", "min_period_end"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
