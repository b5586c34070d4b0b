"""Response models: product (generated; do not edit).

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

PriceType = Literal["one_time", "recurring"]


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DeletedPrice(Model):
    """A price that has been removed."""

    deleted: Literal[True]
    """Always true: the price was deleted."""
    id: str
    """Id the price had."""
    object_: Literal["price"]
    """Object type, always `price`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedPrice:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        v_deleted = take("deleted", UNSET)
        if v_deleted is UNSET:
            pass
        elif v_deleted is True:
            fill.deleted = v_deleted
        else:
            d["deleted"] = v_deleted
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DeletedProduct(Model):
    """A product that has been deleted."""

    deleted: Literal[True]
    """Always true: the object was deleted."""
    id: str
    """Id the object had."""
    object_: Literal["product"]
    """Object type, always `product`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedProduct:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        v_deleted = take("deleted", UNSET)
        if v_deleted is UNSET:
            pass
        elif v_deleted is True:
            fill.deleted = v_deleted
        else:
            d["deleted"] = v_deleted
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Price(Model):
    """What a product costs and how it is billed, one-off or recurring."""

    active: bool
    """Whether the price can be used for new purchases."""
    billing_scheme: Literal["per_unit", "tiered"]
    """Whether the amount is per unit (`per_unit`) or taken from `tiers` (`tiered`)."""
    created: int
    """Unix timestamp in seconds when the object was created."""
    currency: str
    """Three-letter lowercase ISO currency code."""
    custom_unit_amount: PriceCustomUnitAmount | None
    """Bounds of an amount the customer chooses, if the price lets them."""
    id: str
    """Unique id of the object."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    lookup_key: str | None
    """Your own key to fetch the price by."""
    metadata: dict[str, str]
    """Your own key-value pairs stored on the object."""
    nickname: str | None
    """Internal name of the price, not shown to customers."""
    object_: Literal["price"]
    """Object type, always `price`."""
    product: Product | str
    """Product the price is for (an id unless expanded)."""
    recurring: PriceRecurring | None
    """Billing interval and usage type of a recurring price; null for a one-off one."""
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | None
    """Whether the price includes tax (`inclusive`), excludes it (`exclusive`) or is not yet set."""
    tiers_mode: Literal["graduated", "volume"] | None
    """Whether tiers apply to the whole quantity (`volume`) or piece by piece (`graduated`)."""
    transform_quantity: PriceTransformQuantity | None
    """How the quantity is divided before billing, if it is."""
    type_: PriceType
    """Whether the price is billed once (`one_time`) or on a schedule (`recurring`)."""
    unit_amount: int | None
    """Amount per unit in the smallest currency unit, if a whole number."""
    unit_amount_decimal: str | None
    """Amount per unit in the smallest currency unit, with up to twelve decimals."""
    currency_options: dict[str, PriceCurrencyOptions] | None | Unset = UNSET
    """The price's amounts in other currencies; only present when included."""
    tiers: list[PriceTiers] | None | Unset = UNSET
    """Amount tiers of a tiered price; only present when included."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "custom_unit_amount": lambda v: PriceCustomUnitAmount.from_dict(v),
        "product": lambda v: Product.from_dict(v),
        "recurring": lambda v: PriceRecurring.from_dict(v),
        "transform_quantity": lambda v: PriceTransformQuantity.from_dict(v),
        "currency_options": lambda v: {
            k0: PriceCurrencyOptions.from_dict(item0) for k0, item0 in v.items()
        },
        "tiers": lambda v: [PriceTiers.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Price:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_active := take("active", UNSET)) is bool:
            fill.active = v_active
        elif v_active is not UNSET:
            d["active"] = v_active
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
        if type(v_custom_unit_amount := take("custom_unit_amount", UNSET)) is dict:
            later["custom_unit_amount"] = v_custom_unit_amount
        elif v_custom_unit_amount is None:
            fill.custom_unit_amount = v_custom_unit_amount
        elif v_custom_unit_amount is not UNSET:
            d["custom_unit_amount"] = v_custom_unit_amount
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if (type(v_lookup_key := take("lookup_key", UNSET)) is str) or (v_lookup_key is None):
            fill.lookup_key = v_lookup_key
        elif v_lookup_key is not UNSET:
            d["lookup_key"] = v_lookup_key
        if type(v_metadata := take("metadata", UNSET)) is dict and (
            not v_metadata or all(type(item0) is str for item0 in v_metadata.values())
        ):
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
        if type(v_product := take("product", UNSET)) is dict:
            later["product"] = v_product
        elif type(v_product) is str:
            fill.product = v_product
        elif v_product is not UNSET:
            d["product"] = v_product
        if type(v_recurring := take("recurring", UNSET)) is dict:
            later["recurring"] = v_recurring
        elif v_recurring is None:
            fill.recurring = v_recurring
        elif v_recurring is not UNSET:
            d["recurring"] = v_recurring
        if (type(v_tax_behavior := take("tax_behavior", UNSET)) is str) or (v_tax_behavior is None):
            fill.tax_behavior = v_tax_behavior
        elif v_tax_behavior is not UNSET:
            d["tax_behavior"] = v_tax_behavior
        if (type(v_tiers_mode := take("tiers_mode", UNSET)) is str) or (v_tiers_mode is None):
            fill.tiers_mode = v_tiers_mode
        elif v_tiers_mode is not UNSET:
            d["tiers_mode"] = v_tiers_mode
        if type(v_transform_quantity := take("transform_quantity", UNSET)) is dict:
            later["transform_quantity"] = v_transform_quantity
        elif v_transform_quantity is None:
            fill.transform_quantity = v_transform_quantity
        elif v_transform_quantity is not UNSET:
            d["transform_quantity"] = v_transform_quantity
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
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
        if type(v_currency_options := take("currency_options", UNSET)) is dict and (
            not v_currency_options
            or all(type(item0) is dict for item0 in v_currency_options.values())
        ):
            later["currency_options"] = v_currency_options
        elif (v_currency_options is None) or v_currency_options is UNSET:
            fill.currency_options = v_currency_options
        else:
            d["currency_options"] = v_currency_options
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
class PriceCurrencyOptions(Model):
    """PriceCurrencyOptions"""

    custom_unit_amount: PriceCustomUnitAmount | None
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | None
    tiers: list[PriceTiers] | None
    unit_amount: int | None
    unit_amount_decimal: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "custom_unit_amount": lambda v: PriceCustomUnitAmount.from_dict(v),
        "tiers": lambda v: [PriceTiers.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PriceCurrencyOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_custom_unit_amount := take("custom_unit_amount", UNSET)) is dict:
            later["custom_unit_amount"] = v_custom_unit_amount
        elif v_custom_unit_amount is None:
            fill.custom_unit_amount = v_custom_unit_amount
        elif v_custom_unit_amount is not UNSET:
            d["custom_unit_amount"] = v_custom_unit_amount
        if (type(v_tax_behavior := take("tax_behavior", UNSET)) is str) or (v_tax_behavior is None):
            fill.tax_behavior = v_tax_behavior
        elif v_tax_behavior is not UNSET:
            d["tax_behavior"] = v_tax_behavior
        if type(v_tiers := take("tiers", UNSET)) is list and (
            not v_tiers or all(type(item0) is dict for item0 in v_tiers)
        ):
            later["tiers"] = v_tiers
        elif v_tiers is None:
            fill.tiers = v_tiers
        elif v_tiers is not UNSET:
            d["tiers"] = v_tiers
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
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PriceCustomUnitAmount(Model):
    """PriceCustomUnitAmount"""

    maximum: int | None
    minimum: int | None
    preset: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PriceCustomUnitAmount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_maximum := take("maximum", UNSET)) is int) or (v_maximum is None):
            fill.maximum = v_maximum
        elif v_maximum is not UNSET:
            d["maximum"] = v_maximum
        if (type(v_minimum := take("minimum", UNSET)) is int) or (v_minimum is None):
            fill.minimum = v_minimum
        elif v_minimum is not UNSET:
            d["minimum"] = v_minimum
        if (type(v_preset := take("preset", UNSET)) is int) or (v_preset is None):
            fill.preset = v_preset
        elif v_preset is not UNSET:
            d["preset"] = v_preset
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PriceRecurring(Model):
    """PriceRecurring"""

    interval: Literal["day", "month", "week", "year"]
    interval_count: int
    meter: str | None
    trial_period_days: int | None
    usage_type: Literal["licensed", "metered"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PriceRecurring:
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
        if (type(v_meter := take("meter", UNSET)) is str) or (v_meter is None):
            fill.meter = v_meter
        elif v_meter is not UNSET:
            d["meter"] = v_meter
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
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Product(Model):
    """A good or service you sell, which prices refer to."""

    active: bool
    """Whether the product can be sold."""
    created: int
    """Unix timestamp in seconds when the object was created."""
    default_price: Price | str | None
    """The product's default price, if any (an id unless expanded)."""
    description: str | None
    """Longer text about the product, shown to customers."""
    id: str
    """Unique id of the object."""
    images: list[str]
    """URLs of images of the product."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    marketing_features: list[ProductMarketingFeatures]
    """Feature names listed with the product on pricing pages."""
    metadata: dict[str, str]
    """Your own key-value pairs stored on the object."""
    name: str
    """Name of the product, shown on invoices."""
    object_: Literal["product"]
    """Object type, always `product`."""
    package_dimensions: ProductPackageDimensions | None
    """Size and weight of the packed product, if given."""
    shippable: bool | None
    """Whether the product is a physical good that is shipped, if known."""
    statement_descriptor: str | None
    """Text shown on the customer's card statement for this product."""
    tax_code: str | dict[str, Any] | None
    """Tax code that says how the product is taxed (an id unless expanded)."""
    tax_details: ProductTaxDetails | None
    """Details that help compute the product's tax, if given."""
    type_: Literal["good", "service"]
    """Whether the product is a `service` or a `good`."""
    unit_label: str | None
    """Name of one unit of the product, printed after the quantity."""
    updated: int
    """Unix timestamp of the last change to the product."""
    url: str | None
    """Public web page of the product."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "default_price": lambda v: Price.from_dict(v),
        "marketing_features": lambda v: [ProductMarketingFeatures.from_dict(item0) for item0 in v],
        "package_dimensions": lambda v: ProductPackageDimensions.from_dict(v),
        "tax_details": lambda v: ProductTaxDetails.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Product:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_active := take("active", UNSET)) is bool:
            fill.active = v_active
        elif v_active is not UNSET:
            d["active"] = v_active
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if type(v_default_price := take("default_price", UNSET)) is dict:
            later["default_price"] = v_default_price
        elif (type(v_default_price) is str) or (v_default_price is None):
            fill.default_price = v_default_price
        elif v_default_price is not UNSET:
            d["default_price"] = v_default_price
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_images := take("images", UNSET)) is list and (
            not v_images or all(type(item0) is str for item0 in v_images)
        ):
            fill.images = v_images
        elif v_images is not UNSET:
            d["images"] = v_images
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if type(v_marketing_features := take("marketing_features", UNSET)) is list and (
            not v_marketing_features or all(type(item0) is dict for item0 in v_marketing_features)
        ):
            later["marketing_features"] = v_marketing_features
        elif v_marketing_features is not UNSET:
            d["marketing_features"] = v_marketing_features
        if type(v_metadata := take("metadata", UNSET)) is dict and (
            not v_metadata or all(type(item0) is str for item0 in v_metadata.values())
        ):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if type(v_name := take("name", UNSET)) is str:
            fill.name = v_name
        elif v_name is not UNSET:
            d["name"] = v_name
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_package_dimensions := take("package_dimensions", UNSET)) is dict:
            later["package_dimensions"] = v_package_dimensions
        elif v_package_dimensions is None:
            fill.package_dimensions = v_package_dimensions
        elif v_package_dimensions is not UNSET:
            d["package_dimensions"] = v_package_dimensions
        if (type(v_shippable := take("shippable", UNSET)) is bool) or (v_shippable is None):
            fill.shippable = v_shippable
        elif v_shippable is not UNSET:
            d["shippable"] = v_shippable
        if (type(v_statement_descriptor := take("statement_descriptor", UNSET)) is str) or (
            v_statement_descriptor is None
        ):
            fill.statement_descriptor = v_statement_descriptor
        elif v_statement_descriptor is not UNSET:
            d["statement_descriptor"] = v_statement_descriptor
        if (
            (type(v_tax_code := take("tax_code", UNSET)) is str)
            or (type(v_tax_code) is dict)
            or (v_tax_code is None)
        ):
            fill.tax_code = v_tax_code
        elif v_tax_code is not UNSET:
            d["tax_code"] = v_tax_code
        if type(v_tax_details := take("tax_details", UNSET)) is dict:
            later["tax_details"] = v_tax_details
        elif v_tax_details is None:
            fill.tax_details = v_tax_details
        elif v_tax_details is not UNSET:
            d["tax_details"] = v_tax_details
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if (type(v_unit_label := take("unit_label", UNSET)) is str) or (v_unit_label is None):
            fill.unit_label = v_unit_label
        elif v_unit_label is not UNSET:
            d["unit_label"] = v_unit_label
        if type(v_updated := take("updated", UNSET)) is int:
            fill.updated = v_updated
        elif v_updated is not UNSET:
            d["updated"] = v_updated
        if (type(v_url := take("url", UNSET)) is str) or (v_url is None):
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ProductMarketingFeatures(Model):
    """ProductMarketingFeatures"""

    name: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ProductMarketingFeatures:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_name := take("name", UNSET)) is str) or (v_name is None):
            fill.name = v_name
        elif v_name is not UNSET:
            d["name"] = v_name
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ProductPackageDimensions(Model):
    """ProductPackageDimensions"""

    height: float
    length: float
    weight: float
    width: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ProductPackageDimensions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_height := take("height", UNSET)) is float or type(v_height) is int:
            fill.height = v_height
        elif v_height is not UNSET:
            d["height"] = v_height
        if type(v_length := take("length", UNSET)) is float or type(v_length) is int:
            fill.length = v_length
        elif v_length is not UNSET:
            d["length"] = v_length
        if type(v_weight := take("weight", UNSET)) is float or type(v_weight) is int:
            fill.weight = v_weight
        elif v_weight is not UNSET:
            d["weight"] = v_weight
        if type(v_width := take("width", UNSET)) is float or type(v_width) is int:
            fill.width = v_width
        elif v_width is not UNSET:
            d["width"] = v_width
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ProductTaxDetails(Model):
    """ProductTaxDetails"""

    performance_location: str | None
    tax_code: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> ProductTaxDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_performance_location := take("performance_location", UNSET)) is str) or (
            v_performance_location is None
        ):
            fill.performance_location = v_performance_location
        elif v_performance_location is not UNSET:
            d["performance_location"] = v_performance_location
        if (type(v_tax_code := take("tax_code", UNSET)) is str) or (v_tax_code is None):
            fill.tax_code = v_tax_code
        elif v_tax_code is not UNSET:
            d["tax_code"] = v_tax_code
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .shared import PriceTiers, PriceTransformQuantity  # noqa: E402

__all__ = [
    "DeletedPrice",
    "DeletedProduct",
    "Price",
    "PriceCurrencyOptions",
    "PriceCustomUnitAmount",
    "PriceRecurring",
    "Product",
    "ProductMarketingFeatures",
    "ProductPackageDimensions",
    "ProductTaxDetails",
    "PriceType",
]
