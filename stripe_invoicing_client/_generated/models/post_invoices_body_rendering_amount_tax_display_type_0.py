from typing import Literal

PostInvoicesBodyRenderingAmountTaxDisplayType0 = Literal["exclude_tax", "include_inclusive_tax"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_RENDERING_AMOUNT_TAX_DISPLAY_TYPE_0_VALUES: frozenset[str] = frozenset(
    {
        "exclude_tax",
        "include_inclusive_tax",
    }
)
