from typing import Literal

LineItemObject = Literal["line_item"]
"""Values known to this client. A value from a newer API version is kept as it is."""

LINE_ITEM_OBJECT_VALUES: frozenset[str] = frozenset(
    {
        "line_item",
    }
)
