from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemPauseSettingsBillForUnusedTimeFromType = Literal[
    "item_current_period_start", "none", "pause_at"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
