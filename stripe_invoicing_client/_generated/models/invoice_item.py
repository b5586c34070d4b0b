from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_item_frozen_fields_type_0_item import (
    InvoiceItemFrozenFieldsType0Item,
)
from ..models.invoice_item_object import InvoiceItemObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.billing_bill_resource_invoice_item_parents_invoice_item_parent import (
        BillingBillResourceInvoiceItemParentsInvoiceItemParent,
        BillingBillResourceInvoiceItemParentsInvoiceItemParentParams,
    )
    from ..models.billing_bill_resource_invoicing_pricing_pricing import (
        BillingBillResourceInvoicingPricingPricing,
        BillingBillResourceInvoicingPricingPricingParams,
    )
    from ..models.customer import Customer, CustomerParams
    from ..models.deleted_customer import DeletedCustomer, DeletedCustomerParams
    from ..models.deleted_discount import DeletedDiscount, DeletedDiscountParams
    from ..models.discount import Discount, DiscountParams
    from ..models.invoice import Invoice, InvoiceParams
    from ..models.invoice_item_invoicing_rule import (
        InvoiceItemInvoicingRule,
        InvoiceItemInvoicingRuleParams,
    )
    from ..models.invoice_item_metadata_type_0 import InvoiceItemMetadataType0
    from ..models.invoice_line_item_period import InvoiceLineItemPeriod, InvoiceLineItemPeriodParams
    from ..models.proration_details import ProrationDetails, ProrationDetailsParams
    from ..models.stripe_object import StripeObject


@_attrs_define
class InvoiceItem:
    """A pending or attached charge or credit that ends up as a line on a customer's invoice.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount: int
    currency: str
    customer: Customer | DeletedCustomer | str
    date: int
    description: None | str
    discountable: bool
    discounts: list[DeletedDiscount | Discount | str] | None
    id: str
    invoice: Invoice | None | str
    livemode: bool
    metadata: InvoiceItemMetadataType0 | None
    object_: InvoiceItemObject
    parent: BillingBillResourceInvoiceItemParentsInvoiceItemParent | None
    period: InvoiceLineItemPeriod
    pricing: BillingBillResourceInvoicingPricingPricing | None
    proration: bool
    proration_details: None | ProrationDetails
    quantity: int
    quantity_decimal: str
    tax_rates: list[StripeObject] | None
    test_clock: None | str | StripeObject
    customer_account: None | str | Unset = UNSET
    frozen_fields: list[InvoiceItemFrozenFieldsType0Item] | None | Unset = UNSET
    invoicing_rules: list[InvoiceItemInvoicingRule] | None | Unset = UNSET
    net_amount: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount = self.amount
        if not isinstance(v_amount, Unset):
            data["amount"] = v_amount
        v_currency = self.currency
        if not isinstance(v_currency, Unset):
            data["currency"] = v_currency
        v_customer = self.customer
        if not isinstance(v_customer, Unset):
            data["customer"] = (
                v_customer.to_dict()
                if isinstance(v_customer, Customer)
                else (
                    v_customer.to_dict() if isinstance(v_customer, DeletedCustomer) else v_customer
                )
            )
        v_date = self.date
        if not isinstance(v_date, Unset):
            data["date"] = v_date
        v_description = self.description
        if not isinstance(v_description, Unset):
            data["description"] = v_description
        v_discountable = self.discountable
        if not isinstance(v_discountable, Unset):
            data["discountable"] = v_discountable
        v_discounts = self.discounts
        if not isinstance(v_discounts, Unset):
            data["discounts"] = (
                [
                    (
                        item0.to_dict()
                        if isinstance(item0, Discount)
                        else (item0.to_dict() if isinstance(item0, DeletedDiscount) else item0)
                    )
                    for item0 in v_discounts
                ]
                if isinstance(v_discounts, list)
                else v_discounts
            )
        v_id = self.id
        if not isinstance(v_id, Unset):
            data["id"] = v_id
        v_invoice = self.invoice
        if not isinstance(v_invoice, Unset):
            data["invoice"] = v_invoice.to_dict() if isinstance(v_invoice, Invoice) else v_invoice
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
                if isinstance(v_parent, BillingBillResourceInvoiceItemParentsInvoiceItemParent)
                else v_parent
            )
        v_period = self.period
        if not isinstance(v_period, Unset):
            data["period"] = v_period.to_dict()
        v_pricing = self.pricing
        if not isinstance(v_pricing, Unset):
            data["pricing"] = (
                v_pricing.to_dict()
                if isinstance(v_pricing, BillingBillResourceInvoicingPricingPricing)
                else v_pricing
            )
        v_proration = self.proration
        if not isinstance(v_proration, Unset):
            data["proration"] = v_proration
        v_proration_details = self.proration_details
        if not isinstance(v_proration_details, Unset):
            data["proration_details"] = (
                v_proration_details.to_dict()
                if isinstance(v_proration_details, ProrationDetails)
                else v_proration_details
            )
        v_quantity = self.quantity
        if not isinstance(v_quantity, Unset):
            data["quantity"] = v_quantity
        v_quantity_decimal = self.quantity_decimal
        if not isinstance(v_quantity_decimal, Unset):
            data["quantity_decimal"] = v_quantity_decimal
        v_tax_rates = self.tax_rates
        if not isinstance(v_tax_rates, Unset):
            data["tax_rates"] = v_tax_rates
        v_test_clock = self.test_clock
        if not isinstance(v_test_clock, Unset):
            data["test_clock"] = v_test_clock
        v_customer_account = self.customer_account
        if not isinstance(v_customer_account, Unset):
            data["customer_account"] = v_customer_account
        v_frozen_fields = self.frozen_fields
        if not isinstance(v_frozen_fields, Unset):
            data["frozen_fields"] = v_frozen_fields
        v_invoicing_rules = self.invoicing_rules
        if not isinstance(v_invoicing_rules, Unset):
            data["invoicing_rules"] = (
                [item0.to_dict() for item0 in v_invoicing_rules]
                if isinstance(v_invoicing_rules, list)
                else v_invoicing_rules
            )
        v_net_amount = self.net_amount
        if not isinstance(v_net_amount, Unset):
            data["net_amount"] = v_net_amount
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceItem:
        d = dict(src_dict)
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET and not (type(v_amount) is int):
            d["amount"] = v_amount
            v_amount = UNSET
        v_currency = d.pop("currency", UNSET)
        if v_currency is not UNSET and not (type(v_currency) is str):
            d["currency"] = v_currency
            v_currency = UNSET
        v_customer = d.pop("customer", UNSET)
        if v_customer is not UNSET:
            if (
                (type(v_customer) is dict)
                or (type(v_customer) is dict)
                or (type(v_customer) is str)
            ):
                v_customer = (
                    DeletedCustomer.from_dict(v_customer)
                    if type(v_customer) is dict
                    and v_customer.get("deleted") is True
                    and v_customer.get("object") == "customer"
                    else (
                        Customer.from_dict(v_customer) if type(v_customer) is dict else v_customer
                    )
                )
            else:
                d["customer"] = v_customer
                v_customer = UNSET
        v_date = d.pop("date", UNSET)
        if v_date is not UNSET and not (type(v_date) is int):
            d["date"] = v_date
            v_date = UNSET
        v_description = d.pop("description", UNSET)
        if v_description is not UNSET and not (
            (type(v_description) is str) or (v_description is None)
        ):
            d["description"] = v_description
            v_description = UNSET
        v_discountable = d.pop("discountable", UNSET)
        if v_discountable is not UNSET and not (type(v_discountable) is bool):
            d["discountable"] = v_discountable
            v_discountable = UNSET
        v_discounts = d.pop("discounts", UNSET)
        if v_discounts is not UNSET:
            if (
                type(v_discounts) is list
                and all(
                    (type(item0) is dict) or (type(item0) is dict) or (type(item0) is str)
                    for item0 in v_discounts
                )
            ) or (v_discounts is None):
                v_discounts = (
                    [
                        (
                            DeletedDiscount.from_dict(item0)
                            if type(item0) is dict
                            and item0.get("deleted") is True
                            and item0.get("object") == "discount"
                            else (Discount.from_dict(item0) if type(item0) is dict else item0)
                        )
                        for item0 in v_discounts
                    ]
                    if type(v_discounts) is list
                    and all(
                        (type(item0) is dict) or (type(item0) is dict) or (type(item0) is str)
                        for item0 in v_discounts
                    )
                    else v_discounts
                )
            else:
                d["discounts"] = v_discounts
                v_discounts = UNSET
        v_id = d.pop("id", UNSET)
        if v_id is not UNSET and not (type(v_id) is str):
            d["id"] = v_id
            v_id = UNSET
        v_invoice = d.pop("invoice", UNSET)
        if v_invoice is not UNSET:
            if (type(v_invoice) is dict) or (type(v_invoice) is str) or (v_invoice is None):
                v_invoice = Invoice.from_dict(v_invoice) if type(v_invoice) is dict else v_invoice
            else:
                d["invoice"] = v_invoice
                v_invoice = UNSET
        v_livemode = d.pop("livemode", UNSET)
        if v_livemode is not UNSET and not (type(v_livemode) is bool):
            d["livemode"] = v_livemode
            v_livemode = UNSET
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is not UNSET and not (
            (type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values()))
            or (v_metadata is None)
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
                    BillingBillResourceInvoiceItemParentsInvoiceItemParent.from_dict(v_parent)
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
        v_proration = d.pop("proration", UNSET)
        if v_proration is not UNSET and not (type(v_proration) is bool):
            d["proration"] = v_proration
            v_proration = UNSET
        v_proration_details = d.pop("proration_details", UNSET)
        if v_proration_details is not UNSET:
            if (type(v_proration_details) is dict) or (v_proration_details is None):
                v_proration_details = (
                    ProrationDetails.from_dict(v_proration_details)
                    if type(v_proration_details) is dict
                    else v_proration_details
                )
            else:
                d["proration_details"] = v_proration_details
                v_proration_details = UNSET
        v_quantity = d.pop("quantity", UNSET)
        if v_quantity is not UNSET and not (type(v_quantity) is int):
            d["quantity"] = v_quantity
            v_quantity = UNSET
        v_quantity_decimal = d.pop("quantity_decimal", UNSET)
        if v_quantity_decimal is not UNSET and not (type(v_quantity_decimal) is str):
            d["quantity_decimal"] = v_quantity_decimal
            v_quantity_decimal = UNSET
        v_tax_rates = d.pop("tax_rates", UNSET)
        if v_tax_rates is not UNSET and not (
            (type(v_tax_rates) is list and all(type(item0) is dict for item0 in v_tax_rates))
            or (v_tax_rates is None)
        ):
            d["tax_rates"] = v_tax_rates
            v_tax_rates = UNSET
        v_test_clock = d.pop("test_clock", UNSET)
        if v_test_clock is not UNSET and not (
            (type(v_test_clock) is str) or (type(v_test_clock) is dict) or (v_test_clock is None)
        ):
            d["test_clock"] = v_test_clock
            v_test_clock = UNSET
        v_customer_account = d.pop("customer_account", UNSET)
        if v_customer_account is not UNSET and not (
            (type(v_customer_account) is str) or (v_customer_account is None)
        ):
            d["customer_account"] = v_customer_account
            v_customer_account = UNSET
        v_frozen_fields = d.pop("frozen_fields", UNSET)
        if v_frozen_fields is not UNSET and not (
            (type(v_frozen_fields) is list and all(type(item0) is str for item0 in v_frozen_fields))
            or (v_frozen_fields is None)
        ):
            d["frozen_fields"] = v_frozen_fields
            v_frozen_fields = UNSET
        v_invoicing_rules = d.pop("invoicing_rules", UNSET)
        if v_invoicing_rules is not UNSET:
            if (
                type(v_invoicing_rules) is list
                and all(type(item0) is dict for item0 in v_invoicing_rules)
            ) or (v_invoicing_rules is None):
                v_invoicing_rules = (
                    [InvoiceItemInvoicingRule.from_dict(item0) for item0 in v_invoicing_rules]
                    if type(v_invoicing_rules) is list
                    and all(type(item0) is dict for item0 in v_invoicing_rules)
                    else v_invoicing_rules
                )
            else:
                d["invoicing_rules"] = v_invoicing_rules
                v_invoicing_rules = UNSET
        v_net_amount = d.pop("net_amount", UNSET)
        if v_net_amount is not UNSET and not (
            (type(v_net_amount) is int) or (v_net_amount is None)
        ):
            d["net_amount"] = v_net_amount
            v_net_amount = UNSET
        obj = cls(
            amount=v_amount,
            currency=v_currency,
            customer=v_customer,
            date=v_date,
            description=v_description,
            discountable=v_discountable,
            discounts=v_discounts,
            id=v_id,
            invoice=v_invoice,
            livemode=v_livemode,
            metadata=v_metadata,
            object_=v_object_,
            parent=v_parent,
            period=v_period,
            pricing=v_pricing,
            proration=v_proration,
            proration_details=v_proration_details,
            quantity=v_quantity,
            quantity_decimal=v_quantity_decimal,
            tax_rates=v_tax_rates,
            test_clock=v_test_clock,
            customer_account=v_customer_account,
            frozen_fields=v_frozen_fields,
            invoicing_rules=v_invoicing_rules,
            net_amount=v_net_amount,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class InvoiceItemParams(TypedDict, total=False):
    """InvoiceItem as plain data, for request parameters."""

    amount: Required[int]
    currency: Required[str]
    customer: Required[str | CustomerParams | Customer | DeletedCustomerParams | DeletedCustomer]
    date: Required[int]
    description: Required[str]
    discountable: Required[bool]
    discounts: Required[
        list[str | DiscountParams | Discount | DeletedDiscountParams | DeletedDiscount]
    ]
    id: Required[str]
    invoice: Required[str | InvoiceParams | Invoice]
    livemode: Required[bool]
    metadata: Required[Mapping[str, str]]
    object: Required[InvoiceItemObject]
    parent: Required[
        BillingBillResourceInvoiceItemParentsInvoiceItemParentParams
        | BillingBillResourceInvoiceItemParentsInvoiceItemParent
    ]
    period: Required[InvoiceLineItemPeriodParams | InvoiceLineItemPeriod]
    pricing: Required[
        BillingBillResourceInvoicingPricingPricingParams
        | BillingBillResourceInvoicingPricingPricing
    ]
    proration: Required[bool]
    proration_details: Required[ProrationDetailsParams | ProrationDetails]
    quantity: Required[int]
    quantity_decimal: Required[str]
    tax_rates: Required[list[Mapping[str, Any]]]
    test_clock: Required[str | Mapping[str, Any]]
    customer_account: str
    frozen_fields: list[InvoiceItemFrozenFieldsType0Item]
    invoicing_rules: list[InvoiceItemInvoicingRuleParams | InvoiceItemInvoicingRule]
    net_amount: int


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.billing_bill_resource_invoice_item_parents_invoice_item_parent import (
    BillingBillResourceInvoiceItemParentsInvoiceItemParent,  # noqa: E402
)
from ..models.billing_bill_resource_invoicing_pricing_pricing import (
    BillingBillResourceInvoicingPricingPricing,  # noqa: E402
)
from ..models.customer import Customer  # noqa: E402
from ..models.deleted_customer import DeletedCustomer  # noqa: E402
from ..models.deleted_discount import DeletedDiscount  # noqa: E402
from ..models.discount import Discount  # noqa: E402
from ..models.invoice import Invoice  # noqa: E402
from ..models.invoice_item_invoicing_rule import InvoiceItemInvoicingRule  # noqa: E402
from ..models.invoice_item_metadata_type_0 import InvoiceItemMetadataType0  # noqa: E402
from ..models.invoice_line_item_period import InvoiceLineItemPeriod  # noqa: E402
from ..models.proration_details import ProrationDetails  # noqa: E402
from ..models.stripe_object import StripeObject  # noqa: E402
