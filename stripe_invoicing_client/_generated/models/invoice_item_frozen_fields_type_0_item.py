from typing import Literal

InvoiceItemFrozenFieldsType0Item = Literal["discounts", "pricing", "quantity"]
"""Values known to this client. A value from a newer API version is kept as it is."""

INVOICE_ITEM_FROZEN_FIELDS_TYPE_0_ITEM_VALUES: frozenset[str] = frozenset(
    {
        "discounts",
        "pricing",
        "quantity",
    }
)
