from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
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


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceItem(Model):
    """A pending or attached charge or credit that ends up as a line on a customer's invoice.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("currency", "currency", "str"),
        ("customer", "customer", "Customer | DeletedCustomer | str"),
        ("date", "date", "int"),
        ("description", "description", "str | None"),
        ("discountable", "discountable", "bool"),
        ("discounts", "discounts", "list[DeletedDiscount | Discount | str] | None"),
        ("id", "id", "str"),
        ("invoice", "invoice", "Invoice | str | None"),
        ("livemode", "livemode", "bool"),
        ("metadata", "metadata", "InvoiceItemMetadataType0 | None"),
        ("object_", "object", "InvoiceItemObject"),
        ("parent", "parent", "BillingBillResourceInvoiceItemParentsInvoiceItemParent | None"),
        ("period", "period", "InvoiceLineItemPeriod"),
        ("pricing", "pricing", "BillingBillResourceInvoicingPricingPricing | None"),
        ("proration", "proration", "bool"),
        ("proration_details", "proration_details", "ProrationDetails | None"),
        ("quantity", "quantity", "int"),
        ("quantity_decimal", "quantity_decimal", "str"),
        ("tax_rates", "tax_rates", "list[StripeObject] | None"),
        ("test_clock", "test_clock", "str | StripeObject | None"),
        ("customer_account", "customer_account", "str | None"),
        ("frozen_fields", "frozen_fields", "list[InvoiceItemFrozenFieldsType0Item] | None"),
        ("invoicing_rules", "invoicing_rules", "list[InvoiceItemInvoicingRule] | None"),
        ("net_amount", "net_amount", "int | None"),
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
            v_customer = self.customer
        except AttributeError:
            pass
        else:
            data["customer"] = (
                v_customer.to_dict()
                if isinstance(v_customer, Customer)
                else (
                    v_customer.to_dict() if isinstance(v_customer, DeletedCustomer) else v_customer
                )
            )
        try:
            v_date = self.date
        except AttributeError:
            pass
        else:
            data["date"] = v_date
        try:
            v_description = self.description
        except AttributeError:
            pass
        else:
            data["description"] = v_description
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
            data["invoice"] = v_invoice.to_dict() if isinstance(v_invoice, Invoice) else v_invoice
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
                if isinstance(v_parent, BillingBillResourceInvoiceItemParentsInvoiceItemParent)
                else v_parent
            )
        try:
            v_period = self.period
        except AttributeError:
            pass
        else:
            data["period"] = v_period.to_dict()
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
            v_proration = self.proration
        except AttributeError:
            pass
        else:
            data["proration"] = v_proration
        try:
            v_proration_details = self.proration_details
        except AttributeError:
            pass
        else:
            data["proration_details"] = (
                v_proration_details.to_dict()
                if isinstance(v_proration_details, ProrationDetails)
                else v_proration_details
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
            v_tax_rates = self.tax_rates
        except AttributeError:
            pass
        else:
            data["tax_rates"] = v_tax_rates
        try:
            v_test_clock = self.test_clock
        except AttributeError:
            pass
        else:
            data["test_clock"] = v_test_clock
        try:
            v_customer_account = self.customer_account
        except AttributeError:
            pass
        else:
            if not isinstance(v_customer_account, Unset):
                data["customer_account"] = v_customer_account
        try:
            v_frozen_fields = self.frozen_fields
        except AttributeError:
            pass
        else:
            if not isinstance(v_frozen_fields, Unset):
                data["frozen_fields"] = v_frozen_fields
        try:
            v_invoicing_rules = self.invoicing_rules
        except AttributeError:
            pass
        else:
            if not isinstance(v_invoicing_rules, Unset):
                data["invoicing_rules"] = (
                    [item0.to_dict() for item0 in v_invoicing_rules]
                    if isinstance(v_invoicing_rules, list)
                    else v_invoicing_rules
                )
        try:
            v_net_amount = self.net_amount
        except AttributeError:
            pass
        else:
            if not isinstance(v_net_amount, Unset):
                data["net_amount"] = v_net_amount
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceItem:
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
        v_customer = d.pop("customer", UNSET)
        if v_customer is not UNSET:
            if (
                (type(v_customer) is dict)
                or (type(v_customer) is dict)
                or (type(v_customer) is str)
            ):
                fill.customer = (
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
        v_date = d.pop("date", UNSET)
        if v_date is not UNSET:
            if type(v_date) is int:
                fill.date = v_date
            else:
                d["date"] = v_date
        v_description = d.pop("description", UNSET)
        if v_description is not UNSET:
            if (type(v_description) is str) or (v_description is None):
                fill.description = v_description
            else:
                d["description"] = v_description
        v_discountable = d.pop("discountable", UNSET)
        if v_discountable is not UNSET:
            if type(v_discountable) is bool:
                fill.discountable = v_discountable
            else:
                d["discountable"] = v_discountable
        v_discounts = d.pop("discounts", UNSET)
        if v_discounts is not UNSET:
            if (
                type(v_discounts) is list
                and all(
                    (type(item0) is dict) or (type(item0) is dict) or (type(item0) is str)
                    for item0 in v_discounts
                )
            ) or (v_discounts is None):
                fill.discounts = (
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
        v_id = d.pop("id", UNSET)
        if v_id is not UNSET:
            if type(v_id) is str:
                fill.id = v_id
            else:
                d["id"] = v_id
        v_invoice = d.pop("invoice", UNSET)
        if v_invoice is not UNSET:
            if (type(v_invoice) is dict) or (type(v_invoice) is str) or (v_invoice is None):
                fill.invoice = (
                    Invoice.from_dict(v_invoice) if type(v_invoice) is dict else v_invoice
                )
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
            if (
                type(v_metadata) is dict
                and all(type(item0) is str for item0 in v_metadata.values())
            ) or (v_metadata is None):
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
                    BillingBillResourceInvoiceItemParentsInvoiceItemParent.from_dict(v_parent)
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
        v_proration = d.pop("proration", UNSET)
        if v_proration is not UNSET:
            if type(v_proration) is bool:
                fill.proration = v_proration
            else:
                d["proration"] = v_proration
        v_proration_details = d.pop("proration_details", UNSET)
        if v_proration_details is not UNSET:
            if (type(v_proration_details) is dict) or (v_proration_details is None):
                fill.proration_details = (
                    ProrationDetails.from_dict(v_proration_details)
                    if type(v_proration_details) is dict
                    else v_proration_details
                )
            else:
                d["proration_details"] = v_proration_details
        v_quantity = d.pop("quantity", UNSET)
        if v_quantity is not UNSET:
            if type(v_quantity) is int:
                fill.quantity = v_quantity
            else:
                d["quantity"] = v_quantity
        v_quantity_decimal = d.pop("quantity_decimal", UNSET)
        if v_quantity_decimal is not UNSET:
            if type(v_quantity_decimal) is str:
                fill.quantity_decimal = v_quantity_decimal
            else:
                d["quantity_decimal"] = v_quantity_decimal
        v_tax_rates = d.pop("tax_rates", UNSET)
        if v_tax_rates is not UNSET:
            if (
                type(v_tax_rates) is list and all(type(item0) is dict for item0 in v_tax_rates)
            ) or (v_tax_rates is None):
                fill.tax_rates = v_tax_rates
            else:
                d["tax_rates"] = v_tax_rates
        v_test_clock = d.pop("test_clock", UNSET)
        if v_test_clock is not UNSET:
            if (
                (type(v_test_clock) is str)
                or (type(v_test_clock) is dict)
                or (v_test_clock is None)
            ):
                fill.test_clock = v_test_clock
            else:
                d["test_clock"] = v_test_clock
        v_customer_account = d.pop("customer_account", UNSET)
        if v_customer_account is UNSET:
            fill.customer_account = UNSET
        elif (type(v_customer_account) is str) or (v_customer_account is None):
            fill.customer_account = v_customer_account
        else:
            d["customer_account"] = v_customer_account
        v_frozen_fields = d.pop("frozen_fields", UNSET)
        if v_frozen_fields is UNSET:
            fill.frozen_fields = UNSET
        elif (
            type(v_frozen_fields) is list and all(type(item0) is str for item0 in v_frozen_fields)
        ) or (v_frozen_fields is None):
            fill.frozen_fields = v_frozen_fields
        else:
            d["frozen_fields"] = v_frozen_fields
        v_invoicing_rules = d.pop("invoicing_rules", UNSET)
        if v_invoicing_rules is UNSET:
            fill.invoicing_rules = UNSET
        elif (
            type(v_invoicing_rules) is list
            and all(type(item0) is dict for item0 in v_invoicing_rules)
        ) or (v_invoicing_rules is None):
            fill.invoicing_rules = (
                [InvoiceItemInvoicingRule.from_dict(item0) for item0 in v_invoicing_rules]
                if type(v_invoicing_rules) is list
                and all(type(item0) is dict for item0 in v_invoicing_rules)
                else v_invoicing_rules
            )
        else:
            d["invoicing_rules"] = v_invoicing_rules
        v_net_amount = d.pop("net_amount", UNSET)
        if v_net_amount is UNSET:
            fill.net_amount = UNSET
        elif (type(v_net_amount) is int) or (v_net_amount is None):
            fill.net_amount = v_net_amount
        else:
            d["net_amount"] = v_net_amount
        fill.additional_properties = d
        return obj


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
