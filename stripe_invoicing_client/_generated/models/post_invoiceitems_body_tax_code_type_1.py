from typing import Literal

PostInvoiceitemsBodyTaxCodeType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICEITEMS_BODY_TAX_CODE_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
