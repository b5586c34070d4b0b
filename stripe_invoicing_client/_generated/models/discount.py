"""Response models: discount (generated; do not edit).

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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_off", "amount_off", "int | None"),
        ("created", "created", "int"),
        ("currency", "currency", "str | None"),
        ("duration", "duration", "Literal['forever', 'once', 'repeating']"),
        ("duration_in_months", "duration_in_months", "int | None"),
        ("id", "id", "str"),
        ("livemode", "livemode", "bool"),
        ("max_redemptions", "max_redemptions", "int | None"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("name", "name", "str | None"),
        ("object_", "object", "Literal['coupon']"),
        ("percent_off", "percent_off", "float | None"),
        ("redeem_by", "redeem_by", "int | None"),
        ("times_redeemed", "times_redeemed", "int"),
        ("valid", "valid", "bool"),
        ("applies_to", "applies_to", "CouponAppliesTo | None"),
        ("currency_options", "currency_options", "dict[str, CouponCurrencyOption] | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "applies_to",
            "currency_options",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_applies_to = self.applies_to
        except AttributeError:
            pass
        else:
            if not isinstance(v_applies_to, Unset):
                data["applies_to"] = (
                    v_applies_to.to_dict()
                    if isinstance(v_applies_to, CouponAppliesTo)
                    else v_applies_to
                )
        try:
            v_currency_options = self.currency_options
        except AttributeError:
            pass
        else:
            if not isinstance(v_currency_options, Unset):
                data["currency_options"] = (
                    {k0: item0.to_dict() for k0, item0 in v_currency_options.items()}
                    if isinstance(v_currency_options, dict)
                    else v_currency_options
                )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Coupon:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount_off = take("amount_off", UNSET)
        if (type(v_amount_off) is int) or (v_amount_off is None):
            fill.amount_off = v_amount_off
        elif v_amount_off is not UNSET:
            d["amount_off"] = v_amount_off
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
        v_duration = take("duration", UNSET)
        if type(v_duration) is str:
            fill.duration = v_duration
        elif v_duration is not UNSET:
            d["duration"] = v_duration
        v_duration_in_months = take("duration_in_months", UNSET)
        if (type(v_duration_in_months) is int) or (v_duration_in_months is None):
            fill.duration_in_months = v_duration_in_months
        elif v_duration_in_months is not UNSET:
            d["duration_in_months"] = v_duration_in_months
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_livemode = take("livemode", UNSET)
        if type(v_livemode) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        v_max_redemptions = take("max_redemptions", UNSET)
        if (type(v_max_redemptions) is int) or (v_max_redemptions is None):
            fill.max_redemptions = v_max_redemptions
        elif v_max_redemptions is not UNSET:
            d["max_redemptions"] = v_max_redemptions
        v_metadata = take("metadata", UNSET)
        if (
            type(v_metadata) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_name = take("name", UNSET)
        if (type(v_name) is str) or (v_name is None):
            fill.name = v_name
        elif v_name is not UNSET:
            d["name"] = v_name
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_percent_off = take("percent_off", UNSET)
        if (type(v_percent_off) is float or type(v_percent_off) is int) or (v_percent_off is None):
            fill.percent_off = v_percent_off
        elif v_percent_off is not UNSET:
            d["percent_off"] = v_percent_off
        v_redeem_by = take("redeem_by", UNSET)
        if (type(v_redeem_by) is int) or (v_redeem_by is None):
            fill.redeem_by = v_redeem_by
        elif v_redeem_by is not UNSET:
            d["redeem_by"] = v_redeem_by
        v_times_redeemed = take("times_redeemed", UNSET)
        if type(v_times_redeemed) is int:
            fill.times_redeemed = v_times_redeemed
        elif v_times_redeemed is not UNSET:
            d["times_redeemed"] = v_times_redeemed
        v_valid = take("valid", UNSET)
        if type(v_valid) is bool:
            fill.valid = v_valid
        elif v_valid is not UNSET:
            d["valid"] = v_valid
        v_applies_to = take("applies_to", UNSET)
        if (type(v_applies_to) is dict) or (v_applies_to is None):
            fill.applies_to = (
                CouponAppliesTo.from_dict(v_applies_to)
                if type(v_applies_to) is dict
                else v_applies_to
            )
        elif v_applies_to is UNSET:
            fill.applies_to = UNSET
        else:
            d["applies_to"] = v_applies_to
        v_currency_options = take("currency_options", UNSET)
        if (
            type(v_currency_options) is dict
            and (
                not v_currency_options
                or all(type(item0) is dict for item0 in v_currency_options.values())
            )
        ) or (v_currency_options is None):
            fill.currency_options = (
                {
                    k0: CouponCurrencyOption.from_dict(item0)
                    for k0, item0 in v_currency_options.items()
                }
                if type(v_currency_options) is dict
                and (
                    not v_currency_options
                    or all(type(item0) is dict for item0 in v_currency_options.values())
                )
                else v_currency_options
            )
        elif v_currency_options is UNSET:
            fill.currency_options = UNSET
        else:
            d["currency_options"] = v_currency_options
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CouponAppliesTo(Model):
    """Embedded object found at `coupon.applies_to`."""

    products: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (("products", "products", "list[str]"),)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CouponAppliesTo:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_products = take("products", UNSET)
        if type(v_products) is list and (
            not v_products or all(type(item0) is str for item0 in v_products)
        ):
            fill.products = v_products
        elif v_products is not UNSET:
            d["products"] = v_products
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class CouponCurrencyOption(Model):
    """Embedded object found at `coupon.currency_options`."""

    amount_off: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (("amount_off", "amount_off", "int"),)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> CouponCurrencyOption:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount_off = take("amount_off", UNSET)
        if type(v_amount_off) is int:
            fill.amount_off = v_amount_off
        elif v_amount_off is not UNSET:
            d["amount_off"] = v_amount_off
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("deleted", "deleted", "Literal[True]"),
        ("id", "id", "str"),
        ("object_", "object", "Literal['coupon']"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedCoupon:
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("deleted", "deleted", "Literal[True]"),
        ("id", "id", "str"),
        ("object_", "object", "Literal['discount']"),
        ("checkout_session", "checkout_session", "str | None"),
        ("customer", "customer", "Customer | DeletedCustomer | str | None"),
        ("customer_account", "customer_account", "str | None"),
        ("end", "end", "int | None"),
        ("invoice", "invoice", "str | None"),
        ("invoice_item", "invoice_item", "str | None"),
        ("promotion_code", "promotion_code", "PromotionCode | str | None"),
        ("source", "source", "DiscountSource"),
        ("start", "start", "int"),
        ("subscription", "subscription", "str | None"),
        ("subscription_item", "subscription_item", "str | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "customer",
            "promotion_code",
            "source",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_customer = self.customer
        except AttributeError:
            pass
        else:
            if not isinstance(v_customer, Unset):
                data["customer"] = (
                    v_customer.to_dict()
                    if isinstance(v_customer, Customer)
                    else (
                        v_customer.to_dict()
                        if isinstance(v_customer, DeletedCustomer)
                        else v_customer
                    )
                )
        try:
            v_promotion_code = self.promotion_code
        except AttributeError:
            pass
        else:
            if not isinstance(v_promotion_code, Unset):
                data["promotion_code"] = (
                    v_promotion_code.to_dict()
                    if isinstance(v_promotion_code, PromotionCode)
                    else v_promotion_code
                )
        try:
            v_source = self.source
        except AttributeError:
            pass
        else:
            if not isinstance(v_source, Unset):
                data["source"] = v_source.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedDiscount:
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
        v_checkout_session = take("checkout_session", UNSET)
        if (type(v_checkout_session) is str) or (v_checkout_session is None):
            fill.checkout_session = v_checkout_session
        elif v_checkout_session is UNSET:
            fill.checkout_session = UNSET
        else:
            d["checkout_session"] = v_checkout_session
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
        elif v_customer is UNSET:
            fill.customer = UNSET
        else:
            d["customer"] = v_customer
        v_customer_account = take("customer_account", UNSET)
        if (type(v_customer_account) is str) or (v_customer_account is None):
            fill.customer_account = v_customer_account
        elif v_customer_account is UNSET:
            fill.customer_account = UNSET
        else:
            d["customer_account"] = v_customer_account
        v_end = take("end", UNSET)
        if (type(v_end) is int) or (v_end is None):
            fill.end = v_end
        elif v_end is UNSET:
            fill.end = UNSET
        else:
            d["end"] = v_end
        v_invoice = take("invoice", UNSET)
        if (type(v_invoice) is str) or (v_invoice is None):
            fill.invoice = v_invoice
        elif v_invoice is UNSET:
            fill.invoice = UNSET
        else:
            d["invoice"] = v_invoice
        v_invoice_item = take("invoice_item", UNSET)
        if (type(v_invoice_item) is str) or (v_invoice_item is None):
            fill.invoice_item = v_invoice_item
        elif v_invoice_item is UNSET:
            fill.invoice_item = UNSET
        else:
            d["invoice_item"] = v_invoice_item
        v_promotion_code = take("promotion_code", UNSET)
        if (
            (type(v_promotion_code) is dict)
            or (type(v_promotion_code) is str)
            or (v_promotion_code is None)
        ):
            fill.promotion_code = (
                PromotionCode.from_dict(v_promotion_code)
                if type(v_promotion_code) is dict
                else v_promotion_code
            )
        elif v_promotion_code is UNSET:
            fill.promotion_code = UNSET
        else:
            d["promotion_code"] = v_promotion_code
        v_source = take("source", UNSET)
        if type(v_source) is dict:
            fill.source = DiscountSource.from_dict(v_source)
        elif v_source is UNSET:
            fill.source = UNSET
        else:
            d["source"] = v_source
        v_start = take("start", UNSET)
        if type(v_start) is int:
            fill.start = v_start
        elif v_start is UNSET:
            fill.start = UNSET
        else:
            d["start"] = v_start
        v_subscription = take("subscription", UNSET)
        if (type(v_subscription) is str) or (v_subscription is None):
            fill.subscription = v_subscription
        elif v_subscription is UNSET:
            fill.subscription = UNSET
        else:
            d["subscription"] = v_subscription
        v_subscription_item = take("subscription_item", UNSET)
        if (type(v_subscription_item) is str) or (v_subscription_item is None):
            fill.subscription_item = v_subscription_item
        elif v_subscription_item is UNSET:
            fill.subscription_item = UNSET
        else:
            d["subscription_item"] = v_subscription_item
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("checkout_session", "checkout_session", "str | None"),
        ("customer", "customer", "Customer | DeletedCustomer | str | None"),
        ("end", "end", "int | None"),
        ("id", "id", "str"),
        ("invoice", "invoice", "str | None"),
        ("invoice_item", "invoice_item", "str | None"),
        ("object_", "object", "Literal['discount']"),
        ("promotion_code", "promotion_code", "PromotionCode | str | None"),
        ("source", "source", "DiscountSource"),
        ("start", "start", "int"),
        ("subscription", "subscription", "str | None"),
        ("subscription_item", "subscription_item", "str | None"),
        ("customer_account", "customer_account", "str | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "customer",
            "promotion_code",
            "source",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
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
            v_promotion_code = self.promotion_code
        except AttributeError:
            pass
        else:
            data["promotion_code"] = (
                v_promotion_code.to_dict()
                if isinstance(v_promotion_code, PromotionCode)
                else v_promotion_code
            )
        try:
            v_source = self.source
        except AttributeError:
            pass
        else:
            data["source"] = v_source.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Discount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_checkout_session = take("checkout_session", UNSET)
        if (type(v_checkout_session) is str) or (v_checkout_session is None):
            fill.checkout_session = v_checkout_session
        elif v_checkout_session is not UNSET:
            d["checkout_session"] = v_checkout_session
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
        v_end = take("end", UNSET)
        if (type(v_end) is int) or (v_end is None):
            fill.end = v_end
        elif v_end is not UNSET:
            d["end"] = v_end
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_invoice = take("invoice", UNSET)
        if (type(v_invoice) is str) or (v_invoice is None):
            fill.invoice = v_invoice
        elif v_invoice is not UNSET:
            d["invoice"] = v_invoice
        v_invoice_item = take("invoice_item", UNSET)
        if (type(v_invoice_item) is str) or (v_invoice_item is None):
            fill.invoice_item = v_invoice_item
        elif v_invoice_item is not UNSET:
            d["invoice_item"] = v_invoice_item
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_promotion_code = take("promotion_code", UNSET)
        if (
            (type(v_promotion_code) is dict)
            or (type(v_promotion_code) is str)
            or (v_promotion_code is None)
        ):
            fill.promotion_code = (
                PromotionCode.from_dict(v_promotion_code)
                if type(v_promotion_code) is dict
                else v_promotion_code
            )
        elif v_promotion_code is not UNSET:
            d["promotion_code"] = v_promotion_code
        v_source = take("source", UNSET)
        if type(v_source) is dict:
            fill.source = DiscountSource.from_dict(v_source)
        elif v_source is not UNSET:
            d["source"] = v_source
        v_start = take("start", UNSET)
        if type(v_start) is int:
            fill.start = v_start
        elif v_start is not UNSET:
            d["start"] = v_start
        v_subscription = take("subscription", UNSET)
        if (type(v_subscription) is str) or (v_subscription is None):
            fill.subscription = v_subscription
        elif v_subscription is not UNSET:
            d["subscription"] = v_subscription
        v_subscription_item = take("subscription_item", UNSET)
        if (type(v_subscription_item) is str) or (v_subscription_item is None):
            fill.subscription_item = v_subscription_item
        elif v_subscription_item is not UNSET:
            d["subscription_item"] = v_subscription_item
        v_customer_account = take("customer_account", UNSET)
        if (type(v_customer_account) is str) or (v_customer_account is None):
            fill.customer_account = v_customer_account
        elif v_customer_account is UNSET:
            fill.customer_account = UNSET
        else:
            d["customer_account"] = v_customer_account
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DiscountSource(Model):
    """Embedded object found at `discount.source`."""

    coupon: Coupon | str | None
    type_: Literal["coupon"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("coupon", "coupon", "Coupon | str | None"),
        ("type_", "type", "Literal['coupon']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("coupon",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_coupon = self.coupon
        except AttributeError:
            pass
        else:
            data["coupon"] = v_coupon.to_dict() if isinstance(v_coupon, Coupon) else v_coupon
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DiscountSource:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_coupon = take("coupon", UNSET)
        if (type(v_coupon) is dict) or (type(v_coupon) is str) or (v_coupon is None):
            fill.coupon = Coupon.from_dict(v_coupon) if type(v_coupon) is dict else v_coupon
        elif v_coupon is not UNSET:
            d["coupon"] = v_coupon
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("active", "active", "bool"),
        ("code", "code", "str"),
        ("created", "created", "int"),
        ("customer", "customer", "Customer | str | None"),
        ("customer_account", "customer_account", "str | None"),
        ("expires_at", "expires_at", "int | None"),
        ("id", "id", "str"),
        ("livemode", "livemode", "bool"),
        ("max_redemptions", "max_redemptions", "int | None"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("object_", "object", "Literal['promotion_code']"),
        ("promotion", "promotion", "DiscountSource"),
        ("restrictions", "restrictions", "PromotionCodeRestrictions"),
        ("times_redeemed", "times_redeemed", "int"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "customer",
            "promotion",
            "restrictions",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_customer = self.customer
        except AttributeError:
            pass
        else:
            data["customer"] = (
                v_customer.to_dict() if isinstance(v_customer, Customer) else v_customer
            )
        try:
            v_promotion = self.promotion
        except AttributeError:
            pass
        else:
            data["promotion"] = v_promotion.to_dict()
        try:
            v_restrictions = self.restrictions
        except AttributeError:
            pass
        else:
            data["restrictions"] = v_restrictions.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PromotionCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_active = take("active", UNSET)
        if type(v_active) is bool:
            fill.active = v_active
        elif v_active is not UNSET:
            d["active"] = v_active
        v_code = take("code", UNSET)
        if type(v_code) is str:
            fill.code = v_code
        elif v_code is not UNSET:
            d["code"] = v_code
        v_created = take("created", UNSET)
        if type(v_created) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
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
        v_expires_at = take("expires_at", UNSET)
        if (type(v_expires_at) is int) or (v_expires_at is None):
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_livemode = take("livemode", UNSET)
        if type(v_livemode) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        v_max_redemptions = take("max_redemptions", UNSET)
        if (type(v_max_redemptions) is int) or (v_max_redemptions is None):
            fill.max_redemptions = v_max_redemptions
        elif v_max_redemptions is not UNSET:
            d["max_redemptions"] = v_max_redemptions
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
        v_promotion = take("promotion", UNSET)
        if type(v_promotion) is dict:
            fill.promotion = DiscountSource.from_dict(v_promotion)
        elif v_promotion is not UNSET:
            d["promotion"] = v_promotion
        v_restrictions = take("restrictions", UNSET)
        if type(v_restrictions) is dict:
            fill.restrictions = PromotionCodeRestrictions.from_dict(v_restrictions)
        elif v_restrictions is not UNSET:
            d["restrictions"] = v_restrictions
        v_times_redeemed = take("times_redeemed", UNSET)
        if type(v_times_redeemed) is int:
            fill.times_redeemed = v_times_redeemed
        elif v_times_redeemed is not UNSET:
            d["times_redeemed"] = v_times_redeemed
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "currency_options",
            "currency_options",
            "dict[str, PromotionCodeRestrictionsCurrencyOptions] | None",
        ),
        ("first_time_transaction", "first_time_transaction", "bool"),
        ("minimum_amount", "minimum_amount", "int | None"),
        ("minimum_amount_currency", "minimum_amount_currency", "str | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("currency_options",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_currency_options = self.currency_options
        except AttributeError:
            pass
        else:
            data["currency_options"] = (
                {k0: item0.to_dict() for k0, item0 in v_currency_options.items()}
                if isinstance(v_currency_options, dict)
                else v_currency_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PromotionCodeRestrictions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_currency_options = take("currency_options", UNSET)
        if (
            type(v_currency_options) is dict
            and (
                not v_currency_options
                or all(type(item0) is dict for item0 in v_currency_options.values())
            )
        ) or (v_currency_options is None):
            fill.currency_options = (
                {
                    k0: PromotionCodeRestrictionsCurrencyOptions.from_dict(item0)
                    for k0, item0 in v_currency_options.items()
                }
                if type(v_currency_options) is dict
                and (
                    not v_currency_options
                    or all(type(item0) is dict for item0 in v_currency_options.values())
                )
                else v_currency_options
            )
        elif v_currency_options is not UNSET:
            d["currency_options"] = v_currency_options
        v_first_time_transaction = take("first_time_transaction", UNSET)
        if type(v_first_time_transaction) is bool:
            fill.first_time_transaction = v_first_time_transaction
        elif v_first_time_transaction is not UNSET:
            d["first_time_transaction"] = v_first_time_transaction
        v_minimum_amount = take("minimum_amount", UNSET)
        if (type(v_minimum_amount) is int) or (v_minimum_amount is None):
            fill.minimum_amount = v_minimum_amount
        elif v_minimum_amount is not UNSET:
            d["minimum_amount"] = v_minimum_amount
        v_minimum_amount_currency = take("minimum_amount_currency", UNSET)
        if (type(v_minimum_amount_currency) is str) or (v_minimum_amount_currency is None):
            fill.minimum_amount_currency = v_minimum_amount_currency
        elif v_minimum_amount_currency is not UNSET:
            d["minimum_amount_currency"] = v_minimum_amount_currency
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PromotionCodeRestrictionsCurrencyOptions(Model):
    """PromotionCodeRestrictionsCurrencyOptions"""

    minimum_amount: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("minimum_amount", "minimum_amount", "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PromotionCodeRestrictionsCurrencyOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_minimum_amount = take("minimum_amount", UNSET)
        if type(v_minimum_amount) is int:
            fill.minimum_amount = v_minimum_amount
        elif v_minimum_amount is not UNSET:
            d["minimum_amount"] = v_minimum_amount
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
