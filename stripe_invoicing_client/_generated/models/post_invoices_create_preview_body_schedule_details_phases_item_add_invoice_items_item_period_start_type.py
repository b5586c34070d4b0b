from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriodStartType = Literal[
    "max_item_period_start", "phase_start", "timestamp"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
