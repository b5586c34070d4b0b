from typing import Literal

PostInvoicesCreatePreviewBodyCustomerDetailsAddressType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_CREATE_PREVIEW_BODY_CUSTOMER_DETAILS_ADDRESS_TYPE_1_VALUES: frozenset[str] = (
    frozenset(
        {
            "",
        }
    )
)
