from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_invoice_body_shipping_details_type_0_phone_type_1 import (
    PostInvoicesInvoiceBodyShippingDetailsType0PhoneType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.post_invoices_invoice_body_shipping_details_type_0_address import (
        PostInvoicesInvoiceBodyShippingDetailsType0Address,
        PostInvoicesInvoiceBodyShippingDetailsType0AddressParams,
    )


@_attrs_define
class PostInvoicesInvoiceBodyShippingDetailsType0:
    """PostInvoicesInvoiceBodyShippingDetailsType0

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    address: PostInvoicesInvoiceBodyShippingDetailsType0Address
    name: str
    phone: PostInvoicesInvoiceBodyShippingDetailsType0PhoneType1 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_address = self.address
        if not isinstance(v_address, Unset):
            data["address"] = v_address.to_dict()
        v_name = self.name
        if not isinstance(v_name, Unset):
            data["name"] = v_name
        v_phone = self.phone
        if not isinstance(v_phone, Unset):
            data["phone"] = v_phone
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoiceBodyShippingDetailsType0:
        d = dict(src_dict)
        v_address = d.pop("address", UNSET)
        if v_address is not UNSET:
            if type(v_address) is dict:
                v_address = PostInvoicesInvoiceBodyShippingDetailsType0Address.from_dict(v_address)
            else:
                d["address"] = v_address
                v_address = UNSET
        v_name = d.pop("name", UNSET)
        if v_name is not UNSET and not (type(v_name) is str):
            d["name"] = v_name
            v_name = UNSET
        v_phone = d.pop("phone", UNSET)
        if v_phone is not UNSET and not ((type(v_phone) is str) or (v_phone == "")):
            d["phone"] = v_phone
            v_phone = UNSET
        obj = cls(
            address=v_address,
            name=v_name,
            phone=v_phone,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesInvoiceBodyShippingDetailsType0Params(TypedDict, total=False):
    """PostInvoicesInvoiceBodyShippingDetailsType0 as plain data, for request parameters."""

    address: Required[
        PostInvoicesInvoiceBodyShippingDetailsType0AddressParams
        | PostInvoicesInvoiceBodyShippingDetailsType0Address
    ]
    name: Required[str]
    phone: str | PostInvoicesInvoiceBodyShippingDetailsType0PhoneType1


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_body_shipping_details_type_0_address import (
    PostInvoicesInvoiceBodyShippingDetailsType0Address,  # noqa: E402
)
