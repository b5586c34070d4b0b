"""Request parameters of credit_notes, as TypedDicts (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from ..._core.key_docs import document_keys

if TYPE_CHECKING:
    from collections.abc import Mapping
    from decimal import Decimal

    from typing_extensions import Required

    from ._shared import RangeQuerySpecs

from ._shared import ExpandParams, ListParams


class LineTaxAmount(TypedDict, total=False):
    amount: Required[int]
    """Amount of tax, in the smallest currency unit."""
    tax_rate: Required[str]
    """Id of the tax rate the amount was computed with."""
    taxable_amount: Required[int]
    """Amount the tax was computed on, in the smallest currency unit."""


class Line(TypedDict, total=False):
    amount: int
    """Amount of the line in the smallest currency unit."""
    description: str
    """Description of the line, shown on the document."""
    invoice_line_item: str
    """Id of the invoice line the credit note line credits, when `type` is `invoice_line_item`."""
    metadata: Mapping[str, str]
    """Your own key-value pairs to store on this object."""
    quantity: int
    """Number of units."""
    tax_amounts: list[LineTaxAmount] | Literal[""]
    """Tax amounts of the line, given by hand instead of from tax rates; an empty string removes them."""
    tax_rates: list[str] | Literal[""]
    """Ids of the tax rates to apply; an empty string removes them."""
    type: Required[Literal["custom_line_item", "invoice_line_item"]]
    """Whether the line credits an invoice line (`invoice_line_item`) or is a custom line."""
    unit_amount: int
    """Price of one unit in the smallest currency unit (cents for USD)."""
    unit_amount_decimal: Decimal | str
    """Price of one unit in the smallest currency unit as a decimal string with up to 12 places, instead of `unit_amount`."""


class RefundPaymentRecordRefund(TypedDict, total=False):
    payment_record: Required[str]
    """Id of the PaymentRecord that was refunded."""
    refund_group: Required[str]
    """Id of the refund group of the PaymentRecord refund."""


class Refund(TypedDict, total=False):
    amount_refunded: int
    """Amount of the refund credited by this credit note, in the smallest currency unit."""
    payment_record_refund: RefundPaymentRecordRefund
    """The refund, given as a PaymentRecord refund."""
    refund: str
    """Id of the refund, when `type` is `refund`."""
    type: Literal["payment_record_refund", "refund"]
    """Kind of refund: a `refund` id or a `payment_record_refund`."""


class ShippingCost(TypedDict, total=False):
    shipping_rate: str
    """Id of the shipping rate to charge."""


class CreditNoteListParams(TypedDict, total=False):
    """Parameters of `credit_notes.list` (GetCreditNotes)."""

    created: RangeQuerySpecs | int
    """Only objects created at this Unix timestamp in seconds, or within a range given as gt, gte, lt and lte bounds."""
    customer: str
    """Only credit notes of this customer id."""
    customer_account: str
    """Only credit notes of the customer that this Account id represents."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    invoice: str
    """Only credit notes of this invoice id."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""


class CreditNoteCreateParams(TypedDict, total=False):
    """Parameters: `amount`, `credit_amount`, `effective_at`, `email_type`, `expand`, `invoice`,
    `lines`, `memo`, `metadata`, `out_of_band_amount`, `reason`, `refund_amount`, `refunds` and
    `shipping_cost`. A shape 2 operations share: their own names (such as
    `CreditNoteCreateParams`) are aliases of this class, and each method's docstring says what
    the parameters mean for it."""

    amount: int
    """Total to credit in the smallest currency unit, when not given by `lines`."""
    credit_amount: int
    """Part of the total added to the customer's credit balance."""
    effective_at: int
    """Unix timestamp printed as the date of issue; the creation time when omitted."""
    email_type: Literal["credit_note", "none"]
    """Whether the customer is emailed the credit note (`credit_note`) or not (`none`)."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    invoice: Required[str]
    """Id of the finalized invoice being credited."""
    lines: list[Line]
    """Invoice lines or custom amounts to credit, each with its own amount or quantity."""
    memo: str
    """Note printed on the credit note."""
    metadata: Mapping[str, str]
    """Your own key-value pairs stored on the object."""
    out_of_band_amount: int
    """Part of the total settled outside Stripe."""
    reason: Literal["duplicate", "fraudulent", "order_change", "product_unsatisfactory"]
    """Why the credit is given, such as a duplicate charge or a changed order."""
    refund_amount: int
    """Part of the total refunded to the invoice's payment."""
    refunds: list[Refund]
    """Existing refunds to link to the credit note, with how much of each applies."""
    shipping_cost: ShippingCost
    """Shipping rate of the invoice to credit as well."""


class CreditNotePreviewLinesParams(TypedDict, total=False):
    """Parameters of `credit_notes.preview_lines` (GetCreditNotesPreviewLines)."""

    amount: int
    """Total to credit in the smallest currency unit, when not given by `lines`."""
    credit_amount: int
    """Part of the total added to the customer's credit balance."""
    effective_at: int
    """Unix timestamp printed as the date of issue; the creation time when omitted."""
    email_type: Literal["credit_note", "none"]
    """Whether the customer is emailed the credit note (`credit_note`) or not (`none`)."""
    ending_before: str
    """Object id to page backwards from: the page ends with the object listed right before it."""
    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    invoice: Required[str]
    """Id of the finalized invoice being credited."""
    limit: int
    """How many objects to return on one page, from 1 to 100; 10 when omitted."""
    lines: list[Line]
    """Invoice lines or custom amounts to credit, each with its own amount or quantity."""
    memo: str
    """Note printed on the credit note."""
    metadata: Mapping[str, str]
    """Your own key-value pairs stored on the object."""
    out_of_band_amount: int
    """Part of the total settled outside Stripe."""
    reason: Literal["duplicate", "fraudulent", "order_change", "product_unsatisfactory"]
    """Why the credit is given, such as a duplicate charge or a changed order."""
    refund_amount: int
    """Part of the total refunded to the invoice's payment."""
    refunds: list[Refund]
    """Existing refunds to link to the credit note, with how much of each applies."""
    shipping_cost: ShippingCost
    """Shipping rate of the invoice to credit as well."""
    starting_after: str
    """Object id to page forwards from: the page begins with the object listed right after it."""


class CreditNoteUpdateParams(TypedDict, total=False):
    """Parameters of `credit_notes.update` (PostCreditNotesId)."""

    expand: list[str]
    """Dotted paths of fields to return as full objects instead of ids."""
    memo: str
    """Note printed on the credit note."""
    metadata: Mapping[str, str]
    """Your own key-value pairs stored on the object."""


# Operations whose parameters have the shape of another's.
CreditNotePreviewParams = CreditNoteCreateParams
CreditNoteListLinesParams = ListParams
CreditNoteRetrieveParams = ExpandParams
CreditNoteVoidParams = ExpandParams

document_keys(__name__)

__all__ = [
    "CreditNoteCreateParams",
    "CreditNoteListLinesParams",
    "CreditNoteListParams",
    "CreditNotePreviewLinesParams",
    "CreditNotePreviewParams",
    "CreditNoteRetrieveParams",
    "CreditNoteUpdateParams",
    "CreditNoteVoidParams",
    "Line",
    "LineTaxAmount",
    "Refund",
    "RefundPaymentRecordRefund",
    "ShippingCost",
]
