from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsInvoicingBehavior = Literal[
    "invoice", "pending_invoice_item"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
