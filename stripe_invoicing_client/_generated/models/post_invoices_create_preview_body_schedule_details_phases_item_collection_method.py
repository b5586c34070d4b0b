from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemCollectionMethod = Literal[
    "charge_automatically", "send_invoice"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SCHEDULE_DETAILS_PHASES_ITEM_COLLECTION_METHOD_VALUES: frozenset[
    str
] = frozenset(
    {
        "charge_automatically",
        "send_invoice",
    }
)
