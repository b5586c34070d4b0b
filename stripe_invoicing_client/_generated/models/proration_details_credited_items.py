from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.proration_details_credited_items_type import (
    ProrationDetailsCreditedItemsType,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.proration_details_credited_items_invoice_line_item_details import (
        ProrationDetailsCreditedItemsInvoiceLineItemDetails,
        ProrationDetailsCreditedItemsInvoiceLineItemDetailsParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ProrationDetailsCreditedItems(Model):
    """Embedded object found at `invoiceitem.proration_details.credited_items`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    invoice_item: None | str
    invoice_line_item_details: None | ProrationDetailsCreditedItemsInvoiceLineItemDetails
    type_: ProrationDetailsCreditedItemsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("invoice_item", "invoice_item", "str | None"),
        (
            "invoice_line_item_details",
            "invoice_line_item_details",
            "ProrationDetailsCreditedItemsInvoiceLineItemDetails | None",
        ),
        ("type_", "type", "ProrationDetailsCreditedItemsType"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_invoice_item = self.invoice_item
        except AttributeError:
            pass
        else:
            data["invoice_item"] = v_invoice_item
        try:
            v_invoice_line_item_details = self.invoice_line_item_details
        except AttributeError:
            pass
        else:
            data["invoice_line_item_details"] = (
                v_invoice_line_item_details.to_dict()
                if isinstance(
                    v_invoice_line_item_details, ProrationDetailsCreditedItemsInvoiceLineItemDetails
                )
                else v_invoice_line_item_details
            )
        try:
            v_type_ = self.type_
        except AttributeError:
            pass
        else:
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ProrationDetailsCreditedItems:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_invoice_item = d.pop("invoice_item", UNSET)
        if v_invoice_item is not UNSET:
            if (type(v_invoice_item) is str) or (v_invoice_item is None):
                fill.invoice_item = v_invoice_item
            else:
                d["invoice_item"] = v_invoice_item
        v_invoice_line_item_details = d.pop("invoice_line_item_details", UNSET)
        if v_invoice_line_item_details is not UNSET:
            if (type(v_invoice_line_item_details) is dict) or (v_invoice_line_item_details is None):
                fill.invoice_line_item_details = (
                    ProrationDetailsCreditedItemsInvoiceLineItemDetails.from_dict(
                        v_invoice_line_item_details
                    )
                    if type(v_invoice_line_item_details) is dict
                    else v_invoice_line_item_details
                )
            else:
                d["invoice_line_item_details"] = v_invoice_line_item_details
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET:
            if type(v_type_) is str:
                fill.type_ = v_type_
            else:
                d["type"] = v_type_
        fill.additional_properties = d
        return obj


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
