from typing import Literal

PostInvoiceitemsInvoiceitemBodyTaxCodeType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICEITEMS_INVOICEITEM_BODY_TAX_CODE_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
