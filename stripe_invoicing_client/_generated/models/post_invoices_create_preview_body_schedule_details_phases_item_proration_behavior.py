from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemProrationBehavior = Literal[
    "always_invoice", "create_prorations", "none"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
