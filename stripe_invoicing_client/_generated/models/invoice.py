"""Response models: invoice (generated; do not edit).

Parsing is tolerant: anything not modelled, and any value of another type than its
field declares, is kept in `additional_properties`, so `from_dict(d).to_dict() == d`.
Reading a field that the data lacks, or held with another type, raises
`FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when
absent."""

from __future__ import annotations

from collections.abc import Mapping
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("enabled", "enabled", "bool"),
        ("liability", "liability", "ConnectAccountReference | None"),
        ("status", "status", "Literal['complete', 'failed', 'requires_location_inputs'] | None"),
        (
            "disabled_reason",
            "disabled_reason",
            "Literal['finalization_requires_location_inputs', 'finalization_system_error'] | None",
        ),
        ("provider", "provider", "str | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("liability",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_liability = self.liability
        except AttributeError:
            pass
        else:
            data["liability"] = (
                v_liability.to_dict()
                if isinstance(v_liability, ConnectAccountReference)
                else v_liability
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> AutomaticTax:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_enabled = take("enabled", UNSET)
        if type(v_enabled) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        v_liability = take("liability", UNSET)
        if (type(v_liability) is dict) or (v_liability is None):
            fill.liability = (
                ConnectAccountReference.from_dict(v_liability)
                if type(v_liability) is dict
                else v_liability
            )
        elif v_liability is not UNSET:
            d["liability"] = v_liability
        v_status = take("status", UNSET)
        if (type(v_status) is str) or (v_status is None):
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        v_disabled_reason = take("disabled_reason", UNSET)
        if (type(v_disabled_reason) is str) or (v_disabled_reason is None):
            fill.disabled_reason = v_disabled_reason
        elif v_disabled_reason is UNSET:
            fill.disabled_reason = UNSET
        else:
            d["disabled_reason"] = v_disabled_reason
        v_provider = take("provider", UNSET)
        if (type(v_provider) is str) or (v_provider is None):
            fill.provider = v_provider
        elif v_provider is UNSET:
            fill.provider = UNSET
        else:
            d["provider"] = v_provider
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "quote_details",
            "quote_details",
            "BillingBillResourceInvoicingParentsInvoiceQuoteParent | None",
        ),
        (
            "subscription_details",
            "subscription_details",
            "BillingBillResourceInvoicingParentsInvoiceSubscriptionParent | None",
        ),
        ("type_", "type", "Literal['quote_details', 'subscription_details']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "quote_details",
            "subscription_details",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_quote_details = self.quote_details
        except AttributeError:
            pass
        else:
            data["quote_details"] = (
                v_quote_details.to_dict()
                if isinstance(
                    v_quote_details, BillingBillResourceInvoicingParentsInvoiceQuoteParent
                )
                else v_quote_details
            )
        try:
            v_subscription_details = self.subscription_details
        except AttributeError:
            pass
        else:
            data["subscription_details"] = (
                v_subscription_details.to_dict()
                if isinstance(
                    v_subscription_details,
                    BillingBillResourceInvoicingParentsInvoiceSubscriptionParent,
                )
                else v_subscription_details
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingParentsInvoiceParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_quote_details = take("quote_details", UNSET)
        if (type(v_quote_details) is dict) or (v_quote_details is None):
            fill.quote_details = (
                BillingBillResourceInvoicingParentsInvoiceQuoteParent.from_dict(v_quote_details)
                if type(v_quote_details) is dict
                else v_quote_details
            )
        elif v_quote_details is not UNSET:
            d["quote_details"] = v_quote_details
        v_subscription_details = take("subscription_details", UNSET)
        if (type(v_subscription_details) is dict) or (v_subscription_details is None):
            fill.subscription_details = (
                BillingBillResourceInvoicingParentsInvoiceSubscriptionParent.from_dict(
                    v_subscription_details
                )
                if type(v_subscription_details) is dict
                else v_subscription_details
            )
        elif v_subscription_details is not UNSET:
            d["subscription_details"] = v_subscription_details
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingParentsInvoiceQuoteParent(Model):
    """Embedded object found at `invoice.parent.quote_details`."""

    quote: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (("quote", "quote", "str"),)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingParentsInvoiceQuoteParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_quote = take("quote", UNSET)
        if type(v_quote) is str:
            fill.quote = v_quote
        elif v_quote is not UNSET:
            d["quote"] = v_quote
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("metadata", "metadata", "dict[str, str] | None"),
        ("subscription", "subscription", "str | Subscription"),
        ("subscription_proration_date", "subscription_proration_date", "int | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("subscription",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_subscription = self.subscription
        except AttributeError:
            pass
        else:
            data["subscription"] = (
                v_subscription.to_dict()
                if isinstance(v_subscription, Subscription)
                else v_subscription
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingParentsInvoiceSubscriptionParent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_metadata = take("metadata", UNSET)
        if (
            type(v_metadata) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_subscription = take("subscription", UNSET)
        if (type(v_subscription) is dict) or (type(v_subscription) is str):
            fill.subscription = (
                Subscription.from_dict(v_subscription)
                if type(v_subscription) is dict
                else v_subscription
            )
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        v_subscription_proration_date = take("subscription_proration_date", UNSET)
        if (type(v_subscription_proration_date) is int) or (v_subscription_proration_date is None):
            fill.subscription_proration_date = v_subscription_proration_date
        elif v_subscription_proration_date is not UNSET:
            d["subscription_proration_date"] = v_subscription_proration_date
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("deleted", "deleted", "Literal[True]"),
        ("id", "id", "str"),
        ("object_", "object", "Literal['invoice']"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedInvoice:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_deleted = take("deleted", UNSET)
        if v_deleted is UNSET:
            pass
        elif v_deleted is True:
            fill.deleted = v_deleted
        else:
            d["deleted"] = v_deleted
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("account_country", "account_country", "str | None"),
        ("account_name", "account_name", "str | None"),
        ("account_tax_ids", "account_tax_ids", "list[DeletedTaxId | str | TaxId] | None"),
        ("amount_due", "amount_due", "int"),
        ("amount_overpaid", "amount_overpaid", "int"),
        ("amount_paid", "amount_paid", "int"),
        ("amount_remaining", "amount_remaining", "int"),
        ("amount_shipping", "amount_shipping", "int"),
        ("application", "application", "str | dict[str, Any] | None"),
        ("attempt_count", "attempt_count", "int"),
        ("attempted", "attempted", "bool"),
        ("auto_advance", "auto_advance", "bool | None"),
        ("automatic_tax", "automatic_tax", "AutomaticTax"),
        ("billing_reason", "billing_reason", "str (one of 9 values) | None"),
        (
            "collection_method",
            "collection_method",
            "Literal['charge_automatically', 'send_invoice']",
        ),
        ("created", "created", "int"),
        ("currency", "currency", "str"),
        ("custom_fields", "custom_fields", "list[InvoiceSettingCustomField] | None"),
        ("customer", "customer", "Customer | DeletedCustomer | str | None"),
        ("customer_address", "customer_address", "Address | None"),
        ("customer_email", "customer_email", "str | None"),
        ("customer_name", "customer_name", "str | None"),
        ("customer_phone", "customer_phone", "str | None"),
        ("customer_shipping", "customer_shipping", "Shipping | None"),
        (
            "customer_tax_exempt",
            "customer_tax_exempt",
            "Literal['exempt', 'none', 'reverse'] | None",
        ),
        ("customer_tax_ids", "customer_tax_ids", "list[InvoicesResourceInvoiceTaxId] | None"),
        ("default_payment_method", "default_payment_method", "PaymentMethod | str | None"),
        ("default_source", "default_source", "str | dict[str, Any] | None"),
        ("default_tax_rates", "default_tax_rates", "list[TaxRate]"),
        ("description", "description", "str | None"),
        ("discounts", "discounts", "list[DeletedDiscount | Discount | str]"),
        ("due_date", "due_date", "int | None"),
        ("ending_balance", "ending_balance", "int | None"),
        ("footer", "footer", "str | None"),
        ("from_invoice", "from_invoice", "InvoicesResourceFromInvoice | None"),
        ("hosted_invoice_url", "hosted_invoice_url", "str | None"),
        ("id", "id", "str"),
        ("invoice_pdf", "invoice_pdf", "str | None"),
        ("issuer", "issuer", "ConnectAccountReference"),
        ("last_finalization_error", "last_finalization_error", "ApiErrors | None"),
        ("latest_revision", "latest_revision", "Invoice | str | None"),
        ("lines", "lines", "InvoiceLines"),
        ("livemode", "livemode", "bool"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("next_payment_attempt", "next_payment_attempt", "int | None"),
        ("number", "number", "str | None"),
        ("object_", "object", "Literal['invoice']"),
        ("on_behalf_of", "on_behalf_of", "str | dict[str, Any] | None"),
        ("parent", "parent", "BillingBillResourceInvoicingParentsInvoiceParent | None"),
        ("payment_settings", "payment_settings", "InvoicesPaymentSettings"),
        ("period_end", "period_end", "int"),
        ("period_start", "period_start", "int"),
        ("post_payment_credit_notes_amount", "post_payment_credit_notes_amount", "int"),
        ("pre_payment_credit_notes_amount", "pre_payment_credit_notes_amount", "int"),
        ("receipt_number", "receipt_number", "str | None"),
        ("shipping_cost", "shipping_cost", "InvoicesResourceShippingCost | None"),
        ("shipping_details", "shipping_details", "Shipping | None"),
        ("starting_balance", "starting_balance", "int"),
        ("statement_descriptor", "statement_descriptor", "str | None"),
        ("status", "status", "InvoiceStatus | None"),
        ("status_transitions", "status_transitions", "InvoicesStatusTransitions"),
        ("subtotal", "subtotal", "int"),
        ("subtotal_excluding_tax", "subtotal_excluding_tax", "int | None"),
        ("test_clock", "test_clock", "str | TestClock | None"),
        ("total", "total", "int"),
        (
            "total_discount_amounts",
            "total_discount_amounts",
            "list[DiscountsResourceDiscountAmount] | None",
        ),
        ("total_excluding_tax", "total_excluding_tax", "int | None"),
        ("total_taxes", "total_taxes", "list[BillingBillResourceInvoicingTaxesTax] | None"),
        ("webhooks_delivered_at", "webhooks_delivered_at", "int | None"),
        ("amount_paid_off_stripe", "amount_paid_off_stripe", "int | None"),
        ("automatically_finalizes_at", "automatically_finalizes_at", "int | None"),
        ("confirmation_secret", "confirmation_secret", "InvoicesResourceConfirmationSecret | None"),
        ("customer_account", "customer_account", "str | None"),
        ("effective_at", "effective_at", "int | None"),
        ("payments", "payments", "InvoicePaymentsType0 | None"),
        ("rendering", "rendering", "InvoicesResourceInvoiceRendering | None"),
        ("status_details", "status_details", "InvoicesResourceStatusDetails | None"),
        ("threshold_reason", "threshold_reason", "InvoiceThresholdReason | None"),
        (
            "total_pretax_credit_amounts",
            "total_pretax_credit_amounts",
            "list[InvoicesResourcePretaxCreditAmount] | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "account_tax_ids",
            "automatic_tax",
            "custom_fields",
            "customer",
            "customer_address",
            "customer_shipping",
            "customer_tax_ids",
            "default_payment_method",
            "default_tax_rates",
            "discounts",
            "from_invoice",
            "issuer",
            "last_finalization_error",
            "latest_revision",
            "lines",
            "parent",
            "payment_settings",
            "shipping_cost",
            "shipping_details",
            "status_transitions",
            "test_clock",
            "total_discount_amounts",
            "total_taxes",
            "confirmation_secret",
            "payments",
            "rendering",
            "status_details",
            "threshold_reason",
            "total_pretax_credit_amounts",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_account_tax_ids = self.account_tax_ids
        except AttributeError:
            pass
        else:
            data["account_tax_ids"] = (
                [
                    (
                        item0.to_dict()
                        if isinstance(item0, TaxId)
                        else (item0.to_dict() if isinstance(item0, DeletedTaxId) else item0)
                    )
                    for item0 in v_account_tax_ids
                ]
                if isinstance(v_account_tax_ids, list)
                else v_account_tax_ids
            )
        try:
            v_automatic_tax = self.automatic_tax
        except AttributeError:
            pass
        else:
            data["automatic_tax"] = v_automatic_tax.to_dict()
        try:
            v_custom_fields = self.custom_fields
        except AttributeError:
            pass
        else:
            data["custom_fields"] = (
                [item0.to_dict() for item0 in v_custom_fields]
                if isinstance(v_custom_fields, list)
                else v_custom_fields
            )
        try:
            v_customer = self.customer
        except AttributeError:
            pass
        else:
            data["customer"] = (
                v_customer.to_dict()
                if isinstance(v_customer, Customer)
                else (
                    v_customer.to_dict() if isinstance(v_customer, DeletedCustomer) else v_customer
                )
            )
        try:
            v_customer_address = self.customer_address
        except AttributeError:
            pass
        else:
            data["customer_address"] = (
                v_customer_address.to_dict()
                if isinstance(v_customer_address, Address)
                else v_customer_address
            )
        try:
            v_customer_shipping = self.customer_shipping
        except AttributeError:
            pass
        else:
            data["customer_shipping"] = (
                v_customer_shipping.to_dict()
                if isinstance(v_customer_shipping, Shipping)
                else v_customer_shipping
            )
        try:
            v_customer_tax_ids = self.customer_tax_ids
        except AttributeError:
            pass
        else:
            data["customer_tax_ids"] = (
                [item0.to_dict() for item0 in v_customer_tax_ids]
                if isinstance(v_customer_tax_ids, list)
                else v_customer_tax_ids
            )
        try:
            v_default_payment_method = self.default_payment_method
        except AttributeError:
            pass
        else:
            data["default_payment_method"] = (
                v_default_payment_method.to_dict()
                if isinstance(v_default_payment_method, PaymentMethod)
                else v_default_payment_method
            )
        try:
            v_default_tax_rates = self.default_tax_rates
        except AttributeError:
            pass
        else:
            data["default_tax_rates"] = [item0.to_dict() for item0 in v_default_tax_rates]
        try:
            v_discounts = self.discounts
        except AttributeError:
            pass
        else:
            data["discounts"] = [
                (
                    item0.to_dict()
                    if isinstance(item0, Discount)
                    else (item0.to_dict() if isinstance(item0, DeletedDiscount) else item0)
                )
                for item0 in v_discounts
            ]
        try:
            v_from_invoice = self.from_invoice
        except AttributeError:
            pass
        else:
            data["from_invoice"] = (
                v_from_invoice.to_dict()
                if isinstance(v_from_invoice, InvoicesResourceFromInvoice)
                else v_from_invoice
            )
        try:
            v_issuer = self.issuer
        except AttributeError:
            pass
        else:
            data["issuer"] = v_issuer.to_dict()
        try:
            v_last_finalization_error = self.last_finalization_error
        except AttributeError:
            pass
        else:
            data["last_finalization_error"] = (
                v_last_finalization_error.to_dict()
                if isinstance(v_last_finalization_error, ApiErrors)
                else v_last_finalization_error
            )
        try:
            v_latest_revision = self.latest_revision
        except AttributeError:
            pass
        else:
            data["latest_revision"] = (
                v_latest_revision.to_dict()
                if isinstance(v_latest_revision, Invoice)
                else v_latest_revision
            )
        try:
            v_lines = self.lines
        except AttributeError:
            pass
        else:
            data["lines"] = v_lines.to_dict()
        try:
            v_parent = self.parent
        except AttributeError:
            pass
        else:
            data["parent"] = (
                v_parent.to_dict()
                if isinstance(v_parent, BillingBillResourceInvoicingParentsInvoiceParent)
                else v_parent
            )
        try:
            v_payment_settings = self.payment_settings
        except AttributeError:
            pass
        else:
            data["payment_settings"] = v_payment_settings.to_dict()
        try:
            v_shipping_cost = self.shipping_cost
        except AttributeError:
            pass
        else:
            data["shipping_cost"] = (
                v_shipping_cost.to_dict()
                if isinstance(v_shipping_cost, InvoicesResourceShippingCost)
                else v_shipping_cost
            )
        try:
            v_shipping_details = self.shipping_details
        except AttributeError:
            pass
        else:
            data["shipping_details"] = (
                v_shipping_details.to_dict()
                if isinstance(v_shipping_details, Shipping)
                else v_shipping_details
            )
        try:
            v_status_transitions = self.status_transitions
        except AttributeError:
            pass
        else:
            data["status_transitions"] = v_status_transitions.to_dict()
        try:
            v_test_clock = self.test_clock
        except AttributeError:
            pass
        else:
            data["test_clock"] = (
                v_test_clock.to_dict() if isinstance(v_test_clock, TestClock) else v_test_clock
            )
        try:
            v_total_discount_amounts = self.total_discount_amounts
        except AttributeError:
            pass
        else:
            data["total_discount_amounts"] = (
                [item0.to_dict() for item0 in v_total_discount_amounts]
                if isinstance(v_total_discount_amounts, list)
                else v_total_discount_amounts
            )
        try:
            v_total_taxes = self.total_taxes
        except AttributeError:
            pass
        else:
            data["total_taxes"] = (
                [item0.to_dict() for item0 in v_total_taxes]
                if isinstance(v_total_taxes, list)
                else v_total_taxes
            )
        try:
            v_confirmation_secret = self.confirmation_secret
        except AttributeError:
            pass
        else:
            if not isinstance(v_confirmation_secret, Unset):
                data["confirmation_secret"] = (
                    v_confirmation_secret.to_dict()
                    if isinstance(v_confirmation_secret, InvoicesResourceConfirmationSecret)
                    else v_confirmation_secret
                )
        try:
            v_payments = self.payments
        except AttributeError:
            pass
        else:
            if not isinstance(v_payments, Unset):
                data["payments"] = (
                    v_payments.to_dict()
                    if isinstance(v_payments, InvoicePaymentsType0)
                    else v_payments
                )
        try:
            v_rendering = self.rendering
        except AttributeError:
            pass
        else:
            if not isinstance(v_rendering, Unset):
                data["rendering"] = (
                    v_rendering.to_dict()
                    if isinstance(v_rendering, InvoicesResourceInvoiceRendering)
                    else v_rendering
                )
        try:
            v_status_details = self.status_details
        except AttributeError:
            pass
        else:
            if not isinstance(v_status_details, Unset):
                data["status_details"] = (
                    v_status_details.to_dict()
                    if isinstance(v_status_details, InvoicesResourceStatusDetails)
                    else v_status_details
                )
        try:
            v_threshold_reason = self.threshold_reason
        except AttributeError:
            pass
        else:
            if not isinstance(v_threshold_reason, Unset):
                data["threshold_reason"] = (
                    v_threshold_reason.to_dict()
                    if isinstance(v_threshold_reason, InvoiceThresholdReason)
                    else v_threshold_reason
                )
        try:
            v_total_pretax_credit_amounts = self.total_pretax_credit_amounts
        except AttributeError:
            pass
        else:
            if not isinstance(v_total_pretax_credit_amounts, Unset):
                data["total_pretax_credit_amounts"] = (
                    [item0.to_dict() for item0 in v_total_pretax_credit_amounts]
                    if isinstance(v_total_pretax_credit_amounts, list)
                    else v_total_pretax_credit_amounts
                )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Invoice:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_account_country = take("account_country", UNSET)
        if (type(v_account_country) is str) or (v_account_country is None):
            fill.account_country = v_account_country
        elif v_account_country is not UNSET:
            d["account_country"] = v_account_country
        v_account_name = take("account_name", UNSET)
        if (type(v_account_name) is str) or (v_account_name is None):
            fill.account_name = v_account_name
        elif v_account_name is not UNSET:
            d["account_name"] = v_account_name
        v_account_tax_ids = take("account_tax_ids", UNSET)
        if (
            type(v_account_tax_ids) is list
            and (
                not v_account_tax_ids
                or all(
                    (type(item0) is dict) or (type(item0) is dict) or (type(item0) is str)
                    for item0 in v_account_tax_ids
                )
            )
        ) or (v_account_tax_ids is None):
            fill.account_tax_ids = (
                [
                    (
                        DeletedTaxId.from_dict(item0)
                        if type(item0) is dict
                        and item0.get("deleted") is True
                        and item0.get("object") == "tax_id"
                        else (TaxId.from_dict(item0) if type(item0) is dict else item0)
                    )
                    for item0 in v_account_tax_ids
                ]
                if type(v_account_tax_ids) is list
                and (
                    not v_account_tax_ids
                    or all(
                        (type(item0) is dict) or (type(item0) is dict) or (type(item0) is str)
                        for item0 in v_account_tax_ids
                    )
                )
                else v_account_tax_ids
            )
        elif v_account_tax_ids is not UNSET:
            d["account_tax_ids"] = v_account_tax_ids
        v_amount_due = take("amount_due", UNSET)
        if type(v_amount_due) is int:
            fill.amount_due = v_amount_due
        elif v_amount_due is not UNSET:
            d["amount_due"] = v_amount_due
        v_amount_overpaid = take("amount_overpaid", UNSET)
        if type(v_amount_overpaid) is int:
            fill.amount_overpaid = v_amount_overpaid
        elif v_amount_overpaid is not UNSET:
            d["amount_overpaid"] = v_amount_overpaid
        v_amount_paid = take("amount_paid", UNSET)
        if type(v_amount_paid) is int:
            fill.amount_paid = v_amount_paid
        elif v_amount_paid is not UNSET:
            d["amount_paid"] = v_amount_paid
        v_amount_remaining = take("amount_remaining", UNSET)
        if type(v_amount_remaining) is int:
            fill.amount_remaining = v_amount_remaining
        elif v_amount_remaining is not UNSET:
            d["amount_remaining"] = v_amount_remaining
        v_amount_shipping = take("amount_shipping", UNSET)
        if type(v_amount_shipping) is int:
            fill.amount_shipping = v_amount_shipping
        elif v_amount_shipping is not UNSET:
            d["amount_shipping"] = v_amount_shipping
        v_application = take("application", UNSET)
        if (type(v_application) is str) or (type(v_application) is dict) or (v_application is None):
            fill.application = v_application
        elif v_application is not UNSET:
            d["application"] = v_application
        v_attempt_count = take("attempt_count", UNSET)
        if type(v_attempt_count) is int:
            fill.attempt_count = v_attempt_count
        elif v_attempt_count is not UNSET:
            d["attempt_count"] = v_attempt_count
        v_attempted = take("attempted", UNSET)
        if type(v_attempted) is bool:
            fill.attempted = v_attempted
        elif v_attempted is not UNSET:
            d["attempted"] = v_attempted
        v_auto_advance = take("auto_advance", UNSET)
        if (type(v_auto_advance) is bool) or (v_auto_advance is None):
            fill.auto_advance = v_auto_advance
        elif v_auto_advance is not UNSET:
            d["auto_advance"] = v_auto_advance
        v_automatic_tax = take("automatic_tax", UNSET)
        if type(v_automatic_tax) is dict:
            fill.automatic_tax = AutomaticTax.from_dict(v_automatic_tax)
        elif v_automatic_tax is not UNSET:
            d["automatic_tax"] = v_automatic_tax
        v_billing_reason = take("billing_reason", UNSET)
        if (type(v_billing_reason) is str) or (v_billing_reason is None):
            fill.billing_reason = v_billing_reason
        elif v_billing_reason is not UNSET:
            d["billing_reason"] = v_billing_reason
        v_collection_method = take("collection_method", UNSET)
        if type(v_collection_method) is str:
            fill.collection_method = v_collection_method
        elif v_collection_method is not UNSET:
            d["collection_method"] = v_collection_method
        v_created = take("created", UNSET)
        if type(v_created) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        v_currency = take("currency", UNSET)
        if type(v_currency) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        v_custom_fields = take("custom_fields", UNSET)
        if (
            type(v_custom_fields) is list
            and (not v_custom_fields or all(type(item0) is dict for item0 in v_custom_fields))
        ) or (v_custom_fields is None):
            fill.custom_fields = (
                [InvoiceSettingCustomField.from_dict(item0) for item0 in v_custom_fields]
                if type(v_custom_fields) is list
                and (not v_custom_fields or all(type(item0) is dict for item0 in v_custom_fields))
                else v_custom_fields
            )
        elif v_custom_fields is not UNSET:
            d["custom_fields"] = v_custom_fields
        v_customer = take("customer", UNSET)
        if (
            (type(v_customer) is dict)
            or (type(v_customer) is dict)
            or (type(v_customer) is str)
            or (v_customer is None)
        ):
            fill.customer = (
                DeletedCustomer.from_dict(v_customer)
                if type(v_customer) is dict
                and v_customer.get("deleted") is True
                and v_customer.get("object") == "customer"
                else (Customer.from_dict(v_customer) if type(v_customer) is dict else v_customer)
            )
        elif v_customer is not UNSET:
            d["customer"] = v_customer
        v_customer_address = take("customer_address", UNSET)
        if (type(v_customer_address) is dict) or (v_customer_address is None):
            fill.customer_address = (
                Address.from_dict(v_customer_address)
                if type(v_customer_address) is dict
                else v_customer_address
            )
        elif v_customer_address is not UNSET:
            d["customer_address"] = v_customer_address
        v_customer_email = take("customer_email", UNSET)
        if (type(v_customer_email) is str) or (v_customer_email is None):
            fill.customer_email = v_customer_email
        elif v_customer_email is not UNSET:
            d["customer_email"] = v_customer_email
        v_customer_name = take("customer_name", UNSET)
        if (type(v_customer_name) is str) or (v_customer_name is None):
            fill.customer_name = v_customer_name
        elif v_customer_name is not UNSET:
            d["customer_name"] = v_customer_name
        v_customer_phone = take("customer_phone", UNSET)
        if (type(v_customer_phone) is str) or (v_customer_phone is None):
            fill.customer_phone = v_customer_phone
        elif v_customer_phone is not UNSET:
            d["customer_phone"] = v_customer_phone
        v_customer_shipping = take("customer_shipping", UNSET)
        if (type(v_customer_shipping) is dict) or (v_customer_shipping is None):
            fill.customer_shipping = (
                Shipping.from_dict(v_customer_shipping)
                if type(v_customer_shipping) is dict
                else v_customer_shipping
            )
        elif v_customer_shipping is not UNSET:
            d["customer_shipping"] = v_customer_shipping
        v_customer_tax_exempt = take("customer_tax_exempt", UNSET)
        if (type(v_customer_tax_exempt) is str) or (v_customer_tax_exempt is None):
            fill.customer_tax_exempt = v_customer_tax_exempt
        elif v_customer_tax_exempt is not UNSET:
            d["customer_tax_exempt"] = v_customer_tax_exempt
        v_customer_tax_ids = take("customer_tax_ids", UNSET)
        if (
            type(v_customer_tax_ids) is list
            and (not v_customer_tax_ids or all(type(item0) is dict for item0 in v_customer_tax_ids))
        ) or (v_customer_tax_ids is None):
            fill.customer_tax_ids = (
                [InvoicesResourceInvoiceTaxId.from_dict(item0) for item0 in v_customer_tax_ids]
                if type(v_customer_tax_ids) is list
                and (
                    not v_customer_tax_ids
                    or all(type(item0) is dict for item0 in v_customer_tax_ids)
                )
                else v_customer_tax_ids
            )
        elif v_customer_tax_ids is not UNSET:
            d["customer_tax_ids"] = v_customer_tax_ids
        v_default_payment_method = take("default_payment_method", UNSET)
        if (
            (type(v_default_payment_method) is dict)
            or (type(v_default_payment_method) is str)
            or (v_default_payment_method is None)
        ):
            fill.default_payment_method = (
                PaymentMethod.from_dict(v_default_payment_method)
                if type(v_default_payment_method) is dict
                else v_default_payment_method
            )
        elif v_default_payment_method is not UNSET:
            d["default_payment_method"] = v_default_payment_method
        v_default_source = take("default_source", UNSET)
        if (
            (type(v_default_source) is str)
            or (type(v_default_source) is dict)
            or (v_default_source is None)
        ):
            fill.default_source = v_default_source
        elif v_default_source is not UNSET:
            d["default_source"] = v_default_source
        v_default_tax_rates = take("default_tax_rates", UNSET)
        if type(v_default_tax_rates) is list and (
            not v_default_tax_rates or all(type(item0) is dict for item0 in v_default_tax_rates)
        ):
            fill.default_tax_rates = [TaxRate.from_dict(item0) for item0 in v_default_tax_rates]
        elif v_default_tax_rates is not UNSET:
            d["default_tax_rates"] = v_default_tax_rates
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_discounts = take("discounts", UNSET)
        if type(v_discounts) is list and (
            not v_discounts
            or all(
                (type(item0) is dict) or (type(item0) is dict) or (type(item0) is str)
                for item0 in v_discounts
            )
        ):
            fill.discounts = [
                (
                    DeletedDiscount.from_dict(item0)
                    if type(item0) is dict
                    and item0.get("deleted") is True
                    and item0.get("object") == "discount"
                    else (Discount.from_dict(item0) if type(item0) is dict else item0)
                )
                for item0 in v_discounts
            ]
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        v_due_date = take("due_date", UNSET)
        if (type(v_due_date) is int) or (v_due_date is None):
            fill.due_date = v_due_date
        elif v_due_date is not UNSET:
            d["due_date"] = v_due_date
        v_ending_balance = take("ending_balance", UNSET)
        if (type(v_ending_balance) is int) or (v_ending_balance is None):
            fill.ending_balance = v_ending_balance
        elif v_ending_balance is not UNSET:
            d["ending_balance"] = v_ending_balance
        v_footer = take("footer", UNSET)
        if (type(v_footer) is str) or (v_footer is None):
            fill.footer = v_footer
        elif v_footer is not UNSET:
            d["footer"] = v_footer
        v_from_invoice = take("from_invoice", UNSET)
        if (type(v_from_invoice) is dict) or (v_from_invoice is None):
            fill.from_invoice = (
                InvoicesResourceFromInvoice.from_dict(v_from_invoice)
                if type(v_from_invoice) is dict
                else v_from_invoice
            )
        elif v_from_invoice is not UNSET:
            d["from_invoice"] = v_from_invoice
        v_hosted_invoice_url = take("hosted_invoice_url", UNSET)
        if (type(v_hosted_invoice_url) is str) or (v_hosted_invoice_url is None):
            fill.hosted_invoice_url = v_hosted_invoice_url
        elif v_hosted_invoice_url is not UNSET:
            d["hosted_invoice_url"] = v_hosted_invoice_url
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_invoice_pdf = take("invoice_pdf", UNSET)
        if (type(v_invoice_pdf) is str) or (v_invoice_pdf is None):
            fill.invoice_pdf = v_invoice_pdf
        elif v_invoice_pdf is not UNSET:
            d["invoice_pdf"] = v_invoice_pdf
        v_issuer = take("issuer", UNSET)
        if type(v_issuer) is dict:
            fill.issuer = ConnectAccountReference.from_dict(v_issuer)
        elif v_issuer is not UNSET:
            d["issuer"] = v_issuer
        v_last_finalization_error = take("last_finalization_error", UNSET)
        if (type(v_last_finalization_error) is dict) or (v_last_finalization_error is None):
            fill.last_finalization_error = (
                ApiErrors.from_dict(v_last_finalization_error)
                if type(v_last_finalization_error) is dict
                else v_last_finalization_error
            )
        elif v_last_finalization_error is not UNSET:
            d["last_finalization_error"] = v_last_finalization_error
        v_latest_revision = take("latest_revision", UNSET)
        if (
            (type(v_latest_revision) is dict)
            or (type(v_latest_revision) is str)
            or (v_latest_revision is None)
        ):
            fill.latest_revision = (
                Invoice.from_dict(v_latest_revision)
                if type(v_latest_revision) is dict
                else v_latest_revision
            )
        elif v_latest_revision is not UNSET:
            d["latest_revision"] = v_latest_revision
        v_lines = take("lines", UNSET)
        if type(v_lines) is dict:
            fill.lines = InvoiceLines.from_dict(v_lines)
        elif v_lines is not UNSET:
            d["lines"] = v_lines
        v_livemode = take("livemode", UNSET)
        if type(v_livemode) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        v_metadata = take("metadata", UNSET)
        if (
            type(v_metadata) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_next_payment_attempt = take("next_payment_attempt", UNSET)
        if (type(v_next_payment_attempt) is int) or (v_next_payment_attempt is None):
            fill.next_payment_attempt = v_next_payment_attempt
        elif v_next_payment_attempt is not UNSET:
            d["next_payment_attempt"] = v_next_payment_attempt
        v_number = take("number", UNSET)
        if (type(v_number) is str) or (v_number is None):
            fill.number = v_number
        elif v_number is not UNSET:
            d["number"] = v_number
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_on_behalf_of = take("on_behalf_of", UNSET)
        if (
            (type(v_on_behalf_of) is str)
            or (type(v_on_behalf_of) is dict)
            or (v_on_behalf_of is None)
        ):
            fill.on_behalf_of = v_on_behalf_of
        elif v_on_behalf_of is not UNSET:
            d["on_behalf_of"] = v_on_behalf_of
        v_parent = take("parent", UNSET)
        if (type(v_parent) is dict) or (v_parent is None):
            fill.parent = (
                BillingBillResourceInvoicingParentsInvoiceParent.from_dict(v_parent)
                if type(v_parent) is dict
                else v_parent
            )
        elif v_parent is not UNSET:
            d["parent"] = v_parent
        v_payment_settings = take("payment_settings", UNSET)
        if type(v_payment_settings) is dict:
            fill.payment_settings = InvoicesPaymentSettings.from_dict(v_payment_settings)
        elif v_payment_settings is not UNSET:
            d["payment_settings"] = v_payment_settings
        v_period_end = take("period_end", UNSET)
        if type(v_period_end) is int:
            fill.period_end = v_period_end
        elif v_period_end is not UNSET:
            d["period_end"] = v_period_end
        v_period_start = take("period_start", UNSET)
        if type(v_period_start) is int:
            fill.period_start = v_period_start
        elif v_period_start is not UNSET:
            d["period_start"] = v_period_start
        v_post_payment_credit_notes_amount = take("post_payment_credit_notes_amount", UNSET)
        if type(v_post_payment_credit_notes_amount) is int:
            fill.post_payment_credit_notes_amount = v_post_payment_credit_notes_amount
        elif v_post_payment_credit_notes_amount is not UNSET:
            d["post_payment_credit_notes_amount"] = v_post_payment_credit_notes_amount
        v_pre_payment_credit_notes_amount = take("pre_payment_credit_notes_amount", UNSET)
        if type(v_pre_payment_credit_notes_amount) is int:
            fill.pre_payment_credit_notes_amount = v_pre_payment_credit_notes_amount
        elif v_pre_payment_credit_notes_amount is not UNSET:
            d["pre_payment_credit_notes_amount"] = v_pre_payment_credit_notes_amount
        v_receipt_number = take("receipt_number", UNSET)
        if (type(v_receipt_number) is str) or (v_receipt_number is None):
            fill.receipt_number = v_receipt_number
        elif v_receipt_number is not UNSET:
            d["receipt_number"] = v_receipt_number
        v_shipping_cost = take("shipping_cost", UNSET)
        if (type(v_shipping_cost) is dict) or (v_shipping_cost is None):
            fill.shipping_cost = (
                InvoicesResourceShippingCost.from_dict(v_shipping_cost)
                if type(v_shipping_cost) is dict
                else v_shipping_cost
            )
        elif v_shipping_cost is not UNSET:
            d["shipping_cost"] = v_shipping_cost
        v_shipping_details = take("shipping_details", UNSET)
        if (type(v_shipping_details) is dict) or (v_shipping_details is None):
            fill.shipping_details = (
                Shipping.from_dict(v_shipping_details)
                if type(v_shipping_details) is dict
                else v_shipping_details
            )
        elif v_shipping_details is not UNSET:
            d["shipping_details"] = v_shipping_details
        v_starting_balance = take("starting_balance", UNSET)
        if type(v_starting_balance) is int:
            fill.starting_balance = v_starting_balance
        elif v_starting_balance is not UNSET:
            d["starting_balance"] = v_starting_balance
        v_statement_descriptor = take("statement_descriptor", UNSET)
        if (type(v_statement_descriptor) is str) or (v_statement_descriptor is None):
            fill.statement_descriptor = v_statement_descriptor
        elif v_statement_descriptor is not UNSET:
            d["statement_descriptor"] = v_statement_descriptor
        v_status = take("status", UNSET)
        if (type(v_status) is str) or (v_status is None):
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        v_status_transitions = take("status_transitions", UNSET)
        if type(v_status_transitions) is dict:
            fill.status_transitions = InvoicesStatusTransitions.from_dict(v_status_transitions)
        elif v_status_transitions is not UNSET:
            d["status_transitions"] = v_status_transitions
        v_subtotal = take("subtotal", UNSET)
        if type(v_subtotal) is int:
            fill.subtotal = v_subtotal
        elif v_subtotal is not UNSET:
            d["subtotal"] = v_subtotal
        v_subtotal_excluding_tax = take("subtotal_excluding_tax", UNSET)
        if (type(v_subtotal_excluding_tax) is int) or (v_subtotal_excluding_tax is None):
            fill.subtotal_excluding_tax = v_subtotal_excluding_tax
        elif v_subtotal_excluding_tax is not UNSET:
            d["subtotal_excluding_tax"] = v_subtotal_excluding_tax
        v_test_clock = take("test_clock", UNSET)
        if (type(v_test_clock) is dict) or (type(v_test_clock) is str) or (v_test_clock is None):
            fill.test_clock = (
                TestClock.from_dict(v_test_clock) if type(v_test_clock) is dict else v_test_clock
            )
        elif v_test_clock is not UNSET:
            d["test_clock"] = v_test_clock
        v_total = take("total", UNSET)
        if type(v_total) is int:
            fill.total = v_total
        elif v_total is not UNSET:
            d["total"] = v_total
        v_total_discount_amounts = take("total_discount_amounts", UNSET)
        if (
            type(v_total_discount_amounts) is list
            and (
                not v_total_discount_amounts
                or all(type(item0) is dict for item0 in v_total_discount_amounts)
            )
        ) or (v_total_discount_amounts is None):
            fill.total_discount_amounts = (
                [
                    DiscountsResourceDiscountAmount.from_dict(item0)
                    for item0 in v_total_discount_amounts
                ]
                if type(v_total_discount_amounts) is list
                and (
                    not v_total_discount_amounts
                    or all(type(item0) is dict for item0 in v_total_discount_amounts)
                )
                else v_total_discount_amounts
            )
        elif v_total_discount_amounts is not UNSET:
            d["total_discount_amounts"] = v_total_discount_amounts
        v_total_excluding_tax = take("total_excluding_tax", UNSET)
        if (type(v_total_excluding_tax) is int) or (v_total_excluding_tax is None):
            fill.total_excluding_tax = v_total_excluding_tax
        elif v_total_excluding_tax is not UNSET:
            d["total_excluding_tax"] = v_total_excluding_tax
        v_total_taxes = take("total_taxes", UNSET)
        if (
            type(v_total_taxes) is list
            and (not v_total_taxes or all(type(item0) is dict for item0 in v_total_taxes))
        ) or (v_total_taxes is None):
            fill.total_taxes = (
                [BillingBillResourceInvoicingTaxesTax.from_dict(item0) for item0 in v_total_taxes]
                if type(v_total_taxes) is list
                and (not v_total_taxes or all(type(item0) is dict for item0 in v_total_taxes))
                else v_total_taxes
            )
        elif v_total_taxes is not UNSET:
            d["total_taxes"] = v_total_taxes
        v_webhooks_delivered_at = take("webhooks_delivered_at", UNSET)
        if (type(v_webhooks_delivered_at) is int) or (v_webhooks_delivered_at is None):
            fill.webhooks_delivered_at = v_webhooks_delivered_at
        elif v_webhooks_delivered_at is not UNSET:
            d["webhooks_delivered_at"] = v_webhooks_delivered_at
        v_amount_paid_off_stripe = take("amount_paid_off_stripe", UNSET)
        if (type(v_amount_paid_off_stripe) is int) or (v_amount_paid_off_stripe is None):
            fill.amount_paid_off_stripe = v_amount_paid_off_stripe
        elif v_amount_paid_off_stripe is UNSET:
            fill.amount_paid_off_stripe = UNSET
        else:
            d["amount_paid_off_stripe"] = v_amount_paid_off_stripe
        v_automatically_finalizes_at = take("automatically_finalizes_at", UNSET)
        if (type(v_automatically_finalizes_at) is int) or (v_automatically_finalizes_at is None):
            fill.automatically_finalizes_at = v_automatically_finalizes_at
        elif v_automatically_finalizes_at is UNSET:
            fill.automatically_finalizes_at = UNSET
        else:
            d["automatically_finalizes_at"] = v_automatically_finalizes_at
        v_confirmation_secret = take("confirmation_secret", UNSET)
        if (type(v_confirmation_secret) is dict) or (v_confirmation_secret is None):
            fill.confirmation_secret = (
                InvoicesResourceConfirmationSecret.from_dict(v_confirmation_secret)
                if type(v_confirmation_secret) is dict
                else v_confirmation_secret
            )
        elif v_confirmation_secret is UNSET:
            fill.confirmation_secret = UNSET
        else:
            d["confirmation_secret"] = v_confirmation_secret
        v_customer_account = take("customer_account", UNSET)
        if (type(v_customer_account) is str) or (v_customer_account is None):
            fill.customer_account = v_customer_account
        elif v_customer_account is UNSET:
            fill.customer_account = UNSET
        else:
            d["customer_account"] = v_customer_account
        v_effective_at = take("effective_at", UNSET)
        if (type(v_effective_at) is int) or (v_effective_at is None):
            fill.effective_at = v_effective_at
        elif v_effective_at is UNSET:
            fill.effective_at = UNSET
        else:
            d["effective_at"] = v_effective_at
        v_payments = take("payments", UNSET)
        if (type(v_payments) is dict) or (v_payments is None):
            fill.payments = (
                InvoicePaymentsType0.from_dict(v_payments)
                if type(v_payments) is dict
                else v_payments
            )
        elif v_payments is UNSET:
            fill.payments = UNSET
        else:
            d["payments"] = v_payments
        v_rendering = take("rendering", UNSET)
        if (type(v_rendering) is dict) or (v_rendering is None):
            fill.rendering = (
                InvoicesResourceInvoiceRendering.from_dict(v_rendering)
                if type(v_rendering) is dict
                else v_rendering
            )
        elif v_rendering is UNSET:
            fill.rendering = UNSET
        else:
            d["rendering"] = v_rendering
        v_status_details = take("status_details", UNSET)
        if (type(v_status_details) is dict) or (v_status_details is None):
            fill.status_details = (
                InvoicesResourceStatusDetails.from_dict(v_status_details)
                if type(v_status_details) is dict
                else v_status_details
            )
        elif v_status_details is UNSET:
            fill.status_details = UNSET
        else:
            d["status_details"] = v_status_details
        v_threshold_reason = take("threshold_reason", UNSET)
        if (type(v_threshold_reason) is dict) or (v_threshold_reason is None):
            fill.threshold_reason = (
                InvoiceThresholdReason.from_dict(v_threshold_reason)
                if type(v_threshold_reason) is dict
                else v_threshold_reason
            )
        elif v_threshold_reason is UNSET:
            fill.threshold_reason = UNSET
        else:
            d["threshold_reason"] = v_threshold_reason
        v_total_pretax_credit_amounts = take("total_pretax_credit_amounts", UNSET)
        if (
            type(v_total_pretax_credit_amounts) is list
            and (
                not v_total_pretax_credit_amounts
                or all(type(item0) is dict for item0 in v_total_pretax_credit_amounts)
            )
        ) or (v_total_pretax_credit_amounts is None):
            fill.total_pretax_credit_amounts = (
                [
                    InvoicesResourcePretaxCreditAmount.from_dict(item0)
                    for item0 in v_total_pretax_credit_amounts
                ]
                if type(v_total_pretax_credit_amounts) is list
                and (
                    not v_total_pretax_credit_amounts
                    or all(type(item0) is dict for item0 in v_total_pretax_credit_amounts)
                )
                else v_total_pretax_credit_amounts
            )
        elif v_total_pretax_credit_amounts is UNSET:
            fill.total_pretax_credit_amounts = UNSET
        else:
            d["total_pretax_credit_amounts"] = v_total_pretax_credit_amounts
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceItemThresholdReason(Model):
    """Embedded object found at `invoice.threshold_reason.item_reasons`."""

    line_item_ids: list[str]
    usage_gte: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("line_item_ids", "line_item_ids", "list[str]"),
        ("usage_gte", "usage_gte", "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceItemThresholdReason:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_line_item_ids = take("line_item_ids", UNSET)
        if type(v_line_item_ids) is list and (
            not v_line_item_ids or all(type(item0) is str for item0 in v_line_item_ids)
        ):
            fill.line_item_ids = v_line_item_ids
        elif v_line_item_ids is not UNSET:
            d["line_item_ids"] = v_line_item_ids
        v_usage_gte = take("usage_gte", UNSET)
        if type(v_usage_gte) is int:
            fill.usage_gte = v_usage_gte
        elif v_usage_gte is not UNSET:
            d["usage_gte"] = v_usage_gte
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("data", "data", "list[LineItem]"),
        ("has_more", "has_more", "bool"),
        ("object_", "object", "Literal['list']"),
        ("url", "url", "str"),
        ("total_count", "total_count", "int"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("data",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_data = self.data
        except AttributeError:
            pass
        else:
            data["data"] = [item0.to_dict() for item0 in v_data]
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceLines:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_data = take("data", UNSET)
        if type(v_data) is list and (not v_data or all(type(item0) is dict for item0 in v_data)):
            fill.data = [LineItem.from_dict(item0) for item0 in v_data]
        elif v_data is not UNSET:
            d["data"] = v_data
        v_has_more = take("has_more", UNSET)
        if type(v_has_more) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_url = take("url", UNSET)
        if type(v_url) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        v_total_count = take("total_count", UNSET)
        if type(v_total_count) is int:
            fill.total_count = v_total_count
        elif v_total_count is UNSET:
            fill.total_count = UNSET
        else:
            d["total_count"] = v_total_count
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsCard(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.card`."""

    installments: InvoicePaymentMethodOptionsCardInstallments | None
    request_three_d_secure: Literal["any", "automatic", "challenge"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("installments", "installments", "InvoicePaymentMethodOptionsCardInstallments | None"),
        (
            "request_three_d_secure",
            "request_three_d_secure",
            "Literal['any', 'automatic', 'challenge'] | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("installments",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_installments = self.installments
        except AttributeError:
            pass
        else:
            data["installments"] = (
                v_installments.to_dict()
                if isinstance(v_installments, InvoicePaymentMethodOptionsCardInstallments)
                else v_installments
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsCard:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_installments = take("installments", UNSET)
        if (type(v_installments) is dict) or (v_installments is None):
            fill.installments = (
                InvoicePaymentMethodOptionsCardInstallments.from_dict(v_installments)
                if type(v_installments) is dict
                else v_installments
            )
        elif v_installments is not UNSET:
            d["installments"] = v_installments
        v_request_three_d_secure = take("request_three_d_secure", UNSET)
        if (type(v_request_three_d_secure) is str) or (v_request_three_d_secure is None):
            fill.request_three_d_secure = v_request_three_d_secure
        elif v_request_three_d_secure is not UNSET:
            d["request_three_d_secure"] = v_request_three_d_secure
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsCardInstallments(Model):
    """Embedded object found at
    `invoice.payment_settings.payment_method_options.card.installments`."""

    enabled: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (("enabled", "enabled", "bool | None"),)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsCardInstallments:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_enabled = take("enabled", UNSET)
        if (type(v_enabled) is bool) or (v_enabled is None):
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("data", "data", "list[InvoicePayment]"),
        ("has_more", "has_more", "bool"),
        ("object_", "object", "Literal['list']"),
        ("url", "url", "str"),
        ("total_count", "total_count", "int"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("data",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_data = self.data
        except AttributeError:
            pass
        else:
            data["data"] = [item0.to_dict() for item0 in v_data]
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentsType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_data = take("data", UNSET)
        if type(v_data) is list and (not v_data or all(type(item0) is dict for item0 in v_data)):
            fill.data = [InvoicePayment.from_dict(item0) for item0 in v_data]
        elif v_data is not UNSET:
            d["data"] = v_data
        v_has_more = take("has_more", UNSET)
        if type(v_has_more) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_url = take("url", UNSET)
        if type(v_url) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        v_total_count = take("total_count", UNSET)
        if type(v_total_count) is int:
            fill.total_count = v_total_count
        elif v_total_count is UNSET:
            fill.total_count = UNSET
        else:
            d["total_count"] = v_total_count
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceRenderingPdf(Model):
    """Embedded object found at `invoice.rendering.pdf`."""

    page_size: Literal["a4", "auto", "letter"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("page_size", "page_size", "Literal['a4', 'auto', 'letter'] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceRenderingPdf:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_page_size = take("page_size", UNSET)
        if (type(v_page_size) is str) or (v_page_size is None):
            fill.page_size = v_page_size
        elif v_page_size is not UNSET:
            d["page_size"] = v_page_size
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceThresholdReason(Model):
    """Embedded object found at `invoice.threshold_reason`."""

    amount_gte: int | None
    item_reasons: list[InvoiceItemThresholdReason]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_gte", "amount_gte", "int | None"),
        ("item_reasons", "item_reasons", "list[InvoiceItemThresholdReason]"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("item_reasons",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_item_reasons = self.item_reasons
        except AttributeError:
            pass
        else:
            data["item_reasons"] = [item0.to_dict() for item0 in v_item_reasons]
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceThresholdReason:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount_gte = take("amount_gte", UNSET)
        if (type(v_amount_gte) is int) or (v_amount_gte is None):
            fill.amount_gte = v_amount_gte
        elif v_amount_gte is not UNSET:
            d["amount_gte"] = v_amount_gte
        v_item_reasons = take("item_reasons", UNSET)
        if type(v_item_reasons) is list and (
            not v_item_reasons or all(type(item0) is dict for item0 in v_item_reasons)
        ):
            fill.item_reasons = [
                InvoiceItemThresholdReason.from_dict(item0) for item0 in v_item_reasons
            ]
        elif v_item_reasons is not UNSET:
            d["item_reasons"] = v_item_reasons
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("acss_debit", "acss_debit", "InvoicePaymentMethodOptionsAcssDebit | None"),
        ("bancontact", "bancontact", "InvoicePaymentMethodOptionsBancontact | None"),
        ("billie", "billie", "InvoicesPaymentMethodOptionsBillie | None"),
        ("blik", "blik", "dict[str, Any] | None"),
        ("card", "card", "InvoicePaymentMethodOptionsCard | None"),
        (
            "customer_balance",
            "customer_balance",
            "InvoicePaymentMethodOptionsCustomerBalance | None",
        ),
        ("konbini", "konbini", "dict[str, Any] | None"),
        ("payto", "payto", "InvoicesPaymentMethodOptionsPayto | None"),
        ("pix", "pix", "InvoicesPaymentMethodOptionsPix | None"),
        ("sepa_debit", "sepa_debit", "dict[str, Any] | None"),
        ("upi", "upi", "InvoicesPaymentMethodOptionsUpi | None"),
        ("us_bank_account", "us_bank_account", "InvoicePaymentMethodOptionsUsBankAccount | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "acss_debit",
            "bancontact",
            "billie",
            "card",
            "customer_balance",
            "payto",
            "pix",
            "upi",
            "us_bank_account",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_acss_debit = self.acss_debit
        except AttributeError:
            pass
        else:
            data["acss_debit"] = (
                v_acss_debit.to_dict()
                if isinstance(v_acss_debit, InvoicePaymentMethodOptionsAcssDebit)
                else v_acss_debit
            )
        try:
            v_bancontact = self.bancontact
        except AttributeError:
            pass
        else:
            data["bancontact"] = (
                v_bancontact.to_dict()
                if isinstance(v_bancontact, InvoicePaymentMethodOptionsBancontact)
                else v_bancontact
            )
        try:
            v_billie = self.billie
        except AttributeError:
            pass
        else:
            data["billie"] = (
                v_billie.to_dict()
                if isinstance(v_billie, InvoicesPaymentMethodOptionsBillie)
                else v_billie
            )
        try:
            v_card = self.card
        except AttributeError:
            pass
        else:
            data["card"] = (
                v_card.to_dict() if isinstance(v_card, InvoicePaymentMethodOptionsCard) else v_card
            )
        try:
            v_customer_balance = self.customer_balance
        except AttributeError:
            pass
        else:
            data["customer_balance"] = (
                v_customer_balance.to_dict()
                if isinstance(v_customer_balance, InvoicePaymentMethodOptionsCustomerBalance)
                else v_customer_balance
            )
        try:
            v_payto = self.payto
        except AttributeError:
            pass
        else:
            data["payto"] = (
                v_payto.to_dict()
                if isinstance(v_payto, InvoicesPaymentMethodOptionsPayto)
                else v_payto
            )
        try:
            v_pix = self.pix
        except AttributeError:
            pass
        else:
            data["pix"] = (
                v_pix.to_dict() if isinstance(v_pix, InvoicesPaymentMethodOptionsPix) else v_pix
            )
        try:
            v_upi = self.upi
        except AttributeError:
            pass
        else:
            data["upi"] = (
                v_upi.to_dict() if isinstance(v_upi, InvoicesPaymentMethodOptionsUpi) else v_upi
            )
        try:
            v_us_bank_account = self.us_bank_account
        except AttributeError:
            pass
        else:
            data["us_bank_account"] = (
                v_us_bank_account.to_dict()
                if isinstance(v_us_bank_account, InvoicePaymentMethodOptionsUsBankAccount)
                else v_us_bank_account
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentMethodOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_acss_debit = take("acss_debit", UNSET)
        if (type(v_acss_debit) is dict) or (v_acss_debit is None):
            fill.acss_debit = (
                InvoicePaymentMethodOptionsAcssDebit.from_dict(v_acss_debit)
                if type(v_acss_debit) is dict
                else v_acss_debit
            )
        elif v_acss_debit is not UNSET:
            d["acss_debit"] = v_acss_debit
        v_bancontact = take("bancontact", UNSET)
        if (type(v_bancontact) is dict) or (v_bancontact is None):
            fill.bancontact = (
                InvoicePaymentMethodOptionsBancontact.from_dict(v_bancontact)
                if type(v_bancontact) is dict
                else v_bancontact
            )
        elif v_bancontact is not UNSET:
            d["bancontact"] = v_bancontact
        v_billie = take("billie", UNSET)
        if (type(v_billie) is dict) or (v_billie is None):
            fill.billie = (
                InvoicesPaymentMethodOptionsBillie.from_dict(v_billie)
                if type(v_billie) is dict
                else v_billie
            )
        elif v_billie is not UNSET:
            d["billie"] = v_billie
        v_blik = take("blik", UNSET)
        if (type(v_blik) is dict) or (v_blik is None):
            fill.blik = v_blik
        elif v_blik is not UNSET:
            d["blik"] = v_blik
        v_card = take("card", UNSET)
        if (type(v_card) is dict) or (v_card is None):
            fill.card = (
                InvoicePaymentMethodOptionsCard.from_dict(v_card)
                if type(v_card) is dict
                else v_card
            )
        elif v_card is not UNSET:
            d["card"] = v_card
        v_customer_balance = take("customer_balance", UNSET)
        if (type(v_customer_balance) is dict) or (v_customer_balance is None):
            fill.customer_balance = (
                InvoicePaymentMethodOptionsCustomerBalance.from_dict(v_customer_balance)
                if type(v_customer_balance) is dict
                else v_customer_balance
            )
        elif v_customer_balance is not UNSET:
            d["customer_balance"] = v_customer_balance
        v_konbini = take("konbini", UNSET)
        if (type(v_konbini) is dict) or (v_konbini is None):
            fill.konbini = v_konbini
        elif v_konbini is not UNSET:
            d["konbini"] = v_konbini
        v_payto = take("payto", UNSET)
        if (type(v_payto) is dict) or (v_payto is None):
            fill.payto = (
                InvoicesPaymentMethodOptionsPayto.from_dict(v_payto)
                if type(v_payto) is dict
                else v_payto
            )
        elif v_payto is not UNSET:
            d["payto"] = v_payto
        v_pix = take("pix", UNSET)
        if (type(v_pix) is dict) or (v_pix is None):
            fill.pix = (
                InvoicesPaymentMethodOptionsPix.from_dict(v_pix) if type(v_pix) is dict else v_pix
            )
        elif v_pix is not UNSET:
            d["pix"] = v_pix
        v_sepa_debit = take("sepa_debit", UNSET)
        if (type(v_sepa_debit) is dict) or (v_sepa_debit is None):
            fill.sepa_debit = v_sepa_debit
        elif v_sepa_debit is not UNSET:
            d["sepa_debit"] = v_sepa_debit
        v_upi = take("upi", UNSET)
        if (type(v_upi) is dict) or (v_upi is None):
            fill.upi = (
                InvoicesPaymentMethodOptionsUpi.from_dict(v_upi) if type(v_upi) is dict else v_upi
            )
        elif v_upi is not UNSET:
            d["upi"] = v_upi
        v_us_bank_account = take("us_bank_account", UNSET)
        if (type(v_us_bank_account) is dict) or (v_us_bank_account is None):
            fill.us_bank_account = (
                InvoicePaymentMethodOptionsUsBankAccount.from_dict(v_us_bank_account)
                if type(v_us_bank_account) is dict
                else v_us_bank_account
            )
        elif v_us_bank_account is not UNSET:
            d["us_bank_account"] = v_us_bank_account
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentMethodOptionsBillie(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.billie`."""

    company_details: InvoicesPaymentMethodOptionsBillieCompanyDetails | None
    reference: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "company_details",
            "company_details",
            "InvoicesPaymentMethodOptionsBillieCompanyDetails | None",
        ),
        ("reference", "reference", "str | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("company_details",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_company_details = self.company_details
        except AttributeError:
            pass
        else:
            data["company_details"] = (
                v_company_details.to_dict()
                if isinstance(v_company_details, InvoicesPaymentMethodOptionsBillieCompanyDetails)
                else v_company_details
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentMethodOptionsBillie:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_company_details = take("company_details", UNSET)
        if (type(v_company_details) is dict) or (v_company_details is None):
            fill.company_details = (
                InvoicesPaymentMethodOptionsBillieCompanyDetails.from_dict(v_company_details)
                if type(v_company_details) is dict
                else v_company_details
            )
        elif v_company_details is not UNSET:
            d["company_details"] = v_company_details
        v_reference = take("reference", UNSET)
        if (type(v_reference) is str) or (v_reference is None):
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentMethodOptionsPix(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.pix`."""

    amount_includes_iof: Literal["always", "never"] | None
    expires_after_seconds: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_includes_iof", "amount_includes_iof", "Literal['always', 'never'] | None"),
        ("expires_after_seconds", "expires_after_seconds", "int | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentMethodOptionsPix:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount_includes_iof = take("amount_includes_iof", UNSET)
        if (type(v_amount_includes_iof) is str) or (v_amount_includes_iof is None):
            fill.amount_includes_iof = v_amount_includes_iof
        elif v_amount_includes_iof is not UNSET:
            d["amount_includes_iof"] = v_amount_includes_iof
        v_expires_after_seconds = take("expires_after_seconds", UNSET)
        if (type(v_expires_after_seconds) is int) or (v_expires_after_seconds is None):
            fill.expires_after_seconds = v_expires_after_seconds
        elif v_expires_after_seconds is not UNSET:
            d["expires_after_seconds"] = v_expires_after_seconds
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("default_mandate", "default_mandate", "str | None"),
        ("payment_method_options", "payment_method_options", "InvoicesPaymentMethodOptions | None"),
        ("payment_method_types", "payment_method_types", "list[str (one of 51 values)] | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("payment_method_options",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_payment_method_options = self.payment_method_options
        except AttributeError:
            pass
        else:
            data["payment_method_options"] = (
                v_payment_method_options.to_dict()
                if isinstance(v_payment_method_options, InvoicesPaymentMethodOptions)
                else v_payment_method_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_default_mandate = take("default_mandate", UNSET)
        if (type(v_default_mandate) is str) or (v_default_mandate is None):
            fill.default_mandate = v_default_mandate
        elif v_default_mandate is not UNSET:
            d["default_mandate"] = v_default_mandate
        v_payment_method_options = take("payment_method_options", UNSET)
        if (type(v_payment_method_options) is dict) or (v_payment_method_options is None):
            fill.payment_method_options = (
                InvoicesPaymentMethodOptions.from_dict(v_payment_method_options)
                if type(v_payment_method_options) is dict
                else v_payment_method_options
            )
        elif v_payment_method_options is not UNSET:
            d["payment_method_options"] = v_payment_method_options
        v_payment_method_types = take("payment_method_types", UNSET)
        if (
            type(v_payment_method_types) is list
            and (
                not v_payment_method_types
                or all(type(item0) is str for item0 in v_payment_method_types)
            )
        ) or (v_payment_method_types is None):
            fill.payment_method_types = v_payment_method_types
        elif v_payment_method_types is not UNSET:
            d["payment_method_types"] = v_payment_method_types
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesResourceConfirmationSecret(Model):
    """Embedded object found at `invoice.confirmation_secret`."""

    client_secret: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("client_secret", "client_secret", "str"),
        ("type_", "type", "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceConfirmationSecret:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_client_secret = take("client_secret", UNSET)
        if type(v_client_secret) is str:
            fill.client_secret = v_client_secret
        elif v_client_secret is not UNSET:
            d["client_secret"] = v_client_secret
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesResourceFromInvoice(Model):
    """Embedded object found at `invoice.from_invoice`."""

    action: str
    invoice: Invoice | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("action", "action", "str"),
        ("invoice", "invoice", "Invoice | str"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("invoice",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_invoice = self.invoice
        except AttributeError:
            pass
        else:
            data["invoice"] = v_invoice.to_dict() if isinstance(v_invoice, Invoice) else v_invoice
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceFromInvoice:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_action = take("action", UNSET)
        if type(v_action) is str:
            fill.action = v_action
        elif v_action is not UNSET:
            d["action"] = v_action
        v_invoice = take("invoice", UNSET)
        if (type(v_invoice) is dict) or (type(v_invoice) is str):
            fill.invoice = Invoice.from_dict(v_invoice) if type(v_invoice) is dict else v_invoice
        elif v_invoice is not UNSET:
            d["invoice"] = v_invoice
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_tax_display", "amount_tax_display", "str | None"),
        ("pdf", "pdf", "InvoiceRenderingPdf | None"),
        ("template", "template", "str | None"),
        ("template_version", "template_version", "int | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("pdf",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_pdf = self.pdf
        except AttributeError:
            pass
        else:
            data["pdf"] = v_pdf.to_dict() if isinstance(v_pdf, InvoiceRenderingPdf) else v_pdf
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceInvoiceRendering:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount_tax_display = take("amount_tax_display", UNSET)
        if (type(v_amount_tax_display) is str) or (v_amount_tax_display is None):
            fill.amount_tax_display = v_amount_tax_display
        elif v_amount_tax_display is not UNSET:
            d["amount_tax_display"] = v_amount_tax_display
        v_pdf = take("pdf", UNSET)
        if (type(v_pdf) is dict) or (v_pdf is None):
            fill.pdf = InvoiceRenderingPdf.from_dict(v_pdf) if type(v_pdf) is dict else v_pdf
        elif v_pdf is not UNSET:
            d["pdf"] = v_pdf
        v_template = take("template", UNSET)
        if (type(v_template) is str) or (v_template is None):
            fill.template = v_template
        elif v_template is not UNSET:
            d["template"] = v_template
        v_template_version = take("template_version", UNSET)
        if (type(v_template_version) is int) or (v_template_version is None):
            fill.template_version = v_template_version
        elif v_template_version is not UNSET:
            d["template_version"] = v_template_version
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesResourceInvoiceTaxId(Model):
    """Embedded object found at `invoice.customer_tax_ids`."""

    type_: TaxIdType
    value: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("type_", "type", "str (one of 136 values)"),
        ("value", "value", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceInvoiceTaxId:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        v_value = take("value", UNSET)
        if (type(v_value) is str) or (v_value is None):
            fill.value = v_value
        elif v_value is not UNSET:
            d["value"] = v_value
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesResourceStatusDetails(Model):
    """Embedded object found at `invoice.status_details`."""

    uncollectible: InvoicesResourceStatusDetailsUncollectible | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("uncollectible", "uncollectible", "InvoicesResourceStatusDetailsUncollectible | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("uncollectible",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_uncollectible = self.uncollectible
        except AttributeError:
            pass
        else:
            data["uncollectible"] = (
                v_uncollectible.to_dict()
                if isinstance(v_uncollectible, InvoicesResourceStatusDetailsUncollectible)
                else v_uncollectible
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceStatusDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_uncollectible = take("uncollectible", UNSET)
        if (type(v_uncollectible) is dict) or (v_uncollectible is None):
            fill.uncollectible = (
                InvoicesResourceStatusDetailsUncollectible.from_dict(v_uncollectible)
                if type(v_uncollectible) is dict
                else v_uncollectible
            )
        elif v_uncollectible is not UNSET:
            d["uncollectible"] = v_uncollectible
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "reason",
            "reason",
            "Literal['max_payment_attempts', 'payment_not_received', 'subscription_canceled', 'subscription_paused', 'user_forgiven'] | None",
        ),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceStatusDetailsUncollectible:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_reason = take("reason", UNSET)
        if (type(v_reason) is str) or (v_reason is None):
            fill.reason = v_reason
        elif v_reason is not UNSET:
            d["reason"] = v_reason
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("finalized_at", "finalized_at", "int | None"),
        ("marked_uncollectible_at", "marked_uncollectible_at", "int | None"),
        ("paid_at", "paid_at", "int | None"),
        ("voided_at", "voided_at", "int | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesStatusTransitions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_finalized_at = take("finalized_at", UNSET)
        if (type(v_finalized_at) is int) or (v_finalized_at is None):
            fill.finalized_at = v_finalized_at
        elif v_finalized_at is not UNSET:
            d["finalized_at"] = v_finalized_at
        v_marked_uncollectible_at = take("marked_uncollectible_at", UNSET)
        if (type(v_marked_uncollectible_at) is int) or (v_marked_uncollectible_at is None):
            fill.marked_uncollectible_at = v_marked_uncollectible_at
        elif v_marked_uncollectible_at is not UNSET:
            d["marked_uncollectible_at"] = v_marked_uncollectible_at
        v_paid_at = take("paid_at", UNSET)
        if (type(v_paid_at) is int) or (v_paid_at is None):
            fill.paid_at = v_paid_at
        elif v_paid_at is not UNSET:
            d["paid_at"] = v_paid_at
        v_voided_at = take("voided_at", UNSET)
        if (type(v_voided_at) is int) or (v_voided_at is None):
            fill.voided_at = v_voided_at
        elif v_voided_at is not UNSET:
            d["voided_at"] = v_voided_at
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
