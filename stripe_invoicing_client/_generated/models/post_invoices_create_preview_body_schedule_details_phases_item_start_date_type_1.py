from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemStartDateType1 = Literal["now"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SCHEDULE_DETAILS_PHASES_ITEM_START_DATE_TYPE_1_VALUES: frozenset[
    str
] = frozenset(
    {
        "now",
    }
)
