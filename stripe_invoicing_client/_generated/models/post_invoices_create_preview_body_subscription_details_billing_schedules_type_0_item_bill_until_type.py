from typing import Literal

PostInvoicesCreatePreviewBodySubscriptionDetailsBillingSchedulesType0ItemBillUntilType = Literal[
    "duration", "timestamp"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
