from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_body_account_tax_ids_type_1 import (
    PostInvoicesBodyAccountTaxIdsType1,
)
from ..models.post_invoices_body_collection_method import (
    PostInvoicesBodyCollectionMethod,
)
from ..models.post_invoices_body_custom_fields_type_1 import (
    PostInvoicesBodyCustomFieldsType1,
)
from ..models.post_invoices_body_discounts_type_1 import (
    PostInvoicesBodyDiscountsType1,
)
from ..models.post_invoices_body_metadata_type_1 import (
    PostInvoicesBodyMetadataType1,
)
from ..models.post_invoices_body_pending_invoice_items_behavior import (
    PostInvoicesBodyPendingInvoiceItemsBehavior,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_body_automatic_tax import (
        PostInvoicesBodyAutomaticTax,
        PostInvoicesBodyAutomaticTaxParams,
    )
    from ..models.post_invoices_body_custom_fields_type_0_item import (
        PostInvoicesBodyCustomFieldsType0Item,
        PostInvoicesBodyCustomFieldsType0ItemParams,
    )
    from ..models.post_invoices_body_discounts_type_0_item import (
        PostInvoicesBodyDiscountsType0Item,
        PostInvoicesBodyDiscountsType0ItemParams,
    )
    from ..models.post_invoices_body_from_invoice import (
        PostInvoicesBodyFromInvoice,
        PostInvoicesBodyFromInvoiceParams,
    )
    from ..models.post_invoices_body_issuer import (
        PostInvoicesBodyIssuer,
        PostInvoicesBodyIssuerParams,
    )
    from ..models.post_invoices_body_metadata_type_0 import PostInvoicesBodyMetadataType0
    from ..models.post_invoices_body_payment_settings import (
        PostInvoicesBodyPaymentSettings,
        PostInvoicesBodyPaymentSettingsParams,
    )
    from ..models.post_invoices_body_rendering import (
        PostInvoicesBodyRendering,
        PostInvoicesBodyRenderingParams,
    )
    from ..models.post_invoices_body_shipping_cost import (
        PostInvoicesBodyShippingCost,
        PostInvoicesBodyShippingCostParams,
    )
    from ..models.post_invoices_body_shipping_details import (
        PostInvoicesBodyShippingDetails,
        PostInvoicesBodyShippingDetailsParams,
    )
    from ..models.post_invoices_body_transfer_data import (
        PostInvoicesBodyTransferData,
        PostInvoicesBodyTransferDataParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesBody(Model):
    """PostInvoicesBody

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    account_tax_ids: list[str] | PostInvoicesBodyAccountTaxIdsType1 | Unset = UNSET
    application_fee_amount: int | Unset = UNSET
    auto_advance: bool | Unset = UNSET
    automatic_tax: PostInvoicesBodyAutomaticTax | Unset = UNSET
    automatically_finalizes_at: int | Unset = UNSET
    collection_method: PostInvoicesBodyCollectionMethod | Unset = UNSET
    currency: str | Unset = UNSET
    custom_fields: (
        list[PostInvoicesBodyCustomFieldsType0Item] | PostInvoicesBodyCustomFieldsType1 | Unset
    ) = UNSET
    customer: str | Unset = UNSET
    customer_account: str | Unset = UNSET
    days_until_due: int | Unset = UNSET
    default_payment_method: str | Unset = UNSET
    default_source: str | Unset = UNSET
    default_tax_rates: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    discounts: list[PostInvoicesBodyDiscountsType0Item] | PostInvoicesBodyDiscountsType1 | Unset = (
        UNSET
    )
    due_date: int | Unset = UNSET
    effective_at: int | Unset = UNSET
    expand: list[str] | Unset = UNSET
    footer: str | Unset = UNSET
    from_invoice: PostInvoicesBodyFromInvoice | Unset = UNSET
    issuer: PostInvoicesBodyIssuer | Unset = UNSET
    metadata: PostInvoicesBodyMetadataType0 | PostInvoicesBodyMetadataType1 | Unset = UNSET
    number: str | Unset = UNSET
    on_behalf_of: str | Unset = UNSET
    payment_settings: PostInvoicesBodyPaymentSettings | Unset = UNSET
    pending_invoice_items_behavior: PostInvoicesBodyPendingInvoiceItemsBehavior | Unset = UNSET
    rendering: PostInvoicesBodyRendering | Unset = UNSET
    shipping_cost: PostInvoicesBodyShippingCost | Unset = UNSET
    shipping_details: PostInvoicesBodyShippingDetails | Unset = UNSET
    statement_descriptor: str | Unset = UNSET
    subscription: str | Unset = UNSET
    transfer_data: PostInvoicesBodyTransferData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("account_tax_ids", "account_tax_ids", "list[str] | PostInvoicesBodyAccountTaxIdsType1"),
        ("application_fee_amount", "application_fee_amount", "int"),
        ("auto_advance", "auto_advance", "bool"),
        ("automatic_tax", "automatic_tax", "PostInvoicesBodyAutomaticTax"),
        ("automatically_finalizes_at", "automatically_finalizes_at", "int"),
        ("collection_method", "collection_method", "PostInvoicesBodyCollectionMethod"),
        ("currency", "currency", "str"),
        (
            "custom_fields",
            "custom_fields",
            "list[PostInvoicesBodyCustomFieldsType0Item] | PostInvoicesBodyCustomFieldsType1",
        ),
        ("customer", "customer", "str"),
        ("customer_account", "customer_account", "str"),
        ("days_until_due", "days_until_due", "int"),
        ("default_payment_method", "default_payment_method", "str"),
        ("default_source", "default_source", "str"),
        ("default_tax_rates", "default_tax_rates", "list[str]"),
        ("description", "description", "str"),
        (
            "discounts",
            "discounts",
            "list[PostInvoicesBodyDiscountsType0Item] | PostInvoicesBodyDiscountsType1",
        ),
        ("due_date", "due_date", "int"),
        ("effective_at", "effective_at", "int"),
        ("expand", "expand", "list[str]"),
        ("footer", "footer", "str"),
        ("from_invoice", "from_invoice", "PostInvoicesBodyFromInvoice"),
        ("issuer", "issuer", "PostInvoicesBodyIssuer"),
        ("metadata", "metadata", "PostInvoicesBodyMetadataType0 | PostInvoicesBodyMetadataType1"),
        ("number", "number", "str"),
        ("on_behalf_of", "on_behalf_of", "str"),
        ("payment_settings", "payment_settings", "PostInvoicesBodyPaymentSettings"),
        (
            "pending_invoice_items_behavior",
            "pending_invoice_items_behavior",
            "PostInvoicesBodyPendingInvoiceItemsBehavior",
        ),
        ("rendering", "rendering", "PostInvoicesBodyRendering"),
        ("shipping_cost", "shipping_cost", "PostInvoicesBodyShippingCost"),
        ("shipping_details", "shipping_details", "PostInvoicesBodyShippingDetails"),
        ("statement_descriptor", "statement_descriptor", "str"),
        ("subscription", "subscription", "str"),
        ("transfer_data", "transfer_data", "PostInvoicesBodyTransferData"),
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
            v_currency = self.currency
        except AttributeError:
            pass
        else:
            if not isinstance(v_currency, Unset):
                data["currency"] = v_currency
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
            v_customer = self.customer
        except AttributeError:
            pass
        else:
            if not isinstance(v_customer, Unset):
                data["customer"] = v_customer
        try:
            v_customer_account = self.customer_account
        except AttributeError:
            pass
        else:
            if not isinstance(v_customer_account, Unset):
                data["customer_account"] = v_customer_account
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
            v_from_invoice = self.from_invoice
        except AttributeError:
            pass
        else:
            if not isinstance(v_from_invoice, Unset):
                data["from_invoice"] = v_from_invoice.to_dict()
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
            v_pending_invoice_items_behavior = self.pending_invoice_items_behavior
        except AttributeError:
            pass
        else:
            if not isinstance(v_pending_invoice_items_behavior, Unset):
                data["pending_invoice_items_behavior"] = v_pending_invoice_items_behavior
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
                data["shipping_cost"] = v_shipping_cost.to_dict()
        try:
            v_shipping_details = self.shipping_details
        except AttributeError:
            pass
        else:
            if not isinstance(v_shipping_details, Unset):
                data["shipping_details"] = v_shipping_details.to_dict()
        try:
            v_statement_descriptor = self.statement_descriptor
        except AttributeError:
            pass
        else:
            if not isinstance(v_statement_descriptor, Unset):
                data["statement_descriptor"] = v_statement_descriptor
        try:
            v_subscription = self.subscription
        except AttributeError:
            pass
        else:
            if not isinstance(v_subscription, Unset):
                data["subscription"] = v_subscription
        try:
            v_transfer_data = self.transfer_data
        except AttributeError:
            pass
        else:
            if not isinstance(v_transfer_data, Unset):
                data["transfer_data"] = v_transfer_data.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesBody:
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
            fill.automatic_tax = PostInvoicesBodyAutomaticTax.from_dict(v_automatic_tax)
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
        v_currency = d.pop("currency", UNSET)
        if v_currency is UNSET:
            fill.currency = UNSET
        elif type(v_currency) is str:
            fill.currency = v_currency
        else:
            d["currency"] = v_currency
        v_custom_fields = d.pop("custom_fields", UNSET)
        if v_custom_fields is UNSET:
            fill.custom_fields = UNSET
        elif (
            type(v_custom_fields) is list and all(type(item0) is dict for item0 in v_custom_fields)
        ) or (v_custom_fields == ""):
            fill.custom_fields = (
                [
                    PostInvoicesBodyCustomFieldsType0Item.from_dict(item0)
                    for item0 in v_custom_fields
                ]
                if type(v_custom_fields) is list
                and all(type(item0) is dict for item0 in v_custom_fields)
                else v_custom_fields
            )
        else:
            d["custom_fields"] = v_custom_fields
        v_customer = d.pop("customer", UNSET)
        if v_customer is UNSET:
            fill.customer = UNSET
        elif type(v_customer) is str:
            fill.customer = v_customer
        else:
            d["customer"] = v_customer
        v_customer_account = d.pop("customer_account", UNSET)
        if v_customer_account is UNSET:
            fill.customer_account = UNSET
        elif type(v_customer_account) is str:
            fill.customer_account = v_customer_account
        else:
            d["customer_account"] = v_customer_account
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
        elif type(v_default_source) is str:
            fill.default_source = v_default_source
        else:
            d["default_source"] = v_default_source
        v_default_tax_rates = d.pop("default_tax_rates", UNSET)
        if v_default_tax_rates is UNSET:
            fill.default_tax_rates = UNSET
        elif type(v_default_tax_rates) is list and all(
            type(item0) is str for item0 in v_default_tax_rates
        ):
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
                [PostInvoicesBodyDiscountsType0Item.from_dict(item0) for item0 in v_discounts]
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
        elif type(v_effective_at) is int:
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
        v_from_invoice = d.pop("from_invoice", UNSET)
        if v_from_invoice is UNSET:
            fill.from_invoice = UNSET
        elif type(v_from_invoice) is dict:
            fill.from_invoice = PostInvoicesBodyFromInvoice.from_dict(v_from_invoice)
        else:
            d["from_invoice"] = v_from_invoice
        v_issuer = d.pop("issuer", UNSET)
        if v_issuer is UNSET:
            fill.issuer = UNSET
        elif type(v_issuer) is dict:
            fill.issuer = PostInvoicesBodyIssuer.from_dict(v_issuer)
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
        elif type(v_number) is str:
            fill.number = v_number
        else:
            d["number"] = v_number
        v_on_behalf_of = d.pop("on_behalf_of", UNSET)
        if v_on_behalf_of is UNSET:
            fill.on_behalf_of = UNSET
        elif type(v_on_behalf_of) is str:
            fill.on_behalf_of = v_on_behalf_of
        else:
            d["on_behalf_of"] = v_on_behalf_of
        v_payment_settings = d.pop("payment_settings", UNSET)
        if v_payment_settings is UNSET:
            fill.payment_settings = UNSET
        elif type(v_payment_settings) is dict:
            fill.payment_settings = PostInvoicesBodyPaymentSettings.from_dict(v_payment_settings)
        else:
            d["payment_settings"] = v_payment_settings
        v_pending_invoice_items_behavior = d.pop("pending_invoice_items_behavior", UNSET)
        if v_pending_invoice_items_behavior is UNSET:
            fill.pending_invoice_items_behavior = UNSET
        elif type(v_pending_invoice_items_behavior) is str:
            fill.pending_invoice_items_behavior = v_pending_invoice_items_behavior
        else:
            d["pending_invoice_items_behavior"] = v_pending_invoice_items_behavior
        v_rendering = d.pop("rendering", UNSET)
        if v_rendering is UNSET:
            fill.rendering = UNSET
        elif type(v_rendering) is dict:
            fill.rendering = PostInvoicesBodyRendering.from_dict(v_rendering)
        else:
            d["rendering"] = v_rendering
        v_shipping_cost = d.pop("shipping_cost", UNSET)
        if v_shipping_cost is UNSET:
            fill.shipping_cost = UNSET
        elif type(v_shipping_cost) is dict:
            fill.shipping_cost = PostInvoicesBodyShippingCost.from_dict(v_shipping_cost)
        else:
            d["shipping_cost"] = v_shipping_cost
        v_shipping_details = d.pop("shipping_details", UNSET)
        if v_shipping_details is UNSET:
            fill.shipping_details = UNSET
        elif type(v_shipping_details) is dict:
            fill.shipping_details = PostInvoicesBodyShippingDetails.from_dict(v_shipping_details)
        else:
            d["shipping_details"] = v_shipping_details
        v_statement_descriptor = d.pop("statement_descriptor", UNSET)
        if v_statement_descriptor is UNSET:
            fill.statement_descriptor = UNSET
        elif type(v_statement_descriptor) is str:
            fill.statement_descriptor = v_statement_descriptor
        else:
            d["statement_descriptor"] = v_statement_descriptor
        v_subscription = d.pop("subscription", UNSET)
        if v_subscription is UNSET:
            fill.subscription = UNSET
        elif type(v_subscription) is str:
            fill.subscription = v_subscription
        else:
            d["subscription"] = v_subscription
        v_transfer_data = d.pop("transfer_data", UNSET)
        if v_transfer_data is UNSET:
            fill.transfer_data = UNSET
        elif type(v_transfer_data) is dict:
            fill.transfer_data = PostInvoicesBodyTransferData.from_dict(v_transfer_data)
        else:
            d["transfer_data"] = v_transfer_data
        fill.additional_properties = d
        return obj


class PostInvoicesBodyParams(TypedDict, total=False):
    """PostInvoicesBody as plain data, for request parameters."""

    account_tax_ids: list[str] | PostInvoicesBodyAccountTaxIdsType1
    application_fee_amount: int
    auto_advance: bool
    automatic_tax: PostInvoicesBodyAutomaticTaxParams | PostInvoicesBodyAutomaticTax
    automatically_finalizes_at: int
    collection_method: PostInvoicesBodyCollectionMethod
    currency: str
    custom_fields: (
        list[PostInvoicesBodyCustomFieldsType0ItemParams | PostInvoicesBodyCustomFieldsType0Item]
        | PostInvoicesBodyCustomFieldsType1
    )
    customer: str
    customer_account: str
    days_until_due: int
    default_payment_method: str
    default_source: str
    default_tax_rates: list[str]
    description: str
    discounts: (
        list[PostInvoicesBodyDiscountsType0ItemParams | PostInvoicesBodyDiscountsType0Item]
        | PostInvoicesBodyDiscountsType1
    )
    due_date: int
    effective_at: int
    expand: list[str]
    footer: str
    from_invoice: PostInvoicesBodyFromInvoiceParams | PostInvoicesBodyFromInvoice
    issuer: PostInvoicesBodyIssuerParams | PostInvoicesBodyIssuer
    metadata: Mapping[str, str] | PostInvoicesBodyMetadataType1
    number: str
    on_behalf_of: str
    payment_settings: PostInvoicesBodyPaymentSettingsParams | PostInvoicesBodyPaymentSettings
    pending_invoice_items_behavior: PostInvoicesBodyPendingInvoiceItemsBehavior
    rendering: PostInvoicesBodyRenderingParams | PostInvoicesBodyRendering
    shipping_cost: PostInvoicesBodyShippingCostParams | PostInvoicesBodyShippingCost
    shipping_details: PostInvoicesBodyShippingDetailsParams | PostInvoicesBodyShippingDetails
    statement_descriptor: str
    subscription: str
    transfer_data: PostInvoicesBodyTransferDataParams | PostInvoicesBodyTransferData


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_body_automatic_tax import PostInvoicesBodyAutomaticTax  # noqa: E402
from ..models.post_invoices_body_custom_fields_type_0_item import (
    PostInvoicesBodyCustomFieldsType0Item,  # noqa: E402
)
from ..models.post_invoices_body_discounts_type_0_item import PostInvoicesBodyDiscountsType0Item  # noqa: E402
from ..models.post_invoices_body_from_invoice import PostInvoicesBodyFromInvoice  # noqa: E402
from ..models.post_invoices_body_issuer import PostInvoicesBodyIssuer  # noqa: E402
from ..models.post_invoices_body_metadata_type_0 import PostInvoicesBodyMetadataType0  # noqa: E402
from ..models.post_invoices_body_payment_settings import PostInvoicesBodyPaymentSettings  # noqa: E402
from ..models.post_invoices_body_rendering import PostInvoicesBodyRendering  # noqa: E402
from ..models.post_invoices_body_shipping_cost import PostInvoicesBodyShippingCost  # noqa: E402
from ..models.post_invoices_body_shipping_details import PostInvoicesBodyShippingDetails  # noqa: E402
from ..models.post_invoices_body_transfer_data import PostInvoicesBodyTransferData  # noqa: E402
