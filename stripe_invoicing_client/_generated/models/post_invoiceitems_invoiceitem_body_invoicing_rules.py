from typing import Literal

PostInvoiceitemsInvoiceitemBodyInvoicingRules = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICEITEMS_INVOICEITEM_BODY_INVOICING_RULES_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
