from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_create_preview_body_customer_details_tax_ip_address_type_1 import (
    PostInvoicesCreatePreviewBodyCustomerDetailsTaxIpAddressType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodyCustomerDetailsTax(Model):
    """PostInvoicesCreatePreviewBodyCustomerDetailsTax

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    ip_address: PostInvoicesCreatePreviewBodyCustomerDetailsTaxIpAddressType1 | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "ip_address",
            "ip_address",
            "PostInvoicesCreatePreviewBodyCustomerDetailsTaxIpAddressType1 | str",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_ip_address = self.ip_address
        except AttributeError:
            pass
        else:
            if not isinstance(v_ip_address, Unset):
                data["ip_address"] = v_ip_address
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesCreatePreviewBodyCustomerDetailsTax:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_ip_address = d.pop("ip_address", UNSET)
        if v_ip_address is UNSET:
            fill.ip_address = UNSET
        elif (type(v_ip_address) is str) or (v_ip_address == ""):
            fill.ip_address = v_ip_address
        else:
            d["ip_address"] = v_ip_address
        fill.additional_properties = d
        return obj


class PostInvoicesCreatePreviewBodyCustomerDetailsTaxParams(TypedDict, total=False):
    """PostInvoicesCreatePreviewBodyCustomerDetailsTax as plain data, for request parameters."""

    ip_address: str | PostInvoicesCreatePreviewBodyCustomerDetailsTaxIpAddressType1


# Imported last: models refer to each other in cycles, and are only needed at call time.
