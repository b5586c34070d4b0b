from typing import Literal

PostInvoicesCreatePreviewBodyCustomerDetailsTaxExemptType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_CUSTOMER_DETAILS_TAX_EXEMPT_TYPE_1_VALUES: frozenset[str] = (
    frozenset(
        {
            "",
        }
    )
)
