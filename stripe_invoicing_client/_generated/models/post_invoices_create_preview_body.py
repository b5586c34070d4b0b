from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_create_preview_body_discounts_type_1 import (
    PostInvoicesCreatePreviewBodyDiscountsType1,
)
from ..models.post_invoices_create_preview_body_on_behalf_of_type_1 import (
    PostInvoicesCreatePreviewBodyOnBehalfOfType1,
)
from ..models.post_invoices_create_preview_body_preview_mode import (
    PostInvoicesCreatePreviewBodyPreviewMode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_invoices_create_preview_body_automatic_tax import (
        PostInvoicesCreatePreviewBodyAutomaticTax,
        PostInvoicesCreatePreviewBodyAutomaticTaxParams,
    )
    from ..models.post_invoices_create_preview_body_customer_details import (
        PostInvoicesCreatePreviewBodyCustomerDetails,
        PostInvoicesCreatePreviewBodyCustomerDetailsParams,
    )
    from ..models.post_invoices_create_preview_body_discounts_type_0_item import (
        PostInvoicesCreatePreviewBodyDiscountsType0Item,
        PostInvoicesCreatePreviewBodyDiscountsType0ItemParams,
    )
    from ..models.post_invoices_create_preview_body_invoice_items_item import (
        PostInvoicesCreatePreviewBodyInvoiceItemsItem,
        PostInvoicesCreatePreviewBodyInvoiceItemsItemParams,
    )
    from ..models.post_invoices_create_preview_body_issuer import (
        PostInvoicesCreatePreviewBodyIssuer,
        PostInvoicesCreatePreviewBodyIssuerParams,
    )
    from ..models.post_invoices_create_preview_body_schedule_details import (
        PostInvoicesCreatePreviewBodyScheduleDetails,
        PostInvoicesCreatePreviewBodyScheduleDetailsParams,
    )
    from ..models.post_invoices_create_preview_body_subscription_details import (
        PostInvoicesCreatePreviewBodySubscriptionDetails,
        PostInvoicesCreatePreviewBodySubscriptionDetailsParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesCreatePreviewBody(Model):
    """PostInvoicesCreatePreviewBody

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    automatic_tax: PostInvoicesCreatePreviewBodyAutomaticTax | Unset = UNSET
    currency: str | Unset = UNSET
    customer: str | Unset = UNSET
    customer_account: str | Unset = UNSET
    customer_details: PostInvoicesCreatePreviewBodyCustomerDetails | Unset = UNSET
    discounts: (
        list[PostInvoicesCreatePreviewBodyDiscountsType0Item]
        | PostInvoicesCreatePreviewBodyDiscountsType1
        | Unset
    ) = UNSET
    expand: list[str] | Unset = UNSET
    invoice_items: list[PostInvoicesCreatePreviewBodyInvoiceItemsItem] | Unset = UNSET
    issuer: PostInvoicesCreatePreviewBodyIssuer | Unset = UNSET
    on_behalf_of: PostInvoicesCreatePreviewBodyOnBehalfOfType1 | str | Unset = UNSET
    preview_mode: PostInvoicesCreatePreviewBodyPreviewMode | Unset = UNSET
    schedule: str | Unset = UNSET
    schedule_details: PostInvoicesCreatePreviewBodyScheduleDetails | Unset = UNSET
    subscription: str | Unset = UNSET
    subscription_details: PostInvoicesCreatePreviewBodySubscriptionDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("automatic_tax", "automatic_tax", "PostInvoicesCreatePreviewBodyAutomaticTax"),
        ("currency", "currency", "str"),
        ("customer", "customer", "str"),
        ("customer_account", "customer_account", "str"),
        ("customer_details", "customer_details", "PostInvoicesCreatePreviewBodyCustomerDetails"),
        (
            "discounts",
            "discounts",
            "list[PostInvoicesCreatePreviewBodyDiscountsType0Item] | PostInvoicesCreatePreviewBodyDiscountsType1",
        ),
        ("expand", "expand", "list[str]"),
        ("invoice_items", "invoice_items", "list[PostInvoicesCreatePreviewBodyInvoiceItemsItem]"),
        ("issuer", "issuer", "PostInvoicesCreatePreviewBodyIssuer"),
        ("on_behalf_of", "on_behalf_of", "PostInvoicesCreatePreviewBodyOnBehalfOfType1 | str"),
        ("preview_mode", "preview_mode", "PostInvoicesCreatePreviewBodyPreviewMode"),
        ("schedule", "schedule", "str"),
        ("schedule_details", "schedule_details", "PostInvoicesCreatePreviewBodyScheduleDetails"),
        ("subscription", "subscription", "str"),
        (
            "subscription_details",
            "subscription_details",
            "PostInvoicesCreatePreviewBodySubscriptionDetails",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_automatic_tax = self.automatic_tax
        except AttributeError:
            pass
        else:
            if not isinstance(v_automatic_tax, Unset):
                data["automatic_tax"] = v_automatic_tax.to_dict()
        try:
            v_currency = self.currency
        except AttributeError:
            pass
        else:
            if not isinstance(v_currency, Unset):
                data["currency"] = v_currency
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
            v_customer_details = self.customer_details
        except AttributeError:
            pass
        else:
            if not isinstance(v_customer_details, Unset):
                data["customer_details"] = v_customer_details.to_dict()
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
            v_expand = self.expand
        except AttributeError:
            pass
        else:
            if not isinstance(v_expand, Unset):
                data["expand"] = v_expand
        try:
            v_invoice_items = self.invoice_items
        except AttributeError:
            pass
        else:
            if not isinstance(v_invoice_items, Unset):
                data["invoice_items"] = [item0.to_dict() for item0 in v_invoice_items]
        try:
            v_issuer = self.issuer
        except AttributeError:
            pass
        else:
            if not isinstance(v_issuer, Unset):
                data["issuer"] = v_issuer.to_dict()
        try:
            v_on_behalf_of = self.on_behalf_of
        except AttributeError:
            pass
        else:
            if not isinstance(v_on_behalf_of, Unset):
                data["on_behalf_of"] = v_on_behalf_of
        try:
            v_preview_mode = self.preview_mode
        except AttributeError:
            pass
        else:
            if not isinstance(v_preview_mode, Unset):
                data["preview_mode"] = v_preview_mode
        try:
            v_schedule = self.schedule
        except AttributeError:
            pass
        else:
            if not isinstance(v_schedule, Unset):
                data["schedule"] = v_schedule
        try:
            v_schedule_details = self.schedule_details
        except AttributeError:
            pass
        else:
            if not isinstance(v_schedule_details, Unset):
                data["schedule_details"] = v_schedule_details.to_dict()
        try:
            v_subscription = self.subscription
        except AttributeError:
            pass
        else:
            if not isinstance(v_subscription, Unset):
                data["subscription"] = v_subscription
        try:
            v_subscription_details = self.subscription_details
        except AttributeError:
            pass
        else:
            if not isinstance(v_subscription_details, Unset):
                data["subscription_details"] = v_subscription_details.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesCreatePreviewBody:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_automatic_tax = d.pop("automatic_tax", UNSET)
        if v_automatic_tax is UNSET:
            fill.automatic_tax = UNSET
        elif type(v_automatic_tax) is dict:
            fill.automatic_tax = PostInvoicesCreatePreviewBodyAutomaticTax.from_dict(
                v_automatic_tax
            )
        else:
            d["automatic_tax"] = v_automatic_tax
        v_currency = d.pop("currency", UNSET)
        if v_currency is UNSET:
            fill.currency = UNSET
        elif type(v_currency) is str:
            fill.currency = v_currency
        else:
            d["currency"] = v_currency
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
        v_customer_details = d.pop("customer_details", UNSET)
        if v_customer_details is UNSET:
            fill.customer_details = UNSET
        elif type(v_customer_details) is dict:
            fill.customer_details = PostInvoicesCreatePreviewBodyCustomerDetails.from_dict(
                v_customer_details
            )
        else:
            d["customer_details"] = v_customer_details
        v_discounts = d.pop("discounts", UNSET)
        if v_discounts is UNSET:
            fill.discounts = UNSET
        elif (type(v_discounts) is list and all(type(item0) is dict for item0 in v_discounts)) or (
            v_discounts == ""
        ):
            fill.discounts = (
                [
                    PostInvoicesCreatePreviewBodyDiscountsType0Item.from_dict(item0)
                    for item0 in v_discounts
                ]
                if type(v_discounts) is list and all(type(item0) is dict for item0 in v_discounts)
                else v_discounts
            )
        else:
            d["discounts"] = v_discounts
        v_expand = d.pop("expand", UNSET)
        if v_expand is UNSET:
            fill.expand = UNSET
        elif type(v_expand) is list and all(type(item0) is str for item0 in v_expand):
            fill.expand = v_expand
        else:
            d["expand"] = v_expand
        v_invoice_items = d.pop("invoice_items", UNSET)
        if v_invoice_items is UNSET:
            fill.invoice_items = UNSET
        elif type(v_invoice_items) is list and all(
            type(item0) is dict for item0 in v_invoice_items
        ):
            fill.invoice_items = [
                PostInvoicesCreatePreviewBodyInvoiceItemsItem.from_dict(item0)
                for item0 in v_invoice_items
            ]
        else:
            d["invoice_items"] = v_invoice_items
        v_issuer = d.pop("issuer", UNSET)
        if v_issuer is UNSET:
            fill.issuer = UNSET
        elif type(v_issuer) is dict:
            fill.issuer = PostInvoicesCreatePreviewBodyIssuer.from_dict(v_issuer)
        else:
            d["issuer"] = v_issuer
        v_on_behalf_of = d.pop("on_behalf_of", UNSET)
        if v_on_behalf_of is UNSET:
            fill.on_behalf_of = UNSET
        elif (type(v_on_behalf_of) is str) or (v_on_behalf_of == ""):
            fill.on_behalf_of = v_on_behalf_of
        else:
            d["on_behalf_of"] = v_on_behalf_of
        v_preview_mode = d.pop("preview_mode", UNSET)
        if v_preview_mode is UNSET:
            fill.preview_mode = UNSET
        elif type(v_preview_mode) is str:
            fill.preview_mode = v_preview_mode
        else:
            d["preview_mode"] = v_preview_mode
        v_schedule = d.pop("schedule", UNSET)
        if v_schedule is UNSET:
            fill.schedule = UNSET
        elif type(v_schedule) is str:
            fill.schedule = v_schedule
        else:
            d["schedule"] = v_schedule
        v_schedule_details = d.pop("schedule_details", UNSET)
        if v_schedule_details is UNSET:
            fill.schedule_details = UNSET
        elif type(v_schedule_details) is dict:
            fill.schedule_details = PostInvoicesCreatePreviewBodyScheduleDetails.from_dict(
                v_schedule_details
            )
        else:
            d["schedule_details"] = v_schedule_details
        v_subscription = d.pop("subscription", UNSET)
        if v_subscription is UNSET:
            fill.subscription = UNSET
        elif type(v_subscription) is str:
            fill.subscription = v_subscription
        else:
            d["subscription"] = v_subscription
        v_subscription_details = d.pop("subscription_details", UNSET)
        if v_subscription_details is UNSET:
            fill.subscription_details = UNSET
        elif type(v_subscription_details) is dict:
            fill.subscription_details = PostInvoicesCreatePreviewBodySubscriptionDetails.from_dict(
                v_subscription_details
            )
        else:
            d["subscription_details"] = v_subscription_details
        fill.additional_properties = d
        return obj


class PostInvoicesCreatePreviewBodyParams(TypedDict, total=False):
    """PostInvoicesCreatePreviewBody as plain data, for request parameters."""

    automatic_tax: (
        PostInvoicesCreatePreviewBodyAutomaticTaxParams | PostInvoicesCreatePreviewBodyAutomaticTax
    )
    currency: str
    customer: str
    customer_account: str
    customer_details: (
        PostInvoicesCreatePreviewBodyCustomerDetailsParams
        | PostInvoicesCreatePreviewBodyCustomerDetails
    )
    discounts: (
        list[
            PostInvoicesCreatePreviewBodyDiscountsType0ItemParams
            | PostInvoicesCreatePreviewBodyDiscountsType0Item
        ]
        | PostInvoicesCreatePreviewBodyDiscountsType1
    )
    expand: list[str]
    invoice_items: list[
        PostInvoicesCreatePreviewBodyInvoiceItemsItemParams
        | PostInvoicesCreatePreviewBodyInvoiceItemsItem
    ]
    issuer: PostInvoicesCreatePreviewBodyIssuerParams | PostInvoicesCreatePreviewBodyIssuer
    on_behalf_of: str | PostInvoicesCreatePreviewBodyOnBehalfOfType1
    preview_mode: PostInvoicesCreatePreviewBodyPreviewMode
    schedule: str
    schedule_details: (
        PostInvoicesCreatePreviewBodyScheduleDetailsParams
        | PostInvoicesCreatePreviewBodyScheduleDetails
    )
    subscription: str
    subscription_details: (
        PostInvoicesCreatePreviewBodySubscriptionDetailsParams
        | PostInvoicesCreatePreviewBodySubscriptionDetails
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_create_preview_body_automatic_tax import (
    PostInvoicesCreatePreviewBodyAutomaticTax,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_customer_details import (
    PostInvoicesCreatePreviewBodyCustomerDetails,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_discounts_type_0_item import (
    PostInvoicesCreatePreviewBodyDiscountsType0Item,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_invoice_items_item import (
    PostInvoicesCreatePreviewBodyInvoiceItemsItem,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_issuer import PostInvoicesCreatePreviewBodyIssuer  # noqa: E402
from ..models.post_invoices_create_preview_body_schedule_details import (
    PostInvoicesCreatePreviewBodyScheduleDetails,  # noqa: E402
)
from ..models.post_invoices_create_preview_body_subscription_details import (
    PostInvoicesCreatePreviewBodySubscriptionDetails,  # noqa: E402
)
