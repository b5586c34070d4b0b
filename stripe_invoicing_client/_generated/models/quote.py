"""Response models: quote (generated; do not edit).

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
from ..._core.types import UNSET


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class GetQuotesQuoteLineItemsResponse200(Model):
    """GetQuotesQuoteLineItemsResponse200"""

    data: list[QuoteLineItem]
    """The line items on this page."""
    has_more: bool
    """Whether there are more objects after this page."""
    object_: Literal["list"]
    """Object type, always `list`."""
    url: str
    """API path this page was fetched from."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [QuoteLineItem.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetQuotesQuoteLineItemsResponse200:
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
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ItemAdjustableQuantity(Model):
    """ItemAdjustableQuantity"""

    enabled: bool
    maximum: int | None
    minimum: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ItemAdjustableQuantity:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_enabled := take("enabled", UNSET)) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if (type(v_maximum := take("maximum", UNSET)) is int) or (v_maximum is None):
            fill.maximum = v_maximum
        elif v_maximum is not UNSET:
            d["maximum"] = v_maximum
        if (type(v_minimum := take("minimum", UNSET)) is int) or (v_minimum is None):
            fill.minimum = v_minimum
        elif v_minimum is not UNSET:
            d["minimum"] = v_minimum
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ItemDiscounts(Model):
    """ItemDiscounts"""

    amount: int
    discount: Discount
    """A coupon applied to a customer, subscription, invoice or line, with when it started and ends."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "discount": lambda v: Discount.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ItemDiscounts:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_amount := take("amount", UNSET)) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if type(v_discount := take("discount", UNSET)) is dict:
            later["discount"] = v_discount
        elif v_discount is not UNSET:
            d["discount"] = v_discount
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Quote(Model):
    """A quote: a priced offer to a customer that becomes an invoice or a subscription once
    accepted."""

    amount_subtotal: int
    """Total of the lines before discounts and taxes, in the smallest currency unit."""
    amount_total: int
    """Total after discounts and taxes, in the smallest currency unit."""
    application: str | dict[str, Any] | None
    """The Connect application that created the quote, as an id or expanded."""
    application_fee_amount: int | None
    """Fee the platform's application takes from the invoices the quote makes."""
    application_fee_percent: float | None
    """Percentage of the subscription's invoices the platform's application takes."""
    automatic_tax: QuoteAutomaticTax
    """Whether Stripe Tax computes the quote's taxes, and its status."""
    collection_method: Literal["charge_automatically", "send_invoice"]
    """How the resulting invoices are paid: charged automatically, or sent to be paid."""
    computed: QuoteComputed
    """What accepting the quote would bill: the upfront invoice and the recurring amounts."""
    created: int
    """When the quote was created, as a Unix timestamp in seconds."""
    currency: str | None
    """Three-letter ISO currency code, in lowercase."""
    customer: Customer | str | None
    """The customer the quote is for, as an id or expanded."""
    customer_account: str | None
    """Id of the account, as a customer, the quote is for."""
    default_tax_rates: list[str | TaxRate] | None
    """Tax rates applied to every line that sets none of its own."""
    description: str | None
    """Text shown on the quote's PDF above its lines."""
    discounts: list[Discount | str]
    """Discounts applied to the whole quote."""
    expires_at: int
    """When an open quote expires, as a Unix timestamp in seconds."""
    footer: str | None
    """Text shown at the bottom of the quote's PDF."""
    from_quote: QuoteFromQuote | None
    """The quote this one was cloned or revised from, if any."""
    header: str | None
    """Title shown at the top of the quote's PDF."""
    id: str
    """Unique identifier of the quote (starts with `qt_`)."""
    invoice: Invoice | str | None
    """The invoice made when the quote was accepted, as an id or expanded."""
    invoice_settings: QuoteInvoiceSettings
    """Settings for the invoices the quote makes, such as days until due."""
    line_items: GetQuotesQuoteLineItemsResponse200 | None
    """The quote's lines, when expanded."""
    livemode: bool
    """Whether the object exists in live mode (true) or test mode (false)."""
    metadata: dict[str, str]
    """Key-value pairs stored with the object."""
    number: str | None
    """The quote's number, given when it is finalized."""
    object_: Literal["quote"]
    """Object type, always `quote`."""
    on_behalf_of: str | dict[str, Any] | None
    """The connected account the quote is made for, as an id or expanded."""
    status: Literal["accepted", "canceled", "draft", "open"]
    """Where the quote is in its lifecycle: draft, open, accepted, canceled or expired."""
    status_transitions: QuoteStatusTransitions
    """When the quote was finalized, accepted or canceled."""
    subscription: str | Subscription | None
    """The subscription made when the quote was accepted, as an id or expanded."""
    subscription_data: QuoteSubscriptionData
    """Settings for the subscription the quote makes, such as trial days."""
    subscription_schedule: str | SubscriptionSchedule | None
    """The subscription schedule made when the quote was accepted, as an id or expanded."""
    test_clock: str | TestClock | None
    """The test clock the quote's customer follows, as an id or expanded."""
    total_details: QuoteComputedRecurringTotalDetails
    """Discount, shipping and tax totals of the quote."""
    transfer_data: QuoteTransferData | None
    """Where the funds of the resulting invoices go, for Connect destination charges."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "automatic_tax": lambda v: QuoteAutomaticTax.from_dict(v),
        "computed": lambda v: QuoteComputed.from_dict(v),
        "customer": lambda v: Customer.from_dict(v),
        "default_tax_rates": lambda v: [
            (TaxRate.from_dict(item0) if type(item0) is dict else item0) for item0 in v
        ],
        "discounts": lambda v: [
            (Discount.from_dict(item0) if type(item0) is dict else item0) for item0 in v
        ],
        "from_quote": lambda v: QuoteFromQuote.from_dict(v),
        "invoice": lambda v: Invoice.from_dict(v),
        "invoice_settings": lambda v: QuoteInvoiceSettings.from_dict(v),
        "line_items": lambda v: GetQuotesQuoteLineItemsResponse200.from_dict(v),
        "status_transitions": lambda v: QuoteStatusTransitions.from_dict(v),
        "subscription": lambda v: Subscription.from_dict(v),
        "subscription_data": lambda v: QuoteSubscriptionData.from_dict(v),
        "subscription_schedule": lambda v: SubscriptionSchedule.from_dict(v),
        "test_clock": lambda v: TestClock.from_dict(v),
        "total_details": lambda v: QuoteComputedRecurringTotalDetails.from_dict(v),
        "transfer_data": lambda v: QuoteTransferData.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Quote:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_amount_subtotal := take("amount_subtotal", UNSET)) is int:
            fill.amount_subtotal = v_amount_subtotal
        elif v_amount_subtotal is not UNSET:
            d["amount_subtotal"] = v_amount_subtotal
        if type(v_amount_total := take("amount_total", UNSET)) is int:
            fill.amount_total = v_amount_total
        elif v_amount_total is not UNSET:
            d["amount_total"] = v_amount_total
        if (
            (type(v_application := take("application", UNSET)) is str)
            or (type(v_application) is dict)
            or (v_application is None)
        ):
            fill.application = v_application
        elif v_application is not UNSET:
            d["application"] = v_application
        if (type(v_application_fee_amount := take("application_fee_amount", UNSET)) is int) or (
            v_application_fee_amount is None
        ):
            fill.application_fee_amount = v_application_fee_amount
        elif v_application_fee_amount is not UNSET:
            d["application_fee_amount"] = v_application_fee_amount
        if (
            type(v_application_fee_percent := take("application_fee_percent", UNSET)) is float
            or type(v_application_fee_percent) is int
        ) or (v_application_fee_percent is None):
            fill.application_fee_percent = v_application_fee_percent
        elif v_application_fee_percent is not UNSET:
            d["application_fee_percent"] = v_application_fee_percent
        if type(v_automatic_tax := take("automatic_tax", UNSET)) is dict:
            later["automatic_tax"] = v_automatic_tax
        elif v_automatic_tax is not UNSET:
            d["automatic_tax"] = v_automatic_tax
        if type(v_collection_method := take("collection_method", UNSET)) is str:
            fill.collection_method = v_collection_method
        elif v_collection_method is not UNSET:
            d["collection_method"] = v_collection_method
        if type(v_computed := take("computed", UNSET)) is dict:
            later["computed"] = v_computed
        elif v_computed is not UNSET:
            d["computed"] = v_computed
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if (type(v_currency := take("currency", UNSET)) is str) or (v_currency is None):
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        if type(v_customer := take("customer", UNSET)) is dict:
            later["customer"] = v_customer
        elif (type(v_customer) is str) or (v_customer is None):
            fill.customer = v_customer
        elif v_customer is not UNSET:
            d["customer"] = v_customer
        if (type(v_customer_account := take("customer_account", UNSET)) is str) or (
            v_customer_account is None
        ):
            fill.customer_account = v_customer_account
        elif v_customer_account is not UNSET:
            d["customer_account"] = v_customer_account
        if type(v_default_tax_rates := take("default_tax_rates", UNSET)) is list and (
            not v_default_tax_rates
            or all((type(item0) is dict) or (type(item0) is str) for item0 in v_default_tax_rates)
        ):
            later["default_tax_rates"] = v_default_tax_rates
        elif v_default_tax_rates is None:
            fill.default_tax_rates = v_default_tax_rates
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
        if type(v_expires_at := take("expires_at", UNSET)) is int:
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        if (type(v_footer := take("footer", UNSET)) is str) or (v_footer is None):
            fill.footer = v_footer
        elif v_footer is not UNSET:
            d["footer"] = v_footer
        if type(v_from_quote := take("from_quote", UNSET)) is dict:
            later["from_quote"] = v_from_quote
        elif v_from_quote is None:
            fill.from_quote = v_from_quote
        elif v_from_quote is not UNSET:
            d["from_quote"] = v_from_quote
        if (type(v_header := take("header", UNSET)) is str) or (v_header is None):
            fill.header = v_header
        elif v_header is not UNSET:
            d["header"] = v_header
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_invoice := take("invoice", UNSET)) is dict:
            later["invoice"] = v_invoice
        elif (type(v_invoice) is str) or (v_invoice is None):
            fill.invoice = v_invoice
        elif v_invoice is not UNSET:
            d["invoice"] = v_invoice
        if type(v_invoice_settings := take("invoice_settings", UNSET)) is dict:
            later["invoice_settings"] = v_invoice_settings
        elif v_invoice_settings is not UNSET:
            d["invoice_settings"] = v_invoice_settings
        if type(v_line_items := take("line_items", UNSET)) is dict:
            later["line_items"] = v_line_items
        elif v_line_items is None:
            fill.line_items = v_line_items
        elif v_line_items is not UNSET:
            d["line_items"] = v_line_items
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if type(v_metadata := take("metadata", UNSET)) is dict and (
            not v_metadata or all(type(item0) is str for item0 in v_metadata.values())
        ):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
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
        if type(v_status := take("status", UNSET)) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        if type(v_status_transitions := take("status_transitions", UNSET)) is dict:
            later["status_transitions"] = v_status_transitions
        elif v_status_transitions is not UNSET:
            d["status_transitions"] = v_status_transitions
        if type(v_subscription := take("subscription", UNSET)) is dict:
            later["subscription"] = v_subscription
        elif (type(v_subscription) is str) or (v_subscription is None):
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        if type(v_subscription_data := take("subscription_data", UNSET)) is dict:
            later["subscription_data"] = v_subscription_data
        elif v_subscription_data is not UNSET:
            d["subscription_data"] = v_subscription_data
        if type(v_subscription_schedule := take("subscription_schedule", UNSET)) is dict:
            later["subscription_schedule"] = v_subscription_schedule
        elif (type(v_subscription_schedule) is str) or (v_subscription_schedule is None):
            fill.subscription_schedule = v_subscription_schedule
        elif v_subscription_schedule is not UNSET:
            d["subscription_schedule"] = v_subscription_schedule
        if type(v_test_clock := take("test_clock", UNSET)) is dict:
            later["test_clock"] = v_test_clock
        elif (type(v_test_clock) is str) or (v_test_clock is None):
            fill.test_clock = v_test_clock
        elif v_test_clock is not UNSET:
            d["test_clock"] = v_test_clock
        if type(v_total_details := take("total_details", UNSET)) is dict:
            later["total_details"] = v_total_details
        elif v_total_details is not UNSET:
            d["total_details"] = v_total_details
        if type(v_transfer_data := take("transfer_data", UNSET)) is dict:
            later["transfer_data"] = v_transfer_data
        elif v_transfer_data is None:
            fill.transfer_data = v_transfer_data
        elif v_transfer_data is not UNSET:
            d["transfer_data"] = v_transfer_data
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class QuoteAutomaticTax(Model):
    """QuoteAutomaticTax"""

    enabled: bool
    liability: ConnectAccountReference | None
    provider: str | None
    status: Literal["complete", "failed", "requires_location_inputs"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "liability": lambda v: ConnectAccountReference.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteAutomaticTax:
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
        if (type(v_provider := take("provider", UNSET)) is str) or (v_provider is None):
            fill.provider = v_provider
        elif v_provider is not UNSET:
            d["provider"] = v_provider
        if (type(v_status := take("status", UNSET)) is str) or (v_status is None):
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class QuoteComputed(Model):
    """QuoteComputed"""

    recurring: QuoteComputedRecurring | None
    upfront: QuoteComputedUpfront
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "recurring": lambda v: QuoteComputedRecurring.from_dict(v),
        "upfront": lambda v: QuoteComputedUpfront.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteComputed:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_recurring := take("recurring", UNSET)) is dict:
            later["recurring"] = v_recurring
        elif v_recurring is None:
            fill.recurring = v_recurring
        elif v_recurring is not UNSET:
            d["recurring"] = v_recurring
        if type(v_upfront := take("upfront", UNSET)) is dict:
            later["upfront"] = v_upfront
        elif v_upfront is not UNSET:
            d["upfront"] = v_upfront
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class QuoteComputedRecurring(Model):
    """QuoteComputedRecurring"""

    amount_subtotal: int
    amount_total: int
    interval: Literal["day", "month", "week", "year"]
    interval_count: int
    total_details: QuoteComputedRecurringTotalDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "total_details": lambda v: QuoteComputedRecurringTotalDetails.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteComputedRecurring:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_amount_subtotal := take("amount_subtotal", UNSET)) is int:
            fill.amount_subtotal = v_amount_subtotal
        elif v_amount_subtotal is not UNSET:
            d["amount_subtotal"] = v_amount_subtotal
        if type(v_amount_total := take("amount_total", UNSET)) is int:
            fill.amount_total = v_amount_total
        elif v_amount_total is not UNSET:
            d["amount_total"] = v_amount_total
        if type(v_interval := take("interval", UNSET)) is str:
            fill.interval = v_interval
        elif v_interval is not UNSET:
            d["interval"] = v_interval
        if type(v_interval_count := take("interval_count", UNSET)) is int:
            fill.interval_count = v_interval_count
        elif v_interval_count is not UNSET:
            d["interval_count"] = v_interval_count
        if type(v_total_details := take("total_details", UNSET)) is dict:
            later["total_details"] = v_total_details
        elif v_total_details is not UNSET:
            d["total_details"] = v_total_details
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class QuoteComputedRecurringTotalDetails(Model):
    """QuoteComputedRecurringTotalDetails"""

    amount_discount: int
    amount_shipping: int | None
    amount_tax: int
    breakdown: QuoteComputedRecurringTotalDetailsBreakdown | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "breakdown": lambda v: QuoteComputedRecurringTotalDetailsBreakdown.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteComputedRecurringTotalDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_amount_discount := take("amount_discount", UNSET)) is int:
            fill.amount_discount = v_amount_discount
        elif v_amount_discount is not UNSET:
            d["amount_discount"] = v_amount_discount
        if (type(v_amount_shipping := take("amount_shipping", UNSET)) is int) or (
            v_amount_shipping is None
        ):
            fill.amount_shipping = v_amount_shipping
        elif v_amount_shipping is not UNSET:
            d["amount_shipping"] = v_amount_shipping
        if type(v_amount_tax := take("amount_tax", UNSET)) is int:
            fill.amount_tax = v_amount_tax
        elif v_amount_tax is not UNSET:
            d["amount_tax"] = v_amount_tax
        if type(v_breakdown := take("breakdown", UNSET)) is dict:
            later["breakdown"] = v_breakdown
        elif v_breakdown is None:
            fill.breakdown = v_breakdown
        elif v_breakdown is not UNSET:
            d["breakdown"] = v_breakdown
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class QuoteComputedRecurringTotalDetailsBreakdown(Model):
    """QuoteComputedRecurringTotalDetailsBreakdown"""

    discounts: list[ItemDiscounts]
    taxes: list[LineItemsTaxAmount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "discounts": lambda v: [ItemDiscounts.from_dict(item0) for item0 in v],
        "taxes": lambda v: [LineItemsTaxAmount.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteComputedRecurringTotalDetailsBreakdown:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_discounts := take("discounts", UNSET)) is list and (
            not v_discounts or all(type(item0) is dict for item0 in v_discounts)
        ):
            later["discounts"] = v_discounts
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        if type(v_taxes := take("taxes", UNSET)) is list and (
            not v_taxes or all(type(item0) is dict for item0 in v_taxes)
        ):
            later["taxes"] = v_taxes
        elif v_taxes is not UNSET:
            d["taxes"] = v_taxes
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class QuoteComputedUpfront(Model):
    """QuoteComputedUpfront"""

    amount_subtotal: int
    amount_total: int
    line_items: GetQuotesQuoteLineItemsResponse200 | None
    total_details: QuoteComputedRecurringTotalDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "line_items": lambda v: GetQuotesQuoteLineItemsResponse200.from_dict(v),
        "total_details": lambda v: QuoteComputedRecurringTotalDetails.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteComputedUpfront:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_amount_subtotal := take("amount_subtotal", UNSET)) is int:
            fill.amount_subtotal = v_amount_subtotal
        elif v_amount_subtotal is not UNSET:
            d["amount_subtotal"] = v_amount_subtotal
        if type(v_amount_total := take("amount_total", UNSET)) is int:
            fill.amount_total = v_amount_total
        elif v_amount_total is not UNSET:
            d["amount_total"] = v_amount_total
        if type(v_line_items := take("line_items", UNSET)) is dict:
            later["line_items"] = v_line_items
        elif v_line_items is None:
            fill.line_items = v_line_items
        elif v_line_items is not UNSET:
            d["line_items"] = v_line_items
        if type(v_total_details := take("total_details", UNSET)) is dict:
            later["total_details"] = v_total_details
        elif v_total_details is not UNSET:
            d["total_details"] = v_total_details
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class QuoteFromQuote(Model):
    """QuoteFromQuote"""

    is_revision: bool
    quote: Quote | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "quote": lambda v: Quote.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteFromQuote:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_is_revision := take("is_revision", UNSET)) is bool:
            fill.is_revision = v_is_revision
        elif v_is_revision is not UNSET:
            d["is_revision"] = v_is_revision
        if type(v_quote := take("quote", UNSET)) is dict:
            later["quote"] = v_quote
        elif type(v_quote) is str:
            fill.quote = v_quote
        elif v_quote is not UNSET:
            d["quote"] = v_quote
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class QuoteInvoiceSettings(Model):
    """QuoteInvoiceSettings"""

    custom_fields: list[InvoiceSettingCustomField] | None
    days_until_due: int | None
    description: str | None
    footer: str | None
    issuer: ConnectAccountReference
    """Points at the platform itself or at one connected account."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "custom_fields": lambda v: [InvoiceSettingCustomField.from_dict(item0) for item0 in v],
        "issuer": lambda v: ConnectAccountReference.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteInvoiceSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_custom_fields := take("custom_fields", UNSET)) is list and (
            not v_custom_fields or all(type(item0) is dict for item0 in v_custom_fields)
        ):
            later["custom_fields"] = v_custom_fields
        elif v_custom_fields is None:
            fill.custom_fields = v_custom_fields
        elif v_custom_fields is not UNSET:
            d["custom_fields"] = v_custom_fields
        if (type(v_days_until_due := take("days_until_due", UNSET)) is int) or (
            v_days_until_due is None
        ):
            fill.days_until_due = v_days_until_due
        elif v_days_until_due is not UNSET:
            d["days_until_due"] = v_days_until_due
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if (type(v_footer := take("footer", UNSET)) is str) or (v_footer is None):
            fill.footer = v_footer
        elif v_footer is not UNSET:
            d["footer"] = v_footer
        if type(v_issuer := take("issuer", UNSET)) is dict:
            later["issuer"] = v_issuer
        elif v_issuer is not UNSET:
            d["issuer"] = v_issuer
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class QuoteLineItem(Model):
    """A line item of a quote or a checkout session: a price, a quantity and what they come to."""

    adjustable_quantity: ItemAdjustableQuantity | None
    """Whether and within which bounds the customer may change the quantity."""
    amount_discount: int
    """Total of the discounts on this line, in the smallest currency unit."""
    amount_subtotal: int
    """Amount before discounts and taxes, in the smallest currency unit."""
    amount_tax: int
    """Total of the taxes on this line, in the smallest currency unit."""
    amount_total: int
    """Amount after discounts and taxes, in the smallest currency unit."""
    currency: str
    """Three-letter ISO currency code, in lowercase."""
    description: str | None
    """Text describing the line, from the product's name unless set."""
    discounts: list[ItemDiscounts] | None
    """The discounts applied to this line, with their amounts."""
    id: str
    """Unique identifier of the line item (starts with `li_`)."""
    metadata: dict[str, str] | None
    """Key-value pairs stored with the object."""
    object_: Literal["item"]
    """Object type, always `item`."""
    price: Price | None
    """The price the line bills, when it has one."""
    quantity: int | None
    """How many units of the price the line bills."""
    taxes: list[LineItemsTaxAmount] | None
    """The taxes applied to this line, with their amounts."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "adjustable_quantity": lambda v: ItemAdjustableQuantity.from_dict(v),
        "discounts": lambda v: [ItemDiscounts.from_dict(item0) for item0 in v],
        "price": lambda v: Price.from_dict(v),
        "taxes": lambda v: [LineItemsTaxAmount.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteLineItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_adjustable_quantity := take("adjustable_quantity", UNSET)) is dict:
            later["adjustable_quantity"] = v_adjustable_quantity
        elif v_adjustable_quantity is None:
            fill.adjustable_quantity = v_adjustable_quantity
        elif v_adjustable_quantity is not UNSET:
            d["adjustable_quantity"] = v_adjustable_quantity
        if type(v_amount_discount := take("amount_discount", UNSET)) is int:
            fill.amount_discount = v_amount_discount
        elif v_amount_discount is not UNSET:
            d["amount_discount"] = v_amount_discount
        if type(v_amount_subtotal := take("amount_subtotal", UNSET)) is int:
            fill.amount_subtotal = v_amount_subtotal
        elif v_amount_subtotal is not UNSET:
            d["amount_subtotal"] = v_amount_subtotal
        if type(v_amount_tax := take("amount_tax", UNSET)) is int:
            fill.amount_tax = v_amount_tax
        elif v_amount_tax is not UNSET:
            d["amount_tax"] = v_amount_tax
        if type(v_amount_total := take("amount_total", UNSET)) is int:
            fill.amount_total = v_amount_total
        elif v_amount_total is not UNSET:
            d["amount_total"] = v_amount_total
        if type(v_currency := take("currency", UNSET)) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if type(v_discounts := take("discounts", UNSET)) is list and (
            not v_discounts or all(type(item0) is dict for item0 in v_discounts)
        ):
            later["discounts"] = v_discounts
        elif v_discounts is None:
            fill.discounts = v_discounts
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_price := take("price", UNSET)) is dict:
            later["price"] = v_price
        elif v_price is None:
            fill.price = v_price
        elif v_price is not UNSET:
            d["price"] = v_price
        if (type(v_quantity := take("quantity", UNSET)) is int) or (v_quantity is None):
            fill.quantity = v_quantity
        elif v_quantity is not UNSET:
            d["quantity"] = v_quantity
        if type(v_taxes := take("taxes", UNSET)) is list and (
            not v_taxes or all(type(item0) is dict for item0 in v_taxes)
        ):
            later["taxes"] = v_taxes
        elif v_taxes is None:
            fill.taxes = v_taxes
        elif v_taxes is not UNSET:
            d["taxes"] = v_taxes
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class QuoteStatusTransitions(Model):
    """QuoteStatusTransitions"""

    accepted_at: int | None
    canceled_at: int | None
    finalized_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteStatusTransitions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_accepted_at := take("accepted_at", UNSET)) is int) or (v_accepted_at is None):
            fill.accepted_at = v_accepted_at
        elif v_accepted_at is not UNSET:
            d["accepted_at"] = v_accepted_at
        if (type(v_canceled_at := take("canceled_at", UNSET)) is int) or (v_canceled_at is None):
            fill.canceled_at = v_canceled_at
        elif v_canceled_at is not UNSET:
            d["canceled_at"] = v_canceled_at
        if (type(v_finalized_at := take("finalized_at", UNSET)) is int) or (v_finalized_at is None):
            fill.finalized_at = v_finalized_at
        elif v_finalized_at is not UNSET:
            d["finalized_at"] = v_finalized_at
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class QuoteSubscriptionData(Model):
    """QuoteSubscriptionData"""

    billing_mode: QuoteSubscriptionDataBillingMode
    description: str | None
    effective_date: int | None
    metadata: dict[str, str] | None
    trial_period_days: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "billing_mode": lambda v: QuoteSubscriptionDataBillingMode.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteSubscriptionData:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_billing_mode := take("billing_mode", UNSET)) is dict:
            later["billing_mode"] = v_billing_mode
        elif v_billing_mode is not UNSET:
            d["billing_mode"] = v_billing_mode
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if (type(v_effective_date := take("effective_date", UNSET)) is int) or (
            v_effective_date is None
        ):
            fill.effective_date = v_effective_date
        elif v_effective_date is not UNSET:
            d["effective_date"] = v_effective_date
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if (type(v_trial_period_days := take("trial_period_days", UNSET)) is int) or (
            v_trial_period_days is None
        ):
            fill.trial_period_days = v_trial_period_days
        elif v_trial_period_days is not UNSET:
            d["trial_period_days"] = v_trial_period_days
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class QuoteSubscriptionDataBillingMode(Model):
    """QuoteSubscriptionDataBillingMode"""

    flexible: SubscriptionBillingModeFlexible | None
    type_: Literal["classic", "flexible"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "flexible": lambda v: SubscriptionBillingModeFlexible.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteSubscriptionDataBillingMode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_flexible := take("flexible", UNSET)) is dict:
            later["flexible"] = v_flexible
        elif v_flexible is None:
            fill.flexible = v_flexible
        elif v_flexible is not UNSET:
            d["flexible"] = v_flexible
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
class QuoteTransferData(Model):
    """QuoteTransferData"""

    amount: int | None
    amount_percent: float | None
    destination: str | dict[str, Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteTransferData:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_amount := take("amount", UNSET)) is int) or (v_amount is None):
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if (
            type(v_amount_percent := take("amount_percent", UNSET)) is float
            or type(v_amount_percent) is int
        ) or (v_amount_percent is None):
            fill.amount_percent = v_amount_percent
        elif v_amount_percent is not UNSET:
            d["amount_percent"] = v_amount_percent
        if (type(v_destination := take("destination", UNSET)) is str) or (
            type(v_destination) is dict
        ):
            fill.destination = v_destination
        elif v_destination is not UNSET:
            d["destination"] = v_destination
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# The same shapes as classes above, under their own names.
GetQuotesQuoteComputedUpfrontLineItemsResponse200 = GetQuotesQuoteLineItemsResponse200
QuoteComputedUpfrontLineItemsType0 = GetQuotesQuoteLineItemsResponse200
QuoteLineItemsType0 = GetQuotesQuoteLineItemsResponse200


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .customer import Customer  # noqa: E402
from .discount import Discount  # noqa: E402
from .invoice import Invoice  # noqa: E402
from .product import Price  # noqa: E402
from .shared import (  # noqa: E402
    ConnectAccountReference,
    InvoiceSettingCustomField,
    LineItemsTaxAmount,
    SubscriptionBillingModeFlexible,
)
from .subscription import Subscription  # noqa: E402
from .subscription_schedule import SubscriptionSchedule  # noqa: E402
from .tax import TaxRate  # noqa: E402
from .test_clock import TestClock  # noqa: E402

__all__ = [
    "GetQuotesQuoteLineItemsResponse200",
    "ItemAdjustableQuantity",
    "ItemDiscounts",
    "Quote",
    "QuoteAutomaticTax",
    "QuoteComputed",
    "QuoteComputedRecurring",
    "QuoteComputedRecurringTotalDetails",
    "QuoteComputedRecurringTotalDetailsBreakdown",
    "QuoteComputedUpfront",
    "QuoteFromQuote",
    "QuoteInvoiceSettings",
    "QuoteLineItem",
    "QuoteStatusTransitions",
    "QuoteSubscriptionData",
    "QuoteSubscriptionDataBillingMode",
    "QuoteTransferData",
    "GetQuotesQuoteComputedUpfrontLineItemsResponse200",
    "QuoteComputedUpfrontLineItemsType0",
    "QuoteLineItemsType0",
]
