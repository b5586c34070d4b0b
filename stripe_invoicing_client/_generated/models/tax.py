"""Response models: tax (generated; do not edit).

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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("deleted", "deleted", "Literal[True]"),
        ("id", "id", "str"),
        ("object_", "object", "Literal['tax_id']"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedTaxId:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_deleted = take("deleted", UNSET)
        if v_deleted is UNSET:
            pass
        elif v_deleted is True:
            fill.deleted = v_deleted
        else:
            d["deleted"] = v_deleted
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("country", "country", "str | None"),
        ("created", "created", "int"),
        ("customer", "customer", "Customer | str | None"),
        ("customer_account", "customer_account", "str | None"),
        ("id", "id", "str"),
        ("livemode", "livemode", "bool"),
        ("object_", "object", "Literal['tax_id']"),
        ("owner", "owner", "TaxIdOwner | None"),
        ("type_", "type", "str (one of 136 values)"),
        ("value", "value", "str"),
        ("verification", "verification", "TaxIdVerification | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "customer",
            "owner",
            "verification",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_customer = self.customer
        except AttributeError:
            pass
        else:
            data["customer"] = (
                v_customer.to_dict() if isinstance(v_customer, Customer) else v_customer
            )
        try:
            v_owner = self.owner
        except AttributeError:
            pass
        else:
            data["owner"] = v_owner.to_dict() if isinstance(v_owner, TaxIdOwner) else v_owner
        try:
            v_verification = self.verification
        except AttributeError:
            pass
        else:
            data["verification"] = (
                v_verification.to_dict()
                if isinstance(v_verification, TaxIdVerification)
                else v_verification
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> TaxId:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_country = take("country", UNSET)
        if (type(v_country) is str) or (v_country is None):
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        v_created = take("created", UNSET)
        if type(v_created) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        v_customer = take("customer", UNSET)
        if (type(v_customer) is dict) or (type(v_customer) is str) or (v_customer is None):
            fill.customer = (
                Customer.from_dict(v_customer) if type(v_customer) is dict else v_customer
            )
        elif v_customer is not UNSET:
            d["customer"] = v_customer
        v_customer_account = take("customer_account", UNSET)
        if (type(v_customer_account) is str) or (v_customer_account is None):
            fill.customer_account = v_customer_account
        elif v_customer_account is not UNSET:
            d["customer_account"] = v_customer_account
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_livemode = take("livemode", UNSET)
        if type(v_livemode) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_owner = take("owner", UNSET)
        if (type(v_owner) is dict) or (v_owner is None):
            fill.owner = TaxIdOwner.from_dict(v_owner) if type(v_owner) is dict else v_owner
        elif v_owner is not UNSET:
            d["owner"] = v_owner
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        v_value = take("value", UNSET)
        if type(v_value) is str:
            fill.value = v_value
        elif v_value is not UNSET:
            d["value"] = v_value
        v_verification = take("verification", UNSET)
        if (type(v_verification) is dict) or (v_verification is None):
            fill.verification = (
                TaxIdVerification.from_dict(v_verification)
                if type(v_verification) is dict
                else v_verification
            )
        elif v_verification is not UNSET:
            d["verification"] = v_verification
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("account", "account", "str | dict[str, Any] | None"),
        ("application", "application", "str | dict[str, Any] | None"),
        ("customer", "customer", "Customer | str | None"),
        ("customer_account", "customer_account", "str | None"),
        ("type_", "type", "Literal['account', 'application', 'customer', 'self']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("customer",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_customer = self.customer
        except AttributeError:
            pass
        else:
            data["customer"] = (
                v_customer.to_dict() if isinstance(v_customer, Customer) else v_customer
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> TaxIdOwner:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_account = take("account", UNSET)
        if (type(v_account) is str) or (type(v_account) is dict) or (v_account is None):
            fill.account = v_account
        elif v_account is not UNSET:
            d["account"] = v_account
        v_application = take("application", UNSET)
        if (type(v_application) is str) or (type(v_application) is dict) or (v_application is None):
            fill.application = v_application
        elif v_application is not UNSET:
            d["application"] = v_application
        v_customer = take("customer", UNSET)
        if (type(v_customer) is dict) or (type(v_customer) is str) or (v_customer is None):
            fill.customer = (
                Customer.from_dict(v_customer) if type(v_customer) is dict else v_customer
            )
        elif v_customer is not UNSET:
            d["customer"] = v_customer
        v_customer_account = take("customer_account", UNSET)
        if (type(v_customer_account) is str) or (v_customer_account is None):
            fill.customer_account = v_customer_account
        elif v_customer_account is not UNSET:
            d["customer_account"] = v_customer_account
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
class TaxIdVerification(Model):
    """TaxIdVerification"""

    status: Literal["pending", "unavailable", "unverified", "verified"]
    verified_address: str | None
    verified_name: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("status", "status", "Literal['pending', 'unavailable', 'unverified', 'verified']"),
        ("verified_address", "verified_address", "str | None"),
        ("verified_name", "verified_name", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> TaxIdVerification:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_status = take("status", UNSET)
        if type(v_status) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        v_verified_address = take("verified_address", UNSET)
        if (type(v_verified_address) is str) or (v_verified_address is None):
            fill.verified_address = v_verified_address
        elif v_verified_address is not UNSET:
            d["verified_address"] = v_verified_address
        v_verified_name = take("verified_name", UNSET)
        if (type(v_verified_name) is str) or (v_verified_name is None):
            fill.verified_name = v_verified_name
        elif v_verified_name is not UNSET:
            d["verified_name"] = v_verified_name
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("active", "active", "bool"),
        ("country", "country", "str | None"),
        ("created", "created", "int"),
        ("description", "description", "str | None"),
        ("display_name", "display_name", "str"),
        ("id", "id", "str"),
        ("inclusive", "inclusive", "bool"),
        ("jurisdiction", "jurisdiction", "str | None"),
        ("livemode", "livemode", "bool"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("object_", "object", "Literal['tax_rate']"),
        ("percentage", "percentage", "float"),
        ("state", "state", "str | None"),
        ("tax_type", "tax_type", "str (one of 28 values) | None"),
        ("effective_percentage", "effective_percentage", "float | None"),
        ("flat_amount", "flat_amount", "TaxRateFlatAmount | None"),
        (
            "jurisdiction_level",
            "jurisdiction_level",
            "Literal['city', 'country', 'county', 'district', 'multiple', 'state'] | None",
        ),
        ("rate_type", "rate_type", "Literal['flat_amount', 'percentage'] | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("flat_amount",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_flat_amount = self.flat_amount
        except AttributeError:
            pass
        else:
            if not isinstance(v_flat_amount, Unset):
                data["flat_amount"] = (
                    v_flat_amount.to_dict()
                    if isinstance(v_flat_amount, TaxRateFlatAmount)
                    else v_flat_amount
                )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> TaxRate:
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
        v_country = take("country", UNSET)
        if (type(v_country) is str) or (v_country is None):
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        v_created = take("created", UNSET)
        if type(v_created) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_display_name = take("display_name", UNSET)
        if type(v_display_name) is str:
            fill.display_name = v_display_name
        elif v_display_name is not UNSET:
            d["display_name"] = v_display_name
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_inclusive = take("inclusive", UNSET)
        if type(v_inclusive) is bool:
            fill.inclusive = v_inclusive
        elif v_inclusive is not UNSET:
            d["inclusive"] = v_inclusive
        v_jurisdiction = take("jurisdiction", UNSET)
        if (type(v_jurisdiction) is str) or (v_jurisdiction is None):
            fill.jurisdiction = v_jurisdiction
        elif v_jurisdiction is not UNSET:
            d["jurisdiction"] = v_jurisdiction
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
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_percentage = take("percentage", UNSET)
        if type(v_percentage) is float or type(v_percentage) is int:
            fill.percentage = v_percentage
        elif v_percentage is not UNSET:
            d["percentage"] = v_percentage
        v_state = take("state", UNSET)
        if (type(v_state) is str) or (v_state is None):
            fill.state = v_state
        elif v_state is not UNSET:
            d["state"] = v_state
        v_tax_type = take("tax_type", UNSET)
        if (type(v_tax_type) is str) or (v_tax_type is None):
            fill.tax_type = v_tax_type
        elif v_tax_type is not UNSET:
            d["tax_type"] = v_tax_type
        v_effective_percentage = take("effective_percentage", UNSET)
        if (type(v_effective_percentage) is float or type(v_effective_percentage) is int) or (
            v_effective_percentage is None
        ):
            fill.effective_percentage = v_effective_percentage
        elif v_effective_percentage is UNSET:
            fill.effective_percentage = UNSET
        else:
            d["effective_percentage"] = v_effective_percentage
        v_flat_amount = take("flat_amount", UNSET)
        if (type(v_flat_amount) is dict) or (v_flat_amount is None):
            fill.flat_amount = (
                TaxRateFlatAmount.from_dict(v_flat_amount)
                if type(v_flat_amount) is dict
                else v_flat_amount
            )
        elif v_flat_amount is UNSET:
            fill.flat_amount = UNSET
        else:
            d["flat_amount"] = v_flat_amount
        v_jurisdiction_level = take("jurisdiction_level", UNSET)
        if (type(v_jurisdiction_level) is str) or (v_jurisdiction_level is None):
            fill.jurisdiction_level = v_jurisdiction_level
        elif v_jurisdiction_level is UNSET:
            fill.jurisdiction_level = UNSET
        else:
            d["jurisdiction_level"] = v_jurisdiction_level
        v_rate_type = take("rate_type", UNSET)
        if (type(v_rate_type) is str) or (v_rate_type is None):
            fill.rate_type = v_rate_type
        elif v_rate_type is UNSET:
            fill.rate_type = UNSET
        else:
            d["rate_type"] = v_rate_type
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class TaxRateFlatAmount(Model):
    """Embedded object found at `tax_rate.flat_amount`."""

    amount: int
    currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("currency", "currency", "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> TaxRateFlatAmount:
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
        v_currency = take("currency", UNSET)
        if type(v_currency) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
