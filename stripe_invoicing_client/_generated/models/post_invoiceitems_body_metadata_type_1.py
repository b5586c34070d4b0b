from typing import Literal

PostInvoiceitemsBodyMetadataType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICEITEMS_BODY_METADATA_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
