from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDurationInterval = Literal[
    "day", "month", "week", "year"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
