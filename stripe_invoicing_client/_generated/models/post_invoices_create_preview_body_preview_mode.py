from typing import Literal

PostInvoicesCreatePreviewBodyPreviewMode = Literal["next", "recurring"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_PREVIEW_MODE_VALUES: frozenset[str] = frozenset(
    {
        "next",
        "recurring",
    }
)
