from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_create_preview_body_customer_details_tax_ip_address_type_1 import (
    PostInvoicesCreatePreviewBodyCustomerDetailsTaxIpAddressType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class PostInvoicesCreatePreviewBodyCustomerDetailsTax:
    """PostInvoicesCreatePreviewBodyCustomerDetailsTax

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    ip_address: PostInvoicesCreatePreviewBodyCustomerDetailsTaxIpAddressType1 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_ip_address = self.ip_address
        if not isinstance(v_ip_address, Unset):
            data["ip_address"] = v_ip_address
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyCustomerDetailsTax:
        d = dict(src_dict)
        v_ip_address = d.pop("ip_address", UNSET)
        if v_ip_address is not UNSET and not ((type(v_ip_address) is str) or (v_ip_address == "")):
            d["ip_address"] = v_ip_address
            v_ip_address = UNSET
        obj = cls(
            ip_address=v_ip_address,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodyCustomerDetailsTaxParams(TypedDict, total=False):
    """PostInvoicesCreatePreviewBodyCustomerDetailsTax as plain data, for request parameters."""

    ip_address: str | PostInvoicesCreatePreviewBodyCustomerDetailsTaxIpAddressType1


# Imported last: models refer to each other in cycles, and are only needed at call time.
