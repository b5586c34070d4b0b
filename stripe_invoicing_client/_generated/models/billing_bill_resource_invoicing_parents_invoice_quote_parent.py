from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class BillingBillResourceInvoicingParentsInvoiceQuoteParent:
    """Embedded object found at `invoice.parent.quote_details`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    quote: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_quote = self.quote
        if not isinstance(v_quote, Unset):
            data["quote"] = v_quote
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingParentsInvoiceQuoteParent:
        d = dict(src_dict)
        v_quote = d.pop("quote", UNSET)
        if v_quote is not UNSET and not (type(v_quote) is str):
            d["quote"] = v_quote
            v_quote = UNSET
        obj = cls(
            quote=v_quote,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class BillingBillResourceInvoicingParentsInvoiceQuoteParentParams(TypedDict, total=False):
    """BillingBillResourceInvoicingParentsInvoiceQuoteParent as plain data, for request parameters."""

    quote: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
