from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.post_invoices_invoice_lines_line_item_id_body_price_data_product_data_metadata import (
        PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataMetadata,
    )
    from ..models.post_invoices_invoice_lines_line_item_id_body_price_data_product_data_tax_details import (
        PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetails,
        PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetailsParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductData(Model):
    """PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductData

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    name: str
    description: str | Unset = UNSET
    images: list[str] | Unset = UNSET
    metadata: PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataMetadata | Unset = UNSET
    tax_code: str | Unset = UNSET
    tax_details: PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetails | Unset = (
        UNSET
    )
    unit_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("name", "name", "str"),
        ("description", "description", "str"),
        ("images", "images", "list[str]"),
        (
            "metadata",
            "metadata",
            "PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataMetadata",
        ),
        ("tax_code", "tax_code", "str"),
        (
            "tax_details",
            "tax_details",
            "PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetails",
        ),
        ("unit_label", "unit_label", "str"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_name = self.name
        except AttributeError:
            pass
        else:
            data["name"] = v_name
        try:
            v_description = self.description
        except AttributeError:
            pass
        else:
            if not isinstance(v_description, Unset):
                data["description"] = v_description
        try:
            v_images = self.images
        except AttributeError:
            pass
        else:
            if not isinstance(v_images, Unset):
                data["images"] = v_images
        try:
            v_metadata = self.metadata
        except AttributeError:
            pass
        else:
            if not isinstance(v_metadata, Unset):
                data["metadata"] = v_metadata
        try:
            v_tax_code = self.tax_code
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax_code, Unset):
                data["tax_code"] = v_tax_code
        try:
            v_tax_details = self.tax_details
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax_details, Unset):
                data["tax_details"] = v_tax_details.to_dict()
        try:
            v_unit_label = self.unit_label
        except AttributeError:
            pass
        else:
            if not isinstance(v_unit_label, Unset):
                data["unit_label"] = v_unit_label
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductData:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_name = d.pop("name", UNSET)
        if v_name is not UNSET:
            if type(v_name) is str:
                fill.name = v_name
            else:
                d["name"] = v_name
        v_description = d.pop("description", UNSET)
        if v_description is UNSET:
            fill.description = UNSET
        elif type(v_description) is str:
            fill.description = v_description
        else:
            d["description"] = v_description
        v_images = d.pop("images", UNSET)
        if v_images is UNSET:
            fill.images = UNSET
        elif type(v_images) is list and all(type(item0) is str for item0 in v_images):
            fill.images = v_images
        else:
            d["images"] = v_images
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is UNSET:
            fill.metadata = UNSET
        elif type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values()):
            fill.metadata = v_metadata
        else:
            d["metadata"] = v_metadata
        v_tax_code = d.pop("tax_code", UNSET)
        if v_tax_code is UNSET:
            fill.tax_code = UNSET
        elif type(v_tax_code) is str:
            fill.tax_code = v_tax_code
        else:
            d["tax_code"] = v_tax_code
        v_tax_details = d.pop("tax_details", UNSET)
        if v_tax_details is UNSET:
            fill.tax_details = UNSET
        elif type(v_tax_details) is dict:
            fill.tax_details = (
                PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetails.from_dict(
                    v_tax_details
                )
            )
        else:
            d["tax_details"] = v_tax_details
        v_unit_label = d.pop("unit_label", UNSET)
        if v_unit_label is UNSET:
            fill.unit_label = UNSET
        elif type(v_unit_label) is str:
            fill.unit_label = v_unit_label
        else:
            d["unit_label"] = v_unit_label
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataParams(TypedDict, total=False):
    """PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductData as plain data, for request parameters."""

    name: Required[str]
    description: str
    images: list[str]
    metadata: Mapping[str, str]
    tax_code: str
    tax_details: (
        PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetailsParams
        | PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetails
    )
    unit_label: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_lines_line_item_id_body_price_data_product_data_metadata import (
    PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataMetadata,  # noqa: E402
)
from ..models.post_invoices_invoice_lines_line_item_id_body_price_data_product_data_tax_details import (
    PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetails,  # noqa: E402
)
