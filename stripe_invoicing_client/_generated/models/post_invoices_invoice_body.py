from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_invoice_body_account_tax_ids_type_1 import (
    PostInvoicesInvoiceBodyAccountTaxIdsType1,
)
from ..models.post_invoices_invoice_body_collection_method import (
    PostInvoicesInvoiceBodyCollectionMethod,
)
from ..models.post_invoices_invoice_body_custom_fields_type_1 import (
    PostInvoicesInvoiceBodyCustomFieldsType1,
)
from ..models.post_invoices_invoice_body_default_source_type_1 import (
    PostInvoicesInvoiceBodyDefaultSourceType1,
)
from ..models.post_invoices_invoice_body_default_tax_rates_type_1 import (
    PostInvoicesInvoiceBodyDefaultTaxRatesType1,
)
from ..models.post_invoices_invoice_body_discounts_type_1 import (
    PostInvoicesInvoiceBodyDiscountsType1,
)
from ..models.post_invoices_invoice_body_effective_at_type_1 import (
    PostInvoicesInvoiceBodyEffectiveAtType1,
)
from ..models.post_invoices_invoice_body_metadata_type_1 import (
    PostInvoicesInvoiceBodyMetadataType1,
)
from ..models.post_invoices_invoice_body_number_type_1 import (
    PostInvoicesInvoiceBodyNumberType1,
)
from ..models.post_invoices_invoice_body_on_behalf_of_type_1 import (
    PostInvoicesInvoiceBodyOnBehalfOfType1,
)
from ..models.post_invoices_invoice_body_shipping_cost_type_1 import (
    PostInvoicesInvoiceBodyShippingCostType1,
)
from ..models.post_invoices_invoice_body_shipping_details_type_1 import (
    PostInvoicesInvoiceBodyShippingDetailsType1,
)
from ..models.post_invoices_invoice_body_transfer_data_type_1 import (
    PostInvoicesInvoiceBodyTransferDataType1,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_invoice_body_automatic_tax import (
        PostInvoicesInvoiceBodyAutomaticTax,
        PostInvoicesInvoiceBodyAutomaticTaxParams,
    )
    from ..models.post_invoices_invoice_body_custom_fields_type_0_item import (
        PostInvoicesInvoiceBodyCustomFieldsType0Item,
        PostInvoicesInvoiceBodyCustomFieldsType0ItemParams,
    )
    from ..models.post_invoices_invoice_body_discounts_type_0_item import (
        PostInvoicesInvoiceBodyDiscountsType0Item,
        PostInvoicesInvoiceBodyDiscountsType0ItemParams,
    )
    from ..models.post_invoices_invoice_body_issuer import (
        PostInvoicesInvoiceBodyIssuer,
        PostInvoicesInvoiceBodyIssuerParams,
    )
    from ..models.post_invoices_invoice_body_metadata_type_0 import (
        PostInvoicesInvoiceBodyMetadataType0,
    )
    from ..models.post_invoices_invoice_body_payment_settings import (
        PostInvoicesInvoiceBodyPaymentSettings,
        PostInvoicesInvoiceBodyPaymentSettingsParams,
    )
    from ..models.post_invoices_invoice_body_rendering import (
        PostInvoicesInvoiceBodyRendering,
        PostInvoicesInvoiceBodyRenderingParams,
    )
    from ..models.post_invoices_invoice_body_shipping_cost_type_0 import (
        PostInvoicesInvoiceBodyShippingCostType0,
        PostInvoicesInvoiceBodyShippingCostType0Params,
    )
    from ..models.post_invoices_invoice_body_shipping_details_type_0 import (
        PostInvoicesInvoiceBodyShippingDetailsType0,
        PostInvoicesInvoiceBodyShippingDetailsType0Params,
    )
    from ..models.post_invoices_invoice_body_transfer_data_type_0 import (
        PostInvoicesInvoiceBodyTransferDataType0,
        PostInvoicesInvoiceBodyTransferDataType0Params,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesInvoiceBody(Model):
    """PostInvoicesInvoiceBody

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    account_tax_ids: list[str] | PostInvoicesInvoiceBodyAccountTaxIdsType1 | Unset = UNSET
    application_fee_amount: int | Unset = UNSET
    auto_advance: bool | Unset = UNSET
    automatic_tax: PostInvoicesInvoiceBodyAutomaticTax | Unset = UNSET
    automatically_finalizes_at: int | Unset = UNSET
    collection_method: PostInvoicesInvoiceBodyCollectionMethod | Unset = UNSET
    custom_fields: (
        list[PostInvoicesInvoiceBodyCustomFieldsType0Item]
        | PostInvoicesInvoiceBodyCustomFieldsType1
        | Unset
    ) = UNSET
    days_until_due: int | Unset = UNSET
    default_payment_method: str | Unset = UNSET
    default_source: PostInvoicesInvoiceBodyDefaultSourceType1 | str | Unset = UNSET
    default_tax_rates: list[str] | PostInvoicesInvoiceBodyDefaultTaxRatesType1 | Unset = UNSET
    description: str | Unset = UNSET
    discounts: (
        list[PostInvoicesInvoiceBodyDiscountsType0Item]
        | PostInvoicesInvoiceBodyDiscountsType1
        | Unset
    ) = UNSET
    due_date: int | Unset = UNSET
    effective_at: int | PostInvoicesInvoiceBodyEffectiveAtType1 | Unset = UNSET
    expand: list[str] | Unset = UNSET
    footer: str | Unset = UNSET
    issuer: PostInvoicesInvoiceBodyIssuer | Unset = UNSET
    metadata: (
        PostInvoicesInvoiceBodyMetadataType0 | PostInvoicesInvoiceBodyMetadataType1 | Unset
    ) = UNSET
    number: PostInvoicesInvoiceBodyNumberType1 | str | Unset = UNSET
    on_behalf_of: PostInvoicesInvoiceBodyOnBehalfOfType1 | str | Unset = UNSET
    payment_settings: PostInvoicesInvoiceBodyPaymentSettings | Unset = UNSET
    rendering: PostInvoicesInvoiceBodyRendering | Unset = UNSET
    shipping_cost: (
        PostInvoicesInvoiceBodyShippingCostType0 | PostInvoicesInvoiceBodyShippingCostType1 | Unset
    ) = UNSET
    shipping_details: (
        PostInvoicesInvoiceBodyShippingDetailsType0
        | PostInvoicesInvoiceBodyShippingDetailsType1
        | Unset
    ) = UNSET
    statement_descriptor: str | Unset = UNSET
    transfer_data: (
        PostInvoicesInvoiceBodyTransferDataType0 | PostInvoicesInvoiceBodyTransferDataType1 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "account_tax_ids",
            "account_tax_ids",
            "list[str] | PostInvoicesInvoiceBodyAccountTaxIdsType1",
        ),
        ("application_fee_amount", "application_fee_amount", "int"),
        ("auto_advance", "auto_advance", "bool"),
        ("automatic_tax", "automatic_tax", "PostInvoicesInvoiceBodyAutomaticTax"),
        ("automatically_finalizes_at", "automatically_finalizes_at", "int"),
        ("collection_method", "collection_method", "PostInvoicesInvoiceBodyCollectionMethod"),
        (
            "custom_fields",
            "custom_fields",
            "list[PostInvoicesInvoiceBodyCustomFieldsType0Item] | PostInvoicesInvoiceBodyCustomFieldsType1",
        ),
        ("days_until_due", "days_until_due", "int"),
        ("default_payment_method", "default_payment_method", "str"),
        ("default_source", "default_source", "PostInvoicesInvoiceBodyDefaultSourceType1 | str"),
        (
            "default_tax_rates",
            "default_tax_rates",
            "list[str] | PostInvoicesInvoiceBodyDefaultTaxRatesType1",
        ),
        ("description", "description", "str"),
        (
            "discounts",
            "discounts",
            "list[PostInvoicesInvoiceBodyDiscountsType0Item] | PostInvoicesInvoiceBodyDiscountsType1",
        ),
        ("due_date", "due_date", "int"),
        ("effective_at", "effective_at", "int | PostInvoicesInvoiceBodyEffectiveAtType1"),
        ("expand", "expand", "list[str]"),
        ("footer", "footer", "str"),
        ("issuer", "issuer", "PostInvoicesInvoiceBodyIssuer"),
        (
            "metadata",
            "metadata",
            "PostInvoicesInvoiceBodyMetadataType0 | PostInvoicesInvoiceBodyMetadataType1",
        ),
        ("number", "number", "PostInvoicesInvoiceBodyNumberType1 | str"),
        ("on_behalf_of", "on_behalf_of", "PostInvoicesInvoiceBodyOnBehalfOfType1 | str"),
        ("payment_settings", "payment_settings", "PostInvoicesInvoiceBodyPaymentSettings"),
        ("rendering", "rendering", "PostInvoicesInvoiceBodyRendering"),
        (
            "shipping_cost",
            "shipping_cost",
            "PostInvoicesInvoiceBodyShippingCostType0 | PostInvoicesInvoiceBodyShippingCostType1",
        ),
        (
            "shipping_details",
            "shipping_details",
            "PostInvoicesInvoiceBodyShippingDetailsType0 | PostInvoicesInvoiceBodyShippingDetailsType1",
        ),
        ("statement_descriptor", "statement_descriptor", "str"),
        (
            "transfer_data",
            "transfer_data",
            "PostInvoicesInvoiceBodyTransferDataType0 | PostInvoicesInvoiceBodyTransferDataType1",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_account_tax_ids = self.account_tax_ids
        except AttributeError:
            pass
        else:
            if not isinstance(v_account_tax_ids, Unset):
                data["account_tax_ids"] = v_account_tax_ids
        try:
            v_application_fee_amount = self.application_fee_amount
        except AttributeError:
            pass
        else:
            if not isinstance(v_application_fee_amount, Unset):
                data["application_fee_amount"] = v_application_fee_amount
        try:
            v_auto_advance = self.auto_advance
        except AttributeError:
            pass
        else:
            if not isinstance(v_auto_advance, Unset):
                data["auto_advance"] = v_auto_advance
        try:
            v_automatic_tax = self.automatic_tax
        except AttributeError:
            pass
        else:
            if not isinstance(v_automatic_tax, Unset):
                data["automatic_tax"] = v_automatic_tax.to_dict()
        try:
            v_automatically_finalizes_at = self.automatically_finalizes_at
        except AttributeError:
            pass
        else:
            if not isinstance(v_automatically_finalizes_at, Unset):
                data["automatically_finalizes_at"] = v_automatically_finalizes_at
        try:
            v_collection_method = self.collection_method
        except AttributeError:
            pass
        else:
            if not isinstance(v_collection_method, Unset):
                data["collection_method"] = v_collection_method
        try:
            v_custom_fields = self.custom_fields
        except AttributeError:
            pass
        else:
            if not isinstance(v_custom_fields, Unset):
                data["custom_fields"] = (
                    [item0.to_dict() for item0 in v_custom_fields]
                    if isinstance(v_custom_fields, list)
                    else v_custom_fields
                )
        try:
            v_days_until_due = self.days_until_due
        except AttributeError:
            pass
        else:
            if not isinstance(v_days_until_due, Unset):
                data["days_until_due"] = v_days_until_due
        try:
            v_default_payment_method = self.default_payment_method
        except AttributeError:
            pass
        else:
            if not isinstance(v_default_payment_method, Unset):
                data["default_payment_method"] = v_default_payment_method
        try:
            v_default_source = self.default_source
        except AttributeError:
            pass
        else:
            if not isinstance(v_default_source, Unset):
                data["default_source"] = v_default_source
        try:
            v_default_tax_rates = self.default_tax_rates
        except AttributeError:
            pass
        else:
            if not isinstance(v_default_tax_rates, Unset):
                data["default_tax_rates"] = v_default_tax_rates
        try:
            v_description = self.description
        except AttributeError:
            pass
        else:
            if not isinstance(v_description, Unset):
                data["description"] = v_description
        try:
            v_discounts = self.discounts
        except AttributeError:
            pass
        else:
            if not isinstance(v_discounts, Unset):
                data["discounts"] = (
                    [item0.to_dict() for item0 in v_discounts]
                    if isinstance(v_discounts, list)
                    else v_discounts
                )
        try:
            v_due_date = self.due_date
        except AttributeError:
            pass
        else:
            if not isinstance(v_due_date, Unset):
                data["due_date"] = v_due_date
        try:
            v_effective_at = self.effective_at
        except AttributeError:
            pass
        else:
            if not isinstance(v_effective_at, Unset):
                data["effective_at"] = v_effective_at
        try:
            v_expand = self.expand
        except AttributeError:
            pass
        else:
            if not isinstance(v_expand, Unset):
                data["expand"] = v_expand
        try:
            v_footer = self.footer
        except AttributeError:
            pass
        else:
            if not isinstance(v_footer, Unset):
                data["footer"] = v_footer
        try:
            v_issuer = self.issuer
        except AttributeError:
            pass
        else:
            if not isinstance(v_issuer, Unset):
                data["issuer"] = v_issuer.to_dict()
        try:
            v_metadata = self.metadata
        except AttributeError:
            pass
        else:
            if not isinstance(v_metadata, Unset):
                data["metadata"] = v_metadata
        try:
            v_number = self.number
        except AttributeError:
            pass
        else:
            if not isinstance(v_number, Unset):
                data["number"] = v_number
        try:
            v_on_behalf_of = self.on_behalf_of
        except AttributeError:
            pass
        else:
            if not isinstance(v_on_behalf_of, Unset):
                data["on_behalf_of"] = v_on_behalf_of
        try:
            v_payment_settings = self.payment_settings
        except AttributeError:
            pass
        else:
            if not isinstance(v_payment_settings, Unset):
                data["payment_settings"] = v_payment_settings.to_dict()
        try:
            v_rendering = self.rendering
        except AttributeError:
            pass
        else:
            if not isinstance(v_rendering, Unset):
                data["rendering"] = v_rendering.to_dict()
        try:
            v_shipping_cost = self.shipping_cost
        except AttributeError:
            pass
        else:
            if not isinstance(v_shipping_cost, Unset):
                data["shipping_cost"] = (
                    v_shipping_cost.to_dict()
                    if isinstance(v_shipping_cost, PostInvoicesInvoiceBodyShippingCostType0)
                    else v_shipping_cost
                )
        try:
            v_shipping_details = self.shipping_details
        except AttributeError:
            pass
        else:
            if not isinstance(v_shipping_details, Unset):
                data["shipping_details"] = (
                    v_shipping_details.to_dict()
                    if isinstance(v_shipping_details, PostInvoicesInvoiceBodyShippingDetailsType0)
                    else v_shipping_details
                )
        try:
            v_statement_descriptor = self.statement_descriptor
        except AttributeError:
            pass
        else:
            if not isinstance(v_statement_descriptor, Unset):
                data["statement_descriptor"] = v_statement_descriptor
        try:
            v_transfer_data = self.transfer_data
        except AttributeError:
            pass
        else:
            if not isinstance(v_transfer_data, Unset):
                data["transfer_data"] = (
                    v_transfer_data.to_dict()
                    if isinstance(v_transfer_data, PostInvoicesInvoiceBodyTransferDataType0)
                    else v_transfer_data
                )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesInvoiceBody:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_account_tax_ids = d.pop("account_tax_ids", UNSET)
        if v_account_tax_ids is UNSET:
            fill.account_tax_ids = UNSET
        elif (
            type(v_account_tax_ids) is list
            and all(type(item0) is str for item0 in v_account_tax_ids)
        ) or (v_account_tax_ids == ""):
            fill.account_tax_ids = v_account_tax_ids
        else:
            d["account_tax_ids"] = v_account_tax_ids
        v_application_fee_amount = d.pop("application_fee_amount", UNSET)
        if v_application_fee_amount is UNSET:
            fill.application_fee_amount = UNSET
        elif type(v_application_fee_amount) is int:
            fill.application_fee_amount = v_application_fee_amount
        else:
            d["application_fee_amount"] = v_application_fee_amount
        v_auto_advance = d.pop("auto_advance", UNSET)
        if v_auto_advance is UNSET:
            fill.auto_advance = UNSET
        elif type(v_auto_advance) is bool:
            fill.auto_advance = v_auto_advance
        else:
            d["auto_advance"] = v_auto_advance
        v_automatic_tax = d.pop("automatic_tax", UNSET)
        if v_automatic_tax is UNSET:
            fill.automatic_tax = UNSET
        elif type(v_automatic_tax) is dict:
            fill.automatic_tax = PostInvoicesInvoiceBodyAutomaticTax.from_dict(v_automatic_tax)
        else:
            d["automatic_tax"] = v_automatic_tax
        v_automatically_finalizes_at = d.pop("automatically_finalizes_at", UNSET)
        if v_automatically_finalizes_at is UNSET:
            fill.automatically_finalizes_at = UNSET
        elif type(v_automatically_finalizes_at) is int:
            fill.automatically_finalizes_at = v_automatically_finalizes_at
        else:
            d["automatically_finalizes_at"] = v_automatically_finalizes_at
        v_collection_method = d.pop("collection_method", UNSET)
        if v_collection_method is UNSET:
            fill.collection_method = UNSET
        elif type(v_collection_method) is str:
            fill.collection_method = v_collection_method
        else:
            d["collection_method"] = v_collection_method
        v_custom_fields = d.pop("custom_fields", UNSET)
        if v_custom_fields is UNSET:
            fill.custom_fields = UNSET
        elif (
            type(v_custom_fields) is list and all(type(item0) is dict for item0 in v_custom_fields)
        ) or (v_custom_fields == ""):
            fill.custom_fields = (
                [
                    PostInvoicesInvoiceBodyCustomFieldsType0Item.from_dict(item0)
                    for item0 in v_custom_fields
                ]
                if type(v_custom_fields) is list
                and all(type(item0) is dict for item0 in v_custom_fields)
                else v_custom_fields
            )
        else:
            d["custom_fields"] = v_custom_fields
        v_days_until_due = d.pop("days_until_due", UNSET)
        if v_days_until_due is UNSET:
            fill.days_until_due = UNSET
        elif type(v_days_until_due) is int:
            fill.days_until_due = v_days_until_due
        else:
            d["days_until_due"] = v_days_until_due
        v_default_payment_method = d.pop("default_payment_method", UNSET)
        if v_default_payment_method is UNSET:
            fill.default_payment_method = UNSET
        elif type(v_default_payment_method) is str:
            fill.default_payment_method = v_default_payment_method
        else:
            d["default_payment_method"] = v_default_payment_method
        v_default_source = d.pop("default_source", UNSET)
        if v_default_source is UNSET:
            fill.default_source = UNSET
        elif (type(v_default_source) is str) or (v_default_source == ""):
            fill.default_source = v_default_source
        else:
            d["default_source"] = v_default_source
        v_default_tax_rates = d.pop("default_tax_rates", UNSET)
        if v_default_tax_rates is UNSET:
            fill.default_tax_rates = UNSET
        elif (
            type(v_default_tax_rates) is list
            and all(type(item0) is str for item0 in v_default_tax_rates)
        ) or (v_default_tax_rates == ""):
            fill.default_tax_rates = v_default_tax_rates
        else:
            d["default_tax_rates"] = v_default_tax_rates
        v_description = d.pop("description", UNSET)
        if v_description is UNSET:
            fill.description = UNSET
        elif type(v_description) is str:
            fill.description = v_description
        else:
            d["description"] = v_description
        v_discounts = d.pop("discounts", UNSET)
        if v_discounts is UNSET:
            fill.discounts = UNSET
        elif (type(v_discounts) is list and all(type(item0) is dict for item0 in v_discounts)) or (
            v_discounts == ""
        ):
            fill.discounts = (
                [
                    PostInvoicesInvoiceBodyDiscountsType0Item.from_dict(item0)
                    for item0 in v_discounts
                ]
                if type(v_discounts) is list and all(type(item0) is dict for item0 in v_discounts)
                else v_discounts
            )
        else:
            d["discounts"] = v_discounts
        v_due_date = d.pop("due_date", UNSET)
        if v_due_date is UNSET:
            fill.due_date = UNSET
        elif type(v_due_date) is int:
            fill.due_date = v_due_date
        else:
            d["due_date"] = v_due_date
        v_effective_at = d.pop("effective_at", UNSET)
        if v_effective_at is UNSET:
            fill.effective_at = UNSET
        elif (type(v_effective_at) is int) or (v_effective_at == ""):
            fill.effective_at = v_effective_at
        else:
            d["effective_at"] = v_effective_at
        v_expand = d.pop("expand", UNSET)
        if v_expand is UNSET:
            fill.expand = UNSET
        elif type(v_expand) is list and all(type(item0) is str for item0 in v_expand):
            fill.expand = v_expand
        else:
            d["expand"] = v_expand
        v_footer = d.pop("footer", UNSET)
        if v_footer is UNSET:
            fill.footer = UNSET
        elif type(v_footer) is str:
            fill.footer = v_footer
        else:
            d["footer"] = v_footer
        v_issuer = d.pop("issuer", UNSET)
        if v_issuer is UNSET:
            fill.issuer = UNSET
        elif type(v_issuer) is dict:
            fill.issuer = PostInvoicesInvoiceBodyIssuer.from_dict(v_issuer)
        else:
            d["issuer"] = v_issuer
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is UNSET:
            fill.metadata = UNSET
        elif (
            type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values())
        ) or (v_metadata == ""):
            fill.metadata = v_metadata
        else:
            d["metadata"] = v_metadata
        v_number = d.pop("number", UNSET)
        if v_number is UNSET:
            fill.number = UNSET
        elif (type(v_number) is str) or (v_number == ""):
            fill.number = v_number
        else:
            d["number"] = v_number
        v_on_behalf_of = d.pop("on_behalf_of", UNSET)
        if v_on_behalf_of is UNSET:
            fill.on_behalf_of = UNSET
        elif (type(v_on_behalf_of) is str) or (v_on_behalf_of == ""):
            fill.on_behalf_of = v_on_behalf_of
        else:
            d["on_behalf_of"] = v_on_behalf_of
        v_payment_settings = d.pop("payment_settings", UNSET)
        if v_payment_settings is UNSET:
            fill.payment_settings = UNSET
        elif type(v_payment_settings) is dict:
            fill.payment_settings = PostInvoicesInvoiceBodyPaymentSettings.from_dict(
                v_payment_settings
            )
        else:
            d["payment_settings"] = v_payment_settings
        v_rendering = d.pop("rendering", UNSET)
        if v_rendering is UNSET:
            fill.rendering = UNSET
        elif type(v_rendering) is dict:
            fill.rendering = PostInvoicesInvoiceBodyRendering.from_dict(v_rendering)
        else:
            d["rendering"] = v_rendering
        v_shipping_cost = d.pop("shipping_cost", UNSET)
        if v_shipping_cost is UNSET:
            fill.shipping_cost = UNSET
        elif (type(v_shipping_cost) is dict) or (v_shipping_cost == ""):
            fill.shipping_cost = (
                PostInvoicesInvoiceBodyShippingCostType0.from_dict(v_shipping_cost)
                if type(v_shipping_cost) is dict
                else v_shipping_cost
            )
        else:
            d["shipping_cost"] = v_shipping_cost
        v_shipping_details = d.pop("shipping_details", UNSET)
        if v_shipping_details is UNSET:
            fill.shipping_details = UNSET
        elif (type(v_shipping_details) is dict) or (v_shipping_details == ""):
            fill.shipping_details = (
                PostInvoicesInvoiceBodyShippingDetailsType0.from_dict(v_shipping_details)
                if type(v_shipping_details) is dict
                else v_shipping_details
            )
        else:
            d["shipping_details"] = v_shipping_details
        v_statement_descriptor = d.pop("statement_descriptor", UNSET)
        if v_statement_descriptor is UNSET:
            fill.statement_descriptor = UNSET
        elif type(v_statement_descriptor) is str:
            fill.statement_descriptor = v_statement_descriptor
        else:
            d["statement_descriptor"] = v_statement_descriptor
        v_transfer_data = d.pop("transfer_data", UNSET)
        if v_transfer_data is UNSET:
            fill.transfer_data = UNSET
        elif (type(v_transfer_data) is dict) or (v_transfer_data == ""):
            fill.transfer_data = (
                PostInvoicesInvoiceBodyTransferDataType0.from_dict(v_transfer_data)
                if type(v_transfer_data) is dict
                else v_transfer_data
            )
        else:
            d["transfer_data"] = v_transfer_data
        fill.additional_properties = d
        return obj


class PostInvoicesInvoiceBodyParams(TypedDict, total=False):
    """PostInvoicesInvoiceBody as plain data, for request parameters."""

    account_tax_ids: list[str] | PostInvoicesInvoiceBodyAccountTaxIdsType1
    application_fee_amount: int
    auto_advance: bool
    automatic_tax: PostInvoicesInvoiceBodyAutomaticTaxParams | PostInvoicesInvoiceBodyAutomaticTax
    automatically_finalizes_at: int
    collection_method: PostInvoicesInvoiceBodyCollectionMethod
    custom_fields: (
        list[
            PostInvoicesInvoiceBodyCustomFieldsType0ItemParams
            | PostInvoicesInvoiceBodyCustomFieldsType0Item
        ]
        | PostInvoicesInvoiceBodyCustomFieldsType1
    )
    days_until_due: int
    default_payment_method: str
    default_source: str | PostInvoicesInvoiceBodyDefaultSourceType1
    default_tax_rates: list[str] | PostInvoicesInvoiceBodyDefaultTaxRatesType1
    description: str
    discounts: (
        list[
            PostInvoicesInvoiceBodyDiscountsType0ItemParams
            | PostInvoicesInvoiceBodyDiscountsType0Item
        ]
        | PostInvoicesInvoiceBodyDiscountsType1
    )
    due_date: int
    effective_at: int | PostInvoicesInvoiceBodyEffectiveAtType1
    expand: list[str]
    footer: str
    issuer: PostInvoicesInvoiceBodyIssuerParams | PostInvoicesInvoiceBodyIssuer
    metadata: Mapping[str, str] | PostInvoicesInvoiceBodyMetadataType1
    number: str | PostInvoicesInvoiceBodyNumberType1
    on_behalf_of: str | PostInvoicesInvoiceBodyOnBehalfOfType1
    payment_settings: (
        PostInvoicesInvoiceBodyPaymentSettingsParams | PostInvoicesInvoiceBodyPaymentSettings
    )
    rendering: PostInvoicesInvoiceBodyRenderingParams | PostInvoicesInvoiceBodyRendering
    shipping_cost: (
        PostInvoicesInvoiceBodyShippingCostType0Params
        | PostInvoicesInvoiceBodyShippingCostType0
        | PostInvoicesInvoiceBodyShippingCostType1
    )
    shipping_details: (
        PostInvoicesInvoiceBodyShippingDetailsType0Params
        | PostInvoicesInvoiceBodyShippingDetailsType0
        | PostInvoicesInvoiceBodyShippingDetailsType1
    )
    statement_descriptor: str
    transfer_data: (
        PostInvoicesInvoiceBodyTransferDataType0Params
        | PostInvoicesInvoiceBodyTransferDataType0
        | PostInvoicesInvoiceBodyTransferDataType1
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_invoice_body_automatic_tax import PostInvoicesInvoiceBodyAutomaticTax  # noqa: E402
from ..models.post_invoices_invoice_body_custom_fields_type_0_item import (
    PostInvoicesInvoiceBodyCustomFieldsType0Item,  # noqa: E402
)
from ..models.post_invoices_invoice_body_discounts_type_0_item import (
    PostInvoicesInvoiceBodyDiscountsType0Item,  # noqa: E402
)
from ..models.post_invoices_invoice_body_issuer import PostInvoicesInvoiceBodyIssuer  # noqa: E402
from ..models.post_invoices_invoice_body_metadata_type_0 import PostInvoicesInvoiceBodyMetadataType0  # noqa: E402
from ..models.post_invoices_invoice_body_payment_settings import (
    PostInvoicesInvoiceBodyPaymentSettings,  # noqa: E402
)
from ..models.post_invoices_invoice_body_rendering import PostInvoicesInvoiceBodyRendering  # noqa: E402
from ..models.post_invoices_invoice_body_shipping_cost_type_0 import (
    PostInvoicesInvoiceBodyShippingCostType0,  # noqa: E402
)
from ..models.post_invoices_invoice_body_shipping_details_type_0 import (
    PostInvoicesInvoiceBodyShippingDetailsType0,  # noqa: E402
)
from ..models.post_invoices_invoice_body_transfer_data_type_0 import (
    PostInvoicesInvoiceBodyTransferDataType0,  # noqa: E402
)
