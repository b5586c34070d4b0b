from typing import Literal

InvoicesResourceStatusDetailsUncollectibleReason = Literal[
    "max_payment_attempts",
    "payment_not_received",
    "subscription_canceled",
    "subscription_paused",
    "user_forgiven",
]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICES_RESOURCE_STATUS_DETAILS_UNCOLLECTIBLE_REASON_VALUES: frozenset[str] = frozenset(
    {
        "max_payment_attempts",
        "payment_not_received",
        "subscription_canceled",
        "subscription_paused",
        "user_forgiven",
    }
)
