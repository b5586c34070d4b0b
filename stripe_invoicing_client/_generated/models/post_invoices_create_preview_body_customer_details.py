from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_create_preview_body_customer_details_address_type_1 import (
    PostInvoicesCreatePreviewBodyCustomerDetailsAddressType1,
)
from ..models.post_invoices_create_preview_body_customer_details_shipping_type_1 import (
    PostInvoicesCreatePreviewBodyCustomerDetailsShippingType1,
)
from ..models.post_invoices_create_preview_body_customer_details_tax_exempt_type_0 import (
    PostInvoicesCreatePreviewBodyCustomerDetailsTaxExemptType0,
)
from ..models.post_invoices_create_preview_body_customer_details_tax_exempt_type_1 import (
    PostInvoicesCreatePreviewBodyCustomerDetailsTaxExemptType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_create_preview_body_customer_details_address_type_0 import (
        PostInvoicesCreatePreviewBodyCustomerDetailsAddressType0,
        PostInvoicesCreatePreviewBodyCustomerDetailsAddressType0Params,
    )
    from ..models.post_invoices_create_preview_body_customer_details_shipping_type_0 import (
        PostInvoicesCreatePreviewBodyCustomerDetailsShippingType0,
        PostInvoicesCreatePreviewBodyCustomerDetailsShippingType0Params,
    )
    from ..models.post_invoices_create_preview_body_customer_details_tax import (
        PostInvoicesCreatePreviewBodyCustomerDetailsTax,
        PostInvoicesCreatePreviewBodyCustomerDetailsTaxParams,
    )
    from ..models.post_invoices_create_preview_body_customer_details_tax_ids_item import (
        PostInvoicesCreatePreviewBodyCustomerDetailsTaxIdsItem,
        PostInvoicesCreatePreviewBodyCustomerDetailsTaxIdsItemParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBodyCustomerDetails(Model):
    """PostInvoicesCreatePreviewBodyCustomerDetails

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    address: (
        PostInvoicesCreatePreviewBodyCustomerDetailsAddressType0
        | PostInvoicesCreatePreviewBodyCustomerDetailsAddressType1
        | Unset
    ) = UNSET
    shipping: (
        PostInvoicesCreatePreviewBodyCustomerDetailsShippingType0
        | PostInvoicesCreatePreviewBodyCustomerDetailsShippingType1
        | Unset
    ) = UNSET
    tax: PostInvoicesCreatePreviewBodyCustomerDetailsTax | Unset = UNSET
    tax_exempt: (
        PostInvoicesCreatePreviewBodyCustomerDetailsTaxExemptType0
        | PostInvoicesCreatePreviewBodyCustomerDetailsTaxExemptType1
        | Unset
    ) = UNSET
    tax_ids: list[PostInvoicesCreatePreviewBodyCustomerDetailsTaxIdsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "address",
            "address",
            "PostInvoicesCreatePreviewBodyCustomerDetailsAddressType0 | PostInvoicesCreatePreviewBodyCustomerDetailsAddressType1",
        ),
        (
            "shipping",
            "shipping",
            "PostInvoicesCreatePreviewBodyCustomerDetailsShippingType0 | PostInvoicesCreatePreviewBodyCustomerDetailsShippingType1",
        ),
        ("tax", "tax", "PostInvoicesCreatePreviewBodyCustomerDetailsTax"),
        (
            "tax_exempt",
            "tax_exempt",
            "PostInvoicesCreatePreviewBodyCustomerDetailsTaxExemptType0 | PostInvoicesCreatePreviewBodyCustomerDetailsTaxExemptType1",
        ),
        ("tax_ids", "tax_ids", "list[PostInvoicesCreatePreviewBodyCustomerDetailsTaxIdsItem]"),
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
            if not isinstance(v_address, Unset):
                data["address"] = (
                    v_address.to_dict()
                    if isinstance(
                        v_address, PostInvoicesCreatePreviewBodyCustomerDetailsAddressType0
                    )
                    else v_address
                )
        try:
            v_shipping = self.shipping
        except AttributeError:
            pass
        else:
            if not isinstance(v_shipping, Unset):
                data["shipping"] = (
                    v_shipping.to_dict()
                    if isinstance(
                        v_shipping, PostInvoicesCreatePreviewBodyCustomerDetailsShippingType0
                    )
                    else v_shipping
                )
        try:
            v_tax = self.tax
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax, Unset):
                data["tax"] = v_tax.to_dict()
        try:
            v_tax_exempt = self.tax_exempt
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax_exempt, Unset):
                data["tax_exempt"] = v_tax_exempt
        try:
            v_tax_ids = self.tax_ids
        except AttributeError:
            pass
        else:
            if not isinstance(v_tax_ids, Unset):
                data["tax_ids"] = [item0.to_dict() for item0 in v_tax_ids]
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesCreatePreviewBodyCustomerDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_address = d.pop("address", UNSET)
        if v_address is UNSET:
            fill.address = UNSET
        elif (type(v_address) is dict) or (v_address == ""):
            fill.address = (
                PostInvoicesCreatePreviewBodyCustomerDetailsAddressType0.from_dict(v_address)
                if type(v_address) is dict
                else v_address
            )
        else:
            d["address"] = v_address
        v_shipping = d.pop("shipping", UNSET)
        if v_shipping is UNSET:
            fill.shipping = UNSET
        elif (type(v_shipping) is dict) or (v_shipping == ""):
            fill.shipping = (
                PostInvoicesCreatePreviewBodyCustomerDetailsShippingType0.from_dict(v_shipping)
                if type(v_shipping) is dict
                else v_shipping
            )
        else:
            d["shipping"] = v_shipping
        v_tax = d.pop("tax", UNSET)
        if v_tax is UNSET:
            fill.tax = UNSET
        elif type(v_tax) is dict:
            fill.tax = PostInvoicesCreatePreviewBodyCustomerDetailsTax.from_dict(v_tax)
        else:
            d["tax"] = v_tax
        v_tax_exempt = d.pop("tax_exempt", UNSET)
        if v_tax_exempt is UNSET:
            fill.tax_exempt = UNSET
        elif (type(v_tax_exempt) is str) or (v_tax_exempt == ""):
            fill.tax_exempt = v_tax_exempt
        else:
            d["tax_exempt"] = v_tax_exempt
        v_tax_ids = d.pop("tax_ids", UNSET)
        if v_tax_ids is UNSET:
            fill.tax_ids = UNSET
        elif type(v_tax_ids) is list and all(type(item0) is dict for item0 in v_tax_ids):
            fill.tax_ids = [
                PostInvoicesCreatePreviewBodyCustomerDetailsTaxIdsItem.from_dict(item0)
                for item0 in v_tax_ids
            ]
        else:
            d["tax_ids"] = v_tax_ids
        fill.additional_properties = d
        return obj


class PostInvoicesCreatePreviewBodyCustomerDetailsParams(TypedDict, total=False):
    """PostInvoicesCreatePreviewBodyCustomerDetails as plain data, for request parameters."""

    address: (
        PostInvoicesCreatePreviewBodyCustomerDetailsAddressType0Params
        | PostInvoicesCreatePreviewBodyCustomerDetailsAddressType0
        | PostInvoicesCreatePreviewBodyCustomerDetailsAddressType1
    )
    shipping: (
        PostInvoicesCreatePreviewBodyCustomerDetailsShippingType0Params
        | PostInvoicesCreatePreviewBodyCustomerDetailsShippingType0
        | PostInvoicesCreatePreviewBodyCustomerDetailsShippingType1
    )
    tax: (
        PostInvoicesCreatePreviewBodyCustomerDetailsTaxParams
        | PostInvoicesCreatePreviewBodyCustomerDetailsTax
    )
    tax_exempt: (
        PostInvoicesCreatePreviewBodyCustomerDetailsTaxExemptType0
        | PostInvoicesCreatePreviewBodyCustomerDetailsTaxExemptType1
    )
    tax_ids: list[
        PostInvoicesCreatePreviewBodyCustomerDetailsTaxIdsItemParams
        | PostInvoicesCreatePreviewBodyCustomerDetailsTaxIdsItem
    ]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_customer_details_address_type_0 import (
    PostInvoicesCreatePreviewBodyCustomerDetailsAddressType0,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_customer_details_shipping_type_0 import (
    PostInvoicesCreatePreviewBodyCustomerDetailsShippingType0,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_customer_details_tax import (
    PostInvoicesCreatePreviewBodyCustomerDetailsTax,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_customer_details_tax_ids_item import (
    PostInvoicesCreatePreviewBodyCustomerDetailsTaxIdsItem,  # noqa: E402
)
