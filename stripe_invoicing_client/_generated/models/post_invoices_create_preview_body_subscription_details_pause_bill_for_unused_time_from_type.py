from typing import Literal

PostInvoicesCreatePreviewBodySubscriptionDetailsPauseBillForUnusedTimeFromType = Literal[
    "item_current_period_start", "none", "now"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
