from typing import Literal

InvoicesResourceStatusDetailsUncollectibleReason = Literal[
    "max_payment_attempts",
    "payment_not_received",
    "subscription_canceled",
    "subscription_paused",
    "user_forgiven",
]
"""Values known to this client (`typing.get_args` lists them). A value from a newer API
version is kept as it is."""
