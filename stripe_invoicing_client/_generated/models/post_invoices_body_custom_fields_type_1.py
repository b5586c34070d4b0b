from typing import Literal

PostInvoicesBodyCustomFieldsType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_CUSTOM_FIELDS_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
