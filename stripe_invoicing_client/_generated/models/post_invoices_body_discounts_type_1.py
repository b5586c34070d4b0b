from typing import Literal

PostInvoicesBodyDiscountsType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_DISCOUNTS_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
