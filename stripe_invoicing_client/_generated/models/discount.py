from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.discount_object import DiscountObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.customer import Customer, CustomerParams
    from ..models.deleted_customer import DeletedCustomer, DeletedCustomerParams
    from ..models.discount_source import DiscountSource, DiscountSourceParams
    from ..models.stripe_object import StripeObject


@_attrs_define
class Discount:
    """A coupon applied to a customer, subscription, invoice or line, with when it started and
    ends.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
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

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_checkout_session = self.checkout_session
        if not isinstance(v_checkout_session, Unset):
            data["checkout_session"] = v_checkout_session
        v_customer = self.customer
        if not isinstance(v_customer, Unset):
            data["customer"] = (
                v_customer.to_dict()
                if isinstance(v_customer, Customer)
                else (
                    v_customer.to_dict() if isinstance(v_customer, DeletedCustomer) else v_customer
                )
            )
        v_end = self.end
        if not isinstance(v_end, Unset):
            data["end"] = v_end
        v_id = self.id
        if not isinstance(v_id, Unset):
            data["id"] = v_id
        v_invoice = self.invoice
        if not isinstance(v_invoice, Unset):
            data["invoice"] = v_invoice
        v_invoice_item = self.invoice_item
        if not isinstance(v_invoice_item, Unset):
            data["invoice_item"] = v_invoice_item
        v_object_ = self.object_
        if not isinstance(v_object_, Unset):
            data["object"] = v_object_
        v_promotion_code = self.promotion_code
        if not isinstance(v_promotion_code, Unset):
            data["promotion_code"] = v_promotion_code
        v_source = self.source
        if not isinstance(v_source, Unset):
            data["source"] = v_source.to_dict()
        v_start = self.start
        if not isinstance(v_start, Unset):
            data["start"] = v_start
        v_subscription = self.subscription
        if not isinstance(v_subscription, Unset):
            data["subscription"] = v_subscription
        v_subscription_item = self.subscription_item
        if not isinstance(v_subscription_item, Unset):
            data["subscription_item"] = v_subscription_item
        v_customer_account = self.customer_account
        if not isinstance(v_customer_account, Unset):
            data["customer_account"] = v_customer_account
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Discount:
        d = dict(src_dict)
        v_checkout_session = d.pop("checkout_session", UNSET)
        if v_checkout_session is not UNSET and not (
            (type(v_checkout_session) is str) or (v_checkout_session is None)
        ):
            d["checkout_session"] = v_checkout_session
            v_checkout_session = UNSET
        v_customer = d.pop("customer", UNSET)
        if v_customer is not UNSET:
            if (
                (type(v_customer) is dict)
                or (type(v_customer) is dict)
                or (type(v_customer) is str)
                or (v_customer is None)
            ):
                v_customer = (
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
                v_customer = UNSET
        v_end = d.pop("end", UNSET)
        if v_end is not UNSET and not ((type(v_end) is int) or (v_end is None)):
            d["end"] = v_end
            v_end = UNSET
        v_id = d.pop("id", UNSET)
        if v_id is not UNSET and not (type(v_id) is str):
            d["id"] = v_id
            v_id = UNSET
        v_invoice = d.pop("invoice", UNSET)
        if v_invoice is not UNSET and not ((type(v_invoice) is str) or (v_invoice is None)):
            d["invoice"] = v_invoice
            v_invoice = UNSET
        v_invoice_item = d.pop("invoice_item", UNSET)
        if v_invoice_item is not UNSET and not (
            (type(v_invoice_item) is str) or (v_invoice_item is None)
        ):
            d["invoice_item"] = v_invoice_item
            v_invoice_item = UNSET
        v_object_ = d.pop("object", UNSET)
        if v_object_ is not UNSET and not (type(v_object_) is str):
            d["object"] = v_object_
            v_object_ = UNSET
        v_promotion_code = d.pop("promotion_code", UNSET)
        if v_promotion_code is not UNSET and not (
            (type(v_promotion_code) is str)
            or (type(v_promotion_code) is dict)
            or (v_promotion_code is None)
        ):
            d["promotion_code"] = v_promotion_code
            v_promotion_code = UNSET
        v_source = d.pop("source", UNSET)
        if v_source is not UNSET:
            if type(v_source) is dict:
                v_source = DiscountSource.from_dict(v_source)
            else:
                d["source"] = v_source
                v_source = UNSET
        v_start = d.pop("start", UNSET)
        if v_start is not UNSET and not (type(v_start) is int):
            d["start"] = v_start
            v_start = UNSET
        v_subscription = d.pop("subscription", UNSET)
        if v_subscription is not UNSET and not (
            (type(v_subscription) is str) or (v_subscription is None)
        ):
            d["subscription"] = v_subscription
            v_subscription = UNSET
        v_subscription_item = d.pop("subscription_item", UNSET)
        if v_subscription_item is not UNSET and not (
            (type(v_subscription_item) is str) or (v_subscription_item is None)
        ):
            d["subscription_item"] = v_subscription_item
            v_subscription_item = UNSET
        v_customer_account = d.pop("customer_account", UNSET)
        if v_customer_account is not UNSET and not (
            (type(v_customer_account) is str) or (v_customer_account is None)
        ):
            d["customer_account"] = v_customer_account
            v_customer_account = UNSET
        obj = cls(
            checkout_session=v_checkout_session,
            customer=v_customer,
            end=v_end,
            id=v_id,
            invoice=v_invoice,
            invoice_item=v_invoice_item,
            object_=v_object_,
            promotion_code=v_promotion_code,
            source=v_source,
            start=v_start,
            subscription=v_subscription,
            subscription_item=v_subscription_item,
            customer_account=v_customer_account,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
