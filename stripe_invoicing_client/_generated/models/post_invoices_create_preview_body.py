from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
class PostInvoicesCreatePreviewBody:
    """PostInvoicesCreatePreviewBody

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
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

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_automatic_tax = self.automatic_tax
        if not isinstance(v_automatic_tax, Unset):
            data["automatic_tax"] = v_automatic_tax.to_dict()
        v_currency = self.currency
        if not isinstance(v_currency, Unset):
            data["currency"] = v_currency
        v_customer = self.customer
        if not isinstance(v_customer, Unset):
            data["customer"] = v_customer
        v_customer_account = self.customer_account
        if not isinstance(v_customer_account, Unset):
            data["customer_account"] = v_customer_account
        v_customer_details = self.customer_details
        if not isinstance(v_customer_details, Unset):
            data["customer_details"] = v_customer_details.to_dict()
        v_discounts = self.discounts
        if not isinstance(v_discounts, Unset):
            data["discounts"] = (
                [item0.to_dict() for item0 in v_discounts]
                if isinstance(v_discounts, list)
                else v_discounts
            )
        v_expand = self.expand
        if not isinstance(v_expand, Unset):
            data["expand"] = v_expand
        v_invoice_items = self.invoice_items
        if not isinstance(v_invoice_items, Unset):
            data["invoice_items"] = [item0.to_dict() for item0 in v_invoice_items]
        v_issuer = self.issuer
        if not isinstance(v_issuer, Unset):
            data["issuer"] = v_issuer.to_dict()
        v_on_behalf_of = self.on_behalf_of
        if not isinstance(v_on_behalf_of, Unset):
            data["on_behalf_of"] = v_on_behalf_of
        v_preview_mode = self.preview_mode
        if not isinstance(v_preview_mode, Unset):
            data["preview_mode"] = v_preview_mode
        v_schedule = self.schedule
        if not isinstance(v_schedule, Unset):
            data["schedule"] = v_schedule
        v_schedule_details = self.schedule_details
        if not isinstance(v_schedule_details, Unset):
            data["schedule_details"] = v_schedule_details.to_dict()
        v_subscription = self.subscription
        if not isinstance(v_subscription, Unset):
            data["subscription"] = v_subscription
        v_subscription_details = self.subscription_details
        if not isinstance(v_subscription_details, Unset):
            data["subscription_details"] = v_subscription_details.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesCreatePreviewBody:
        d = dict(src_dict)
        v_automatic_tax = d.pop("automatic_tax", UNSET)
        if v_automatic_tax is not UNSET:
            if type(v_automatic_tax) is dict:
                v_automatic_tax = PostInvoicesCreatePreviewBodyAutomaticTax.from_dict(
                    v_automatic_tax
                )
            else:
                d["automatic_tax"] = v_automatic_tax
                v_automatic_tax = UNSET
        v_currency = d.pop("currency", UNSET)
        if v_currency is not UNSET and not (type(v_currency) is str):
            d["currency"] = v_currency
            v_currency = UNSET
        v_customer = d.pop("customer", UNSET)
        if v_customer is not UNSET and not (type(v_customer) is str):
            d["customer"] = v_customer
            v_customer = UNSET
        v_customer_account = d.pop("customer_account", UNSET)
        if v_customer_account is not UNSET and not (type(v_customer_account) is str):
            d["customer_account"] = v_customer_account
            v_customer_account = UNSET
        v_customer_details = d.pop("customer_details", UNSET)
        if v_customer_details is not UNSET:
            if type(v_customer_details) is dict:
                v_customer_details = PostInvoicesCreatePreviewBodyCustomerDetails.from_dict(
                    v_customer_details
                )
            else:
                d["customer_details"] = v_customer_details
                v_customer_details = UNSET
        v_discounts = d.pop("discounts", UNSET)
        if v_discounts is not UNSET:
            if (
                type(v_discounts) is list and all(type(item0) is dict for item0 in v_discounts)
            ) or (v_discounts == ""):
                v_discounts = (
                    [
                        PostInvoicesCreatePreviewBodyDiscountsType0Item.from_dict(item0)
                        for item0 in v_discounts
                    ]
                    if type(v_discounts) is list
                    and all(type(item0) is dict for item0 in v_discounts)
                    else v_discounts
                )
            else:
                d["discounts"] = v_discounts
                v_discounts = UNSET
        v_expand = d.pop("expand", UNSET)
        if v_expand is not UNSET and not (
            type(v_expand) is list and all(type(item0) is str for item0 in v_expand)
        ):
            d["expand"] = v_expand
            v_expand = UNSET
        v_invoice_items = d.pop("invoice_items", UNSET)
        if v_invoice_items is not UNSET:
            if type(v_invoice_items) is list and all(
                type(item0) is dict for item0 in v_invoice_items
            ):
                v_invoice_items = [
                    PostInvoicesCreatePreviewBodyInvoiceItemsItem.from_dict(item0)
                    for item0 in v_invoice_items
                ]
            else:
                d["invoice_items"] = v_invoice_items
                v_invoice_items = UNSET
        v_issuer = d.pop("issuer", UNSET)
        if v_issuer is not UNSET:
            if type(v_issuer) is dict:
                v_issuer = PostInvoicesCreatePreviewBodyIssuer.from_dict(v_issuer)
            else:
                d["issuer"] = v_issuer
                v_issuer = UNSET
        v_on_behalf_of = d.pop("on_behalf_of", UNSET)
        if v_on_behalf_of is not UNSET and not (
            (type(v_on_behalf_of) is str) or (v_on_behalf_of == "")
        ):
            d["on_behalf_of"] = v_on_behalf_of
            v_on_behalf_of = UNSET
        v_preview_mode = d.pop("preview_mode", UNSET)
        if v_preview_mode is not UNSET and not (type(v_preview_mode) is str):
            d["preview_mode"] = v_preview_mode
            v_preview_mode = UNSET
        v_schedule = d.pop("schedule", UNSET)
        if v_schedule is not UNSET and not (type(v_schedule) is str):
            d["schedule"] = v_schedule
            v_schedule = UNSET
        v_schedule_details = d.pop("schedule_details", UNSET)
        if v_schedule_details is not UNSET:
            if type(v_schedule_details) is dict:
                v_schedule_details = PostInvoicesCreatePreviewBodyScheduleDetails.from_dict(
                    v_schedule_details
                )
            else:
                d["schedule_details"] = v_schedule_details
                v_schedule_details = UNSET
        v_subscription = d.pop("subscription", UNSET)
        if v_subscription is not UNSET and not (type(v_subscription) is str):
            d["subscription"] = v_subscription
            v_subscription = UNSET
        v_subscription_details = d.pop("subscription_details", UNSET)
        if v_subscription_details is not UNSET:
            if type(v_subscription_details) is dict:
                v_subscription_details = PostInvoicesCreatePreviewBodySubscriptionDetails.from_dict(
                    v_subscription_details
                )
            else:
                d["subscription_details"] = v_subscription_details
                v_subscription_details = UNSET
        obj = cls(
            automatic_tax=v_automatic_tax,
            currency=v_currency,
            customer=v_customer,
            customer_account=v_customer_account,
            customer_details=v_customer_details,
            discounts=v_discounts,
            expand=v_expand,
            invoice_items=v_invoice_items,
            issuer=v_issuer,
            on_behalf_of=v_on_behalf_of,
            preview_mode=v_preview_mode,
            schedule=v_schedule,
            schedule_details=v_schedule_details,
            subscription=v_subscription,
            subscription_details=v_subscription_details,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
