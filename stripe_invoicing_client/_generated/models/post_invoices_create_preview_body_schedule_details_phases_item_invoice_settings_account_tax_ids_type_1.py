from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemInvoiceSettingsAccountTaxIdsType1 = Literal[
    ""
]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SCHEDULE_DETAILS_PHASES_ITEM_INVOICE_SETTINGS_ACCOUNT_TAX_IDS_TYPE_1_VALUES: frozenset[
    str
] = frozenset(
    {
        "",
    }
)
