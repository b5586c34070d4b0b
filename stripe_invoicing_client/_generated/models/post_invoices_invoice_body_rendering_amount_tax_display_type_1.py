from typing import Literal

PostInvoicesInvoiceBodyRenderingAmountTaxDisplayType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_BODY_RENDERING_AMOUNT_TAX_DISPLAY_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
