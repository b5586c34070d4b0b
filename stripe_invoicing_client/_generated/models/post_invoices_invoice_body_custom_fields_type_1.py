from typing import Literal

PostInvoicesInvoiceBodyCustomFieldsType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_INVOICE_BODY_CUSTOM_FIELDS_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
