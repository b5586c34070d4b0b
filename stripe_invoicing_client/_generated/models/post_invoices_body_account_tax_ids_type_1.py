from typing import Literal

PostInvoicesBodyAccountTaxIdsType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_ACCOUNT_TAX_IDS_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
