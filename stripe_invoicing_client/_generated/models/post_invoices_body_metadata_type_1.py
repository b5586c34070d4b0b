from typing import Literal

PostInvoicesBodyMetadataType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_METADATA_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
