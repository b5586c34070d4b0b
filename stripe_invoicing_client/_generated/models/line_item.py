from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.line_item_object import LineItemObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.billing_bill_resource_invoicing_lines_parents_invoice_line_item_parent import (
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent,
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemParentParams,
    )
    from ..models.billing_bill_resource_invoicing_pricing_pricing import (
        BillingBillResourceInvoicingPricingPricing,
        BillingBillResourceInvoicingPricingPricingParams,
    )
    from ..models.billing_bill_resource_invoicing_taxes_tax import (
        BillingBillResourceInvoicingTaxesTax,
        BillingBillResourceInvoicingTaxesTaxParams,
    )
    from ..models.deleted_discount import DeletedDiscount, DeletedDiscountParams
    from ..models.discount import Discount, DiscountParams
    from ..models.discounts_resource_discount_amount import (
        DiscountsResourceDiscountAmount,
        DiscountsResourceDiscountAmountParams,
    )
    from ..models.invoice_line_item_period import InvoiceLineItemPeriod, InvoiceLineItemPeriodParams
    from ..models.invoices_resource_pretax_credit_amount import (
        InvoicesResourcePretaxCreditAmount,
        InvoicesResourcePretaxCreditAmountParams,
    )
    from ..models.line_item_metadata import LineItemMetadata
    from ..models.stripe_object import StripeObject


@_attrs_define
class LineItem:
    """One line on an invoice: an amount with its period, pricing, discounts and taxes.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount: int
    currency: str
    description: None | str
    discount_amounts: list[DiscountsResourceDiscountAmount] | None
    discountable: bool
    discounts: list[DeletedDiscount | Discount | str]
    id: str
    invoice: None | str
    livemode: bool
    metadata: LineItemMetadata
    object_: LineItemObject
    parent: BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent | None
    period: InvoiceLineItemPeriod
    pretax_credit_amounts: list[InvoicesResourcePretaxCreditAmount] | None
    pricing: BillingBillResourceInvoicingPricingPricing | None
    quantity: int | None
    quantity_decimal: None | str
    subscription: None | str | StripeObject
    subtotal: int
    taxes: list[BillingBillResourceInvoicingTaxesTax] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount = self.amount
        if not isinstance(v_amount, Unset):
            data["amount"] = v_amount
        v_currency = self.currency
        if not isinstance(v_currency, Unset):
            data["currency"] = v_currency
        v_description = self.description
        if not isinstance(v_description, Unset):
            data["description"] = v_description
        v_discount_amounts = self.discount_amounts
        if not isinstance(v_discount_amounts, Unset):
            data["discount_amounts"] = (
                [item0.to_dict() for item0 in v_discount_amounts]
                if isinstance(v_discount_amounts, list)
                else v_discount_amounts
            )
        v_discountable = self.discountable
        if not isinstance(v_discountable, Unset):
            data["discountable"] = v_discountable
        v_discounts = self.discounts
        if not isinstance(v_discounts, Unset):
            data["discounts"] = [
                (
                    item0.to_dict()
                    if isinstance(item0, Discount)
                    else (item0.to_dict() if isinstance(item0, DeletedDiscount) else item0)
                )
                for item0 in v_discounts
            ]
        v_id = self.id
        if not isinstance(v_id, Unset):
            data["id"] = v_id
        v_invoice = self.invoice
        if not isinstance(v_invoice, Unset):
            data["invoice"] = v_invoice
        v_livemode = self.livemode
        if not isinstance(v_livemode, Unset):
            data["livemode"] = v_livemode
        v_metadata = self.metadata
        if not isinstance(v_metadata, Unset):
            data["metadata"] = v_metadata
        v_object_ = self.object_
        if not isinstance(v_object_, Unset):
            data["object"] = v_object_
        v_parent = self.parent
        if not isinstance(v_parent, Unset):
            data["parent"] = (
                v_parent.to_dict()
                if isinstance(
                    v_parent, BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent
                )
                else v_parent
            )
        v_period = self.period
        if not isinstance(v_period, Unset):
            data["period"] = v_period.to_dict()
        v_pretax_credit_amounts = self.pretax_credit_amounts
        if not isinstance(v_pretax_credit_amounts, Unset):
            data["pretax_credit_amounts"] = (
                [item0.to_dict() for item0 in v_pretax_credit_amounts]
                if isinstance(v_pretax_credit_amounts, list)
                else v_pretax_credit_amounts
            )
        v_pricing = self.pricing
        if not isinstance(v_pricing, Unset):
            data["pricing"] = (
                v_pricing.to_dict()
                if isinstance(v_pricing, BillingBillResourceInvoicingPricingPricing)
                else v_pricing
            )
        v_quantity = self.quantity
        if not isinstance(v_quantity, Unset):
            data["quantity"] = v_quantity
        v_quantity_decimal = self.quantity_decimal
        if not isinstance(v_quantity_decimal, Unset):
            data["quantity_decimal"] = v_quantity_decimal
        v_subscription = self.subscription
        if not isinstance(v_subscription, Unset):
            data["subscription"] = v_subscription
        v_subtotal = self.subtotal
        if not isinstance(v_subtotal, Unset):
            data["subtotal"] = v_subtotal
        v_taxes = self.taxes
        if not isinstance(v_taxes, Unset):
            data["taxes"] = (
                [item0.to_dict() for item0 in v_taxes] if isinstance(v_taxes, list) else v_taxes
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> LineItem:
        d = dict(src_dict)
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET and not (type(v_amount) is int):
            d["amount"] = v_amount
            v_amount = UNSET
        v_currency = d.pop("currency", UNSET)
        if v_currency is not UNSET and not (type(v_currency) is str):
            d["currency"] = v_currency
            v_currency = UNSET
        v_description = d.pop("description", UNSET)
        if v_description is not UNSET and not (
            (type(v_description) is str) or (v_description is None)
        ):
            d["description"] = v_description
            v_description = UNSET
        v_discount_amounts = d.pop("discount_amounts", UNSET)
        if v_discount_amounts is not UNSET:
            if (
                type(v_discount_amounts) is list
                and all(type(item0) is dict for item0 in v_discount_amounts)
            ) or (v_discount_amounts is None):
                v_discount_amounts = (
                    [
                        DiscountsResourceDiscountAmount.from_dict(item0)
                        for item0 in v_discount_amounts
                    ]
                    if type(v_discount_amounts) is list
                    and all(type(item0) is dict for item0 in v_discount_amounts)
                    else v_discount_amounts
                )
            else:
                d["discount_amounts"] = v_discount_amounts
                v_discount_amounts = UNSET
        v_discountable = d.pop("discountable", UNSET)
        if v_discountable is not UNSET and not (type(v_discountable) is bool):
            d["discountable"] = v_discountable
            v_discountable = UNSET
        v_discounts = d.pop("discounts", UNSET)
        if v_discounts is not UNSET:
            if type(v_discounts) is list and all(
                (type(item0) is dict) or (type(item0) is dict) or (type(item0) is str)
                for item0 in v_discounts
            ):
                v_discounts = [
                    (
                        DeletedDiscount.from_dict(item0)
                        if type(item0) is dict
                        and item0.get("deleted") is True
                        and item0.get("object") == "discount"
                        else (Discount.from_dict(item0) if type(item0) is dict else item0)
                    )
                    for item0 in v_discounts
                ]
            else:
                d["discounts"] = v_discounts
                v_discounts = UNSET
        v_id = d.pop("id", UNSET)
        if v_id is not UNSET and not (type(v_id) is str):
            d["id"] = v_id
            v_id = UNSET
        v_invoice = d.pop("invoice", UNSET)
        if v_invoice is not UNSET and not ((type(v_invoice) is str) or (v_invoice is None)):
            d["invoice"] = v_invoice
            v_invoice = UNSET
        v_livemode = d.pop("livemode", UNSET)
        if v_livemode is not UNSET and not (type(v_livemode) is bool):
            d["livemode"] = v_livemode
            v_livemode = UNSET
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is not UNSET and not (
            type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values())
        ):
            d["metadata"] = v_metadata
            v_metadata = UNSET
        v_object_ = d.pop("object", UNSET)
        if v_object_ is not UNSET and not (type(v_object_) is str):
            d["object"] = v_object_
            v_object_ = UNSET
        v_parent = d.pop("parent", UNSET)
        if v_parent is not UNSET:
            if (type(v_parent) is dict) or (v_parent is None):
                v_parent = (
                    BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent.from_dict(
                        v_parent
                    )
                    if type(v_parent) is dict
                    else v_parent
                )
            else:
                d["parent"] = v_parent
                v_parent = UNSET
        v_period = d.pop("period", UNSET)
        if v_period is not UNSET:
            if type(v_period) is dict:
                v_period = InvoiceLineItemPeriod.from_dict(v_period)
            else:
                d["period"] = v_period
                v_period = UNSET
        v_pretax_credit_amounts = d.pop("pretax_credit_amounts", UNSET)
        if v_pretax_credit_amounts is not UNSET:
            if (
                type(v_pretax_credit_amounts) is list
                and all(type(item0) is dict for item0 in v_pretax_credit_amounts)
            ) or (v_pretax_credit_amounts is None):
                v_pretax_credit_amounts = (
                    [
                        InvoicesResourcePretaxCreditAmount.from_dict(item0)
                        for item0 in v_pretax_credit_amounts
                    ]
                    if type(v_pretax_credit_amounts) is list
                    and all(type(item0) is dict for item0 in v_pretax_credit_amounts)
                    else v_pretax_credit_amounts
                )
            else:
                d["pretax_credit_amounts"] = v_pretax_credit_amounts
                v_pretax_credit_amounts = UNSET
        v_pricing = d.pop("pricing", UNSET)
        if v_pricing is not UNSET:
            if (type(v_pricing) is dict) or (v_pricing is None):
                v_pricing = (
                    BillingBillResourceInvoicingPricingPricing.from_dict(v_pricing)
                    if type(v_pricing) is dict
                    else v_pricing
                )
            else:
                d["pricing"] = v_pricing
                v_pricing = UNSET
        v_quantity = d.pop("quantity", UNSET)
        if v_quantity is not UNSET and not ((type(v_quantity) is int) or (v_quantity is None)):
            d["quantity"] = v_quantity
            v_quantity = UNSET
        v_quantity_decimal = d.pop("quantity_decimal", UNSET)
        if v_quantity_decimal is not UNSET and not (
            (type(v_quantity_decimal) is str) or (v_quantity_decimal is None)
        ):
            d["quantity_decimal"] = v_quantity_decimal
            v_quantity_decimal = UNSET
        v_subscription = d.pop("subscription", UNSET)
        if v_subscription is not UNSET and not (
            (type(v_subscription) is str)
            or (type(v_subscription) is dict)
            or (v_subscription is None)
        ):
            d["subscription"] = v_subscription
            v_subscription = UNSET
        v_subtotal = d.pop("subtotal", UNSET)
        if v_subtotal is not UNSET and not (type(v_subtotal) is int):
            d["subtotal"] = v_subtotal
            v_subtotal = UNSET
        v_taxes = d.pop("taxes", UNSET)
        if v_taxes is not UNSET:
            if (type(v_taxes) is list and all(type(item0) is dict for item0 in v_taxes)) or (
                v_taxes is None
            ):
                v_taxes = (
                    [BillingBillResourceInvoicingTaxesTax.from_dict(item0) for item0 in v_taxes]
                    if type(v_taxes) is list and all(type(item0) is dict for item0 in v_taxes)
                    else v_taxes
                )
            else:
                d["taxes"] = v_taxes
                v_taxes = UNSET
        obj = cls(
            amount=v_amount,
            currency=v_currency,
            description=v_description,
            discount_amounts=v_discount_amounts,
            discountable=v_discountable,
            discounts=v_discounts,
            id=v_id,
            invoice=v_invoice,
            livemode=v_livemode,
            metadata=v_metadata,
            object_=v_object_,
            parent=v_parent,
            period=v_period,
            pretax_credit_amounts=v_pretax_credit_amounts,
            pricing=v_pricing,
            quantity=v_quantity,
            quantity_decimal=v_quantity_decimal,
            subscription=v_subscription,
            subtotal=v_subtotal,
            taxes=v_taxes,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class LineItemParams(TypedDict, total=False):
    """LineItem as plain data, for request parameters."""

    amount: Required[int]
    currency: Required[str]
    description: Required[str]
    discount_amounts: Required[
        list[DiscountsResourceDiscountAmountParams | DiscountsResourceDiscountAmount]
    ]
    discountable: Required[bool]
    discounts: Required[
        list[str | DiscountParams | Discount | DeletedDiscountParams | DeletedDiscount]
    ]
    id: Required[str]
    invoice: Required[str]
    livemode: Required[bool]
    metadata: Required[Mapping[str, str]]
    object: Required[LineItemObject]
    parent: Required[
        BillingBillResourceInvoicingLinesParentsInvoiceLineItemParentParams
        | BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent
    ]
    period: Required[InvoiceLineItemPeriodParams | InvoiceLineItemPeriod]
    pretax_credit_amounts: Required[
        list[InvoicesResourcePretaxCreditAmountParams | InvoicesResourcePretaxCreditAmount]
    ]
    pricing: Required[
        BillingBillResourceInvoicingPricingPricingParams
        | BillingBillResourceInvoicingPricingPricing
    ]
    quantity: Required[int]
    quantity_decimal: Required[str]
    subscription: Required[str | Mapping[str, Any]]
    subtotal: Required[int]
    taxes: Required[
        list[BillingBillResourceInvoicingTaxesTaxParams | BillingBillResourceInvoicingTaxesTax]
    ]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.billing_bill_resource_invoicing_lines_parents_invoice_line_item_parent import (
    BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent,  # noqa: E402
)
from ..models.billing_bill_resource_invoicing_pricing_pricing import (
    BillingBillResourceInvoicingPricingPricing,  # noqa: E402
)
from ..models.billing_bill_resource_invoicing_taxes_tax import BillingBillResourceInvoicingTaxesTax  # noqa: E402
from ..models.deleted_discount import DeletedDiscount  # noqa: E402
from ..models.discount import Discount  # noqa: E402
from ..models.discounts_resource_discount_amount import DiscountsResourceDiscountAmount  # noqa: E402
from ..models.invoice_line_item_period import InvoiceLineItemPeriod  # noqa: E402
from ..models.invoices_resource_pretax_credit_amount import InvoicesResourcePretaxCreditAmount  # noqa: E402
from ..models.line_item_metadata import LineItemMetadata  # noqa: E402
from ..models.stripe_object import StripeObject  # noqa: E402
