from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPauseSchedulesType0ItemResumeType0SettingsPaymentBehavior = Literal[
    "resume_on_payment_attempt", "resume_on_payment_success"
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
