from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemCollectionMethod = Literal[
    "charge_automatically", "send_invoice"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
