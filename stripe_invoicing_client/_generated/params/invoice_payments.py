"""Request parameters of invoice_payments, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from typing_extensions import Required

    from ._shared import RangeQuerySpecs

from ._shared import ExpandParams


class Payment(TypedDict, total=False):
    payment_intent: str
    """Id of the PaymentIntent, when `type` is `payment_intent`."""
    payment_record: str
    """Id of the PaymentRecord, when `type` is `payment_record`."""
    type: Required[Literal["payment_intent", "payment_record"]]
    """Kind of payment the filter names: a PaymentIntent or a PaymentRecord."""


class InvoicePaymentListParams(TypedDict, total=False):
    """Parameters of `invoice_payments.list` (GetInvoicePayments)."""

    created: RangeQuerySpecs | int
    """Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    invoice: str
    """Only payments of this invoice id."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    payment: Payment
    """Only invoice payments made with this PaymentIntent or payment record."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""
    status: Literal["canceled", "open", "paid"]
    """Only invoice payments in this status: `canceled`, `open` or `paid`."""


# Operations whose parameters have the shape of another's.
InvoicePaymentRetrieveParams = ExpandParams

document_keys(__name__)

__all__ = [
    "InvoicePaymentListParams",
    "InvoicePaymentRetrieveParams",
    "Payment",
]
