"""Response models: shared (generated; do not edit).

Parsing is tolerant: anything not modelled, and any value of another type than its
field declares, is kept in `additional_properties`, so `from_dict(d).to_dict() == d`.
Reading a field that the data lacks, or held with another type, raises
`FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when
absent."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Address(Model):
    """Postal address parts; any of them may be empty."""

    city: str | None
    country: str | None
    line1: str | None
    line2: str | None
    postal_code: str | None
    state: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("city", "city", "str | None"),
        ("country", "country", "str | None"),
        ("line1", "line1", "str | None"),
        ("line2", "line2", "str | None"),
        ("postal_code", "postal_code", "str | None"),
        ("state", "state", "str | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_city = self.city
        except AttributeError:
            pass
        else:
            data["city"] = v_city
        try:
            v_country = self.country
        except AttributeError:
            pass
        else:
            data["country"] = v_country
        try:
            v_line1 = self.line1
        except AttributeError:
            pass
        else:
            data["line1"] = v_line1
        try:
            v_line2 = self.line2
        except AttributeError:
            pass
        else:
            data["line2"] = v_line2
        try:
            v_postal_code = self.postal_code
        except AttributeError:
            pass
        else:
            data["postal_code"] = v_postal_code
        try:
            v_state = self.state
        except AttributeError:
            pass
        else:
            data["state"] = v_state
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Address:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        v_city = d.pop("city", UNSET)
        if v_city is not UNSET:
            if (type(v_city) is str) or (v_city is None):
                fill.city = v_city
            else:
                d["city"] = v_city
        v_country = d.pop("country", UNSET)
        if v_country is not UNSET:
            if (type(v_country) is str) or (v_country is None):
                fill.country = v_country
            else:
                d["country"] = v_country
        v_line1 = d.pop("line1", UNSET)
        if v_line1 is not UNSET:
            if (type(v_line1) is str) or (v_line1 is None):
                fill.line1 = v_line1
            else:
                d["line1"] = v_line1
        v_line2 = d.pop("line2", UNSET)
        if v_line2 is not UNSET:
            if (type(v_line2) is str) or (v_line2 is None):
                fill.line2 = v_line2
            else:
                d["line2"] = v_line2
        v_postal_code = d.pop("postal_code", UNSET)
        if v_postal_code is not UNSET:
            if (type(v_postal_code) is str) or (v_postal_code is None):
                fill.postal_code = v_postal_code
            else:
                d["postal_code"] = v_postal_code
        v_state = d.pop("state", UNSET)
        if v_state is not UNSET:
            if (type(v_state) is str) or (v_state is None):
                fill.state = v_state
            else:
                d["state"] = v_state
        fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingPricingPricing(Model):
    """Embedded object found at `line_item.pricing`."""

    price_details: BillingBillResourceInvoicingPricingPricingPriceDetails | None
    type_: Literal["price_details"]
    unit_amount_decimal: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "price_details",
            "price_details",
            "BillingBillResourceInvoicingPricingPricingPriceDetails | None",
        ),
        ("type_", "type", "Literal['price_details']"),
        ("unit_amount_decimal", "unit_amount_decimal", "str | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_price_details = self.price_details
        except AttributeError:
            pass
        else:
            data["price_details"] = (
                v_price_details.to_dict()
                if isinstance(
                    v_price_details, BillingBillResourceInvoicingPricingPricingPriceDetails
                )
                else v_price_details
            )
        try:
            v_type_ = self.type_
        except AttributeError:
            pass
        else:
            data["type"] = v_type_
        try:
            v_unit_amount_decimal = self.unit_amount_decimal
        except AttributeError:
            pass
        else:
            data["unit_amount_decimal"] = v_unit_amount_decimal
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingBillResourceInvoicingPricingPricing:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        v_price_details = d.pop("price_details", UNSET)
        if v_price_details is not UNSET:
            if (type(v_price_details) is dict) or (v_price_details is None):
                fill.price_details = (
                    BillingBillResourceInvoicingPricingPricingPriceDetails.from_dict(
                        v_price_details
                    )
                    if type(v_price_details) is dict
                    else v_price_details
                )
            else:
                d["price_details"] = v_price_details
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET:
            if type(v_type_) is str:
                fill.type_ = v_type_
            else:
                d["type"] = v_type_
        v_unit_amount_decimal = d.pop("unit_amount_decimal", UNSET)
        if v_unit_amount_decimal is not UNSET:
            if (type(v_unit_amount_decimal) is str) or (v_unit_amount_decimal is None):
                fill.unit_amount_decimal = v_unit_amount_decimal
            else:
                d["unit_amount_decimal"] = v_unit_amount_decimal
        fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingPricingPricingPriceDetails(Model):
    """Embedded object found at `line_item.pricing.price_details`."""

    price: DeletedPrice | Price | str
    product: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("price", "price", "DeletedPrice | Price | str"),
        ("product", "product", "str"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_price = self.price
        except AttributeError:
            pass
        else:
            data["price"] = (
                v_price.to_dict()
                if isinstance(v_price, Price)
                else (v_price.to_dict() if isinstance(v_price, DeletedPrice) else v_price)
            )
        try:
            v_product = self.product
        except AttributeError:
            pass
        else:
            data["product"] = v_product
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingPricingPricingPriceDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        v_price = d.pop("price", UNSET)
        if v_price is not UNSET:
            if (type(v_price) is dict) or (type(v_price) is dict) or (type(v_price) is str):
                fill.price = (
                    DeletedPrice.from_dict(v_price)
                    if type(v_price) is dict
                    and v_price.get("deleted") is True
                    and v_price.get("object") == "price"
                    else (Price.from_dict(v_price) if type(v_price) is dict else v_price)
                )
            else:
                d["price"] = v_price
        v_product = d.pop("product", UNSET)
        if v_product is not UNSET:
            if type(v_product) is str:
                fill.product = v_product
            else:
                d["product"] = v_product
        fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingTaxesTax(Model):
    """Embedded object found at `invoice.total_taxes`."""

    amount: int
    tax_behavior: Literal["exclusive", "inclusive"]
    tax_rate_details: BillingBillResourceInvoicingTaxesTaxRateDetails | None
    taxability_reason: Literal[
        "customer_exempt",
        "not_available",
        "not_collecting",
        "not_subject_to_tax",
        "not_supported",
        "portion_product_exempt",
        "portion_reduced_rated",
        "portion_standard_rated",
        "product_exempt",
        "product_exempt_holiday",
        "proportionally_rated",
        "reduced_rated",
        "reverse_charge",
        "standard_rated",
        "taxable_basis_reduced",
        "zero_rated",
    ]
    taxable_amount: int | None
    type_: Literal["tax_rate_details"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("tax_behavior", "tax_behavior", "Literal['exclusive', 'inclusive']"),
        (
            "tax_rate_details",
            "tax_rate_details",
            "BillingBillResourceInvoicingTaxesTaxRateDetails | None",
        ),
        ("taxability_reason", "taxability_reason", "str (one of 16 values)"),
        ("taxable_amount", "taxable_amount", "int | None"),
        ("type_", "type", "Literal['tax_rate_details']"),
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
            v_tax_behavior = self.tax_behavior
        except AttributeError:
            pass
        else:
            data["tax_behavior"] = v_tax_behavior
        try:
            v_tax_rate_details = self.tax_rate_details
        except AttributeError:
            pass
        else:
            data["tax_rate_details"] = (
                v_tax_rate_details.to_dict()
                if isinstance(v_tax_rate_details, BillingBillResourceInvoicingTaxesTaxRateDetails)
                else v_tax_rate_details
            )
        try:
            v_taxability_reason = self.taxability_reason
        except AttributeError:
            pass
        else:
            data["taxability_reason"] = v_taxability_reason
        try:
            v_taxable_amount = self.taxable_amount
        except AttributeError:
            pass
        else:
            data["taxable_amount"] = v_taxable_amount
        try:
            v_type_ = self.type_
        except AttributeError:
            pass
        else:
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingBillResourceInvoicingTaxesTax:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET:
            if type(v_amount) is int:
                fill.amount = v_amount
            else:
                d["amount"] = v_amount
        v_tax_behavior = d.pop("tax_behavior", UNSET)
        if v_tax_behavior is not UNSET:
            if type(v_tax_behavior) is str:
                fill.tax_behavior = v_tax_behavior
            else:
                d["tax_behavior"] = v_tax_behavior
        v_tax_rate_details = d.pop("tax_rate_details", UNSET)
        if v_tax_rate_details is not UNSET:
            if (type(v_tax_rate_details) is dict) or (v_tax_rate_details is None):
                fill.tax_rate_details = (
                    BillingBillResourceInvoicingTaxesTaxRateDetails.from_dict(v_tax_rate_details)
                    if type(v_tax_rate_details) is dict
                    else v_tax_rate_details
                )
            else:
                d["tax_rate_details"] = v_tax_rate_details
        v_taxability_reason = d.pop("taxability_reason", UNSET)
        if v_taxability_reason is not UNSET:
            if type(v_taxability_reason) is str:
                fill.taxability_reason = v_taxability_reason
            else:
                d["taxability_reason"] = v_taxability_reason
        v_taxable_amount = d.pop("taxable_amount", UNSET)
        if v_taxable_amount is not UNSET:
            if (type(v_taxable_amount) is int) or (v_taxable_amount is None):
                fill.taxable_amount = v_taxable_amount
            else:
                d["taxable_amount"] = v_taxable_amount
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET:
            if type(v_type_) is str:
                fill.type_ = v_type_
            else:
                d["type"] = v_type_
        fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingTaxesTaxRateDetails(Model):
    """Embedded object found at `invoice.total_taxes.tax_rate_details`."""

    tax_rate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (("tax_rate", "tax_rate", "str"),)

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_tax_rate = self.tax_rate
        except AttributeError:
            pass
        else:
            data["tax_rate"] = v_tax_rate
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingTaxesTaxRateDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        v_tax_rate = d.pop("tax_rate", UNSET)
        if v_tax_rate is not UNSET:
            if type(v_tax_rate) is str:
                fill.tax_rate = v_tax_rate
            else:
                d["tax_rate"] = v_tax_rate
        fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DiscountsResourceDiscountAmount(Model):
    """Embedded object found at `invoice.total_discount_amounts`."""

    amount: int
    discount: DeletedDiscount | Discount | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("discount", "discount", "DeletedDiscount | Discount | str"),
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
            v_discount = self.discount
        except AttributeError:
            pass
        else:
            data["discount"] = (
                v_discount.to_dict()
                if isinstance(v_discount, Discount)
                else (
                    v_discount.to_dict() if isinstance(v_discount, DeletedDiscount) else v_discount
                )
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DiscountsResourceDiscountAmount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET:
            if type(v_amount) is int:
                fill.amount = v_amount
            else:
                d["amount"] = v_amount
        v_discount = d.pop("discount", UNSET)
        if v_discount is not UNSET:
            if (
                (type(v_discount) is dict)
                or (type(v_discount) is dict)
                or (type(v_discount) is str)
            ):
                fill.discount = (
                    DeletedDiscount.from_dict(v_discount)
                    if type(v_discount) is dict
                    and v_discount.get("deleted") is True
                    and v_discount.get("object") == "discount"
                    else (
                        Discount.from_dict(v_discount) if type(v_discount) is dict else v_discount
                    )
                )
            else:
                d["discount"] = v_discount
        fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceLineItemPeriod(Model):
    """Embedded object found at `line_item.period`."""

    end: int
    start: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("end", "end", "int"),
        ("start", "start", "int"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_end = self.end
        except AttributeError:
            pass
        else:
            data["end"] = v_end
        try:
            v_start = self.start
        except AttributeError:
            pass
        else:
            data["start"] = v_start
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceLineItemPeriod:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        v_end = d.pop("end", UNSET)
        if v_end is not UNSET:
            if type(v_end) is int:
                fill.end = v_end
            else:
                d["end"] = v_end
        v_start = d.pop("start", UNSET)
        if v_start is not UNSET:
            if type(v_start) is int:
                fill.start = v_start
            else:
                d["start"] = v_start
        fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceSettingCustomField(Model):
    """Embedded object found at `invoice.custom_fields`."""

    name: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("name", "name", "str"),
        ("value", "value", "str"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_name = self.name
        except AttributeError:
            pass
        else:
            data["name"] = v_name
        try:
            v_value = self.value
        except AttributeError:
            pass
        else:
            data["value"] = v_value
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceSettingCustomField:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        v_name = d.pop("name", UNSET)
        if v_name is not UNSET:
            if type(v_name) is str:
                fill.name = v_name
            else:
                d["name"] = v_name
        v_value = d.pop("value", UNSET)
        if v_value is not UNSET:
            if type(v_value) is str:
                fill.value = v_value
            else:
                d["value"] = v_value
        fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentMethodOptionsUpi(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.upi`."""

    mandate_options: InvoicesPaymentMethodOptionsUpiMandateOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "mandate_options",
            "mandate_options",
            "InvoicesPaymentMethodOptionsUpiMandateOptions | None",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_mandate_options = self.mandate_options
        except AttributeError:
            pass
        else:
            data["mandate_options"] = (
                v_mandate_options.to_dict()
                if isinstance(v_mandate_options, InvoicesPaymentMethodOptionsUpiMandateOptions)
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentMethodOptionsUpi:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        v_mandate_options = d.pop("mandate_options", UNSET)
        if v_mandate_options is not UNSET:
            if (type(v_mandate_options) is dict) or (v_mandate_options is None):
                fill.mandate_options = (
                    InvoicesPaymentMethodOptionsUpiMandateOptions.from_dict(v_mandate_options)
                    if type(v_mandate_options) is dict
                    else v_mandate_options
                )
            else:
                d["mandate_options"] = v_mandate_options
        fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentMethodOptionsUpiMandateOptions(Model):
    """Embedded object found at
    `invoice.payment_settings.payment_method_options.upi.mandate_options`."""

    amount: int | None
    amount_type: Literal["fixed", "maximum"] | None
    description: str | None
    end_date: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int | None"),
        ("amount_type", "amount_type", "Literal['fixed', 'maximum'] | None"),
        ("description", "description", "str | None"),
        ("end_date", "end_date", "int | None"),
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
            v_amount_type = self.amount_type
        except AttributeError:
            pass
        else:
            data["amount_type"] = v_amount_type
        try:
            v_description = self.description
        except AttributeError:
            pass
        else:
            data["description"] = v_description
        try:
            v_end_date = self.end_date
        except AttributeError:
            pass
        else:
            data["end_date"] = v_end_date
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicesPaymentMethodOptionsUpiMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET:
            if (type(v_amount) is int) or (v_amount is None):
                fill.amount = v_amount
            else:
                d["amount"] = v_amount
        v_amount_type = d.pop("amount_type", UNSET)
        if v_amount_type is not UNSET:
            if (type(v_amount_type) is str) or (v_amount_type is None):
                fill.amount_type = v_amount_type
            else:
                d["amount_type"] = v_amount_type
        v_description = d.pop("description", UNSET)
        if v_description is not UNSET:
            if (type(v_description) is str) or (v_description is None):
                fill.description = v_description
            else:
                d["description"] = v_description
        v_end_date = d.pop("end_date", UNSET)
        if v_end_date is not UNSET:
            if (type(v_end_date) is int) or (v_end_date is None):
                fill.end_date = v_end_date
            else:
                d["end_date"] = v_end_date
        fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesResourcePretaxCreditAmount(Model):
    """Embedded object found at `invoice.total_pretax_credit_amounts`."""

    amount: int
    credit_balance_transaction: str | dict[str, Any] | None
    discount: DeletedDiscount | Discount | str | None
    type_: Literal["credit_balance_transaction", "discount"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("credit_balance_transaction", "credit_balance_transaction", "str | dict[str, Any] | None"),
        ("discount", "discount", "DeletedDiscount | Discount | str | None"),
        ("type_", "type", "Literal['credit_balance_transaction', 'discount']"),
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
            v_credit_balance_transaction = self.credit_balance_transaction
        except AttributeError:
            pass
        else:
            data["credit_balance_transaction"] = v_credit_balance_transaction
        try:
            v_discount = self.discount
        except AttributeError:
            pass
        else:
            data["discount"] = (
                v_discount.to_dict()
                if isinstance(v_discount, Discount)
                else (
                    v_discount.to_dict() if isinstance(v_discount, DeletedDiscount) else v_discount
                )
            )
        try:
            v_type_ = self.type_
        except AttributeError:
            pass
        else:
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourcePretaxCreditAmount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        v_amount = d.pop("amount", UNSET)
        if v_amount is not UNSET:
            if type(v_amount) is int:
                fill.amount = v_amount
            else:
                d["amount"] = v_amount
        v_credit_balance_transaction = d.pop("credit_balance_transaction", UNSET)
        if v_credit_balance_transaction is not UNSET:
            if (
                (type(v_credit_balance_transaction) is str)
                or (type(v_credit_balance_transaction) is dict)
                or (v_credit_balance_transaction is None)
            ):
                fill.credit_balance_transaction = v_credit_balance_transaction
            else:
                d["credit_balance_transaction"] = v_credit_balance_transaction
        v_discount = d.pop("discount", UNSET)
        if v_discount is not UNSET:
            if (
                (type(v_discount) is dict)
                or (type(v_discount) is dict)
                or (type(v_discount) is str)
                or (v_discount is None)
            ):
                fill.discount = (
                    DeletedDiscount.from_dict(v_discount)
                    if type(v_discount) is dict
                    and v_discount.get("deleted") is True
                    and v_discount.get("object") == "discount"
                    else (
                        Discount.from_dict(v_discount) if type(v_discount) is dict else v_discount
                    )
                )
            else:
                d["discount"] = v_discount
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET:
            if type(v_type_) is str:
                fill.type_ = v_type_
            else:
                d["type"] = v_type_
        fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.us_bank_account.fi
    nancial_connections.filters`."""

    account_subcategories: list[Literal["checking", "savings"]] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "account_subcategories",
            "account_subcategories",
            "list[Literal['checking', 'savings']] | None",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_account_subcategories = self.account_subcategories
        except AttributeError:
            pass
        else:
            data["account_subcategories"] = v_account_subcategories
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        v_account_subcategories = d.pop("account_subcategories", UNSET)
        if v_account_subcategories is not UNSET:
            if (
                type(v_account_subcategories) is list
                and all(type(item0) is str for item0 in v_account_subcategories)
            ) or (v_account_subcategories is None):
                fill.account_subcategories = v_account_subcategories
            else:
                d["account_subcategories"] = v_account_subcategories
        fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Shipping(Model):
    """Recipient, address and carrier data for a delivery."""

    address: Address | None
    carrier: str | None
    name: str | None
    phone: str | None
    tracking_number: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("address", "address", "Address | None"),
        ("carrier", "carrier", "str | None"),
        ("name", "name", "str | None"),
        ("phone", "phone", "str | None"),
        ("tracking_number", "tracking_number", "str | None"),
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
            data["address"] = v_address.to_dict() if isinstance(v_address, Address) else v_address
        try:
            v_carrier = self.carrier
        except AttributeError:
            pass
        else:
            data["carrier"] = v_carrier
        try:
            v_name = self.name
        except AttributeError:
            pass
        else:
            data["name"] = v_name
        try:
            v_phone = self.phone
        except AttributeError:
            pass
        else:
            data["phone"] = v_phone
        try:
            v_tracking_number = self.tracking_number
        except AttributeError:
            pass
        else:
            data["tracking_number"] = v_tracking_number
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Shipping:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        v_address = d.pop("address", UNSET)
        if v_address is not UNSET:
            if (type(v_address) is dict) or (v_address is None):
                fill.address = (
                    Address.from_dict(v_address) if type(v_address) is dict else v_address
                )
            else:
                d["address"] = v_address
        v_carrier = d.pop("carrier", UNSET)
        if v_carrier is not UNSET:
            if (type(v_carrier) is str) or (v_carrier is None):
                fill.carrier = v_carrier
            else:
                d["carrier"] = v_carrier
        v_name = d.pop("name", UNSET)
        if v_name is not UNSET:
            if (type(v_name) is str) or (v_name is None):
                fill.name = v_name
            else:
                d["name"] = v_name
        v_phone = d.pop("phone", UNSET)
        if v_phone is not UNSET:
            if (type(v_phone) is str) or (v_phone is None):
                fill.phone = v_phone
            else:
                d["phone"] = v_phone
        v_tracking_number = d.pop("tracking_number", UNSET)
        if v_tracking_number is not UNSET:
            if (type(v_tracking_number) is str) or (v_tracking_number is None):
                fill.tracking_number = v_tracking_number
            else:
                d["tracking_number"] = v_tracking_number
        fill.additional_properties = d
        return obj


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .discount import DeletedDiscount, Discount  # noqa: E402
from .product import DeletedPrice, Price  # noqa: E402

__all__ = [
    "Address",
    "BillingBillResourceInvoicingPricingPricing",
    "BillingBillResourceInvoicingPricingPricingPriceDetails",
    "BillingBillResourceInvoicingTaxesTax",
    "BillingBillResourceInvoicingTaxesTaxRateDetails",
    "DiscountsResourceDiscountAmount",
    "InvoiceLineItemPeriod",
    "InvoiceSettingCustomField",
    "InvoicesPaymentMethodOptionsUpi",
    "InvoicesPaymentMethodOptionsUpiMandateOptions",
    "InvoicesResourcePretaxCreditAmount",
    "PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters",
    "Shipping",
]
