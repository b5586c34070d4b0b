"""Response models: tax (generated; do not edit).

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
from ..enums import TaxIdType, TaxType


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DeletedTaxId(Model):
    """A tax ID that has been removed."""

    deleted: Literal[True]
    """Always true: the tax ID was deleted."""
    id: str
    """Id the tax ID had."""
    object_: Literal["tax_id"]
    """Object type, always `tax_id`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedTaxId:
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
class TaxId(Model):
    """A tax identification number of a customer or of the account, such as a VAT number."""

    country: str | None
    """Two-letter ISO country code of the tax ID."""
    created: int
    """Unix timestamp in seconds when the object was created."""
    customer: Customer | str | None
    """Customer that holds the tax ID, if any (an id unless expanded)."""
    customer_account: str | None
    """Id of the Account object that represents the customer, if any."""
    id: str
    """Unique id of the object."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    object_: Literal["tax_id"]
    """Object type, always `tax_id`."""
    owner: TaxIdOwner | None
    """Who the tax ID belongs to: the account, an application, a customer or the platform."""
    type_: TaxIdType
    """Kind of tax ID, such as `eu_vat` or `us_ein`."""
    value: str
    """The tax ID number itself."""
    verification: TaxIdVerification | None
    """Result of checking the tax ID with the tax authority, if done."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "customer": lambda v: Customer.from_dict(v),
        "owner": lambda v: TaxIdOwner.from_dict(v),
        "verification": lambda v: TaxIdVerification.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> TaxId:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_country := take("country", UNSET)) is str) or (v_country is None):
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if type(v_customer := take("customer", UNSET)) is dict:
            later["customer"] = v_customer
        elif (type(v_customer) is str) or (v_customer is None):
            fill.customer = v_customer
        elif v_customer is not UNSET:
            d["customer"] = v_customer
        if (type(v_customer_account := take("customer_account", UNSET)) is str) or (
            v_customer_account is None
        ):
            fill.customer_account = v_customer_account
        elif v_customer_account is not UNSET:
            d["customer_account"] = v_customer_account
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_owner := take("owner", UNSET)) is dict:
            later["owner"] = v_owner
        elif v_owner is None:
            fill.owner = v_owner
        elif v_owner is not UNSET:
            d["owner"] = v_owner
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if type(v_value := take("value", UNSET)) is str:
            fill.value = v_value
        elif v_value is not UNSET:
            d["value"] = v_value
        if type(v_verification := take("verification", UNSET)) is dict:
            later["verification"] = v_verification
        elif v_verification is None:
            fill.verification = v_verification
        elif v_verification is not UNSET:
            d["verification"] = v_verification
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class TaxIdOwner(Model):
    """TaxIdOwner"""

    account: str | dict[str, Any] | None
    application: str | dict[str, Any] | None
    customer: Customer | str | None
    customer_account: str | None
    type_: Literal["account", "application", "customer", "self"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "customer": lambda v: Customer.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> TaxIdOwner:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (
            (type(v_account := take("account", UNSET)) is str)
            or (type(v_account) is dict)
            or (v_account is None)
        ):
            fill.account = v_account
        elif v_account is not UNSET:
            d["account"] = v_account
        if (
            (type(v_application := take("application", UNSET)) is str)
            or (type(v_application) is dict)
            or (v_application is None)
        ):
            fill.application = v_application
        elif v_application is not UNSET:
            d["application"] = v_application
        if type(v_customer := take("customer", UNSET)) is dict:
            later["customer"] = v_customer
        elif (type(v_customer) is str) or (v_customer is None):
            fill.customer = v_customer
        elif v_customer is not UNSET:
            d["customer"] = v_customer
        if (type(v_customer_account := take("customer_account", UNSET)) is str) or (
            v_customer_account is None
        ):
            fill.customer_account = v_customer_account
        elif v_customer_account is not UNSET:
            d["customer_account"] = v_customer_account
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
class TaxIdVerification(Model):
    """TaxIdVerification"""

    status: Literal["pending", "unavailable", "unverified", "verified"]
    verified_address: str | None
    verified_name: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> TaxIdVerification:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_status := take("status", UNSET)) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        if (type(v_verified_address := take("verified_address", UNSET)) is str) or (
            v_verified_address is None
        ):
            fill.verified_address = v_verified_address
        elif v_verified_address is not UNSET:
            d["verified_address"] = v_verified_address
        if (type(v_verified_name := take("verified_name", UNSET)) is str) or (
            v_verified_name is None
        ):
            fill.verified_name = v_verified_name
        elif v_verified_name is not UNSET:
            d["verified_name"] = v_verified_name
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class TaxRate(Model):
    """A tax percentage or flat amount with its jurisdiction, applied to invoice amounts."""

    active: bool
    """Whether the rate can be applied to new invoices and items."""
    country: str | None
    """Two-letter ISO country code of the tax jurisdiction."""
    created: int
    """Unix timestamp in seconds when the object was created."""
    description: str | None
    """Internal note about the tax rate, not shown to customers."""
    display_name: str
    """Name of the tax shown on invoices, such as `VAT` or `Sales tax`."""
    id: str
    """Unique identifier of the object."""
    inclusive: bool
    """Whether the tax is included in the prices it applies to rather than added on top."""
    jurisdiction: str | None
    """Name of the tax jurisdiction, shown on invoices."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    metadata: dict[str, str] | None
    """Your own key-value pairs stored on the object."""
    object_: Literal["tax_rate"]
    """Object type, always `tax_rate`."""
    percentage: float
    """The tax rate in percent."""
    state: str | None
    """ISO 3166-2 subdivision code of the tax jurisdiction, without the country prefix."""
    tax_type: TaxType | None
    """Kind of tax, such as `vat` or `sales_tax`."""
    effective_percentage: float | None | Unset = UNSET
    """Percentage actually applied, which can differ from `percentage` where a tax does not apply."""
    flat_amount: TaxRateFlatAmount | None | Unset = UNSET
    """The fixed amount and currency of a flat-amount tax, if it is one."""
    jurisdiction_level: (
        Literal["city", "country", "county", "district", "multiple", "state"] | None | Unset
    ) = UNSET
    """Level of the jurisdiction: city, county, state, country or multiple."""
    rate_type: Literal["flat_amount", "percentage"] | None | Unset = UNSET
    """Whether the tax is a percentage or a flat amount."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "flat_amount": lambda v: TaxRateFlatAmount.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> TaxRate:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_active := take("active", UNSET)) is bool:
            fill.active = v_active
        elif v_active is not UNSET:
            d["active"] = v_active
        if (type(v_country := take("country", UNSET)) is str) or (v_country is None):
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if type(v_display_name := take("display_name", UNSET)) is str:
            fill.display_name = v_display_name
        elif v_display_name is not UNSET:
            d["display_name"] = v_display_name
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_inclusive := take("inclusive", UNSET)) is bool:
            fill.inclusive = v_inclusive
        elif v_inclusive is not UNSET:
            d["inclusive"] = v_inclusive
        if (type(v_jurisdiction := take("jurisdiction", UNSET)) is str) or (v_jurisdiction is None):
            fill.jurisdiction = v_jurisdiction
        elif v_jurisdiction is not UNSET:
            d["jurisdiction"] = v_jurisdiction
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
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_percentage := take("percentage", UNSET)) is float or type(v_percentage) is int:
            fill.percentage = v_percentage
        elif v_percentage is not UNSET:
            d["percentage"] = v_percentage
        if (type(v_state := take("state", UNSET)) is str) or (v_state is None):
            fill.state = v_state
        elif v_state is not UNSET:
            d["state"] = v_state
        if (type(v_tax_type := take("tax_type", UNSET)) is str) or (v_tax_type is None):
            fill.tax_type = v_tax_type
        elif v_tax_type is not UNSET:
            d["tax_type"] = v_tax_type
        if (
            (
                type(v_effective_percentage := take("effective_percentage", UNSET)) is float
                or type(v_effective_percentage) is int
            )
            or (v_effective_percentage is None)
            or v_effective_percentage is UNSET
        ):
            fill.effective_percentage = v_effective_percentage
        else:
            d["effective_percentage"] = v_effective_percentage
        if type(v_flat_amount := take("flat_amount", UNSET)) is dict:
            later["flat_amount"] = v_flat_amount
        elif (v_flat_amount is None) or v_flat_amount is UNSET:
            fill.flat_amount = v_flat_amount
        else:
            d["flat_amount"] = v_flat_amount
        if (
            (type(v_jurisdiction_level := take("jurisdiction_level", UNSET)) is str)
            or (v_jurisdiction_level is None)
            or v_jurisdiction_level is UNSET
        ):
            fill.jurisdiction_level = v_jurisdiction_level
        else:
            d["jurisdiction_level"] = v_jurisdiction_level
        if (
            (type(v_rate_type := take("rate_type", UNSET)) is str)
            or (v_rate_type is None)
            or v_rate_type is UNSET
        ):
            fill.rate_type = v_rate_type
        else:
            d["rate_type"] = v_rate_type
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class TaxRateFlatAmount(Model):
    """Embedded object found at `tax_rate.flat_amount`."""

    amount: int
    currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> TaxRateFlatAmount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_amount := take("amount", UNSET)) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if type(v_currency := take("currency", UNSET)) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .customer import Customer  # noqa: E402

__all__ = [
    "DeletedTaxId",
    "TaxId",
    "TaxIdOwner",
    "TaxIdVerification",
    "TaxRate",
    "TaxRateFlatAmount",
]
