from typing import Literal

ProrationDetailsCreditedItemsType = Literal["invoice_item", "invoice_line_items"]
"""Values known to this client. A value from a newer API version is kept as it is."""

PRORATION_DETAILS_CREDITED_ITEMS_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "invoice_item",
        "invoice_line_items",
    }
)
