from typing import Literal

PostInvoicesCreatePreviewBodyIssuerType = Literal["account", "self"]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_ISSUER_TYPE_VALUES: frozenset[str] = frozenset(
    {
        "account",
        "self",
    }
)
