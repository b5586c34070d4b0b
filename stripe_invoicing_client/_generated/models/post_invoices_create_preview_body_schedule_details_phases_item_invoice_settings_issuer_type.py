from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsIssuerType = Literal[
    "account", "self"
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SCHEDULE_DETAILS_PHASES_ITEM_INVOICE_SETTINGS_ISSUER_TYPE_VALUES: frozenset[
    str
] = frozenset(
    {
        "account",
        "self",
    }
)
