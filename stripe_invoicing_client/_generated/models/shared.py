"""Response models: shared (generated; do not edit).

Parsing is tolerant: anything not modelled, and any value of another type than its
field declares, is kept in `additional_properties`, so `from_dict(d).to_dict() == d`.
Reading a field that the data lacks, or held with another type, raises
`FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when
absent."""

from __future__ import annotations

from collections.abc import Callable, Mapping
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Address:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_city := take("city", UNSET)) is str) or (v_city is None):
            fill.city = v_city
        elif v_city is not UNSET:
            d["city"] = v_city
        if (type(v_country := take("country", UNSET)) is str) or (v_country is None):
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        if (type(v_line1 := take("line1", UNSET)) is str) or (v_line1 is None):
            fill.line1 = v_line1
        elif v_line1 is not UNSET:
            d["line1"] = v_line1
        if (type(v_line2 := take("line2", UNSET)) is str) or (v_line2 is None):
            fill.line2 = v_line2
        elif v_line2 is not UNSET:
            d["line2"] = v_line2
        if (type(v_postal_code := take("postal_code", UNSET)) is str) or (v_postal_code is None):
            fill.postal_code = v_postal_code
        elif v_postal_code is not UNSET:
            d["postal_code"] = v_postal_code
        if (type(v_state := take("state", UNSET)) is str) or (v_state is None):
            fill.state = v_state
        elif v_state is not UNSET:
            d["state"] = v_state
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "price_details": lambda v: BillingBillResourceInvoicingPricingPricingPriceDetails.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingBillResourceInvoicingPricingPricing:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_price_details := take("price_details", UNSET)) is dict:
            later["price_details"] = v_price_details
        elif v_price_details is None:
            fill.price_details = v_price_details
        elif v_price_details is not UNSET:
            d["price_details"] = v_price_details
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if (type(v_unit_amount_decimal := take("unit_amount_decimal", UNSET)) is str) or (
            v_unit_amount_decimal is None
        ):
            fill.unit_amount_decimal = v_unit_amount_decimal
        elif v_unit_amount_decimal is not UNSET:
            d["unit_amount_decimal"] = v_unit_amount_decimal
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingPricingPricingPriceDetails(Model):
    """Embedded object found at `line_item.pricing.price_details`."""

    price: DeletedPrice | Price | str
    product: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "price": lambda v: (
            DeletedPrice.from_dict(v)
            if type(v) is dict and v.get("deleted") is True and v.get("object") == "price"
            else Price.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingPricingPricingPriceDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_price := take("price", UNSET)) is dict:
            later["price"] = v_price
        elif type(v_price) is str:
            fill.price = v_price
        elif v_price is not UNSET:
            d["price"] = v_price
        if type(v_product := take("product", UNSET)) is str:
            fill.product = v_product
        elif v_product is not UNSET:
            d["product"] = v_product
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "tax_rate_details": lambda v: BillingBillResourceInvoicingTaxesTaxRateDetails.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingBillResourceInvoicingTaxesTax:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_amount := take("amount", UNSET)) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if type(v_tax_behavior := take("tax_behavior", UNSET)) is str:
            fill.tax_behavior = v_tax_behavior
        elif v_tax_behavior is not UNSET:
            d["tax_behavior"] = v_tax_behavior
        if type(v_tax_rate_details := take("tax_rate_details", UNSET)) is dict:
            later["tax_rate_details"] = v_tax_rate_details
        elif v_tax_rate_details is None:
            fill.tax_rate_details = v_tax_rate_details
        elif v_tax_rate_details is not UNSET:
            d["tax_rate_details"] = v_tax_rate_details
        if type(v_taxability_reason := take("taxability_reason", UNSET)) is str:
            fill.taxability_reason = v_taxability_reason
        elif v_taxability_reason is not UNSET:
            d["taxability_reason"] = v_taxability_reason
        if (type(v_taxable_amount := take("taxable_amount", UNSET)) is int) or (
            v_taxable_amount is None
        ):
            fill.taxable_amount = v_taxable_amount
        elif v_taxable_amount is not UNSET:
            d["taxable_amount"] = v_taxable_amount
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingBillResourceInvoicingTaxesTaxRateDetails(Model):
    """Embedded object found at `invoice.total_taxes.tax_rate_details`."""

    tax_rate: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> BillingBillResourceInvoicingTaxesTaxRateDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_tax_rate := take("tax_rate", UNSET)) is str:
            fill.tax_rate = v_tax_rate
        elif v_tax_rate is not UNSET:
            d["tax_rate"] = v_tax_rate
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ConnectAccountReference(Model):
    """Points at the platform itself or at one connected account."""

    type_: Literal["account", "self"]
    account: str | dict[str, Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ConnectAccountReference:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if (
            (type(v_account := take("account", UNSET)) is str)
            or (type(v_account) is dict)
            or (v_account is None)
            or v_account is UNSET
        ):
            fill.account = v_account
        else:
            d["account"] = v_account
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DiscountsResourceDiscountAmount(Model):
    """Embedded object found at `invoice.total_discount_amounts`."""

    amount: int
    discount: DeletedDiscount | Discount | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "discount": lambda v: (
            DeletedDiscount.from_dict(v)
            if type(v) is dict and v.get("deleted") is True and v.get("object") == "discount"
            else Discount.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DiscountsResourceDiscountAmount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_amount := take("amount", UNSET)) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if type(v_discount := take("discount", UNSET)) is dict:
            later["discount"] = v_discount
        elif type(v_discount) is str:
            fill.discount = v_discount
        elif v_discount is not UNSET:
            d["discount"] = v_discount
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> IntentNextActionCashappHandleRedirectOrDisplayQrCodeQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_expires_at := take("expires_at", UNSET)) is int:
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        if type(v_image_url_png := take("image_url_png", UNSET)) is str:
            fill.image_url_png = v_image_url_png
        elif v_image_url_png is not UNSET:
            d["image_url_png"] = v_image_url_png
        if type(v_image_url_svg := take("image_url_svg", UNSET)) is str:
            fill.image_url_svg = v_image_url_svg
        elif v_image_url_svg is not UNSET:
            d["image_url_svg"] = v_image_url_svg
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "filters": lambda v: PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> IntentPaymentMethodOptionsUsBankAccountFinancialConnections:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_filters := take("filters", UNSET)) is dict:
            later["filters"] = v_filters
        elif v_filters is None:
            fill.filters = v_filters
        elif v_filters is not UNSET:
            d["filters"] = v_filters
        if (
            type(v_permissions := take("permissions", UNSET)) is list
            and (not v_permissions or all(type(item0) is str for item0 in v_permissions))
        ) or (v_permissions is None):
            fill.permissions = v_permissions
        elif v_permissions is not UNSET:
            d["permissions"] = v_permissions
        if (
            type(v_prefetch := take("prefetch", UNSET)) is list
            and (not v_prefetch or all(type(item0) is str for item0 in v_prefetch))
        ) or (v_prefetch is None):
            fill.prefetch = v_prefetch
        elif v_prefetch is not UNSET:
            d["prefetch"] = v_prefetch
        if (type(v_return_url := take("return_url", UNSET)) is str) or (v_return_url is None):
            fill.return_url = v_return_url
        elif v_return_url is not UNSET:
            d["return_url"] = v_return_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceLineItemPeriod(Model):
    """Embedded object found at `line_item.period`."""

    end: int
    start: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceLineItemPeriod:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_end := take("end", UNSET)) is int:
            fill.end = v_end
        elif v_end is not UNSET:
            d["end"] = v_end
        if type(v_start := take("start", UNSET)) is int:
            fill.start = v_start
        elif v_start is not UNSET:
            d["start"] = v_start
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsAcssDebit(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.acss_debit`."""

    mandate_options: InvoicePaymentMethodOptionsAcssDebitMandateOptions | None
    verification_method: Literal["automatic", "instant", "microdeposits"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "mandate_options": lambda v: InvoicePaymentMethodOptionsAcssDebitMandateOptions.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsAcssDebit:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_mandate_options := take("mandate_options", UNSET)) is dict:
            later["mandate_options"] = v_mandate_options
        elif v_mandate_options is None:
            fill.mandate_options = v_mandate_options
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        if (type(v_verification_method := take("verification_method", UNSET)) is str) or (
            v_verification_method is None
        ):
            fill.verification_method = v_verification_method
        elif v_verification_method is not UNSET:
            d["verification_method"] = v_verification_method
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsAcssDebitMandateOptions(Model):
    """Embedded object found at
    `invoice.payment_settings.payment_method_options.acss_debit.mandate_options`."""

    transaction_type: Literal["business", "personal"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicePaymentMethodOptionsAcssDebitMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_transaction_type := take("transaction_type", UNSET)) is str) or (
            v_transaction_type is None
        ):
            fill.transaction_type = v_transaction_type
        elif v_transaction_type is not UNSET:
            d["transaction_type"] = v_transaction_type
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsBancontact(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.bancontact`."""

    preferred_language: Literal["de", "en", "fr", "nl"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsBancontact:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_preferred_language := take("preferred_language", UNSET)) is str:
            fill.preferred_language = v_preferred_language
        elif v_preferred_language is not UNSET:
            d["preferred_language"] = v_preferred_language
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsCustomerBalance(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.customer_balance`."""

    bank_transfer: InvoicePaymentMethodOptionsCustomerBalanceBankTransfer | None
    funding_type: Literal["bank_transfer"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "bank_transfer": lambda v: InvoicePaymentMethodOptionsCustomerBalanceBankTransfer.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsCustomerBalance:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_bank_transfer := take("bank_transfer", UNSET)) is dict:
            later["bank_transfer"] = v_bank_transfer
        elif v_bank_transfer is None:
            fill.bank_transfer = v_bank_transfer
        elif v_bank_transfer is not UNSET:
            d["bank_transfer"] = v_bank_transfer
        if (type(v_funding_type := take("funding_type", UNSET)) is str) or (v_funding_type is None):
            fill.funding_type = v_funding_type
        elif v_funding_type is not UNSET:
            d["funding_type"] = v_funding_type
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "eu_bank_transfer": lambda v: (
            MethodOptionsCustomerBalanceBankTransferEuBankTransfer.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicePaymentMethodOptionsCustomerBalanceBankTransfer:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_eu_bank_transfer := take("eu_bank_transfer", UNSET)) is dict:
            later["eu_bank_transfer"] = v_eu_bank_transfer
        elif v_eu_bank_transfer is None:
            fill.eu_bank_transfer = v_eu_bank_transfer
        elif v_eu_bank_transfer is not UNSET:
            d["eu_bank_transfer"] = v_eu_bank_transfer
        if (type(v_type_ := take("type", UNSET)) is str) or (v_type_ is None):
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsUsBankAccount(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.us_bank_account`."""

    financial_connections: InvoicePaymentMethodOptionsUsBankAccountFinancialConnections | None
    verification_method: Literal["automatic", "instant", "microdeposits"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "financial_connections": lambda v: (
            InvoicePaymentMethodOptionsUsBankAccountFinancialConnections.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsUsBankAccount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_financial_connections := take("financial_connections", UNSET)) is dict:
            later["financial_connections"] = v_financial_connections
        elif v_financial_connections is None:
            fill.financial_connections = v_financial_connections
        elif v_financial_connections is not UNSET:
            d["financial_connections"] = v_financial_connections
        if (type(v_verification_method := take("verification_method", UNSET)) is str) or (
            v_verification_method is None
        ):
            fill.verification_method = v_verification_method
        elif v_verification_method is not UNSET:
            d["verification_method"] = v_verification_method
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "filters": lambda v: PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicePaymentMethodOptionsUsBankAccountFinancialConnections:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_filters := take("filters", UNSET)) is dict:
            later["filters"] = v_filters
        elif v_filters is None:
            fill.filters = v_filters
        elif v_filters is not UNSET:
            d["filters"] = v_filters
        if (
            type(v_permissions := take("permissions", UNSET)) is list
            and (not v_permissions or all(type(item0) is str for item0 in v_permissions))
        ) or (v_permissions is None):
            fill.permissions = v_permissions
        elif v_permissions is not UNSET:
            d["permissions"] = v_permissions
        if (
            type(v_prefetch := take("prefetch", UNSET)) is list
            and (not v_prefetch or all(type(item0) is str for item0 in v_prefetch))
        ) or (v_prefetch is None):
            fill.prefetch = v_prefetch
        elif v_prefetch is not UNSET:
            d["prefetch"] = v_prefetch
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceRenderingTemplate(Model):
    """An invoice rendering template: a layout for invoice PDFs, made in the Dashboard and named on
    invoices or customers."""

    created: int
    """Unix timestamp in seconds when the object was created."""
    id: str
    """Unique id of the object."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    metadata: dict[str, str] | None
    """Your own key-value pairs stored on the object."""
    nickname: str | None
    """A short name for the template, never shown to customers."""
    object_: Literal["invoice_rendering_template"]
    """Object type, always `invoice_rendering_template`."""
    status: Literal["active", "archived"]
    """Whether new objects may use the template (`active`) or not (`archived`)."""
    version: int
    """The version answered (the latest unless another was asked for); each change to how the template renders adds one."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceRenderingTemplate:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if (type(v_nickname := take("nickname", UNSET)) is str) or (v_nickname is None):
            fill.nickname = v_nickname
        elif v_nickname is not UNSET:
            d["nickname"] = v_nickname
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_status := take("status", UNSET)) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        if type(v_version := take("version", UNSET)) is int:
            fill.version = v_version
        elif v_version is not UNSET:
            d["version"] = v_version
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoiceSettingCustomField(Model):
    """Embedded object found at `invoice.custom_fields`."""

    name: str
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoiceSettingCustomField:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_name := take("name", UNSET)) is str:
            fill.name = v_name
        elif v_name is not UNSET:
            d["name"] = v_name
        if type(v_value := take("value", UNSET)) is str:
            fill.value = v_value
        elif v_value is not UNSET:
            d["value"] = v_value
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "registered_address": lambda v: Address.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicesPaymentMethodOptionsBillieCompanyDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_registered_address := take("registered_address", UNSET)) is dict:
            later["registered_address"] = v_registered_address
        elif v_registered_address is None:
            fill.registered_address = v_registered_address
        elif v_registered_address is not UNSET:
            d["registered_address"] = v_registered_address
        if (type(v_registered_name := take("registered_name", UNSET)) is str) or (
            v_registered_name is None
        ):
            fill.registered_name = v_registered_name
        elif v_registered_name is not UNSET:
            d["registered_name"] = v_registered_name
        if (type(v_registration_number := take("registration_number", UNSET)) is str) or (
            v_registration_number is None
        ):
            fill.registration_number = v_registration_number
        elif v_registration_number is not UNSET:
            d["registration_number"] = v_registration_number
        if (type(v_registration_type := take("registration_type", UNSET)) is str) or (
            v_registration_type is None
        ):
            fill.registration_type = v_registration_type
        elif v_registration_type is not UNSET:
            d["registration_type"] = v_registration_type
        if (type(v_vat := take("vat", UNSET)) is str) or (v_vat is None):
            fill.vat = v_vat
        elif v_vat is not UNSET:
            d["vat"] = v_vat
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentMethodOptionsPayto(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.payto`."""

    mandate_options: InvoicesPaymentMethodOptionsPaytoMandateOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "mandate_options": lambda v: InvoicesPaymentMethodOptionsPaytoMandateOptions.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentMethodOptionsPayto:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_mandate_options := take("mandate_options", UNSET)) is dict:
            later["mandate_options"] = v_mandate_options
        elif v_mandate_options is None:
            fill.mandate_options = v_mandate_options
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicesPaymentMethodOptionsPaytoMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_amount := take("amount", UNSET)) is int) or (v_amount is None):
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if (type(v_amount_type := take("amount_type", UNSET)) is str) or (v_amount_type is None):
            fill.amount_type = v_amount_type
        elif v_amount_type is not UNSET:
            d["amount_type"] = v_amount_type
        if (type(v_purpose := take("purpose", UNSET)) is str) or (v_purpose is None):
            fill.purpose = v_purpose
        elif v_purpose is not UNSET:
            d["purpose"] = v_purpose
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentMethodOptionsUpi(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.upi`."""

    mandate_options: InvoicesPaymentMethodOptionsUpiMandateOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "mandate_options": lambda v: InvoicesPaymentMethodOptionsUpiMandateOptions.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentMethodOptionsUpi:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_mandate_options := take("mandate_options", UNSET)) is dict:
            later["mandate_options"] = v_mandate_options
        elif v_mandate_options is None:
            fill.mandate_options = v_mandate_options
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> InvoicesPaymentMethodOptionsUpiMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_amount := take("amount", UNSET)) is int) or (v_amount is None):
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if (type(v_amount_type := take("amount_type", UNSET)) is str) or (v_amount_type is None):
            fill.amount_type = v_amount_type
        elif v_amount_type is not UNSET:
            d["amount_type"] = v_amount_type
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if (type(v_end_date := take("end_date", UNSET)) is int) or (v_end_date is None):
            fill.end_date = v_end_date
        elif v_end_date is not UNSET:
            d["end_date"] = v_end_date
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "discount": lambda v: (
            DeletedDiscount.from_dict(v)
            if type(v) is dict and v.get("deleted") is True and v.get("object") == "discount"
            else Discount.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourcePretaxCreditAmount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_amount := take("amount", UNSET)) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if (
            (type(v_credit_balance_transaction := take("credit_balance_transaction", UNSET)) is str)
            or (type(v_credit_balance_transaction) is dict)
            or (v_credit_balance_transaction is None)
        ):
            fill.credit_balance_transaction = v_credit_balance_transaction
        elif v_credit_balance_transaction is not UNSET:
            d["credit_balance_transaction"] = v_credit_balance_transaction
        if type(v_discount := take("discount", UNSET)) is dict:
            later["discount"] = v_discount
        elif (type(v_discount) is str) or (v_discount is None):
            fill.discount = v_discount
        elif v_discount is not UNSET:
            d["discount"] = v_discount
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "taxes": lambda v: [LineItemsTaxAmount.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceShippingCost:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_amount_subtotal := take("amount_subtotal", UNSET)) is int:
            fill.amount_subtotal = v_amount_subtotal
        elif v_amount_subtotal is not UNSET:
            d["amount_subtotal"] = v_amount_subtotal
        if type(v_amount_tax := take("amount_tax", UNSET)) is int:
            fill.amount_tax = v_amount_tax
        elif v_amount_tax is not UNSET:
            d["amount_tax"] = v_amount_tax
        if type(v_amount_total := take("amount_total", UNSET)) is int:
            fill.amount_total = v_amount_total
        elif v_amount_total is not UNSET:
            d["amount_total"] = v_amount_total
        if (
            (type(v_shipping_rate := take("shipping_rate", UNSET)) is str)
            or (type(v_shipping_rate) is dict)
            or (v_shipping_rate is None)
        ):
            fill.shipping_rate = v_shipping_rate
        elif v_shipping_rate is not UNSET:
            d["shipping_rate"] = v_shipping_rate
        if type(v_taxes := take("taxes", UNSET)) is list and (
            not v_taxes or all(type(item0) is dict for item0 in v_taxes)
        ):
            later["taxes"] = v_taxes
        elif v_taxes is None:
            fill.taxes = v_taxes
        elif v_taxes is not UNSET:
            d["taxes"] = v_taxes
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "rate": lambda v: TaxRate.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> LineItemsTaxAmount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_amount := take("amount", UNSET)) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if type(v_rate := take("rate", UNSET)) is dict:
            later["rate"] = v_rate
        elif v_rate is not UNSET:
            d["rate"] = v_rate
        if (type(v_taxability_reason := take("taxability_reason", UNSET)) is str) or (
            v_taxability_reason is None
        ):
            fill.taxability_reason = v_taxability_reason
        elif v_taxability_reason is not UNSET:
            d["taxability_reason"] = v_taxability_reason
        if (type(v_taxable_amount := take("taxable_amount", UNSET)) is int) or (
            v_taxable_amount is None
        ):
            fill.taxable_amount = v_taxable_amount
        elif v_taxable_amount is not UNSET:
            d["taxable_amount"] = v_taxable_amount
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class MethodOptionsCustomerBalanceBankTransferEuBankTransfer(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.customer_balance.b
    ank_transfer.eu_bank_transfer`."""

    country: Literal["BE", "DE", "ES", "FR", "IE", "NL"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> MethodOptionsCustomerBalanceBankTransferEuBankTransfer:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_country := take("country", UNSET)) is str:
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.us_bank_account.fi
    nancial_connections.filters`."""

    account_subcategories: list[Literal["checking", "savings"]] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentMethodOptionsUsBankAccountFinancialConnectionsFilters:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (
            type(v_account_subcategories := take("account_subcategories", UNSET)) is list
            and (
                not v_account_subcategories
                or all(type(item0) is str for item0 in v_account_subcategories)
            )
        ) or (v_account_subcategories is None):
            fill.account_subcategories = v_account_subcategories
        elif v_account_subcategories is not UNSET:
            d["account_subcategories"] = v_account_subcategories
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentSettingsPaymentMethodOptionsBlikMandateOptions(Model):
    """PaymentSettingsPaymentMethodOptionsBlikMandateOptions"""

    expires_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentSettingsPaymentMethodOptionsBlikMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_expires_at := take("expires_at", UNSET)) is int) or (v_expires_at is None):
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "product": lambda v: Product.from_dict(v),
        "transform_usage": lambda v: PriceTransformQuantity.from_dict(v),
        "tiers": lambda v: [PriceTiers.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Plan:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_active := take("active", UNSET)) is bool:
            fill.active = v_active
        elif v_active is not UNSET:
            d["active"] = v_active
        if (type(v_amount := take("amount", UNSET)) is int) or (v_amount is None):
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if (type(v_amount_decimal := take("amount_decimal", UNSET)) is str) or (
            v_amount_decimal is None
        ):
            fill.amount_decimal = v_amount_decimal
        elif v_amount_decimal is not UNSET:
            d["amount_decimal"] = v_amount_decimal
        if type(v_billing_scheme := take("billing_scheme", UNSET)) is str:
            fill.billing_scheme = v_billing_scheme
        elif v_billing_scheme is not UNSET:
            d["billing_scheme"] = v_billing_scheme
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if type(v_currency := take("currency", UNSET)) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_interval := take("interval", UNSET)) is str:
            fill.interval = v_interval
        elif v_interval is not UNSET:
            d["interval"] = v_interval
        if type(v_interval_count := take("interval_count", UNSET)) is int:
            fill.interval_count = v_interval_count
        elif v_interval_count is not UNSET:
            d["interval_count"] = v_interval_count
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if (type(v_meter := take("meter", UNSET)) is str) or (v_meter is None):
            fill.meter = v_meter
        elif v_meter is not UNSET:
            d["meter"] = v_meter
        if (type(v_nickname := take("nickname", UNSET)) is str) or (v_nickname is None):
            fill.nickname = v_nickname
        elif v_nickname is not UNSET:
            d["nickname"] = v_nickname
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_product := take("product", UNSET)) is dict:
            later["product"] = v_product
        elif (type(v_product) is str) or (v_product is None):
            fill.product = v_product
        elif v_product is not UNSET:
            d["product"] = v_product
        if (type(v_tiers_mode := take("tiers_mode", UNSET)) is str) or (v_tiers_mode is None):
            fill.tiers_mode = v_tiers_mode
        elif v_tiers_mode is not UNSET:
            d["tiers_mode"] = v_tiers_mode
        if type(v_transform_usage := take("transform_usage", UNSET)) is dict:
            later["transform_usage"] = v_transform_usage
        elif v_transform_usage is None:
            fill.transform_usage = v_transform_usage
        elif v_transform_usage is not UNSET:
            d["transform_usage"] = v_transform_usage
        if (type(v_trial_period_days := take("trial_period_days", UNSET)) is int) or (
            v_trial_period_days is None
        ):
            fill.trial_period_days = v_trial_period_days
        elif v_trial_period_days is not UNSET:
            d["trial_period_days"] = v_trial_period_days
        if type(v_usage_type := take("usage_type", UNSET)) is str:
            fill.usage_type = v_usage_type
        elif v_usage_type is not UNSET:
            d["usage_type"] = v_usage_type
        if type(v_tiers := take("tiers", UNSET)) is list and (
            not v_tiers or all(type(item0) is dict for item0 in v_tiers)
        ):
            later["tiers"] = v_tiers
        elif (v_tiers is None) or v_tiers is UNSET:
            fill.tiers = v_tiers
        else:
            d["tiers"] = v_tiers
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PriceTiers:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_flat_amount := take("flat_amount", UNSET)) is int) or (v_flat_amount is None):
            fill.flat_amount = v_flat_amount
        elif v_flat_amount is not UNSET:
            d["flat_amount"] = v_flat_amount
        if (type(v_flat_amount_decimal := take("flat_amount_decimal", UNSET)) is str) or (
            v_flat_amount_decimal is None
        ):
            fill.flat_amount_decimal = v_flat_amount_decimal
        elif v_flat_amount_decimal is not UNSET:
            d["flat_amount_decimal"] = v_flat_amount_decimal
        if (type(v_unit_amount := take("unit_amount", UNSET)) is int) or (v_unit_amount is None):
            fill.unit_amount = v_unit_amount
        elif v_unit_amount is not UNSET:
            d["unit_amount"] = v_unit_amount
        if (type(v_unit_amount_decimal := take("unit_amount_decimal", UNSET)) is str) or (
            v_unit_amount_decimal is None
        ):
            fill.unit_amount_decimal = v_unit_amount_decimal
        elif v_unit_amount_decimal is not UNSET:
            d["unit_amount_decimal"] = v_unit_amount_decimal
        if (type(v_up_to := take("up_to", UNSET)) is int) or (v_up_to is None):
            fill.up_to = v_up_to
        elif v_up_to is not UNSET:
            d["up_to"] = v_up_to
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PriceTransformQuantity(Model):
    """PriceTransformQuantity"""

    divide_by: int
    round_: Literal["down", "up"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "round_": "round",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PriceTransformQuantity:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_divide_by := take("divide_by", UNSET)) is int:
            fill.divide_by = v_divide_by
        elif v_divide_by is not UNSET:
            d["divide_by"] = v_divide_by
        if type(v_round_ := take("round", UNSET)) is str:
            fill.round_ = v_round_
        elif v_round_ is not UNSET:
            d["round"] = v_round_
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> ProrationDetailsCreditedItemsInvoiceLineItemDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_invoice := take("invoice", UNSET)) is str:
            fill.invoice = v_invoice
        elif v_invoice is not UNSET:
            d["invoice"] = v_invoice
        if type(v_invoice_line_items := take("invoice_line_items", UNSET)) is list and (
            not v_invoice_line_items or all(type(item0) is str for item0 in v_invoice_line_items)
        ):
            fill.invoice_line_items = v_invoice_line_items
        elif v_invoice_line_items is not UNSET:
            d["invoice_line_items"] = v_invoice_line_items
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "qr_code": lambda v: IntentNextActionCashappHandleRedirectOrDisplayQrCodeQrCode.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SetupIntentNextActionCashappHandleRedirectOrDisplayQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_hosted_instructions_url := take("hosted_instructions_url", UNSET)) is str:
            fill.hosted_instructions_url = v_hosted_instructions_url
        elif v_hosted_instructions_url is not UNSET:
            d["hosted_instructions_url"] = v_hosted_instructions_url
        if type(v_mobile_auth_url := take("mobile_auth_url", UNSET)) is str:
            fill.mobile_auth_url = v_mobile_auth_url
        elif v_mobile_auth_url is not UNSET:
            d["mobile_auth_url"] = v_mobile_auth_url
        if type(v_qr_code := take("qr_code", UNSET)) is dict:
            later["qr_code"] = v_qr_code
        elif v_qr_code is not UNSET:
            d["qr_code"] = v_qr_code
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentNextActionRedirectToUrl(Model):
    """SetupIntentNextActionRedirectToUrl"""

    return_url: str | None
    url: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentNextActionRedirectToUrl:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_return_url := take("return_url", UNSET)) is str) or (v_return_url is None):
            fill.return_url = v_return_url
        elif v_return_url is not UNSET:
            d["return_url"] = v_return_url
        if (type(v_url := take("url", UNSET)) is str) or (v_url is None):
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode(Model):
    """SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode"""

    hosted_instructions_url: str
    qr_code: IntentNextActionCashappHandleRedirectOrDisplayQrCodeQrCode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "qr_code": lambda v: IntentNextActionCashappHandleRedirectOrDisplayQrCodeQrCode.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_hosted_instructions_url := take("hosted_instructions_url", UNSET)) is str:
            fill.hosted_instructions_url = v_hosted_instructions_url
        elif v_hosted_instructions_url is not UNSET:
            d["hosted_instructions_url"] = v_hosted_instructions_url
        if type(v_qr_code := take("qr_code", UNSET)) is dict:
            later["qr_code"] = v_qr_code
        elif v_qr_code is not UNSET:
            d["qr_code"] = v_qr_code
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentNextActionVerifyWithMicrodeposits:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_arrival_date := take("arrival_date", UNSET)) is int:
            fill.arrival_date = v_arrival_date
        elif v_arrival_date is not UNSET:
            d["arrival_date"] = v_arrival_date
        if type(v_hosted_verification_url := take("hosted_verification_url", UNSET)) is str:
            fill.hosted_verification_url = v_hosted_verification_url
        elif v_hosted_verification_url is not UNSET:
            d["hosted_verification_url"] = v_hosted_verification_url
        if (type(v_microdeposit_type := take("microdeposit_type", UNSET)) is str) or (
            v_microdeposit_type is None
        ):
            fill.microdeposit_type = v_microdeposit_type
        elif v_microdeposit_type is not UNSET:
            d["microdeposit_type"] = v_microdeposit_type
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodConfigurationDetails(Model):
    """SetupIntentPaymentMethodConfigurationDetails"""

    id: str
    parent: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SetupIntentPaymentMethodConfigurationDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if (type(v_parent := take("parent", UNSET)) is str) or (v_parent is None):
            fill.parent = v_parent
        elif v_parent is not UNSET:
            d["parent"] = v_parent
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsBacsDebitMandateOptions(Model):
    """SetupIntentPaymentMethodOptionsBacsDebitMandateOptions"""

    reference_prefix: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SetupIntentPaymentMethodOptionsBacsDebitMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_reference_prefix := take("reference_prefix", UNSET)) is str) or (
            v_reference_prefix is None
        ):
            fill.reference_prefix = v_reference_prefix
        elif v_reference_prefix is not UNSET:
            d["reference_prefix"] = v_reference_prefix
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsBlikMandateOptions(Model):
    """SetupIntentPaymentMethodOptionsBlikMandateOptions"""

    expires_at: int | None
    type_: Literal["off_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SetupIntentPaymentMethodOptionsBlikMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_expires_at := take("expires_at", UNSET)) is int) or (v_expires_at is None):
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        if (type(v_type_ := take("type", UNSET)) is str) or (v_type_ is None):
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SetupIntentPaymentMethodOptionsPixMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_amount := take("amount", UNSET)) is int) or (v_amount is None):
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if (type(v_amount_includes_iof := take("amount_includes_iof", UNSET)) is str) or (
            v_amount_includes_iof is None
        ):
            fill.amount_includes_iof = v_amount_includes_iof
        elif v_amount_includes_iof is not UNSET:
            d["amount_includes_iof"] = v_amount_includes_iof
        if (type(v_amount_type := take("amount_type", UNSET)) is str) or (v_amount_type is None):
            fill.amount_type = v_amount_type
        elif v_amount_type is not UNSET:
            d["amount_type"] = v_amount_type
        if (type(v_currency := take("currency", UNSET)) is str) or (v_currency is None):
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        if (type(v_end_date := take("end_date", UNSET)) is str) or (v_end_date is None):
            fill.end_date = v_end_date
        elif v_end_date is not UNSET:
            d["end_date"] = v_end_date
        if (type(v_payment_schedule := take("payment_schedule", UNSET)) is str) or (
            v_payment_schedule is None
        ):
            fill.payment_schedule = v_payment_schedule
        elif v_payment_schedule is not UNSET:
            d["payment_schedule"] = v_payment_schedule
        if (type(v_reference := take("reference", UNSET)) is str) or (v_reference is None):
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
        if (type(v_start_date := take("start_date", UNSET)) is str) or (v_start_date is None):
            fill.start_date = v_start_date
        elif v_start_date is not UNSET:
            d["start_date"] = v_start_date
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions(Model):
    """SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions"""

    collection_method: Literal["paper"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_collection_method := take("collection_method", UNSET)) is str) or (
            v_collection_method is None
        ):
            fill.collection_method = v_collection_method
        elif v_collection_method is not UNSET:
            d["collection_method"] = v_collection_method
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "address": lambda v: Address.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Shipping:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_address := take("address", UNSET)) is dict:
            later["address"] = v_address
        elif v_address is None:
            fill.address = v_address
        elif v_address is not UNSET:
            d["address"] = v_address
        if (type(v_carrier := take("carrier", UNSET)) is str) or (v_carrier is None):
            fill.carrier = v_carrier
        elif v_carrier is not UNSET:
            d["carrier"] = v_carrier
        if (type(v_name := take("name", UNSET)) is str) or (v_name is None):
            fill.name = v_name
        elif v_name is not UNSET:
            d["name"] = v_name
        if (type(v_phone := take("phone", UNSET)) is str) or (v_phone is None):
            fill.phone = v_phone
        elif v_phone is not UNSET:
            d["phone"] = v_phone
        if (type(v_tracking_number := take("tracking_number", UNSET)) is str) or (
            v_tracking_number is None
        ):
            fill.tracking_number = v_tracking_number
        elif v_tracking_number is not UNSET:
            d["tracking_number"] = v_tracking_number
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "liability": lambda v: ConnectAccountReference.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionAutomaticTax:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_disabled_reason := take("disabled_reason", UNSET)) is str) or (
            v_disabled_reason is None
        ):
            fill.disabled_reason = v_disabled_reason
        elif v_disabled_reason is not UNSET:
            d["disabled_reason"] = v_disabled_reason
        if type(v_enabled := take("enabled", UNSET)) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if type(v_liability := take("liability", UNSET)) is dict:
            later["liability"] = v_liability
        elif v_liability is None:
            fill.liability = v_liability
        elif v_liability is not UNSET:
            d["liability"] = v_liability
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "flexible": lambda v: SubscriptionBillingModeFlexible.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionBillingMode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_flexible := take("flexible", UNSET)) is dict:
            later["flexible"] = v_flexible
        elif v_flexible is None:
            fill.flexible = v_flexible
        elif v_flexible is not UNSET:
            d["flexible"] = v_flexible
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if (type(v_updated_at := take("updated_at", UNSET)) is int) or (v_updated_at is None):
            fill.updated_at = v_updated_at
        elif v_updated_at is not UNSET:
            d["updated_at"] = v_updated_at
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionBillingModeFlexible(Model):
    """SubscriptionBillingModeFlexible"""

    proration_discounts: Literal["included", "itemized"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionBillingModeFlexible:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_proration_discounts := take("proration_discounts", UNSET)) is str) or (
            v_proration_discounts is None
        ):
            fill.proration_discounts = v_proration_discounts
        elif v_proration_discounts is not UNSET:
            d["proration_discounts"] = v_proration_discounts
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionBillingThresholds(Model):
    """SubscriptionBillingThresholds"""

    amount_gte: int | None
    reset_billing_cycle_anchor: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionBillingThresholds:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_amount_gte := take("amount_gte", UNSET)) is int) or (v_amount_gte is None):
            fill.amount_gte = v_amount_gte
        elif v_amount_gte is not UNSET:
            d["amount_gte"] = v_amount_gte
        if (
            type(v_reset_billing_cycle_anchor := take("reset_billing_cycle_anchor", UNSET)) is bool
        ) or (v_reset_billing_cycle_anchor is None):
            fill.reset_billing_cycle_anchor = v_reset_billing_cycle_anchor
        elif v_reset_billing_cycle_anchor is not UNSET:
            d["reset_billing_cycle_anchor"] = v_reset_billing_cycle_anchor
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionItemBillingThresholds(Model):
    """SubscriptionItemBillingThresholds"""

    usage_gte: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionItemBillingThresholds:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_usage_gte := take("usage_gte", UNSET)) is int) or (v_usage_gte is None):
            fill.usage_gte = v_usage_gte
        elif v_usage_gte is not UNSET:
            d["usage_gte"] = v_usage_gte
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionManagedPayments(Model):
    """SubscriptionManagedPayments"""

    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionManagedPayments:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_enabled := take("enabled", UNSET)) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionPendingInvoiceItemInterval(Model):
    """SubscriptionPendingInvoiceItemInterval"""

    interval: Literal["day", "month", "week", "year"]
    interval_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionPendingInvoiceItemInterval:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_interval := take("interval", UNSET)) is str:
            fill.interval = v_interval
        elif v_interval is not UNSET:
            d["interval"] = v_interval
        if type(v_interval_count := take("interval_count", UNSET)) is int:
            fill.interval_count = v_interval_count
        elif v_interval_count is not UNSET:
            d["interval_count"] = v_interval_count
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class SubscriptionTransferData(Model):
    """SubscriptionTransferData"""

    amount_percent: float | None
    destination: str | dict[str, Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> SubscriptionTransferData:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (
            type(v_amount_percent := take("amount_percent", UNSET)) is float
            or type(v_amount_percent) is int
        ) or (v_amount_percent is None):
            fill.amount_percent = v_amount_percent
        elif v_amount_percent is not UNSET:
            d["amount_percent"] = v_amount_percent
        if (type(v_destination := take("destination", UNSET)) is str) or (
            type(v_destination) is dict
        ):
            fill.destination = v_destination
        elif v_destination is not UNSET:
            d["destination"] = v_destination
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    "InvoiceRenderingTemplate",
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
