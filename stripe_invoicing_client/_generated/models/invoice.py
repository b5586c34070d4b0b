"""Response models: invoice (generated; do not edit).

Parsing is tolerant: anything not modelled, and any value of another type than its
field declares, is kept in `additional_properties`, so `from_dict(d).to_dict() == d`.
Reading a field that the data lacks, or held with another type, raises
`FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when
absent."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.model import Model
from ..._core.types import UNSET, Unset
from ..enums import PaymentMethodType, TaxIdType

InvoiceStatus = Literal["draft", "open", "paid", "uncollectible", "void"]


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AutomaticTax(Model):
    """Whether Stripe Tax computes taxes for the invoice, and the result of the last attempt."""

    enabled: bool
    liability: ConnectAccountReference | None
    status: Literal["complete", "failed", "requires_location_inputs"] | None
    disabled_reason: (
        Literal["finalization_requires_location_inputs", "finalization_system_error"] | None | Unset
    ) = UNSET
    provider: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "liability": lambda v: ConnectAccountReference.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> AutomaticTax:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_enabled := take("enabled", UNSET)) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if type(v_liability := take("liability", UNSET)) is dict:
            later["liability"] = v_liability
        elif v_liability is None:
            fill.liability = v_liability
        elif v_liability is not UNSET:
            d["liability"] = v_liability
        if (type(v_status := take("status", UNSET)) is str) or (v_status is None):
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        if (
            (type(v_disabled_reason := take("disabled_reason", UNSET)) is str)
            or (v_disabled_reason is None)
            or v_disabled_reason is UNSET
        ):
            fill.disabled_reason = v_disabled_reason
        else:
            d["disabled_reason"] = v_disabled_reason
        if (
            (type(v_provider := take("provider", UNSET)) is str)
            or (v_provider is None)
            or v_provider is UNSET
        ):
            fill.provider = v_provider
        else:
            d["provider"] = v_provider
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingParentsInvoiceParent(Model):
    """Embedded object found at `invoice.parent`."""

    quote_details: BillingBillResourceInvoicingParentsInvoiceQuoteParent | None
    subscription_details: BillingBillResourceInvoicingParentsInvoiceSubscriptionParent | None
    type_: Literal["quote_details", "subscription_details"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "quote_details": lambda v: BillingBillResourceInvoicingParentsInvoiceQuoteParent.from_dict(
            v
        ),
        "subscription_details": lambda v: (
            BillingBillResourceInvoicingParentsInvoiceSubscriptionParent.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingParentsInvoiceParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_quote_details := take("quote_details", UNSET)) is dict:
            later["quote_details"] = v_quote_details
        elif v_quote_details is None:
            fill.quote_details = v_quote_details
        elif v_quote_details is not UNSET:
            d["quote_details"] = v_quote_details
        if type(v_subscription_details := take("subscription_details", UNSET)) is dict:
            later["subscription_details"] = v_subscription_details
        elif v_subscription_details is None:
            fill.subscription_details = v_subscription_details
        elif v_subscription_details is not UNSET:
            d["subscription_details"] = v_subscription_details
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingParentsInvoiceQuoteParent(Model):
    """Embedded object found at `invoice.parent.quote_details`."""

    quote: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingParentsInvoiceQuoteParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_quote := take("quote", UNSET)) is str:
            fill.quote = v_quote
        elif v_quote is not UNSET:
            d["quote"] = v_quote
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingParentsInvoiceSubscriptionParent(Model):
    """Embedded object found at `invoice.parent.subscription_details`."""

    metadata: dict[str, str] | None
    subscription: str | Subscription
    subscription_proration_date: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "subscription": lambda v: Subscription.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingParentsInvoiceSubscriptionParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if type(v_subscription := take("subscription", UNSET)) is dict:
            later["subscription"] = v_subscription
        elif type(v_subscription) is str:
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        if (
            type(v_subscription_proration_date := take("subscription_proration_date", UNSET)) is int
        ) or (v_subscription_proration_date is None):
            fill.subscription_proration_date = v_subscription_proration_date
        elif v_subscription_proration_date is not UNSET:
            d["subscription_proration_date"] = v_subscription_proration_date
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DeletedInvoice(Model):
    """Returned when a draft invoice has been removed."""

    deleted: Literal[True]
    """Always true: the object has been deleted."""
    id: str
    """Id of the deleted object."""
    object_: Literal["invoice"]
    """Object type, always `invoice`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedInvoice:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        v_deleted = take("deleted", UNSET)
        if v_deleted is UNSET:
            pass
        elif v_deleted is True:
            fill.deleted = v_deleted
        else:
            d["deleted"] = v_deleted
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Invoice(Model):
    """A statement of what a customer owes, built from line items, with its payment and collection
    state."""

    account_country: str | None
    """Country of the business that issues the invoice, as a two-letter code."""
    account_name: str | None
    """Public name of the business that issues the invoice."""
    account_tax_ids: list[DeletedTaxId | str | TaxId] | None
    """Tax ids of the issuing account printed on the invoice (ids unless expanded)."""
    amount_due: int
    """Amount the customer owes in the smallest currency unit, after credits and the customer balance."""
    amount_overpaid: int
    """Amount paid beyond what was due, in the smallest currency unit; it goes to the customer's credit balance."""
    amount_paid: int
    """Amount paid so far, in the smallest currency unit."""
    amount_remaining: int
    """Amount still to be paid, in the smallest currency unit."""
    amount_shipping: int
    """Sum of the shipping charges, in the smallest currency unit."""
    application: str | dict[str, Any] | None
    """Connect application that created the invoice (an id unless expanded), if one did."""
    attempt_count: int
    """Number of payment attempts counted by the retry schedule; manual retries after the first do not count."""
    attempted: bool
    """Whether a payment attempt has been made yet; the first comes about an hour after creation."""
    auto_advance: bool | None
    """Whether Stripe moves the invoice forward (finalizing, charging, emailing) on its own."""
    automatic_tax: AutomaticTax
    """Whether Stripe Tax computes the tax, its outcome and which account the tax is owed by."""
    billing_reason: (
        Literal[
            "automatic_pending_invoice_item_invoice",
            "manual",
            "quote_accept",
            "subscription",
            "subscription_create",
            "subscription_cycle",
            "subscription_threshold",
            "subscription_update",
            "upcoming",
        ]
        | None
    )
    """Why the invoice was created, such as `manual` or `subscription_cycle`."""
    collection_method: Literal["charge_automatically", "send_invoice"]
    """`charge_automatically` charges a stored payment method; `send_invoice` emails the invoice for the customer to pay."""
    created: int
    """Unix timestamp in seconds when the object was created."""
    currency: str
    """Three-letter lowercase ISO currency code of the invoice."""
    custom_fields: list[InvoiceSettingCustomField] | None
    """Name and value pairs printed in the invoice header."""
    customer: Customer | DeletedCustomer | str | None
    """The billed customer (an id unless expanded)."""
    customer_address: Address | None
    """Customer's billing address as it was when the invoice was finalized."""
    customer_email: str | None
    """Customer's email as it was when the invoice was finalized."""
    customer_name: str | None
    """Customer's name as it was when the invoice was finalized."""
    customer_phone: str | None
    """Customer's phone number as it was when the invoice was finalized."""
    customer_shipping: Shipping | None
    """Customer's shipping details as they were when the invoice was finalized."""
    customer_tax_exempt: Literal["exempt", "none", "reverse"] | None
    """Customer's tax status as it was when the invoice was finalized."""
    customer_tax_ids: list[InvoicesResourceInvoiceTaxId] | None
    """Customer's tax ids; they follow the customer until finalization and are fixed from then on."""
    default_payment_method: PaymentMethod | str | None
    """Payment method charged for this invoice ahead of the subscription's and customer's defaults (an id unless expanded)."""
    default_source: str | dict[str, Any] | None
    """Legacy source charged for this invoice when no default payment method is set (an id unless expanded)."""
    default_tax_rates: list[TaxRate]
    """Tax rates applied to every line that has none of its own."""
    description: str | None
    """Free-text memo about the invoice, shown on it."""
    discounts: list[DeletedDiscount | Discount | str]
    """Discounts on the whole invoice, in the order applied (ids unless expanded)."""
    due_date: int | None
    """Unix timestamp in seconds by which payment is due; null for `charge_automatically` invoices."""
    ending_balance: int | None
    """Customer balance after the invoice was applied, in the smallest currency unit; null until finalized."""
    footer: str | None
    """Text printed at the bottom of the invoice."""
    from_invoice: InvoicesResourceFromInvoice | None
    """The invoice this one is a revision of, and what was done with it."""
    hosted_invoice_url: str | None
    """Address of the page where the customer can view and pay the invoice; null while it is a draft."""
    id: str
    """Unique id of the invoice (starts with `in_`)."""
    invoice_pdf: str | None
    """Address of the invoice PDF; null while it is a draft."""
    issuer: ConnectAccountReference
    """Account that issues the invoice and is liable for it: your own (`self`) or a connected account."""
    last_finalization_error: ApiErrors | None
    """Error of the last failed finalization; cleared when finalization succeeds."""
    latest_revision: Invoice | str | None
    """Newest finalized revision of this invoice (an id unless expanded), if any."""
    lines: InvoiceLines
    """First page of the invoice's line items; list the rest through the lines endpoint."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    metadata: dict[str, str] | None
    """Your own key-value pairs stored on the object."""
    next_payment_attempt: int | None
    """Unix timestamp in seconds of the next automatic payment attempt; null for `send_invoice` invoices."""
    number: str | None
    """Number that identifies the invoice to the customer, assigned at finalization."""
    object_: Literal["invoice"]
    """Object type, always `invoice`."""
    on_behalf_of: str | dict[str, Any] | None
    """Connected account the invoice is charged for, whose branding is shown (an id unless expanded)."""
    parent: BillingBillResourceInvoicingParentsInvoiceParent | None
    """What generated the invoice, such as a subscription or a quote, if anything did."""
    payment_settings: InvoicesPaymentSettings
    """Payment method types the invoice accepts, with the mandate and per-method options."""
    period_end: int
    """Unix timestamp in seconds: the latest time at which invoice items could still join this invoice."""
    period_start: int
    """Unix timestamp in seconds: the earliest time at which invoice items could join this invoice."""
    post_payment_credit_notes_amount: int
    """Sum of credit notes issued after payment, in the smallest currency unit."""
    pre_payment_credit_notes_amount: int
    """Sum of credit notes issued before payment, in the smallest currency unit."""
    receipt_number: str | None
    """Number printed on the emailed receipt for the payment."""
    shipping_cost: InvoicesResourceShippingCost | None
    """Shipping charge on the invoice and the shipping rate it came from."""
    shipping_details: Shipping | None
    """Recipient name, address and phone printed on the invoice for shipping."""
    starting_balance: int
    """Customer balance before the invoice was applied, in the smallest currency unit."""
    statement_descriptor: str | None
    """Text that appears on the customer's card or bank statement for the payment."""
    status: InvoiceStatus | None
    """Where the invoice is in its life: `draft`, `open`, `paid`, `uncollectible` or `void`."""
    status_transitions: InvoicesStatusTransitions
    """Unix timestamps in seconds of when the invoice was finalized, paid, voided or marked uncollectible."""
    subtotal: int
    """Sum of the lines in the smallest currency unit, before invoice-level discounts and exclusive tax."""
    subtotal_excluding_tax: int | None
    """Sum of the lines in the smallest currency unit, before invoice-level discounts and any tax."""
    test_clock: str | TestClock | None
    """Test clock the invoice belongs to (an id unless expanded), if any."""
    total: int
    """Total in the smallest currency unit, after discounts and tax."""
    total_discount_amounts: list[DiscountsResourceDiscountAmount] | None
    """Amount each discount took off, over all lines, in the smallest currency unit."""
    total_excluding_tax: int | None
    """Total in the smallest currency unit after discounts but without tax."""
    total_taxes: list[BillingBillResourceInvoicingTaxesTax] | None
    """Tax amounts over all lines, one entry per tax."""
    webhooks_delivered_at: int | None
    """Unix timestamp in seconds when the invoice's webhooks were delivered; automatic payment or sending follows about an hour later."""
    amount_paid_off_stripe: int | None | Unset = UNSET
    """Amount paid outside Stripe, in the smallest currency unit."""
    automatically_finalizes_at: int | None | Unset = UNSET
    """Unix timestamp in seconds at which the draft will be finalized by Stripe; null when none is planned or it is no longer a draft."""
    confirmation_secret: InvoicesResourceConfirmationSecret | None | Unset = UNSET
    """Client secret for confirming the payment in the browser, set once the invoice is finalized; only present when expanded."""
    customer_account: str | None | Unset = UNSET
    """Id of the Account object that represents the billed customer, if any."""
    effective_at: int | None | Unset = UNSET
    """Unix timestamp in seconds printed as the date of issue; the finalization time unless set otherwise."""
    payments: InvoicePaymentsType0 | None | Unset = UNSET
    """A page of the payments recorded for the invoice; only present when expanded."""
    rendering: InvoicesResourceInvoiceRendering | None | Unset = UNSET
    """How the PDF and hosted page are rendered: tax display, page size and template."""
    status_details: InvoicesResourceStatusDetails | None | Unset = UNSET
    """More about the current status, such as why it is uncollectible."""
    threshold_reason: InvoiceThresholdReason | None | Unset = UNSET
    """For an invoice created because a billing threshold was reached, which threshold it was."""
    total_pretax_credit_amounts: list[InvoicesResourcePretaxCreditAmount] | None | Unset = UNSET
    """Pretax credits (such as discounts and credit grants) over all lines, in the smallest currency unit."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "account_tax_ids": lambda v: [
            (
                DeletedTaxId.from_dict(item0)
                if type(item0) is dict
                and item0.get("deleted") is True
                and item0.get("object") == "tax_id"
                else (TaxId.from_dict(item0) if type(item0) is dict else item0)
            )
            for item0 in v
        ],
        "automatic_tax": lambda v: AutomaticTax.from_dict(v),
        "custom_fields": lambda v: [InvoiceSettingCustomField.from_dict(item0) for item0 in v],
        "customer": lambda v: (
            DeletedCustomer.from_dict(v)
            if type(v) is dict and v.get("deleted") is True and v.get("object") == "customer"
            else Customer.from_dict(v)
        ),
        "customer_address": lambda v: Address.from_dict(v),
        "customer_shipping": lambda v: Shipping.from_dict(v),
        "customer_tax_ids": lambda v: [
            InvoicesResourceInvoiceTaxId.from_dict(item0) for item0 in v
        ],
        "default_payment_method": lambda v: PaymentMethod.from_dict(v),
        "default_tax_rates": lambda v: [TaxRate.from_dict(item0) for item0 in v],
        "discounts": lambda v: [
            (
                DeletedDiscount.from_dict(item0)
                if type(item0) is dict
                and item0.get("deleted") is True
                and item0.get("object") == "discount"
                else (Discount.from_dict(item0) if type(item0) is dict else item0)
            )
            for item0 in v
        ],
        "from_invoice": lambda v: InvoicesResourceFromInvoice.from_dict(v),
        "issuer": lambda v: ConnectAccountReference.from_dict(v),
        "last_finalization_error": lambda v: ApiErrors.from_dict(v),
        "latest_revision": lambda v: Invoice.from_dict(v),
        "lines": lambda v: InvoiceLines.from_dict(v),
        "parent": lambda v: BillingBillResourceInvoicingParentsInvoiceParent.from_dict(v),
        "payment_settings": lambda v: InvoicesPaymentSettings.from_dict(v),
        "shipping_cost": lambda v: InvoicesResourceShippingCost.from_dict(v),
        "shipping_details": lambda v: Shipping.from_dict(v),
        "status_transitions": lambda v: InvoicesStatusTransitions.from_dict(v),
        "test_clock": lambda v: TestClock.from_dict(v),
        "total_discount_amounts": lambda v: [
            DiscountsResourceDiscountAmount.from_dict(item0) for item0 in v
        ],
        "total_taxes": lambda v: [
            BillingBillResourceInvoicingTaxesTax.from_dict(item0) for item0 in v
        ],
        "confirmation_secret": lambda v: InvoicesResourceConfirmationSecret.from_dict(v),
        "payments": lambda v: InvoicePaymentsType0.from_dict(v),
        "rendering": lambda v: InvoicesResourceInvoiceRendering.from_dict(v),
        "status_details": lambda v: InvoicesResourceStatusDetails.from_dict(v),
        "threshold_reason": lambda v: InvoiceThresholdReason.from_dict(v),
        "total_pretax_credit_amounts": lambda v: [
            InvoicesResourcePretaxCreditAmount.from_dict(item0) for item0 in v
        ],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Invoice:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_account_country := take("account_country", UNSET)) is str) or (
            v_account_country is None
        ):
            fill.account_country = v_account_country
        elif v_account_country is not UNSET:
            d["account_country"] = v_account_country
        if (type(v_account_name := take("account_name", UNSET)) is str) or (v_account_name is None):
            fill.account_name = v_account_name
        elif v_account_name is not UNSET:
            d["account_name"] = v_account_name
        if type(v_account_tax_ids := take("account_tax_ids", UNSET)) is list and (
            not v_account_tax_ids
            or all((type(item0) is dict) or (type(item0) is str) for item0 in v_account_tax_ids)
        ):
            later["account_tax_ids"] = v_account_tax_ids
        elif v_account_tax_ids is None:
            fill.account_tax_ids = v_account_tax_ids
        elif v_account_tax_ids is not UNSET:
            d["account_tax_ids"] = v_account_tax_ids
        if type(v_amount_due := take("amount_due", UNSET)) is int:
            fill.amount_due = v_amount_due
        elif v_amount_due is not UNSET:
            d["amount_due"] = v_amount_due
        if type(v_amount_overpaid := take("amount_overpaid", UNSET)) is int:
            fill.amount_overpaid = v_amount_overpaid
        elif v_amount_overpaid is not UNSET:
            d["amount_overpaid"] = v_amount_overpaid
        if type(v_amount_paid := take("amount_paid", UNSET)) is int:
            fill.amount_paid = v_amount_paid
        elif v_amount_paid is not UNSET:
            d["amount_paid"] = v_amount_paid
        if type(v_amount_remaining := take("amount_remaining", UNSET)) is int:
            fill.amount_remaining = v_amount_remaining
        elif v_amount_remaining is not UNSET:
            d["amount_remaining"] = v_amount_remaining
        if type(v_amount_shipping := take("amount_shipping", UNSET)) is int:
            fill.amount_shipping = v_amount_shipping
        elif v_amount_shipping is not UNSET:
            d["amount_shipping"] = v_amount_shipping
        if (
            (type(v_application := take("application", UNSET)) is str)
            or (type(v_application) is dict)
            or (v_application is None)
        ):
            fill.application = v_application
        elif v_application is not UNSET:
            d["application"] = v_application
        if type(v_attempt_count := take("attempt_count", UNSET)) is int:
            fill.attempt_count = v_attempt_count
        elif v_attempt_count is not UNSET:
            d["attempt_count"] = v_attempt_count
        if type(v_attempted := take("attempted", UNSET)) is bool:
            fill.attempted = v_attempted
        elif v_attempted is not UNSET:
            d["attempted"] = v_attempted
        if (type(v_auto_advance := take("auto_advance", UNSET)) is bool) or (
            v_auto_advance is None
        ):
            fill.auto_advance = v_auto_advance
        elif v_auto_advance is not UNSET:
            d["auto_advance"] = v_auto_advance
        if type(v_automatic_tax := take("automatic_tax", UNSET)) is dict:
            later["automatic_tax"] = v_automatic_tax
        elif v_automatic_tax is not UNSET:
            d["automatic_tax"] = v_automatic_tax
        if (type(v_billing_reason := take("billing_reason", UNSET)) is str) or (
            v_billing_reason is None
        ):
            fill.billing_reason = v_billing_reason
        elif v_billing_reason is not UNSET:
            d["billing_reason"] = v_billing_reason
        if type(v_collection_method := take("collection_method", UNSET)) is str:
            fill.collection_method = v_collection_method
        elif v_collection_method is not UNSET:
            d["collection_method"] = v_collection_method
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if type(v_currency := take("currency", UNSET)) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        if type(v_custom_fields := take("custom_fields", UNSET)) is list and (
            not v_custom_fields or all(type(item0) is dict for item0 in v_custom_fields)
        ):
            later["custom_fields"] = v_custom_fields
        elif v_custom_fields is None:
            fill.custom_fields = v_custom_fields
        elif v_custom_fields is not UNSET:
            d["custom_fields"] = v_custom_fields
        if type(v_customer := take("customer", UNSET)) is dict:
            later["customer"] = v_customer
        elif (type(v_customer) is str) or (v_customer is None):
            fill.customer = v_customer
        elif v_customer is not UNSET:
            d["customer"] = v_customer
        if type(v_customer_address := take("customer_address", UNSET)) is dict:
            later["customer_address"] = v_customer_address
        elif v_customer_address is None:
            fill.customer_address = v_customer_address
        elif v_customer_address is not UNSET:
            d["customer_address"] = v_customer_address
        if (type(v_customer_email := take("customer_email", UNSET)) is str) or (
            v_customer_email is None
        ):
            fill.customer_email = v_customer_email
        elif v_customer_email is not UNSET:
            d["customer_email"] = v_customer_email
        if (type(v_customer_name := take("customer_name", UNSET)) is str) or (
            v_customer_name is None
        ):
            fill.customer_name = v_customer_name
        elif v_customer_name is not UNSET:
            d["customer_name"] = v_customer_name
        if (type(v_customer_phone := take("customer_phone", UNSET)) is str) or (
            v_customer_phone is None
        ):
            fill.customer_phone = v_customer_phone
        elif v_customer_phone is not UNSET:
            d["customer_phone"] = v_customer_phone
        if type(v_customer_shipping := take("customer_shipping", UNSET)) is dict:
            later["customer_shipping"] = v_customer_shipping
        elif v_customer_shipping is None:
            fill.customer_shipping = v_customer_shipping
        elif v_customer_shipping is not UNSET:
            d["customer_shipping"] = v_customer_shipping
        if (type(v_customer_tax_exempt := take("customer_tax_exempt", UNSET)) is str) or (
            v_customer_tax_exempt is None
        ):
            fill.customer_tax_exempt = v_customer_tax_exempt
        elif v_customer_tax_exempt is not UNSET:
            d["customer_tax_exempt"] = v_customer_tax_exempt
        if type(v_customer_tax_ids := take("customer_tax_ids", UNSET)) is list and (
            not v_customer_tax_ids or all(type(item0) is dict for item0 in v_customer_tax_ids)
        ):
            later["customer_tax_ids"] = v_customer_tax_ids
        elif v_customer_tax_ids is None:
            fill.customer_tax_ids = v_customer_tax_ids
        elif v_customer_tax_ids is not UNSET:
            d["customer_tax_ids"] = v_customer_tax_ids
        if type(v_default_payment_method := take("default_payment_method", UNSET)) is dict:
            later["default_payment_method"] = v_default_payment_method
        elif (type(v_default_payment_method) is str) or (v_default_payment_method is None):
            fill.default_payment_method = v_default_payment_method
        elif v_default_payment_method is not UNSET:
            d["default_payment_method"] = v_default_payment_method
        if (
            (type(v_default_source := take("default_source", UNSET)) is str)
            or (type(v_default_source) is dict)
            or (v_default_source is None)
        ):
            fill.default_source = v_default_source
        elif v_default_source is not UNSET:
            d["default_source"] = v_default_source
        if type(v_default_tax_rates := take("default_tax_rates", UNSET)) is list and (
            not v_default_tax_rates or all(type(item0) is dict for item0 in v_default_tax_rates)
        ):
            later["default_tax_rates"] = v_default_tax_rates
        elif v_default_tax_rates is not UNSET:
            d["default_tax_rates"] = v_default_tax_rates
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if type(v_discounts := take("discounts", UNSET)) is list and (
            not v_discounts
            or all((type(item0) is dict) or (type(item0) is str) for item0 in v_discounts)
        ):
            later["discounts"] = v_discounts
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        if (type(v_due_date := take("due_date", UNSET)) is int) or (v_due_date is None):
            fill.due_date = v_due_date
        elif v_due_date is not UNSET:
            d["due_date"] = v_due_date
        if (type(v_ending_balance := take("ending_balance", UNSET)) is int) or (
            v_ending_balance is None
        ):
            fill.ending_balance = v_ending_balance
        elif v_ending_balance is not UNSET:
            d["ending_balance"] = v_ending_balance
        if (type(v_footer := take("footer", UNSET)) is str) or (v_footer is None):
            fill.footer = v_footer
        elif v_footer is not UNSET:
            d["footer"] = v_footer
        if type(v_from_invoice := take("from_invoice", UNSET)) is dict:
            later["from_invoice"] = v_from_invoice
        elif v_from_invoice is None:
            fill.from_invoice = v_from_invoice
        elif v_from_invoice is not UNSET:
            d["from_invoice"] = v_from_invoice
        if (type(v_hosted_invoice_url := take("hosted_invoice_url", UNSET)) is str) or (
            v_hosted_invoice_url is None
        ):
            fill.hosted_invoice_url = v_hosted_invoice_url
        elif v_hosted_invoice_url is not UNSET:
            d["hosted_invoice_url"] = v_hosted_invoice_url
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if (type(v_invoice_pdf := take("invoice_pdf", UNSET)) is str) or (v_invoice_pdf is None):
            fill.invoice_pdf = v_invoice_pdf
        elif v_invoice_pdf is not UNSET:
            d["invoice_pdf"] = v_invoice_pdf
        if type(v_issuer := take("issuer", UNSET)) is dict:
            later["issuer"] = v_issuer
        elif v_issuer is not UNSET:
            d["issuer"] = v_issuer
        if type(v_last_finalization_error := take("last_finalization_error", UNSET)) is dict:
            later["last_finalization_error"] = v_last_finalization_error
        elif v_last_finalization_error is None:
            fill.last_finalization_error = v_last_finalization_error
        elif v_last_finalization_error is not UNSET:
            d["last_finalization_error"] = v_last_finalization_error
        if type(v_latest_revision := take("latest_revision", UNSET)) is dict:
            later["latest_revision"] = v_latest_revision
        elif (type(v_latest_revision) is str) or (v_latest_revision is None):
            fill.latest_revision = v_latest_revision
        elif v_latest_revision is not UNSET:
            d["latest_revision"] = v_latest_revision
        if type(v_lines := take("lines", UNSET)) is dict:
            later["lines"] = v_lines
        elif v_lines is not UNSET:
            d["lines"] = v_lines
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if (type(v_next_payment_attempt := take("next_payment_attempt", UNSET)) is int) or (
            v_next_payment_attempt is None
        ):
            fill.next_payment_attempt = v_next_payment_attempt
        elif v_next_payment_attempt is not UNSET:
            d["next_payment_attempt"] = v_next_payment_attempt
        if (type(v_number := take("number", UNSET)) is str) or (v_number is None):
            fill.number = v_number
        elif v_number is not UNSET:
            d["number"] = v_number
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if (
            (type(v_on_behalf_of := take("on_behalf_of", UNSET)) is str)
            or (type(v_on_behalf_of) is dict)
            or (v_on_behalf_of is None)
        ):
            fill.on_behalf_of = v_on_behalf_of
        elif v_on_behalf_of is not UNSET:
            d["on_behalf_of"] = v_on_behalf_of
        if type(v_parent := take("parent", UNSET)) is dict:
            later["parent"] = v_parent
        elif v_parent is None:
            fill.parent = v_parent
        elif v_parent is not UNSET:
            d["parent"] = v_parent
        if type(v_payment_settings := take("payment_settings", UNSET)) is dict:
            later["payment_settings"] = v_payment_settings
        elif v_payment_settings is not UNSET:
            d["payment_settings"] = v_payment_settings
        if type(v_period_end := take("period_end", UNSET)) is int:
            fill.period_end = v_period_end
        elif v_period_end is not UNSET:
            d["period_end"] = v_period_end
        if type(v_period_start := take("period_start", UNSET)) is int:
            fill.period_start = v_period_start
        elif v_period_start is not UNSET:
            d["period_start"] = v_period_start
        if (
            type(
                v_post_payment_credit_notes_amount := take(
                    "post_payment_credit_notes_amount", UNSET
                )
            )
            is int
        ):
            fill.post_payment_credit_notes_amount = v_post_payment_credit_notes_amount
        elif v_post_payment_credit_notes_amount is not UNSET:
            d["post_payment_credit_notes_amount"] = v_post_payment_credit_notes_amount
        if (
            type(
                v_pre_payment_credit_notes_amount := take("pre_payment_credit_notes_amount", UNSET)
            )
            is int
        ):
            fill.pre_payment_credit_notes_amount = v_pre_payment_credit_notes_amount
        elif v_pre_payment_credit_notes_amount is not UNSET:
            d["pre_payment_credit_notes_amount"] = v_pre_payment_credit_notes_amount
        if (type(v_receipt_number := take("receipt_number", UNSET)) is str) or (
            v_receipt_number is None
        ):
            fill.receipt_number = v_receipt_number
        elif v_receipt_number is not UNSET:
            d["receipt_number"] = v_receipt_number
        if type(v_shipping_cost := take("shipping_cost", UNSET)) is dict:
            later["shipping_cost"] = v_shipping_cost
        elif v_shipping_cost is None:
            fill.shipping_cost = v_shipping_cost
        elif v_shipping_cost is not UNSET:
            d["shipping_cost"] = v_shipping_cost
        if type(v_shipping_details := take("shipping_details", UNSET)) is dict:
            later["shipping_details"] = v_shipping_details
        elif v_shipping_details is None:
            fill.shipping_details = v_shipping_details
        elif v_shipping_details is not UNSET:
            d["shipping_details"] = v_shipping_details
        if type(v_starting_balance := take("starting_balance", UNSET)) is int:
            fill.starting_balance = v_starting_balance
        elif v_starting_balance is not UNSET:
            d["starting_balance"] = v_starting_balance
        if (type(v_statement_descriptor := take("statement_descriptor", UNSET)) is str) or (
            v_statement_descriptor is None
        ):
            fill.statement_descriptor = v_statement_descriptor
        elif v_statement_descriptor is not UNSET:
            d["statement_descriptor"] = v_statement_descriptor
        if (type(v_status := take("status", UNSET)) is str) or (v_status is None):
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        if type(v_status_transitions := take("status_transitions", UNSET)) is dict:
            later["status_transitions"] = v_status_transitions
        elif v_status_transitions is not UNSET:
            d["status_transitions"] = v_status_transitions
        if type(v_subtotal := take("subtotal", UNSET)) is int:
            fill.subtotal = v_subtotal
        elif v_subtotal is not UNSET:
            d["subtotal"] = v_subtotal
        if (type(v_subtotal_excluding_tax := take("subtotal_excluding_tax", UNSET)) is int) or (
            v_subtotal_excluding_tax is None
        ):
            fill.subtotal_excluding_tax = v_subtotal_excluding_tax
        elif v_subtotal_excluding_tax is not UNSET:
            d["subtotal_excluding_tax"] = v_subtotal_excluding_tax
        if type(v_test_clock := take("test_clock", UNSET)) is dict:
            later["test_clock"] = v_test_clock
        elif (type(v_test_clock) is str) or (v_test_clock is None):
            fill.test_clock = v_test_clock
        elif v_test_clock is not UNSET:
            d["test_clock"] = v_test_clock
        if type(v_total := take("total", UNSET)) is int:
            fill.total = v_total
        elif v_total is not UNSET:
            d["total"] = v_total
        if type(v_total_discount_amounts := take("total_discount_amounts", UNSET)) is list and (
            not v_total_discount_amounts
            or all(type(item0) is dict for item0 in v_total_discount_amounts)
        ):
            later["total_discount_amounts"] = v_total_discount_amounts
        elif v_total_discount_amounts is None:
            fill.total_discount_amounts = v_total_discount_amounts
        elif v_total_discount_amounts is not UNSET:
            d["total_discount_amounts"] = v_total_discount_amounts
        if (type(v_total_excluding_tax := take("total_excluding_tax", UNSET)) is int) or (
            v_total_excluding_tax is None
        ):
            fill.total_excluding_tax = v_total_excluding_tax
        elif v_total_excluding_tax is not UNSET:
            d["total_excluding_tax"] = v_total_excluding_tax
        if type(v_total_taxes := take("total_taxes", UNSET)) is list and (
            not v_total_taxes or all(type(item0) is dict for item0 in v_total_taxes)
        ):
            later["total_taxes"] = v_total_taxes
        elif v_total_taxes is None:
            fill.total_taxes = v_total_taxes
        elif v_total_taxes is not UNSET:
            d["total_taxes"] = v_total_taxes
        if (type(v_webhooks_delivered_at := take("webhooks_delivered_at", UNSET)) is int) or (
            v_webhooks_delivered_at is None
        ):
            fill.webhooks_delivered_at = v_webhooks_delivered_at
        elif v_webhooks_delivered_at is not UNSET:
            d["webhooks_delivered_at"] = v_webhooks_delivered_at
        if (
            (type(v_amount_paid_off_stripe := take("amount_paid_off_stripe", UNSET)) is int)
            or (v_amount_paid_off_stripe is None)
            or v_amount_paid_off_stripe is UNSET
        ):
            fill.amount_paid_off_stripe = v_amount_paid_off_stripe
        else:
            d["amount_paid_off_stripe"] = v_amount_paid_off_stripe
        if (
            (type(v_automatically_finalizes_at := take("automatically_finalizes_at", UNSET)) is int)
            or (v_automatically_finalizes_at is None)
            or v_automatically_finalizes_at is UNSET
        ):
            fill.automatically_finalizes_at = v_automatically_finalizes_at
        else:
            d["automatically_finalizes_at"] = v_automatically_finalizes_at
        if type(v_confirmation_secret := take("confirmation_secret", UNSET)) is dict:
            later["confirmation_secret"] = v_confirmation_secret
        elif (v_confirmation_secret is None) or v_confirmation_secret is UNSET:
            fill.confirmation_secret = v_confirmation_secret
        else:
            d["confirmation_secret"] = v_confirmation_secret
        if (
            (type(v_customer_account := take("customer_account", UNSET)) is str)
            or (v_customer_account is None)
            or v_customer_account is UNSET
        ):
            fill.customer_account = v_customer_account
        else:
            d["customer_account"] = v_customer_account
        if (
            (type(v_effective_at := take("effective_at", UNSET)) is int)
            or (v_effective_at is None)
            or v_effective_at is UNSET
        ):
            fill.effective_at = v_effective_at
        else:
            d["effective_at"] = v_effective_at
        if type(v_payments := take("payments", UNSET)) is dict:
            later["payments"] = v_payments
        elif (v_payments is None) or v_payments is UNSET:
            fill.payments = v_payments
        else:
            d["payments"] = v_payments
        if type(v_rendering := take("rendering", UNSET)) is dict:
            later["rendering"] = v_rendering
        elif (v_rendering is None) or v_rendering is UNSET:
            fill.rendering = v_rendering
        else:
            d["rendering"] = v_rendering
        if type(v_status_details := take("status_details", UNSET)) is dict:
            later["status_details"] = v_status_details
        elif (v_status_details is None) or v_status_details is UNSET:
            fill.status_details = v_status_details
        else:
            d["status_details"] = v_status_details
        if type(v_threshold_reason := take("threshold_reason", UNSET)) is dict:
            later["threshold_reason"] = v_threshold_reason
        elif (v_threshold_reason is None) or v_threshold_reason is UNSET:
            fill.threshold_reason = v_threshold_reason
        else:
            d["threshold_reason"] = v_threshold_reason
        if type(
            v_total_pretax_credit_amounts := take("total_pretax_credit_amounts", UNSET)
        ) is list and (
            not v_total_pretax_credit_amounts
            or all(type(item0) is dict for item0 in v_total_pretax_credit_amounts)
        ):
            later["total_pretax_credit_amounts"] = v_total_pretax_credit_amounts
        elif (v_total_pretax_credit_amounts is None) or v_total_pretax_credit_amounts is UNSET:
            fill.total_pretax_credit_amounts = v_total_pretax_credit_amounts
        else:
            d["total_pretax_credit_amounts"] = v_total_pretax_credit_amounts
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceItemThresholdReason(Model):
    """Embedded object found at `invoice.threshold_reason.item_reasons`."""

    line_item_ids: list[str]
    usage_gte: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceItemThresholdReason:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_line_item_ids := take("line_item_ids", UNSET)) is list and (
            not v_line_item_ids or all(type(item0) is str for item0 in v_line_item_ids)
        ):
            fill.line_item_ids = v_line_item_ids
        elif v_line_item_ids is not UNSET:
            d["line_item_ids"] = v_line_item_ids
        if type(v_usage_gte := take("usage_gte", UNSET)) is int:
            fill.usage_gte = v_usage_gte
        elif v_usage_gte is not UNSET:
            d["usage_gte"] = v_usage_gte
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceLines(Model):
    """First page of the invoice's line items; list the rest through the lines endpoint."""

    data: list[LineItem]
    has_more: bool
    object_: Literal["list"]
    url: str
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [LineItem.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceLines:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if type(v_total_count := take("total_count", UNSET)) is int or v_total_count is UNSET:
            fill.total_count = v_total_count
        else:
            d["total_count"] = v_total_count
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsCard(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.card`."""

    installments: InvoicePaymentMethodOptionsCardInstallments | None
    request_three_d_secure: Literal["any", "automatic", "challenge"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "installments": lambda v: InvoicePaymentMethodOptionsCardInstallments.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsCard:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_installments := take("installments", UNSET)) is dict:
            later["installments"] = v_installments
        elif v_installments is None:
            fill.installments = v_installments
        elif v_installments is not UNSET:
            d["installments"] = v_installments
        if (type(v_request_three_d_secure := take("request_three_d_secure", UNSET)) is str) or (
            v_request_three_d_secure is None
        ):
            fill.request_three_d_secure = v_request_three_d_secure
        elif v_request_three_d_secure is not UNSET:
            d["request_three_d_secure"] = v_request_three_d_secure
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsCardInstallments(Model):
    """Embedded object found at
    `invoice.payment_settings.payment_method_options.card.installments`."""

    enabled: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsCardInstallments:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_enabled := take("enabled", UNSET)) is bool) or (v_enabled is None):
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentsType0(Model):
    """A page of the payments recorded for the invoice; only present when expanded."""

    data: list[InvoicePayment]
    has_more: bool
    object_: Literal["list"]
    url: str
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [InvoicePayment.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentsType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if type(v_total_count := take("total_count", UNSET)) is int or v_total_count is UNSET:
            fill.total_count = v_total_count
        else:
            d["total_count"] = v_total_count
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceRenderingPdf(Model):
    """Embedded object found at `invoice.rendering.pdf`."""

    page_size: Literal["a4", "auto", "letter"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceRenderingPdf:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_page_size := take("page_size", UNSET)) is str) or (v_page_size is None):
            fill.page_size = v_page_size
        elif v_page_size is not UNSET:
            d["page_size"] = v_page_size
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceThresholdReason(Model):
    """Embedded object found at `invoice.threshold_reason`."""

    amount_gte: int | None
    item_reasons: list[InvoiceItemThresholdReason]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "item_reasons": lambda v: [InvoiceItemThresholdReason.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceThresholdReason:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_amount_gte := take("amount_gte", UNSET)) is int) or (v_amount_gte is None):
            fill.amount_gte = v_amount_gte
        elif v_amount_gte is not UNSET:
            d["amount_gte"] = v_amount_gte
        if type(v_item_reasons := take("item_reasons", UNSET)) is list and (
            not v_item_reasons or all(type(item0) is dict for item0 in v_item_reasons)
        ):
            later["item_reasons"] = v_item_reasons
        elif v_item_reasons is not UNSET:
            d["item_reasons"] = v_item_reasons
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentMethodOptions(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options`."""

    acss_debit: InvoicePaymentMethodOptionsAcssDebit | None
    bancontact: InvoicePaymentMethodOptionsBancontact | None
    billie: InvoicesPaymentMethodOptionsBillie | None
    blik: dict[str, Any] | None
    card: InvoicePaymentMethodOptionsCard | None
    customer_balance: InvoicePaymentMethodOptionsCustomerBalance | None
    konbini: dict[str, Any] | None
    payto: InvoicesPaymentMethodOptionsPayto | None
    pix: InvoicesPaymentMethodOptionsPix | None
    sepa_debit: dict[str, Any] | None
    upi: InvoicesPaymentMethodOptionsUpi | None
    us_bank_account: InvoicePaymentMethodOptionsUsBankAccount | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "acss_debit": lambda v: InvoicePaymentMethodOptionsAcssDebit.from_dict(v),
        "bancontact": lambda v: InvoicePaymentMethodOptionsBancontact.from_dict(v),
        "billie": lambda v: InvoicesPaymentMethodOptionsBillie.from_dict(v),
        "card": lambda v: InvoicePaymentMethodOptionsCard.from_dict(v),
        "customer_balance": lambda v: InvoicePaymentMethodOptionsCustomerBalance.from_dict(v),
        "payto": lambda v: InvoicesPaymentMethodOptionsPayto.from_dict(v),
        "pix": lambda v: InvoicesPaymentMethodOptionsPix.from_dict(v),
        "upi": lambda v: InvoicesPaymentMethodOptionsUpi.from_dict(v),
        "us_bank_account": lambda v: InvoicePaymentMethodOptionsUsBankAccount.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentMethodOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_acss_debit := take("acss_debit", UNSET)) is dict:
            later["acss_debit"] = v_acss_debit
        elif v_acss_debit is None:
            fill.acss_debit = v_acss_debit
        elif v_acss_debit is not UNSET:
            d["acss_debit"] = v_acss_debit
        if type(v_bancontact := take("bancontact", UNSET)) is dict:
            later["bancontact"] = v_bancontact
        elif v_bancontact is None:
            fill.bancontact = v_bancontact
        elif v_bancontact is not UNSET:
            d["bancontact"] = v_bancontact
        if type(v_billie := take("billie", UNSET)) is dict:
            later["billie"] = v_billie
        elif v_billie is None:
            fill.billie = v_billie
        elif v_billie is not UNSET:
            d["billie"] = v_billie
        if (type(v_blik := take("blik", UNSET)) is dict) or (v_blik is None):
            fill.blik = v_blik
        elif v_blik is not UNSET:
            d["blik"] = v_blik
        if type(v_card := take("card", UNSET)) is dict:
            later["card"] = v_card
        elif v_card is None:
            fill.card = v_card
        elif v_card is not UNSET:
            d["card"] = v_card
        if type(v_customer_balance := take("customer_balance", UNSET)) is dict:
            later["customer_balance"] = v_customer_balance
        elif v_customer_balance is None:
            fill.customer_balance = v_customer_balance
        elif v_customer_balance is not UNSET:
            d["customer_balance"] = v_customer_balance
        if (type(v_konbini := take("konbini", UNSET)) is dict) or (v_konbini is None):
            fill.konbini = v_konbini
        elif v_konbini is not UNSET:
            d["konbini"] = v_konbini
        if type(v_payto := take("payto", UNSET)) is dict:
            later["payto"] = v_payto
        elif v_payto is None:
            fill.payto = v_payto
        elif v_payto is not UNSET:
            d["payto"] = v_payto
        if type(v_pix := take("pix", UNSET)) is dict:
            later["pix"] = v_pix
        elif v_pix is None:
            fill.pix = v_pix
        elif v_pix is not UNSET:
            d["pix"] = v_pix
        if (type(v_sepa_debit := take("sepa_debit", UNSET)) is dict) or (v_sepa_debit is None):
            fill.sepa_debit = v_sepa_debit
        elif v_sepa_debit is not UNSET:
            d["sepa_debit"] = v_sepa_debit
        if type(v_upi := take("upi", UNSET)) is dict:
            later["upi"] = v_upi
        elif v_upi is None:
            fill.upi = v_upi
        elif v_upi is not UNSET:
            d["upi"] = v_upi
        if type(v_us_bank_account := take("us_bank_account", UNSET)) is dict:
            later["us_bank_account"] = v_us_bank_account
        elif v_us_bank_account is None:
            fill.us_bank_account = v_us_bank_account
        elif v_us_bank_account is not UNSET:
            d["us_bank_account"] = v_us_bank_account
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentMethodOptionsBillie(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.billie`."""

    company_details: InvoicesPaymentMethodOptionsBillieCompanyDetails | None
    reference: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "company_details": lambda v: InvoicesPaymentMethodOptionsBillieCompanyDetails.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentMethodOptionsBillie:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_company_details := take("company_details", UNSET)) is dict:
            later["company_details"] = v_company_details
        elif v_company_details is None:
            fill.company_details = v_company_details
        elif v_company_details is not UNSET:
            d["company_details"] = v_company_details
        if (type(v_reference := take("reference", UNSET)) is str) or (v_reference is None):
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentMethodOptionsPix(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.pix`."""

    amount_includes_iof: Literal["always", "never"] | None
    expires_after_seconds: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentMethodOptionsPix:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_amount_includes_iof := take("amount_includes_iof", UNSET)) is str) or (
            v_amount_includes_iof is None
        ):
            fill.amount_includes_iof = v_amount_includes_iof
        elif v_amount_includes_iof is not UNSET:
            d["amount_includes_iof"] = v_amount_includes_iof
        if (type(v_expires_after_seconds := take("expires_after_seconds", UNSET)) is int) or (
            v_expires_after_seconds is None
        ):
            fill.expires_after_seconds = v_expires_after_seconds
        elif v_expires_after_seconds is not UNSET:
            d["expires_after_seconds"] = v_expires_after_seconds
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentSettings(Model):
    """How the invoice may be paid: allowed methods and their options."""

    default_mandate: str | None
    payment_method_options: InvoicesPaymentMethodOptions | None
    payment_method_types: list[PaymentMethodType] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "payment_method_options": lambda v: InvoicesPaymentMethodOptions.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_default_mandate := take("default_mandate", UNSET)) is str) or (
            v_default_mandate is None
        ):
            fill.default_mandate = v_default_mandate
        elif v_default_mandate is not UNSET:
            d["default_mandate"] = v_default_mandate
        if type(v_payment_method_options := take("payment_method_options", UNSET)) is dict:
            later["payment_method_options"] = v_payment_method_options
        elif v_payment_method_options is None:
            fill.payment_method_options = v_payment_method_options
        elif v_payment_method_options is not UNSET:
            d["payment_method_options"] = v_payment_method_options
        if (
            type(v_payment_method_types := take("payment_method_types", UNSET)) is list
            and (
                not v_payment_method_types
                or all(type(item0) is str for item0 in v_payment_method_types)
            )
        ) or (v_payment_method_types is None):
            fill.payment_method_types = v_payment_method_types
        elif v_payment_method_types is not UNSET:
            d["payment_method_types"] = v_payment_method_types
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesResourceConfirmationSecret(Model):
    """Embedded object found at `invoice.confirmation_secret`."""

    client_secret: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceConfirmationSecret:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_client_secret := take("client_secret", UNSET)) is str:
            fill.client_secret = v_client_secret
        elif v_client_secret is not UNSET:
            d["client_secret"] = v_client_secret
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesResourceFromInvoice(Model):
    """Embedded object found at `invoice.from_invoice`."""

    action: str
    invoice: Invoice | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "invoice": lambda v: Invoice.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceFromInvoice:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_action := take("action", UNSET)) is str:
            fill.action = v_action
        elif v_action is not UNSET:
            d["action"] = v_action
        if type(v_invoice := take("invoice", UNSET)) is dict:
            later["invoice"] = v_invoice
        elif type(v_invoice) is str:
            fill.invoice = v_invoice
        elif v_invoice is not UNSET:
            d["invoice"] = v_invoice
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesResourceInvoiceRendering(Model):
    """Embedded object found at `invoice.rendering`."""

    amount_tax_display: str | None
    pdf: InvoiceRenderingPdf | None
    template: str | None
    template_version: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "pdf": lambda v: InvoiceRenderingPdf.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceInvoiceRendering:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_amount_tax_display := take("amount_tax_display", UNSET)) is str) or (
            v_amount_tax_display is None
        ):
            fill.amount_tax_display = v_amount_tax_display
        elif v_amount_tax_display is not UNSET:
            d["amount_tax_display"] = v_amount_tax_display
        if type(v_pdf := take("pdf", UNSET)) is dict:
            later["pdf"] = v_pdf
        elif v_pdf is None:
            fill.pdf = v_pdf
        elif v_pdf is not UNSET:
            d["pdf"] = v_pdf
        if (type(v_template := take("template", UNSET)) is str) or (v_template is None):
            fill.template = v_template
        elif v_template is not UNSET:
            d["template"] = v_template
        if (type(v_template_version := take("template_version", UNSET)) is int) or (
            v_template_version is None
        ):
            fill.template_version = v_template_version
        elif v_template_version is not UNSET:
            d["template_version"] = v_template_version
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesResourceInvoiceTaxId(Model):
    """Embedded object found at `invoice.customer_tax_ids`."""

    type_: TaxIdType
    value: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceInvoiceTaxId:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if (type(v_value := take("value", UNSET)) is str) or (v_value is None):
            fill.value = v_value
        elif v_value is not UNSET:
            d["value"] = v_value
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesResourceStatusDetails(Model):
    """Embedded object found at `invoice.status_details`."""

    uncollectible: InvoicesResourceStatusDetailsUncollectible | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "uncollectible": lambda v: InvoicesResourceStatusDetailsUncollectible.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceStatusDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_uncollectible := take("uncollectible", UNSET)) is dict:
            later["uncollectible"] = v_uncollectible
        elif v_uncollectible is None:
            fill.uncollectible = v_uncollectible
        elif v_uncollectible is not UNSET:
            d["uncollectible"] = v_uncollectible
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesResourceStatusDetailsUncollectible(Model):
    """Embedded object found at `invoice.status_details.uncollectible`."""

    reason: (
        Literal[
            "max_payment_attempts",
            "payment_not_received",
            "subscription_canceled",
            "subscription_paused",
            "user_forgiven",
        ]
        | None
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceStatusDetailsUncollectible:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_reason := take("reason", UNSET)) is str) or (v_reason is None):
            fill.reason = v_reason
        elif v_reason is not UNSET:
            d["reason"] = v_reason
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesStatusTransitions(Model):
    """Timestamps of the invoice's moves between statuses."""

    finalized_at: int | None
    marked_uncollectible_at: int | None
    paid_at: int | None
    voided_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesStatusTransitions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_finalized_at := take("finalized_at", UNSET)) is int) or (v_finalized_at is None):
            fill.finalized_at = v_finalized_at
        elif v_finalized_at is not UNSET:
            d["finalized_at"] = v_finalized_at
        if (type(v_marked_uncollectible_at := take("marked_uncollectible_at", UNSET)) is int) or (
            v_marked_uncollectible_at is None
        ):
            fill.marked_uncollectible_at = v_marked_uncollectible_at
        elif v_marked_uncollectible_at is not UNSET:
            d["marked_uncollectible_at"] = v_marked_uncollectible_at
        if (type(v_paid_at := take("paid_at", UNSET)) is int) or (v_paid_at is None):
            fill.paid_at = v_paid_at
        elif v_paid_at is not UNSET:
            d["paid_at"] = v_paid_at
        if (type(v_voided_at := take("voided_at", UNSET)) is int) or (v_voided_at is None):
            fill.voided_at = v_voided_at
        elif v_voided_at is not UNSET:
            d["voided_at"] = v_voided_at
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# The same shapes as classes above, under their own names.
GetInvoicesInvoiceLinesResponse200 = InvoiceLines


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .customer import Customer, DeletedCustomer  # noqa: E402
from .discount import DeletedDiscount, Discount  # noqa: E402
from .errors import ApiErrors  # noqa: E402
from .line_item import LineItem  # noqa: E402
from .payment import InvoicePayment  # noqa: E402
from .payment_method import PaymentMethod  # noqa: E402
from .shared import (  # noqa: E402
    Address,
    BillingBillResourceInvoicingTaxesTax,
    ConnectAccountReference,
    DiscountsResourceDiscountAmount,
    InvoicePaymentMethodOptionsAcssDebit,
    InvoicePaymentMethodOptionsBancontact,
    InvoicePaymentMethodOptionsCustomerBalance,
    InvoicePaymentMethodOptionsUsBankAccount,
    InvoiceSettingCustomField,
    InvoicesPaymentMethodOptionsBillieCompanyDetails,
    InvoicesPaymentMethodOptionsPayto,
    InvoicesPaymentMethodOptionsUpi,
    InvoicesResourcePretaxCreditAmount,
    InvoicesResourceShippingCost,
    Shipping,
)
from .subscription import Subscription  # noqa: E402
from .tax import DeletedTaxId, TaxId, TaxRate  # noqa: E402
from .test_clock import TestClock  # noqa: E402

__all__ = [
    "AutomaticTax",
    "BillingBillResourceInvoicingParentsInvoiceParent",
    "BillingBillResourceInvoicingParentsInvoiceQuoteParent",
    "BillingBillResourceInvoicingParentsInvoiceSubscriptionParent",
    "DeletedInvoice",
    "Invoice",
    "InvoiceItemThresholdReason",
    "InvoiceLines",
    "InvoicePaymentMethodOptionsCard",
    "InvoicePaymentMethodOptionsCardInstallments",
    "InvoicePaymentsType0",
    "InvoiceRenderingPdf",
    "InvoiceThresholdReason",
    "InvoicesPaymentMethodOptions",
    "InvoicesPaymentMethodOptionsBillie",
    "InvoicesPaymentMethodOptionsPix",
    "InvoicesPaymentSettings",
    "InvoicesResourceConfirmationSecret",
    "InvoicesResourceFromInvoice",
    "InvoicesResourceInvoiceRendering",
    "InvoicesResourceInvoiceTaxId",
    "InvoicesResourceStatusDetails",
    "InvoicesResourceStatusDetailsUncollectible",
    "InvoicesStatusTransitions",
    "GetInvoicesInvoiceLinesResponse200",
    "InvoiceStatus",
]
