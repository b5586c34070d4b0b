from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.discount_object import DiscountObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.customer import Customer, CustomerParams
    from ..models.deleted_customer import DeletedCustomer, DeletedCustomerParams
    from ..models.discount_source import DiscountSource, DiscountSourceParams
    from ..models.stripe_object import StripeObject


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Discount(Model):
    """A coupon applied to a customer, subscription, invoice or line, with when it started and
    ends.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    checkout_session: None | str
    customer: Customer | DeletedCustomer | None | str
    end: int | None
    id: str
    invoice: None | str
    invoice_item: None | str
    object_: DiscountObject
    promotion_code: None | str | StripeObject
    source: DiscountSource
    start: int
    subscription: None | str
    subscription_item: None | str
    customer_account: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("checkout_session", "checkout_session", "str | None"),
        ("customer", "customer", "Customer | DeletedCustomer | str | None"),
        ("end", "end", "int | None"),
        ("id", "id", "str"),
        ("invoice", "invoice", "str | None"),
        ("invoice_item", "invoice_item", "str | None"),
        ("object_", "object", "DiscountObject"),
        ("promotion_code", "promotion_code", "str | StripeObject | None"),
        ("source", "source", "DiscountSource"),
        ("start", "start", "int"),
        ("subscription", "subscription", "str | None"),
        ("subscription_item", "subscription_item", "str | None"),
        ("customer_account", "customer_account", "str | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_checkout_session = self.checkout_session
        except AttributeError:
            pass
        else:
            data["checkout_session"] = v_checkout_session
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
            v_end = self.end
        except AttributeError:
            pass
        else:
            data["end"] = v_end
        try:
            v_id = self.id
        except AttributeError:
            pass
        else:
            data["id"] = v_id
        try:
            v_invoice = self.invoice
        except AttributeError:
            pass
        else:
            data["invoice"] = v_invoice
        try:
            v_invoice_item = self.invoice_item
        except AttributeError:
            pass
        else:
            data["invoice_item"] = v_invoice_item
        try:
            v_object_ = self.object_
        except AttributeError:
            pass
        else:
            data["object"] = v_object_
        try:
            v_promotion_code = self.promotion_code
        except AttributeError:
            pass
        else:
            data["promotion_code"] = v_promotion_code
        try:
            v_source = self.source
        except AttributeError:
            pass
        else:
            data["source"] = v_source.to_dict()
        try:
            v_start = self.start
        except AttributeError:
            pass
        else:
            data["start"] = v_start
        try:
            v_subscription = self.subscription
        except AttributeError:
            pass
        else:
            data["subscription"] = v_subscription
        try:
            v_subscription_item = self.subscription_item
        except AttributeError:
            pass
        else:
            data["subscription_item"] = v_subscription_item
        try:
            v_customer_account = self.customer_account
        except AttributeError:
            pass
        else:
            if not isinstance(v_customer_account, Unset):
                data["customer_account"] = v_customer_account
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Discount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_checkout_session = d.pop("checkout_session", UNSET)
        if v_checkout_session is not UNSET:
            if (type(v_checkout_session) is str) or (v_checkout_session is None):
                fill.checkout_session = v_checkout_session
            else:
                d["checkout_session"] = v_checkout_session
        v_customer = d.pop("customer", UNSET)
        if v_customer is not UNSET:
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
                    else (
                        Customer.from_dict(v_customer) if type(v_customer) is dict else v_customer
                    )
                )
            else:
                d["customer"] = v_customer
        v_end = d.pop("end", UNSET)
        if v_end is not UNSET:
            if (type(v_end) is int) or (v_end is None):
                fill.end = v_end
            else:
                d["end"] = v_end
        v_id = d.pop("id", UNSET)
        if v_id is not UNSET:
            if type(v_id) is str:
                fill.id = v_id
            else:
                d["id"] = v_id
        v_invoice = d.pop("invoice", UNSET)
        if v_invoice is not UNSET:
            if (type(v_invoice) is str) or (v_invoice is None):
                fill.invoice = v_invoice
            else:
                d["invoice"] = v_invoice
        v_invoice_item = d.pop("invoice_item", UNSET)
        if v_invoice_item is not UNSET:
            if (type(v_invoice_item) is str) or (v_invoice_item is None):
                fill.invoice_item = v_invoice_item
            else:
                d["invoice_item"] = v_invoice_item
        v_object_ = d.pop("object", UNSET)
        if v_object_ is not UNSET:
            if type(v_object_) is str:
                fill.object_ = v_object_
            else:
                d["object"] = v_object_
        v_promotion_code = d.pop("promotion_code", UNSET)
        if v_promotion_code is not UNSET:
            if (
                (type(v_promotion_code) is str)
                or (type(v_promotion_code) is dict)
                or (v_promotion_code is None)
            ):
                fill.promotion_code = v_promotion_code
            else:
                d["promotion_code"] = v_promotion_code
        v_source = d.pop("source", UNSET)
        if v_source is not UNSET:
            if type(v_source) is dict:
                fill.source = DiscountSource.from_dict(v_source)
            else:
                d["source"] = v_source
        v_start = d.pop("start", UNSET)
        if v_start is not UNSET:
            if type(v_start) is int:
                fill.start = v_start
            else:
                d["start"] = v_start
        v_subscription = d.pop("subscription", UNSET)
        if v_subscription is not UNSET:
            if (type(v_subscription) is str) or (v_subscription is None):
                fill.subscription = v_subscription
            else:
                d["subscription"] = v_subscription
        v_subscription_item = d.pop("subscription_item", UNSET)
        if v_subscription_item is not UNSET:
            if (type(v_subscription_item) is str) or (v_subscription_item is None):
                fill.subscription_item = v_subscription_item
            else:
                d["subscription_item"] = v_subscription_item
        v_customer_account = d.pop("customer_account", UNSET)
        if v_customer_account is UNSET:
            fill.customer_account = UNSET
        elif (type(v_customer_account) is str) or (v_customer_account is None):
            fill.customer_account = v_customer_account
        else:
            d["customer_account"] = v_customer_account
        fill.additional_properties = d
        return obj


class DiscountParams(TypedDict, total=False):
    """Discount as plain data, for request parameters."""

    checkout_session: Required[str]
    customer: Required[str | CustomerParams | Customer | DeletedCustomerParams | DeletedCustomer]
    end: Required[int]
    id: Required[str]
    invoice: Required[str]
    invoice_item: Required[str]
    object: Required[DiscountObject]
    promotion_code: Required[str | Mapping[str, Any]]
    source: Required[DiscountSourceParams | DiscountSource]
    start: Required[int]
    subscription: Required[str]
    subscription_item: Required[str]
    customer_account: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.customer import Customer  # noqa: E402
from ..models.deleted_customer import DeletedCustomer  # noqa: E402
from ..models.discount_source import DiscountSource  # noqa: E402
from ..models.stripe_object import StripeObject  # noqa: E402
