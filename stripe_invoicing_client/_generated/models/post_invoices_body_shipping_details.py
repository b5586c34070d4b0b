from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_body_shipping_details_phone_type_1 import (
    PostInvoicesBodyShippingDetailsPhoneType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.post_invoices_body_shipping_details_address import (
        PostInvoicesBodyShippingDetailsAddress,
        PostInvoicesBodyShippingDetailsAddressParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesBodyShippingDetails(Model):
    """PostInvoicesBodyShippingDetails

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    address: PostInvoicesBodyShippingDetailsAddress
    name: str
    phone: PostInvoicesBodyShippingDetailsPhoneType1 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("address", "address", "PostInvoicesBodyShippingDetailsAddress"),
        ("name", "name", "str"),
        ("phone", "phone", "PostInvoicesBodyShippingDetailsPhoneType1 | str"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_address = self.address
        except AttributeError:
            pass
        else:
            data["address"] = v_address.to_dict()
        try:
            v_name = self.name
        except AttributeError:
            pass
        else:
            data["name"] = v_name
        try:
            v_phone = self.phone
        except AttributeError:
            pass
        else:
            if not isinstance(v_phone, Unset):
                data["phone"] = v_phone
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesBodyShippingDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_address = d.pop("address", UNSET)
        if v_address is not UNSET:
            if type(v_address) is dict:
                fill.address = PostInvoicesBodyShippingDetailsAddress.from_dict(v_address)
            else:
                d["address"] = v_address
        v_name = d.pop("name", UNSET)
        if v_name is not UNSET:
            if type(v_name) is str:
                fill.name = v_name
            else:
                d["name"] = v_name
        v_phone = d.pop("phone", UNSET)
        if v_phone is UNSET:
            fill.phone = UNSET
        elif (type(v_phone) is str) or (v_phone == ""):
            fill.phone = v_phone
        else:
            d["phone"] = v_phone
        fill.additional_properties = d
        return obj


class PostInvoicesBodyShippingDetailsParams(TypedDict, total=False):
    """PostInvoicesBodyShippingDetails as plain data, for request parameters."""

    address: Required[
        PostInvoicesBodyShippingDetailsAddressParams | PostInvoicesBodyShippingDetailsAddress
    ]
    name: Required[str]
    phone: str | PostInvoicesBodyShippingDetailsPhoneType1


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_body_shipping_details_address import (
    PostInvoicesBodyShippingDetailsAddress,  # noqa: E402
)
