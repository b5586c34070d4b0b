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

from ..._core.model import Model
from ..._core.types import UNSET, Unset
from ..enums import MandatePurpose, RegistrationType, TaxabilityReason


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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Address:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_city = take("city", UNSET)
        if (type(v_city) is str) or (v_city is None):
            fill.city = v_city
        elif v_city is not UNSET:
            d["city"] = v_city
        v_country = take("country", UNSET)
        if (type(v_country) is str) or (v_country is None):
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        v_line1 = take("line1", UNSET)
        if (type(v_line1) is str) or (v_line1 is None):
            fill.line1 = v_line1
        elif v_line1 is not UNSET:
            d["line1"] = v_line1
        v_line2 = take("line2", UNSET)
        if (type(v_line2) is str) or (v_line2 is None):
            fill.line2 = v_line2
        elif v_line2 is not UNSET:
            d["line2"] = v_line2
        v_postal_code = take("postal_code", UNSET)
        if (type(v_postal_code) is str) or (v_postal_code is None):
            fill.postal_code = v_postal_code
        elif v_postal_code is not UNSET:
            d["postal_code"] = v_postal_code
        v_state = take("state", UNSET)
        if (type(v_state) is str) or (v_state is None):
            fill.state = v_state
        elif v_state is not UNSET:
            d["state"] = v_state
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("price_details",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
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
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingBillResourceInvoicingPricingPricing:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_price_details = take("price_details", UNSET)
        if (type(v_price_details) is dict) or (v_price_details is None):
            fill.price_details = (
                BillingBillResourceInvoicingPricingPricingPriceDetails.from_dict(v_price_details)
                if type(v_price_details) is dict
                else v_price_details
            )
        elif v_price_details is not UNSET:
            d["price_details"] = v_price_details
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        v_unit_amount_decimal = take("unit_amount_decimal", UNSET)
        if (type(v_unit_amount_decimal) is str) or (v_unit_amount_decimal is None):
            fill.unit_amount_decimal = v_unit_amount_decimal
        elif v_unit_amount_decimal is not UNSET:
            d["unit_amount_decimal"] = v_unit_amount_decimal
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("price",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
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
        take = d.pop  # bound once: one lookup per model, not per field
        v_price = take("price", UNSET)
        if (type(v_price) is dict) or (type(v_price) is dict) or (type(v_price) is str):
            fill.price = (
                DeletedPrice.from_dict(v_price)
                if type(v_price) is dict
                and v_price.get("deleted") is True
                and v_price.get("object") == "price"
                else (Price.from_dict(v_price) if type(v_price) is dict else v_price)
            )
        elif v_price is not UNSET:
            d["price"] = v_price
        v_product = take("product", UNSET)
        if type(v_product) is str:
            fill.product = v_product
        elif v_product is not UNSET:
            d["product"] = v_product
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("tax_rate_details",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
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
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingBillResourceInvoicingTaxesTax:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount = take("amount", UNSET)
        if type(v_amount) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        v_tax_behavior = take("tax_behavior", UNSET)
        if type(v_tax_behavior) is str:
            fill.tax_behavior = v_tax_behavior
        elif v_tax_behavior is not UNSET:
            d["tax_behavior"] = v_tax_behavior
        v_tax_rate_details = take("tax_rate_details", UNSET)
        if (type(v_tax_rate_details) is dict) or (v_tax_rate_details is None):
            fill.tax_rate_details = (
                BillingBillResourceInvoicingTaxesTaxRateDetails.from_dict(v_tax_rate_details)
                if type(v_tax_rate_details) is dict
                else v_tax_rate_details
            )
        elif v_tax_rate_details is not UNSET:
            d["tax_rate_details"] = v_tax_rate_details
        v_taxability_reason = take("taxability_reason", UNSET)
        if type(v_taxability_reason) is str:
            fill.taxability_reason = v_taxability_reason
        elif v_taxability_reason is not UNSET:
            d["taxability_reason"] = v_taxability_reason
        v_taxable_amount = take("taxable_amount", UNSET)
        if (type(v_taxable_amount) is int) or (v_taxable_amount is None):
            fill.taxable_amount = v_taxable_amount
        elif v_taxable_amount is not UNSET:
            d["taxable_amount"] = v_taxable_amount
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingTaxesTaxRateDetails(Model):
    """Embedded object found at `invoice.total_taxes.tax_rate_details`."""

    tax_rate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (("tax_rate", "tax_rate", "str"),)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingTaxesTaxRateDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_tax_rate = take("tax_rate", UNSET)
        if type(v_tax_rate) is str:
            fill.tax_rate = v_tax_rate
        elif v_tax_rate is not UNSET:
            d["tax_rate"] = v_tax_rate
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ConnectAccountReference(Model):
    """Points at the platform itself or at one connected account."""

    type_: Literal["account", "self"]
    account: str | dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("type_", "type", "Literal['account', 'self']"),
        ("account", "account", "str | dict[str, Any] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ConnectAccountReference:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        v_account = take("account", UNSET)
        if (type(v_account) is str) or (type(v_account) is dict) or (v_account is None):
            fill.account = v_account
        elif v_account is UNSET:
            fill.account = UNSET
        else:
            d["account"] = v_account
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("discount",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
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
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount = take("amount", UNSET)
        if type(v_amount) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        v_discount = take("discount", UNSET)
        if (type(v_discount) is dict) or (type(v_discount) is dict) or (type(v_discount) is str):
            fill.discount = (
                DeletedDiscount.from_dict(v_discount)
                if type(v_discount) is dict
                and v_discount.get("deleted") is True
                and v_discount.get("object") == "discount"
                else (Discount.from_dict(v_discount) if type(v_discount) is dict else v_discount)
            )
        elif v_discount is not UNSET:
            d["discount"] = v_discount
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class IntentNextActionCashappHandleRedirectOrDisplayQrCodeQrCode(Model):
    """IntentNextActionCashappHandleRedirectOrDisplayQrCodeQrCode"""

    expires_at: int
    image_url_png: str
    image_url_svg: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("expires_at", "expires_at", "int"),
        ("image_url_png", "image_url_png", "str"),
        ("image_url_svg", "image_url_svg", "str"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> IntentNextActionCashappHandleRedirectOrDisplayQrCodeQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_expires_at = take("expires_at", UNSET)
        if type(v_expires_at) is int:
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        v_image_url_png = take("image_url_png", UNSET)
        if type(v_image_url_png) is str:
            fill.image_url_png = v_image_url_png
        elif v_image_url_png is not UNSET:
            d["image_url_png"] = v_image_url_png
        v_image_url_svg = take("image_url_svg", UNSET)
        if type(v_image_url_svg) is str:
            fill.image_url_svg = v_image_url_svg
        elif v_image_url_svg is not UNSET:
            d["image_url_svg"] = v_image_url_svg
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class IntentPaymentMethodOptionsUsBankAccountFinancialConnections(Model):
    """IntentPaymentMethodOptionsUsBankAccountFinancialConnections"""

    filters: PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters | None
    permissions: list[Literal["balances", "ownership", "payment_method", "transactions"]] | None
    prefetch: list[Literal["balances", "ownership", "transactions"]] | None
    return_url: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "filters",
            "filters",
            "PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters | None",
        ),
        (
            "permissions",
            "permissions",
            "list[Literal['balances', 'ownership', 'payment_method', 'transactions']] | None",
        ),
        ("prefetch", "prefetch", "list[Literal['balances', 'ownership', 'transactions']] | None"),
        ("return_url", "return_url", "str | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("filters",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_filters = self.filters
        except AttributeError:
            pass
        else:
            data["filters"] = (
                v_filters.to_dict()
                if isinstance(
                    v_filters, PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters
                )
                else v_filters
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> IntentPaymentMethodOptionsUsBankAccountFinancialConnections:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_filters = take("filters", UNSET)
        if (type(v_filters) is dict) or (v_filters is None):
            fill.filters = (
                PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters.from_dict(v_filters)
                if type(v_filters) is dict
                else v_filters
            )
        elif v_filters is not UNSET:
            d["filters"] = v_filters
        v_permissions = take("permissions", UNSET)
        if (
            type(v_permissions) is list
            and (not v_permissions or all(type(item0) is str for item0 in v_permissions))
        ) or (v_permissions is None):
            fill.permissions = v_permissions
        elif v_permissions is not UNSET:
            d["permissions"] = v_permissions
        v_prefetch = take("prefetch", UNSET)
        if (
            type(v_prefetch) is list
            and (not v_prefetch or all(type(item0) is str for item0 in v_prefetch))
        ) or (v_prefetch is None):
            fill.prefetch = v_prefetch
        elif v_prefetch is not UNSET:
            d["prefetch"] = v_prefetch
        v_return_url = take("return_url", UNSET)
        if (type(v_return_url) is str) or (v_return_url is None):
            fill.return_url = v_return_url
        elif v_return_url is not UNSET:
            d["return_url"] = v_return_url
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceLineItemPeriod:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_end = take("end", UNSET)
        if type(v_end) is int:
            fill.end = v_end
        elif v_end is not UNSET:
            d["end"] = v_end
        v_start = take("start", UNSET)
        if type(v_start) is int:
            fill.start = v_start
        elif v_start is not UNSET:
            d["start"] = v_start
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsAcssDebit(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.acss_debit`."""

    mandate_options: InvoicePaymentMethodOptionsAcssDebitMandateOptions | None
    verification_method: Literal["automatic", "instant", "microdeposits"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "mandate_options",
            "mandate_options",
            "InvoicePaymentMethodOptionsAcssDebitMandateOptions | None",
        ),
        (
            "verification_method",
            "verification_method",
            "Literal['automatic', 'instant', 'microdeposits'] | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("mandate_options",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_mandate_options = self.mandate_options
        except AttributeError:
            pass
        else:
            data["mandate_options"] = (
                v_mandate_options.to_dict()
                if isinstance(v_mandate_options, InvoicePaymentMethodOptionsAcssDebitMandateOptions)
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsAcssDebit:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                InvoicePaymentMethodOptionsAcssDebitMandateOptions.from_dict(v_mandate_options)
                if type(v_mandate_options) is dict
                else v_mandate_options
            )
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        v_verification_method = take("verification_method", UNSET)
        if (type(v_verification_method) is str) or (v_verification_method is None):
            fill.verification_method = v_verification_method
        elif v_verification_method is not UNSET:
            d["verification_method"] = v_verification_method
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsAcssDebitMandateOptions(Model):
    """Embedded object found at
    `invoice.payment_settings.payment_method_options.acss_debit.mandate_options`."""

    transaction_type: Literal["business", "personal"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("transaction_type", "transaction_type", "Literal['business', 'personal'] | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicePaymentMethodOptionsAcssDebitMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_transaction_type = take("transaction_type", UNSET)
        if (type(v_transaction_type) is str) or (v_transaction_type is None):
            fill.transaction_type = v_transaction_type
        elif v_transaction_type is not UNSET:
            d["transaction_type"] = v_transaction_type
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsBancontact(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.bancontact`."""

    preferred_language: Literal["de", "en", "fr", "nl"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("preferred_language", "preferred_language", "Literal['de', 'en', 'fr', 'nl']"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsBancontact:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_preferred_language = take("preferred_language", UNSET)
        if type(v_preferred_language) is str:
            fill.preferred_language = v_preferred_language
        elif v_preferred_language is not UNSET:
            d["preferred_language"] = v_preferred_language
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsCustomerBalance(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.customer_balance`."""

    bank_transfer: InvoicePaymentMethodOptionsCustomerBalanceBankTransfer | None
    funding_type: Literal["bank_transfer"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "bank_transfer",
            "bank_transfer",
            "InvoicePaymentMethodOptionsCustomerBalanceBankTransfer | None",
        ),
        ("funding_type", "funding_type", "Literal['bank_transfer'] | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("bank_transfer",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_bank_transfer = self.bank_transfer
        except AttributeError:
            pass
        else:
            data["bank_transfer"] = (
                v_bank_transfer.to_dict()
                if isinstance(
                    v_bank_transfer, InvoicePaymentMethodOptionsCustomerBalanceBankTransfer
                )
                else v_bank_transfer
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsCustomerBalance:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_bank_transfer = take("bank_transfer", UNSET)
        if (type(v_bank_transfer) is dict) or (v_bank_transfer is None):
            fill.bank_transfer = (
                InvoicePaymentMethodOptionsCustomerBalanceBankTransfer.from_dict(v_bank_transfer)
                if type(v_bank_transfer) is dict
                else v_bank_transfer
            )
        elif v_bank_transfer is not UNSET:
            d["bank_transfer"] = v_bank_transfer
        v_funding_type = take("funding_type", UNSET)
        if (type(v_funding_type) is str) or (v_funding_type is None):
            fill.funding_type = v_funding_type
        elif v_funding_type is not UNSET:
            d["funding_type"] = v_funding_type
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsCustomerBalanceBankTransfer(Model):
    """Embedded object found at
    `invoice.payment_settings.payment_method_options.customer_balance.bank_transfer`."""

    eu_bank_transfer: MethodOptionsCustomerBalanceBankTransferEuBankTransfer | None
    type_: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "eu_bank_transfer",
            "eu_bank_transfer",
            "MethodOptionsCustomerBalanceBankTransferEuBankTransfer | None",
        ),
        ("type_", "type", "str | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("eu_bank_transfer",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_eu_bank_transfer = self.eu_bank_transfer
        except AttributeError:
            pass
        else:
            data["eu_bank_transfer"] = (
                v_eu_bank_transfer.to_dict()
                if isinstance(
                    v_eu_bank_transfer, MethodOptionsCustomerBalanceBankTransferEuBankTransfer
                )
                else v_eu_bank_transfer
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicePaymentMethodOptionsCustomerBalanceBankTransfer:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_eu_bank_transfer = take("eu_bank_transfer", UNSET)
        if (type(v_eu_bank_transfer) is dict) or (v_eu_bank_transfer is None):
            fill.eu_bank_transfer = (
                MethodOptionsCustomerBalanceBankTransferEuBankTransfer.from_dict(v_eu_bank_transfer)
                if type(v_eu_bank_transfer) is dict
                else v_eu_bank_transfer
            )
        elif v_eu_bank_transfer is not UNSET:
            d["eu_bank_transfer"] = v_eu_bank_transfer
        v_type_ = take("type", UNSET)
        if (type(v_type_) is str) or (v_type_ is None):
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsUsBankAccount(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.us_bank_account`."""

    financial_connections: InvoicePaymentMethodOptionsUsBankAccountFinancialConnections | None
    verification_method: Literal["automatic", "instant", "microdeposits"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "financial_connections",
            "financial_connections",
            "InvoicePaymentMethodOptionsUsBankAccountFinancialConnections | None",
        ),
        (
            "verification_method",
            "verification_method",
            "Literal['automatic', 'instant', 'microdeposits'] | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("financial_connections",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_financial_connections = self.financial_connections
        except AttributeError:
            pass
        else:
            data["financial_connections"] = (
                v_financial_connections.to_dict()
                if isinstance(
                    v_financial_connections,
                    InvoicePaymentMethodOptionsUsBankAccountFinancialConnections,
                )
                else v_financial_connections
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsUsBankAccount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_financial_connections = take("financial_connections", UNSET)
        if (type(v_financial_connections) is dict) or (v_financial_connections is None):
            fill.financial_connections = (
                InvoicePaymentMethodOptionsUsBankAccountFinancialConnections.from_dict(
                    v_financial_connections
                )
                if type(v_financial_connections) is dict
                else v_financial_connections
            )
        elif v_financial_connections is not UNSET:
            d["financial_connections"] = v_financial_connections
        v_verification_method = take("verification_method", UNSET)
        if (type(v_verification_method) is str) or (v_verification_method is None):
            fill.verification_method = v_verification_method
        elif v_verification_method is not UNSET:
            d["verification_method"] = v_verification_method
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsUsBankAccountFinancialConnections(Model):
    """Embedded object found at
    `invoice.payment_settings.payment_method_options.us_bank_account.financial_connections`."""

    filters: PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters | None
    permissions: list[Literal["balances", "ownership", "payment_method", "transactions"]] | None
    prefetch: list[Literal["balances", "ownership", "transactions"]] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "filters",
            "filters",
            "PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters | None",
        ),
        (
            "permissions",
            "permissions",
            "list[Literal['balances', 'ownership', 'payment_method', 'transactions']] | None",
        ),
        ("prefetch", "prefetch", "list[Literal['balances', 'ownership', 'transactions']] | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("filters",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_filters = self.filters
        except AttributeError:
            pass
        else:
            data["filters"] = (
                v_filters.to_dict()
                if isinstance(
                    v_filters, PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters
                )
                else v_filters
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicePaymentMethodOptionsUsBankAccountFinancialConnections:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_filters = take("filters", UNSET)
        if (type(v_filters) is dict) or (v_filters is None):
            fill.filters = (
                PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters.from_dict(v_filters)
                if type(v_filters) is dict
                else v_filters
            )
        elif v_filters is not UNSET:
            d["filters"] = v_filters
        v_permissions = take("permissions", UNSET)
        if (
            type(v_permissions) is list
            and (not v_permissions or all(type(item0) is str for item0 in v_permissions))
        ) or (v_permissions is None):
            fill.permissions = v_permissions
        elif v_permissions is not UNSET:
            d["permissions"] = v_permissions
        v_prefetch = take("prefetch", UNSET)
        if (
            type(v_prefetch) is list
            and (not v_prefetch or all(type(item0) is str for item0 in v_prefetch))
        ) or (v_prefetch is None):
            fill.prefetch = v_prefetch
        elif v_prefetch is not UNSET:
            d["prefetch"] = v_prefetch
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceSettingCustomField:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_name = take("name", UNSET)
        if type(v_name) is str:
            fill.name = v_name
        elif v_name is not UNSET:
            d["name"] = v_name
        v_value = take("value", UNSET)
        if type(v_value) is str:
            fill.value = v_value
        elif v_value is not UNSET:
            d["value"] = v_value
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentMethodOptionsBillieCompanyDetails(Model):
    """Embedded object found at
    `invoice.payment_settings.payment_method_options.billie.company_details`."""

    registered_address: Address | None
    registered_name: str | None
    registration_number: str | None
    registration_type: RegistrationType | None
    vat: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("registered_address", "registered_address", "Address | None"),
        ("registered_name", "registered_name", "str | None"),
        ("registration_number", "registration_number", "str | None"),
        ("registration_type", "registration_type", "str (one of 14 values) | None"),
        ("vat", "vat", "str | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("registered_address",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_registered_address = self.registered_address
        except AttributeError:
            pass
        else:
            data["registered_address"] = (
                v_registered_address.to_dict()
                if isinstance(v_registered_address, Address)
                else v_registered_address
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicesPaymentMethodOptionsBillieCompanyDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_registered_address = take("registered_address", UNSET)
        if (type(v_registered_address) is dict) or (v_registered_address is None):
            fill.registered_address = (
                Address.from_dict(v_registered_address)
                if type(v_registered_address) is dict
                else v_registered_address
            )
        elif v_registered_address is not UNSET:
            d["registered_address"] = v_registered_address
        v_registered_name = take("registered_name", UNSET)
        if (type(v_registered_name) is str) or (v_registered_name is None):
            fill.registered_name = v_registered_name
        elif v_registered_name is not UNSET:
            d["registered_name"] = v_registered_name
        v_registration_number = take("registration_number", UNSET)
        if (type(v_registration_number) is str) or (v_registration_number is None):
            fill.registration_number = v_registration_number
        elif v_registration_number is not UNSET:
            d["registration_number"] = v_registration_number
        v_registration_type = take("registration_type", UNSET)
        if (type(v_registration_type) is str) or (v_registration_type is None):
            fill.registration_type = v_registration_type
        elif v_registration_type is not UNSET:
            d["registration_type"] = v_registration_type
        v_vat = take("vat", UNSET)
        if (type(v_vat) is str) or (v_vat is None):
            fill.vat = v_vat
        elif v_vat is not UNSET:
            d["vat"] = v_vat
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentMethodOptionsPayto(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.payto`."""

    mandate_options: InvoicesPaymentMethodOptionsPaytoMandateOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "mandate_options",
            "mandate_options",
            "InvoicesPaymentMethodOptionsPaytoMandateOptions | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("mandate_options",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_mandate_options = self.mandate_options
        except AttributeError:
            pass
        else:
            data["mandate_options"] = (
                v_mandate_options.to_dict()
                if isinstance(v_mandate_options, InvoicesPaymentMethodOptionsPaytoMandateOptions)
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentMethodOptionsPayto:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                InvoicesPaymentMethodOptionsPaytoMandateOptions.from_dict(v_mandate_options)
                if type(v_mandate_options) is dict
                else v_mandate_options
            )
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentMethodOptionsPaytoMandateOptions(Model):
    """Embedded object found at
    `invoice.payment_settings.payment_method_options.payto.mandate_options`."""

    amount: int | None
    amount_type: Literal["fixed", "maximum"] | None
    purpose: MandatePurpose | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int | None"),
        ("amount_type", "amount_type", "Literal['fixed', 'maximum'] | None"),
        ("purpose", "purpose", "str (one of 11 values) | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicesPaymentMethodOptionsPaytoMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount = take("amount", UNSET)
        if (type(v_amount) is int) or (v_amount is None):
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        v_amount_type = take("amount_type", UNSET)
        if (type(v_amount_type) is str) or (v_amount_type is None):
            fill.amount_type = v_amount_type
        elif v_amount_type is not UNSET:
            d["amount_type"] = v_amount_type
        v_purpose = take("purpose", UNSET)
        if (type(v_purpose) is str) or (v_purpose is None):
            fill.purpose = v_purpose
        elif v_purpose is not UNSET:
            d["purpose"] = v_purpose
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("mandate_options",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
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
        take = d.pop  # bound once: one lookup per model, not per field
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                InvoicesPaymentMethodOptionsUpiMandateOptions.from_dict(v_mandate_options)
                if type(v_mandate_options) is dict
                else v_mandate_options
            )
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicesPaymentMethodOptionsUpiMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount = take("amount", UNSET)
        if (type(v_amount) is int) or (v_amount is None):
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        v_amount_type = take("amount_type", UNSET)
        if (type(v_amount_type) is str) or (v_amount_type is None):
            fill.amount_type = v_amount_type
        elif v_amount_type is not UNSET:
            d["amount_type"] = v_amount_type
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_end_date = take("end_date", UNSET)
        if (type(v_end_date) is int) or (v_end_date is None):
            fill.end_date = v_end_date
        elif v_end_date is not UNSET:
            d["end_date"] = v_end_date
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("discount",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourcePretaxCreditAmount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount = take("amount", UNSET)
        if type(v_amount) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        v_credit_balance_transaction = take("credit_balance_transaction", UNSET)
        if (
            (type(v_credit_balance_transaction) is str)
            or (type(v_credit_balance_transaction) is dict)
            or (v_credit_balance_transaction is None)
        ):
            fill.credit_balance_transaction = v_credit_balance_transaction
        elif v_credit_balance_transaction is not UNSET:
            d["credit_balance_transaction"] = v_credit_balance_transaction
        v_discount = take("discount", UNSET)
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
                else (Discount.from_dict(v_discount) if type(v_discount) is dict else v_discount)
            )
        elif v_discount is not UNSET:
            d["discount"] = v_discount
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesResourceShippingCost(Model):
    """Embedded object found at `invoice.shipping_cost`."""

    amount_subtotal: int
    amount_tax: int
    amount_total: int
    shipping_rate: str | dict[str, Any] | None
    taxes: list[LineItemsTaxAmount] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_subtotal", "amount_subtotal", "int"),
        ("amount_tax", "amount_tax", "int"),
        ("amount_total", "amount_total", "int"),
        ("shipping_rate", "shipping_rate", "str | dict[str, Any] | None"),
        ("taxes", "taxes", "list[LineItemsTaxAmount] | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("taxes",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceShippingCost:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount_subtotal = take("amount_subtotal", UNSET)
        if type(v_amount_subtotal) is int:
            fill.amount_subtotal = v_amount_subtotal
        elif v_amount_subtotal is not UNSET:
            d["amount_subtotal"] = v_amount_subtotal
        v_amount_tax = take("amount_tax", UNSET)
        if type(v_amount_tax) is int:
            fill.amount_tax = v_amount_tax
        elif v_amount_tax is not UNSET:
            d["amount_tax"] = v_amount_tax
        v_amount_total = take("amount_total", UNSET)
        if type(v_amount_total) is int:
            fill.amount_total = v_amount_total
        elif v_amount_total is not UNSET:
            d["amount_total"] = v_amount_total
        v_shipping_rate = take("shipping_rate", UNSET)
        if (
            (type(v_shipping_rate) is str)
            or (type(v_shipping_rate) is dict)
            or (v_shipping_rate is None)
        ):
            fill.shipping_rate = v_shipping_rate
        elif v_shipping_rate is not UNSET:
            d["shipping_rate"] = v_shipping_rate
        v_taxes = take("taxes", UNSET)
        if (
            type(v_taxes) is list and (not v_taxes or all(type(item0) is dict for item0 in v_taxes))
        ) or (v_taxes is None):
            fill.taxes = (
                [LineItemsTaxAmount.from_dict(item0) for item0 in v_taxes]
                if type(v_taxes) is list
                and (not v_taxes or all(type(item0) is dict for item0 in v_taxes))
                else v_taxes
            )
        elif v_taxes is not UNSET:
            d["taxes"] = v_taxes
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class LineItemsTaxAmount(Model):
    """Embedded object found at `invoice.shipping_cost.taxes`."""

    amount: int
    rate: TaxRate
    """A tax percentage or flat amount with its jurisdiction, applied to invoice amounts."""
    taxability_reason: TaxabilityReason | None
    taxable_amount: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("rate", "rate", "TaxRate"),
        ("taxability_reason", "taxability_reason", "str (one of 15 values) | None"),
        ("taxable_amount", "taxable_amount", "int | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("rate",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_rate = self.rate
        except AttributeError:
            pass
        else:
            data["rate"] = v_rate.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> LineItemsTaxAmount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount = take("amount", UNSET)
        if type(v_amount) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        v_rate = take("rate", UNSET)
        if type(v_rate) is dict:
            fill.rate = TaxRate.from_dict(v_rate)
        elif v_rate is not UNSET:
            d["rate"] = v_rate
        v_taxability_reason = take("taxability_reason", UNSET)
        if (type(v_taxability_reason) is str) or (v_taxability_reason is None):
            fill.taxability_reason = v_taxability_reason
        elif v_taxability_reason is not UNSET:
            d["taxability_reason"] = v_taxability_reason
        v_taxable_amount = take("taxable_amount", UNSET)
        if (type(v_taxable_amount) is int) or (v_taxable_amount is None):
            fill.taxable_amount = v_taxable_amount
        elif v_taxable_amount is not UNSET:
            d["taxable_amount"] = v_taxable_amount
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MethodOptionsCustomerBalanceBankTransferEuBankTransfer(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.customer_balance.b
    ank_transfer.eu_bank_transfer`."""

    country: Literal["BE", "DE", "ES", "FR", "IE", "NL"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("country", "country", "Literal['BE', 'DE', 'ES', 'FR', 'IE', 'NL']"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> MethodOptionsCustomerBalanceBankTransferEuBankTransfer:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_country = take("country", UNSET)
        if type(v_country) is str:
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_account_subcategories = take("account_subcategories", UNSET)
        if (
            type(v_account_subcategories) is list
            and (
                not v_account_subcategories
                or all(type(item0) is str for item0 in v_account_subcategories)
            )
        ) or (v_account_subcategories is None):
            fill.account_subcategories = v_account_subcategories
        elif v_account_subcategories is not UNSET:
            d["account_subcategories"] = v_account_subcategories
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentSettingsPaymentMethodOptionsBlikMandateOptions(Model):
    """PaymentSettingsPaymentMethodOptionsBlikMandateOptions"""

    expires_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("expires_at", "expires_at", "int | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentSettingsPaymentMethodOptionsBlikMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_expires_at = take("expires_at", UNSET)
        if (type(v_expires_at) is int) or (v_expires_at is None):
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Plan(Model):
    """A legacy plan, the older form of a recurring price, still sent alongside the price on a
    subscription item."""

    active: bool
    """Whether the plan can be used for new purchases."""
    amount: int | None
    """Amount per unit (or per unit of usage) in the smallest currency unit, if a whole number."""
    amount_decimal: str | None
    """Amount per unit in the smallest currency unit, with up to twelve decimals."""
    billing_scheme: Literal["per_unit", "tiered"]
    """Whether the amount is per unit (`per_unit`) or taken from `tiers` (`tiered`)."""
    created: int
    """Unix timestamp in seconds when the object was created."""
    currency: str
    """Three-letter lowercase ISO currency code."""
    id: str
    """Unique id of the object."""
    interval: Literal["day", "month", "week", "year"]
    """Unit of the billing period."""
    interval_count: int
    """Number of `interval` units in one billing period."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    metadata: dict[str, str] | None
    """Your own key-value pairs stored on the object."""
    meter: str | None
    """Id of the billing meter that usage is counted on, for a metered plan."""
    nickname: str | None
    """Internal name of the plan, not shown to customers."""
    object_: Literal["plan"]
    """Object type, always `plan`."""
    product: Product | str | None
    """Product the plan prices (an id unless expanded)."""
    tiers_mode: Literal["graduated", "volume"] | None
    """Whether tiers apply to the whole quantity (`volume`) or piece by piece (`graduated`)."""
    transform_usage: PriceTransformQuantity | None
    """How the usage or quantity is divided before billing, if it is."""
    trial_period_days: int | None
    """Trial days a subscription to the plan starts with by default."""
    usage_type: Literal["licensed", "metered"]
    """Whether the quantity is set on the subscription (`licensed`) or counted from usage (`metered`)."""
    tiers: list[PriceTiers] | None | Unset = UNSET
    """Amount tiers of a tiered plan; only present when included."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("active", "active", "bool"),
        ("amount", "amount", "int | None"),
        ("amount_decimal", "amount_decimal", "str | None"),
        ("billing_scheme", "billing_scheme", "Literal['per_unit', 'tiered']"),
        ("created", "created", "int"),
        ("currency", "currency", "str"),
        ("id", "id", "str"),
        ("interval", "interval", "Literal['day', 'month', 'week', 'year']"),
        ("interval_count", "interval_count", "int"),
        ("livemode", "livemode", "bool"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("meter", "meter", "str | None"),
        ("nickname", "nickname", "str | None"),
        ("object_", "object", "Literal['plan']"),
        ("product", "product", "Product | str | None"),
        ("tiers_mode", "tiers_mode", "Literal['graduated', 'volume'] | None"),
        ("transform_usage", "transform_usage", "PriceTransformQuantity | None"),
        ("trial_period_days", "trial_period_days", "int | None"),
        ("usage_type", "usage_type", "Literal['licensed', 'metered']"),
        ("tiers", "tiers", "list[PriceTiers] | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "product",
            "transform_usage",
            "tiers",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_product = self.product
        except AttributeError:
            pass
        else:
            data["product"] = v_product.to_dict() if isinstance(v_product, Product) else v_product
        try:
            v_transform_usage = self.transform_usage
        except AttributeError:
            pass
        else:
            data["transform_usage"] = (
                v_transform_usage.to_dict()
                if isinstance(v_transform_usage, PriceTransformQuantity)
                else v_transform_usage
            )
        try:
            v_tiers = self.tiers
        except AttributeError:
            pass
        else:
            if not isinstance(v_tiers, Unset):
                data["tiers"] = (
                    [item0.to_dict() for item0 in v_tiers] if isinstance(v_tiers, list) else v_tiers
                )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Plan:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_active = take("active", UNSET)
        if type(v_active) is bool:
            fill.active = v_active
        elif v_active is not UNSET:
            d["active"] = v_active
        v_amount = take("amount", UNSET)
        if (type(v_amount) is int) or (v_amount is None):
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        v_amount_decimal = take("amount_decimal", UNSET)
        if (type(v_amount_decimal) is str) or (v_amount_decimal is None):
            fill.amount_decimal = v_amount_decimal
        elif v_amount_decimal is not UNSET:
            d["amount_decimal"] = v_amount_decimal
        v_billing_scheme = take("billing_scheme", UNSET)
        if type(v_billing_scheme) is str:
            fill.billing_scheme = v_billing_scheme
        elif v_billing_scheme is not UNSET:
            d["billing_scheme"] = v_billing_scheme
        v_created = take("created", UNSET)
        if type(v_created) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        v_currency = take("currency", UNSET)
        if type(v_currency) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_interval = take("interval", UNSET)
        if type(v_interval) is str:
            fill.interval = v_interval
        elif v_interval is not UNSET:
            d["interval"] = v_interval
        v_interval_count = take("interval_count", UNSET)
        if type(v_interval_count) is int:
            fill.interval_count = v_interval_count
        elif v_interval_count is not UNSET:
            d["interval_count"] = v_interval_count
        v_livemode = take("livemode", UNSET)
        if type(v_livemode) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        v_metadata = take("metadata", UNSET)
        if (
            type(v_metadata) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_meter = take("meter", UNSET)
        if (type(v_meter) is str) or (v_meter is None):
            fill.meter = v_meter
        elif v_meter is not UNSET:
            d["meter"] = v_meter
        v_nickname = take("nickname", UNSET)
        if (type(v_nickname) is str) or (v_nickname is None):
            fill.nickname = v_nickname
        elif v_nickname is not UNSET:
            d["nickname"] = v_nickname
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_product = take("product", UNSET)
        if (type(v_product) is dict) or (type(v_product) is str) or (v_product is None):
            fill.product = Product.from_dict(v_product) if type(v_product) is dict else v_product
        elif v_product is not UNSET:
            d["product"] = v_product
        v_tiers_mode = take("tiers_mode", UNSET)
        if (type(v_tiers_mode) is str) or (v_tiers_mode is None):
            fill.tiers_mode = v_tiers_mode
        elif v_tiers_mode is not UNSET:
            d["tiers_mode"] = v_tiers_mode
        v_transform_usage = take("transform_usage", UNSET)
        if (type(v_transform_usage) is dict) or (v_transform_usage is None):
            fill.transform_usage = (
                PriceTransformQuantity.from_dict(v_transform_usage)
                if type(v_transform_usage) is dict
                else v_transform_usage
            )
        elif v_transform_usage is not UNSET:
            d["transform_usage"] = v_transform_usage
        v_trial_period_days = take("trial_period_days", UNSET)
        if (type(v_trial_period_days) is int) or (v_trial_period_days is None):
            fill.trial_period_days = v_trial_period_days
        elif v_trial_period_days is not UNSET:
            d["trial_period_days"] = v_trial_period_days
        v_usage_type = take("usage_type", UNSET)
        if type(v_usage_type) is str:
            fill.usage_type = v_usage_type
        elif v_usage_type is not UNSET:
            d["usage_type"] = v_usage_type
        v_tiers = take("tiers", UNSET)
        if (
            type(v_tiers) is list and (not v_tiers or all(type(item0) is dict for item0 in v_tiers))
        ) or (v_tiers is None):
            fill.tiers = (
                [PriceTiers.from_dict(item0) for item0 in v_tiers]
                if type(v_tiers) is list
                and (not v_tiers or all(type(item0) is dict for item0 in v_tiers))
                else v_tiers
            )
        elif v_tiers is UNSET:
            fill.tiers = UNSET
        else:
            d["tiers"] = v_tiers
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PriceTiers(Model):
    """PriceTiers"""

    flat_amount: int | None
    flat_amount_decimal: str | None
    unit_amount: int | None
    unit_amount_decimal: str | None
    up_to: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("flat_amount", "flat_amount", "int | None"),
        ("flat_amount_decimal", "flat_amount_decimal", "str | None"),
        ("unit_amount", "unit_amount", "int | None"),
        ("unit_amount_decimal", "unit_amount_decimal", "str | None"),
        ("up_to", "up_to", "int | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PriceTiers:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_flat_amount = take("flat_amount", UNSET)
        if (type(v_flat_amount) is int) or (v_flat_amount is None):
            fill.flat_amount = v_flat_amount
        elif v_flat_amount is not UNSET:
            d["flat_amount"] = v_flat_amount
        v_flat_amount_decimal = take("flat_amount_decimal", UNSET)
        if (type(v_flat_amount_decimal) is str) or (v_flat_amount_decimal is None):
            fill.flat_amount_decimal = v_flat_amount_decimal
        elif v_flat_amount_decimal is not UNSET:
            d["flat_amount_decimal"] = v_flat_amount_decimal
        v_unit_amount = take("unit_amount", UNSET)
        if (type(v_unit_amount) is int) or (v_unit_amount is None):
            fill.unit_amount = v_unit_amount
        elif v_unit_amount is not UNSET:
            d["unit_amount"] = v_unit_amount
        v_unit_amount_decimal = take("unit_amount_decimal", UNSET)
        if (type(v_unit_amount_decimal) is str) or (v_unit_amount_decimal is None):
            fill.unit_amount_decimal = v_unit_amount_decimal
        elif v_unit_amount_decimal is not UNSET:
            d["unit_amount_decimal"] = v_unit_amount_decimal
        v_up_to = take("up_to", UNSET)
        if (type(v_up_to) is int) or (v_up_to is None):
            fill.up_to = v_up_to
        elif v_up_to is not UNSET:
            d["up_to"] = v_up_to
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PriceTransformQuantity(Model):
    """PriceTransformQuantity"""

    divide_by: int
    round_: Literal["down", "up"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("divide_by", "divide_by", "int"),
        ("round_", "round", "Literal['down', 'up']"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PriceTransformQuantity:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_divide_by = take("divide_by", UNSET)
        if type(v_divide_by) is int:
            fill.divide_by = v_divide_by
        elif v_divide_by is not UNSET:
            d["divide_by"] = v_divide_by
        v_round_ = take("round", UNSET)
        if type(v_round_) is str:
            fill.round_ = v_round_
        elif v_round_ is not UNSET:
            d["round"] = v_round_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ProrationDetailsCreditedItemsInvoiceLineItemDetails(Model):
    """Embedded object found at
    `invoiceitem.proration_details.credited_items.invoice_line_item_details`."""

    invoice: str
    invoice_line_items: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("invoice", "invoice", "str"),
        ("invoice_line_items", "invoice_line_items", "list[str]"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> ProrationDetailsCreditedItemsInvoiceLineItemDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_invoice = take("invoice", UNSET)
        if type(v_invoice) is str:
            fill.invoice = v_invoice
        elif v_invoice is not UNSET:
            d["invoice"] = v_invoice
        v_invoice_line_items = take("invoice_line_items", UNSET)
        if type(v_invoice_line_items) is list and (
            not v_invoice_line_items or all(type(item0) is str for item0 in v_invoice_line_items)
        ):
            fill.invoice_line_items = v_invoice_line_items
        elif v_invoice_line_items is not UNSET:
            d["invoice_line_items"] = v_invoice_line_items
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentNextActionCashappHandleRedirectOrDisplayQrCode(Model):
    """SetupIntentNextActionCashappHandleRedirectOrDisplayQrCode"""

    hosted_instructions_url: str
    mobile_auth_url: str
    qr_code: IntentNextActionCashappHandleRedirectOrDisplayQrCodeQrCode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("hosted_instructions_url", "hosted_instructions_url", "str"),
        ("mobile_auth_url", "mobile_auth_url", "str"),
        ("qr_code", "qr_code", "IntentNextActionCashappHandleRedirectOrDisplayQrCodeQrCode"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("qr_code",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_qr_code = self.qr_code
        except AttributeError:
            pass
        else:
            data["qr_code"] = v_qr_code.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SetupIntentNextActionCashappHandleRedirectOrDisplayQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_hosted_instructions_url = take("hosted_instructions_url", UNSET)
        if type(v_hosted_instructions_url) is str:
            fill.hosted_instructions_url = v_hosted_instructions_url
        elif v_hosted_instructions_url is not UNSET:
            d["hosted_instructions_url"] = v_hosted_instructions_url
        v_mobile_auth_url = take("mobile_auth_url", UNSET)
        if type(v_mobile_auth_url) is str:
            fill.mobile_auth_url = v_mobile_auth_url
        elif v_mobile_auth_url is not UNSET:
            d["mobile_auth_url"] = v_mobile_auth_url
        v_qr_code = take("qr_code", UNSET)
        if type(v_qr_code) is dict:
            fill.qr_code = IntentNextActionCashappHandleRedirectOrDisplayQrCodeQrCode.from_dict(
                v_qr_code
            )
        elif v_qr_code is not UNSET:
            d["qr_code"] = v_qr_code
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentNextActionRedirectToUrl(Model):
    """SetupIntentNextActionRedirectToUrl"""

    return_url: str | None
    url: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("return_url", "return_url", "str | None"),
        ("url", "url", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentNextActionRedirectToUrl:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_return_url = take("return_url", UNSET)
        if (type(v_return_url) is str) or (v_return_url is None):
            fill.return_url = v_return_url
        elif v_return_url is not UNSET:
            d["return_url"] = v_return_url
        v_url = take("url", UNSET)
        if (type(v_url) is str) or (v_url is None):
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode(Model):
    """SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode"""

    hosted_instructions_url: str
    qr_code: IntentNextActionCashappHandleRedirectOrDisplayQrCodeQrCode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("hosted_instructions_url", "hosted_instructions_url", "str"),
        ("qr_code", "qr_code", "IntentNextActionCashappHandleRedirectOrDisplayQrCodeQrCode"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("qr_code",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_qr_code = self.qr_code
        except AttributeError:
            pass
        else:
            data["qr_code"] = v_qr_code.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_hosted_instructions_url = take("hosted_instructions_url", UNSET)
        if type(v_hosted_instructions_url) is str:
            fill.hosted_instructions_url = v_hosted_instructions_url
        elif v_hosted_instructions_url is not UNSET:
            d["hosted_instructions_url"] = v_hosted_instructions_url
        v_qr_code = take("qr_code", UNSET)
        if type(v_qr_code) is dict:
            fill.qr_code = IntentNextActionCashappHandleRedirectOrDisplayQrCodeQrCode.from_dict(
                v_qr_code
            )
        elif v_qr_code is not UNSET:
            d["qr_code"] = v_qr_code
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentNextActionVerifyWithMicrodeposits(Model):
    """SetupIntentNextActionVerifyWithMicrodeposits"""

    arrival_date: int
    hosted_verification_url: str
    microdeposit_type: Literal["amounts", "descriptor_code"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("arrival_date", "arrival_date", "int"),
        ("hosted_verification_url", "hosted_verification_url", "str"),
        ("microdeposit_type", "microdeposit_type", "Literal['amounts', 'descriptor_code'] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentNextActionVerifyWithMicrodeposits:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_arrival_date = take("arrival_date", UNSET)
        if type(v_arrival_date) is int:
            fill.arrival_date = v_arrival_date
        elif v_arrival_date is not UNSET:
            d["arrival_date"] = v_arrival_date
        v_hosted_verification_url = take("hosted_verification_url", UNSET)
        if type(v_hosted_verification_url) is str:
            fill.hosted_verification_url = v_hosted_verification_url
        elif v_hosted_verification_url is not UNSET:
            d["hosted_verification_url"] = v_hosted_verification_url
        v_microdeposit_type = take("microdeposit_type", UNSET)
        if (type(v_microdeposit_type) is str) or (v_microdeposit_type is None):
            fill.microdeposit_type = v_microdeposit_type
        elif v_microdeposit_type is not UNSET:
            d["microdeposit_type"] = v_microdeposit_type
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodConfigurationDetails(Model):
    """SetupIntentPaymentMethodConfigurationDetails"""

    id: str
    parent: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "str"),
        ("parent", "parent", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodConfigurationDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_parent = take("parent", UNSET)
        if (type(v_parent) is str) or (v_parent is None):
            fill.parent = v_parent
        elif v_parent is not UNSET:
            d["parent"] = v_parent
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsBacsDebitMandateOptions(Model):
    """SetupIntentPaymentMethodOptionsBacsDebitMandateOptions"""

    reference_prefix: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("reference_prefix", "reference_prefix", "str | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SetupIntentPaymentMethodOptionsBacsDebitMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_reference_prefix = take("reference_prefix", UNSET)
        if (type(v_reference_prefix) is str) or (v_reference_prefix is None):
            fill.reference_prefix = v_reference_prefix
        elif v_reference_prefix is not UNSET:
            d["reference_prefix"] = v_reference_prefix
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsBlikMandateOptions(Model):
    """SetupIntentPaymentMethodOptionsBlikMandateOptions"""

    expires_at: int | None
    type_: Literal["off_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("expires_at", "expires_at", "int | None"),
        ("type_", "type", "Literal['off_session'] | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SetupIntentPaymentMethodOptionsBlikMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_expires_at = take("expires_at", UNSET)
        if (type(v_expires_at) is int) or (v_expires_at is None):
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        v_type_ = take("type", UNSET)
        if (type(v_type_) is str) or (v_type_ is None):
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsPixMandateOptions(Model):
    """SetupIntentPaymentMethodOptionsPixMandateOptions"""

    amount: int | None
    amount_includes_iof: Literal["always", "never"] | None
    amount_type: Literal["fixed", "maximum"] | None
    currency: str | None
    end_date: str | None
    payment_schedule: Literal["halfyearly", "monthly", "quarterly", "weekly", "yearly"] | None
    reference: str | None
    start_date: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int | None"),
        ("amount_includes_iof", "amount_includes_iof", "Literal['always', 'never'] | None"),
        ("amount_type", "amount_type", "Literal['fixed', 'maximum'] | None"),
        ("currency", "currency", "str | None"),
        ("end_date", "end_date", "str | None"),
        (
            "payment_schedule",
            "payment_schedule",
            "Literal['halfyearly', 'monthly', 'quarterly', 'weekly', 'yearly'] | None",
        ),
        ("reference", "reference", "str | None"),
        ("start_date", "start_date", "str | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SetupIntentPaymentMethodOptionsPixMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount = take("amount", UNSET)
        if (type(v_amount) is int) or (v_amount is None):
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        v_amount_includes_iof = take("amount_includes_iof", UNSET)
        if (type(v_amount_includes_iof) is str) or (v_amount_includes_iof is None):
            fill.amount_includes_iof = v_amount_includes_iof
        elif v_amount_includes_iof is not UNSET:
            d["amount_includes_iof"] = v_amount_includes_iof
        v_amount_type = take("amount_type", UNSET)
        if (type(v_amount_type) is str) or (v_amount_type is None):
            fill.amount_type = v_amount_type
        elif v_amount_type is not UNSET:
            d["amount_type"] = v_amount_type
        v_currency = take("currency", UNSET)
        if (type(v_currency) is str) or (v_currency is None):
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        v_end_date = take("end_date", UNSET)
        if (type(v_end_date) is str) or (v_end_date is None):
            fill.end_date = v_end_date
        elif v_end_date is not UNSET:
            d["end_date"] = v_end_date
        v_payment_schedule = take("payment_schedule", UNSET)
        if (type(v_payment_schedule) is str) or (v_payment_schedule is None):
            fill.payment_schedule = v_payment_schedule
        elif v_payment_schedule is not UNSET:
            d["payment_schedule"] = v_payment_schedule
        v_reference = take("reference", UNSET)
        if (type(v_reference) is str) or (v_reference is None):
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
        v_start_date = take("start_date", UNSET)
        if (type(v_start_date) is str) or (v_start_date is None):
            fill.start_date = v_start_date
        elif v_start_date is not UNSET:
            d["start_date"] = v_start_date
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions(Model):
    """SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions"""

    collection_method: Literal["paper"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("collection_method", "collection_method", "Literal['paper'] | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_collection_method = take("collection_method", UNSET)
        if (type(v_collection_method) is str) or (v_collection_method is None):
            fill.collection_method = v_collection_method
        elif v_collection_method is not UNSET:
            d["collection_method"] = v_collection_method
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("address",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_address = self.address
        except AttributeError:
            pass
        else:
            data["address"] = v_address.to_dict() if isinstance(v_address, Address) else v_address
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Shipping:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_address = take("address", UNSET)
        if (type(v_address) is dict) or (v_address is None):
            fill.address = Address.from_dict(v_address) if type(v_address) is dict else v_address
        elif v_address is not UNSET:
            d["address"] = v_address
        v_carrier = take("carrier", UNSET)
        if (type(v_carrier) is str) or (v_carrier is None):
            fill.carrier = v_carrier
        elif v_carrier is not UNSET:
            d["carrier"] = v_carrier
        v_name = take("name", UNSET)
        if (type(v_name) is str) or (v_name is None):
            fill.name = v_name
        elif v_name is not UNSET:
            d["name"] = v_name
        v_phone = take("phone", UNSET)
        if (type(v_phone) is str) or (v_phone is None):
            fill.phone = v_phone
        elif v_phone is not UNSET:
            d["phone"] = v_phone
        v_tracking_number = take("tracking_number", UNSET)
        if (type(v_tracking_number) is str) or (v_tracking_number is None):
            fill.tracking_number = v_tracking_number
        elif v_tracking_number is not UNSET:
            d["tracking_number"] = v_tracking_number
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionAutomaticTax(Model):
    """SubscriptionAutomaticTax"""

    disabled_reason: Literal["requires_location_inputs"] | None
    enabled: bool
    liability: ConnectAccountReference | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("disabled_reason", "disabled_reason", "Literal['requires_location_inputs'] | None"),
        ("enabled", "enabled", "bool"),
        ("liability", "liability", "ConnectAccountReference | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("liability",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_liability = self.liability
        except AttributeError:
            pass
        else:
            data["liability"] = (
                v_liability.to_dict()
                if isinstance(v_liability, ConnectAccountReference)
                else v_liability
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionAutomaticTax:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_disabled_reason = take("disabled_reason", UNSET)
        if (type(v_disabled_reason) is str) or (v_disabled_reason is None):
            fill.disabled_reason = v_disabled_reason
        elif v_disabled_reason is not UNSET:
            d["disabled_reason"] = v_disabled_reason
        v_enabled = take("enabled", UNSET)
        if type(v_enabled) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        v_liability = take("liability", UNSET)
        if (type(v_liability) is dict) or (v_liability is None):
            fill.liability = (
                ConnectAccountReference.from_dict(v_liability)
                if type(v_liability) is dict
                else v_liability
            )
        elif v_liability is not UNSET:
            d["liability"] = v_liability
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionBillingMode(Model):
    """SubscriptionBillingMode"""

    flexible: SubscriptionBillingModeFlexible | None
    type_: Literal["classic", "flexible"]
    updated_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("flexible", "flexible", "SubscriptionBillingModeFlexible | None"),
        ("type_", "type", "Literal['classic', 'flexible']"),
        ("updated_at", "updated_at", "int | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("flexible",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_flexible = self.flexible
        except AttributeError:
            pass
        else:
            data["flexible"] = (
                v_flexible.to_dict()
                if isinstance(v_flexible, SubscriptionBillingModeFlexible)
                else v_flexible
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionBillingMode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_flexible = take("flexible", UNSET)
        if (type(v_flexible) is dict) or (v_flexible is None):
            fill.flexible = (
                SubscriptionBillingModeFlexible.from_dict(v_flexible)
                if type(v_flexible) is dict
                else v_flexible
            )
        elif v_flexible is not UNSET:
            d["flexible"] = v_flexible
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        v_updated_at = take("updated_at", UNSET)
        if (type(v_updated_at) is int) or (v_updated_at is None):
            fill.updated_at = v_updated_at
        elif v_updated_at is not UNSET:
            d["updated_at"] = v_updated_at
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionBillingModeFlexible(Model):
    """SubscriptionBillingModeFlexible"""

    proration_discounts: Literal["included", "itemized"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("proration_discounts", "proration_discounts", "Literal['included', 'itemized'] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionBillingModeFlexible:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_proration_discounts = take("proration_discounts", UNSET)
        if (type(v_proration_discounts) is str) or (v_proration_discounts is None):
            fill.proration_discounts = v_proration_discounts
        elif v_proration_discounts is not UNSET:
            d["proration_discounts"] = v_proration_discounts
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionBillingThresholds(Model):
    """SubscriptionBillingThresholds"""

    amount_gte: int | None
    reset_billing_cycle_anchor: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_gte", "amount_gte", "int | None"),
        ("reset_billing_cycle_anchor", "reset_billing_cycle_anchor", "bool | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionBillingThresholds:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount_gte = take("amount_gte", UNSET)
        if (type(v_amount_gte) is int) or (v_amount_gte is None):
            fill.amount_gte = v_amount_gte
        elif v_amount_gte is not UNSET:
            d["amount_gte"] = v_amount_gte
        v_reset_billing_cycle_anchor = take("reset_billing_cycle_anchor", UNSET)
        if (type(v_reset_billing_cycle_anchor) is bool) or (v_reset_billing_cycle_anchor is None):
            fill.reset_billing_cycle_anchor = v_reset_billing_cycle_anchor
        elif v_reset_billing_cycle_anchor is not UNSET:
            d["reset_billing_cycle_anchor"] = v_reset_billing_cycle_anchor
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionItemBillingThresholds(Model):
    """SubscriptionItemBillingThresholds"""

    usage_gte: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("usage_gte", "usage_gte", "int | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionItemBillingThresholds:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_usage_gte = take("usage_gte", UNSET)
        if (type(v_usage_gte) is int) or (v_usage_gte is None):
            fill.usage_gte = v_usage_gte
        elif v_usage_gte is not UNSET:
            d["usage_gte"] = v_usage_gte
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionManagedPayments(Model):
    """SubscriptionManagedPayments"""

    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (("enabled", "enabled", "bool"),)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionManagedPayments:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_enabled = take("enabled", UNSET)
        if type(v_enabled) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionPendingInvoiceItemInterval(Model):
    """SubscriptionPendingInvoiceItemInterval"""

    interval: Literal["day", "month", "week", "year"]
    interval_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("interval", "interval", "Literal['day', 'month', 'week', 'year']"),
        ("interval_count", "interval_count", "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionPendingInvoiceItemInterval:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_interval = take("interval", UNSET)
        if type(v_interval) is str:
            fill.interval = v_interval
        elif v_interval is not UNSET:
            d["interval"] = v_interval
        v_interval_count = take("interval_count", UNSET)
        if type(v_interval_count) is int:
            fill.interval_count = v_interval_count
        elif v_interval_count is not UNSET:
            d["interval_count"] = v_interval_count
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionTransferData(Model):
    """SubscriptionTransferData"""

    amount_percent: float | None
    destination: str | dict[str, Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_percent", "amount_percent", "float | None"),
        ("destination", "destination", "str | dict[str, Any]"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionTransferData:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount_percent = take("amount_percent", UNSET)
        if (type(v_amount_percent) is float or type(v_amount_percent) is int) or (
            v_amount_percent is None
        ):
            fill.amount_percent = v_amount_percent
        elif v_amount_percent is not UNSET:
            d["amount_percent"] = v_amount_percent
        v_destination = take("destination", UNSET)
        if (type(v_destination) is str) or (type(v_destination) is dict):
            fill.destination = v_destination
        elif v_destination is not UNSET:
            d["destination"] = v_destination
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# The same shapes as classes above, under their own names.
BillingBillResourceInvoicingLinesCommonCreditedItems = (
    ProrationDetailsCreditedItemsInvoiceLineItemDetails
)


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .discount import DeletedDiscount, Discount  # noqa: E402
from .product import DeletedPrice, Price, Product  # noqa: E402
from .tax import TaxRate  # noqa: E402

__all__ = [
    "Address",
    "BillingBillResourceInvoicingPricingPricing",
    "BillingBillResourceInvoicingPricingPricingPriceDetails",
    "BillingBillResourceInvoicingTaxesTax",
    "BillingBillResourceInvoicingTaxesTaxRateDetails",
    "ConnectAccountReference",
    "DiscountsResourceDiscountAmount",
    "IntentNextActionCashappHandleRedirectOrDisplayQrCodeQrCode",
    "IntentPaymentMethodOptionsUsBankAccountFinancialConnections",
    "InvoiceLineItemPeriod",
    "InvoicePaymentMethodOptionsAcssDebit",
    "InvoicePaymentMethodOptionsAcssDebitMandateOptions",
    "InvoicePaymentMethodOptionsBancontact",
    "InvoicePaymentMethodOptionsCustomerBalance",
    "InvoicePaymentMethodOptionsCustomerBalanceBankTransfer",
    "InvoicePaymentMethodOptionsUsBankAccount",
    "InvoicePaymentMethodOptionsUsBankAccountFinancialConnections",
    "InvoiceSettingCustomField",
    "InvoicesPaymentMethodOptionsBillieCompanyDetails",
    "InvoicesPaymentMethodOptionsPayto",
    "InvoicesPaymentMethodOptionsPaytoMandateOptions",
    "InvoicesPaymentMethodOptionsUpi",
    "InvoicesPaymentMethodOptionsUpiMandateOptions",
    "InvoicesResourcePretaxCreditAmount",
    "InvoicesResourceShippingCost",
    "LineItemsTaxAmount",
    "MethodOptionsCustomerBalanceBankTransferEuBankTransfer",
    "PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters",
    "PaymentSettingsPaymentMethodOptionsBlikMandateOptions",
    "Plan",
    "PriceTiers",
    "PriceTransformQuantity",
    "ProrationDetailsCreditedItemsInvoiceLineItemDetails",
    "SetupIntentNextActionCashappHandleRedirectOrDisplayQrCode",
    "SetupIntentNextActionRedirectToUrl",
    "SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode",
    "SetupIntentNextActionVerifyWithMicrodeposits",
    "SetupIntentPaymentMethodConfigurationDetails",
    "SetupIntentPaymentMethodOptionsBacsDebitMandateOptions",
    "SetupIntentPaymentMethodOptionsBlikMandateOptions",
    "SetupIntentPaymentMethodOptionsPixMandateOptions",
    "SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions",
    "Shipping",
    "SubscriptionAutomaticTax",
    "SubscriptionBillingMode",
    "SubscriptionBillingModeFlexible",
    "SubscriptionBillingThresholds",
    "SubscriptionItemBillingThresholds",
    "SubscriptionManagedPayments",
    "SubscriptionPendingInvoiceItemInterval",
    "SubscriptionTransferData",
    "BillingBillResourceInvoicingLinesCommonCreditedItems",
]
