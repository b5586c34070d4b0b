from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.line_item_object import LineItemObject
from ..types import UNSET

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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class LineItem(Model):
    """One line on an invoice: an amount with its period, pricing, discounts and taxes.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("currency", "currency", "str"),
        ("description", "description", "str | None"),
        ("discount_amounts", "discount_amounts", "list[DiscountsResourceDiscountAmount] | None"),
        ("discountable", "discountable", "bool"),
        ("discounts", "discounts", "list[DeletedDiscount | Discount | str]"),
        ("id", "id", "str"),
        ("invoice", "invoice", "str | None"),
        ("livemode", "livemode", "bool"),
        ("metadata", "metadata", "LineItemMetadata"),
        ("object_", "object", "LineItemObject"),
        (
            "parent",
            "parent",
            "BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent | None",
        ),
        ("period", "period", "InvoiceLineItemPeriod"),
        (
            "pretax_credit_amounts",
            "pretax_credit_amounts",
            "list[InvoicesResourcePretaxCreditAmount] | None",
        ),
        ("pricing", "pricing", "BillingBillResourceInvoicingPricingPricing | None"),
        ("quantity", "quantity", "int | None"),
        ("quantity_decimal", "quantity_decimal", "str | None"),
        ("subscription", "subscription", "str | StripeObject | None"),
        ("subtotal", "subtotal", "int"),
        ("taxes", "taxes", "list[BillingBillResourceInvoicingTaxesTax] | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_amount = self.amount
        except AttributeError:
            pass
        else:
            data["amount"] = v_amount
        try:
            v_currency = self.currency
        except AttributeError:
            pass
        else:
            data["currency"] = v_currency
        try:
            v_description = self.description
        except AttributeError:
            pass
        else:
            data["description"] = v_description
        try:
            v_discount_amounts = self.discount_amounts
        except AttributeError:
            pass
        else:
            data["discount_amounts"] = (
                [item0.to_dict() for item0 in v_discount_amounts]
                if isinstance(v_discount_amounts, list)
                else v_discount_amounts
            )
        try:
            v_discountable = self.discountable
        except AttributeError:
            pass
        else:
            data["discountable"] = v_discountable
        try:
            v_discounts = self.discounts
        except AttributeError:
            pass
        else:
            data["discounts"] = [
                (
                    item0.to_dict()
                    if isinstance(item0, Discount)
                    else (item0.to_dict() if isinstance(item0, DeletedDiscount) else item0)
                )
                for item0 in v_discounts
            ]
        try:
            v_id = self.id
        except AttributeError:
            pass
        else:
            data["id"] = v_id
        try:
            v_invoice = self.invoice
        except AttributeError:
            pass
        else:
            data["invoice"] = v_invoice
        try:
            v_livemode = self.livemode
        except AttributeError:
            pass
        else:
            data["livemode"] = v_livemode
        try:
            v_metadata = self.metadata
        except AttributeError:
            pass
        else:
            data["metadata"] = v_metadata
        try:
            v_object_ = self.object_
        except AttributeError:
            pass
        else:
            data["object"] = v_object_
        try:
            v_parent = self.parent
        except AttributeError:
            pass
        else:
            data["parent"] = (
                v_parent.to_dict()
                if isinstance(
                    v_parent, BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent
                )
                else v_parent
            )
        try:
            v_period = self.period
        except AttributeError:
            pass
        else:
            data["period"] = v_period.to_dict()
        try:
            v_pretax_credit_amounts = self.pretax_credit_amounts
        except AttributeError:
            pass
        else:
            data["pretax_credit_amounts"] = (
                [item0.to_dict() for item0 in v_pretax_credit_amounts]
                if isinstance(v_pretax_credit_amounts, list)
                else v_pretax_credit_amounts
            )
        try:
            v_pricing = self.pricing
        except AttributeError:
            pass
        else:
            data["pricing"] = (
                v_pricing.to_dict()
                if isinstance(v_pricing, BillingBillResourceInvoicingPricingPricing)
                else v_pricing
            )
        try:
            v_quantity = self.quantity
        except AttributeError:
            pass
        else:
            data["quantity"] = v_quantity
        try:
            v_quantity_decimal = self.quantity_decimal
        except AttributeError:
            pass
        else:
            data["quantity_decimal"] = v_quantity_decimal
        try:
            v_subscription = self.subscription
        except AttributeError:
            pass
        else:
            data["subscription"] = v_subscription
        try:
            v_subtotal = self.subtotal
        except AttributeError:
            pass
        else:
            data["subtotal"] = v_subtotal
        try:
            v_taxes = self.taxes
        except AttributeError:
            pass
        else:
            data["taxes"] = (
                [item0.to_dict() for item0 in v_taxes] if isinstance(v_taxes, list) else v_taxes
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> LineItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET:
            if type(v_amount) is int:
                fill.amount = v_amount
            else:
                d["amount"] = v_amount
        v_currency = d.pop("currency", UNSET)
        if v_currency is not UNSET:
            if type(v_currency) is str:
                fill.currency = v_currency
            else:
                d["currency"] = v_currency
        v_description = d.pop("description", UNSET)
        if v_description is not UNSET:
            if (type(v_description) is str) or (v_description is None):
                fill.description = v_description
            else:
                d["description"] = v_description
        v_discount_amounts = d.pop("discount_amounts", UNSET)
        if v_discount_amounts is not UNSET:
            if (
                type(v_discount_amounts) is list
                and all(type(item0) is dict for item0 in v_discount_amounts)
            ) or (v_discount_amounts is None):
                fill.discount_amounts = (
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
        v_discountable = d.pop("discountable", UNSET)
        if v_discountable is not UNSET:
            if type(v_discountable) is bool:
                fill.discountable = v_discountable
            else:
                d["discountable"] = v_discountable
        v_discounts = d.pop("discounts", UNSET)
        if v_discounts is not UNSET:
            if type(v_discounts) is list and all(
                (type(item0) is dict) or (type(item0) is dict) or (type(item0) is str)
                for item0 in v_discounts
            ):
                fill.discounts = [
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
        v_id = d.pop("id", UNSET)
        if v_id is not UNSET:
            if type(v_id) is str:
                fill.id = v_id
            else:
                d["id"] = v_id
        v_invoice = d.pop("invoice", UNSET)
        if v_invoice is not UNSET:
            if (type(v_invoice) is str) or (v_invoice is None):
                fill.invoice = v_invoice
            else:
                d["invoice"] = v_invoice
        v_livemode = d.pop("livemode", UNSET)
        if v_livemode is not UNSET:
            if type(v_livemode) is bool:
                fill.livemode = v_livemode
            else:
                d["livemode"] = v_livemode
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is not UNSET:
            if type(v_metadata) is dict and all(
                type(item0) is str for item0 in v_metadata.values()
            ):
                fill.metadata = v_metadata
            else:
                d["metadata"] = v_metadata
        v_object_ = d.pop("object", UNSET)
        if v_object_ is not UNSET:
            if type(v_object_) is str:
                fill.object_ = v_object_
            else:
                d["object"] = v_object_
        v_parent = d.pop("parent", UNSET)
        if v_parent is not UNSET:
            if (type(v_parent) is dict) or (v_parent is None):
                fill.parent = (
                    BillingBillResourceInvoicingLinesParentsInvoiceLineItemParent.from_dict(
                        v_parent
                    )
                    if type(v_parent) is dict
                    else v_parent
                )
            else:
                d["parent"] = v_parent
        v_period = d.pop("period", UNSET)
        if v_period is not UNSET:
            if type(v_period) is dict:
                fill.period = InvoiceLineItemPeriod.from_dict(v_period)
            else:
                d["period"] = v_period
        v_pretax_credit_amounts = d.pop("pretax_credit_amounts", UNSET)
        if v_pretax_credit_amounts is not UNSET:
            if (
                type(v_pretax_credit_amounts) is list
                and all(type(item0) is dict for item0 in v_pretax_credit_amounts)
            ) or (v_pretax_credit_amounts is None):
                fill.pretax_credit_amounts = (
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
        v_pricing = d.pop("pricing", UNSET)
        if v_pricing is not UNSET:
            if (type(v_pricing) is dict) or (v_pricing is None):
                fill.pricing = (
                    BillingBillResourceInvoicingPricingPricing.from_dict(v_pricing)
                    if type(v_pricing) is dict
                    else v_pricing
                )
            else:
                d["pricing"] = v_pricing
        v_quantity = d.pop("quantity", UNSET)
        if v_quantity is not UNSET:
            if (type(v_quantity) is int) or (v_quantity is None):
                fill.quantity = v_quantity
            else:
                d["quantity"] = v_quantity
        v_quantity_decimal = d.pop("quantity_decimal", UNSET)
        if v_quantity_decimal is not UNSET:
            if (type(v_quantity_decimal) is str) or (v_quantity_decimal is None):
                fill.quantity_decimal = v_quantity_decimal
            else:
                d["quantity_decimal"] = v_quantity_decimal
        v_subscription = d.pop("subscription", UNSET)
        if v_subscription is not UNSET:
            if (
                (type(v_subscription) is str)
                or (type(v_subscription) is dict)
                or (v_subscription is None)
            ):
                fill.subscription = v_subscription
            else:
                d["subscription"] = v_subscription
        v_subtotal = d.pop("subtotal", UNSET)
        if v_subtotal is not UNSET:
            if type(v_subtotal) is int:
                fill.subtotal = v_subtotal
            else:
                d["subtotal"] = v_subtotal
        v_taxes = d.pop("taxes", UNSET)
        if v_taxes is not UNSET:
            if (type(v_taxes) is list and all(type(item0) is dict for item0 in v_taxes)) or (
                v_taxes is None
            ):
                fill.taxes = (
                    [BillingBillResourceInvoicingTaxesTax.from_dict(item0) for item0 in v_taxes]
                    if type(v_taxes) is list and all(type(item0) is dict for item0 in v_taxes)
                    else v_taxes
                )
            else:
                d["taxes"] = v_taxes
        fill.additional_properties = d
        return obj


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
