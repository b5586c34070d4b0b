from typing import Literal

PostInvoicesCreatePreviewBodyScheduleDetailsPhasesItemDefaultTaxRatesType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_SCHEDULE_DETAILS_PHASES_ITEM_DEFAULT_TAX_RATES_TYPE_1_VALUES: frozenset[
    str
] = frozenset(
    {
        "",
    }
)
