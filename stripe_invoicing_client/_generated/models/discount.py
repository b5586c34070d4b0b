"""Response models: discount (generated; do not edit).

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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Coupon(Model):
    """A reusable reduction (fixed amount or percentage) that discounts can be created from."""

    amount_off: int | None
    """Fixed amount taken off, in the smallest unit of `currency`; null for a percentage coupon."""
    created: int
    """Unix timestamp in seconds when the object was created."""
    currency: str | None
    """Three-letter lowercase ISO currency code of `amount_off`; null for a percentage coupon."""
    duration: Literal["forever", "once", "repeating"]
    """How long a discount made from the coupon lasts: `once`, `repeating` (see `duration_in_months`) or `forever`."""
    duration_in_months: int | None
    """Number of months a `repeating` coupon keeps applying; null for other durations."""
    id: str
    """Unique id of the object."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    max_redemptions: int | None
    """Most times the coupon can be redeemed, across all customers; null for no limit."""
    metadata: dict[str, str] | None
    """Your own key-value pairs stored on the object."""
    name: str | None
    """Name of the coupon shown to customers, for example on invoices."""
    object_: Literal["coupon"]
    """Object type, always `coupon`."""
    percent_off: float | None
    """Percentage taken off, such as 12.5; null for a fixed-amount coupon."""
    redeem_by: int | None
    """Unix timestamp in seconds after which the coupon can no longer be redeemed; null for no deadline."""
    times_redeemed: int
    """Number of times the coupon has been redeemed so far."""
    valid: bool
    """Whether the coupon can still be redeemed, given its deadline and redemption limit."""
    applies_to: CouponAppliesTo | None | Unset = UNSET
    """Products the coupon is limited to, when it is limited."""
    currency_options: dict[str, CouponCurrencyOption] | None | Unset = UNSET
    """Fixed amounts off in further currencies, keyed by currency code."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "applies_to": lambda v: CouponAppliesTo.from_dict(v),
        "currency_options": lambda v: {
            k0: CouponCurrencyOption.from_dict(item0) for k0, item0 in v.items()
        },
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Coupon:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_amount_off := take("amount_off", UNSET)) is int) or (v_amount_off is None):
            fill.amount_off = v_amount_off
        elif v_amount_off is not UNSET:
            d["amount_off"] = v_amount_off
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if (type(v_currency := take("currency", UNSET)) is str) or (v_currency is None):
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        if type(v_duration := take("duration", UNSET)) is str:
            fill.duration = v_duration
        elif v_duration is not UNSET:
            d["duration"] = v_duration
        if (type(v_duration_in_months := take("duration_in_months", UNSET)) is int) or (
            v_duration_in_months is None
        ):
            fill.duration_in_months = v_duration_in_months
        elif v_duration_in_months is not UNSET:
            d["duration_in_months"] = v_duration_in_months
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if (type(v_max_redemptions := take("max_redemptions", UNSET)) is int) or (
            v_max_redemptions is None
        ):
            fill.max_redemptions = v_max_redemptions
        elif v_max_redemptions is not UNSET:
            d["max_redemptions"] = v_max_redemptions
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if (type(v_name := take("name", UNSET)) is str) or (v_name is None):
            fill.name = v_name
        elif v_name is not UNSET:
            d["name"] = v_name
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if (
            type(v_percent_off := take("percent_off", UNSET)) is float or type(v_percent_off) is int
        ) or (v_percent_off is None):
            fill.percent_off = v_percent_off
        elif v_percent_off is not UNSET:
            d["percent_off"] = v_percent_off
        if (type(v_redeem_by := take("redeem_by", UNSET)) is int) or (v_redeem_by is None):
            fill.redeem_by = v_redeem_by
        elif v_redeem_by is not UNSET:
            d["redeem_by"] = v_redeem_by
        if type(v_times_redeemed := take("times_redeemed", UNSET)) is int:
            fill.times_redeemed = v_times_redeemed
        elif v_times_redeemed is not UNSET:
            d["times_redeemed"] = v_times_redeemed
        if type(v_valid := take("valid", UNSET)) is bool:
            fill.valid = v_valid
        elif v_valid is not UNSET:
            d["valid"] = v_valid
        if type(v_applies_to := take("applies_to", UNSET)) is dict:
            later["applies_to"] = v_applies_to
        elif (v_applies_to is None) or v_applies_to is UNSET:
            fill.applies_to = v_applies_to
        else:
            d["applies_to"] = v_applies_to
        if type(v_currency_options := take("currency_options", UNSET)) is dict and (
            not v_currency_options
            or all(type(item0) is dict for item0 in v_currency_options.values())
        ):
            later["currency_options"] = v_currency_options
        elif (v_currency_options is None) or v_currency_options is UNSET:
            fill.currency_options = v_currency_options
        else:
            d["currency_options"] = v_currency_options
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CouponAppliesTo(Model):
    """Embedded object found at `coupon.applies_to`."""

    products: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CouponAppliesTo:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_products := take("products", UNSET)) is list and (
            not v_products or all(type(item0) is str for item0 in v_products)
        ):
            fill.products = v_products
        elif v_products is not UNSET:
            d["products"] = v_products
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CouponCurrencyOption(Model):
    """Embedded object found at `coupon.currency_options`."""

    amount_off: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CouponCurrencyOption:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_amount_off := take("amount_off", UNSET)) is int:
            fill.amount_off = v_amount_off
        elif v_amount_off is not UNSET:
            d["amount_off"] = v_amount_off
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DeletedCoupon(Model):
    """A coupon that has been deleted."""

    deleted: Literal[True]
    """Always true: the object was deleted."""
    id: str
    """Id the object had."""
    object_: Literal["coupon"]
    """Object type, always `coupon`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedCoupon:
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
class DeletedDiscount(Model):
    """A discount that has been taken off its customer, subscription or invoice."""

    deleted: Literal[True]
    """Always true: the discount has been removed."""
    id: str
    """Id of the removed discount."""
    object_: Literal["discount"]
    """Object type, always `discount`."""
    checkout_session: str | None | Unset = UNSET
    """Id of the Checkout Session that applied the discount, if one did."""
    customer: Customer | DeletedCustomer | str | None | Unset = UNSET
    """The customer the discount belongs to (an id unless expanded), when it belongs to one."""
    customer_account: str | None | Unset = UNSET
    """Id of the Account object that represents the discounted customer, if any."""
    end: int | None | Unset = UNSET
    """Unix timestamp in seconds when the discount stops applying; null if it never ends."""
    invoice: str | None | Unset = UNSET
    """Id of the invoice the discount applies to, for an invoice-level discount."""
    invoice_item: str | None | Unset = UNSET
    """Id of the invoice item the discount applies to, for an item-level discount."""
    promotion_code: PromotionCode | str | None | Unset = UNSET
    """The promotion code redeemed to create the discount (an id unless expanded), if one was."""
    source: DiscountSource | Unset = UNSET
    """Where the discount comes from: the coupon it was made from."""
    start: int | Unset = UNSET
    """Unix timestamp in seconds when the discount started applying."""
    subscription: str | None | Unset = UNSET
    """Id of the subscription the discount applies to, if any."""
    subscription_item: str | None | Unset = UNSET
    """Id of the subscription item the discount applies to, if any."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "customer": lambda v: (
            DeletedCustomer.from_dict(v)
            if type(v) is dict and v.get("deleted") is True and v.get("object") == "customer"
            else Customer.from_dict(v)
        ),
        "promotion_code": lambda v: PromotionCode.from_dict(v),
        "source": lambda v: DiscountSource.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedDiscount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
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
        if (
            (type(v_checkout_session := take("checkout_session", UNSET)) is str)
            or (v_checkout_session is None)
            or v_checkout_session is UNSET
        ):
            fill.checkout_session = v_checkout_session
        else:
            d["checkout_session"] = v_checkout_session
        if type(v_customer := take("customer", UNSET)) is dict:
            later["customer"] = v_customer
        elif (type(v_customer) is str) or (v_customer is None) or v_customer is UNSET:
            fill.customer = v_customer
        else:
            d["customer"] = v_customer
        if (
            (type(v_customer_account := take("customer_account", UNSET)) is str)
            or (v_customer_account is None)
            or v_customer_account is UNSET
        ):
            fill.customer_account = v_customer_account
        else:
            d["customer_account"] = v_customer_account
        if (type(v_end := take("end", UNSET)) is int) or (v_end is None) or v_end is UNSET:
            fill.end = v_end
        else:
            d["end"] = v_end
        if (
            (type(v_invoice := take("invoice", UNSET)) is str)
            or (v_invoice is None)
            or v_invoice is UNSET
        ):
            fill.invoice = v_invoice
        else:
            d["invoice"] = v_invoice
        if (
            (type(v_invoice_item := take("invoice_item", UNSET)) is str)
            or (v_invoice_item is None)
            or v_invoice_item is UNSET
        ):
            fill.invoice_item = v_invoice_item
        else:
            d["invoice_item"] = v_invoice_item
        if type(v_promotion_code := take("promotion_code", UNSET)) is dict:
            later["promotion_code"] = v_promotion_code
        elif (
            (type(v_promotion_code) is str)
            or (v_promotion_code is None)
            or v_promotion_code is UNSET
        ):
            fill.promotion_code = v_promotion_code
        else:
            d["promotion_code"] = v_promotion_code
        if type(v_source := take("source", UNSET)) is dict:
            later["source"] = v_source
        elif v_source is UNSET:
            fill.source = UNSET
        else:
            d["source"] = v_source
        if type(v_start := take("start", UNSET)) is int or v_start is UNSET:
            fill.start = v_start
        else:
            d["start"] = v_start
        if (
            (type(v_subscription := take("subscription", UNSET)) is str)
            or (v_subscription is None)
            or v_subscription is UNSET
        ):
            fill.subscription = v_subscription
        else:
            d["subscription"] = v_subscription
        if (
            (type(v_subscription_item := take("subscription_item", UNSET)) is str)
            or (v_subscription_item is None)
            or v_subscription_item is UNSET
        ):
            fill.subscription_item = v_subscription_item
        else:
            d["subscription_item"] = v_subscription_item
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Discount(Model):
    """A coupon applied to a customer, subscription, invoice or line, with when it started and
    ends."""

    checkout_session: str | None
    """Id of the Checkout Session that applied the discount, if one did."""
    customer: Customer | DeletedCustomer | str | None
    """The customer the discount belongs to (an id unless expanded), when it belongs to one."""
    end: int | None
    """Unix timestamp in seconds when the discount stops applying; null if it never ends."""
    id: str
    """Id of the discount itself (starts with `di_`), not of its coupon."""
    invoice: str | None
    """Id of the invoice the discount applies to, for an invoice-level discount."""
    invoice_item: str | None
    """Id of the invoice item the discount applies to, for an item-level discount."""
    object_: Literal["discount"]
    """Object type, always `discount`."""
    promotion_code: PromotionCode | str | None
    """The promotion code redeemed to create the discount (an id unless expanded), if one was."""
    source: DiscountSource
    """Where the discount comes from: the coupon it was made from."""
    start: int
    """Unix timestamp in seconds when the discount started applying."""
    subscription: str | None
    """Id of the subscription the discount applies to, if any."""
    subscription_item: str | None
    """Id of the subscription item the discount applies to, if any."""
    customer_account: str | None | Unset = UNSET
    """Id of the Account object that represents the discounted customer, if any."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "customer": lambda v: (
            DeletedCustomer.from_dict(v)
            if type(v) is dict and v.get("deleted") is True and v.get("object") == "customer"
            else Customer.from_dict(v)
        ),
        "promotion_code": lambda v: PromotionCode.from_dict(v),
        "source": lambda v: DiscountSource.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Discount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_checkout_session := take("checkout_session", UNSET)) is str) or (
            v_checkout_session is None
        ):
            fill.checkout_session = v_checkout_session
        elif v_checkout_session is not UNSET:
            d["checkout_session"] = v_checkout_session
        if type(v_customer := take("customer", UNSET)) is dict:
            later["customer"] = v_customer
        elif (type(v_customer) is str) or (v_customer is None):
            fill.customer = v_customer
        elif v_customer is not UNSET:
            d["customer"] = v_customer
        if (type(v_end := take("end", UNSET)) is int) or (v_end is None):
            fill.end = v_end
        elif v_end is not UNSET:
            d["end"] = v_end
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if (type(v_invoice := take("invoice", UNSET)) is str) or (v_invoice is None):
            fill.invoice = v_invoice
        elif v_invoice is not UNSET:
            d["invoice"] = v_invoice
        if (type(v_invoice_item := take("invoice_item", UNSET)) is str) or (v_invoice_item is None):
            fill.invoice_item = v_invoice_item
        elif v_invoice_item is not UNSET:
            d["invoice_item"] = v_invoice_item
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_promotion_code := take("promotion_code", UNSET)) is dict:
            later["promotion_code"] = v_promotion_code
        elif (type(v_promotion_code) is str) or (v_promotion_code is None):
            fill.promotion_code = v_promotion_code
        elif v_promotion_code is not UNSET:
            d["promotion_code"] = v_promotion_code
        if type(v_source := take("source", UNSET)) is dict:
            later["source"] = v_source
        elif v_source is not UNSET:
            d["source"] = v_source
        if type(v_start := take("start", UNSET)) is int:
            fill.start = v_start
        elif v_start is not UNSET:
            d["start"] = v_start
        if (type(v_subscription := take("subscription", UNSET)) is str) or (v_subscription is None):
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        if (type(v_subscription_item := take("subscription_item", UNSET)) is str) or (
            v_subscription_item is None
        ):
            fill.subscription_item = v_subscription_item
        elif v_subscription_item is not UNSET:
            d["subscription_item"] = v_subscription_item
        if (
            (type(v_customer_account := take("customer_account", UNSET)) is str)
            or (v_customer_account is None)
            or v_customer_account is UNSET
        ):
            fill.customer_account = v_customer_account
        else:
            d["customer_account"] = v_customer_account
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DiscountSource(Model):
    """Embedded object found at `discount.source`."""

    coupon: Coupon | str | None
    type_: Literal["coupon"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "coupon": lambda v: Coupon.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DiscountSource:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_coupon := take("coupon", UNSET)) is dict:
            later["coupon"] = v_coupon
        elif (type(v_coupon) is str) or (v_coupon is None):
            fill.coupon = v_coupon
        elif v_coupon is not UNSET:
            d["coupon"] = v_coupon
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
class PromotionCode(Model):
    """A promotion code: a customer-facing code that applies a coupon, with its own limits."""

    active: bool
    """Whether the code can be redeemed now."""
    code: str
    """The text customers enter to redeem it, unique among the account's active codes."""
    created: int
    """When the promotion code was created, as a Unix timestamp in seconds."""
    customer: Customer | str | None
    """The only customer who may redeem it, as an id or expanded; null for anyone."""
    customer_account: str | None
    """Id of the only account, as a customer, that may redeem it."""
    expires_at: int | None
    """When the code stops being redeemable, as a Unix timestamp in seconds; null for never."""
    id: str
    """Unique identifier of the promotion code (starts with `promo_`)."""
    livemode: bool
    """Whether the object exists in live mode (true) or test mode (false)."""
    max_redemptions: int | None
    """How many times it may be redeemed in all; null for no limit."""
    metadata: dict[str, str] | None
    """Key-value pairs stored with the object."""
    object_: Literal["promotion_code"]
    """Object type, always `promotion_code`."""
    promotion: DiscountSource
    """What the code grants: the coupon it applies."""
    restrictions: PromotionCodeRestrictions
    """Conditions on redeeming it: first-time customers only, a minimum amount."""
    times_redeemed: int
    """How many times it has been redeemed so far."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "customer": lambda v: Customer.from_dict(v),
        "promotion": lambda v: DiscountSource.from_dict(v),
        "restrictions": lambda v: PromotionCodeRestrictions.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PromotionCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_active := take("active", UNSET)) is bool:
            fill.active = v_active
        elif v_active is not UNSET:
            d["active"] = v_active
        if type(v_code := take("code", UNSET)) is str:
            fill.code = v_code
        elif v_code is not UNSET:
            d["code"] = v_code
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
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
        if (type(v_expires_at := take("expires_at", UNSET)) is int) or (v_expires_at is None):
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if (type(v_max_redemptions := take("max_redemptions", UNSET)) is int) or (
            v_max_redemptions is None
        ):
            fill.max_redemptions = v_max_redemptions
        elif v_max_redemptions is not UNSET:
            d["max_redemptions"] = v_max_redemptions
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
        if type(v_promotion := take("promotion", UNSET)) is dict:
            later["promotion"] = v_promotion
        elif v_promotion is not UNSET:
            d["promotion"] = v_promotion
        if type(v_restrictions := take("restrictions", UNSET)) is dict:
            later["restrictions"] = v_restrictions
        elif v_restrictions is not UNSET:
            d["restrictions"] = v_restrictions
        if type(v_times_redeemed := take("times_redeemed", UNSET)) is int:
            fill.times_redeemed = v_times_redeemed
        elif v_times_redeemed is not UNSET:
            d["times_redeemed"] = v_times_redeemed
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PromotionCodeRestrictions(Model):
    """PromotionCodeRestrictions"""

    currency_options: dict[str, PromotionCodeRestrictionsCurrencyOptions] | None
    first_time_transaction: bool
    minimum_amount: int | None
    minimum_amount_currency: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "currency_options": lambda v: {
            k0: PromotionCodeRestrictionsCurrencyOptions.from_dict(item0) for k0, item0 in v.items()
        },
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PromotionCodeRestrictions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_currency_options := take("currency_options", UNSET)) is dict and (
            not v_currency_options
            or all(type(item0) is dict for item0 in v_currency_options.values())
        ):
            later["currency_options"] = v_currency_options
        elif v_currency_options is None:
            fill.currency_options = v_currency_options
        elif v_currency_options is not UNSET:
            d["currency_options"] = v_currency_options
        if type(v_first_time_transaction := take("first_time_transaction", UNSET)) is bool:
            fill.first_time_transaction = v_first_time_transaction
        elif v_first_time_transaction is not UNSET:
            d["first_time_transaction"] = v_first_time_transaction
        if (type(v_minimum_amount := take("minimum_amount", UNSET)) is int) or (
            v_minimum_amount is None
        ):
            fill.minimum_amount = v_minimum_amount
        elif v_minimum_amount is not UNSET:
            d["minimum_amount"] = v_minimum_amount
        if (type(v_minimum_amount_currency := take("minimum_amount_currency", UNSET)) is str) or (
            v_minimum_amount_currency is None
        ):
            fill.minimum_amount_currency = v_minimum_amount_currency
        elif v_minimum_amount_currency is not UNSET:
            d["minimum_amount_currency"] = v_minimum_amount_currency
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PromotionCodeRestrictionsCurrencyOptions(Model):
    """PromotionCodeRestrictionsCurrencyOptions"""

    minimum_amount: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PromotionCodeRestrictionsCurrencyOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_minimum_amount := take("minimum_amount", UNSET)) is int:
            fill.minimum_amount = v_minimum_amount
        elif v_minimum_amount is not UNSET:
            d["minimum_amount"] = v_minimum_amount
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .customer import Customer, DeletedCustomer  # noqa: E402

__all__ = [
    "Coupon",
    "CouponAppliesTo",
    "CouponCurrencyOption",
    "DeletedCoupon",
    "DeletedDiscount",
    "Discount",
    "DiscountSource",
    "PromotionCode",
    "PromotionCodeRestrictions",
    "PromotionCodeRestrictionsCurrencyOptions",
]
