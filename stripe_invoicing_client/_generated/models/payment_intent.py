"""Response models: payment intent (generated; do not edit).

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
from ..enums import AllowedPaymentMethodType, CardNetwork, ExcludedPaymentMethodType, MandatePurpose


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ActionDisplayBankTransferInstructionsFinancialAddressesAba(Model):
    """ActionDisplayBankTransferInstructionsFinancialAddressesAba"""

    account_holder_address: Address
    """Postal address parts; any of them may be empty."""
    account_holder_name: str
    account_number: str
    account_type: str
    bank_address: Address
    """Postal address parts; any of them may be empty."""
    bank_name: str
    routing_number: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("account_holder_address", "account_holder_address", "Address"),
        ("account_holder_name", "account_holder_name", "str"),
        ("account_number", "account_number", "str"),
        ("account_type", "account_type", "str"),
        ("bank_address", "bank_address", "Address"),
        ("bank_name", "bank_name", "str"),
        ("routing_number", "routing_number", "str"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "account_holder_address",
            "bank_address",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_account_holder_address = self.account_holder_address
        except AttributeError:
            pass
        else:
            data["account_holder_address"] = v_account_holder_address.to_dict()
        try:
            v_bank_address = self.bank_address
        except AttributeError:
            pass
        else:
            data["bank_address"] = v_bank_address.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> ActionDisplayBankTransferInstructionsFinancialAddressesAba:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_account_holder_address = take("account_holder_address", UNSET)
        if type(v_account_holder_address) is dict:
            fill.account_holder_address = Address.from_dict(v_account_holder_address)
        elif v_account_holder_address is not UNSET:
            d["account_holder_address"] = v_account_holder_address
        v_account_holder_name = take("account_holder_name", UNSET)
        if type(v_account_holder_name) is str:
            fill.account_holder_name = v_account_holder_name
        elif v_account_holder_name is not UNSET:
            d["account_holder_name"] = v_account_holder_name
        v_account_number = take("account_number", UNSET)
        if type(v_account_number) is str:
            fill.account_number = v_account_number
        elif v_account_number is not UNSET:
            d["account_number"] = v_account_number
        v_account_type = take("account_type", UNSET)
        if type(v_account_type) is str:
            fill.account_type = v_account_type
        elif v_account_type is not UNSET:
            d["account_type"] = v_account_type
        v_bank_address = take("bank_address", UNSET)
        if type(v_bank_address) is dict:
            fill.bank_address = Address.from_dict(v_bank_address)
        elif v_bank_address is not UNSET:
            d["bank_address"] = v_bank_address
        v_bank_name = take("bank_name", UNSET)
        if type(v_bank_name) is str:
            fill.bank_name = v_bank_name
        elif v_bank_name is not UNSET:
            d["bank_name"] = v_bank_name
        v_routing_number = take("routing_number", UNSET)
        if type(v_routing_number) is str:
            fill.routing_number = v_routing_number
        elif v_routing_number is not UNSET:
            d["routing_number"] = v_routing_number
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ActionDisplayBankTransferInstructionsFinancialAddressesIban(Model):
    """ActionDisplayBankTransferInstructionsFinancialAddressesIban"""

    account_holder_address: Address
    """Postal address parts; any of them may be empty."""
    account_holder_name: str
    bank_address: Address
    """Postal address parts; any of them may be empty."""
    bic: str
    country: str
    iban: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("account_holder_address", "account_holder_address", "Address"),
        ("account_holder_name", "account_holder_name", "str"),
        ("bank_address", "bank_address", "Address"),
        ("bic", "bic", "str"),
        ("country", "country", "str"),
        ("iban", "iban", "str"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "account_holder_address",
            "bank_address",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_account_holder_address = self.account_holder_address
        except AttributeError:
            pass
        else:
            data["account_holder_address"] = v_account_holder_address.to_dict()
        try:
            v_bank_address = self.bank_address
        except AttributeError:
            pass
        else:
            data["bank_address"] = v_bank_address.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> ActionDisplayBankTransferInstructionsFinancialAddressesIban:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_account_holder_address = take("account_holder_address", UNSET)
        if type(v_account_holder_address) is dict:
            fill.account_holder_address = Address.from_dict(v_account_holder_address)
        elif v_account_holder_address is not UNSET:
            d["account_holder_address"] = v_account_holder_address
        v_account_holder_name = take("account_holder_name", UNSET)
        if type(v_account_holder_name) is str:
            fill.account_holder_name = v_account_holder_name
        elif v_account_holder_name is not UNSET:
            d["account_holder_name"] = v_account_holder_name
        v_bank_address = take("bank_address", UNSET)
        if type(v_bank_address) is dict:
            fill.bank_address = Address.from_dict(v_bank_address)
        elif v_bank_address is not UNSET:
            d["bank_address"] = v_bank_address
        v_bic = take("bic", UNSET)
        if type(v_bic) is str:
            fill.bic = v_bic
        elif v_bic is not UNSET:
            d["bic"] = v_bic
        v_country = take("country", UNSET)
        if type(v_country) is str:
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        v_iban = take("iban", UNSET)
        if type(v_iban) is str:
            fill.iban = v_iban
        elif v_iban is not UNSET:
            d["iban"] = v_iban
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ActionDisplayBankTransferInstructionsFinancialAddressesSpei(Model):
    """ActionDisplayBankTransferInstructionsFinancialAddressesSpei"""

    account_holder_address: Address
    """Postal address parts; any of them may be empty."""
    account_holder_name: str
    bank_address: Address
    """Postal address parts; any of them may be empty."""
    bank_code: str
    bank_name: str
    clabe: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("account_holder_address", "account_holder_address", "Address"),
        ("account_holder_name", "account_holder_name", "str"),
        ("bank_address", "bank_address", "Address"),
        ("bank_code", "bank_code", "str"),
        ("bank_name", "bank_name", "str"),
        ("clabe", "clabe", "str"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "account_holder_address",
            "bank_address",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_account_holder_address = self.account_holder_address
        except AttributeError:
            pass
        else:
            data["account_holder_address"] = v_account_holder_address.to_dict()
        try:
            v_bank_address = self.bank_address
        except AttributeError:
            pass
        else:
            data["bank_address"] = v_bank_address.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> ActionDisplayBankTransferInstructionsFinancialAddressesSpei:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_account_holder_address = take("account_holder_address", UNSET)
        if type(v_account_holder_address) is dict:
            fill.account_holder_address = Address.from_dict(v_account_holder_address)
        elif v_account_holder_address is not UNSET:
            d["account_holder_address"] = v_account_holder_address
        v_account_holder_name = take("account_holder_name", UNSET)
        if type(v_account_holder_name) is str:
            fill.account_holder_name = v_account_holder_name
        elif v_account_holder_name is not UNSET:
            d["account_holder_name"] = v_account_holder_name
        v_bank_address = take("bank_address", UNSET)
        if type(v_bank_address) is dict:
            fill.bank_address = Address.from_dict(v_bank_address)
        elif v_bank_address is not UNSET:
            d["bank_address"] = v_bank_address
        v_bank_code = take("bank_code", UNSET)
        if type(v_bank_code) is str:
            fill.bank_code = v_bank_code
        elif v_bank_code is not UNSET:
            d["bank_code"] = v_bank_code
        v_bank_name = take("bank_name", UNSET)
        if type(v_bank_name) is str:
            fill.bank_name = v_bank_name
        elif v_bank_name is not UNSET:
            d["bank_name"] = v_bank_name
        v_clabe = take("clabe", UNSET)
        if type(v_clabe) is str:
            fill.clabe = v_clabe
        elif v_clabe is not UNSET:
            d["clabe"] = v_clabe
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class ActionDisplayBankTransferInstructionsFinancialAddressesSwift(Model):
    """ActionDisplayBankTransferInstructionsFinancialAddressesSwift"""

    account_holder_address: Address
    """Postal address parts; any of them may be empty."""
    account_holder_name: str
    account_number: str
    account_type: str
    bank_address: Address
    """Postal address parts; any of them may be empty."""
    bank_name: str
    swift_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("account_holder_address", "account_holder_address", "Address"),
        ("account_holder_name", "account_holder_name", "str"),
        ("account_number", "account_number", "str"),
        ("account_type", "account_type", "str"),
        ("bank_address", "bank_address", "Address"),
        ("bank_name", "bank_name", "str"),
        ("swift_code", "swift_code", "str"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "account_holder_address",
            "bank_address",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_account_holder_address = self.account_holder_address
        except AttributeError:
            pass
        else:
            data["account_holder_address"] = v_account_holder_address.to_dict()
        try:
            v_bank_address = self.bank_address
        except AttributeError:
            pass
        else:
            data["bank_address"] = v_bank_address.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> ActionDisplayBankTransferInstructionsFinancialAddressesSwift:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_account_holder_address = take("account_holder_address", UNSET)
        if type(v_account_holder_address) is dict:
            fill.account_holder_address = Address.from_dict(v_account_holder_address)
        elif v_account_holder_address is not UNSET:
            d["account_holder_address"] = v_account_holder_address
        v_account_holder_name = take("account_holder_name", UNSET)
        if type(v_account_holder_name) is str:
            fill.account_holder_name = v_account_holder_name
        elif v_account_holder_name is not UNSET:
            d["account_holder_name"] = v_account_holder_name
        v_account_number = take("account_number", UNSET)
        if type(v_account_number) is str:
            fill.account_number = v_account_number
        elif v_account_number is not UNSET:
            d["account_number"] = v_account_number
        v_account_type = take("account_type", UNSET)
        if type(v_account_type) is str:
            fill.account_type = v_account_type
        elif v_account_type is not UNSET:
            d["account_type"] = v_account_type
        v_bank_address = take("bank_address", UNSET)
        if type(v_bank_address) is dict:
            fill.bank_address = Address.from_dict(v_bank_address)
        elif v_bank_address is not UNSET:
            d["bank_address"] = v_bank_address
        v_bank_name = take("bank_name", UNSET)
        if type(v_bank_name) is str:
            fill.bank_name = v_bank_name
        elif v_bank_name is not UNSET:
            d["bank_name"] = v_bank_name
        v_swift_code = take("swift_code", UNSET)
        if type(v_swift_code) is str:
            fill.swift_code = v_swift_code
        elif v_swift_code is not UNSET:
            d["swift_code"] = v_swift_code
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DisplayBankTransferInstructionsFinancialAddressesSortCode(Model):
    """DisplayBankTransferInstructionsFinancialAddressesSortCode"""

    account_holder_address: Address
    """Postal address parts; any of them may be empty."""
    account_holder_name: str
    account_number: str
    bank_address: Address
    """Postal address parts; any of them may be empty."""
    sort_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("account_holder_address", "account_holder_address", "Address"),
        ("account_holder_name", "account_holder_name", "str"),
        ("account_number", "account_number", "str"),
        ("bank_address", "bank_address", "Address"),
        ("sort_code", "sort_code", "str"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "account_holder_address",
            "bank_address",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_account_holder_address = self.account_holder_address
        except AttributeError:
            pass
        else:
            data["account_holder_address"] = v_account_holder_address.to_dict()
        try:
            v_bank_address = self.bank_address
        except AttributeError:
            pass
        else:
            data["bank_address"] = v_bank_address.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> DisplayBankTransferInstructionsFinancialAddressesSortCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_account_holder_address = take("account_holder_address", UNSET)
        if type(v_account_holder_address) is dict:
            fill.account_holder_address = Address.from_dict(v_account_holder_address)
        elif v_account_holder_address is not UNSET:
            d["account_holder_address"] = v_account_holder_address
        v_account_holder_name = take("account_holder_name", UNSET)
        if type(v_account_holder_name) is str:
            fill.account_holder_name = v_account_holder_name
        elif v_account_holder_name is not UNSET:
            d["account_holder_name"] = v_account_holder_name
        v_account_number = take("account_number", UNSET)
        if type(v_account_number) is str:
            fill.account_number = v_account_number
        elif v_account_number is not UNSET:
            d["account_number"] = v_account_number
        v_bank_address = take("bank_address", UNSET)
        if type(v_bank_address) is dict:
            fill.bank_address = Address.from_dict(v_bank_address)
        elif v_bank_address is not UNSET:
            d["bank_address"] = v_bank_address
        v_sort_code = take("sort_code", UNSET)
        if type(v_sort_code) is str:
            fill.sort_code = v_sort_code
        elif v_sort_code is not UNSET:
            d["sort_code"] = v_sort_code
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class DisplayBankTransferInstructionsFinancialAddressesZengin(Model):
    """DisplayBankTransferInstructionsFinancialAddressesZengin"""

    account_holder_address: Address
    """Postal address parts; any of them may be empty."""
    account_holder_name: str | None
    account_number: str | None
    account_type: str | None
    bank_address: Address
    """Postal address parts; any of them may be empty."""
    bank_code: str | None
    bank_name: str | None
    branch_code: str | None
    branch_name: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("account_holder_address", "account_holder_address", "Address"),
        ("account_holder_name", "account_holder_name", "str | None"),
        ("account_number", "account_number", "str | None"),
        ("account_type", "account_type", "str | None"),
        ("bank_address", "bank_address", "Address"),
        ("bank_code", "bank_code", "str | None"),
        ("bank_name", "bank_name", "str | None"),
        ("branch_code", "branch_code", "str | None"),
        ("branch_name", "branch_name", "str | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "account_holder_address",
            "bank_address",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_account_holder_address = self.account_holder_address
        except AttributeError:
            pass
        else:
            data["account_holder_address"] = v_account_holder_address.to_dict()
        try:
            v_bank_address = self.bank_address
        except AttributeError:
            pass
        else:
            data["bank_address"] = v_bank_address.to_dict()
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> DisplayBankTransferInstructionsFinancialAddressesZengin:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_account_holder_address = take("account_holder_address", UNSET)
        if type(v_account_holder_address) is dict:
            fill.account_holder_address = Address.from_dict(v_account_holder_address)
        elif v_account_holder_address is not UNSET:
            d["account_holder_address"] = v_account_holder_address
        v_account_holder_name = take("account_holder_name", UNSET)
        if (type(v_account_holder_name) is str) or (v_account_holder_name is None):
            fill.account_holder_name = v_account_holder_name
        elif v_account_holder_name is not UNSET:
            d["account_holder_name"] = v_account_holder_name
        v_account_number = take("account_number", UNSET)
        if (type(v_account_number) is str) or (v_account_number is None):
            fill.account_number = v_account_number
        elif v_account_number is not UNSET:
            d["account_number"] = v_account_number
        v_account_type = take("account_type", UNSET)
        if (type(v_account_type) is str) or (v_account_type is None):
            fill.account_type = v_account_type
        elif v_account_type is not UNSET:
            d["account_type"] = v_account_type
        v_bank_address = take("bank_address", UNSET)
        if type(v_bank_address) is dict:
            fill.bank_address = Address.from_dict(v_bank_address)
        elif v_bank_address is not UNSET:
            d["bank_address"] = v_bank_address
        v_bank_code = take("bank_code", UNSET)
        if (type(v_bank_code) is str) or (v_bank_code is None):
            fill.bank_code = v_bank_code
        elif v_bank_code is not UNSET:
            d["bank_code"] = v_bank_code
        v_bank_name = take("bank_name", UNSET)
        if (type(v_bank_name) is str) or (v_bank_name is None):
            fill.bank_name = v_bank_name
        elif v_bank_name is not UNSET:
            d["bank_name"] = v_bank_name
        v_branch_code = take("branch_code", UNSET)
        if (type(v_branch_code) is str) or (v_branch_code is None):
            fill.branch_code = v_branch_code
        elif v_branch_code is not UNSET:
            d["branch_code"] = v_branch_code
        v_branch_name = take("branch_name", UNSET)
        if (type(v_branch_name) is str) or (v_branch_name is None):
            fill.branch_name = v_branch_name
        elif v_branch_name is not UNSET:
            d["branch_name"] = v_branch_name
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class IntentNextActionSwishHandleRedirectOrDisplayQrCodeQrCode(Model):
    """IntentNextActionSwishHandleRedirectOrDisplayQrCodeQrCode"""

    data: str
    expires_at: int
    image_url_png: str
    image_url_svg: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("data", "data", "str"),
        ("expires_at", "expires_at", "int"),
        ("image_url_png", "image_url_png", "str"),
        ("image_url_svg", "image_url_svg", "str"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> IntentNextActionSwishHandleRedirectOrDisplayQrCodeQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_data = take("data", UNSET)
        if type(v_data) is str:
            fill.data = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
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
class IntentPaymentMethodOptionsCardInstallmentsAvailablePlans(Model):
    """IntentPaymentMethodOptionsCardInstallmentsAvailablePlans"""

    count: int | None
    interval: Literal["month"] | None
    type_: Literal["bonus", "fixed_count", "revolving"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("count", "count", "int | None"),
        ("interval", "interval", "Literal['month'] | None"),
        ("type_", "type", "Literal['bonus', 'fixed_count', 'revolving']"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> IntentPaymentMethodOptionsCardInstallmentsAvailablePlans:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_count = take("count", UNSET)
        if (type(v_count) is int) or (v_count is None):
            fill.count = v_count
        elif v_count is not UNSET:
            d["count"] = v_count
        v_interval = take("interval", UNSET)
        if (type(v_interval) is str) or (v_interval is None):
            fill.interval = v_interval
        elif v_interval is not UNSET:
            d["interval"] = v_interval
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
class NextActionDisplayBankTransferInstructionsFinancialAddresses(Model):
    """NextActionDisplayBankTransferInstructionsFinancialAddresses"""

    aba: ActionDisplayBankTransferInstructionsFinancialAddressesAba | None
    iban: ActionDisplayBankTransferInstructionsFinancialAddressesIban | None
    sort_code: DisplayBankTransferInstructionsFinancialAddressesSortCode | None
    spei: ActionDisplayBankTransferInstructionsFinancialAddressesSpei | None
    supported_networks: (
        list[
            Literal[
                "ach", "bacs", "chaps", "domestic_wire_us", "fps", "sepa", "spei", "swift", "zengin"
            ]
        ]
        | None
    )
    swift: ActionDisplayBankTransferInstructionsFinancialAddressesSwift | None
    type_: Literal["aba", "iban", "sort_code", "spei", "swift", "zengin"]
    zengin: DisplayBankTransferInstructionsFinancialAddressesZengin | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("aba", "aba", "ActionDisplayBankTransferInstructionsFinancialAddressesAba | None"),
        ("iban", "iban", "ActionDisplayBankTransferInstructionsFinancialAddressesIban | None"),
        (
            "sort_code",
            "sort_code",
            "DisplayBankTransferInstructionsFinancialAddressesSortCode | None",
        ),
        ("spei", "spei", "ActionDisplayBankTransferInstructionsFinancialAddressesSpei | None"),
        ("supported_networks", "supported_networks", "list[str (one of 9 values)] | None"),
        ("swift", "swift", "ActionDisplayBankTransferInstructionsFinancialAddressesSwift | None"),
        ("type_", "type", "Literal['aba', 'iban', 'sort_code', 'spei', 'swift', 'zengin']"),
        ("zengin", "zengin", "DisplayBankTransferInstructionsFinancialAddressesZengin | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "aba",
            "iban",
            "sort_code",
            "spei",
            "swift",
            "zengin",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_aba = self.aba
        except AttributeError:
            pass
        else:
            data["aba"] = (
                v_aba.to_dict()
                if isinstance(v_aba, ActionDisplayBankTransferInstructionsFinancialAddressesAba)
                else v_aba
            )
        try:
            v_iban = self.iban
        except AttributeError:
            pass
        else:
            data["iban"] = (
                v_iban.to_dict()
                if isinstance(v_iban, ActionDisplayBankTransferInstructionsFinancialAddressesIban)
                else v_iban
            )
        try:
            v_sort_code = self.sort_code
        except AttributeError:
            pass
        else:
            data["sort_code"] = (
                v_sort_code.to_dict()
                if isinstance(
                    v_sort_code, DisplayBankTransferInstructionsFinancialAddressesSortCode
                )
                else v_sort_code
            )
        try:
            v_spei = self.spei
        except AttributeError:
            pass
        else:
            data["spei"] = (
                v_spei.to_dict()
                if isinstance(v_spei, ActionDisplayBankTransferInstructionsFinancialAddressesSpei)
                else v_spei
            )
        try:
            v_swift = self.swift
        except AttributeError:
            pass
        else:
            data["swift"] = (
                v_swift.to_dict()
                if isinstance(v_swift, ActionDisplayBankTransferInstructionsFinancialAddressesSwift)
                else v_swift
            )
        try:
            v_zengin = self.zengin
        except AttributeError:
            pass
        else:
            data["zengin"] = (
                v_zengin.to_dict()
                if isinstance(v_zengin, DisplayBankTransferInstructionsFinancialAddressesZengin)
                else v_zengin
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> NextActionDisplayBankTransferInstructionsFinancialAddresses:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_aba = take("aba", UNSET)
        if (type(v_aba) is dict) or (v_aba is None):
            fill.aba = (
                ActionDisplayBankTransferInstructionsFinancialAddressesAba.from_dict(v_aba)
                if type(v_aba) is dict
                else v_aba
            )
        elif v_aba is not UNSET:
            d["aba"] = v_aba
        v_iban = take("iban", UNSET)
        if (type(v_iban) is dict) or (v_iban is None):
            fill.iban = (
                ActionDisplayBankTransferInstructionsFinancialAddressesIban.from_dict(v_iban)
                if type(v_iban) is dict
                else v_iban
            )
        elif v_iban is not UNSET:
            d["iban"] = v_iban
        v_sort_code = take("sort_code", UNSET)
        if (type(v_sort_code) is dict) or (v_sort_code is None):
            fill.sort_code = (
                DisplayBankTransferInstructionsFinancialAddressesSortCode.from_dict(v_sort_code)
                if type(v_sort_code) is dict
                else v_sort_code
            )
        elif v_sort_code is not UNSET:
            d["sort_code"] = v_sort_code
        v_spei = take("spei", UNSET)
        if (type(v_spei) is dict) or (v_spei is None):
            fill.spei = (
                ActionDisplayBankTransferInstructionsFinancialAddressesSpei.from_dict(v_spei)
                if type(v_spei) is dict
                else v_spei
            )
        elif v_spei is not UNSET:
            d["spei"] = v_spei
        v_supported_networks = take("supported_networks", UNSET)
        if (
            type(v_supported_networks) is list
            and (
                not v_supported_networks
                or all(type(item0) is str for item0 in v_supported_networks)
            )
        ) or (v_supported_networks is None):
            fill.supported_networks = v_supported_networks
        elif v_supported_networks is not UNSET:
            d["supported_networks"] = v_supported_networks
        v_swift = take("swift", UNSET)
        if (type(v_swift) is dict) or (v_swift is None):
            fill.swift = (
                ActionDisplayBankTransferInstructionsFinancialAddressesSwift.from_dict(v_swift)
                if type(v_swift) is dict
                else v_swift
            )
        elif v_swift is not UNSET:
            d["swift"] = v_swift
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        v_zengin = take("zengin", UNSET)
        if (type(v_zengin) is dict) or (v_zengin is None):
            fill.zengin = (
                DisplayBankTransferInstructionsFinancialAddressesZengin.from_dict(v_zengin)
                if type(v_zengin) is dict
                else v_zengin
            )
        elif v_zengin is not UNSET:
            d["zengin"] = v_zengin
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntent(Model):
    """A PaymentIntent: one attempt to collect a payment from a customer, through its lifecycle."""

    allowed_payment_method_types: list[AllowedPaymentMethodType] | None
    """Payment method types this PaymentIntent may be confirmed with, when restricted."""
    amount: int
    """Amount to collect, in the smallest currency unit."""
    amount_capturable: int
    """Amount that can still be captured from an authorized payment, in the smallest currency unit."""
    amount_details: PaymentIntentAmountDetails | None
    """Breakdown of the amount, such as tips and line items."""
    amount_received: int
    """Amount collected so far, in the smallest currency unit."""
    application: str | dict[str, Any] | None
    """Id of the Connect application that created the PaymentIntent."""
    application_fee_amount: int | None
    """Fee taken by the platform's application on this payment, in the smallest currency unit."""
    automatic_payment_methods: PaymentIntentAutomaticPaymentMethods | None
    """Whether payment methods enabled in the Dashboard are offered automatically."""
    canceled_at: int | None
    """When it was canceled, as a Unix timestamp in seconds; null while not canceled."""
    cancellation_reason: (
        Literal[
            "abandoned",
            "automatic",
            "duplicate",
            "expired",
            "failed_invoice",
            "fraudulent",
            "requested_by_customer",
            "void_invoice",
        ]
        | None
    )
    """Why it was canceled; null while not canceled."""
    capture_method: Literal["automatic", "automatic_async", "manual"]
    """When funds are captured: at once, or later by a separate capture call."""
    client_secret: str | None
    """Secret the browser or app uses to confirm this PaymentIntent; never log or store it."""
    confirmation_method: Literal["automatic", "manual"]
    """Whether it can be confirmed with a publishable key or only with a secret key."""
    created: int
    """When the PaymentIntent was created, as a Unix timestamp in seconds."""
    currency: str
    """Three-letter ISO currency code, in lowercase."""
    customer: Customer | str | None
    """The customer this PaymentIntent belongs to, as an id or expanded."""
    customer_account: str | None
    """Id of the account, as a customer, this PaymentIntent belongs to."""
    description: str | None
    """Free text shown to users about this payment."""
    excluded_payment_method_types: list[ExcludedPaymentMethodType] | None
    """Payment method types that may not be used for this PaymentIntent."""
    hooks: PaymentIntentHooks | None
    """Settings for hooks run while the payment is processed."""
    id: str
    """Unique identifier of the PaymentIntent (starts with `pi_`)."""
    last_payment_error: ApiErrors | None
    """The error of the latest failed attempt to pay, if any."""
    latest_charge: str | dict[str, Any] | None
    """The latest charge made for this PaymentIntent, as an id or expanded."""
    livemode: bool
    """Whether the object exists in live mode (true) or test mode (false)."""
    managed_payments: SubscriptionManagedPayments | None
    """Settings of managed payments for this PaymentIntent."""
    metadata: dict[str, str]
    """Key-value pairs stored with the object."""
    next_action: PaymentIntentNextAction | None
    """What the customer must do next to complete the payment, when something is needed."""
    object_: Literal["payment_intent"]
    """Object type, always `payment_intent`."""
    on_behalf_of: str | dict[str, Any] | None
    """The connected account the payment is made for, as an id or expanded."""
    payment_details: PaymentIntentPaymentDetails | None
    """Extra details about the payment, such as an order reference."""
    payment_method: PaymentMethod | str | None
    """The payment method used or to be used, as an id or expanded."""
    payment_method_configuration_details: SetupIntentPaymentMethodConfigurationDetails | None
    """The payment method configuration used, when payment methods come from one."""
    payment_method_options: PaymentIntentPaymentMethodOptions | None
    """Per payment method type settings of this PaymentIntent."""
    payment_method_types: list[str]
    """Payment method types this PaymentIntent can use."""
    payment_record: str | dict[str, Any] | None
    """Id of the payment record made for this PaymentIntent, if any."""
    presentment_details: PaymentIntentPresentmentDetails | None
    """The amount and currency the customer was shown, when converted."""
    processing: PaymentIntentProcessing | None
    """Details of a payment that is being processed, when its method reports them."""
    receipt_email: str | None
    """Email address the receipt for this payment goes to."""
    review: str | dict[str, Any] | None
    """The Radar review of this payment, as an id or expanded, if one was opened."""
    setup_future_usage: Literal["off_session", "on_session"] | None
    """Whether the payment method is saved for later payments, on or off session."""
    shipping: Shipping | None
    """Shipping details for the payment."""
    source: str | dict[str, Any] | None
    """The legacy source or card used, as an id or expanded."""
    statement_descriptor: str | None
    """Text shown on the customer's statement for non-card payments."""
    statement_descriptor_suffix: str | None
    """Text appended to the account's prefix on card statements."""
    status: Literal[
        "canceled",
        "processing",
        "requires_action",
        "requires_capture",
        "requires_confirmation",
        "requires_payment_method",
        "succeeded",
    ]
    """Where the PaymentIntent is in its lifecycle, from needing a payment method to succeeded or canceled."""
    transfer_data: PaymentIntentTransferData | None
    """Where the funds go when the payment succeeds, for Connect destination charges."""
    transfer_group: str | None
    """A string that groups this payment with related transfers."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "allowed_payment_method_types",
            "allowed_payment_method_types",
            "list[str (one of 99 values)] | None",
        ),
        ("amount", "amount", "int"),
        ("amount_capturable", "amount_capturable", "int"),
        ("amount_details", "amount_details", "PaymentIntentAmountDetails | None"),
        ("amount_received", "amount_received", "int"),
        ("application", "application", "str | dict[str, Any] | None"),
        ("application_fee_amount", "application_fee_amount", "int | None"),
        (
            "automatic_payment_methods",
            "automatic_payment_methods",
            "PaymentIntentAutomaticPaymentMethods | None",
        ),
        ("canceled_at", "canceled_at", "int | None"),
        ("cancellation_reason", "cancellation_reason", "str (one of 8 values) | None"),
        ("capture_method", "capture_method", "Literal['automatic', 'automatic_async', 'manual']"),
        ("client_secret", "client_secret", "str | None"),
        ("confirmation_method", "confirmation_method", "Literal['automatic', 'manual']"),
        ("created", "created", "int"),
        ("currency", "currency", "str"),
        ("customer", "customer", "Customer | str | None"),
        ("customer_account", "customer_account", "str | None"),
        ("description", "description", "str | None"),
        (
            "excluded_payment_method_types",
            "excluded_payment_method_types",
            "list[str (one of 55 values)] | None",
        ),
        ("hooks", "hooks", "PaymentIntentHooks | None"),
        ("id", "id", "str"),
        ("last_payment_error", "last_payment_error", "ApiErrors | None"),
        ("latest_charge", "latest_charge", "str | dict[str, Any] | None"),
        ("livemode", "livemode", "bool"),
        ("managed_payments", "managed_payments", "SubscriptionManagedPayments | None"),
        ("metadata", "metadata", "dict[str, str]"),
        ("next_action", "next_action", "PaymentIntentNextAction | None"),
        ("object_", "object", "Literal['payment_intent']"),
        ("on_behalf_of", "on_behalf_of", "str | dict[str, Any] | None"),
        ("payment_details", "payment_details", "PaymentIntentPaymentDetails | None"),
        ("payment_method", "payment_method", "PaymentMethod | str | None"),
        (
            "payment_method_configuration_details",
            "payment_method_configuration_details",
            "SetupIntentPaymentMethodConfigurationDetails | None",
        ),
        (
            "payment_method_options",
            "payment_method_options",
            "PaymentIntentPaymentMethodOptions | None",
        ),
        ("payment_method_types", "payment_method_types", "list[str]"),
        ("payment_record", "payment_record", "str | dict[str, Any] | None"),
        ("presentment_details", "presentment_details", "PaymentIntentPresentmentDetails | None"),
        ("processing", "processing", "PaymentIntentProcessing | None"),
        ("receipt_email", "receipt_email", "str | None"),
        ("review", "review", "str | dict[str, Any] | None"),
        ("setup_future_usage", "setup_future_usage", "Literal['off_session', 'on_session'] | None"),
        ("shipping", "shipping", "Shipping | None"),
        ("source", "source", "str | dict[str, Any] | None"),
        ("statement_descriptor", "statement_descriptor", "str | None"),
        ("statement_descriptor_suffix", "statement_descriptor_suffix", "str | None"),
        ("status", "status", "str (one of 7 values)"),
        ("transfer_data", "transfer_data", "PaymentIntentTransferData | None"),
        ("transfer_group", "transfer_group", "str | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "amount_details",
            "automatic_payment_methods",
            "customer",
            "hooks",
            "last_payment_error",
            "managed_payments",
            "next_action",
            "payment_details",
            "payment_method",
            "payment_method_configuration_details",
            "payment_method_options",
            "presentment_details",
            "processing",
            "shipping",
            "transfer_data",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_amount_details = self.amount_details
        except AttributeError:
            pass
        else:
            data["amount_details"] = (
                v_amount_details.to_dict()
                if isinstance(v_amount_details, PaymentIntentAmountDetails)
                else v_amount_details
            )
        try:
            v_automatic_payment_methods = self.automatic_payment_methods
        except AttributeError:
            pass
        else:
            data["automatic_payment_methods"] = (
                v_automatic_payment_methods.to_dict()
                if isinstance(v_automatic_payment_methods, PaymentIntentAutomaticPaymentMethods)
                else v_automatic_payment_methods
            )
        try:
            v_customer = self.customer
        except AttributeError:
            pass
        else:
            data["customer"] = (
                v_customer.to_dict() if isinstance(v_customer, Customer) else v_customer
            )
        try:
            v_hooks = self.hooks
        except AttributeError:
            pass
        else:
            data["hooks"] = (
                v_hooks.to_dict() if isinstance(v_hooks, PaymentIntentHooks) else v_hooks
            )
        try:
            v_last_payment_error = self.last_payment_error
        except AttributeError:
            pass
        else:
            data["last_payment_error"] = (
                v_last_payment_error.to_dict()
                if isinstance(v_last_payment_error, ApiErrors)
                else v_last_payment_error
            )
        try:
            v_managed_payments = self.managed_payments
        except AttributeError:
            pass
        else:
            data["managed_payments"] = (
                v_managed_payments.to_dict()
                if isinstance(v_managed_payments, SubscriptionManagedPayments)
                else v_managed_payments
            )
        try:
            v_next_action = self.next_action
        except AttributeError:
            pass
        else:
            data["next_action"] = (
                v_next_action.to_dict()
                if isinstance(v_next_action, PaymentIntentNextAction)
                else v_next_action
            )
        try:
            v_payment_details = self.payment_details
        except AttributeError:
            pass
        else:
            data["payment_details"] = (
                v_payment_details.to_dict()
                if isinstance(v_payment_details, PaymentIntentPaymentDetails)
                else v_payment_details
            )
        try:
            v_payment_method = self.payment_method
        except AttributeError:
            pass
        else:
            data["payment_method"] = (
                v_payment_method.to_dict()
                if isinstance(v_payment_method, PaymentMethod)
                else v_payment_method
            )
        try:
            v_payment_method_configuration_details = self.payment_method_configuration_details
        except AttributeError:
            pass
        else:
            data["payment_method_configuration_details"] = (
                v_payment_method_configuration_details.to_dict()
                if isinstance(
                    v_payment_method_configuration_details,
                    SetupIntentPaymentMethodConfigurationDetails,
                )
                else v_payment_method_configuration_details
            )
        try:
            v_payment_method_options = self.payment_method_options
        except AttributeError:
            pass
        else:
            data["payment_method_options"] = (
                v_payment_method_options.to_dict()
                if isinstance(v_payment_method_options, PaymentIntentPaymentMethodOptions)
                else v_payment_method_options
            )
        try:
            v_presentment_details = self.presentment_details
        except AttributeError:
            pass
        else:
            data["presentment_details"] = (
                v_presentment_details.to_dict()
                if isinstance(v_presentment_details, PaymentIntentPresentmentDetails)
                else v_presentment_details
            )
        try:
            v_processing = self.processing
        except AttributeError:
            pass
        else:
            data["processing"] = (
                v_processing.to_dict()
                if isinstance(v_processing, PaymentIntentProcessing)
                else v_processing
            )
        try:
            v_shipping = self.shipping
        except AttributeError:
            pass
        else:
            data["shipping"] = (
                v_shipping.to_dict() if isinstance(v_shipping, Shipping) else v_shipping
            )
        try:
            v_transfer_data = self.transfer_data
        except AttributeError:
            pass
        else:
            data["transfer_data"] = (
                v_transfer_data.to_dict()
                if isinstance(v_transfer_data, PaymentIntentTransferData)
                else v_transfer_data
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_allowed_payment_method_types = take("allowed_payment_method_types", UNSET)
        if (
            type(v_allowed_payment_method_types) is list
            and (
                not v_allowed_payment_method_types
                or all(type(item0) is str for item0 in v_allowed_payment_method_types)
            )
        ) or (v_allowed_payment_method_types is None):
            fill.allowed_payment_method_types = v_allowed_payment_method_types
        elif v_allowed_payment_method_types is not UNSET:
            d["allowed_payment_method_types"] = v_allowed_payment_method_types
        v_amount = take("amount", UNSET)
        if type(v_amount) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        v_amount_capturable = take("amount_capturable", UNSET)
        if type(v_amount_capturable) is int:
            fill.amount_capturable = v_amount_capturable
        elif v_amount_capturable is not UNSET:
            d["amount_capturable"] = v_amount_capturable
        v_amount_details = take("amount_details", UNSET)
        if (type(v_amount_details) is dict) or (v_amount_details is None):
            fill.amount_details = (
                PaymentIntentAmountDetails.from_dict(v_amount_details)
                if type(v_amount_details) is dict
                else v_amount_details
            )
        elif v_amount_details is not UNSET:
            d["amount_details"] = v_amount_details
        v_amount_received = take("amount_received", UNSET)
        if type(v_amount_received) is int:
            fill.amount_received = v_amount_received
        elif v_amount_received is not UNSET:
            d["amount_received"] = v_amount_received
        v_application = take("application", UNSET)
        if (type(v_application) is str) or (type(v_application) is dict) or (v_application is None):
            fill.application = v_application
        elif v_application is not UNSET:
            d["application"] = v_application
        v_application_fee_amount = take("application_fee_amount", UNSET)
        if (type(v_application_fee_amount) is int) or (v_application_fee_amount is None):
            fill.application_fee_amount = v_application_fee_amount
        elif v_application_fee_amount is not UNSET:
            d["application_fee_amount"] = v_application_fee_amount
        v_automatic_payment_methods = take("automatic_payment_methods", UNSET)
        if (type(v_automatic_payment_methods) is dict) or (v_automatic_payment_methods is None):
            fill.automatic_payment_methods = (
                PaymentIntentAutomaticPaymentMethods.from_dict(v_automatic_payment_methods)
                if type(v_automatic_payment_methods) is dict
                else v_automatic_payment_methods
            )
        elif v_automatic_payment_methods is not UNSET:
            d["automatic_payment_methods"] = v_automatic_payment_methods
        v_canceled_at = take("canceled_at", UNSET)
        if (type(v_canceled_at) is int) or (v_canceled_at is None):
            fill.canceled_at = v_canceled_at
        elif v_canceled_at is not UNSET:
            d["canceled_at"] = v_canceled_at
        v_cancellation_reason = take("cancellation_reason", UNSET)
        if (type(v_cancellation_reason) is str) or (v_cancellation_reason is None):
            fill.cancellation_reason = v_cancellation_reason
        elif v_cancellation_reason is not UNSET:
            d["cancellation_reason"] = v_cancellation_reason
        v_capture_method = take("capture_method", UNSET)
        if type(v_capture_method) is str:
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        v_client_secret = take("client_secret", UNSET)
        if (type(v_client_secret) is str) or (v_client_secret is None):
            fill.client_secret = v_client_secret
        elif v_client_secret is not UNSET:
            d["client_secret"] = v_client_secret
        v_confirmation_method = take("confirmation_method", UNSET)
        if type(v_confirmation_method) is str:
            fill.confirmation_method = v_confirmation_method
        elif v_confirmation_method is not UNSET:
            d["confirmation_method"] = v_confirmation_method
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
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_excluded_payment_method_types = take("excluded_payment_method_types", UNSET)
        if (
            type(v_excluded_payment_method_types) is list
            and (
                not v_excluded_payment_method_types
                or all(type(item0) is str for item0 in v_excluded_payment_method_types)
            )
        ) or (v_excluded_payment_method_types is None):
            fill.excluded_payment_method_types = v_excluded_payment_method_types
        elif v_excluded_payment_method_types is not UNSET:
            d["excluded_payment_method_types"] = v_excluded_payment_method_types
        v_hooks = take("hooks", UNSET)
        if (type(v_hooks) is dict) or (v_hooks is None):
            fill.hooks = PaymentIntentHooks.from_dict(v_hooks) if type(v_hooks) is dict else v_hooks
        elif v_hooks is not UNSET:
            d["hooks"] = v_hooks
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_last_payment_error = take("last_payment_error", UNSET)
        if (type(v_last_payment_error) is dict) or (v_last_payment_error is None):
            fill.last_payment_error = (
                ApiErrors.from_dict(v_last_payment_error)
                if type(v_last_payment_error) is dict
                else v_last_payment_error
            )
        elif v_last_payment_error is not UNSET:
            d["last_payment_error"] = v_last_payment_error
        v_latest_charge = take("latest_charge", UNSET)
        if (
            (type(v_latest_charge) is str)
            or (type(v_latest_charge) is dict)
            or (v_latest_charge is None)
        ):
            fill.latest_charge = v_latest_charge
        elif v_latest_charge is not UNSET:
            d["latest_charge"] = v_latest_charge
        v_livemode = take("livemode", UNSET)
        if type(v_livemode) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        v_managed_payments = take("managed_payments", UNSET)
        if (type(v_managed_payments) is dict) or (v_managed_payments is None):
            fill.managed_payments = (
                SubscriptionManagedPayments.from_dict(v_managed_payments)
                if type(v_managed_payments) is dict
                else v_managed_payments
            )
        elif v_managed_payments is not UNSET:
            d["managed_payments"] = v_managed_payments
        v_metadata = take("metadata", UNSET)
        if type(v_metadata) is dict and (
            not v_metadata or all(type(item0) is str for item0 in v_metadata.values())
        ):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_next_action = take("next_action", UNSET)
        if (type(v_next_action) is dict) or (v_next_action is None):
            fill.next_action = (
                PaymentIntentNextAction.from_dict(v_next_action)
                if type(v_next_action) is dict
                else v_next_action
            )
        elif v_next_action is not UNSET:
            d["next_action"] = v_next_action
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_on_behalf_of = take("on_behalf_of", UNSET)
        if (
            (type(v_on_behalf_of) is str)
            or (type(v_on_behalf_of) is dict)
            or (v_on_behalf_of is None)
        ):
            fill.on_behalf_of = v_on_behalf_of
        elif v_on_behalf_of is not UNSET:
            d["on_behalf_of"] = v_on_behalf_of
        v_payment_details = take("payment_details", UNSET)
        if (type(v_payment_details) is dict) or (v_payment_details is None):
            fill.payment_details = (
                PaymentIntentPaymentDetails.from_dict(v_payment_details)
                if type(v_payment_details) is dict
                else v_payment_details
            )
        elif v_payment_details is not UNSET:
            d["payment_details"] = v_payment_details
        v_payment_method = take("payment_method", UNSET)
        if (
            (type(v_payment_method) is dict)
            or (type(v_payment_method) is str)
            or (v_payment_method is None)
        ):
            fill.payment_method = (
                PaymentMethod.from_dict(v_payment_method)
                if type(v_payment_method) is dict
                else v_payment_method
            )
        elif v_payment_method is not UNSET:
            d["payment_method"] = v_payment_method
        v_payment_method_configuration_details = take("payment_method_configuration_details", UNSET)
        if (type(v_payment_method_configuration_details) is dict) or (
            v_payment_method_configuration_details is None
        ):
            fill.payment_method_configuration_details = (
                SetupIntentPaymentMethodConfigurationDetails.from_dict(
                    v_payment_method_configuration_details
                )
                if type(v_payment_method_configuration_details) is dict
                else v_payment_method_configuration_details
            )
        elif v_payment_method_configuration_details is not UNSET:
            d["payment_method_configuration_details"] = v_payment_method_configuration_details
        v_payment_method_options = take("payment_method_options", UNSET)
        if (type(v_payment_method_options) is dict) or (v_payment_method_options is None):
            fill.payment_method_options = (
                PaymentIntentPaymentMethodOptions.from_dict(v_payment_method_options)
                if type(v_payment_method_options) is dict
                else v_payment_method_options
            )
        elif v_payment_method_options is not UNSET:
            d["payment_method_options"] = v_payment_method_options
        v_payment_method_types = take("payment_method_types", UNSET)
        if type(v_payment_method_types) is list and (
            not v_payment_method_types
            or all(type(item0) is str for item0 in v_payment_method_types)
        ):
            fill.payment_method_types = v_payment_method_types
        elif v_payment_method_types is not UNSET:
            d["payment_method_types"] = v_payment_method_types
        v_payment_record = take("payment_record", UNSET)
        if (
            (type(v_payment_record) is str)
            or (type(v_payment_record) is dict)
            or (v_payment_record is None)
        ):
            fill.payment_record = v_payment_record
        elif v_payment_record is not UNSET:
            d["payment_record"] = v_payment_record
        v_presentment_details = take("presentment_details", UNSET)
        if (type(v_presentment_details) is dict) or (v_presentment_details is None):
            fill.presentment_details = (
                PaymentIntentPresentmentDetails.from_dict(v_presentment_details)
                if type(v_presentment_details) is dict
                else v_presentment_details
            )
        elif v_presentment_details is not UNSET:
            d["presentment_details"] = v_presentment_details
        v_processing = take("processing", UNSET)
        if (type(v_processing) is dict) or (v_processing is None):
            fill.processing = (
                PaymentIntentProcessing.from_dict(v_processing)
                if type(v_processing) is dict
                else v_processing
            )
        elif v_processing is not UNSET:
            d["processing"] = v_processing
        v_receipt_email = take("receipt_email", UNSET)
        if (type(v_receipt_email) is str) or (v_receipt_email is None):
            fill.receipt_email = v_receipt_email
        elif v_receipt_email is not UNSET:
            d["receipt_email"] = v_receipt_email
        v_review = take("review", UNSET)
        if (type(v_review) is str) or (type(v_review) is dict) or (v_review is None):
            fill.review = v_review
        elif v_review is not UNSET:
            d["review"] = v_review
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        v_shipping = take("shipping", UNSET)
        if (type(v_shipping) is dict) or (v_shipping is None):
            fill.shipping = (
                Shipping.from_dict(v_shipping) if type(v_shipping) is dict else v_shipping
            )
        elif v_shipping is not UNSET:
            d["shipping"] = v_shipping
        v_source = take("source", UNSET)
        if (type(v_source) is str) or (type(v_source) is dict) or (v_source is None):
            fill.source = v_source
        elif v_source is not UNSET:
            d["source"] = v_source
        v_statement_descriptor = take("statement_descriptor", UNSET)
        if (type(v_statement_descriptor) is str) or (v_statement_descriptor is None):
            fill.statement_descriptor = v_statement_descriptor
        elif v_statement_descriptor is not UNSET:
            d["statement_descriptor"] = v_statement_descriptor
        v_statement_descriptor_suffix = take("statement_descriptor_suffix", UNSET)
        if (type(v_statement_descriptor_suffix) is str) or (v_statement_descriptor_suffix is None):
            fill.statement_descriptor_suffix = v_statement_descriptor_suffix
        elif v_statement_descriptor_suffix is not UNSET:
            d["statement_descriptor_suffix"] = v_statement_descriptor_suffix
        v_status = take("status", UNSET)
        if type(v_status) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        v_transfer_data = take("transfer_data", UNSET)
        if (type(v_transfer_data) is dict) or (v_transfer_data is None):
            fill.transfer_data = (
                PaymentIntentTransferData.from_dict(v_transfer_data)
                if type(v_transfer_data) is dict
                else v_transfer_data
            )
        elif v_transfer_data is not UNSET:
            d["transfer_data"] = v_transfer_data
        v_transfer_group = take("transfer_group", UNSET)
        if (type(v_transfer_group) is str) or (v_transfer_group is None):
            fill.transfer_group = v_transfer_group
        elif v_transfer_group is not UNSET:
            d["transfer_group"] = v_transfer_group
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentAmountDetails(Model):
    """PaymentIntentAmountDetails"""

    discount_amount: int | None
    error: PaymentIntentAmountDetailsError | None
    line_items: PaymentIntentAmountDetailsLineItemsType0 | None
    shipping: PaymentIntentAmountDetailsShipping | None
    tax: PaymentIntentAmountDetailsTax | None
    tip: PaymentIntentAmountDetailsTip | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("discount_amount", "discount_amount", "int | None"),
        ("error", "error", "PaymentIntentAmountDetailsError | None"),
        ("line_items", "line_items", "PaymentIntentAmountDetailsLineItemsType0 | None"),
        ("shipping", "shipping", "PaymentIntentAmountDetailsShipping | None"),
        ("tax", "tax", "PaymentIntentAmountDetailsTax | None"),
        ("tip", "tip", "PaymentIntentAmountDetailsTip | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "error",
            "line_items",
            "shipping",
            "tax",
            "tip",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_error = self.error
        except AttributeError:
            pass
        else:
            data["error"] = (
                v_error.to_dict()
                if isinstance(v_error, PaymentIntentAmountDetailsError)
                else v_error
            )
        try:
            v_line_items = self.line_items
        except AttributeError:
            pass
        else:
            data["line_items"] = (
                v_line_items.to_dict()
                if isinstance(v_line_items, PaymentIntentAmountDetailsLineItemsType0)
                else v_line_items
            )
        try:
            v_shipping = self.shipping
        except AttributeError:
            pass
        else:
            data["shipping"] = (
                v_shipping.to_dict()
                if isinstance(v_shipping, PaymentIntentAmountDetailsShipping)
                else v_shipping
            )
        try:
            v_tax = self.tax
        except AttributeError:
            pass
        else:
            data["tax"] = (
                v_tax.to_dict() if isinstance(v_tax, PaymentIntentAmountDetailsTax) else v_tax
            )
        try:
            v_tip = self.tip
        except AttributeError:
            pass
        else:
            data["tip"] = (
                v_tip.to_dict() if isinstance(v_tip, PaymentIntentAmountDetailsTip) else v_tip
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentAmountDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_discount_amount = take("discount_amount", UNSET)
        if (type(v_discount_amount) is int) or (v_discount_amount is None):
            fill.discount_amount = v_discount_amount
        elif v_discount_amount is not UNSET:
            d["discount_amount"] = v_discount_amount
        v_error = take("error", UNSET)
        if (type(v_error) is dict) or (v_error is None):
            fill.error = (
                PaymentIntentAmountDetailsError.from_dict(v_error)
                if type(v_error) is dict
                else v_error
            )
        elif v_error is not UNSET:
            d["error"] = v_error
        v_line_items = take("line_items", UNSET)
        if (type(v_line_items) is dict) or (v_line_items is None):
            fill.line_items = (
                PaymentIntentAmountDetailsLineItemsType0.from_dict(v_line_items)
                if type(v_line_items) is dict
                else v_line_items
            )
        elif v_line_items is not UNSET:
            d["line_items"] = v_line_items
        v_shipping = take("shipping", UNSET)
        if (type(v_shipping) is dict) or (v_shipping is None):
            fill.shipping = (
                PaymentIntentAmountDetailsShipping.from_dict(v_shipping)
                if type(v_shipping) is dict
                else v_shipping
            )
        elif v_shipping is not UNSET:
            d["shipping"] = v_shipping
        v_tax = take("tax", UNSET)
        if (type(v_tax) is dict) or (v_tax is None):
            fill.tax = (
                PaymentIntentAmountDetailsTax.from_dict(v_tax) if type(v_tax) is dict else v_tax
            )
        elif v_tax is not UNSET:
            d["tax"] = v_tax
        v_tip = take("tip", UNSET)
        if (type(v_tip) is dict) or (v_tip is None):
            fill.tip = (
                PaymentIntentAmountDetailsTip.from_dict(v_tip) if type(v_tip) is dict else v_tip
            )
        elif v_tip is not UNSET:
            d["tip"] = v_tip
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentAmountDetailsError(Model):
    """PaymentIntentAmountDetailsError"""

    code: (
        Literal[
            "amount_details_amount_mismatch",
            "amount_details_tax_shipping_discount_greater_than_amount",
        ]
        | None
    )
    message: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "code",
            "code",
            "Literal['amount_details_amount_mismatch', 'amount_details_tax_shipping_discount_greater_than_amount'] | None",
        ),
        ("message", "message", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentAmountDetailsError:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_code = take("code", UNSET)
        if (type(v_code) is str) or (v_code is None):
            fill.code = v_code
        elif v_code is not UNSET:
            d["code"] = v_code
        v_message = take("message", UNSET)
        if (type(v_message) is str) or (v_message is None):
            fill.message = v_message
        elif v_message is not UNSET:
            d["message"] = v_message
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentAmountDetailsLineItem(Model):
    """A line item of a PaymentIntent's amount details; not modelled beyond its id and object type."""

    id: str | Unset = UNSET
    object_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "str"),
        ("object_", "object", "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentAmountDetailsLineItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is UNSET:
            fill.id = UNSET
        else:
            d["id"] = v_id
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is UNSET:
            fill.object_ = UNSET
        else:
            d["object"] = v_object_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentAmountDetailsLineItemsType0(Model):
    """PaymentIntentAmountDetailsLineItemsType0"""

    data: list[PaymentIntentAmountDetailsLineItem]
    has_more: bool
    object_: Literal["list"]
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("data", "data", "list[PaymentIntentAmountDetailsLineItem]"),
        ("has_more", "has_more", "bool"),
        ("object_", "object", "Literal['list']"),
        ("url", "url", "str"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("data",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_data = self.data
        except AttributeError:
            pass
        else:
            data["data"] = [item0.to_dict() for item0 in v_data]
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentAmountDetailsLineItemsType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_data = take("data", UNSET)
        if type(v_data) is list and (not v_data or all(type(item0) is dict for item0 in v_data)):
            fill.data = [PaymentIntentAmountDetailsLineItem.from_dict(item0) for item0 in v_data]
        elif v_data is not UNSET:
            d["data"] = v_data
        v_has_more = take("has_more", UNSET)
        if type(v_has_more) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_url = take("url", UNSET)
        if type(v_url) is str:
            fill.url = v_url
        elif v_url is not UNSET:
            d["url"] = v_url
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentAmountDetailsShipping(Model):
    """PaymentIntentAmountDetailsShipping"""

    amount: int | None
    from_postal_code: str | None
    to_postal_code: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int | None"),
        ("from_postal_code", "from_postal_code", "str | None"),
        ("to_postal_code", "to_postal_code", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentAmountDetailsShipping:
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
        v_from_postal_code = take("from_postal_code", UNSET)
        if (type(v_from_postal_code) is str) or (v_from_postal_code is None):
            fill.from_postal_code = v_from_postal_code
        elif v_from_postal_code is not UNSET:
            d["from_postal_code"] = v_from_postal_code
        v_to_postal_code = take("to_postal_code", UNSET)
        if (type(v_to_postal_code) is str) or (v_to_postal_code is None):
            fill.to_postal_code = v_to_postal_code
        elif v_to_postal_code is not UNSET:
            d["to_postal_code"] = v_to_postal_code
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentAmountDetailsTax(Model):
    """PaymentIntentAmountDetailsTax"""

    total_tax_amount: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("total_tax_amount", "total_tax_amount", "int | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentAmountDetailsTax:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_total_tax_amount = take("total_tax_amount", UNSET)
        if (type(v_total_tax_amount) is int) or (v_total_tax_amount is None):
            fill.total_tax_amount = v_total_tax_amount
        elif v_total_tax_amount is not UNSET:
            d["total_tax_amount"] = v_total_tax_amount
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentAmountDetailsTip(Model):
    """PaymentIntentAmountDetailsTip"""

    amount: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (("amount", "amount", "int | None"),)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentAmountDetailsTip:
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
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentAutomaticPaymentMethods(Model):
    """PaymentIntentAutomaticPaymentMethods"""

    allow_redirects: Literal["always", "never"] | None
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("allow_redirects", "allow_redirects", "Literal['always', 'never'] | None"),
        ("enabled", "enabled", "bool"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentAutomaticPaymentMethods:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_allow_redirects = take("allow_redirects", UNSET)
        if (type(v_allow_redirects) is str) or (v_allow_redirects is None):
            fill.allow_redirects = v_allow_redirects
        elif v_allow_redirects is not UNSET:
            d["allow_redirects"] = v_allow_redirects
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
class PaymentIntentHooks(Model):
    """PaymentIntentHooks"""

    inputs: PaymentIntentHooksInputs | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("inputs", "inputs", "PaymentIntentHooksInputs | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("inputs",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_inputs = self.inputs
        except AttributeError:
            pass
        else:
            data["inputs"] = (
                v_inputs.to_dict() if isinstance(v_inputs, PaymentIntentHooksInputs) else v_inputs
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentHooks:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_inputs = take("inputs", UNSET)
        if (type(v_inputs) is dict) or (v_inputs is None):
            fill.inputs = (
                PaymentIntentHooksInputs.from_dict(v_inputs) if type(v_inputs) is dict else v_inputs
            )
        elif v_inputs is not UNSET:
            d["inputs"] = v_inputs
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentHooksInputs(Model):
    """PaymentIntentHooksInputs"""

    tax: PaymentIntentHooksInputsTax | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("tax", "tax", "PaymentIntentHooksInputsTax | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("tax",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_tax = self.tax
        except AttributeError:
            pass
        else:
            data["tax"] = (
                v_tax.to_dict() if isinstance(v_tax, PaymentIntentHooksInputsTax) else v_tax
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentHooksInputs:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_tax = take("tax", UNSET)
        if (type(v_tax) is dict) or (v_tax is None):
            fill.tax = (
                PaymentIntentHooksInputsTax.from_dict(v_tax) if type(v_tax) is dict else v_tax
            )
        elif v_tax is not UNSET:
            d["tax"] = v_tax
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentHooksInputsTax(Model):
    """PaymentIntentHooksInputsTax"""

    calculation: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (("calculation", "calculation", "str"),)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentHooksInputsTax:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_calculation = take("calculation", UNSET)
        if type(v_calculation) is str:
            fill.calculation = v_calculation
        elif v_calculation is not UNSET:
            d["calculation"] = v_calculation
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentNextAction(Model):
    """PaymentIntentNextAction"""

    alipay_handle_redirect: PaymentIntentNextActionAlipayHandleRedirect | None
    blik_authorize: dict[str, Any] | None
    boleto_display_details: PaymentIntentNextActionBoletoDisplayDetails | None
    card_await_notification: PaymentIntentNextActionCardAwaitNotification | None
    cashapp_handle_redirect_or_display_qr_code: (
        SetupIntentNextActionCashappHandleRedirectOrDisplayQrCode | None
    )
    display_bank_transfer_instructions: (
        PaymentIntentNextActionDisplayBankTransferInstructions | None
    )
    klarna_display_qr_code: PaymentIntentNextActionKlarnaDisplayQrCode | None
    konbini_display_details: PaymentIntentNextActionKonbiniDisplayDetails | None
    multibanco_display_details: PaymentIntentNextActionMultibancoDisplayDetails | None
    oxxo_display_details: PaymentIntentNextActionOxxoDisplayDetails | None
    paynow_display_qr_code: PaymentIntentNextActionPaynowDisplayQrCode | None
    pix_display_qr_code: PaymentIntentNextActionPixDisplayQrCode | None
    promptpay_display_qr_code: PaymentIntentNextActionPromptpayDisplayQrCode | None
    redirect_to_url: SetupIntentNextActionRedirectToUrl | None
    swish_handle_redirect_or_display_qr_code: (
        PaymentIntentNextActionSwishHandleRedirectOrDisplayQrCode | None
    )
    type_: str
    upi_handle_redirect_or_display_qr_code: (
        SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode | None
    )
    use_stripe_sdk: dict[str, Any] | None
    verify_with_microdeposits: SetupIntentNextActionVerifyWithMicrodeposits | None
    wechat_pay_display_qr_code: PaymentIntentNextActionWechatPayDisplayQrCode | None
    wechat_pay_redirect_to_android_app: PaymentIntentNextActionWechatPayRedirectToAndroidApp | None
    wechat_pay_redirect_to_ios_app: PaymentIntentNextActionWechatPayRedirectToIosApp | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "alipay_handle_redirect",
            "alipay_handle_redirect",
            "PaymentIntentNextActionAlipayHandleRedirect | None",
        ),
        ("blik_authorize", "blik_authorize", "dict[str, Any] | None"),
        (
            "boleto_display_details",
            "boleto_display_details",
            "PaymentIntentNextActionBoletoDisplayDetails | None",
        ),
        (
            "card_await_notification",
            "card_await_notification",
            "PaymentIntentNextActionCardAwaitNotification | None",
        ),
        (
            "cashapp_handle_redirect_or_display_qr_code",
            "cashapp_handle_redirect_or_display_qr_code",
            "SetupIntentNextActionCashappHandleRedirectOrDisplayQrCode | None",
        ),
        (
            "display_bank_transfer_instructions",
            "display_bank_transfer_instructions",
            "PaymentIntentNextActionDisplayBankTransferInstructions | None",
        ),
        (
            "klarna_display_qr_code",
            "klarna_display_qr_code",
            "PaymentIntentNextActionKlarnaDisplayQrCode | None",
        ),
        (
            "konbini_display_details",
            "konbini_display_details",
            "PaymentIntentNextActionKonbiniDisplayDetails | None",
        ),
        (
            "multibanco_display_details",
            "multibanco_display_details",
            "PaymentIntentNextActionMultibancoDisplayDetails | None",
        ),
        (
            "oxxo_display_details",
            "oxxo_display_details",
            "PaymentIntentNextActionOxxoDisplayDetails | None",
        ),
        (
            "paynow_display_qr_code",
            "paynow_display_qr_code",
            "PaymentIntentNextActionPaynowDisplayQrCode | None",
        ),
        (
            "pix_display_qr_code",
            "pix_display_qr_code",
            "PaymentIntentNextActionPixDisplayQrCode | None",
        ),
        (
            "promptpay_display_qr_code",
            "promptpay_display_qr_code",
            "PaymentIntentNextActionPromptpayDisplayQrCode | None",
        ),
        ("redirect_to_url", "redirect_to_url", "SetupIntentNextActionRedirectToUrl | None"),
        (
            "swish_handle_redirect_or_display_qr_code",
            "swish_handle_redirect_or_display_qr_code",
            "PaymentIntentNextActionSwishHandleRedirectOrDisplayQrCode | None",
        ),
        ("type_", "type", "str"),
        (
            "upi_handle_redirect_or_display_qr_code",
            "upi_handle_redirect_or_display_qr_code",
            "SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode | None",
        ),
        ("use_stripe_sdk", "use_stripe_sdk", "dict[str, Any] | None"),
        (
            "verify_with_microdeposits",
            "verify_with_microdeposits",
            "SetupIntentNextActionVerifyWithMicrodeposits | None",
        ),
        (
            "wechat_pay_display_qr_code",
            "wechat_pay_display_qr_code",
            "PaymentIntentNextActionWechatPayDisplayQrCode | None",
        ),
        (
            "wechat_pay_redirect_to_android_app",
            "wechat_pay_redirect_to_android_app",
            "PaymentIntentNextActionWechatPayRedirectToAndroidApp | None",
        ),
        (
            "wechat_pay_redirect_to_ios_app",
            "wechat_pay_redirect_to_ios_app",
            "PaymentIntentNextActionWechatPayRedirectToIosApp | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "alipay_handle_redirect",
            "boleto_display_details",
            "card_await_notification",
            "cashapp_handle_redirect_or_display_qr_code",
            "display_bank_transfer_instructions",
            "klarna_display_qr_code",
            "konbini_display_details",
            "multibanco_display_details",
            "oxxo_display_details",
            "paynow_display_qr_code",
            "pix_display_qr_code",
            "promptpay_display_qr_code",
            "redirect_to_url",
            "swish_handle_redirect_or_display_qr_code",
            "upi_handle_redirect_or_display_qr_code",
            "verify_with_microdeposits",
            "wechat_pay_display_qr_code",
            "wechat_pay_redirect_to_android_app",
            "wechat_pay_redirect_to_ios_app",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_alipay_handle_redirect = self.alipay_handle_redirect
        except AttributeError:
            pass
        else:
            data["alipay_handle_redirect"] = (
                v_alipay_handle_redirect.to_dict()
                if isinstance(v_alipay_handle_redirect, PaymentIntentNextActionAlipayHandleRedirect)
                else v_alipay_handle_redirect
            )
        try:
            v_boleto_display_details = self.boleto_display_details
        except AttributeError:
            pass
        else:
            data["boleto_display_details"] = (
                v_boleto_display_details.to_dict()
                if isinstance(v_boleto_display_details, PaymentIntentNextActionBoletoDisplayDetails)
                else v_boleto_display_details
            )
        try:
            v_card_await_notification = self.card_await_notification
        except AttributeError:
            pass
        else:
            data["card_await_notification"] = (
                v_card_await_notification.to_dict()
                if isinstance(
                    v_card_await_notification, PaymentIntentNextActionCardAwaitNotification
                )
                else v_card_await_notification
            )
        try:
            v_cashapp_handle_redirect_or_display_qr_code = (
                self.cashapp_handle_redirect_or_display_qr_code
            )
        except AttributeError:
            pass
        else:
            data["cashapp_handle_redirect_or_display_qr_code"] = (
                v_cashapp_handle_redirect_or_display_qr_code.to_dict()
                if isinstance(
                    v_cashapp_handle_redirect_or_display_qr_code,
                    SetupIntentNextActionCashappHandleRedirectOrDisplayQrCode,
                )
                else v_cashapp_handle_redirect_or_display_qr_code
            )
        try:
            v_display_bank_transfer_instructions = self.display_bank_transfer_instructions
        except AttributeError:
            pass
        else:
            data["display_bank_transfer_instructions"] = (
                v_display_bank_transfer_instructions.to_dict()
                if isinstance(
                    v_display_bank_transfer_instructions,
                    PaymentIntentNextActionDisplayBankTransferInstructions,
                )
                else v_display_bank_transfer_instructions
            )
        try:
            v_klarna_display_qr_code = self.klarna_display_qr_code
        except AttributeError:
            pass
        else:
            data["klarna_display_qr_code"] = (
                v_klarna_display_qr_code.to_dict()
                if isinstance(v_klarna_display_qr_code, PaymentIntentNextActionKlarnaDisplayQrCode)
                else v_klarna_display_qr_code
            )
        try:
            v_konbini_display_details = self.konbini_display_details
        except AttributeError:
            pass
        else:
            data["konbini_display_details"] = (
                v_konbini_display_details.to_dict()
                if isinstance(
                    v_konbini_display_details, PaymentIntentNextActionKonbiniDisplayDetails
                )
                else v_konbini_display_details
            )
        try:
            v_multibanco_display_details = self.multibanco_display_details
        except AttributeError:
            pass
        else:
            data["multibanco_display_details"] = (
                v_multibanco_display_details.to_dict()
                if isinstance(
                    v_multibanco_display_details, PaymentIntentNextActionMultibancoDisplayDetails
                )
                else v_multibanco_display_details
            )
        try:
            v_oxxo_display_details = self.oxxo_display_details
        except AttributeError:
            pass
        else:
            data["oxxo_display_details"] = (
                v_oxxo_display_details.to_dict()
                if isinstance(v_oxxo_display_details, PaymentIntentNextActionOxxoDisplayDetails)
                else v_oxxo_display_details
            )
        try:
            v_paynow_display_qr_code = self.paynow_display_qr_code
        except AttributeError:
            pass
        else:
            data["paynow_display_qr_code"] = (
                v_paynow_display_qr_code.to_dict()
                if isinstance(v_paynow_display_qr_code, PaymentIntentNextActionPaynowDisplayQrCode)
                else v_paynow_display_qr_code
            )
        try:
            v_pix_display_qr_code = self.pix_display_qr_code
        except AttributeError:
            pass
        else:
            data["pix_display_qr_code"] = (
                v_pix_display_qr_code.to_dict()
                if isinstance(v_pix_display_qr_code, PaymentIntentNextActionPixDisplayQrCode)
                else v_pix_display_qr_code
            )
        try:
            v_promptpay_display_qr_code = self.promptpay_display_qr_code
        except AttributeError:
            pass
        else:
            data["promptpay_display_qr_code"] = (
                v_promptpay_display_qr_code.to_dict()
                if isinstance(
                    v_promptpay_display_qr_code, PaymentIntentNextActionPromptpayDisplayQrCode
                )
                else v_promptpay_display_qr_code
            )
        try:
            v_redirect_to_url = self.redirect_to_url
        except AttributeError:
            pass
        else:
            data["redirect_to_url"] = (
                v_redirect_to_url.to_dict()
                if isinstance(v_redirect_to_url, SetupIntentNextActionRedirectToUrl)
                else v_redirect_to_url
            )
        try:
            v_swish_handle_redirect_or_display_qr_code = (
                self.swish_handle_redirect_or_display_qr_code
            )
        except AttributeError:
            pass
        else:
            data["swish_handle_redirect_or_display_qr_code"] = (
                v_swish_handle_redirect_or_display_qr_code.to_dict()
                if isinstance(
                    v_swish_handle_redirect_or_display_qr_code,
                    PaymentIntentNextActionSwishHandleRedirectOrDisplayQrCode,
                )
                else v_swish_handle_redirect_or_display_qr_code
            )
        try:
            v_upi_handle_redirect_or_display_qr_code = self.upi_handle_redirect_or_display_qr_code
        except AttributeError:
            pass
        else:
            data["upi_handle_redirect_or_display_qr_code"] = (
                v_upi_handle_redirect_or_display_qr_code.to_dict()
                if isinstance(
                    v_upi_handle_redirect_or_display_qr_code,
                    SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode,
                )
                else v_upi_handle_redirect_or_display_qr_code
            )
        try:
            v_verify_with_microdeposits = self.verify_with_microdeposits
        except AttributeError:
            pass
        else:
            data["verify_with_microdeposits"] = (
                v_verify_with_microdeposits.to_dict()
                if isinstance(
                    v_verify_with_microdeposits, SetupIntentNextActionVerifyWithMicrodeposits
                )
                else v_verify_with_microdeposits
            )
        try:
            v_wechat_pay_display_qr_code = self.wechat_pay_display_qr_code
        except AttributeError:
            pass
        else:
            data["wechat_pay_display_qr_code"] = (
                v_wechat_pay_display_qr_code.to_dict()
                if isinstance(
                    v_wechat_pay_display_qr_code, PaymentIntentNextActionWechatPayDisplayQrCode
                )
                else v_wechat_pay_display_qr_code
            )
        try:
            v_wechat_pay_redirect_to_android_app = self.wechat_pay_redirect_to_android_app
        except AttributeError:
            pass
        else:
            data["wechat_pay_redirect_to_android_app"] = (
                v_wechat_pay_redirect_to_android_app.to_dict()
                if isinstance(
                    v_wechat_pay_redirect_to_android_app,
                    PaymentIntentNextActionWechatPayRedirectToAndroidApp,
                )
                else v_wechat_pay_redirect_to_android_app
            )
        try:
            v_wechat_pay_redirect_to_ios_app = self.wechat_pay_redirect_to_ios_app
        except AttributeError:
            pass
        else:
            data["wechat_pay_redirect_to_ios_app"] = (
                v_wechat_pay_redirect_to_ios_app.to_dict()
                if isinstance(
                    v_wechat_pay_redirect_to_ios_app,
                    PaymentIntentNextActionWechatPayRedirectToIosApp,
                )
                else v_wechat_pay_redirect_to_ios_app
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentNextAction:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_alipay_handle_redirect = take("alipay_handle_redirect", UNSET)
        if (type(v_alipay_handle_redirect) is dict) or (v_alipay_handle_redirect is None):
            fill.alipay_handle_redirect = (
                PaymentIntentNextActionAlipayHandleRedirect.from_dict(v_alipay_handle_redirect)
                if type(v_alipay_handle_redirect) is dict
                else v_alipay_handle_redirect
            )
        elif v_alipay_handle_redirect is not UNSET:
            d["alipay_handle_redirect"] = v_alipay_handle_redirect
        v_blik_authorize = take("blik_authorize", UNSET)
        if (type(v_blik_authorize) is dict) or (v_blik_authorize is None):
            fill.blik_authorize = v_blik_authorize
        elif v_blik_authorize is not UNSET:
            d["blik_authorize"] = v_blik_authorize
        v_boleto_display_details = take("boleto_display_details", UNSET)
        if (type(v_boleto_display_details) is dict) or (v_boleto_display_details is None):
            fill.boleto_display_details = (
                PaymentIntentNextActionBoletoDisplayDetails.from_dict(v_boleto_display_details)
                if type(v_boleto_display_details) is dict
                else v_boleto_display_details
            )
        elif v_boleto_display_details is not UNSET:
            d["boleto_display_details"] = v_boleto_display_details
        v_card_await_notification = take("card_await_notification", UNSET)
        if (type(v_card_await_notification) is dict) or (v_card_await_notification is None):
            fill.card_await_notification = (
                PaymentIntentNextActionCardAwaitNotification.from_dict(v_card_await_notification)
                if type(v_card_await_notification) is dict
                else v_card_await_notification
            )
        elif v_card_await_notification is not UNSET:
            d["card_await_notification"] = v_card_await_notification
        v_cashapp_handle_redirect_or_display_qr_code = take(
            "cashapp_handle_redirect_or_display_qr_code", UNSET
        )
        if (type(v_cashapp_handle_redirect_or_display_qr_code) is dict) or (
            v_cashapp_handle_redirect_or_display_qr_code is None
        ):
            fill.cashapp_handle_redirect_or_display_qr_code = (
                SetupIntentNextActionCashappHandleRedirectOrDisplayQrCode.from_dict(
                    v_cashapp_handle_redirect_or_display_qr_code
                )
                if type(v_cashapp_handle_redirect_or_display_qr_code) is dict
                else v_cashapp_handle_redirect_or_display_qr_code
            )
        elif v_cashapp_handle_redirect_or_display_qr_code is not UNSET:
            d["cashapp_handle_redirect_or_display_qr_code"] = (
                v_cashapp_handle_redirect_or_display_qr_code
            )
        v_display_bank_transfer_instructions = take("display_bank_transfer_instructions", UNSET)
        if (type(v_display_bank_transfer_instructions) is dict) or (
            v_display_bank_transfer_instructions is None
        ):
            fill.display_bank_transfer_instructions = (
                PaymentIntentNextActionDisplayBankTransferInstructions.from_dict(
                    v_display_bank_transfer_instructions
                )
                if type(v_display_bank_transfer_instructions) is dict
                else v_display_bank_transfer_instructions
            )
        elif v_display_bank_transfer_instructions is not UNSET:
            d["display_bank_transfer_instructions"] = v_display_bank_transfer_instructions
        v_klarna_display_qr_code = take("klarna_display_qr_code", UNSET)
        if (type(v_klarna_display_qr_code) is dict) or (v_klarna_display_qr_code is None):
            fill.klarna_display_qr_code = (
                PaymentIntentNextActionKlarnaDisplayQrCode.from_dict(v_klarna_display_qr_code)
                if type(v_klarna_display_qr_code) is dict
                else v_klarna_display_qr_code
            )
        elif v_klarna_display_qr_code is not UNSET:
            d["klarna_display_qr_code"] = v_klarna_display_qr_code
        v_konbini_display_details = take("konbini_display_details", UNSET)
        if (type(v_konbini_display_details) is dict) or (v_konbini_display_details is None):
            fill.konbini_display_details = (
                PaymentIntentNextActionKonbiniDisplayDetails.from_dict(v_konbini_display_details)
                if type(v_konbini_display_details) is dict
                else v_konbini_display_details
            )
        elif v_konbini_display_details is not UNSET:
            d["konbini_display_details"] = v_konbini_display_details
        v_multibanco_display_details = take("multibanco_display_details", UNSET)
        if (type(v_multibanco_display_details) is dict) or (v_multibanco_display_details is None):
            fill.multibanco_display_details = (
                PaymentIntentNextActionMultibancoDisplayDetails.from_dict(
                    v_multibanco_display_details
                )
                if type(v_multibanco_display_details) is dict
                else v_multibanco_display_details
            )
        elif v_multibanco_display_details is not UNSET:
            d["multibanco_display_details"] = v_multibanco_display_details
        v_oxxo_display_details = take("oxxo_display_details", UNSET)
        if (type(v_oxxo_display_details) is dict) or (v_oxxo_display_details is None):
            fill.oxxo_display_details = (
                PaymentIntentNextActionOxxoDisplayDetails.from_dict(v_oxxo_display_details)
                if type(v_oxxo_display_details) is dict
                else v_oxxo_display_details
            )
        elif v_oxxo_display_details is not UNSET:
            d["oxxo_display_details"] = v_oxxo_display_details
        v_paynow_display_qr_code = take("paynow_display_qr_code", UNSET)
        if (type(v_paynow_display_qr_code) is dict) or (v_paynow_display_qr_code is None):
            fill.paynow_display_qr_code = (
                PaymentIntentNextActionPaynowDisplayQrCode.from_dict(v_paynow_display_qr_code)
                if type(v_paynow_display_qr_code) is dict
                else v_paynow_display_qr_code
            )
        elif v_paynow_display_qr_code is not UNSET:
            d["paynow_display_qr_code"] = v_paynow_display_qr_code
        v_pix_display_qr_code = take("pix_display_qr_code", UNSET)
        if (type(v_pix_display_qr_code) is dict) or (v_pix_display_qr_code is None):
            fill.pix_display_qr_code = (
                PaymentIntentNextActionPixDisplayQrCode.from_dict(v_pix_display_qr_code)
                if type(v_pix_display_qr_code) is dict
                else v_pix_display_qr_code
            )
        elif v_pix_display_qr_code is not UNSET:
            d["pix_display_qr_code"] = v_pix_display_qr_code
        v_promptpay_display_qr_code = take("promptpay_display_qr_code", UNSET)
        if (type(v_promptpay_display_qr_code) is dict) or (v_promptpay_display_qr_code is None):
            fill.promptpay_display_qr_code = (
                PaymentIntentNextActionPromptpayDisplayQrCode.from_dict(v_promptpay_display_qr_code)
                if type(v_promptpay_display_qr_code) is dict
                else v_promptpay_display_qr_code
            )
        elif v_promptpay_display_qr_code is not UNSET:
            d["promptpay_display_qr_code"] = v_promptpay_display_qr_code
        v_redirect_to_url = take("redirect_to_url", UNSET)
        if (type(v_redirect_to_url) is dict) or (v_redirect_to_url is None):
            fill.redirect_to_url = (
                SetupIntentNextActionRedirectToUrl.from_dict(v_redirect_to_url)
                if type(v_redirect_to_url) is dict
                else v_redirect_to_url
            )
        elif v_redirect_to_url is not UNSET:
            d["redirect_to_url"] = v_redirect_to_url
        v_swish_handle_redirect_or_display_qr_code = take(
            "swish_handle_redirect_or_display_qr_code", UNSET
        )
        if (type(v_swish_handle_redirect_or_display_qr_code) is dict) or (
            v_swish_handle_redirect_or_display_qr_code is None
        ):
            fill.swish_handle_redirect_or_display_qr_code = (
                PaymentIntentNextActionSwishHandleRedirectOrDisplayQrCode.from_dict(
                    v_swish_handle_redirect_or_display_qr_code
                )
                if type(v_swish_handle_redirect_or_display_qr_code) is dict
                else v_swish_handle_redirect_or_display_qr_code
            )
        elif v_swish_handle_redirect_or_display_qr_code is not UNSET:
            d["swish_handle_redirect_or_display_qr_code"] = (
                v_swish_handle_redirect_or_display_qr_code
            )
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        v_upi_handle_redirect_or_display_qr_code = take(
            "upi_handle_redirect_or_display_qr_code", UNSET
        )
        if (type(v_upi_handle_redirect_or_display_qr_code) is dict) or (
            v_upi_handle_redirect_or_display_qr_code is None
        ):
            fill.upi_handle_redirect_or_display_qr_code = (
                SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode.from_dict(
                    v_upi_handle_redirect_or_display_qr_code
                )
                if type(v_upi_handle_redirect_or_display_qr_code) is dict
                else v_upi_handle_redirect_or_display_qr_code
            )
        elif v_upi_handle_redirect_or_display_qr_code is not UNSET:
            d["upi_handle_redirect_or_display_qr_code"] = v_upi_handle_redirect_or_display_qr_code
        v_use_stripe_sdk = take("use_stripe_sdk", UNSET)
        if (type(v_use_stripe_sdk) is dict) or (v_use_stripe_sdk is None):
            fill.use_stripe_sdk = v_use_stripe_sdk
        elif v_use_stripe_sdk is not UNSET:
            d["use_stripe_sdk"] = v_use_stripe_sdk
        v_verify_with_microdeposits = take("verify_with_microdeposits", UNSET)
        if (type(v_verify_with_microdeposits) is dict) or (v_verify_with_microdeposits is None):
            fill.verify_with_microdeposits = (
                SetupIntentNextActionVerifyWithMicrodeposits.from_dict(v_verify_with_microdeposits)
                if type(v_verify_with_microdeposits) is dict
                else v_verify_with_microdeposits
            )
        elif v_verify_with_microdeposits is not UNSET:
            d["verify_with_microdeposits"] = v_verify_with_microdeposits
        v_wechat_pay_display_qr_code = take("wechat_pay_display_qr_code", UNSET)
        if (type(v_wechat_pay_display_qr_code) is dict) or (v_wechat_pay_display_qr_code is None):
            fill.wechat_pay_display_qr_code = (
                PaymentIntentNextActionWechatPayDisplayQrCode.from_dict(
                    v_wechat_pay_display_qr_code
                )
                if type(v_wechat_pay_display_qr_code) is dict
                else v_wechat_pay_display_qr_code
            )
        elif v_wechat_pay_display_qr_code is not UNSET:
            d["wechat_pay_display_qr_code"] = v_wechat_pay_display_qr_code
        v_wechat_pay_redirect_to_android_app = take("wechat_pay_redirect_to_android_app", UNSET)
        if (type(v_wechat_pay_redirect_to_android_app) is dict) or (
            v_wechat_pay_redirect_to_android_app is None
        ):
            fill.wechat_pay_redirect_to_android_app = (
                PaymentIntentNextActionWechatPayRedirectToAndroidApp.from_dict(
                    v_wechat_pay_redirect_to_android_app
                )
                if type(v_wechat_pay_redirect_to_android_app) is dict
                else v_wechat_pay_redirect_to_android_app
            )
        elif v_wechat_pay_redirect_to_android_app is not UNSET:
            d["wechat_pay_redirect_to_android_app"] = v_wechat_pay_redirect_to_android_app
        v_wechat_pay_redirect_to_ios_app = take("wechat_pay_redirect_to_ios_app", UNSET)
        if (type(v_wechat_pay_redirect_to_ios_app) is dict) or (
            v_wechat_pay_redirect_to_ios_app is None
        ):
            fill.wechat_pay_redirect_to_ios_app = (
                PaymentIntentNextActionWechatPayRedirectToIosApp.from_dict(
                    v_wechat_pay_redirect_to_ios_app
                )
                if type(v_wechat_pay_redirect_to_ios_app) is dict
                else v_wechat_pay_redirect_to_ios_app
            )
        elif v_wechat_pay_redirect_to_ios_app is not UNSET:
            d["wechat_pay_redirect_to_ios_app"] = v_wechat_pay_redirect_to_ios_app
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentNextActionAlipayHandleRedirect(Model):
    """PaymentIntentNextActionAlipayHandleRedirect"""

    native_data: str | None
    native_url: str | None
    return_url: str | None
    url: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("native_data", "native_data", "str | None"),
        ("native_url", "native_url", "str | None"),
        ("return_url", "return_url", "str | None"),
        ("url", "url", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentNextActionAlipayHandleRedirect:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_native_data = take("native_data", UNSET)
        if (type(v_native_data) is str) or (v_native_data is None):
            fill.native_data = v_native_data
        elif v_native_data is not UNSET:
            d["native_data"] = v_native_data
        v_native_url = take("native_url", UNSET)
        if (type(v_native_url) is str) or (v_native_url is None):
            fill.native_url = v_native_url
        elif v_native_url is not UNSET:
            d["native_url"] = v_native_url
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
class PaymentIntentNextActionBoletoDisplayDetails(Model):
    """PaymentIntentNextActionBoletoDisplayDetails"""

    expires_at: int | None
    hosted_voucher_url: str | None
    number: str | None
    pdf: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("expires_at", "expires_at", "int | None"),
        ("hosted_voucher_url", "hosted_voucher_url", "str | None"),
        ("number", "number", "str | None"),
        ("pdf", "pdf", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentNextActionBoletoDisplayDetails:
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
        v_hosted_voucher_url = take("hosted_voucher_url", UNSET)
        if (type(v_hosted_voucher_url) is str) or (v_hosted_voucher_url is None):
            fill.hosted_voucher_url = v_hosted_voucher_url
        elif v_hosted_voucher_url is not UNSET:
            d["hosted_voucher_url"] = v_hosted_voucher_url
        v_number = take("number", UNSET)
        if (type(v_number) is str) or (v_number is None):
            fill.number = v_number
        elif v_number is not UNSET:
            d["number"] = v_number
        v_pdf = take("pdf", UNSET)
        if (type(v_pdf) is str) or (v_pdf is None):
            fill.pdf = v_pdf
        elif v_pdf is not UNSET:
            d["pdf"] = v_pdf
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentNextActionCardAwaitNotification(Model):
    """PaymentIntentNextActionCardAwaitNotification"""

    charge_attempt_at: int | None
    customer_approval_required: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("charge_attempt_at", "charge_attempt_at", "int | None"),
        ("customer_approval_required", "customer_approval_required", "bool | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentNextActionCardAwaitNotification:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_charge_attempt_at = take("charge_attempt_at", UNSET)
        if (type(v_charge_attempt_at) is int) or (v_charge_attempt_at is None):
            fill.charge_attempt_at = v_charge_attempt_at
        elif v_charge_attempt_at is not UNSET:
            d["charge_attempt_at"] = v_charge_attempt_at
        v_customer_approval_required = take("customer_approval_required", UNSET)
        if (type(v_customer_approval_required) is bool) or (v_customer_approval_required is None):
            fill.customer_approval_required = v_customer_approval_required
        elif v_customer_approval_required is not UNSET:
            d["customer_approval_required"] = v_customer_approval_required
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentNextActionDisplayBankTransferInstructions(Model):
    """PaymentIntentNextActionDisplayBankTransferInstructions"""

    amount_remaining: int | None
    currency: str | None
    financial_addresses: list[NextActionDisplayBankTransferInstructionsFinancialAddresses] | None
    hosted_instructions_url: str | None
    reference: str | None
    type_: Literal[
        "eu_bank_transfer",
        "gb_bank_transfer",
        "jp_bank_transfer",
        "mx_bank_transfer",
        "us_bank_transfer",
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_remaining", "amount_remaining", "int | None"),
        ("currency", "currency", "str | None"),
        (
            "financial_addresses",
            "financial_addresses",
            "list[NextActionDisplayBankTransferInstructionsFinancialAddresses] | None",
        ),
        ("hosted_instructions_url", "hosted_instructions_url", "str | None"),
        ("reference", "reference", "str | None"),
        (
            "type_",
            "type",
            "Literal['eu_bank_transfer', 'gb_bank_transfer', 'jp_bank_transfer', 'mx_bank_transfer', 'us_bank_transfer']",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("financial_addresses",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_financial_addresses = self.financial_addresses
        except AttributeError:
            pass
        else:
            data["financial_addresses"] = (
                [item0.to_dict() for item0 in v_financial_addresses]
                if isinstance(v_financial_addresses, list)
                else v_financial_addresses
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentNextActionDisplayBankTransferInstructions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount_remaining = take("amount_remaining", UNSET)
        if (type(v_amount_remaining) is int) or (v_amount_remaining is None):
            fill.amount_remaining = v_amount_remaining
        elif v_amount_remaining is not UNSET:
            d["amount_remaining"] = v_amount_remaining
        v_currency = take("currency", UNSET)
        if (type(v_currency) is str) or (v_currency is None):
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        v_financial_addresses = take("financial_addresses", UNSET)
        if (
            type(v_financial_addresses) is list
            and (
                not v_financial_addresses
                or all(type(item0) is dict for item0 in v_financial_addresses)
            )
        ) or (v_financial_addresses is None):
            fill.financial_addresses = (
                [
                    NextActionDisplayBankTransferInstructionsFinancialAddresses.from_dict(item0)
                    for item0 in v_financial_addresses
                ]
                if type(v_financial_addresses) is list
                and (
                    not v_financial_addresses
                    or all(type(item0) is dict for item0 in v_financial_addresses)
                )
                else v_financial_addresses
            )
        elif v_financial_addresses is not UNSET:
            d["financial_addresses"] = v_financial_addresses
        v_hosted_instructions_url = take("hosted_instructions_url", UNSET)
        if (type(v_hosted_instructions_url) is str) or (v_hosted_instructions_url is None):
            fill.hosted_instructions_url = v_hosted_instructions_url
        elif v_hosted_instructions_url is not UNSET:
            d["hosted_instructions_url"] = v_hosted_instructions_url
        v_reference = take("reference", UNSET)
        if (type(v_reference) is str) or (v_reference is None):
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
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
class PaymentIntentNextActionKlarnaDisplayQrCode(Model):
    """PaymentIntentNextActionKlarnaDisplayQrCode"""

    data: str
    expires_at: int | None
    image_url_png: str
    image_url_svg: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("data", "data", "str"),
        ("expires_at", "expires_at", "int | None"),
        ("image_url_png", "image_url_png", "str"),
        ("image_url_svg", "image_url_svg", "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentNextActionKlarnaDisplayQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_data = take("data", UNSET)
        if type(v_data) is str:
            fill.data = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        v_expires_at = take("expires_at", UNSET)
        if (type(v_expires_at) is int) or (v_expires_at is None):
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
class PaymentIntentNextActionKonbiniDisplayDetails(Model):
    """PaymentIntentNextActionKonbiniDisplayDetails"""

    expires_at: int
    hosted_voucher_url: str | None
    stores: PaymentIntentNextActionKonbiniDisplayDetailsStores
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("expires_at", "expires_at", "int"),
        ("hosted_voucher_url", "hosted_voucher_url", "str | None"),
        ("stores", "stores", "PaymentIntentNextActionKonbiniDisplayDetailsStores"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("stores",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_stores = self.stores
        except AttributeError:
            pass
        else:
            data["stores"] = v_stores.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentNextActionKonbiniDisplayDetails:
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
        v_hosted_voucher_url = take("hosted_voucher_url", UNSET)
        if (type(v_hosted_voucher_url) is str) or (v_hosted_voucher_url is None):
            fill.hosted_voucher_url = v_hosted_voucher_url
        elif v_hosted_voucher_url is not UNSET:
            d["hosted_voucher_url"] = v_hosted_voucher_url
        v_stores = take("stores", UNSET)
        if type(v_stores) is dict:
            fill.stores = PaymentIntentNextActionKonbiniDisplayDetailsStores.from_dict(v_stores)
        elif v_stores is not UNSET:
            d["stores"] = v_stores
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentNextActionKonbiniDisplayDetailsStores(Model):
    """PaymentIntentNextActionKonbiniDisplayDetailsStores"""

    familymart: PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart | None
    lawson: PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart | None
    ministop: PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart | None
    seicomart: PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "familymart",
            "familymart",
            "PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart | None",
        ),
        ("lawson", "lawson", "PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart | None"),
        (
            "ministop",
            "ministop",
            "PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart | None",
        ),
        (
            "seicomart",
            "seicomart",
            "PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "familymart",
            "lawson",
            "ministop",
            "seicomart",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_familymart = self.familymart
        except AttributeError:
            pass
        else:
            data["familymart"] = (
                v_familymart.to_dict()
                if isinstance(
                    v_familymart, PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart
                )
                else v_familymart
            )
        try:
            v_lawson = self.lawson
        except AttributeError:
            pass
        else:
            data["lawson"] = (
                v_lawson.to_dict()
                if isinstance(
                    v_lawson, PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart
                )
                else v_lawson
            )
        try:
            v_ministop = self.ministop
        except AttributeError:
            pass
        else:
            data["ministop"] = (
                v_ministop.to_dict()
                if isinstance(
                    v_ministop, PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart
                )
                else v_ministop
            )
        try:
            v_seicomart = self.seicomart
        except AttributeError:
            pass
        else:
            data["seicomart"] = (
                v_seicomart.to_dict()
                if isinstance(
                    v_seicomart, PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart
                )
                else v_seicomart
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentNextActionKonbiniDisplayDetailsStores:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_familymart = take("familymart", UNSET)
        if (type(v_familymart) is dict) or (v_familymart is None):
            fill.familymart = (
                PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart.from_dict(v_familymart)
                if type(v_familymart) is dict
                else v_familymart
            )
        elif v_familymart is not UNSET:
            d["familymart"] = v_familymart
        v_lawson = take("lawson", UNSET)
        if (type(v_lawson) is dict) or (v_lawson is None):
            fill.lawson = (
                PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart.from_dict(v_lawson)
                if type(v_lawson) is dict
                else v_lawson
            )
        elif v_lawson is not UNSET:
            d["lawson"] = v_lawson
        v_ministop = take("ministop", UNSET)
        if (type(v_ministop) is dict) or (v_ministop is None):
            fill.ministop = (
                PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart.from_dict(v_ministop)
                if type(v_ministop) is dict
                else v_ministop
            )
        elif v_ministop is not UNSET:
            d["ministop"] = v_ministop
        v_seicomart = take("seicomart", UNSET)
        if (type(v_seicomart) is dict) or (v_seicomart is None):
            fill.seicomart = (
                PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart.from_dict(v_seicomart)
                if type(v_seicomart) is dict
                else v_seicomart
            )
        elif v_seicomart is not UNSET:
            d["seicomart"] = v_seicomart
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart(Model):
    """PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart"""

    confirmation_number: str | None
    payment_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("confirmation_number", "confirmation_number", "str | None"),
        ("payment_code", "payment_code", "str"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_confirmation_number = take("confirmation_number", UNSET)
        if (type(v_confirmation_number) is str) or (v_confirmation_number is None):
            fill.confirmation_number = v_confirmation_number
        elif v_confirmation_number is not UNSET:
            d["confirmation_number"] = v_confirmation_number
        v_payment_code = take("payment_code", UNSET)
        if type(v_payment_code) is str:
            fill.payment_code = v_payment_code
        elif v_payment_code is not UNSET:
            d["payment_code"] = v_payment_code
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentNextActionMultibancoDisplayDetails(Model):
    """PaymentIntentNextActionMultibancoDisplayDetails"""

    entity: str | None
    expires_at: int | None
    hosted_voucher_url: str | None
    reference: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("entity", "entity", "str | None"),
        ("expires_at", "expires_at", "int | None"),
        ("hosted_voucher_url", "hosted_voucher_url", "str | None"),
        ("reference", "reference", "str | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentNextActionMultibancoDisplayDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_entity = take("entity", UNSET)
        if (type(v_entity) is str) or (v_entity is None):
            fill.entity = v_entity
        elif v_entity is not UNSET:
            d["entity"] = v_entity
        v_expires_at = take("expires_at", UNSET)
        if (type(v_expires_at) is int) or (v_expires_at is None):
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        v_hosted_voucher_url = take("hosted_voucher_url", UNSET)
        if (type(v_hosted_voucher_url) is str) or (v_hosted_voucher_url is None):
            fill.hosted_voucher_url = v_hosted_voucher_url
        elif v_hosted_voucher_url is not UNSET:
            d["hosted_voucher_url"] = v_hosted_voucher_url
        v_reference = take("reference", UNSET)
        if (type(v_reference) is str) or (v_reference is None):
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentNextActionOxxoDisplayDetails(Model):
    """PaymentIntentNextActionOxxoDisplayDetails"""

    expires_after: int | None
    hosted_voucher_url: str | None
    number: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("expires_after", "expires_after", "int | None"),
        ("hosted_voucher_url", "hosted_voucher_url", "str | None"),
        ("number", "number", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentNextActionOxxoDisplayDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_expires_after = take("expires_after", UNSET)
        if (type(v_expires_after) is int) or (v_expires_after is None):
            fill.expires_after = v_expires_after
        elif v_expires_after is not UNSET:
            d["expires_after"] = v_expires_after
        v_hosted_voucher_url = take("hosted_voucher_url", UNSET)
        if (type(v_hosted_voucher_url) is str) or (v_hosted_voucher_url is None):
            fill.hosted_voucher_url = v_hosted_voucher_url
        elif v_hosted_voucher_url is not UNSET:
            d["hosted_voucher_url"] = v_hosted_voucher_url
        v_number = take("number", UNSET)
        if (type(v_number) is str) or (v_number is None):
            fill.number = v_number
        elif v_number is not UNSET:
            d["number"] = v_number
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentNextActionPaynowDisplayQrCode(Model):
    """PaymentIntentNextActionPaynowDisplayQrCode"""

    data: str
    hosted_instructions_url: str | None
    image_url_png: str
    image_url_svg: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("data", "data", "str"),
        ("hosted_instructions_url", "hosted_instructions_url", "str | None"),
        ("image_url_png", "image_url_png", "str"),
        ("image_url_svg", "image_url_svg", "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentNextActionPaynowDisplayQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_data = take("data", UNSET)
        if type(v_data) is str:
            fill.data = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        v_hosted_instructions_url = take("hosted_instructions_url", UNSET)
        if (type(v_hosted_instructions_url) is str) or (v_hosted_instructions_url is None):
            fill.hosted_instructions_url = v_hosted_instructions_url
        elif v_hosted_instructions_url is not UNSET:
            d["hosted_instructions_url"] = v_hosted_instructions_url
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
class PaymentIntentNextActionPixDisplayQrCode(Model):
    """PaymentIntentNextActionPixDisplayQrCode"""

    data: str | None
    expires_at: int | None
    hosted_instructions_url: str | None
    image_url_png: str | None
    image_url_svg: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("data", "data", "str | None"),
        ("expires_at", "expires_at", "int | None"),
        ("hosted_instructions_url", "hosted_instructions_url", "str | None"),
        ("image_url_png", "image_url_png", "str | None"),
        ("image_url_svg", "image_url_svg", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentNextActionPixDisplayQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_data = take("data", UNSET)
        if (type(v_data) is str) or (v_data is None):
            fill.data = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        v_expires_at = take("expires_at", UNSET)
        if (type(v_expires_at) is int) or (v_expires_at is None):
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        v_hosted_instructions_url = take("hosted_instructions_url", UNSET)
        if (type(v_hosted_instructions_url) is str) or (v_hosted_instructions_url is None):
            fill.hosted_instructions_url = v_hosted_instructions_url
        elif v_hosted_instructions_url is not UNSET:
            d["hosted_instructions_url"] = v_hosted_instructions_url
        v_image_url_png = take("image_url_png", UNSET)
        if (type(v_image_url_png) is str) or (v_image_url_png is None):
            fill.image_url_png = v_image_url_png
        elif v_image_url_png is not UNSET:
            d["image_url_png"] = v_image_url_png
        v_image_url_svg = take("image_url_svg", UNSET)
        if (type(v_image_url_svg) is str) or (v_image_url_svg is None):
            fill.image_url_svg = v_image_url_svg
        elif v_image_url_svg is not UNSET:
            d["image_url_svg"] = v_image_url_svg
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentNextActionPromptpayDisplayQrCode(Model):
    """PaymentIntentNextActionPromptpayDisplayQrCode"""

    data: str
    hosted_instructions_url: str
    image_url_png: str
    image_url_svg: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("data", "data", "str"),
        ("hosted_instructions_url", "hosted_instructions_url", "str"),
        ("image_url_png", "image_url_png", "str"),
        ("image_url_svg", "image_url_svg", "str"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentNextActionPromptpayDisplayQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_data = take("data", UNSET)
        if type(v_data) is str:
            fill.data = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        v_hosted_instructions_url = take("hosted_instructions_url", UNSET)
        if type(v_hosted_instructions_url) is str:
            fill.hosted_instructions_url = v_hosted_instructions_url
        elif v_hosted_instructions_url is not UNSET:
            d["hosted_instructions_url"] = v_hosted_instructions_url
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
class PaymentIntentNextActionSwishHandleRedirectOrDisplayQrCode(Model):
    """PaymentIntentNextActionSwishHandleRedirectOrDisplayQrCode"""

    hosted_instructions_url: str
    mobile_auth_url: str
    qr_code: IntentNextActionSwishHandleRedirectOrDisplayQrCodeQrCode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("hosted_instructions_url", "hosted_instructions_url", "str"),
        ("mobile_auth_url", "mobile_auth_url", "str"),
        ("qr_code", "qr_code", "IntentNextActionSwishHandleRedirectOrDisplayQrCodeQrCode"),
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
    ) -> PaymentIntentNextActionSwishHandleRedirectOrDisplayQrCode:
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
            fill.qr_code = IntentNextActionSwishHandleRedirectOrDisplayQrCodeQrCode.from_dict(
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
class PaymentIntentNextActionWechatPayDisplayQrCode(Model):
    """PaymentIntentNextActionWechatPayDisplayQrCode"""

    data: str
    hosted_instructions_url: str
    image_data_url: str
    image_url_png: str
    image_url_svg: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("data", "data", "str"),
        ("hosted_instructions_url", "hosted_instructions_url", "str"),
        ("image_data_url", "image_data_url", "str"),
        ("image_url_png", "image_url_png", "str"),
        ("image_url_svg", "image_url_svg", "str"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentNextActionWechatPayDisplayQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_data = take("data", UNSET)
        if type(v_data) is str:
            fill.data = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        v_hosted_instructions_url = take("hosted_instructions_url", UNSET)
        if type(v_hosted_instructions_url) is str:
            fill.hosted_instructions_url = v_hosted_instructions_url
        elif v_hosted_instructions_url is not UNSET:
            d["hosted_instructions_url"] = v_hosted_instructions_url
        v_image_data_url = take("image_data_url", UNSET)
        if type(v_image_data_url) is str:
            fill.image_data_url = v_image_data_url
        elif v_image_data_url is not UNSET:
            d["image_data_url"] = v_image_data_url
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
class PaymentIntentNextActionWechatPayRedirectToAndroidApp(Model):
    """PaymentIntentNextActionWechatPayRedirectToAndroidApp"""

    app_id: str
    nonce_str: str
    package: str
    partner_id: str
    prepay_id: str
    sign: str
    timestamp: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("app_id", "app_id", "str"),
        ("nonce_str", "nonce_str", "str"),
        ("package", "package", "str"),
        ("partner_id", "partner_id", "str"),
        ("prepay_id", "prepay_id", "str"),
        ("sign", "sign", "str"),
        ("timestamp", "timestamp", "str"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentNextActionWechatPayRedirectToAndroidApp:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_app_id = take("app_id", UNSET)
        if type(v_app_id) is str:
            fill.app_id = v_app_id
        elif v_app_id is not UNSET:
            d["app_id"] = v_app_id
        v_nonce_str = take("nonce_str", UNSET)
        if type(v_nonce_str) is str:
            fill.nonce_str = v_nonce_str
        elif v_nonce_str is not UNSET:
            d["nonce_str"] = v_nonce_str
        v_package = take("package", UNSET)
        if type(v_package) is str:
            fill.package = v_package
        elif v_package is not UNSET:
            d["package"] = v_package
        v_partner_id = take("partner_id", UNSET)
        if type(v_partner_id) is str:
            fill.partner_id = v_partner_id
        elif v_partner_id is not UNSET:
            d["partner_id"] = v_partner_id
        v_prepay_id = take("prepay_id", UNSET)
        if type(v_prepay_id) is str:
            fill.prepay_id = v_prepay_id
        elif v_prepay_id is not UNSET:
            d["prepay_id"] = v_prepay_id
        v_sign = take("sign", UNSET)
        if type(v_sign) is str:
            fill.sign = v_sign
        elif v_sign is not UNSET:
            d["sign"] = v_sign
        v_timestamp = take("timestamp", UNSET)
        if type(v_timestamp) is str:
            fill.timestamp = v_timestamp
        elif v_timestamp is not UNSET:
            d["timestamp"] = v_timestamp
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentNextActionWechatPayRedirectToIosApp(Model):
    """PaymentIntentNextActionWechatPayRedirectToIosApp"""

    native_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (("native_url", "native_url", "str"),)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentNextActionWechatPayRedirectToIosApp:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_native_url = take("native_url", UNSET)
        if type(v_native_url) is str:
            fill.native_url = v_native_url
        elif v_native_url is not UNSET:
            d["native_url"] = v_native_url
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentDetails(Model):
    """PaymentIntentPaymentDetails"""

    customer_reference: str | None
    order_reference: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("customer_reference", "customer_reference", "str | None"),
        ("order_reference", "order_reference", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_customer_reference = take("customer_reference", UNSET)
        if (type(v_customer_reference) is str) or (v_customer_reference is None):
            fill.customer_reference = v_customer_reference
        elif v_customer_reference is not UNSET:
            d["customer_reference"] = v_customer_reference
        v_order_reference = take("order_reference", UNSET)
        if (type(v_order_reference) is str) or (v_order_reference is None):
            fill.order_reference = v_order_reference
        elif v_order_reference is not UNSET:
            d["order_reference"] = v_order_reference
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptions(Model):
    """PaymentIntentPaymentMethodOptions"""

    acss_debit: PaymentIntentPaymentMethodOptionsAcssDebit | None
    affirm: PaymentIntentPaymentMethodOptionsAffirm | None
    afterpay_clearpay: PaymentIntentPaymentMethodOptionsAfterpayClearpay | None
    alipay: PaymentIntentPaymentMethodOptionsAlipay | None
    alma: PaymentIntentPaymentMethodOptionsAlma | None
    amazon_pay: PaymentIntentPaymentMethodOptionsAmazonPay | None
    au_becs_debit: PaymentIntentPaymentMethodOptionsAuBecsDebit | None
    bacs_debit: PaymentIntentPaymentMethodOptionsBacsDebit | None
    bancontact: PaymentIntentPaymentMethodOptionsBancontact | None
    billie: PaymentIntentPaymentMethodOptionsBillie | None
    bizum: dict[str, Any] | None
    blik: PaymentIntentPaymentMethodOptionsBlik | None
    boleto: PaymentIntentPaymentMethodOptionsBoleto | None
    card: PaymentIntentPaymentMethodOptionsCard | None
    card_present: PaymentIntentPaymentMethodOptionsCardPresent | None
    cashapp: PaymentIntentPaymentMethodOptionsCashapp | None
    crypto: PaymentIntentPaymentMethodOptionsCrypto | None
    customer_balance: PaymentIntentPaymentMethodOptionsCustomerBalance | None
    eps: PaymentIntentPaymentMethodOptionsCrypto | None
    fpx: PaymentIntentPaymentMethodOptionsCrypto | None
    giropay: PaymentIntentPaymentMethodOptionsCrypto | None
    grabpay: PaymentIntentPaymentMethodOptionsCrypto | None
    ideal: PaymentIntentPaymentMethodOptionsAlipay | None
    interac_present: dict[str, Any] | None
    kakao_pay: PaymentIntentPaymentMethodOptionsAmazonPay | None
    klarna: PaymentIntentPaymentMethodOptionsKlarna | None
    konbini: PaymentIntentPaymentMethodOptionsKonbini | None
    kr_card: PaymentIntentPaymentMethodOptionsAmazonPay | None
    link: PaymentIntentPaymentMethodOptionsLink | None
    mb_way: PaymentIntentPaymentMethodOptionsCrypto | None
    mobilepay: PaymentIntentPaymentMethodOptionsMobilepay | None
    multibanco: PaymentIntentPaymentMethodOptionsCrypto | None
    naver_pay: PaymentIntentPaymentMethodOptionsAmazonPay | None
    nz_bank_account: PaymentIntentPaymentMethodOptionsAuBecsDebit | None
    oxxo: PaymentIntentPaymentMethodOptionsOxxo | None
    p24: PaymentIntentPaymentMethodOptionsCrypto | None
    pay_by_bank: dict[str, Any] | None
    payco: PaymentIntentPaymentMethodOptionsMobilepay | None
    paynow: PaymentIntentPaymentMethodOptionsCrypto | None
    paypal: PaymentIntentPaymentMethodOptionsPaypal | None
    paypay: dict[str, Any] | None
    payto: PaymentIntentPaymentMethodOptionsPayto | None
    pix: PaymentIntentPaymentMethodOptionsPix | None
    promptpay: PaymentIntentPaymentMethodOptionsCrypto | None
    revolut_pay: PaymentIntentPaymentMethodOptionsAmazonPay | None
    samsung_pay: PaymentIntentPaymentMethodOptionsMobilepay | None
    satispay: PaymentIntentPaymentMethodOptionsCashapp | None
    scalapay: PaymentIntentPaymentMethodOptionsAlma | None
    sepa_debit: PaymentIntentPaymentMethodOptionsBacsDebit | None
    sequra: PaymentIntentPaymentMethodOptionsMobilepay | None
    sofort: PaymentIntentPaymentMethodOptionsSofort | None
    sunbit: PaymentIntentPaymentMethodOptionsMobilepay | None
    swish: PaymentIntentPaymentMethodOptionsSwish | None
    twint: PaymentIntentPaymentMethodOptionsAlipay | None
    upi: PaymentIntentPaymentMethodOptionsUpi | None
    us_bank_account: PaymentIntentPaymentMethodOptionsUsBankAccount | None
    wechat_pay: PaymentIntentPaymentMethodOptionsWechatPay | None
    zip_: PaymentIntentPaymentMethodOptionsCrypto | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("acss_debit", "acss_debit", "PaymentIntentPaymentMethodOptionsAcssDebit | None"),
        ("affirm", "affirm", "PaymentIntentPaymentMethodOptionsAffirm | None"),
        (
            "afterpay_clearpay",
            "afterpay_clearpay",
            "PaymentIntentPaymentMethodOptionsAfterpayClearpay | None",
        ),
        ("alipay", "alipay", "PaymentIntentPaymentMethodOptionsAlipay | None"),
        ("alma", "alma", "PaymentIntentPaymentMethodOptionsAlma | None"),
        ("amazon_pay", "amazon_pay", "PaymentIntentPaymentMethodOptionsAmazonPay | None"),
        ("au_becs_debit", "au_becs_debit", "PaymentIntentPaymentMethodOptionsAuBecsDebit | None"),
        ("bacs_debit", "bacs_debit", "PaymentIntentPaymentMethodOptionsBacsDebit | None"),
        ("bancontact", "bancontact", "PaymentIntentPaymentMethodOptionsBancontact | None"),
        ("billie", "billie", "PaymentIntentPaymentMethodOptionsBillie | None"),
        ("bizum", "bizum", "dict[str, Any] | None"),
        ("blik", "blik", "PaymentIntentPaymentMethodOptionsBlik | None"),
        ("boleto", "boleto", "PaymentIntentPaymentMethodOptionsBoleto | None"),
        ("card", "card", "PaymentIntentPaymentMethodOptionsCard | None"),
        ("card_present", "card_present", "PaymentIntentPaymentMethodOptionsCardPresent | None"),
        ("cashapp", "cashapp", "PaymentIntentPaymentMethodOptionsCashapp | None"),
        ("crypto", "crypto", "PaymentIntentPaymentMethodOptionsCrypto | None"),
        (
            "customer_balance",
            "customer_balance",
            "PaymentIntentPaymentMethodOptionsCustomerBalance | None",
        ),
        ("eps", "eps", "PaymentIntentPaymentMethodOptionsCrypto | None"),
        ("fpx", "fpx", "PaymentIntentPaymentMethodOptionsCrypto | None"),
        ("giropay", "giropay", "PaymentIntentPaymentMethodOptionsCrypto | None"),
        ("grabpay", "grabpay", "PaymentIntentPaymentMethodOptionsCrypto | None"),
        ("ideal", "ideal", "PaymentIntentPaymentMethodOptionsAlipay | None"),
        ("interac_present", "interac_present", "dict[str, Any] | None"),
        ("kakao_pay", "kakao_pay", "PaymentIntentPaymentMethodOptionsAmazonPay | None"),
        ("klarna", "klarna", "PaymentIntentPaymentMethodOptionsKlarna | None"),
        ("konbini", "konbini", "PaymentIntentPaymentMethodOptionsKonbini | None"),
        ("kr_card", "kr_card", "PaymentIntentPaymentMethodOptionsAmazonPay | None"),
        ("link", "link", "PaymentIntentPaymentMethodOptionsLink | None"),
        ("mb_way", "mb_way", "PaymentIntentPaymentMethodOptionsCrypto | None"),
        ("mobilepay", "mobilepay", "PaymentIntentPaymentMethodOptionsMobilepay | None"),
        ("multibanco", "multibanco", "PaymentIntentPaymentMethodOptionsCrypto | None"),
        ("naver_pay", "naver_pay", "PaymentIntentPaymentMethodOptionsAmazonPay | None"),
        (
            "nz_bank_account",
            "nz_bank_account",
            "PaymentIntentPaymentMethodOptionsAuBecsDebit | None",
        ),
        ("oxxo", "oxxo", "PaymentIntentPaymentMethodOptionsOxxo | None"),
        ("p24", "p24", "PaymentIntentPaymentMethodOptionsCrypto | None"),
        ("pay_by_bank", "pay_by_bank", "dict[str, Any] | None"),
        ("payco", "payco", "PaymentIntentPaymentMethodOptionsMobilepay | None"),
        ("paynow", "paynow", "PaymentIntentPaymentMethodOptionsCrypto | None"),
        ("paypal", "paypal", "PaymentIntentPaymentMethodOptionsPaypal | None"),
        ("paypay", "paypay", "dict[str, Any] | None"),
        ("payto", "payto", "PaymentIntentPaymentMethodOptionsPayto | None"),
        ("pix", "pix", "PaymentIntentPaymentMethodOptionsPix | None"),
        ("promptpay", "promptpay", "PaymentIntentPaymentMethodOptionsCrypto | None"),
        ("revolut_pay", "revolut_pay", "PaymentIntentPaymentMethodOptionsAmazonPay | None"),
        ("samsung_pay", "samsung_pay", "PaymentIntentPaymentMethodOptionsMobilepay | None"),
        ("satispay", "satispay", "PaymentIntentPaymentMethodOptionsCashapp | None"),
        ("scalapay", "scalapay", "PaymentIntentPaymentMethodOptionsAlma | None"),
        ("sepa_debit", "sepa_debit", "PaymentIntentPaymentMethodOptionsBacsDebit | None"),
        ("sequra", "sequra", "PaymentIntentPaymentMethodOptionsMobilepay | None"),
        ("sofort", "sofort", "PaymentIntentPaymentMethodOptionsSofort | None"),
        ("sunbit", "sunbit", "PaymentIntentPaymentMethodOptionsMobilepay | None"),
        ("swish", "swish", "PaymentIntentPaymentMethodOptionsSwish | None"),
        ("twint", "twint", "PaymentIntentPaymentMethodOptionsAlipay | None"),
        ("upi", "upi", "PaymentIntentPaymentMethodOptionsUpi | None"),
        (
            "us_bank_account",
            "us_bank_account",
            "PaymentIntentPaymentMethodOptionsUsBankAccount | None",
        ),
        ("wechat_pay", "wechat_pay", "PaymentIntentPaymentMethodOptionsWechatPay | None"),
        ("zip_", "zip", "PaymentIntentPaymentMethodOptionsCrypto | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "acss_debit",
            "affirm",
            "afterpay_clearpay",
            "alipay",
            "alma",
            "amazon_pay",
            "au_becs_debit",
            "bacs_debit",
            "bancontact",
            "billie",
            "blik",
            "boleto",
            "card",
            "card_present",
            "cashapp",
            "crypto",
            "customer_balance",
            "eps",
            "fpx",
            "giropay",
            "grabpay",
            "ideal",
            "kakao_pay",
            "klarna",
            "konbini",
            "kr_card",
            "link",
            "mb_way",
            "mobilepay",
            "multibanco",
            "naver_pay",
            "nz_bank_account",
            "oxxo",
            "p24",
            "payco",
            "paynow",
            "paypal",
            "payto",
            "pix",
            "promptpay",
            "revolut_pay",
            "samsung_pay",
            "satispay",
            "scalapay",
            "sepa_debit",
            "sequra",
            "sofort",
            "sunbit",
            "swish",
            "twint",
            "upi",
            "us_bank_account",
            "wechat_pay",
            "zip_",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_acss_debit = self.acss_debit
        except AttributeError:
            pass
        else:
            data["acss_debit"] = (
                v_acss_debit.to_dict()
                if isinstance(v_acss_debit, PaymentIntentPaymentMethodOptionsAcssDebit)
                else v_acss_debit
            )
        try:
            v_affirm = self.affirm
        except AttributeError:
            pass
        else:
            data["affirm"] = (
                v_affirm.to_dict()
                if isinstance(v_affirm, PaymentIntentPaymentMethodOptionsAffirm)
                else v_affirm
            )
        try:
            v_afterpay_clearpay = self.afterpay_clearpay
        except AttributeError:
            pass
        else:
            data["afterpay_clearpay"] = (
                v_afterpay_clearpay.to_dict()
                if isinstance(
                    v_afterpay_clearpay, PaymentIntentPaymentMethodOptionsAfterpayClearpay
                )
                else v_afterpay_clearpay
            )
        try:
            v_alipay = self.alipay
        except AttributeError:
            pass
        else:
            data["alipay"] = (
                v_alipay.to_dict()
                if isinstance(v_alipay, PaymentIntentPaymentMethodOptionsAlipay)
                else v_alipay
            )
        try:
            v_alma = self.alma
        except AttributeError:
            pass
        else:
            data["alma"] = (
                v_alma.to_dict()
                if isinstance(v_alma, PaymentIntentPaymentMethodOptionsAlma)
                else v_alma
            )
        try:
            v_amazon_pay = self.amazon_pay
        except AttributeError:
            pass
        else:
            data["amazon_pay"] = (
                v_amazon_pay.to_dict()
                if isinstance(v_amazon_pay, PaymentIntentPaymentMethodOptionsAmazonPay)
                else v_amazon_pay
            )
        try:
            v_au_becs_debit = self.au_becs_debit
        except AttributeError:
            pass
        else:
            data["au_becs_debit"] = (
                v_au_becs_debit.to_dict()
                if isinstance(v_au_becs_debit, PaymentIntentPaymentMethodOptionsAuBecsDebit)
                else v_au_becs_debit
            )
        try:
            v_bacs_debit = self.bacs_debit
        except AttributeError:
            pass
        else:
            data["bacs_debit"] = (
                v_bacs_debit.to_dict()
                if isinstance(v_bacs_debit, PaymentIntentPaymentMethodOptionsBacsDebit)
                else v_bacs_debit
            )
        try:
            v_bancontact = self.bancontact
        except AttributeError:
            pass
        else:
            data["bancontact"] = (
                v_bancontact.to_dict()
                if isinstance(v_bancontact, PaymentIntentPaymentMethodOptionsBancontact)
                else v_bancontact
            )
        try:
            v_billie = self.billie
        except AttributeError:
            pass
        else:
            data["billie"] = (
                v_billie.to_dict()
                if isinstance(v_billie, PaymentIntentPaymentMethodOptionsBillie)
                else v_billie
            )
        try:
            v_blik = self.blik
        except AttributeError:
            pass
        else:
            data["blik"] = (
                v_blik.to_dict()
                if isinstance(v_blik, PaymentIntentPaymentMethodOptionsBlik)
                else v_blik
            )
        try:
            v_boleto = self.boleto
        except AttributeError:
            pass
        else:
            data["boleto"] = (
                v_boleto.to_dict()
                if isinstance(v_boleto, PaymentIntentPaymentMethodOptionsBoleto)
                else v_boleto
            )
        try:
            v_card = self.card
        except AttributeError:
            pass
        else:
            data["card"] = (
                v_card.to_dict()
                if isinstance(v_card, PaymentIntentPaymentMethodOptionsCard)
                else v_card
            )
        try:
            v_card_present = self.card_present
        except AttributeError:
            pass
        else:
            data["card_present"] = (
                v_card_present.to_dict()
                if isinstance(v_card_present, PaymentIntentPaymentMethodOptionsCardPresent)
                else v_card_present
            )
        try:
            v_cashapp = self.cashapp
        except AttributeError:
            pass
        else:
            data["cashapp"] = (
                v_cashapp.to_dict()
                if isinstance(v_cashapp, PaymentIntentPaymentMethodOptionsCashapp)
                else v_cashapp
            )
        try:
            v_crypto = self.crypto
        except AttributeError:
            pass
        else:
            data["crypto"] = (
                v_crypto.to_dict()
                if isinstance(v_crypto, PaymentIntentPaymentMethodOptionsCrypto)
                else v_crypto
            )
        try:
            v_customer_balance = self.customer_balance
        except AttributeError:
            pass
        else:
            data["customer_balance"] = (
                v_customer_balance.to_dict()
                if isinstance(v_customer_balance, PaymentIntentPaymentMethodOptionsCustomerBalance)
                else v_customer_balance
            )
        try:
            v_eps = self.eps
        except AttributeError:
            pass
        else:
            data["eps"] = (
                v_eps.to_dict()
                if isinstance(v_eps, PaymentIntentPaymentMethodOptionsCrypto)
                else v_eps
            )
        try:
            v_fpx = self.fpx
        except AttributeError:
            pass
        else:
            data["fpx"] = (
                v_fpx.to_dict()
                if isinstance(v_fpx, PaymentIntentPaymentMethodOptionsCrypto)
                else v_fpx
            )
        try:
            v_giropay = self.giropay
        except AttributeError:
            pass
        else:
            data["giropay"] = (
                v_giropay.to_dict()
                if isinstance(v_giropay, PaymentIntentPaymentMethodOptionsCrypto)
                else v_giropay
            )
        try:
            v_grabpay = self.grabpay
        except AttributeError:
            pass
        else:
            data["grabpay"] = (
                v_grabpay.to_dict()
                if isinstance(v_grabpay, PaymentIntentPaymentMethodOptionsCrypto)
                else v_grabpay
            )
        try:
            v_ideal = self.ideal
        except AttributeError:
            pass
        else:
            data["ideal"] = (
                v_ideal.to_dict()
                if isinstance(v_ideal, PaymentIntentPaymentMethodOptionsAlipay)
                else v_ideal
            )
        try:
            v_kakao_pay = self.kakao_pay
        except AttributeError:
            pass
        else:
            data["kakao_pay"] = (
                v_kakao_pay.to_dict()
                if isinstance(v_kakao_pay, PaymentIntentPaymentMethodOptionsAmazonPay)
                else v_kakao_pay
            )
        try:
            v_klarna = self.klarna
        except AttributeError:
            pass
        else:
            data["klarna"] = (
                v_klarna.to_dict()
                if isinstance(v_klarna, PaymentIntentPaymentMethodOptionsKlarna)
                else v_klarna
            )
        try:
            v_konbini = self.konbini
        except AttributeError:
            pass
        else:
            data["konbini"] = (
                v_konbini.to_dict()
                if isinstance(v_konbini, PaymentIntentPaymentMethodOptionsKonbini)
                else v_konbini
            )
        try:
            v_kr_card = self.kr_card
        except AttributeError:
            pass
        else:
            data["kr_card"] = (
                v_kr_card.to_dict()
                if isinstance(v_kr_card, PaymentIntentPaymentMethodOptionsAmazonPay)
                else v_kr_card
            )
        try:
            v_link = self.link
        except AttributeError:
            pass
        else:
            data["link"] = (
                v_link.to_dict()
                if isinstance(v_link, PaymentIntentPaymentMethodOptionsLink)
                else v_link
            )
        try:
            v_mb_way = self.mb_way
        except AttributeError:
            pass
        else:
            data["mb_way"] = (
                v_mb_way.to_dict()
                if isinstance(v_mb_way, PaymentIntentPaymentMethodOptionsCrypto)
                else v_mb_way
            )
        try:
            v_mobilepay = self.mobilepay
        except AttributeError:
            pass
        else:
            data["mobilepay"] = (
                v_mobilepay.to_dict()
                if isinstance(v_mobilepay, PaymentIntentPaymentMethodOptionsMobilepay)
                else v_mobilepay
            )
        try:
            v_multibanco = self.multibanco
        except AttributeError:
            pass
        else:
            data["multibanco"] = (
                v_multibanco.to_dict()
                if isinstance(v_multibanco, PaymentIntentPaymentMethodOptionsCrypto)
                else v_multibanco
            )
        try:
            v_naver_pay = self.naver_pay
        except AttributeError:
            pass
        else:
            data["naver_pay"] = (
                v_naver_pay.to_dict()
                if isinstance(v_naver_pay, PaymentIntentPaymentMethodOptionsAmazonPay)
                else v_naver_pay
            )
        try:
            v_nz_bank_account = self.nz_bank_account
        except AttributeError:
            pass
        else:
            data["nz_bank_account"] = (
                v_nz_bank_account.to_dict()
                if isinstance(v_nz_bank_account, PaymentIntentPaymentMethodOptionsAuBecsDebit)
                else v_nz_bank_account
            )
        try:
            v_oxxo = self.oxxo
        except AttributeError:
            pass
        else:
            data["oxxo"] = (
                v_oxxo.to_dict()
                if isinstance(v_oxxo, PaymentIntentPaymentMethodOptionsOxxo)
                else v_oxxo
            )
        try:
            v_p24 = self.p24
        except AttributeError:
            pass
        else:
            data["p24"] = (
                v_p24.to_dict()
                if isinstance(v_p24, PaymentIntentPaymentMethodOptionsCrypto)
                else v_p24
            )
        try:
            v_payco = self.payco
        except AttributeError:
            pass
        else:
            data["payco"] = (
                v_payco.to_dict()
                if isinstance(v_payco, PaymentIntentPaymentMethodOptionsMobilepay)
                else v_payco
            )
        try:
            v_paynow = self.paynow
        except AttributeError:
            pass
        else:
            data["paynow"] = (
                v_paynow.to_dict()
                if isinstance(v_paynow, PaymentIntentPaymentMethodOptionsCrypto)
                else v_paynow
            )
        try:
            v_paypal = self.paypal
        except AttributeError:
            pass
        else:
            data["paypal"] = (
                v_paypal.to_dict()
                if isinstance(v_paypal, PaymentIntentPaymentMethodOptionsPaypal)
                else v_paypal
            )
        try:
            v_payto = self.payto
        except AttributeError:
            pass
        else:
            data["payto"] = (
                v_payto.to_dict()
                if isinstance(v_payto, PaymentIntentPaymentMethodOptionsPayto)
                else v_payto
            )
        try:
            v_pix = self.pix
        except AttributeError:
            pass
        else:
            data["pix"] = (
                v_pix.to_dict()
                if isinstance(v_pix, PaymentIntentPaymentMethodOptionsPix)
                else v_pix
            )
        try:
            v_promptpay = self.promptpay
        except AttributeError:
            pass
        else:
            data["promptpay"] = (
                v_promptpay.to_dict()
                if isinstance(v_promptpay, PaymentIntentPaymentMethodOptionsCrypto)
                else v_promptpay
            )
        try:
            v_revolut_pay = self.revolut_pay
        except AttributeError:
            pass
        else:
            data["revolut_pay"] = (
                v_revolut_pay.to_dict()
                if isinstance(v_revolut_pay, PaymentIntentPaymentMethodOptionsAmazonPay)
                else v_revolut_pay
            )
        try:
            v_samsung_pay = self.samsung_pay
        except AttributeError:
            pass
        else:
            data["samsung_pay"] = (
                v_samsung_pay.to_dict()
                if isinstance(v_samsung_pay, PaymentIntentPaymentMethodOptionsMobilepay)
                else v_samsung_pay
            )
        try:
            v_satispay = self.satispay
        except AttributeError:
            pass
        else:
            data["satispay"] = (
                v_satispay.to_dict()
                if isinstance(v_satispay, PaymentIntentPaymentMethodOptionsCashapp)
                else v_satispay
            )
        try:
            v_scalapay = self.scalapay
        except AttributeError:
            pass
        else:
            data["scalapay"] = (
                v_scalapay.to_dict()
                if isinstance(v_scalapay, PaymentIntentPaymentMethodOptionsAlma)
                else v_scalapay
            )
        try:
            v_sepa_debit = self.sepa_debit
        except AttributeError:
            pass
        else:
            data["sepa_debit"] = (
                v_sepa_debit.to_dict()
                if isinstance(v_sepa_debit, PaymentIntentPaymentMethodOptionsBacsDebit)
                else v_sepa_debit
            )
        try:
            v_sequra = self.sequra
        except AttributeError:
            pass
        else:
            data["sequra"] = (
                v_sequra.to_dict()
                if isinstance(v_sequra, PaymentIntentPaymentMethodOptionsMobilepay)
                else v_sequra
            )
        try:
            v_sofort = self.sofort
        except AttributeError:
            pass
        else:
            data["sofort"] = (
                v_sofort.to_dict()
                if isinstance(v_sofort, PaymentIntentPaymentMethodOptionsSofort)
                else v_sofort
            )
        try:
            v_sunbit = self.sunbit
        except AttributeError:
            pass
        else:
            data["sunbit"] = (
                v_sunbit.to_dict()
                if isinstance(v_sunbit, PaymentIntentPaymentMethodOptionsMobilepay)
                else v_sunbit
            )
        try:
            v_swish = self.swish
        except AttributeError:
            pass
        else:
            data["swish"] = (
                v_swish.to_dict()
                if isinstance(v_swish, PaymentIntentPaymentMethodOptionsSwish)
                else v_swish
            )
        try:
            v_twint = self.twint
        except AttributeError:
            pass
        else:
            data["twint"] = (
                v_twint.to_dict()
                if isinstance(v_twint, PaymentIntentPaymentMethodOptionsAlipay)
                else v_twint
            )
        try:
            v_upi = self.upi
        except AttributeError:
            pass
        else:
            data["upi"] = (
                v_upi.to_dict()
                if isinstance(v_upi, PaymentIntentPaymentMethodOptionsUpi)
                else v_upi
            )
        try:
            v_us_bank_account = self.us_bank_account
        except AttributeError:
            pass
        else:
            data["us_bank_account"] = (
                v_us_bank_account.to_dict()
                if isinstance(v_us_bank_account, PaymentIntentPaymentMethodOptionsUsBankAccount)
                else v_us_bank_account
            )
        try:
            v_wechat_pay = self.wechat_pay
        except AttributeError:
            pass
        else:
            data["wechat_pay"] = (
                v_wechat_pay.to_dict()
                if isinstance(v_wechat_pay, PaymentIntentPaymentMethodOptionsWechatPay)
                else v_wechat_pay
            )
        try:
            v_zip_ = self.zip_
        except AttributeError:
            pass
        else:
            data["zip"] = (
                v_zip_.to_dict()
                if isinstance(v_zip_, PaymentIntentPaymentMethodOptionsCrypto)
                else v_zip_
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_acss_debit = take("acss_debit", UNSET)
        if (type(v_acss_debit) is dict) or (v_acss_debit is None):
            fill.acss_debit = (
                PaymentIntentPaymentMethodOptionsAcssDebit.from_dict(v_acss_debit)
                if type(v_acss_debit) is dict
                else v_acss_debit
            )
        elif v_acss_debit is not UNSET:
            d["acss_debit"] = v_acss_debit
        v_affirm = take("affirm", UNSET)
        if (type(v_affirm) is dict) or (v_affirm is None):
            fill.affirm = (
                PaymentIntentPaymentMethodOptionsAffirm.from_dict(v_affirm)
                if type(v_affirm) is dict
                else v_affirm
            )
        elif v_affirm is not UNSET:
            d["affirm"] = v_affirm
        v_afterpay_clearpay = take("afterpay_clearpay", UNSET)
        if (type(v_afterpay_clearpay) is dict) or (v_afterpay_clearpay is None):
            fill.afterpay_clearpay = (
                PaymentIntentPaymentMethodOptionsAfterpayClearpay.from_dict(v_afterpay_clearpay)
                if type(v_afterpay_clearpay) is dict
                else v_afterpay_clearpay
            )
        elif v_afterpay_clearpay is not UNSET:
            d["afterpay_clearpay"] = v_afterpay_clearpay
        v_alipay = take("alipay", UNSET)
        if (type(v_alipay) is dict) or (v_alipay is None):
            fill.alipay = (
                PaymentIntentPaymentMethodOptionsAlipay.from_dict(v_alipay)
                if type(v_alipay) is dict
                else v_alipay
            )
        elif v_alipay is not UNSET:
            d["alipay"] = v_alipay
        v_alma = take("alma", UNSET)
        if (type(v_alma) is dict) or (v_alma is None):
            fill.alma = (
                PaymentIntentPaymentMethodOptionsAlma.from_dict(v_alma)
                if type(v_alma) is dict
                else v_alma
            )
        elif v_alma is not UNSET:
            d["alma"] = v_alma
        v_amazon_pay = take("amazon_pay", UNSET)
        if (type(v_amazon_pay) is dict) or (v_amazon_pay is None):
            fill.amazon_pay = (
                PaymentIntentPaymentMethodOptionsAmazonPay.from_dict(v_amazon_pay)
                if type(v_amazon_pay) is dict
                else v_amazon_pay
            )
        elif v_amazon_pay is not UNSET:
            d["amazon_pay"] = v_amazon_pay
        v_au_becs_debit = take("au_becs_debit", UNSET)
        if (type(v_au_becs_debit) is dict) or (v_au_becs_debit is None):
            fill.au_becs_debit = (
                PaymentIntentPaymentMethodOptionsAuBecsDebit.from_dict(v_au_becs_debit)
                if type(v_au_becs_debit) is dict
                else v_au_becs_debit
            )
        elif v_au_becs_debit is not UNSET:
            d["au_becs_debit"] = v_au_becs_debit
        v_bacs_debit = take("bacs_debit", UNSET)
        if (type(v_bacs_debit) is dict) or (v_bacs_debit is None):
            fill.bacs_debit = (
                PaymentIntentPaymentMethodOptionsBacsDebit.from_dict(v_bacs_debit)
                if type(v_bacs_debit) is dict
                else v_bacs_debit
            )
        elif v_bacs_debit is not UNSET:
            d["bacs_debit"] = v_bacs_debit
        v_bancontact = take("bancontact", UNSET)
        if (type(v_bancontact) is dict) or (v_bancontact is None):
            fill.bancontact = (
                PaymentIntentPaymentMethodOptionsBancontact.from_dict(v_bancontact)
                if type(v_bancontact) is dict
                else v_bancontact
            )
        elif v_bancontact is not UNSET:
            d["bancontact"] = v_bancontact
        v_billie = take("billie", UNSET)
        if (type(v_billie) is dict) or (v_billie is None):
            fill.billie = (
                PaymentIntentPaymentMethodOptionsBillie.from_dict(v_billie)
                if type(v_billie) is dict
                else v_billie
            )
        elif v_billie is not UNSET:
            d["billie"] = v_billie
        v_bizum = take("bizum", UNSET)
        if (type(v_bizum) is dict) or (v_bizum is None):
            fill.bizum = v_bizum
        elif v_bizum is not UNSET:
            d["bizum"] = v_bizum
        v_blik = take("blik", UNSET)
        if (type(v_blik) is dict) or (v_blik is None):
            fill.blik = (
                PaymentIntentPaymentMethodOptionsBlik.from_dict(v_blik)
                if type(v_blik) is dict
                else v_blik
            )
        elif v_blik is not UNSET:
            d["blik"] = v_blik
        v_boleto = take("boleto", UNSET)
        if (type(v_boleto) is dict) or (v_boleto is None):
            fill.boleto = (
                PaymentIntentPaymentMethodOptionsBoleto.from_dict(v_boleto)
                if type(v_boleto) is dict
                else v_boleto
            )
        elif v_boleto is not UNSET:
            d["boleto"] = v_boleto
        v_card = take("card", UNSET)
        if (type(v_card) is dict) or (v_card is None):
            fill.card = (
                PaymentIntentPaymentMethodOptionsCard.from_dict(v_card)
                if type(v_card) is dict
                else v_card
            )
        elif v_card is not UNSET:
            d["card"] = v_card
        v_card_present = take("card_present", UNSET)
        if (type(v_card_present) is dict) or (v_card_present is None):
            fill.card_present = (
                PaymentIntentPaymentMethodOptionsCardPresent.from_dict(v_card_present)
                if type(v_card_present) is dict
                else v_card_present
            )
        elif v_card_present is not UNSET:
            d["card_present"] = v_card_present
        v_cashapp = take("cashapp", UNSET)
        if (type(v_cashapp) is dict) or (v_cashapp is None):
            fill.cashapp = (
                PaymentIntentPaymentMethodOptionsCashapp.from_dict(v_cashapp)
                if type(v_cashapp) is dict
                else v_cashapp
            )
        elif v_cashapp is not UNSET:
            d["cashapp"] = v_cashapp
        v_crypto = take("crypto", UNSET)
        if (type(v_crypto) is dict) or (v_crypto is None):
            fill.crypto = (
                PaymentIntentPaymentMethodOptionsCrypto.from_dict(v_crypto)
                if type(v_crypto) is dict
                else v_crypto
            )
        elif v_crypto is not UNSET:
            d["crypto"] = v_crypto
        v_customer_balance = take("customer_balance", UNSET)
        if (type(v_customer_balance) is dict) or (v_customer_balance is None):
            fill.customer_balance = (
                PaymentIntentPaymentMethodOptionsCustomerBalance.from_dict(v_customer_balance)
                if type(v_customer_balance) is dict
                else v_customer_balance
            )
        elif v_customer_balance is not UNSET:
            d["customer_balance"] = v_customer_balance
        v_eps = take("eps", UNSET)
        if (type(v_eps) is dict) or (v_eps is None):
            fill.eps = (
                PaymentIntentPaymentMethodOptionsCrypto.from_dict(v_eps)
                if type(v_eps) is dict
                else v_eps
            )
        elif v_eps is not UNSET:
            d["eps"] = v_eps
        v_fpx = take("fpx", UNSET)
        if (type(v_fpx) is dict) or (v_fpx is None):
            fill.fpx = (
                PaymentIntentPaymentMethodOptionsCrypto.from_dict(v_fpx)
                if type(v_fpx) is dict
                else v_fpx
            )
        elif v_fpx is not UNSET:
            d["fpx"] = v_fpx
        v_giropay = take("giropay", UNSET)
        if (type(v_giropay) is dict) or (v_giropay is None):
            fill.giropay = (
                PaymentIntentPaymentMethodOptionsCrypto.from_dict(v_giropay)
                if type(v_giropay) is dict
                else v_giropay
            )
        elif v_giropay is not UNSET:
            d["giropay"] = v_giropay
        v_grabpay = take("grabpay", UNSET)
        if (type(v_grabpay) is dict) or (v_grabpay is None):
            fill.grabpay = (
                PaymentIntentPaymentMethodOptionsCrypto.from_dict(v_grabpay)
                if type(v_grabpay) is dict
                else v_grabpay
            )
        elif v_grabpay is not UNSET:
            d["grabpay"] = v_grabpay
        v_ideal = take("ideal", UNSET)
        if (type(v_ideal) is dict) or (v_ideal is None):
            fill.ideal = (
                PaymentIntentPaymentMethodOptionsAlipay.from_dict(v_ideal)
                if type(v_ideal) is dict
                else v_ideal
            )
        elif v_ideal is not UNSET:
            d["ideal"] = v_ideal
        v_interac_present = take("interac_present", UNSET)
        if (type(v_interac_present) is dict) or (v_interac_present is None):
            fill.interac_present = v_interac_present
        elif v_interac_present is not UNSET:
            d["interac_present"] = v_interac_present
        v_kakao_pay = take("kakao_pay", UNSET)
        if (type(v_kakao_pay) is dict) or (v_kakao_pay is None):
            fill.kakao_pay = (
                PaymentIntentPaymentMethodOptionsAmazonPay.from_dict(v_kakao_pay)
                if type(v_kakao_pay) is dict
                else v_kakao_pay
            )
        elif v_kakao_pay is not UNSET:
            d["kakao_pay"] = v_kakao_pay
        v_klarna = take("klarna", UNSET)
        if (type(v_klarna) is dict) or (v_klarna is None):
            fill.klarna = (
                PaymentIntentPaymentMethodOptionsKlarna.from_dict(v_klarna)
                if type(v_klarna) is dict
                else v_klarna
            )
        elif v_klarna is not UNSET:
            d["klarna"] = v_klarna
        v_konbini = take("konbini", UNSET)
        if (type(v_konbini) is dict) or (v_konbini is None):
            fill.konbini = (
                PaymentIntentPaymentMethodOptionsKonbini.from_dict(v_konbini)
                if type(v_konbini) is dict
                else v_konbini
            )
        elif v_konbini is not UNSET:
            d["konbini"] = v_konbini
        v_kr_card = take("kr_card", UNSET)
        if (type(v_kr_card) is dict) or (v_kr_card is None):
            fill.kr_card = (
                PaymentIntentPaymentMethodOptionsAmazonPay.from_dict(v_kr_card)
                if type(v_kr_card) is dict
                else v_kr_card
            )
        elif v_kr_card is not UNSET:
            d["kr_card"] = v_kr_card
        v_link = take("link", UNSET)
        if (type(v_link) is dict) or (v_link is None):
            fill.link = (
                PaymentIntentPaymentMethodOptionsLink.from_dict(v_link)
                if type(v_link) is dict
                else v_link
            )
        elif v_link is not UNSET:
            d["link"] = v_link
        v_mb_way = take("mb_way", UNSET)
        if (type(v_mb_way) is dict) or (v_mb_way is None):
            fill.mb_way = (
                PaymentIntentPaymentMethodOptionsCrypto.from_dict(v_mb_way)
                if type(v_mb_way) is dict
                else v_mb_way
            )
        elif v_mb_way is not UNSET:
            d["mb_way"] = v_mb_way
        v_mobilepay = take("mobilepay", UNSET)
        if (type(v_mobilepay) is dict) or (v_mobilepay is None):
            fill.mobilepay = (
                PaymentIntentPaymentMethodOptionsMobilepay.from_dict(v_mobilepay)
                if type(v_mobilepay) is dict
                else v_mobilepay
            )
        elif v_mobilepay is not UNSET:
            d["mobilepay"] = v_mobilepay
        v_multibanco = take("multibanco", UNSET)
        if (type(v_multibanco) is dict) or (v_multibanco is None):
            fill.multibanco = (
                PaymentIntentPaymentMethodOptionsCrypto.from_dict(v_multibanco)
                if type(v_multibanco) is dict
                else v_multibanco
            )
        elif v_multibanco is not UNSET:
            d["multibanco"] = v_multibanco
        v_naver_pay = take("naver_pay", UNSET)
        if (type(v_naver_pay) is dict) or (v_naver_pay is None):
            fill.naver_pay = (
                PaymentIntentPaymentMethodOptionsAmazonPay.from_dict(v_naver_pay)
                if type(v_naver_pay) is dict
                else v_naver_pay
            )
        elif v_naver_pay is not UNSET:
            d["naver_pay"] = v_naver_pay
        v_nz_bank_account = take("nz_bank_account", UNSET)
        if (type(v_nz_bank_account) is dict) or (v_nz_bank_account is None):
            fill.nz_bank_account = (
                PaymentIntentPaymentMethodOptionsAuBecsDebit.from_dict(v_nz_bank_account)
                if type(v_nz_bank_account) is dict
                else v_nz_bank_account
            )
        elif v_nz_bank_account is not UNSET:
            d["nz_bank_account"] = v_nz_bank_account
        v_oxxo = take("oxxo", UNSET)
        if (type(v_oxxo) is dict) or (v_oxxo is None):
            fill.oxxo = (
                PaymentIntentPaymentMethodOptionsOxxo.from_dict(v_oxxo)
                if type(v_oxxo) is dict
                else v_oxxo
            )
        elif v_oxxo is not UNSET:
            d["oxxo"] = v_oxxo
        v_p24 = take("p24", UNSET)
        if (type(v_p24) is dict) or (v_p24 is None):
            fill.p24 = (
                PaymentIntentPaymentMethodOptionsCrypto.from_dict(v_p24)
                if type(v_p24) is dict
                else v_p24
            )
        elif v_p24 is not UNSET:
            d["p24"] = v_p24
        v_pay_by_bank = take("pay_by_bank", UNSET)
        if (type(v_pay_by_bank) is dict) or (v_pay_by_bank is None):
            fill.pay_by_bank = v_pay_by_bank
        elif v_pay_by_bank is not UNSET:
            d["pay_by_bank"] = v_pay_by_bank
        v_payco = take("payco", UNSET)
        if (type(v_payco) is dict) or (v_payco is None):
            fill.payco = (
                PaymentIntentPaymentMethodOptionsMobilepay.from_dict(v_payco)
                if type(v_payco) is dict
                else v_payco
            )
        elif v_payco is not UNSET:
            d["payco"] = v_payco
        v_paynow = take("paynow", UNSET)
        if (type(v_paynow) is dict) or (v_paynow is None):
            fill.paynow = (
                PaymentIntentPaymentMethodOptionsCrypto.from_dict(v_paynow)
                if type(v_paynow) is dict
                else v_paynow
            )
        elif v_paynow is not UNSET:
            d["paynow"] = v_paynow
        v_paypal = take("paypal", UNSET)
        if (type(v_paypal) is dict) or (v_paypal is None):
            fill.paypal = (
                PaymentIntentPaymentMethodOptionsPaypal.from_dict(v_paypal)
                if type(v_paypal) is dict
                else v_paypal
            )
        elif v_paypal is not UNSET:
            d["paypal"] = v_paypal
        v_paypay = take("paypay", UNSET)
        if (type(v_paypay) is dict) or (v_paypay is None):
            fill.paypay = v_paypay
        elif v_paypay is not UNSET:
            d["paypay"] = v_paypay
        v_payto = take("payto", UNSET)
        if (type(v_payto) is dict) or (v_payto is None):
            fill.payto = (
                PaymentIntentPaymentMethodOptionsPayto.from_dict(v_payto)
                if type(v_payto) is dict
                else v_payto
            )
        elif v_payto is not UNSET:
            d["payto"] = v_payto
        v_pix = take("pix", UNSET)
        if (type(v_pix) is dict) or (v_pix is None):
            fill.pix = (
                PaymentIntentPaymentMethodOptionsPix.from_dict(v_pix)
                if type(v_pix) is dict
                else v_pix
            )
        elif v_pix is not UNSET:
            d["pix"] = v_pix
        v_promptpay = take("promptpay", UNSET)
        if (type(v_promptpay) is dict) or (v_promptpay is None):
            fill.promptpay = (
                PaymentIntentPaymentMethodOptionsCrypto.from_dict(v_promptpay)
                if type(v_promptpay) is dict
                else v_promptpay
            )
        elif v_promptpay is not UNSET:
            d["promptpay"] = v_promptpay
        v_revolut_pay = take("revolut_pay", UNSET)
        if (type(v_revolut_pay) is dict) or (v_revolut_pay is None):
            fill.revolut_pay = (
                PaymentIntentPaymentMethodOptionsAmazonPay.from_dict(v_revolut_pay)
                if type(v_revolut_pay) is dict
                else v_revolut_pay
            )
        elif v_revolut_pay is not UNSET:
            d["revolut_pay"] = v_revolut_pay
        v_samsung_pay = take("samsung_pay", UNSET)
        if (type(v_samsung_pay) is dict) or (v_samsung_pay is None):
            fill.samsung_pay = (
                PaymentIntentPaymentMethodOptionsMobilepay.from_dict(v_samsung_pay)
                if type(v_samsung_pay) is dict
                else v_samsung_pay
            )
        elif v_samsung_pay is not UNSET:
            d["samsung_pay"] = v_samsung_pay
        v_satispay = take("satispay", UNSET)
        if (type(v_satispay) is dict) or (v_satispay is None):
            fill.satispay = (
                PaymentIntentPaymentMethodOptionsCashapp.from_dict(v_satispay)
                if type(v_satispay) is dict
                else v_satispay
            )
        elif v_satispay is not UNSET:
            d["satispay"] = v_satispay
        v_scalapay = take("scalapay", UNSET)
        if (type(v_scalapay) is dict) or (v_scalapay is None):
            fill.scalapay = (
                PaymentIntentPaymentMethodOptionsAlma.from_dict(v_scalapay)
                if type(v_scalapay) is dict
                else v_scalapay
            )
        elif v_scalapay is not UNSET:
            d["scalapay"] = v_scalapay
        v_sepa_debit = take("sepa_debit", UNSET)
        if (type(v_sepa_debit) is dict) or (v_sepa_debit is None):
            fill.sepa_debit = (
                PaymentIntentPaymentMethodOptionsBacsDebit.from_dict(v_sepa_debit)
                if type(v_sepa_debit) is dict
                else v_sepa_debit
            )
        elif v_sepa_debit is not UNSET:
            d["sepa_debit"] = v_sepa_debit
        v_sequra = take("sequra", UNSET)
        if (type(v_sequra) is dict) or (v_sequra is None):
            fill.sequra = (
                PaymentIntentPaymentMethodOptionsMobilepay.from_dict(v_sequra)
                if type(v_sequra) is dict
                else v_sequra
            )
        elif v_sequra is not UNSET:
            d["sequra"] = v_sequra
        v_sofort = take("sofort", UNSET)
        if (type(v_sofort) is dict) or (v_sofort is None):
            fill.sofort = (
                PaymentIntentPaymentMethodOptionsSofort.from_dict(v_sofort)
                if type(v_sofort) is dict
                else v_sofort
            )
        elif v_sofort is not UNSET:
            d["sofort"] = v_sofort
        v_sunbit = take("sunbit", UNSET)
        if (type(v_sunbit) is dict) or (v_sunbit is None):
            fill.sunbit = (
                PaymentIntentPaymentMethodOptionsMobilepay.from_dict(v_sunbit)
                if type(v_sunbit) is dict
                else v_sunbit
            )
        elif v_sunbit is not UNSET:
            d["sunbit"] = v_sunbit
        v_swish = take("swish", UNSET)
        if (type(v_swish) is dict) or (v_swish is None):
            fill.swish = (
                PaymentIntentPaymentMethodOptionsSwish.from_dict(v_swish)
                if type(v_swish) is dict
                else v_swish
            )
        elif v_swish is not UNSET:
            d["swish"] = v_swish
        v_twint = take("twint", UNSET)
        if (type(v_twint) is dict) or (v_twint is None):
            fill.twint = (
                PaymentIntentPaymentMethodOptionsAlipay.from_dict(v_twint)
                if type(v_twint) is dict
                else v_twint
            )
        elif v_twint is not UNSET:
            d["twint"] = v_twint
        v_upi = take("upi", UNSET)
        if (type(v_upi) is dict) or (v_upi is None):
            fill.upi = (
                PaymentIntentPaymentMethodOptionsUpi.from_dict(v_upi)
                if type(v_upi) is dict
                else v_upi
            )
        elif v_upi is not UNSET:
            d["upi"] = v_upi
        v_us_bank_account = take("us_bank_account", UNSET)
        if (type(v_us_bank_account) is dict) or (v_us_bank_account is None):
            fill.us_bank_account = (
                PaymentIntentPaymentMethodOptionsUsBankAccount.from_dict(v_us_bank_account)
                if type(v_us_bank_account) is dict
                else v_us_bank_account
            )
        elif v_us_bank_account is not UNSET:
            d["us_bank_account"] = v_us_bank_account
        v_wechat_pay = take("wechat_pay", UNSET)
        if (type(v_wechat_pay) is dict) or (v_wechat_pay is None):
            fill.wechat_pay = (
                PaymentIntentPaymentMethodOptionsWechatPay.from_dict(v_wechat_pay)
                if type(v_wechat_pay) is dict
                else v_wechat_pay
            )
        elif v_wechat_pay is not UNSET:
            d["wechat_pay"] = v_wechat_pay
        v_zip_ = take("zip", UNSET)
        if (type(v_zip_) is dict) or (v_zip_ is None):
            fill.zip_ = (
                PaymentIntentPaymentMethodOptionsCrypto.from_dict(v_zip_)
                if type(v_zip_) is dict
                else v_zip_
            )
        elif v_zip_ is not UNSET:
            d["zip"] = v_zip_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsAcssDebit(Model):
    """PaymentIntentPaymentMethodOptionsAcssDebit"""

    mandate_options: PaymentIntentPaymentMethodOptionsAcssDebitMandateOptions | None
    setup_future_usage: Literal["none", "off_session", "on_session"] | None
    target_date: str | None
    verification_method: Literal["automatic", "instant", "microdeposits"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "mandate_options",
            "mandate_options",
            "PaymentIntentPaymentMethodOptionsAcssDebitMandateOptions | None",
        ),
        (
            "setup_future_usage",
            "setup_future_usage",
            "Literal['none', 'off_session', 'on_session'] | None",
        ),
        ("target_date", "target_date", "str | None"),
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
                if isinstance(
                    v_mandate_options, PaymentIntentPaymentMethodOptionsAcssDebitMandateOptions
                )
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsAcssDebit:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                PaymentIntentPaymentMethodOptionsAcssDebitMandateOptions.from_dict(
                    v_mandate_options
                )
                if type(v_mandate_options) is dict
                else v_mandate_options
            )
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        v_target_date = take("target_date", UNSET)
        if (type(v_target_date) is str) or (v_target_date is None):
            fill.target_date = v_target_date
        elif v_target_date is not UNSET:
            d["target_date"] = v_target_date
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
class PaymentIntentPaymentMethodOptionsAcssDebitMandateOptions(Model):
    """PaymentIntentPaymentMethodOptionsAcssDebitMandateOptions"""

    custom_mandate_url: str | None
    interval_description: str | None
    payment_schedule: Literal["combined", "interval", "sporadic"] | None
    transaction_type: Literal["business", "personal"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("custom_mandate_url", "custom_mandate_url", "str | None"),
        ("interval_description", "interval_description", "str | None"),
        (
            "payment_schedule",
            "payment_schedule",
            "Literal['combined', 'interval', 'sporadic'] | None",
        ),
        ("transaction_type", "transaction_type", "Literal['business', 'personal'] | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentPaymentMethodOptionsAcssDebitMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_custom_mandate_url = take("custom_mandate_url", UNSET)
        if (type(v_custom_mandate_url) is str) or (v_custom_mandate_url is None):
            fill.custom_mandate_url = v_custom_mandate_url
        elif v_custom_mandate_url is not UNSET:
            d["custom_mandate_url"] = v_custom_mandate_url
        v_interval_description = take("interval_description", UNSET)
        if (type(v_interval_description) is str) or (v_interval_description is None):
            fill.interval_description = v_interval_description
        elif v_interval_description is not UNSET:
            d["interval_description"] = v_interval_description
        v_payment_schedule = take("payment_schedule", UNSET)
        if (type(v_payment_schedule) is str) or (v_payment_schedule is None):
            fill.payment_schedule = v_payment_schedule
        elif v_payment_schedule is not UNSET:
            d["payment_schedule"] = v_payment_schedule
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
class PaymentIntentPaymentMethodOptionsAffirm(Model):
    """PaymentIntentPaymentMethodOptionsAffirm"""

    capture_method: Literal["manual"] | None
    preferred_locale: str | None
    setup_future_usage: Literal["none"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("capture_method", "capture_method", "Literal['manual'] | None"),
        ("preferred_locale", "preferred_locale", "str | None"),
        ("setup_future_usage", "setup_future_usage", "Literal['none'] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsAffirm:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_capture_method = take("capture_method", UNSET)
        if (type(v_capture_method) is str) or (v_capture_method is None):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        v_preferred_locale = take("preferred_locale", UNSET)
        if (type(v_preferred_locale) is str) or (v_preferred_locale is None):
            fill.preferred_locale = v_preferred_locale
        elif v_preferred_locale is not UNSET:
            d["preferred_locale"] = v_preferred_locale
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsAfterpayClearpay(Model):
    """PaymentIntentPaymentMethodOptionsAfterpayClearpay"""

    capture_method: Literal["manual"] | None
    reference: str | None
    setup_future_usage: Literal["none"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("capture_method", "capture_method", "Literal['manual'] | None"),
        ("reference", "reference", "str | None"),
        ("setup_future_usage", "setup_future_usage", "Literal['none'] | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentPaymentMethodOptionsAfterpayClearpay:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_capture_method = take("capture_method", UNSET)
        if (type(v_capture_method) is str) or (v_capture_method is None):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        v_reference = take("reference", UNSET)
        if (type(v_reference) is str) or (v_reference is None):
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsAlipay(Model):
    """PaymentIntentPaymentMethodOptionsAlipay"""

    setup_future_usage: Literal["none", "off_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("setup_future_usage", "setup_future_usage", "Literal['none', 'off_session'] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsAlipay:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsAlma(Model):
    """PaymentIntentPaymentMethodOptionsAlma"""

    capture_method: Literal["manual"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("capture_method", "capture_method", "Literal['manual'] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsAlma:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_capture_method = take("capture_method", UNSET)
        if (type(v_capture_method) is str) or (v_capture_method is None):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsAmazonPay(Model):
    """PaymentIntentPaymentMethodOptionsAmazonPay"""

    capture_method: Literal["manual"] | None
    setup_future_usage: Literal["none", "off_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("capture_method", "capture_method", "Literal['manual'] | None"),
        ("setup_future_usage", "setup_future_usage", "Literal['none', 'off_session'] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsAmazonPay:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_capture_method = take("capture_method", UNSET)
        if (type(v_capture_method) is str) or (v_capture_method is None):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsAuBecsDebit(Model):
    """PaymentIntentPaymentMethodOptionsAuBecsDebit"""

    setup_future_usage: Literal["none", "off_session", "on_session"] | None
    target_date: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "setup_future_usage",
            "setup_future_usage",
            "Literal['none', 'off_session', 'on_session'] | None",
        ),
        ("target_date", "target_date", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsAuBecsDebit:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        v_target_date = take("target_date", UNSET)
        if (type(v_target_date) is str) or (v_target_date is None):
            fill.target_date = v_target_date
        elif v_target_date is not UNSET:
            d["target_date"] = v_target_date
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsBacsDebit(Model):
    """PaymentIntentPaymentMethodOptionsBacsDebit"""

    mandate_options: SetupIntentPaymentMethodOptionsBacsDebitMandateOptions | None
    setup_future_usage: Literal["none", "off_session", "on_session"] | None
    target_date: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "mandate_options",
            "mandate_options",
            "SetupIntentPaymentMethodOptionsBacsDebitMandateOptions | None",
        ),
        (
            "setup_future_usage",
            "setup_future_usage",
            "Literal['none', 'off_session', 'on_session'] | None",
        ),
        ("target_date", "target_date", "str | None"),
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
                if isinstance(
                    v_mandate_options, SetupIntentPaymentMethodOptionsBacsDebitMandateOptions
                )
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsBacsDebit:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                SetupIntentPaymentMethodOptionsBacsDebitMandateOptions.from_dict(v_mandate_options)
                if type(v_mandate_options) is dict
                else v_mandate_options
            )
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        v_target_date = take("target_date", UNSET)
        if (type(v_target_date) is str) or (v_target_date is None):
            fill.target_date = v_target_date
        elif v_target_date is not UNSET:
            d["target_date"] = v_target_date
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsBancontact(Model):
    """PaymentIntentPaymentMethodOptionsBancontact"""

    preferred_language: Literal["de", "en", "fr", "nl"]
    setup_future_usage: Literal["none", "off_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("preferred_language", "preferred_language", "Literal['de', 'en', 'fr', 'nl']"),
        ("setup_future_usage", "setup_future_usage", "Literal['none', 'off_session'] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsBancontact:
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
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsBillie(Model):
    """PaymentIntentPaymentMethodOptionsBillie"""

    capture_method: Literal["manual"] | None
    company_details: InvoicesPaymentMethodOptionsBillieCompanyDetails | None
    reference: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("capture_method", "capture_method", "Literal['manual'] | None"),
        (
            "company_details",
            "company_details",
            "InvoicesPaymentMethodOptionsBillieCompanyDetails | None",
        ),
        ("reference", "reference", "str | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("company_details",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_company_details = self.company_details
        except AttributeError:
            pass
        else:
            data["company_details"] = (
                v_company_details.to_dict()
                if isinstance(v_company_details, InvoicesPaymentMethodOptionsBillieCompanyDetails)
                else v_company_details
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsBillie:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_capture_method = take("capture_method", UNSET)
        if (type(v_capture_method) is str) or (v_capture_method is None):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        v_company_details = take("company_details", UNSET)
        if (type(v_company_details) is dict) or (v_company_details is None):
            fill.company_details = (
                InvoicesPaymentMethodOptionsBillieCompanyDetails.from_dict(v_company_details)
                if type(v_company_details) is dict
                else v_company_details
            )
        elif v_company_details is not UNSET:
            d["company_details"] = v_company_details
        v_reference = take("reference", UNSET)
        if (type(v_reference) is str) or (v_reference is None):
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsBlik(Model):
    """PaymentIntentPaymentMethodOptionsBlik"""

    mandate_options: SetupIntentPaymentMethodOptionsBlikMandateOptions | None
    setup_future_usage: Literal["none", "off_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "mandate_options",
            "mandate_options",
            "SetupIntentPaymentMethodOptionsBlikMandateOptions | None",
        ),
        ("setup_future_usage", "setup_future_usage", "Literal['none', 'off_session'] | None"),
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
                if isinstance(v_mandate_options, SetupIntentPaymentMethodOptionsBlikMandateOptions)
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsBlik:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                SetupIntentPaymentMethodOptionsBlikMandateOptions.from_dict(v_mandate_options)
                if type(v_mandate_options) is dict
                else v_mandate_options
            )
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsBoleto(Model):
    """PaymentIntentPaymentMethodOptionsBoleto"""

    expires_after_days: int
    setup_future_usage: Literal["none", "off_session", "on_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("expires_after_days", "expires_after_days", "int"),
        (
            "setup_future_usage",
            "setup_future_usage",
            "Literal['none', 'off_session', 'on_session'] | None",
        ),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsBoleto:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_expires_after_days = take("expires_after_days", UNSET)
        if type(v_expires_after_days) is int:
            fill.expires_after_days = v_expires_after_days
        elif v_expires_after_days is not UNSET:
            d["expires_after_days"] = v_expires_after_days
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsCard(Model):
    """PaymentIntentPaymentMethodOptionsCard"""

    capture_method: Literal["manual"] | None
    installments: PaymentIntentPaymentMethodOptionsCardInstallments | None
    mandate_options: PaymentIntentPaymentMethodOptionsCardMandateOptions | None
    network: CardNetwork | None
    request_extended_authorization: Literal["if_available", "never"] | None
    request_incremental_authorization: Literal["if_available", "never"] | None
    request_multicapture: Literal["if_available", "never"] | None
    request_overcapture: Literal["if_available", "never"] | None
    request_three_d_secure: Literal["any", "automatic", "challenge"] | None
    require_cvc_recollection: bool | None
    setup_credential_usage: Literal["installment", "recurring", "unscheduled"] | None
    setup_future_usage: Literal["none", "off_session", "on_session"] | None
    statement_descriptor_suffix_kana: str | None
    statement_descriptor_suffix_kanji: str | None
    stored_credential_usage: Literal["installment", "recurring", "unscheduled"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("capture_method", "capture_method", "Literal['manual'] | None"),
        (
            "installments",
            "installments",
            "PaymentIntentPaymentMethodOptionsCardInstallments | None",
        ),
        (
            "mandate_options",
            "mandate_options",
            "PaymentIntentPaymentMethodOptionsCardMandateOptions | None",
        ),
        ("network", "network", "str (one of 13 values) | None"),
        (
            "request_extended_authorization",
            "request_extended_authorization",
            "Literal['if_available', 'never'] | None",
        ),
        (
            "request_incremental_authorization",
            "request_incremental_authorization",
            "Literal['if_available', 'never'] | None",
        ),
        ("request_multicapture", "request_multicapture", "Literal['if_available', 'never'] | None"),
        ("request_overcapture", "request_overcapture", "Literal['if_available', 'never'] | None"),
        (
            "request_three_d_secure",
            "request_three_d_secure",
            "Literal['any', 'automatic', 'challenge'] | None",
        ),
        ("require_cvc_recollection", "require_cvc_recollection", "bool | None"),
        (
            "setup_credential_usage",
            "setup_credential_usage",
            "Literal['installment', 'recurring', 'unscheduled'] | None",
        ),
        (
            "setup_future_usage",
            "setup_future_usage",
            "Literal['none', 'off_session', 'on_session'] | None",
        ),
        ("statement_descriptor_suffix_kana", "statement_descriptor_suffix_kana", "str | None"),
        ("statement_descriptor_suffix_kanji", "statement_descriptor_suffix_kanji", "str | None"),
        (
            "stored_credential_usage",
            "stored_credential_usage",
            "Literal['installment', 'recurring', 'unscheduled'] | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "installments",
            "mandate_options",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_installments = self.installments
        except AttributeError:
            pass
        else:
            data["installments"] = (
                v_installments.to_dict()
                if isinstance(v_installments, PaymentIntentPaymentMethodOptionsCardInstallments)
                else v_installments
            )
        try:
            v_mandate_options = self.mandate_options
        except AttributeError:
            pass
        else:
            data["mandate_options"] = (
                v_mandate_options.to_dict()
                if isinstance(
                    v_mandate_options, PaymentIntentPaymentMethodOptionsCardMandateOptions
                )
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsCard:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_capture_method = take("capture_method", UNSET)
        if (type(v_capture_method) is str) or (v_capture_method is None):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        v_installments = take("installments", UNSET)
        if (type(v_installments) is dict) or (v_installments is None):
            fill.installments = (
                PaymentIntentPaymentMethodOptionsCardInstallments.from_dict(v_installments)
                if type(v_installments) is dict
                else v_installments
            )
        elif v_installments is not UNSET:
            d["installments"] = v_installments
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                PaymentIntentPaymentMethodOptionsCardMandateOptions.from_dict(v_mandate_options)
                if type(v_mandate_options) is dict
                else v_mandate_options
            )
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        v_network = take("network", UNSET)
        if (type(v_network) is str) or (v_network is None):
            fill.network = v_network
        elif v_network is not UNSET:
            d["network"] = v_network
        v_request_extended_authorization = take("request_extended_authorization", UNSET)
        if (type(v_request_extended_authorization) is str) or (
            v_request_extended_authorization is None
        ):
            fill.request_extended_authorization = v_request_extended_authorization
        elif v_request_extended_authorization is not UNSET:
            d["request_extended_authorization"] = v_request_extended_authorization
        v_request_incremental_authorization = take("request_incremental_authorization", UNSET)
        if (type(v_request_incremental_authorization) is str) or (
            v_request_incremental_authorization is None
        ):
            fill.request_incremental_authorization = v_request_incremental_authorization
        elif v_request_incremental_authorization is not UNSET:
            d["request_incremental_authorization"] = v_request_incremental_authorization
        v_request_multicapture = take("request_multicapture", UNSET)
        if (type(v_request_multicapture) is str) or (v_request_multicapture is None):
            fill.request_multicapture = v_request_multicapture
        elif v_request_multicapture is not UNSET:
            d["request_multicapture"] = v_request_multicapture
        v_request_overcapture = take("request_overcapture", UNSET)
        if (type(v_request_overcapture) is str) or (v_request_overcapture is None):
            fill.request_overcapture = v_request_overcapture
        elif v_request_overcapture is not UNSET:
            d["request_overcapture"] = v_request_overcapture
        v_request_three_d_secure = take("request_three_d_secure", UNSET)
        if (type(v_request_three_d_secure) is str) or (v_request_three_d_secure is None):
            fill.request_three_d_secure = v_request_three_d_secure
        elif v_request_three_d_secure is not UNSET:
            d["request_three_d_secure"] = v_request_three_d_secure
        v_require_cvc_recollection = take("require_cvc_recollection", UNSET)
        if (type(v_require_cvc_recollection) is bool) or (v_require_cvc_recollection is None):
            fill.require_cvc_recollection = v_require_cvc_recollection
        elif v_require_cvc_recollection is not UNSET:
            d["require_cvc_recollection"] = v_require_cvc_recollection
        v_setup_credential_usage = take("setup_credential_usage", UNSET)
        if (type(v_setup_credential_usage) is str) or (v_setup_credential_usage is None):
            fill.setup_credential_usage = v_setup_credential_usage
        elif v_setup_credential_usage is not UNSET:
            d["setup_credential_usage"] = v_setup_credential_usage
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        v_statement_descriptor_suffix_kana = take("statement_descriptor_suffix_kana", UNSET)
        if (type(v_statement_descriptor_suffix_kana) is str) or (
            v_statement_descriptor_suffix_kana is None
        ):
            fill.statement_descriptor_suffix_kana = v_statement_descriptor_suffix_kana
        elif v_statement_descriptor_suffix_kana is not UNSET:
            d["statement_descriptor_suffix_kana"] = v_statement_descriptor_suffix_kana
        v_statement_descriptor_suffix_kanji = take("statement_descriptor_suffix_kanji", UNSET)
        if (type(v_statement_descriptor_suffix_kanji) is str) or (
            v_statement_descriptor_suffix_kanji is None
        ):
            fill.statement_descriptor_suffix_kanji = v_statement_descriptor_suffix_kanji
        elif v_statement_descriptor_suffix_kanji is not UNSET:
            d["statement_descriptor_suffix_kanji"] = v_statement_descriptor_suffix_kanji
        v_stored_credential_usage = take("stored_credential_usage", UNSET)
        if (type(v_stored_credential_usage) is str) or (v_stored_credential_usage is None):
            fill.stored_credential_usage = v_stored_credential_usage
        elif v_stored_credential_usage is not UNSET:
            d["stored_credential_usage"] = v_stored_credential_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsCardInstallments(Model):
    """PaymentIntentPaymentMethodOptionsCardInstallments"""

    available_plans: list[IntentPaymentMethodOptionsCardInstallmentsAvailablePlans] | None
    enabled: bool
    plan: IntentPaymentMethodOptionsCardInstallmentsAvailablePlans | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "available_plans",
            "available_plans",
            "list[IntentPaymentMethodOptionsCardInstallmentsAvailablePlans] | None",
        ),
        ("enabled", "enabled", "bool"),
        ("plan", "plan", "IntentPaymentMethodOptionsCardInstallmentsAvailablePlans | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "available_plans",
            "plan",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_available_plans = self.available_plans
        except AttributeError:
            pass
        else:
            data["available_plans"] = (
                [item0.to_dict() for item0 in v_available_plans]
                if isinstance(v_available_plans, list)
                else v_available_plans
            )
        try:
            v_plan = self.plan
        except AttributeError:
            pass
        else:
            data["plan"] = (
                v_plan.to_dict()
                if isinstance(v_plan, IntentPaymentMethodOptionsCardInstallmentsAvailablePlans)
                else v_plan
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentPaymentMethodOptionsCardInstallments:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_available_plans = take("available_plans", UNSET)
        if (
            type(v_available_plans) is list
            and (not v_available_plans or all(type(item0) is dict for item0 in v_available_plans))
        ) or (v_available_plans is None):
            fill.available_plans = (
                [
                    IntentPaymentMethodOptionsCardInstallmentsAvailablePlans.from_dict(item0)
                    for item0 in v_available_plans
                ]
                if type(v_available_plans) is list
                and (
                    not v_available_plans or all(type(item0) is dict for item0 in v_available_plans)
                )
                else v_available_plans
            )
        elif v_available_plans is not UNSET:
            d["available_plans"] = v_available_plans
        v_enabled = take("enabled", UNSET)
        if type(v_enabled) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        v_plan = take("plan", UNSET)
        if (type(v_plan) is dict) or (v_plan is None):
            fill.plan = (
                IntentPaymentMethodOptionsCardInstallmentsAvailablePlans.from_dict(v_plan)
                if type(v_plan) is dict
                else v_plan
            )
        elif v_plan is not UNSET:
            d["plan"] = v_plan
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsCardMandateOptions(Model):
    """PaymentIntentPaymentMethodOptionsCardMandateOptions"""

    amount: int
    amount_type: Literal["fixed", "maximum"]
    description: str | None
    end_date: int | None
    interval: Literal["day", "month", "sporadic", "week", "year"]
    interval_count: int | None
    reference: str
    start_date: int
    supported_types: list[Literal["india"]] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int"),
        ("amount_type", "amount_type", "Literal['fixed', 'maximum']"),
        ("description", "description", "str | None"),
        ("end_date", "end_date", "int | None"),
        ("interval", "interval", "Literal['day', 'month', 'sporadic', 'week', 'year']"),
        ("interval_count", "interval_count", "int | None"),
        ("reference", "reference", "str"),
        ("start_date", "start_date", "int"),
        ("supported_types", "supported_types", "list[Literal['india']] | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentPaymentMethodOptionsCardMandateOptions:
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
        v_amount_type = take("amount_type", UNSET)
        if type(v_amount_type) is str:
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
        v_interval = take("interval", UNSET)
        if type(v_interval) is str:
            fill.interval = v_interval
        elif v_interval is not UNSET:
            d["interval"] = v_interval
        v_interval_count = take("interval_count", UNSET)
        if (type(v_interval_count) is int) or (v_interval_count is None):
            fill.interval_count = v_interval_count
        elif v_interval_count is not UNSET:
            d["interval_count"] = v_interval_count
        v_reference = take("reference", UNSET)
        if type(v_reference) is str:
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
        v_start_date = take("start_date", UNSET)
        if type(v_start_date) is int:
            fill.start_date = v_start_date
        elif v_start_date is not UNSET:
            d["start_date"] = v_start_date
        v_supported_types = take("supported_types", UNSET)
        if (
            type(v_supported_types) is list
            and (not v_supported_types or all(type(item0) is str for item0 in v_supported_types))
        ) or (v_supported_types is None):
            fill.supported_types = v_supported_types
        elif v_supported_types is not UNSET:
            d["supported_types"] = v_supported_types
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsCardPresent(Model):
    """PaymentIntentPaymentMethodOptionsCardPresent"""

    capture_method: Literal["manual", "manual_preferred"] | None
    request_extended_authorization: bool | None
    request_incremental_authorization_support: bool | None
    routing: PaymentIntentPaymentMethodOptionsCardPresentRouting | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("capture_method", "capture_method", "Literal['manual', 'manual_preferred'] | None"),
        ("request_extended_authorization", "request_extended_authorization", "bool | None"),
        (
            "request_incremental_authorization_support",
            "request_incremental_authorization_support",
            "bool | None",
        ),
        ("routing", "routing", "PaymentIntentPaymentMethodOptionsCardPresentRouting | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("routing",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_routing = self.routing
        except AttributeError:
            pass
        else:
            data["routing"] = (
                v_routing.to_dict()
                if isinstance(v_routing, PaymentIntentPaymentMethodOptionsCardPresentRouting)
                else v_routing
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsCardPresent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_capture_method = take("capture_method", UNSET)
        if (type(v_capture_method) is str) or (v_capture_method is None):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        v_request_extended_authorization = take("request_extended_authorization", UNSET)
        if (type(v_request_extended_authorization) is bool) or (
            v_request_extended_authorization is None
        ):
            fill.request_extended_authorization = v_request_extended_authorization
        elif v_request_extended_authorization is not UNSET:
            d["request_extended_authorization"] = v_request_extended_authorization
        v_request_incremental_authorization_support = take(
            "request_incremental_authorization_support", UNSET
        )
        if (type(v_request_incremental_authorization_support) is bool) or (
            v_request_incremental_authorization_support is None
        ):
            fill.request_incremental_authorization_support = (
                v_request_incremental_authorization_support
            )
        elif v_request_incremental_authorization_support is not UNSET:
            d["request_incremental_authorization_support"] = (
                v_request_incremental_authorization_support
            )
        v_routing = take("routing", UNSET)
        if (type(v_routing) is dict) or (v_routing is None):
            fill.routing = (
                PaymentIntentPaymentMethodOptionsCardPresentRouting.from_dict(v_routing)
                if type(v_routing) is dict
                else v_routing
            )
        elif v_routing is not UNSET:
            d["routing"] = v_routing
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsCardPresentRouting(Model):
    """PaymentIntentPaymentMethodOptionsCardPresentRouting"""

    requested_priority: Literal["domestic", "international"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("requested_priority", "requested_priority", "Literal['domestic', 'international'] | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentPaymentMethodOptionsCardPresentRouting:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_requested_priority = take("requested_priority", UNSET)
        if (type(v_requested_priority) is str) or (v_requested_priority is None):
            fill.requested_priority = v_requested_priority
        elif v_requested_priority is not UNSET:
            d["requested_priority"] = v_requested_priority
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsCashapp(Model):
    """PaymentIntentPaymentMethodOptionsCashapp"""

    capture_method: Literal["manual"] | None
    setup_future_usage: Literal["none", "off_session", "on_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("capture_method", "capture_method", "Literal['manual'] | None"),
        (
            "setup_future_usage",
            "setup_future_usage",
            "Literal['none', 'off_session', 'on_session'] | None",
        ),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsCashapp:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_capture_method = take("capture_method", UNSET)
        if (type(v_capture_method) is str) or (v_capture_method is None):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsCrypto(Model):
    """PaymentIntentPaymentMethodOptionsCrypto"""

    setup_future_usage: Literal["none"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("setup_future_usage", "setup_future_usage", "Literal['none'] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsCrypto:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsCustomerBalance(Model):
    """PaymentIntentPaymentMethodOptionsCustomerBalance"""

    bank_transfer: PaymentIntentPaymentMethodOptionsCustomerBalanceBankTransfer | None
    funding_type: Literal["bank_transfer"] | None
    setup_future_usage: Literal["none"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "bank_transfer",
            "bank_transfer",
            "PaymentIntentPaymentMethodOptionsCustomerBalanceBankTransfer | None",
        ),
        ("funding_type", "funding_type", "Literal['bank_transfer'] | None"),
        ("setup_future_usage", "setup_future_usage", "Literal['none'] | None"),
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
                    v_bank_transfer, PaymentIntentPaymentMethodOptionsCustomerBalanceBankTransfer
                )
                else v_bank_transfer
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentPaymentMethodOptionsCustomerBalance:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_bank_transfer = take("bank_transfer", UNSET)
        if (type(v_bank_transfer) is dict) or (v_bank_transfer is None):
            fill.bank_transfer = (
                PaymentIntentPaymentMethodOptionsCustomerBalanceBankTransfer.from_dict(
                    v_bank_transfer
                )
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
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsCustomerBalanceBankTransfer(Model):
    """PaymentIntentPaymentMethodOptionsCustomerBalanceBankTransfer"""

    eu_bank_transfer: MethodOptionsCustomerBalanceBankTransferEuBankTransfer | None
    requested_address_types: (
        list[Literal["aba", "iban", "sepa", "sort_code", "spei", "swift", "zengin"]] | None
    )
    type_: (
        Literal[
            "eu_bank_transfer",
            "gb_bank_transfer",
            "jp_bank_transfer",
            "mx_bank_transfer",
            "us_bank_transfer",
        ]
        | None
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "eu_bank_transfer",
            "eu_bank_transfer",
            "MethodOptionsCustomerBalanceBankTransferEuBankTransfer | None",
        ),
        (
            "requested_address_types",
            "requested_address_types",
            "list[str (one of 7 values)] | None",
        ),
        (
            "type_",
            "type",
            "Literal['eu_bank_transfer', 'gb_bank_transfer', 'jp_bank_transfer', 'mx_bank_transfer', 'us_bank_transfer'] | None",
        ),
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
    ) -> PaymentIntentPaymentMethodOptionsCustomerBalanceBankTransfer:
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
        v_requested_address_types = take("requested_address_types", UNSET)
        if (
            type(v_requested_address_types) is list
            and (
                not v_requested_address_types
                or all(type(item0) is str for item0 in v_requested_address_types)
            )
        ) or (v_requested_address_types is None):
            fill.requested_address_types = v_requested_address_types
        elif v_requested_address_types is not UNSET:
            d["requested_address_types"] = v_requested_address_types
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
class PaymentIntentPaymentMethodOptionsKlarna(Model):
    """PaymentIntentPaymentMethodOptionsKlarna"""

    capture_method: Literal["manual"] | None
    preferred_locale: str | None
    setup_future_usage: Literal["none", "off_session", "on_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("capture_method", "capture_method", "Literal['manual'] | None"),
        ("preferred_locale", "preferred_locale", "str | None"),
        (
            "setup_future_usage",
            "setup_future_usage",
            "Literal['none', 'off_session', 'on_session'] | None",
        ),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsKlarna:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_capture_method = take("capture_method", UNSET)
        if (type(v_capture_method) is str) or (v_capture_method is None):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        v_preferred_locale = take("preferred_locale", UNSET)
        if (type(v_preferred_locale) is str) or (v_preferred_locale is None):
            fill.preferred_locale = v_preferred_locale
        elif v_preferred_locale is not UNSET:
            d["preferred_locale"] = v_preferred_locale
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsKonbini(Model):
    """PaymentIntentPaymentMethodOptionsKonbini"""

    confirmation_number: str | None
    expires_after_days: int | None
    expires_at: int | None
    product_description: str | None
    setup_future_usage: Literal["none"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("confirmation_number", "confirmation_number", "str | None"),
        ("expires_after_days", "expires_after_days", "int | None"),
        ("expires_at", "expires_at", "int | None"),
        ("product_description", "product_description", "str | None"),
        ("setup_future_usage", "setup_future_usage", "Literal['none'] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsKonbini:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_confirmation_number = take("confirmation_number", UNSET)
        if (type(v_confirmation_number) is str) or (v_confirmation_number is None):
            fill.confirmation_number = v_confirmation_number
        elif v_confirmation_number is not UNSET:
            d["confirmation_number"] = v_confirmation_number
        v_expires_after_days = take("expires_after_days", UNSET)
        if (type(v_expires_after_days) is int) or (v_expires_after_days is None):
            fill.expires_after_days = v_expires_after_days
        elif v_expires_after_days is not UNSET:
            d["expires_after_days"] = v_expires_after_days
        v_expires_at = take("expires_at", UNSET)
        if (type(v_expires_at) is int) or (v_expires_at is None):
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        v_product_description = take("product_description", UNSET)
        if (type(v_product_description) is str) or (v_product_description is None):
            fill.product_description = v_product_description
        elif v_product_description is not UNSET:
            d["product_description"] = v_product_description
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsLink(Model):
    """PaymentIntentPaymentMethodOptionsLink"""

    capture_method: Literal["manual"] | None
    persistent_token: str | None
    setup_future_usage: Literal["none", "off_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("capture_method", "capture_method", "Literal['manual'] | None"),
        ("persistent_token", "persistent_token", "str | None"),
        ("setup_future_usage", "setup_future_usage", "Literal['none', 'off_session'] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsLink:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_capture_method = take("capture_method", UNSET)
        if (type(v_capture_method) is str) or (v_capture_method is None):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        v_persistent_token = take("persistent_token", UNSET)
        if (type(v_persistent_token) is str) or (v_persistent_token is None):
            fill.persistent_token = v_persistent_token
        elif v_persistent_token is not UNSET:
            d["persistent_token"] = v_persistent_token
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsMobilepay(Model):
    """PaymentIntentPaymentMethodOptionsMobilepay"""

    capture_method: Literal["manual"] | None
    setup_future_usage: Literal["none"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("capture_method", "capture_method", "Literal['manual'] | None"),
        ("setup_future_usage", "setup_future_usage", "Literal['none'] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsMobilepay:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_capture_method = take("capture_method", UNSET)
        if (type(v_capture_method) is str) or (v_capture_method is None):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsOxxo(Model):
    """PaymentIntentPaymentMethodOptionsOxxo"""

    expires_after_days: int
    setup_future_usage: Literal["none"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("expires_after_days", "expires_after_days", "int"),
        ("setup_future_usage", "setup_future_usage", "Literal['none'] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsOxxo:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_expires_after_days = take("expires_after_days", UNSET)
        if type(v_expires_after_days) is int:
            fill.expires_after_days = v_expires_after_days
        elif v_expires_after_days is not UNSET:
            d["expires_after_days"] = v_expires_after_days
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsPaypal(Model):
    """PaymentIntentPaymentMethodOptionsPaypal"""

    capture_method: Literal["manual"] | None
    preferred_locale: str | None
    reference: str | None
    setup_future_usage: Literal["none", "off_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("capture_method", "capture_method", "Literal['manual'] | None"),
        ("preferred_locale", "preferred_locale", "str | None"),
        ("reference", "reference", "str | None"),
        ("setup_future_usage", "setup_future_usage", "Literal['none', 'off_session'] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsPaypal:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_capture_method = take("capture_method", UNSET)
        if (type(v_capture_method) is str) or (v_capture_method is None):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        v_preferred_locale = take("preferred_locale", UNSET)
        if (type(v_preferred_locale) is str) or (v_preferred_locale is None):
            fill.preferred_locale = v_preferred_locale
        elif v_preferred_locale is not UNSET:
            d["preferred_locale"] = v_preferred_locale
        v_reference = take("reference", UNSET)
        if (type(v_reference) is str) or (v_reference is None):
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsPayto(Model):
    """PaymentIntentPaymentMethodOptionsPayto"""

    mandate_options: PaymentIntentPaymentMethodOptionsPaytoMandateOptions | None
    setup_future_usage: Literal["none", "off_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "mandate_options",
            "mandate_options",
            "PaymentIntentPaymentMethodOptionsPaytoMandateOptions | None",
        ),
        ("setup_future_usage", "setup_future_usage", "Literal['none', 'off_session'] | None"),
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
                if isinstance(
                    v_mandate_options, PaymentIntentPaymentMethodOptionsPaytoMandateOptions
                )
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsPayto:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                PaymentIntentPaymentMethodOptionsPaytoMandateOptions.from_dict(v_mandate_options)
                if type(v_mandate_options) is dict
                else v_mandate_options
            )
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsPaytoMandateOptions(Model):
    """PaymentIntentPaymentMethodOptionsPaytoMandateOptions"""

    amount: int | None
    amount_type: Literal["fixed", "maximum"] | None
    end_date: str | None
    payment_schedule: (
        Literal[
            "adhoc",
            "annual",
            "daily",
            "fortnightly",
            "monthly",
            "quarterly",
            "semi_annual",
            "weekly",
        ]
        | None
    )
    payments_per_period: int | None
    purpose: MandatePurpose | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int | None"),
        ("amount_type", "amount_type", "Literal['fixed', 'maximum'] | None"),
        ("end_date", "end_date", "str | None"),
        ("payment_schedule", "payment_schedule", "str (one of 8 values) | None"),
        ("payments_per_period", "payments_per_period", "int | None"),
        ("purpose", "purpose", "str (one of 11 values) | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentPaymentMethodOptionsPaytoMandateOptions:
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
        v_payments_per_period = take("payments_per_period", UNSET)
        if (type(v_payments_per_period) is int) or (v_payments_per_period is None):
            fill.payments_per_period = v_payments_per_period
        elif v_payments_per_period is not UNSET:
            d["payments_per_period"] = v_payments_per_period
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
class PaymentIntentPaymentMethodOptionsPix(Model):
    """PaymentIntentPaymentMethodOptionsPix"""

    amount_includes_iof: Literal["always", "never"] | None
    expires_after_seconds: int | None
    expires_at: int | None
    mandate_options: SetupIntentPaymentMethodOptionsPixMandateOptions | None
    setup_future_usage: Literal["none", "off_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_includes_iof", "amount_includes_iof", "Literal['always', 'never'] | None"),
        ("expires_after_seconds", "expires_after_seconds", "int | None"),
        ("expires_at", "expires_at", "int | None"),
        (
            "mandate_options",
            "mandate_options",
            "SetupIntentPaymentMethodOptionsPixMandateOptions | None",
        ),
        ("setup_future_usage", "setup_future_usage", "Literal['none', 'off_session'] | None"),
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
                if isinstance(v_mandate_options, SetupIntentPaymentMethodOptionsPixMandateOptions)
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsPix:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_amount_includes_iof = take("amount_includes_iof", UNSET)
        if (type(v_amount_includes_iof) is str) or (v_amount_includes_iof is None):
            fill.amount_includes_iof = v_amount_includes_iof
        elif v_amount_includes_iof is not UNSET:
            d["amount_includes_iof"] = v_amount_includes_iof
        v_expires_after_seconds = take("expires_after_seconds", UNSET)
        if (type(v_expires_after_seconds) is int) or (v_expires_after_seconds is None):
            fill.expires_after_seconds = v_expires_after_seconds
        elif v_expires_after_seconds is not UNSET:
            d["expires_after_seconds"] = v_expires_after_seconds
        v_expires_at = take("expires_at", UNSET)
        if (type(v_expires_at) is int) or (v_expires_at is None):
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                SetupIntentPaymentMethodOptionsPixMandateOptions.from_dict(v_mandate_options)
                if type(v_mandate_options) is dict
                else v_mandate_options
            )
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsSofort(Model):
    """PaymentIntentPaymentMethodOptionsSofort"""

    preferred_language: Literal["de", "en", "es", "fr", "it", "nl", "pl"] | None
    setup_future_usage: Literal["none", "off_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("preferred_language", "preferred_language", "str (one of 7 values) | None"),
        ("setup_future_usage", "setup_future_usage", "Literal['none', 'off_session'] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsSofort:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_preferred_language = take("preferred_language", UNSET)
        if (type(v_preferred_language) is str) or (v_preferred_language is None):
            fill.preferred_language = v_preferred_language
        elif v_preferred_language is not UNSET:
            d["preferred_language"] = v_preferred_language
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsSwish(Model):
    """PaymentIntentPaymentMethodOptionsSwish"""

    reference: str | None
    setup_future_usage: Literal["none"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("reference", "reference", "str | None"),
        ("setup_future_usage", "setup_future_usage", "Literal['none'] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsSwish:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_reference = take("reference", UNSET)
        if (type(v_reference) is str) or (v_reference is None):
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsUpi(Model):
    """PaymentIntentPaymentMethodOptionsUpi"""

    setup_future_usage: Literal["off_session", "on_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("setup_future_usage", "setup_future_usage", "Literal['off_session', 'on_session'] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsUpi:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsUsBankAccount(Model):
    """PaymentIntentPaymentMethodOptionsUsBankAccount"""

    financial_connections: IntentPaymentMethodOptionsUsBankAccountFinancialConnections | None
    mandate_options: SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions | None
    setup_future_usage: Literal["none", "off_session", "on_session"] | None
    target_date: str | None
    transaction_purpose: Literal["goods", "other", "services", "unspecified"] | None
    verification_method: Literal["automatic", "instant", "microdeposits"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "financial_connections",
            "financial_connections",
            "IntentPaymentMethodOptionsUsBankAccountFinancialConnections | None",
        ),
        (
            "mandate_options",
            "mandate_options",
            "SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions | None",
        ),
        (
            "setup_future_usage",
            "setup_future_usage",
            "Literal['none', 'off_session', 'on_session'] | None",
        ),
        ("target_date", "target_date", "str | None"),
        (
            "transaction_purpose",
            "transaction_purpose",
            "Literal['goods', 'other', 'services', 'unspecified'] | None",
        ),
        (
            "verification_method",
            "verification_method",
            "Literal['automatic', 'instant', 'microdeposits'] | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "financial_connections",
            "mandate_options",
        )
    )

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
                    IntentPaymentMethodOptionsUsBankAccountFinancialConnections,
                )
                else v_financial_connections
            )
        try:
            v_mandate_options = self.mandate_options
        except AttributeError:
            pass
        else:
            data["mandate_options"] = (
                v_mandate_options.to_dict()
                if isinstance(
                    v_mandate_options, SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions
                )
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentPaymentMethodOptionsUsBankAccount:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_financial_connections = take("financial_connections", UNSET)
        if (type(v_financial_connections) is dict) or (v_financial_connections is None):
            fill.financial_connections = (
                IntentPaymentMethodOptionsUsBankAccountFinancialConnections.from_dict(
                    v_financial_connections
                )
                if type(v_financial_connections) is dict
                else v_financial_connections
            )
        elif v_financial_connections is not UNSET:
            d["financial_connections"] = v_financial_connections
        v_mandate_options = take("mandate_options", UNSET)
        if (type(v_mandate_options) is dict) or (v_mandate_options is None):
            fill.mandate_options = (
                SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions.from_dict(
                    v_mandate_options
                )
                if type(v_mandate_options) is dict
                else v_mandate_options
            )
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        v_target_date = take("target_date", UNSET)
        if (type(v_target_date) is str) or (v_target_date is None):
            fill.target_date = v_target_date
        elif v_target_date is not UNSET:
            d["target_date"] = v_target_date
        v_transaction_purpose = take("transaction_purpose", UNSET)
        if (type(v_transaction_purpose) is str) or (v_transaction_purpose is None):
            fill.transaction_purpose = v_transaction_purpose
        elif v_transaction_purpose is not UNSET:
            d["transaction_purpose"] = v_transaction_purpose
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
class PaymentIntentPaymentMethodOptionsWechatPay(Model):
    """PaymentIntentPaymentMethodOptionsWechatPay"""

    app_id: str | None
    client: Literal["android", "ios", "web"] | None
    setup_future_usage: Literal["none"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("app_id", "app_id", "str | None"),
        ("client", "client", "Literal['android', 'ios', 'web'] | None"),
        ("setup_future_usage", "setup_future_usage", "Literal['none'] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsWechatPay:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_app_id = take("app_id", UNSET)
        if (type(v_app_id) is str) or (v_app_id is None):
            fill.app_id = v_app_id
        elif v_app_id is not UNSET:
            d["app_id"] = v_app_id
        v_client = take("client", UNSET)
        if (type(v_client) is str) or (v_client is None):
            fill.client = v_client
        elif v_client is not UNSET:
            d["client"] = v_client
        v_setup_future_usage = take("setup_future_usage", UNSET)
        if (type(v_setup_future_usage) is str) or (v_setup_future_usage is None):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPresentmentDetails(Model):
    """PaymentIntentPresentmentDetails"""

    presentment_amount: int
    presentment_currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("presentment_amount", "presentment_amount", "int"),
        ("presentment_currency", "presentment_currency", "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPresentmentDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_presentment_amount = take("presentment_amount", UNSET)
        if type(v_presentment_amount) is int:
            fill.presentment_amount = v_presentment_amount
        elif v_presentment_amount is not UNSET:
            d["presentment_amount"] = v_presentment_amount
        v_presentment_currency = take("presentment_currency", UNSET)
        if type(v_presentment_currency) is str:
            fill.presentment_currency = v_presentment_currency
        elif v_presentment_currency is not UNSET:
            d["presentment_currency"] = v_presentment_currency
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentProcessing(Model):
    """PaymentIntentProcessing"""

    card: PaymentIntentProcessingCard | None
    type_: Literal["card"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("card", "card", "PaymentIntentProcessingCard | None"),
        ("type_", "type", "Literal['card']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("card",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_card = self.card
        except AttributeError:
            pass
        else:
            data["card"] = (
                v_card.to_dict() if isinstance(v_card, PaymentIntentProcessingCard) else v_card
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentProcessing:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_card = take("card", UNSET)
        if (type(v_card) is dict) or (v_card is None):
            fill.card = (
                PaymentIntentProcessingCard.from_dict(v_card) if type(v_card) is dict else v_card
            )
        elif v_card is not UNSET:
            d["card"] = v_card
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
class PaymentIntentProcessingCard(Model):
    """PaymentIntentProcessingCard"""

    customer_notification: PaymentIntentProcessingCardCustomerNotification | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "customer_notification",
            "customer_notification",
            "PaymentIntentProcessingCardCustomerNotification | None",
        ),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("customer_notification",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_customer_notification = self.customer_notification
        except AttributeError:
            pass
        else:
            data["customer_notification"] = (
                v_customer_notification.to_dict()
                if isinstance(
                    v_customer_notification, PaymentIntentProcessingCardCustomerNotification
                )
                else v_customer_notification
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentProcessingCard:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_customer_notification = take("customer_notification", UNSET)
        if (type(v_customer_notification) is dict) or (v_customer_notification is None):
            fill.customer_notification = (
                PaymentIntentProcessingCardCustomerNotification.from_dict(v_customer_notification)
                if type(v_customer_notification) is dict
                else v_customer_notification
            )
        elif v_customer_notification is not UNSET:
            d["customer_notification"] = v_customer_notification
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentProcessingCardCustomerNotification(Model):
    """PaymentIntentProcessingCardCustomerNotification"""

    approval_requested: bool | None
    completes_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("approval_requested", "approval_requested", "bool | None"),
        ("completes_at", "completes_at", "int | None"),
    )

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentProcessingCardCustomerNotification:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_approval_requested = take("approval_requested", UNSET)
        if (type(v_approval_requested) is bool) or (v_approval_requested is None):
            fill.approval_requested = v_approval_requested
        elif v_approval_requested is not UNSET:
            d["approval_requested"] = v_approval_requested
        v_completes_at = take("completes_at", UNSET)
        if (type(v_completes_at) is int) or (v_completes_at is None):
            fill.completes_at = v_completes_at
        elif v_completes_at is not UNSET:
            d["completes_at"] = v_completes_at
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentTransferData(Model):
    """PaymentIntentTransferData"""

    amount: int | None
    description: str | None
    destination: str | dict[str, Any]
    metadata: dict[str, str] | None
    payment_data: PaymentIntentTransferDataPaymentData | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount", "amount", "int | None"),
        ("description", "description", "str | None"),
        ("destination", "destination", "str | dict[str, Any]"),
        ("metadata", "metadata", "dict[str, str] | None"),
        ("payment_data", "payment_data", "PaymentIntentTransferDataPaymentData | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("payment_data",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_payment_data = self.payment_data
        except AttributeError:
            pass
        else:
            data["payment_data"] = (
                v_payment_data.to_dict()
                if isinstance(v_payment_data, PaymentIntentTransferDataPaymentData)
                else v_payment_data
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentTransferData:
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
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_destination = take("destination", UNSET)
        if (type(v_destination) is str) or (type(v_destination) is dict):
            fill.destination = v_destination
        elif v_destination is not UNSET:
            d["destination"] = v_destination
        v_metadata = take("metadata", UNSET)
        if (
            type(v_metadata) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        v_payment_data = take("payment_data", UNSET)
        if (type(v_payment_data) is dict) or (v_payment_data is None):
            fill.payment_data = (
                PaymentIntentTransferDataPaymentData.from_dict(v_payment_data)
                if type(v_payment_data) is dict
                else v_payment_data
            )
        elif v_payment_data is not UNSET:
            d["payment_data"] = v_payment_data
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentTransferDataPaymentData(Model):
    """PaymentIntentTransferDataPaymentData"""

    description: str | None
    metadata: dict[str, str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("description", "description", "str | None"),
        ("metadata", "metadata", "dict[str, str] | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentTransferDataPaymentData:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_description = take("description", UNSET)
        if (type(v_description) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        v_metadata = take("metadata", UNSET)
        if (
            type(v_metadata) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# Imported last: the modules refer to each other in cycles, needed at call time only.
from .customer import Customer  # noqa: E402
from .errors import ApiErrors  # noqa: E402
from .payment_method import PaymentMethod  # noqa: E402
from .shared import (  # noqa: E402
    Address,
    IntentPaymentMethodOptionsUsBankAccountFinancialConnections,
    InvoicesPaymentMethodOptionsBillieCompanyDetails,
    MethodOptionsCustomerBalanceBankTransferEuBankTransfer,
    SetupIntentNextActionCashappHandleRedirectOrDisplayQrCode,
    SetupIntentNextActionRedirectToUrl,
    SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode,
    SetupIntentNextActionVerifyWithMicrodeposits,
    SetupIntentPaymentMethodConfigurationDetails,
    SetupIntentPaymentMethodOptionsBacsDebitMandateOptions,
    SetupIntentPaymentMethodOptionsBlikMandateOptions,
    SetupIntentPaymentMethodOptionsPixMandateOptions,
    SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions,
    Shipping,
    SubscriptionManagedPayments,
)

__all__ = [
    "ActionDisplayBankTransferInstructionsFinancialAddressesAba",
    "ActionDisplayBankTransferInstructionsFinancialAddressesIban",
    "ActionDisplayBankTransferInstructionsFinancialAddressesSpei",
    "ActionDisplayBankTransferInstructionsFinancialAddressesSwift",
    "DisplayBankTransferInstructionsFinancialAddressesSortCode",
    "DisplayBankTransferInstructionsFinancialAddressesZengin",
    "IntentNextActionSwishHandleRedirectOrDisplayQrCodeQrCode",
    "IntentPaymentMethodOptionsCardInstallmentsAvailablePlans",
    "NextActionDisplayBankTransferInstructionsFinancialAddresses",
    "PaymentIntent",
    "PaymentIntentAmountDetails",
    "PaymentIntentAmountDetailsError",
    "PaymentIntentAmountDetailsLineItem",
    "PaymentIntentAmountDetailsLineItemsType0",
    "PaymentIntentAmountDetailsShipping",
    "PaymentIntentAmountDetailsTax",
    "PaymentIntentAmountDetailsTip",
    "PaymentIntentAutomaticPaymentMethods",
    "PaymentIntentHooks",
    "PaymentIntentHooksInputs",
    "PaymentIntentHooksInputsTax",
    "PaymentIntentNextAction",
    "PaymentIntentNextActionAlipayHandleRedirect",
    "PaymentIntentNextActionBoletoDisplayDetails",
    "PaymentIntentNextActionCardAwaitNotification",
    "PaymentIntentNextActionDisplayBankTransferInstructions",
    "PaymentIntentNextActionKlarnaDisplayQrCode",
    "PaymentIntentNextActionKonbiniDisplayDetails",
    "PaymentIntentNextActionKonbiniDisplayDetailsStores",
    "PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart",
    "PaymentIntentNextActionMultibancoDisplayDetails",
    "PaymentIntentNextActionOxxoDisplayDetails",
    "PaymentIntentNextActionPaynowDisplayQrCode",
    "PaymentIntentNextActionPixDisplayQrCode",
    "PaymentIntentNextActionPromptpayDisplayQrCode",
    "PaymentIntentNextActionSwishHandleRedirectOrDisplayQrCode",
    "PaymentIntentNextActionWechatPayDisplayQrCode",
    "PaymentIntentNextActionWechatPayRedirectToAndroidApp",
    "PaymentIntentNextActionWechatPayRedirectToIosApp",
    "PaymentIntentPaymentDetails",
    "PaymentIntentPaymentMethodOptions",
    "PaymentIntentPaymentMethodOptionsAcssDebit",
    "PaymentIntentPaymentMethodOptionsAcssDebitMandateOptions",
    "PaymentIntentPaymentMethodOptionsAffirm",
    "PaymentIntentPaymentMethodOptionsAfterpayClearpay",
    "PaymentIntentPaymentMethodOptionsAlipay",
    "PaymentIntentPaymentMethodOptionsAlma",
    "PaymentIntentPaymentMethodOptionsAmazonPay",
    "PaymentIntentPaymentMethodOptionsAuBecsDebit",
    "PaymentIntentPaymentMethodOptionsBacsDebit",
    "PaymentIntentPaymentMethodOptionsBancontact",
    "PaymentIntentPaymentMethodOptionsBillie",
    "PaymentIntentPaymentMethodOptionsBlik",
    "PaymentIntentPaymentMethodOptionsBoleto",
    "PaymentIntentPaymentMethodOptionsCard",
    "PaymentIntentPaymentMethodOptionsCardInstallments",
    "PaymentIntentPaymentMethodOptionsCardMandateOptions",
    "PaymentIntentPaymentMethodOptionsCardPresent",
    "PaymentIntentPaymentMethodOptionsCardPresentRouting",
    "PaymentIntentPaymentMethodOptionsCashapp",
    "PaymentIntentPaymentMethodOptionsCrypto",
    "PaymentIntentPaymentMethodOptionsCustomerBalance",
    "PaymentIntentPaymentMethodOptionsCustomerBalanceBankTransfer",
    "PaymentIntentPaymentMethodOptionsKlarna",
    "PaymentIntentPaymentMethodOptionsKonbini",
    "PaymentIntentPaymentMethodOptionsLink",
    "PaymentIntentPaymentMethodOptionsMobilepay",
    "PaymentIntentPaymentMethodOptionsOxxo",
    "PaymentIntentPaymentMethodOptionsPaypal",
    "PaymentIntentPaymentMethodOptionsPayto",
    "PaymentIntentPaymentMethodOptionsPaytoMandateOptions",
    "PaymentIntentPaymentMethodOptionsPix",
    "PaymentIntentPaymentMethodOptionsSofort",
    "PaymentIntentPaymentMethodOptionsSwish",
    "PaymentIntentPaymentMethodOptionsUpi",
    "PaymentIntentPaymentMethodOptionsUsBankAccount",
    "PaymentIntentPaymentMethodOptionsWechatPay",
    "PaymentIntentPresentmentDetails",
    "PaymentIntentProcessing",
    "PaymentIntentProcessingCard",
    "PaymentIntentProcessingCardCustomerNotification",
    "PaymentIntentTransferData",
    "PaymentIntentTransferDataPaymentData",
]
