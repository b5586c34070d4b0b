from typing import Literal

PostInvoicesCreatePreviewBodyOnBehalfOfType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_ON_BEHALF_OF_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
