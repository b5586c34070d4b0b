from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsBillingCycleAnchor = Literal[
    "resume_at", "unchanged"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
