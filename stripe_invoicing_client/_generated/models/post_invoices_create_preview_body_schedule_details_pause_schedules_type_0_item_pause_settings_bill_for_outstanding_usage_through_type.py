from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForOutstandingUsageThroughType = Literal[
    "none", "pause_at"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
