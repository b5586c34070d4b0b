from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemAddInvoiceItemsItemPeriodEndType = Literal[
    "min_item_period_end", "phase_end", "timestamp"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
