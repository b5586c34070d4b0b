from typing import Literal

PostInvoicesBodyShippingDetailsPhoneType1 = Literal[""]
"""Values known to this client. A value from a newer API version is kept as it is."""

POST_INVOICES_BODY_SHIPPING_DETAILS_PHONE_TYPE_1_VALUES: frozenset[str] = frozenset(
    {
        "",
    }
)
