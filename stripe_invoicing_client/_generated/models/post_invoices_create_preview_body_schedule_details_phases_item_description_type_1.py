from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDescriptionType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SCHEDULE_DETAILS_PHASES_ITEM_DESCRIPTION_TYPE_1_VALUES: frozenset[
    str
] = frozenset(
    {
        "",
    }
)
