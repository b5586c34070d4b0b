"""Response models: quote (generated; do not edit).

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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("data", "data", "list[QuoteLineItem]"),
        ("has_more", "has_more", "bool"),
        ("object_", "object", "Literal['list']"),
        ("url", "url", "str"),
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetQuotesQuoteLineItemsResponse200:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_data = take("data", UNSET)
        if type(v_data) is list and (not v_data or all(type(item0) is dict for item0 in v_data)):
            fill.data = [QuoteLineItem.from_dict(item0) for item0 in v_data]
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
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("enabled", "enabled", "bool"),
        ("maximum", "maximum", "int | None"),
        ("minimum", "minimum", "int | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ItemAdjustableQuantity:
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
        v_maximum = take("maximum", UNSET)
        if (type(v_maximum) is int) or (v_maximum is None):
            fill.maximum = v_maximum
        elif v_maximum is not UNSET:
            d["maximum"] = v_maximum
        v_minimum = take("minimum", UNSET)
        if (type(v_minimum) is int) or (v_minimum is None):
            fill.minimum = v_minimum
        elif v_minimum is not UNSET:
            d["minimum"] = v_minimum
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("discount", "discount", "Discount"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("discount",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_discount = self.discount
        except AttributeError:
            pass
        else:
            data["discount"] = v_discount.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ItemDiscounts:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount = take("amount", UNSET)
        if type(v_amount) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        v_discount = take("discount", UNSET)
        if type(v_discount) is dict:
            fill.discount = Discount.from_dict(v_discount)
        elif v_discount is not UNSET:
            d["discount"] = v_discount
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_subtotal", "amount_subtotal", "int"),
        ("amount_total", "amount_total", "int"),
        ("application", "application", "str | dict[str, Any] | None"),
        ("application_fee_amount", "application_fee_amount", "int | None"),
        ("application_fee_percent", "application_fee_percent", "float | None"),
        ("automatic_tax", "automatic_tax", "QuoteAutomaticTax"),
        (
            "collection_method",
            "collection_method",
            "Literal['charge_automatically', 'send_invoice']",
        ),
        ("computed", "computed", "QuoteComputed"),
        ("created", "created", "int"),
        ("currency", "currency", "str | None"),
        ("customer", "customer", "Customer | str | None"),
        ("customer_account", "customer_account", "str | None"),
        ("default_tax_rates", "default_tax_rates", "list[str | TaxRate] | None"),
        ("description", "description", "str | None"),
        ("discounts", "discounts", "list[Discount | str]"),
        ("expires_at", "expires_at", "int"),
        ("footer", "footer", "str | None"),
        ("from_quote", "from_quote", "QuoteFromQuote | None"),
        ("header", "header", "str | None"),
        ("id", "id", "str"),
        ("invoice", "invoice", "Invoice | str | None"),
        ("invoice_settings", "invoice_settings", "QuoteInvoiceSettings"),
        ("line_items", "line_items", "GetQuotesQuoteLineItemsResponse200 | None"),
        ("livemode", "livemode", "bool"),
        ("metadata", "metadata", "dict[str, str]"),
        ("number", "number", "str | None"),
        ("object_", "object", "Literal['quote']"),
        ("on_behalf_of", "on_behalf_of", "str | dict[str, Any] | None"),
        ("status", "status", "Literal['accepted', 'canceled', 'draft', 'open']"),
        ("status_transitions", "status_transitions", "QuoteStatusTransitions"),
        ("subscription", "subscription", "str | Subscription | None"),
        ("subscription_data", "subscription_data", "QuoteSubscriptionData"),
        ("subscription_schedule", "subscription_schedule", "str | SubscriptionSchedule | None"),
        ("test_clock", "test_clock", "str | TestClock | None"),
        ("total_details", "total_details", "QuoteComputedRecurringTotalDetails"),
        ("transfer_data", "transfer_data", "QuoteTransferData | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "automatic_tax",
            "computed",
            "customer",
            "default_tax_rates",
            "discounts",
            "from_quote",
            "invoice",
            "invoice_settings",
            "line_items",
            "status_transitions",
            "subscription",
            "subscription_data",
            "subscription_schedule",
            "test_clock",
            "total_details",
            "transfer_data",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_automatic_tax = self.automatic_tax
        except AttributeError:
            pass
        else:
            data["automatic_tax"] = v_automatic_tax.to_dict()
        try:
            v_computed = self.computed
        except AttributeError:
            pass
        else:
            data["computed"] = v_computed.to_dict()
        try:
            v_customer = self.customer
        except AttributeError:
            pass
        else:
            data["customer"] = (
                v_customer.to_dict() if isinstance(v_customer, Customer) else v_customer
            )
        try:
            v_default_tax_rates = self.default_tax_rates
        except AttributeError:
            pass
        else:
            data["default_tax_rates"] = (
                [
                    (item0.to_dict() if isinstance(item0, TaxRate) else item0)
                    for item0 in v_default_tax_rates
                ]
                if isinstance(v_default_tax_rates, list)
                else v_default_tax_rates
            )
        try:
            v_discounts = self.discounts
        except AttributeError:
            pass
        else:
            data["discounts"] = [
                (item0.to_dict() if isinstance(item0, Discount) else item0) for item0 in v_discounts
            ]
        try:
            v_from_quote = self.from_quote
        except AttributeError:
            pass
        else:
            data["from_quote"] = (
                v_from_quote.to_dict() if isinstance(v_from_quote, QuoteFromQuote) else v_from_quote
            )
        try:
            v_invoice = self.invoice
        except AttributeError:
            pass
        else:
            data["invoice"] = v_invoice.to_dict() if isinstance(v_invoice, Invoice) else v_invoice
        try:
            v_invoice_settings = self.invoice_settings
        except AttributeError:
            pass
        else:
            data["invoice_settings"] = v_invoice_settings.to_dict()
        try:
            v_line_items = self.line_items
        except AttributeError:
            pass
        else:
            data["line_items"] = (
                v_line_items.to_dict()
                if isinstance(v_line_items, GetQuotesQuoteLineItemsResponse200)
                else v_line_items
            )
        try:
            v_status_transitions = self.status_transitions
        except AttributeError:
            pass
        else:
            data["status_transitions"] = v_status_transitions.to_dict()
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
        try:
            v_subscription_data = self.subscription_data
        except AttributeError:
            pass
        else:
            data["subscription_data"] = v_subscription_data.to_dict()
        try:
            v_subscription_schedule = self.subscription_schedule
        except AttributeError:
            pass
        else:
            data["subscription_schedule"] = (
                v_subscription_schedule.to_dict()
                if isinstance(v_subscription_schedule, SubscriptionSchedule)
                else v_subscription_schedule
            )
        try:
            v_test_clock = self.test_clock
        except AttributeError:
            pass
        else:
            data["test_clock"] = (
                v_test_clock.to_dict() if isinstance(v_test_clock, TestClock) else v_test_clock
            )
        try:
            v_total_details = self.total_details
        except AttributeError:
            pass
        else:
            data["total_details"] = v_total_details.to_dict()
        try:
            v_transfer_data = self.transfer_data
        except AttributeError:
            pass
        else:
            data["transfer_data"] = (
                v_transfer_data.to_dict()
                if isinstance(v_transfer_data, QuoteTransferData)
                else v_transfer_data
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Quote:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount_subtotal = take("amount_subtotal", UNSET)
        if type(v_amount_subtotal) is int:
            fill.amount_subtotal = v_amount_subtotal
        elif v_amount_subtotal is not UNSET:
            d["amount_subtotal"] = v_amount_subtotal
        v_amount_total = take("amount_total", UNSET)
        if type(v_amount_total) is int:
            fill.amount_total = v_amount_total
        elif v_amount_total is not UNSET:
            d["amount_total"] = v_amount_total
        v_application = take("application", UNSET)
        if (type(v_application) is str) or (type(v_application) is dict) or (v_application is None):
            fill.application = v_application
        elif v_application is not UNSET:
            d["application"] = v_application
        v_application_fee_amount = take("application_fee_amount", UNSET)
        if (type(v_application_fee_amount) is int) or (v_application_fee_amount is None):
            fill.application_fee_amount = v_application_fee_amount
        elif v_application_fee_amount is not UNSET:
            d["application_fee_amount"] = v_application_fee_amount
        v_application_fee_percent = take("application_fee_percent", UNSET)
        if (type(v_application_fee_percent) is float or type(v_application_fee_percent) is int) or (
            v_application_fee_percent is None
        ):
            fill.application_fee_percent = v_application_fee_percent
        elif v_application_fee_percent is not UNSET:
            d["application_fee_percent"] = v_application_fee_percent
        v_automatic_tax = take("automatic_tax", UNSET)
        if type(v_automatic_tax) is dict:
            fill.automatic_tax = QuoteAutomaticTax.from_dict(v_automatic_tax)
        elif v_automatic_tax is not UNSET:
            d["automatic_tax"] = v_automatic_tax
        v_collection_method = take("collection_method", UNSET)
        if type(v_collection_method) is str:
            fill.collection_method = v_collection_method
        elif v_collection_method is not UNSET:
            d["collection_method"] = v_collection_method
        v_computed = take("computed", UNSET)
        if type(v_computed) is dict:
            fill.computed = QuoteComputed.from_dict(v_computed)
        elif v_computed is not UNSET:
            d["computed"] = v_computed
        v_created = take("created", UNSET)
        if type(v_created) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        v_currency = take("currency", UNSET)
        if (type(v_currency) is str) or (v_currency is None):
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        v_customer = take("customer", UNSET)
        if (type(v_customer) is dict) or (type(v_customer) is str) or (v_customer is None):
            fill.customer = (
                Customer.from_dict(v_customer) if type(v_customer) is dict else v_customer
            )
        elif v_customer is not UNSET:
            d["customer"] = v_customer
        v_customer_account = take("customer_account", UNSET)
        if (type(v_customer_account) is str) or (v_customer_account is None):
            fill.customer_account = v_customer_account
        elif v_customer_account is not UNSET:
            d["customer_account"] = v_customer_account
        v_default_tax_rates = take("default_tax_rates", UNSET)
        if (
            type(v_default_tax_rates) is list
            and (
                not v_default_tax_rates
                or all(
                    (type(item0) is dict) or (type(item0) is str) for item0 in v_default_tax_rates
                )
            )
        ) or (v_default_tax_rates is None):
            fill.default_tax_rates = (
                [
                    (TaxRate.from_dict(item0) if type(item0) is dict else item0)
                    for item0 in v_default_tax_rates
                ]
                if type(v_default_tax_rates) is list
                and (
                    not v_default_tax_rates
                    or all(
                        (type(item0) is dict) or (type(item0) is str)
                        for item0 in v_default_tax_rates
                    )
                )
                else v_default_tax_rates
            )
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
            or all((type(item0) is dict) or (type(item0) is str) for item0 in v_discounts)
        ):
            fill.discounts = [
                (Discount.from_dict(item0) if type(item0) is dict else item0)
                for item0 in v_discounts
            ]
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        v_expires_at = take("expires_at", UNSET)
        if type(v_expires_at) is int:
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        v_footer = take("footer", UNSET)
        if (type(v_footer) is str) or (v_footer is None):
            fill.footer = v_footer
        elif v_footer is not UNSET:
            d["footer"] = v_footer
        v_from_quote = take("from_quote", UNSET)
        if (type(v_from_quote) is dict) or (v_from_quote is None):
            fill.from_quote = (
                QuoteFromQuote.from_dict(v_from_quote)
                if type(v_from_quote) is dict
                else v_from_quote
            )
        elif v_from_quote is not UNSET:
            d["from_quote"] = v_from_quote
        v_header = take("header", UNSET)
        if (type(v_header) is str) or (v_header is None):
            fill.header = v_header
        elif v_header is not UNSET:
            d["header"] = v_header
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_invoice = take("invoice", UNSET)
        if (type(v_invoice) is dict) or (type(v_invoice) is str) or (v_invoice is None):
            fill.invoice = Invoice.from_dict(v_invoice) if type(v_invoice) is dict else v_invoice
        elif v_invoice is not UNSET:
            d["invoice"] = v_invoice
        v_invoice_settings = take("invoice_settings", UNSET)
        if type(v_invoice_settings) is dict:
            fill.invoice_settings = QuoteInvoiceSettings.from_dict(v_invoice_settings)
        elif v_invoice_settings is not UNSET:
            d["invoice_settings"] = v_invoice_settings
        v_line_items = take("line_items", UNSET)
        if (type(v_line_items) is dict) or (v_line_items is None):
            fill.line_items = (
                GetQuotesQuoteLineItemsResponse200.from_dict(v_line_items)
                if type(v_line_items) is dict
                else v_line_items
            )
        elif v_line_items is not UNSET:
            d["line_items"] = v_line_items
        v_livemode = take("livemode", UNSET)
        if type(v_livemode) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        v_metadata = take("metadata", UNSET)
        if type(v_metadata) is dict and (
            not v_metadata or all(type(item0) is str for item0 in v_metadata.values())
        ):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
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
        v_status = take("status", UNSET)
        if type(v_status) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        v_status_transitions = take("status_transitions", UNSET)
        if type(v_status_transitions) is dict:
            fill.status_transitions = QuoteStatusTransitions.from_dict(v_status_transitions)
        elif v_status_transitions is not UNSET:
            d["status_transitions"] = v_status_transitions
        v_subscription = take("subscription", UNSET)
        if (
            (type(v_subscription) is dict)
            or (type(v_subscription) is str)
            or (v_subscription is None)
        ):
            fill.subscription = (
                Subscription.from_dict(v_subscription)
                if type(v_subscription) is dict
                else v_subscription
            )
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        v_subscription_data = take("subscription_data", UNSET)
        if type(v_subscription_data) is dict:
            fill.subscription_data = QuoteSubscriptionData.from_dict(v_subscription_data)
        elif v_subscription_data is not UNSET:
            d["subscription_data"] = v_subscription_data
        v_subscription_schedule = take("subscription_schedule", UNSET)
        if (
            (type(v_subscription_schedule) is dict)
            or (type(v_subscription_schedule) is str)
            or (v_subscription_schedule is None)
        ):
            fill.subscription_schedule = (
                SubscriptionSchedule.from_dict(v_subscription_schedule)
                if type(v_subscription_schedule) is dict
                else v_subscription_schedule
            )
        elif v_subscription_schedule is not UNSET:
            d["subscription_schedule"] = v_subscription_schedule
        v_test_clock = take("test_clock", UNSET)
        if (type(v_test_clock) is dict) or (type(v_test_clock) is str) or (v_test_clock is None):
            fill.test_clock = (
                TestClock.from_dict(v_test_clock) if type(v_test_clock) is dict else v_test_clock
            )
        elif v_test_clock is not UNSET:
            d["test_clock"] = v_test_clock
        v_total_details = take("total_details", UNSET)
        if type(v_total_details) is dict:
            fill.total_details = QuoteComputedRecurringTotalDetails.from_dict(v_total_details)
        elif v_total_details is not UNSET:
            d["total_details"] = v_total_details
        v_transfer_data = take("transfer_data", UNSET)
        if (type(v_transfer_data) is dict) or (v_transfer_data is None):
            fill.transfer_data = (
                QuoteTransferData.from_dict(v_transfer_data)
                if type(v_transfer_data) is dict
                else v_transfer_data
            )
        elif v_transfer_data is not UNSET:
            d["transfer_data"] = v_transfer_data
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("enabled", "enabled", "bool"),
        ("liability", "liability", "ConnectAccountReference | None"),
        ("provider", "provider", "str | None"),
        ("status", "status", "Literal['complete', 'failed', 'requires_location_inputs'] | None"),
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteAutomaticTax:
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
        v_provider = take("provider", UNSET)
        if (type(v_provider) is str) or (v_provider is None):
            fill.provider = v_provider
        elif v_provider is not UNSET:
            d["provider"] = v_provider
        v_status = take("status", UNSET)
        if (type(v_status) is str) or (v_status is None):
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class QuoteComputed(Model):
    """QuoteComputed"""

    recurring: QuoteComputedRecurring | None
    upfront: QuoteComputedUpfront
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("recurring", "recurring", "QuoteComputedRecurring | None"),
        ("upfront", "upfront", "QuoteComputedUpfront"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "recurring",
            "upfront",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_recurring = self.recurring
        except AttributeError:
            pass
        else:
            data["recurring"] = (
                v_recurring.to_dict()
                if isinstance(v_recurring, QuoteComputedRecurring)
                else v_recurring
            )
        try:
            v_upfront = self.upfront
        except AttributeError:
            pass
        else:
            data["upfront"] = v_upfront.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteComputed:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_recurring = take("recurring", UNSET)
        if (type(v_recurring) is dict) or (v_recurring is None):
            fill.recurring = (
                QuoteComputedRecurring.from_dict(v_recurring)
                if type(v_recurring) is dict
                else v_recurring
            )
        elif v_recurring is not UNSET:
            d["recurring"] = v_recurring
        v_upfront = take("upfront", UNSET)
        if type(v_upfront) is dict:
            fill.upfront = QuoteComputedUpfront.from_dict(v_upfront)
        elif v_upfront is not UNSET:
            d["upfront"] = v_upfront
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_subtotal", "amount_subtotal", "int"),
        ("amount_total", "amount_total", "int"),
        ("interval", "interval", "Literal['day', 'month', 'week', 'year']"),
        ("interval_count", "interval_count", "int"),
        ("total_details", "total_details", "QuoteComputedRecurringTotalDetails"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("total_details",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_total_details = self.total_details
        except AttributeError:
            pass
        else:
            data["total_details"] = v_total_details.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteComputedRecurring:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount_subtotal = take("amount_subtotal", UNSET)
        if type(v_amount_subtotal) is int:
            fill.amount_subtotal = v_amount_subtotal
        elif v_amount_subtotal is not UNSET:
            d["amount_subtotal"] = v_amount_subtotal
        v_amount_total = take("amount_total", UNSET)
        if type(v_amount_total) is int:
            fill.amount_total = v_amount_total
        elif v_amount_total is not UNSET:
            d["amount_total"] = v_amount_total
        v_interval = take("interval", UNSET)
        if type(v_interval) is str:
            fill.interval = v_interval
        elif v_interval is not UNSET:
            d["interval"] = v_interval
        v_interval_count = take("interval_count", UNSET)
        if type(v_interval_count) is int:
            fill.interval_count = v_interval_count
        elif v_interval_count is not UNSET:
            d["interval_count"] = v_interval_count
        v_total_details = take("total_details", UNSET)
        if type(v_total_details) is dict:
            fill.total_details = QuoteComputedRecurringTotalDetails.from_dict(v_total_details)
        elif v_total_details is not UNSET:
            d["total_details"] = v_total_details
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_discount", "amount_discount", "int"),
        ("amount_shipping", "amount_shipping", "int | None"),
        ("amount_tax", "amount_tax", "int"),
        ("breakdown", "breakdown", "QuoteComputedRecurringTotalDetailsBreakdown | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("breakdown",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_breakdown = self.breakdown
        except AttributeError:
            pass
        else:
            data["breakdown"] = (
                v_breakdown.to_dict()
                if isinstance(v_breakdown, QuoteComputedRecurringTotalDetailsBreakdown)
                else v_breakdown
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteComputedRecurringTotalDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount_discount = take("amount_discount", UNSET)
        if type(v_amount_discount) is int:
            fill.amount_discount = v_amount_discount
        elif v_amount_discount is not UNSET:
            d["amount_discount"] = v_amount_discount
        v_amount_shipping = take("amount_shipping", UNSET)
        if (type(v_amount_shipping) is int) or (v_amount_shipping is None):
            fill.amount_shipping = v_amount_shipping
        elif v_amount_shipping is not UNSET:
            d["amount_shipping"] = v_amount_shipping
        v_amount_tax = take("amount_tax", UNSET)
        if type(v_amount_tax) is int:
            fill.amount_tax = v_amount_tax
        elif v_amount_tax is not UNSET:
            d["amount_tax"] = v_amount_tax
        v_breakdown = take("breakdown", UNSET)
        if (type(v_breakdown) is dict) or (v_breakdown is None):
            fill.breakdown = (
                QuoteComputedRecurringTotalDetailsBreakdown.from_dict(v_breakdown)
                if type(v_breakdown) is dict
                else v_breakdown
            )
        elif v_breakdown is not UNSET:
            d["breakdown"] = v_breakdown
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class QuoteComputedRecurringTotalDetailsBreakdown(Model):
    """QuoteComputedRecurringTotalDetailsBreakdown"""

    discounts: list[ItemDiscounts]
    taxes: list[LineItemsTaxAmount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("discounts", "discounts", "list[ItemDiscounts]"),
        ("taxes", "taxes", "list[LineItemsTaxAmount]"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "discounts",
            "taxes",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_discounts = self.discounts
        except AttributeError:
            pass
        else:
            data["discounts"] = [item0.to_dict() for item0 in v_discounts]
        try:
            v_taxes = self.taxes
        except AttributeError:
            pass
        else:
            data["taxes"] = [item0.to_dict() for item0 in v_taxes]
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteComputedRecurringTotalDetailsBreakdown:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_discounts = take("discounts", UNSET)
        if type(v_discounts) is list and (
            not v_discounts or all(type(item0) is dict for item0 in v_discounts)
        ):
            fill.discounts = [ItemDiscounts.from_dict(item0) for item0 in v_discounts]
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        v_taxes = take("taxes", UNSET)
        if type(v_taxes) is list and (not v_taxes or all(type(item0) is dict for item0 in v_taxes)):
            fill.taxes = [LineItemsTaxAmount.from_dict(item0) for item0 in v_taxes]
        elif v_taxes is not UNSET:
            d["taxes"] = v_taxes
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_subtotal", "amount_subtotal", "int"),
        ("amount_total", "amount_total", "int"),
        ("line_items", "line_items", "GetQuotesQuoteLineItemsResponse200 | None"),
        ("total_details", "total_details", "QuoteComputedRecurringTotalDetails"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "line_items",
            "total_details",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_line_items = self.line_items
        except AttributeError:
            pass
        else:
            data["line_items"] = (
                v_line_items.to_dict()
                if isinstance(v_line_items, GetQuotesQuoteLineItemsResponse200)
                else v_line_items
            )
        try:
            v_total_details = self.total_details
        except AttributeError:
            pass
        else:
            data["total_details"] = v_total_details.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteComputedUpfront:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount_subtotal = take("amount_subtotal", UNSET)
        if type(v_amount_subtotal) is int:
            fill.amount_subtotal = v_amount_subtotal
        elif v_amount_subtotal is not UNSET:
            d["amount_subtotal"] = v_amount_subtotal
        v_amount_total = take("amount_total", UNSET)
        if type(v_amount_total) is int:
            fill.amount_total = v_amount_total
        elif v_amount_total is not UNSET:
            d["amount_total"] = v_amount_total
        v_line_items = take("line_items", UNSET)
        if (type(v_line_items) is dict) or (v_line_items is None):
            fill.line_items = (
                GetQuotesQuoteLineItemsResponse200.from_dict(v_line_items)
                if type(v_line_items) is dict
                else v_line_items
            )
        elif v_line_items is not UNSET:
            d["line_items"] = v_line_items
        v_total_details = take("total_details", UNSET)
        if type(v_total_details) is dict:
            fill.total_details = QuoteComputedRecurringTotalDetails.from_dict(v_total_details)
        elif v_total_details is not UNSET:
            d["total_details"] = v_total_details
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class QuoteFromQuote(Model):
    """QuoteFromQuote"""

    is_revision: bool
    quote: Quote | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("is_revision", "is_revision", "bool"),
        ("quote", "quote", "Quote | str"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("quote",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_quote = self.quote
        except AttributeError:
            pass
        else:
            data["quote"] = v_quote.to_dict() if isinstance(v_quote, Quote) else v_quote
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteFromQuote:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_is_revision = take("is_revision", UNSET)
        if type(v_is_revision) is bool:
            fill.is_revision = v_is_revision
        elif v_is_revision is not UNSET:
            d["is_revision"] = v_is_revision
        v_quote = take("quote", UNSET)
        if (type(v_quote) is dict) or (type(v_quote) is str):
            fill.quote = Quote.from_dict(v_quote) if type(v_quote) is dict else v_quote
        elif v_quote is not UNSET:
            d["quote"] = v_quote
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("custom_fields", "custom_fields", "list[InvoiceSettingCustomField] | None"),
        ("days_until_due", "days_until_due", "int | None"),
        ("description", "description", "str | None"),
        ("footer", "footer", "str | None"),
        ("issuer", "issuer", "ConnectAccountReference"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "custom_fields",
            "issuer",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
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
            v_issuer = self.issuer
        except AttributeError:
            pass
        else:
            data["issuer"] = v_issuer.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteInvoiceSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
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
        v_days_until_due = take("days_until_due", UNSET)
        if (type(v_days_until_due) is int) or (v_days_until_due is None):
            fill.days_until_due = v_days_until_due
        elif v_days_until_due is not UNSET:
            d["days_until_due"] = v_days_until_due
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_footer = take("footer", UNSET)
        if (type(v_footer) is str) or (v_footer is None):
            fill.footer = v_footer
        elif v_footer is not UNSET:
            d["footer"] = v_footer
        v_issuer = take("issuer", UNSET)
        if type(v_issuer) is dict:
            fill.issuer = ConnectAccountReference.from_dict(v_issuer)
        elif v_issuer is not UNSET:
            d["issuer"] = v_issuer
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("adjustable_quantity", "adjustable_quantity", "ItemAdjustableQuantity | None"),
        ("amount_discount", "amount_discount", "int"),
        ("amount_subtotal", "amount_subtotal", "int"),
        ("amount_tax", "amount_tax", "int"),
        ("amount_total", "amount_total", "int"),
        ("currency", "currency", "str"),
        ("description", "description", "str | None"),
        ("discounts", "discounts", "list[ItemDiscounts] | None"),
        ("id", "id", "str"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("object_", "object", "Literal['item']"),
        ("price", "price", "Price | None"),
        ("quantity", "quantity", "int | None"),
        ("taxes", "taxes", "list[LineItemsTaxAmount] | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "adjustable_quantity",
            "discounts",
            "price",
            "taxes",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_adjustable_quantity = self.adjustable_quantity
        except AttributeError:
            pass
        else:
            data["adjustable_quantity"] = (
                v_adjustable_quantity.to_dict()
                if isinstance(v_adjustable_quantity, ItemAdjustableQuantity)
                else v_adjustable_quantity
            )
        try:
            v_discounts = self.discounts
        except AttributeError:
            pass
        else:
            data["discounts"] = (
                [item0.to_dict() for item0 in v_discounts]
                if isinstance(v_discounts, list)
                else v_discounts
            )
        try:
            v_price = self.price
        except AttributeError:
            pass
        else:
            data["price"] = v_price.to_dict() if isinstance(v_price, Price) else v_price
        try:
            v_taxes = self.taxes
        except AttributeError:
            pass
        else:
            data["taxes"] = (
                [item0.to_dict() for item0 in v_taxes] if isinstance(v_taxes, list) else v_taxes
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteLineItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_adjustable_quantity = take("adjustable_quantity", UNSET)
        if (type(v_adjustable_quantity) is dict) or (v_adjustable_quantity is None):
            fill.adjustable_quantity = (
                ItemAdjustableQuantity.from_dict(v_adjustable_quantity)
                if type(v_adjustable_quantity) is dict
                else v_adjustable_quantity
            )
        elif v_adjustable_quantity is not UNSET:
            d["adjustable_quantity"] = v_adjustable_quantity
        v_amount_discount = take("amount_discount", UNSET)
        if type(v_amount_discount) is int:
            fill.amount_discount = v_amount_discount
        elif v_amount_discount is not UNSET:
            d["amount_discount"] = v_amount_discount
        v_amount_subtotal = take("amount_subtotal", UNSET)
        if type(v_amount_subtotal) is int:
            fill.amount_subtotal = v_amount_subtotal
        elif v_amount_subtotal is not UNSET:
            d["amount_subtotal"] = v_amount_subtotal
        v_amount_tax = take("amount_tax", UNSET)
        if type(v_amount_tax) is int:
            fill.amount_tax = v_amount_tax
        elif v_amount_tax is not UNSET:
            d["amount_tax"] = v_amount_tax
        v_amount_total = take("amount_total", UNSET)
        if type(v_amount_total) is int:
            fill.amount_total = v_amount_total
        elif v_amount_total is not UNSET:
            d["amount_total"] = v_amount_total
        v_currency = take("currency", UNSET)
        if type(v_currency) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_discounts = take("discounts", UNSET)
        if (
            type(v_discounts) is list
            and (not v_discounts or all(type(item0) is dict for item0 in v_discounts))
        ) or (v_discounts is None):
            fill.discounts = (
                [ItemDiscounts.from_dict(item0) for item0 in v_discounts]
                if type(v_discounts) is list
                and (not v_discounts or all(type(item0) is dict for item0 in v_discounts))
                else v_discounts
            )
        elif v_discounts is not UNSET:
            d["discounts"] = v_discounts
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_metadata = take("metadata", UNSET)
        if (
            type(v_metadata) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_price = take("price", UNSET)
        if (type(v_price) is dict) or (v_price is None):
            fill.price = Price.from_dict(v_price) if type(v_price) is dict else v_price
        elif v_price is not UNSET:
            d["price"] = v_price
        v_quantity = take("quantity", UNSET)
        if (type(v_quantity) is int) or (v_quantity is None):
            fill.quantity = v_quantity
        elif v_quantity is not UNSET:
            d["quantity"] = v_quantity
        v_taxes = take("taxes", UNSET)
        if (
            type(v_taxes) is list and (not v_taxes or all(type(item0) is dict for item0 in v_taxes))
        ) or (v_taxes is None):
            fill.taxes = (
                [LineItemsTaxAmount.from_dict(item0) for item0 in v_taxes]
                if type(v_taxes) is list
                and (not v_taxes or all(type(item0) is dict for item0 in v_taxes))
                else v_taxes
            )
        elif v_taxes is not UNSET:
            d["taxes"] = v_taxes
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("accepted_at", "accepted_at", "int | None"),
        ("canceled_at", "canceled_at", "int | None"),
        ("finalized_at", "finalized_at", "int | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteStatusTransitions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_accepted_at = take("accepted_at", UNSET)
        if (type(v_accepted_at) is int) or (v_accepted_at is None):
            fill.accepted_at = v_accepted_at
        elif v_accepted_at is not UNSET:
            d["accepted_at"] = v_accepted_at
        v_canceled_at = take("canceled_at", UNSET)
        if (type(v_canceled_at) is int) or (v_canceled_at is None):
            fill.canceled_at = v_canceled_at
        elif v_canceled_at is not UNSET:
            d["canceled_at"] = v_canceled_at
        v_finalized_at = take("finalized_at", UNSET)
        if (type(v_finalized_at) is int) or (v_finalized_at is None):
            fill.finalized_at = v_finalized_at
        elif v_finalized_at is not UNSET:
            d["finalized_at"] = v_finalized_at
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("billing_mode", "billing_mode", "QuoteSubscriptionDataBillingMode"),
        ("description", "description", "str | None"),
        ("effective_date", "effective_date", "int | None"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("trial_period_days", "trial_period_days", "int | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("billing_mode",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_billing_mode = self.billing_mode
        except AttributeError:
            pass
        else:
            data["billing_mode"] = v_billing_mode.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteSubscriptionData:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_billing_mode = take("billing_mode", UNSET)
        if type(v_billing_mode) is dict:
            fill.billing_mode = QuoteSubscriptionDataBillingMode.from_dict(v_billing_mode)
        elif v_billing_mode is not UNSET:
            d["billing_mode"] = v_billing_mode
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_effective_date = take("effective_date", UNSET)
        if (type(v_effective_date) is int) or (v_effective_date is None):
            fill.effective_date = v_effective_date
        elif v_effective_date is not UNSET:
            d["effective_date"] = v_effective_date
        v_metadata = take("metadata", UNSET)
        if (
            type(v_metadata) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_trial_period_days = take("trial_period_days", UNSET)
        if (type(v_trial_period_days) is int) or (v_trial_period_days is None):
            fill.trial_period_days = v_trial_period_days
        elif v_trial_period_days is not UNSET:
            d["trial_period_days"] = v_trial_period_days
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class QuoteSubscriptionDataBillingMode(Model):
    """QuoteSubscriptionDataBillingMode"""

    flexible: SubscriptionBillingModeFlexible | None
    type_: Literal["classic", "flexible"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("flexible", "flexible", "SubscriptionBillingModeFlexible | None"),
        ("type_", "type", "Literal['classic', 'flexible']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("flexible",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_flexible = self.flexible
        except AttributeError:
            pass
        else:
            data["flexible"] = (
                v_flexible.to_dict()
                if isinstance(v_flexible, SubscriptionBillingModeFlexible)
                else v_flexible
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteSubscriptionDataBillingMode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_flexible = take("flexible", UNSET)
        if (type(v_flexible) is dict) or (v_flexible is None):
            fill.flexible = (
                SubscriptionBillingModeFlexible.from_dict(v_flexible)
                if type(v_flexible) is dict
                else v_flexible
            )
        elif v_flexible is not UNSET:
            d["flexible"] = v_flexible
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
class QuoteTransferData(Model):
    """QuoteTransferData"""

    amount: int | None
    amount_percent: float | None
    destination: str | dict[str, Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int | None"),
        ("amount_percent", "amount_percent", "float | None"),
        ("destination", "destination", "str | dict[str, Any]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> QuoteTransferData:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount = take("amount", UNSET)
        if (type(v_amount) is int) or (v_amount is None):
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        v_amount_percent = take("amount_percent", UNSET)
        if (type(v_amount_percent) is float or type(v_amount_percent) is int) or (
            v_amount_percent is None
        ):
            fill.amount_percent = v_amount_percent
        elif v_amount_percent is not UNSET:
            d["amount_percent"] = v_amount_percent
        v_destination = take("destination", UNSET)
        if (type(v_destination) is str) or (type(v_destination) is dict):
            fill.destination = v_destination
        elif v_destination is not UNSET:
            d["destination"] = v_destination
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
