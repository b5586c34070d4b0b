from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
class PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductData:
    """PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductData

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
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

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_name = self.name
        if not isinstance(v_name, Unset):
            data["name"] = v_name
        v_description = self.description
        if not isinstance(v_description, Unset):
            data["description"] = v_description
        v_images = self.images
        if not isinstance(v_images, Unset):
            data["images"] = v_images
        v_metadata = self.metadata
        if not isinstance(v_metadata, Unset):
            data["metadata"] = v_metadata
        v_tax_code = self.tax_code
        if not isinstance(v_tax_code, Unset):
            data["tax_code"] = v_tax_code
        v_tax_details = self.tax_details
        if not isinstance(v_tax_details, Unset):
            data["tax_details"] = v_tax_details.to_dict()
        v_unit_label = self.unit_label
        if not isinstance(v_unit_label, Unset):
            data["unit_label"] = v_unit_label
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductData:
        d = dict(src_dict)
        v_name = d.pop("name", UNSET)
        if v_name is not UNSET and not (type(v_name) is str):
            d["name"] = v_name
            v_name = UNSET
        v_description = d.pop("description", UNSET)
        if v_description is not UNSET and not (type(v_description) is str):
            d["description"] = v_description
            v_description = UNSET
        v_images = d.pop("images", UNSET)
        if v_images is not UNSET and not (
            type(v_images) is list and all(type(item0) is str for item0 in v_images)
        ):
            d["images"] = v_images
            v_images = UNSET
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is not UNSET and not (
            type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values())
        ):
            d["metadata"] = v_metadata
            v_metadata = UNSET
        v_tax_code = d.pop("tax_code", UNSET)
        if v_tax_code is not UNSET and not (type(v_tax_code) is str):
            d["tax_code"] = v_tax_code
            v_tax_code = UNSET
        v_tax_details = d.pop("tax_details", UNSET)
        if v_tax_details is not UNSET:
            if type(v_tax_details) is dict:
                v_tax_details = (
                    PostInvoicesInvoiceLinesLineItemIdBodyPriceDataProductDataTaxDetails.from_dict(
                        v_tax_details
                    )
                )
            else:
                d["tax_details"] = v_tax_details
                v_tax_details = UNSET
        v_unit_label = d.pop("unit_label", UNSET)
        if v_unit_label is not UNSET and not (type(v_unit_label) is str):
            d["unit_label"] = v_unit_label
            v_unit_label = UNSET
        obj = cls(
            name=v_name,
            description=v_description,
            images=v_images,
            metadata=v_metadata,
            tax_code=v_tax_code,
            tax_details=v_tax_details,
            unit_label=v_unit_label,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
