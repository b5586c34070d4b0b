from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.proration_details_credited_items_type import (
    ProrationDetailsCreditedItemsType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.proration_details_credited_items_invoice_line_item_details import (
        ProrationDetailsCreditedItemsInvoiceLineItemDetails,
        ProrationDetailsCreditedItemsInvoiceLineItemDetailsParams,
    )


@_attrs_define
class ProrationDetailsCreditedItems:
    """Embedded object found at `invoiceitem.proration_details.credited_items`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    invoice_item: None | str
    invoice_line_item_details: None | ProrationDetailsCreditedItemsInvoiceLineItemDetails
    type_: ProrationDetailsCreditedItemsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_invoice_item = self.invoice_item
        if not isinstance(v_invoice_item, Unset):
            data["invoice_item"] = v_invoice_item
        v_invoice_line_item_details = self.invoice_line_item_details
        if not isinstance(v_invoice_line_item_details, Unset):
            data["invoice_line_item_details"] = (
                v_invoice_line_item_details.to_dict()
                if isinstance(
                    v_invoice_line_item_details, ProrationDetailsCreditedItemsInvoiceLineItemDetails
                )
                else v_invoice_line_item_details
            )
        v_type_ = self.type_
        if not isinstance(v_type_, Unset):
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ProrationDetailsCreditedItems:
        d = dict(src_dict)
        v_invoice_item = d.pop("invoice_item", UNSET)
        if v_invoice_item is not UNSET and not (
            (type(v_invoice_item) is str) or (v_invoice_item is None)
        ):
            d["invoice_item"] = v_invoice_item
            v_invoice_item = UNSET
        v_invoice_line_item_details = d.pop("invoice_line_item_details", UNSET)
        if v_invoice_line_item_details is not UNSET:
            if (type(v_invoice_line_item_details) is dict) or (v_invoice_line_item_details is None):
                v_invoice_line_item_details = (
                    ProrationDetailsCreditedItemsInvoiceLineItemDetails.from_dict(
                        v_invoice_line_item_details
                    )
                    if type(v_invoice_line_item_details) is dict
                    else v_invoice_line_item_details
                )
            else:
                d["invoice_line_item_details"] = v_invoice_line_item_details
                v_invoice_line_item_details = UNSET
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET and not (type(v_type_) is str):
            d["type"] = v_type_
            v_type_ = UNSET
        obj = cls(
            invoice_item=v_invoice_item,
            invoice_line_item_details=v_invoice_line_item_details,
            type_=v_type_,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class ProrationDetailsCreditedItemsParams(TypedDict, total=False):
    """ProrationDetailsCreditedItems as plain data, for request parameters."""

    invoice_item: Required[str]
    invoice_line_item_details: Required[
        ProrationDetailsCreditedItemsInvoiceLineItemDetailsParams
        | ProrationDetailsCreditedItemsInvoiceLineItemDetails
    ]
    type: Required[ProrationDetailsCreditedItemsType]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.proration_details_credited_items_invoice_line_item_details import (
    ProrationDetailsCreditedItemsInvoiceLineItemDetails,  # noqa: E402
)
