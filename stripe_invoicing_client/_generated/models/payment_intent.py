"""Response models: payment intent (generated; do not edit).

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
from ..enums import AllowedPaymentMethodType, CardNetwork, ExcludedPaymentMethodType, MandatePurpose

PaymentIntentStatus = Literal[
    "canceled",
    "processing",
    "requires_action",
    "requires_capture",
    "requires_confirmation",
    "requires_payment_method",
    "succeeded",
]


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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "account_holder_address": lambda v: Address.from_dict(v),
        "bank_address": lambda v: Address.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> ActionDisplayBankTransferInstructionsFinancialAddressesAba:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_account_holder_address := take("account_holder_address", UNSET)) is dict:
            later["account_holder_address"] = v_account_holder_address
        elif v_account_holder_address is not UNSET:
            d["account_holder_address"] = v_account_holder_address
        if type(v_account_holder_name := take("account_holder_name", UNSET)) is str:
            fill.account_holder_name = v_account_holder_name
        elif v_account_holder_name is not UNSET:
            d["account_holder_name"] = v_account_holder_name
        if type(v_account_number := take("account_number", UNSET)) is str:
            fill.account_number = v_account_number
        elif v_account_number is not UNSET:
            d["account_number"] = v_account_number
        if type(v_account_type := take("account_type", UNSET)) is str:
            fill.account_type = v_account_type
        elif v_account_type is not UNSET:
            d["account_type"] = v_account_type
        if type(v_bank_address := take("bank_address", UNSET)) is dict:
            later["bank_address"] = v_bank_address
        elif v_bank_address is not UNSET:
            d["bank_address"] = v_bank_address
        if type(v_bank_name := take("bank_name", UNSET)) is str:
            fill.bank_name = v_bank_name
        elif v_bank_name is not UNSET:
            d["bank_name"] = v_bank_name
        if type(v_routing_number := take("routing_number", UNSET)) is str:
            fill.routing_number = v_routing_number
        elif v_routing_number is not UNSET:
            d["routing_number"] = v_routing_number
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "account_holder_address": lambda v: Address.from_dict(v),
        "bank_address": lambda v: Address.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> ActionDisplayBankTransferInstructionsFinancialAddressesIban:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_account_holder_address := take("account_holder_address", UNSET)) is dict:
            later["account_holder_address"] = v_account_holder_address
        elif v_account_holder_address is not UNSET:
            d["account_holder_address"] = v_account_holder_address
        if type(v_account_holder_name := take("account_holder_name", UNSET)) is str:
            fill.account_holder_name = v_account_holder_name
        elif v_account_holder_name is not UNSET:
            d["account_holder_name"] = v_account_holder_name
        if type(v_bank_address := take("bank_address", UNSET)) is dict:
            later["bank_address"] = v_bank_address
        elif v_bank_address is not UNSET:
            d["bank_address"] = v_bank_address
        if type(v_bic := take("bic", UNSET)) is str:
            fill.bic = v_bic
        elif v_bic is not UNSET:
            d["bic"] = v_bic
        if type(v_country := take("country", UNSET)) is str:
            fill.country = v_country
        elif v_country is not UNSET:
            d["country"] = v_country
        if type(v_iban := take("iban", UNSET)) is str:
            fill.iban = v_iban
        elif v_iban is not UNSET:
            d["iban"] = v_iban
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "account_holder_address": lambda v: Address.from_dict(v),
        "bank_address": lambda v: Address.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> ActionDisplayBankTransferInstructionsFinancialAddressesSpei:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_account_holder_address := take("account_holder_address", UNSET)) is dict:
            later["account_holder_address"] = v_account_holder_address
        elif v_account_holder_address is not UNSET:
            d["account_holder_address"] = v_account_holder_address
        if type(v_account_holder_name := take("account_holder_name", UNSET)) is str:
            fill.account_holder_name = v_account_holder_name
        elif v_account_holder_name is not UNSET:
            d["account_holder_name"] = v_account_holder_name
        if type(v_bank_address := take("bank_address", UNSET)) is dict:
            later["bank_address"] = v_bank_address
        elif v_bank_address is not UNSET:
            d["bank_address"] = v_bank_address
        if type(v_bank_code := take("bank_code", UNSET)) is str:
            fill.bank_code = v_bank_code
        elif v_bank_code is not UNSET:
            d["bank_code"] = v_bank_code
        if type(v_bank_name := take("bank_name", UNSET)) is str:
            fill.bank_name = v_bank_name
        elif v_bank_name is not UNSET:
            d["bank_name"] = v_bank_name
        if type(v_clabe := take("clabe", UNSET)) is str:
            fill.clabe = v_clabe
        elif v_clabe is not UNSET:
            d["clabe"] = v_clabe
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "account_holder_address": lambda v: Address.from_dict(v),
        "bank_address": lambda v: Address.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> ActionDisplayBankTransferInstructionsFinancialAddressesSwift:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_account_holder_address := take("account_holder_address", UNSET)) is dict:
            later["account_holder_address"] = v_account_holder_address
        elif v_account_holder_address is not UNSET:
            d["account_holder_address"] = v_account_holder_address
        if type(v_account_holder_name := take("account_holder_name", UNSET)) is str:
            fill.account_holder_name = v_account_holder_name
        elif v_account_holder_name is not UNSET:
            d["account_holder_name"] = v_account_holder_name
        if type(v_account_number := take("account_number", UNSET)) is str:
            fill.account_number = v_account_number
        elif v_account_number is not UNSET:
            d["account_number"] = v_account_number
        if type(v_account_type := take("account_type", UNSET)) is str:
            fill.account_type = v_account_type
        elif v_account_type is not UNSET:
            d["account_type"] = v_account_type
        if type(v_bank_address := take("bank_address", UNSET)) is dict:
            later["bank_address"] = v_bank_address
        elif v_bank_address is not UNSET:
            d["bank_address"] = v_bank_address
        if type(v_bank_name := take("bank_name", UNSET)) is str:
            fill.bank_name = v_bank_name
        elif v_bank_name is not UNSET:
            d["bank_name"] = v_bank_name
        if type(v_swift_code := take("swift_code", UNSET)) is str:
            fill.swift_code = v_swift_code
        elif v_swift_code is not UNSET:
            d["swift_code"] = v_swift_code
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "account_holder_address": lambda v: Address.from_dict(v),
        "bank_address": lambda v: Address.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> DisplayBankTransferInstructionsFinancialAddressesSortCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_account_holder_address := take("account_holder_address", UNSET)) is dict:
            later["account_holder_address"] = v_account_holder_address
        elif v_account_holder_address is not UNSET:
            d["account_holder_address"] = v_account_holder_address
        if type(v_account_holder_name := take("account_holder_name", UNSET)) is str:
            fill.account_holder_name = v_account_holder_name
        elif v_account_holder_name is not UNSET:
            d["account_holder_name"] = v_account_holder_name
        if type(v_account_number := take("account_number", UNSET)) is str:
            fill.account_number = v_account_number
        elif v_account_number is not UNSET:
            d["account_number"] = v_account_number
        if type(v_bank_address := take("bank_address", UNSET)) is dict:
            later["bank_address"] = v_bank_address
        elif v_bank_address is not UNSET:
            d["bank_address"] = v_bank_address
        if type(v_sort_code := take("sort_code", UNSET)) is str:
            fill.sort_code = v_sort_code
        elif v_sort_code is not UNSET:
            d["sort_code"] = v_sort_code
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "account_holder_address": lambda v: Address.from_dict(v),
        "bank_address": lambda v: Address.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> DisplayBankTransferInstructionsFinancialAddressesZengin:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_account_holder_address := take("account_holder_address", UNSET)) is dict:
            later["account_holder_address"] = v_account_holder_address
        elif v_account_holder_address is not UNSET:
            d["account_holder_address"] = v_account_holder_address
        if (type(v_account_holder_name := take("account_holder_name", UNSET)) is str) or (
            v_account_holder_name is None
        ):
            fill.account_holder_name = v_account_holder_name
        elif v_account_holder_name is not UNSET:
            d["account_holder_name"] = v_account_holder_name
        if (type(v_account_number := take("account_number", UNSET)) is str) or (
            v_account_number is None
        ):
            fill.account_number = v_account_number
        elif v_account_number is not UNSET:
            d["account_number"] = v_account_number
        if (type(v_account_type := take("account_type", UNSET)) is str) or (v_account_type is None):
            fill.account_type = v_account_type
        elif v_account_type is not UNSET:
            d["account_type"] = v_account_type
        if type(v_bank_address := take("bank_address", UNSET)) is dict:
            later["bank_address"] = v_bank_address
        elif v_bank_address is not UNSET:
            d["bank_address"] = v_bank_address
        if (type(v_bank_code := take("bank_code", UNSET)) is str) or (v_bank_code is None):
            fill.bank_code = v_bank_code
        elif v_bank_code is not UNSET:
            d["bank_code"] = v_bank_code
        if (type(v_bank_name := take("bank_name", UNSET)) is str) or (v_bank_name is None):
            fill.bank_name = v_bank_name
        elif v_bank_name is not UNSET:
            d["bank_name"] = v_bank_name
        if (type(v_branch_code := take("branch_code", UNSET)) is str) or (v_branch_code is None):
            fill.branch_code = v_branch_code
        elif v_branch_code is not UNSET:
            d["branch_code"] = v_branch_code
        if (type(v_branch_name := take("branch_name", UNSET)) is str) or (v_branch_name is None):
            fill.branch_name = v_branch_name
        elif v_branch_name is not UNSET:
            d["branch_name"] = v_branch_name
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> IntentNextActionSwishHandleRedirectOrDisplayQrCodeQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_data := take("data", UNSET)) is str:
            fill.data = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
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
class IntentPaymentMethodOptionsCardInstallmentsAvailablePlans(Model):
    """IntentPaymentMethodOptionsCardInstallmentsAvailablePlans"""

    count: int | None
    interval: Literal["month"] | None
    type_: Literal["bonus", "fixed_count", "revolving"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> IntentPaymentMethodOptionsCardInstallmentsAvailablePlans:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_count := take("count", UNSET)) is int) or (v_count is None):
            fill.count = v_count
        elif v_count is not UNSET:
            d["count"] = v_count
        if (type(v_interval := take("interval", UNSET)) is str) or (v_interval is None):
            fill.interval = v_interval
        elif v_interval is not UNSET:
            d["interval"] = v_interval
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "aba": lambda v: ActionDisplayBankTransferInstructionsFinancialAddressesAba.from_dict(v),
        "iban": lambda v: ActionDisplayBankTransferInstructionsFinancialAddressesIban.from_dict(v),
        "sort_code": lambda v: DisplayBankTransferInstructionsFinancialAddressesSortCode.from_dict(
            v
        ),
        "spei": lambda v: ActionDisplayBankTransferInstructionsFinancialAddressesSpei.from_dict(v),
        "swift": lambda v: ActionDisplayBankTransferInstructionsFinancialAddressesSwift.from_dict(
            v
        ),
        "zengin": lambda v: DisplayBankTransferInstructionsFinancialAddressesZengin.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> NextActionDisplayBankTransferInstructionsFinancialAddresses:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_aba := take("aba", UNSET)) is dict:
            later["aba"] = v_aba
        elif v_aba is None:
            fill.aba = v_aba
        elif v_aba is not UNSET:
            d["aba"] = v_aba
        if type(v_iban := take("iban", UNSET)) is dict:
            later["iban"] = v_iban
        elif v_iban is None:
            fill.iban = v_iban
        elif v_iban is not UNSET:
            d["iban"] = v_iban
        if type(v_sort_code := take("sort_code", UNSET)) is dict:
            later["sort_code"] = v_sort_code
        elif v_sort_code is None:
            fill.sort_code = v_sort_code
        elif v_sort_code is not UNSET:
            d["sort_code"] = v_sort_code
        if type(v_spei := take("spei", UNSET)) is dict:
            later["spei"] = v_spei
        elif v_spei is None:
            fill.spei = v_spei
        elif v_spei is not UNSET:
            d["spei"] = v_spei
        if (
            type(v_supported_networks := take("supported_networks", UNSET)) is list
            and (
                not v_supported_networks
                or all(type(item0) is str for item0 in v_supported_networks)
            )
        ) or (v_supported_networks is None):
            fill.supported_networks = v_supported_networks
        elif v_supported_networks is not UNSET:
            d["supported_networks"] = v_supported_networks
        if type(v_swift := take("swift", UNSET)) is dict:
            later["swift"] = v_swift
        elif v_swift is None:
            fill.swift = v_swift
        elif v_swift is not UNSET:
            d["swift"] = v_swift
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if type(v_zengin := take("zengin", UNSET)) is dict:
            later["zengin"] = v_zengin
        elif v_zengin is None:
            fill.zengin = v_zengin
        elif v_zengin is not UNSET:
            d["zengin"] = v_zengin
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    status: PaymentIntentStatus
    """Where the PaymentIntent is in its lifecycle, from needing a payment method to succeeded or canceled."""
    transfer_data: PaymentIntentTransferData | None
    """Where the funds go when the payment succeeds, for Connect destination charges."""
    transfer_group: str | None
    """A string that groups this payment with related transfers."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "amount_details": lambda v: PaymentIntentAmountDetails.from_dict(v),
        "automatic_payment_methods": lambda v: PaymentIntentAutomaticPaymentMethods.from_dict(v),
        "customer": lambda v: Customer.from_dict(v),
        "hooks": lambda v: PaymentIntentHooks.from_dict(v),
        "last_payment_error": lambda v: ApiErrors.from_dict(v),
        "managed_payments": lambda v: SubscriptionManagedPayments.from_dict(v),
        "next_action": lambda v: PaymentIntentNextAction.from_dict(v),
        "payment_details": lambda v: PaymentIntentPaymentDetails.from_dict(v),
        "payment_method": lambda v: PaymentMethod.from_dict(v),
        "payment_method_configuration_details": lambda v: (
            SetupIntentPaymentMethodConfigurationDetails.from_dict(v)
        ),
        "payment_method_options": lambda v: PaymentIntentPaymentMethodOptions.from_dict(v),
        "presentment_details": lambda v: PaymentIntentPresentmentDetails.from_dict(v),
        "processing": lambda v: PaymentIntentProcessing.from_dict(v),
        "shipping": lambda v: Shipping.from_dict(v),
        "transfer_data": lambda v: PaymentIntentTransferData.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (
            type(v_allowed_payment_method_types := take("allowed_payment_method_types", UNSET))
            is list
            and (
                not v_allowed_payment_method_types
                or all(type(item0) is str for item0 in v_allowed_payment_method_types)
            )
        ) or (v_allowed_payment_method_types is None):
            fill.allowed_payment_method_types = v_allowed_payment_method_types
        elif v_allowed_payment_method_types is not UNSET:
            d["allowed_payment_method_types"] = v_allowed_payment_method_types
        if type(v_amount := take("amount", UNSET)) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if type(v_amount_capturable := take("amount_capturable", UNSET)) is int:
            fill.amount_capturable = v_amount_capturable
        elif v_amount_capturable is not UNSET:
            d["amount_capturable"] = v_amount_capturable
        if type(v_amount_details := take("amount_details", UNSET)) is dict:
            later["amount_details"] = v_amount_details
        elif v_amount_details is None:
            fill.amount_details = v_amount_details
        elif v_amount_details is not UNSET:
            d["amount_details"] = v_amount_details
        if type(v_amount_received := take("amount_received", UNSET)) is int:
            fill.amount_received = v_amount_received
        elif v_amount_received is not UNSET:
            d["amount_received"] = v_amount_received
        if (
            (type(v_application := take("application", UNSET)) is str)
            or (type(v_application) is dict)
            or (v_application is None)
        ):
            fill.application = v_application
        elif v_application is not UNSET:
            d["application"] = v_application
        if (type(v_application_fee_amount := take("application_fee_amount", UNSET)) is int) or (
            v_application_fee_amount is None
        ):
            fill.application_fee_amount = v_application_fee_amount
        elif v_application_fee_amount is not UNSET:
            d["application_fee_amount"] = v_application_fee_amount
        if type(v_automatic_payment_methods := take("automatic_payment_methods", UNSET)) is dict:
            later["automatic_payment_methods"] = v_automatic_payment_methods
        elif v_automatic_payment_methods is None:
            fill.automatic_payment_methods = v_automatic_payment_methods
        elif v_automatic_payment_methods is not UNSET:
            d["automatic_payment_methods"] = v_automatic_payment_methods
        if (type(v_canceled_at := take("canceled_at", UNSET)) is int) or (v_canceled_at is None):
            fill.canceled_at = v_canceled_at
        elif v_canceled_at is not UNSET:
            d["canceled_at"] = v_canceled_at
        if (type(v_cancellation_reason := take("cancellation_reason", UNSET)) is str) or (
            v_cancellation_reason is None
        ):
            fill.cancellation_reason = v_cancellation_reason
        elif v_cancellation_reason is not UNSET:
            d["cancellation_reason"] = v_cancellation_reason
        if type(v_capture_method := take("capture_method", UNSET)) is str:
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        if (type(v_client_secret := take("client_secret", UNSET)) is str) or (
            v_client_secret is None
        ):
            fill.client_secret = v_client_secret
        elif v_client_secret is not UNSET:
            d["client_secret"] = v_client_secret
        if type(v_confirmation_method := take("confirmation_method", UNSET)) is str:
            fill.confirmation_method = v_confirmation_method
        elif v_confirmation_method is not UNSET:
            d["confirmation_method"] = v_confirmation_method
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if type(v_currency := take("currency", UNSET)) is str:
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
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
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if (
            type(v_excluded_payment_method_types := take("excluded_payment_method_types", UNSET))
            is list
            and (
                not v_excluded_payment_method_types
                or all(type(item0) is str for item0 in v_excluded_payment_method_types)
            )
        ) or (v_excluded_payment_method_types is None):
            fill.excluded_payment_method_types = v_excluded_payment_method_types
        elif v_excluded_payment_method_types is not UNSET:
            d["excluded_payment_method_types"] = v_excluded_payment_method_types
        if type(v_hooks := take("hooks", UNSET)) is dict:
            later["hooks"] = v_hooks
        elif v_hooks is None:
            fill.hooks = v_hooks
        elif v_hooks is not UNSET:
            d["hooks"] = v_hooks
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_last_payment_error := take("last_payment_error", UNSET)) is dict:
            later["last_payment_error"] = v_last_payment_error
        elif v_last_payment_error is None:
            fill.last_payment_error = v_last_payment_error
        elif v_last_payment_error is not UNSET:
            d["last_payment_error"] = v_last_payment_error
        if (
            (type(v_latest_charge := take("latest_charge", UNSET)) is str)
            or (type(v_latest_charge) is dict)
            or (v_latest_charge is None)
        ):
            fill.latest_charge = v_latest_charge
        elif v_latest_charge is not UNSET:
            d["latest_charge"] = v_latest_charge
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if type(v_managed_payments := take("managed_payments", UNSET)) is dict:
            later["managed_payments"] = v_managed_payments
        elif v_managed_payments is None:
            fill.managed_payments = v_managed_payments
        elif v_managed_payments is not UNSET:
            d["managed_payments"] = v_managed_payments
        if type(v_metadata := take("metadata", UNSET)) is dict and (
            not v_metadata or all(type(item0) is str for item0 in v_metadata.values())
        ):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if type(v_next_action := take("next_action", UNSET)) is dict:
            later["next_action"] = v_next_action
        elif v_next_action is None:
            fill.next_action = v_next_action
        elif v_next_action is not UNSET:
            d["next_action"] = v_next_action
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if (
            (type(v_on_behalf_of := take("on_behalf_of", UNSET)) is str)
            or (type(v_on_behalf_of) is dict)
            or (v_on_behalf_of is None)
        ):
            fill.on_behalf_of = v_on_behalf_of
        elif v_on_behalf_of is not UNSET:
            d["on_behalf_of"] = v_on_behalf_of
        if type(v_payment_details := take("payment_details", UNSET)) is dict:
            later["payment_details"] = v_payment_details
        elif v_payment_details is None:
            fill.payment_details = v_payment_details
        elif v_payment_details is not UNSET:
            d["payment_details"] = v_payment_details
        if type(v_payment_method := take("payment_method", UNSET)) is dict:
            later["payment_method"] = v_payment_method
        elif (type(v_payment_method) is str) or (v_payment_method is None):
            fill.payment_method = v_payment_method
        elif v_payment_method is not UNSET:
            d["payment_method"] = v_payment_method
        if (
            type(
                v_payment_method_configuration_details := take(
                    "payment_method_configuration_details", UNSET
                )
            )
            is dict
        ):
            later["payment_method_configuration_details"] = v_payment_method_configuration_details
        elif v_payment_method_configuration_details is None:
            fill.payment_method_configuration_details = v_payment_method_configuration_details
        elif v_payment_method_configuration_details is not UNSET:
            d["payment_method_configuration_details"] = v_payment_method_configuration_details
        if type(v_payment_method_options := take("payment_method_options", UNSET)) is dict:
            later["payment_method_options"] = v_payment_method_options
        elif v_payment_method_options is None:
            fill.payment_method_options = v_payment_method_options
        elif v_payment_method_options is not UNSET:
            d["payment_method_options"] = v_payment_method_options
        if type(v_payment_method_types := take("payment_method_types", UNSET)) is list and (
            not v_payment_method_types
            or all(type(item0) is str for item0 in v_payment_method_types)
        ):
            fill.payment_method_types = v_payment_method_types
        elif v_payment_method_types is not UNSET:
            d["payment_method_types"] = v_payment_method_types
        if (
            (type(v_payment_record := take("payment_record", UNSET)) is str)
            or (type(v_payment_record) is dict)
            or (v_payment_record is None)
        ):
            fill.payment_record = v_payment_record
        elif v_payment_record is not UNSET:
            d["payment_record"] = v_payment_record
        if type(v_presentment_details := take("presentment_details", UNSET)) is dict:
            later["presentment_details"] = v_presentment_details
        elif v_presentment_details is None:
            fill.presentment_details = v_presentment_details
        elif v_presentment_details is not UNSET:
            d["presentment_details"] = v_presentment_details
        if type(v_processing := take("processing", UNSET)) is dict:
            later["processing"] = v_processing
        elif v_processing is None:
            fill.processing = v_processing
        elif v_processing is not UNSET:
            d["processing"] = v_processing
        if (type(v_receipt_email := take("receipt_email", UNSET)) is str) or (
            v_receipt_email is None
        ):
            fill.receipt_email = v_receipt_email
        elif v_receipt_email is not UNSET:
            d["receipt_email"] = v_receipt_email
        if (
            (type(v_review := take("review", UNSET)) is str)
            or (type(v_review) is dict)
            or (v_review is None)
        ):
            fill.review = v_review
        elif v_review is not UNSET:
            d["review"] = v_review
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if type(v_shipping := take("shipping", UNSET)) is dict:
            later["shipping"] = v_shipping
        elif v_shipping is None:
            fill.shipping = v_shipping
        elif v_shipping is not UNSET:
            d["shipping"] = v_shipping
        if (
            (type(v_source := take("source", UNSET)) is str)
            or (type(v_source) is dict)
            or (v_source is None)
        ):
            fill.source = v_source
        elif v_source is not UNSET:
            d["source"] = v_source
        if (type(v_statement_descriptor := take("statement_descriptor", UNSET)) is str) or (
            v_statement_descriptor is None
        ):
            fill.statement_descriptor = v_statement_descriptor
        elif v_statement_descriptor is not UNSET:
            d["statement_descriptor"] = v_statement_descriptor
        if (
            type(v_statement_descriptor_suffix := take("statement_descriptor_suffix", UNSET)) is str
        ) or (v_statement_descriptor_suffix is None):
            fill.statement_descriptor_suffix = v_statement_descriptor_suffix
        elif v_statement_descriptor_suffix is not UNSET:
            d["statement_descriptor_suffix"] = v_statement_descriptor_suffix
        if type(v_status := take("status", UNSET)) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        if type(v_transfer_data := take("transfer_data", UNSET)) is dict:
            later["transfer_data"] = v_transfer_data
        elif v_transfer_data is None:
            fill.transfer_data = v_transfer_data
        elif v_transfer_data is not UNSET:
            d["transfer_data"] = v_transfer_data
        if (type(v_transfer_group := take("transfer_group", UNSET)) is str) or (
            v_transfer_group is None
        ):
            fill.transfer_group = v_transfer_group
        elif v_transfer_group is not UNSET:
            d["transfer_group"] = v_transfer_group
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "error": lambda v: PaymentIntentAmountDetailsError.from_dict(v),
        "line_items": lambda v: PaymentIntentAmountDetailsLineItemsType0.from_dict(v),
        "shipping": lambda v: PaymentIntentAmountDetailsShipping.from_dict(v),
        "tax": lambda v: PaymentIntentAmountDetailsTax.from_dict(v),
        "tip": lambda v: PaymentIntentAmountDetailsTip.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentAmountDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_discount_amount := take("discount_amount", UNSET)) is int) or (
            v_discount_amount is None
        ):
            fill.discount_amount = v_discount_amount
        elif v_discount_amount is not UNSET:
            d["discount_amount"] = v_discount_amount
        if type(v_error := take("error", UNSET)) is dict:
            later["error"] = v_error
        elif v_error is None:
            fill.error = v_error
        elif v_error is not UNSET:
            d["error"] = v_error
        if type(v_line_items := take("line_items", UNSET)) is dict:
            later["line_items"] = v_line_items
        elif v_line_items is None:
            fill.line_items = v_line_items
        elif v_line_items is not UNSET:
            d["line_items"] = v_line_items
        if type(v_shipping := take("shipping", UNSET)) is dict:
            later["shipping"] = v_shipping
        elif v_shipping is None:
            fill.shipping = v_shipping
        elif v_shipping is not UNSET:
            d["shipping"] = v_shipping
        if type(v_tax := take("tax", UNSET)) is dict:
            later["tax"] = v_tax
        elif v_tax is None:
            fill.tax = v_tax
        elif v_tax is not UNSET:
            d["tax"] = v_tax
        if type(v_tip := take("tip", UNSET)) is dict:
            later["tip"] = v_tip
        elif v_tip is None:
            fill.tip = v_tip
        elif v_tip is not UNSET:
            d["tip"] = v_tip
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentAmountDetailsError:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_code := take("code", UNSET)) is str) or (v_code is None):
            fill.code = v_code
        elif v_code is not UNSET:
            d["code"] = v_code
        if (type(v_message := take("message", UNSET)) is str) or (v_message is None):
            fill.message = v_message
        elif v_message is not UNSET:
            d["message"] = v_message
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentAmountDetailsLineItem(Model):
    """A line item of a PaymentIntent's amount details; not modelled beyond its id and object type."""

    id: str | Unset = UNSET
    object_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentAmountDetailsLineItem:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_id := take("id", UNSET)) is str or v_id is UNSET:
            fill.id = v_id
        else:
            d["id"] = v_id
        if type(v_object_ := take("object", UNSET)) is str or v_object_ is UNSET:
            fill.object_ = v_object_
        else:
            d["object"] = v_object_
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "data": lambda v: [PaymentIntentAmountDetailsLineItem.from_dict(item0) for item0 in v],
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentAmountDetailsLineItemsType0:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_data := take("data", UNSET)) is list and (
            not v_data or all(type(item0) is dict for item0 in v_data)
        ):
            later["data"] = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_has_more := take("has_more", UNSET)) is bool:
            fill.has_more = v_has_more
        elif v_has_more is not UNSET:
            d["has_more"] = v_has_more
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_url := take("url", UNSET)) is str:
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
class PaymentIntentAmountDetailsShipping(Model):
    """PaymentIntentAmountDetailsShipping"""

    amount: int | None
    from_postal_code: str | None
    to_postal_code: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentAmountDetailsShipping:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_amount := take("amount", UNSET)) is int) or (v_amount is None):
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if (type(v_from_postal_code := take("from_postal_code", UNSET)) is str) or (
            v_from_postal_code is None
        ):
            fill.from_postal_code = v_from_postal_code
        elif v_from_postal_code is not UNSET:
            d["from_postal_code"] = v_from_postal_code
        if (type(v_to_postal_code := take("to_postal_code", UNSET)) is str) or (
            v_to_postal_code is None
        ):
            fill.to_postal_code = v_to_postal_code
        elif v_to_postal_code is not UNSET:
            d["to_postal_code"] = v_to_postal_code
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentAmountDetailsTax(Model):
    """PaymentIntentAmountDetailsTax"""

    total_tax_amount: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentAmountDetailsTax:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_total_tax_amount := take("total_tax_amount", UNSET)) is int) or (
            v_total_tax_amount is None
        ):
            fill.total_tax_amount = v_total_tax_amount
        elif v_total_tax_amount is not UNSET:
            d["total_tax_amount"] = v_total_tax_amount
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentAmountDetailsTip(Model):
    """PaymentIntentAmountDetailsTip"""

    amount: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentAmountDetailsTip:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_amount := take("amount", UNSET)) is int) or (v_amount is None):
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentAutomaticPaymentMethods(Model):
    """PaymentIntentAutomaticPaymentMethods"""

    allow_redirects: Literal["always", "never"] | None
    enabled: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentAutomaticPaymentMethods:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_allow_redirects := take("allow_redirects", UNSET)) is str) or (
            v_allow_redirects is None
        ):
            fill.allow_redirects = v_allow_redirects
        elif v_allow_redirects is not UNSET:
            d["allow_redirects"] = v_allow_redirects
        if type(v_enabled := take("enabled", UNSET)) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentHooks(Model):
    """PaymentIntentHooks"""

    inputs: PaymentIntentHooksInputs | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "inputs": lambda v: PaymentIntentHooksInputs.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentHooks:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_inputs := take("inputs", UNSET)) is dict:
            later["inputs"] = v_inputs
        elif v_inputs is None:
            fill.inputs = v_inputs
        elif v_inputs is not UNSET:
            d["inputs"] = v_inputs
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentHooksInputs(Model):
    """PaymentIntentHooksInputs"""

    tax: PaymentIntentHooksInputsTax | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "tax": lambda v: PaymentIntentHooksInputsTax.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentHooksInputs:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_tax := take("tax", UNSET)) is dict:
            later["tax"] = v_tax
        elif v_tax is None:
            fill.tax = v_tax
        elif v_tax is not UNSET:
            d["tax"] = v_tax
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentHooksInputsTax(Model):
    """PaymentIntentHooksInputsTax"""

    calculation: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentHooksInputsTax:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_calculation := take("calculation", UNSET)) is str:
            fill.calculation = v_calculation
        elif v_calculation is not UNSET:
            d["calculation"] = v_calculation
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "alipay_handle_redirect": lambda v: PaymentIntentNextActionAlipayHandleRedirect.from_dict(
            v
        ),
        "boleto_display_details": lambda v: PaymentIntentNextActionBoletoDisplayDetails.from_dict(
            v
        ),
        "card_await_notification": lambda v: PaymentIntentNextActionCardAwaitNotification.from_dict(
            v
        ),
        "cashapp_handle_redirect_or_display_qr_code": lambda v: (
            SetupIntentNextActionCashappHandleRedirectOrDisplayQrCode.from_dict(v)
        ),
        "display_bank_transfer_instructions": lambda v: (
            PaymentIntentNextActionDisplayBankTransferInstructions.from_dict(v)
        ),
        "klarna_display_qr_code": lambda v: PaymentIntentNextActionKlarnaDisplayQrCode.from_dict(v),
        "konbini_display_details": lambda v: PaymentIntentNextActionKonbiniDisplayDetails.from_dict(
            v
        ),
        "multibanco_display_details": lambda v: (
            PaymentIntentNextActionMultibancoDisplayDetails.from_dict(v)
        ),
        "oxxo_display_details": lambda v: PaymentIntentNextActionOxxoDisplayDetails.from_dict(v),
        "paynow_display_qr_code": lambda v: PaymentIntentNextActionPaynowDisplayQrCode.from_dict(v),
        "pix_display_qr_code": lambda v: PaymentIntentNextActionPixDisplayQrCode.from_dict(v),
        "promptpay_display_qr_code": lambda v: (
            PaymentIntentNextActionPromptpayDisplayQrCode.from_dict(v)
        ),
        "redirect_to_url": lambda v: SetupIntentNextActionRedirectToUrl.from_dict(v),
        "swish_handle_redirect_or_display_qr_code": lambda v: (
            PaymentIntentNextActionSwishHandleRedirectOrDisplayQrCode.from_dict(v)
        ),
        "upi_handle_redirect_or_display_qr_code": lambda v: (
            SetupIntentNextActionUpiHandleRedirectOrDisplayQrCode.from_dict(v)
        ),
        "verify_with_microdeposits": lambda v: (
            SetupIntentNextActionVerifyWithMicrodeposits.from_dict(v)
        ),
        "wechat_pay_display_qr_code": lambda v: (
            PaymentIntentNextActionWechatPayDisplayQrCode.from_dict(v)
        ),
        "wechat_pay_redirect_to_android_app": lambda v: (
            PaymentIntentNextActionWechatPayRedirectToAndroidApp.from_dict(v)
        ),
        "wechat_pay_redirect_to_ios_app": lambda v: (
            PaymentIntentNextActionWechatPayRedirectToIosApp.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentNextAction:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_alipay_handle_redirect := take("alipay_handle_redirect", UNSET)) is dict:
            later["alipay_handle_redirect"] = v_alipay_handle_redirect
        elif v_alipay_handle_redirect is None:
            fill.alipay_handle_redirect = v_alipay_handle_redirect
        elif v_alipay_handle_redirect is not UNSET:
            d["alipay_handle_redirect"] = v_alipay_handle_redirect
        if (type(v_blik_authorize := take("blik_authorize", UNSET)) is dict) or (
            v_blik_authorize is None
        ):
            fill.blik_authorize = v_blik_authorize
        elif v_blik_authorize is not UNSET:
            d["blik_authorize"] = v_blik_authorize
        if type(v_boleto_display_details := take("boleto_display_details", UNSET)) is dict:
            later["boleto_display_details"] = v_boleto_display_details
        elif v_boleto_display_details is None:
            fill.boleto_display_details = v_boleto_display_details
        elif v_boleto_display_details is not UNSET:
            d["boleto_display_details"] = v_boleto_display_details
        if type(v_card_await_notification := take("card_await_notification", UNSET)) is dict:
            later["card_await_notification"] = v_card_await_notification
        elif v_card_await_notification is None:
            fill.card_await_notification = v_card_await_notification
        elif v_card_await_notification is not UNSET:
            d["card_await_notification"] = v_card_await_notification
        if (
            type(
                v_cashapp_handle_redirect_or_display_qr_code := take(
                    "cashapp_handle_redirect_or_display_qr_code", UNSET
                )
            )
            is dict
        ):
            later["cashapp_handle_redirect_or_display_qr_code"] = (
                v_cashapp_handle_redirect_or_display_qr_code
            )
        elif v_cashapp_handle_redirect_or_display_qr_code is None:
            fill.cashapp_handle_redirect_or_display_qr_code = (
                v_cashapp_handle_redirect_or_display_qr_code
            )
        elif v_cashapp_handle_redirect_or_display_qr_code is not UNSET:
            d["cashapp_handle_redirect_or_display_qr_code"] = (
                v_cashapp_handle_redirect_or_display_qr_code
            )
        if (
            type(
                v_display_bank_transfer_instructions := take(
                    "display_bank_transfer_instructions", UNSET
                )
            )
            is dict
        ):
            later["display_bank_transfer_instructions"] = v_display_bank_transfer_instructions
        elif v_display_bank_transfer_instructions is None:
            fill.display_bank_transfer_instructions = v_display_bank_transfer_instructions
        elif v_display_bank_transfer_instructions is not UNSET:
            d["display_bank_transfer_instructions"] = v_display_bank_transfer_instructions
        if type(v_klarna_display_qr_code := take("klarna_display_qr_code", UNSET)) is dict:
            later["klarna_display_qr_code"] = v_klarna_display_qr_code
        elif v_klarna_display_qr_code is None:
            fill.klarna_display_qr_code = v_klarna_display_qr_code
        elif v_klarna_display_qr_code is not UNSET:
            d["klarna_display_qr_code"] = v_klarna_display_qr_code
        if type(v_konbini_display_details := take("konbini_display_details", UNSET)) is dict:
            later["konbini_display_details"] = v_konbini_display_details
        elif v_konbini_display_details is None:
            fill.konbini_display_details = v_konbini_display_details
        elif v_konbini_display_details is not UNSET:
            d["konbini_display_details"] = v_konbini_display_details
        if type(v_multibanco_display_details := take("multibanco_display_details", UNSET)) is dict:
            later["multibanco_display_details"] = v_multibanco_display_details
        elif v_multibanco_display_details is None:
            fill.multibanco_display_details = v_multibanco_display_details
        elif v_multibanco_display_details is not UNSET:
            d["multibanco_display_details"] = v_multibanco_display_details
        if type(v_oxxo_display_details := take("oxxo_display_details", UNSET)) is dict:
            later["oxxo_display_details"] = v_oxxo_display_details
        elif v_oxxo_display_details is None:
            fill.oxxo_display_details = v_oxxo_display_details
        elif v_oxxo_display_details is not UNSET:
            d["oxxo_display_details"] = v_oxxo_display_details
        if type(v_paynow_display_qr_code := take("paynow_display_qr_code", UNSET)) is dict:
            later["paynow_display_qr_code"] = v_paynow_display_qr_code
        elif v_paynow_display_qr_code is None:
            fill.paynow_display_qr_code = v_paynow_display_qr_code
        elif v_paynow_display_qr_code is not UNSET:
            d["paynow_display_qr_code"] = v_paynow_display_qr_code
        if type(v_pix_display_qr_code := take("pix_display_qr_code", UNSET)) is dict:
            later["pix_display_qr_code"] = v_pix_display_qr_code
        elif v_pix_display_qr_code is None:
            fill.pix_display_qr_code = v_pix_display_qr_code
        elif v_pix_display_qr_code is not UNSET:
            d["pix_display_qr_code"] = v_pix_display_qr_code
        if type(v_promptpay_display_qr_code := take("promptpay_display_qr_code", UNSET)) is dict:
            later["promptpay_display_qr_code"] = v_promptpay_display_qr_code
        elif v_promptpay_display_qr_code is None:
            fill.promptpay_display_qr_code = v_promptpay_display_qr_code
        elif v_promptpay_display_qr_code is not UNSET:
            d["promptpay_display_qr_code"] = v_promptpay_display_qr_code
        if type(v_redirect_to_url := take("redirect_to_url", UNSET)) is dict:
            later["redirect_to_url"] = v_redirect_to_url
        elif v_redirect_to_url is None:
            fill.redirect_to_url = v_redirect_to_url
        elif v_redirect_to_url is not UNSET:
            d["redirect_to_url"] = v_redirect_to_url
        if (
            type(
                v_swish_handle_redirect_or_display_qr_code := take(
                    "swish_handle_redirect_or_display_qr_code", UNSET
                )
            )
            is dict
        ):
            later["swish_handle_redirect_or_display_qr_code"] = (
                v_swish_handle_redirect_or_display_qr_code
            )
        elif v_swish_handle_redirect_or_display_qr_code is None:
            fill.swish_handle_redirect_or_display_qr_code = (
                v_swish_handle_redirect_or_display_qr_code
            )
        elif v_swish_handle_redirect_or_display_qr_code is not UNSET:
            d["swish_handle_redirect_or_display_qr_code"] = (
                v_swish_handle_redirect_or_display_qr_code
            )
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if (
            type(
                v_upi_handle_redirect_or_display_qr_code := take(
                    "upi_handle_redirect_or_display_qr_code", UNSET
                )
            )
            is dict
        ):
            later["upi_handle_redirect_or_display_qr_code"] = (
                v_upi_handle_redirect_or_display_qr_code
            )
        elif v_upi_handle_redirect_or_display_qr_code is None:
            fill.upi_handle_redirect_or_display_qr_code = v_upi_handle_redirect_or_display_qr_code
        elif v_upi_handle_redirect_or_display_qr_code is not UNSET:
            d["upi_handle_redirect_or_display_qr_code"] = v_upi_handle_redirect_or_display_qr_code
        if (type(v_use_stripe_sdk := take("use_stripe_sdk", UNSET)) is dict) or (
            v_use_stripe_sdk is None
        ):
            fill.use_stripe_sdk = v_use_stripe_sdk
        elif v_use_stripe_sdk is not UNSET:
            d["use_stripe_sdk"] = v_use_stripe_sdk
        if type(v_verify_with_microdeposits := take("verify_with_microdeposits", UNSET)) is dict:
            later["verify_with_microdeposits"] = v_verify_with_microdeposits
        elif v_verify_with_microdeposits is None:
            fill.verify_with_microdeposits = v_verify_with_microdeposits
        elif v_verify_with_microdeposits is not UNSET:
            d["verify_with_microdeposits"] = v_verify_with_microdeposits
        if type(v_wechat_pay_display_qr_code := take("wechat_pay_display_qr_code", UNSET)) is dict:
            later["wechat_pay_display_qr_code"] = v_wechat_pay_display_qr_code
        elif v_wechat_pay_display_qr_code is None:
            fill.wechat_pay_display_qr_code = v_wechat_pay_display_qr_code
        elif v_wechat_pay_display_qr_code is not UNSET:
            d["wechat_pay_display_qr_code"] = v_wechat_pay_display_qr_code
        if (
            type(
                v_wechat_pay_redirect_to_android_app := take(
                    "wechat_pay_redirect_to_android_app", UNSET
                )
            )
            is dict
        ):
            later["wechat_pay_redirect_to_android_app"] = v_wechat_pay_redirect_to_android_app
        elif v_wechat_pay_redirect_to_android_app is None:
            fill.wechat_pay_redirect_to_android_app = v_wechat_pay_redirect_to_android_app
        elif v_wechat_pay_redirect_to_android_app is not UNSET:
            d["wechat_pay_redirect_to_android_app"] = v_wechat_pay_redirect_to_android_app
        if (
            type(v_wechat_pay_redirect_to_ios_app := take("wechat_pay_redirect_to_ios_app", UNSET))
            is dict
        ):
            later["wechat_pay_redirect_to_ios_app"] = v_wechat_pay_redirect_to_ios_app
        elif v_wechat_pay_redirect_to_ios_app is None:
            fill.wechat_pay_redirect_to_ios_app = v_wechat_pay_redirect_to_ios_app
        elif v_wechat_pay_redirect_to_ios_app is not UNSET:
            d["wechat_pay_redirect_to_ios_app"] = v_wechat_pay_redirect_to_ios_app
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentNextActionAlipayHandleRedirect:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_native_data := take("native_data", UNSET)) is str) or (v_native_data is None):
            fill.native_data = v_native_data
        elif v_native_data is not UNSET:
            d["native_data"] = v_native_data
        if (type(v_native_url := take("native_url", UNSET)) is str) or (v_native_url is None):
            fill.native_url = v_native_url
        elif v_native_url is not UNSET:
            d["native_url"] = v_native_url
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
class PaymentIntentNextActionBoletoDisplayDetails(Model):
    """PaymentIntentNextActionBoletoDisplayDetails"""

    expires_at: int | None
    hosted_voucher_url: str | None
    number: str | None
    pdf: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentNextActionBoletoDisplayDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_expires_at := take("expires_at", UNSET)) is int) or (v_expires_at is None):
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        if (type(v_hosted_voucher_url := take("hosted_voucher_url", UNSET)) is str) or (
            v_hosted_voucher_url is None
        ):
            fill.hosted_voucher_url = v_hosted_voucher_url
        elif v_hosted_voucher_url is not UNSET:
            d["hosted_voucher_url"] = v_hosted_voucher_url
        if (type(v_number := take("number", UNSET)) is str) or (v_number is None):
            fill.number = v_number
        elif v_number is not UNSET:
            d["number"] = v_number
        if (type(v_pdf := take("pdf", UNSET)) is str) or (v_pdf is None):
            fill.pdf = v_pdf
        elif v_pdf is not UNSET:
            d["pdf"] = v_pdf
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentNextActionCardAwaitNotification(Model):
    """PaymentIntentNextActionCardAwaitNotification"""

    charge_attempt_at: int | None
    customer_approval_required: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentNextActionCardAwaitNotification:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_charge_attempt_at := take("charge_attempt_at", UNSET)) is int) or (
            v_charge_attempt_at is None
        ):
            fill.charge_attempt_at = v_charge_attempt_at
        elif v_charge_attempt_at is not UNSET:
            d["charge_attempt_at"] = v_charge_attempt_at
        if (
            type(v_customer_approval_required := take("customer_approval_required", UNSET)) is bool
        ) or (v_customer_approval_required is None):
            fill.customer_approval_required = v_customer_approval_required
        elif v_customer_approval_required is not UNSET:
            d["customer_approval_required"] = v_customer_approval_required
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "financial_addresses": lambda v: [
            NextActionDisplayBankTransferInstructionsFinancialAddresses.from_dict(item0)
            for item0 in v
        ],
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentNextActionDisplayBankTransferInstructions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_amount_remaining := take("amount_remaining", UNSET)) is int) or (
            v_amount_remaining is None
        ):
            fill.amount_remaining = v_amount_remaining
        elif v_amount_remaining is not UNSET:
            d["amount_remaining"] = v_amount_remaining
        if (type(v_currency := take("currency", UNSET)) is str) or (v_currency is None):
            fill.currency = v_currency
        elif v_currency is not UNSET:
            d["currency"] = v_currency
        if type(v_financial_addresses := take("financial_addresses", UNSET)) is list and (
            not v_financial_addresses or all(type(item0) is dict for item0 in v_financial_addresses)
        ):
            later["financial_addresses"] = v_financial_addresses
        elif v_financial_addresses is None:
            fill.financial_addresses = v_financial_addresses
        elif v_financial_addresses is not UNSET:
            d["financial_addresses"] = v_financial_addresses
        if (type(v_hosted_instructions_url := take("hosted_instructions_url", UNSET)) is str) or (
            v_hosted_instructions_url is None
        ):
            fill.hosted_instructions_url = v_hosted_instructions_url
        elif v_hosted_instructions_url is not UNSET:
            d["hosted_instructions_url"] = v_hosted_instructions_url
        if (type(v_reference := take("reference", UNSET)) is str) or (v_reference is None):
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
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
class PaymentIntentNextActionKlarnaDisplayQrCode(Model):
    """PaymentIntentNextActionKlarnaDisplayQrCode"""

    data: str
    expires_at: int | None
    image_url_png: str
    image_url_svg: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentNextActionKlarnaDisplayQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_data := take("data", UNSET)) is str:
            fill.data = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if (type(v_expires_at := take("expires_at", UNSET)) is int) or (v_expires_at is None):
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
class PaymentIntentNextActionKonbiniDisplayDetails(Model):
    """PaymentIntentNextActionKonbiniDisplayDetails"""

    expires_at: int
    hosted_voucher_url: str | None
    stores: PaymentIntentNextActionKonbiniDisplayDetailsStores
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "stores": lambda v: PaymentIntentNextActionKonbiniDisplayDetailsStores.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentNextActionKonbiniDisplayDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_expires_at := take("expires_at", UNSET)) is int:
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        if (type(v_hosted_voucher_url := take("hosted_voucher_url", UNSET)) is str) or (
            v_hosted_voucher_url is None
        ):
            fill.hosted_voucher_url = v_hosted_voucher_url
        elif v_hosted_voucher_url is not UNSET:
            d["hosted_voucher_url"] = v_hosted_voucher_url
        if type(v_stores := take("stores", UNSET)) is dict:
            later["stores"] = v_stores
        elif v_stores is not UNSET:
            d["stores"] = v_stores
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "familymart": lambda v: (
            PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart.from_dict(v)
        ),
        "lawson": lambda v: PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart.from_dict(
            v
        ),
        "ministop": lambda v: (
            PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart.from_dict(v)
        ),
        "seicomart": lambda v: (
            PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentNextActionKonbiniDisplayDetailsStores:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_familymart := take("familymart", UNSET)) is dict:
            later["familymart"] = v_familymart
        elif v_familymart is None:
            fill.familymart = v_familymart
        elif v_familymart is not UNSET:
            d["familymart"] = v_familymart
        if type(v_lawson := take("lawson", UNSET)) is dict:
            later["lawson"] = v_lawson
        elif v_lawson is None:
            fill.lawson = v_lawson
        elif v_lawson is not UNSET:
            d["lawson"] = v_lawson
        if type(v_ministop := take("ministop", UNSET)) is dict:
            later["ministop"] = v_ministop
        elif v_ministop is None:
            fill.ministop = v_ministop
        elif v_ministop is not UNSET:
            d["ministop"] = v_ministop
        if type(v_seicomart := take("seicomart", UNSET)) is dict:
            later["seicomart"] = v_seicomart
        elif v_seicomart is None:
            fill.seicomart = v_seicomart
        elif v_seicomart is not UNSET:
            d["seicomart"] = v_seicomart
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart(Model):
    """PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart"""

    confirmation_number: str | None
    payment_code: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentNextActionKonbiniDisplayDetailsStoresFamilymart:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_confirmation_number := take("confirmation_number", UNSET)) is str) or (
            v_confirmation_number is None
        ):
            fill.confirmation_number = v_confirmation_number
        elif v_confirmation_number is not UNSET:
            d["confirmation_number"] = v_confirmation_number
        if type(v_payment_code := take("payment_code", UNSET)) is str:
            fill.payment_code = v_payment_code
        elif v_payment_code is not UNSET:
            d["payment_code"] = v_payment_code
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentNextActionMultibancoDisplayDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_entity := take("entity", UNSET)) is str) or (v_entity is None):
            fill.entity = v_entity
        elif v_entity is not UNSET:
            d["entity"] = v_entity
        if (type(v_expires_at := take("expires_at", UNSET)) is int) or (v_expires_at is None):
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        if (type(v_hosted_voucher_url := take("hosted_voucher_url", UNSET)) is str) or (
            v_hosted_voucher_url is None
        ):
            fill.hosted_voucher_url = v_hosted_voucher_url
        elif v_hosted_voucher_url is not UNSET:
            d["hosted_voucher_url"] = v_hosted_voucher_url
        if (type(v_reference := take("reference", UNSET)) is str) or (v_reference is None):
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentNextActionOxxoDisplayDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_expires_after := take("expires_after", UNSET)) is int) or (
            v_expires_after is None
        ):
            fill.expires_after = v_expires_after
        elif v_expires_after is not UNSET:
            d["expires_after"] = v_expires_after
        if (type(v_hosted_voucher_url := take("hosted_voucher_url", UNSET)) is str) or (
            v_hosted_voucher_url is None
        ):
            fill.hosted_voucher_url = v_hosted_voucher_url
        elif v_hosted_voucher_url is not UNSET:
            d["hosted_voucher_url"] = v_hosted_voucher_url
        if (type(v_number := take("number", UNSET)) is str) or (v_number is None):
            fill.number = v_number
        elif v_number is not UNSET:
            d["number"] = v_number
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentNextActionPaynowDisplayQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_data := take("data", UNSET)) is str:
            fill.data = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if (type(v_hosted_instructions_url := take("hosted_instructions_url", UNSET)) is str) or (
            v_hosted_instructions_url is None
        ):
            fill.hosted_instructions_url = v_hosted_instructions_url
        elif v_hosted_instructions_url is not UNSET:
            d["hosted_instructions_url"] = v_hosted_instructions_url
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
class PaymentIntentNextActionPixDisplayQrCode(Model):
    """PaymentIntentNextActionPixDisplayQrCode"""

    data: str | None
    expires_at: int | None
    hosted_instructions_url: str | None
    image_url_png: str | None
    image_url_svg: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentNextActionPixDisplayQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_data := take("data", UNSET)) is str) or (v_data is None):
            fill.data = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if (type(v_expires_at := take("expires_at", UNSET)) is int) or (v_expires_at is None):
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        if (type(v_hosted_instructions_url := take("hosted_instructions_url", UNSET)) is str) or (
            v_hosted_instructions_url is None
        ):
            fill.hosted_instructions_url = v_hosted_instructions_url
        elif v_hosted_instructions_url is not UNSET:
            d["hosted_instructions_url"] = v_hosted_instructions_url
        if (type(v_image_url_png := take("image_url_png", UNSET)) is str) or (
            v_image_url_png is None
        ):
            fill.image_url_png = v_image_url_png
        elif v_image_url_png is not UNSET:
            d["image_url_png"] = v_image_url_png
        if (type(v_image_url_svg := take("image_url_svg", UNSET)) is str) or (
            v_image_url_svg is None
        ):
            fill.image_url_svg = v_image_url_svg
        elif v_image_url_svg is not UNSET:
            d["image_url_svg"] = v_image_url_svg
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentNextActionPromptpayDisplayQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_data := take("data", UNSET)) is str:
            fill.data = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_hosted_instructions_url := take("hosted_instructions_url", UNSET)) is str:
            fill.hosted_instructions_url = v_hosted_instructions_url
        elif v_hosted_instructions_url is not UNSET:
            d["hosted_instructions_url"] = v_hosted_instructions_url
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
class PaymentIntentNextActionSwishHandleRedirectOrDisplayQrCode(Model):
    """PaymentIntentNextActionSwishHandleRedirectOrDisplayQrCode"""

    hosted_instructions_url: str
    mobile_auth_url: str
    qr_code: IntentNextActionSwishHandleRedirectOrDisplayQrCodeQrCode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "qr_code": lambda v: IntentNextActionSwishHandleRedirectOrDisplayQrCodeQrCode.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentNextActionSwishHandleRedirectOrDisplayQrCode:
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
class PaymentIntentNextActionWechatPayDisplayQrCode(Model):
    """PaymentIntentNextActionWechatPayDisplayQrCode"""

    data: str
    hosted_instructions_url: str
    image_data_url: str
    image_url_png: str
    image_url_svg: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentNextActionWechatPayDisplayQrCode:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_data := take("data", UNSET)) is str:
            fill.data = v_data
        elif v_data is not UNSET:
            d["data"] = v_data
        if type(v_hosted_instructions_url := take("hosted_instructions_url", UNSET)) is str:
            fill.hosted_instructions_url = v_hosted_instructions_url
        elif v_hosted_instructions_url is not UNSET:
            d["hosted_instructions_url"] = v_hosted_instructions_url
        if type(v_image_data_url := take("image_data_url", UNSET)) is str:
            fill.image_data_url = v_image_data_url
        elif v_image_data_url is not UNSET:
            d["image_data_url"] = v_image_data_url
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

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentNextActionWechatPayRedirectToAndroidApp:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_app_id := take("app_id", UNSET)) is str:
            fill.app_id = v_app_id
        elif v_app_id is not UNSET:
            d["app_id"] = v_app_id
        if type(v_nonce_str := take("nonce_str", UNSET)) is str:
            fill.nonce_str = v_nonce_str
        elif v_nonce_str is not UNSET:
            d["nonce_str"] = v_nonce_str
        if type(v_package := take("package", UNSET)) is str:
            fill.package = v_package
        elif v_package is not UNSET:
            d["package"] = v_package
        if type(v_partner_id := take("partner_id", UNSET)) is str:
            fill.partner_id = v_partner_id
        elif v_partner_id is not UNSET:
            d["partner_id"] = v_partner_id
        if type(v_prepay_id := take("prepay_id", UNSET)) is str:
            fill.prepay_id = v_prepay_id
        elif v_prepay_id is not UNSET:
            d["prepay_id"] = v_prepay_id
        if type(v_sign := take("sign", UNSET)) is str:
            fill.sign = v_sign
        elif v_sign is not UNSET:
            d["sign"] = v_sign
        if type(v_timestamp := take("timestamp", UNSET)) is str:
            fill.timestamp = v_timestamp
        elif v_timestamp is not UNSET:
            d["timestamp"] = v_timestamp
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentNextActionWechatPayRedirectToIosApp(Model):
    """PaymentIntentNextActionWechatPayRedirectToIosApp"""

    native_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentNextActionWechatPayRedirectToIosApp:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_native_url := take("native_url", UNSET)) is str:
            fill.native_url = v_native_url
        elif v_native_url is not UNSET:
            d["native_url"] = v_native_url
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentDetails(Model):
    """PaymentIntentPaymentDetails"""

    customer_reference: str | None
    order_reference: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_customer_reference := take("customer_reference", UNSET)) is str) or (
            v_customer_reference is None
        ):
            fill.customer_reference = v_customer_reference
        elif v_customer_reference is not UNSET:
            d["customer_reference"] = v_customer_reference
        if (type(v_order_reference := take("order_reference", UNSET)) is str) or (
            v_order_reference is None
        ):
            fill.order_reference = v_order_reference
        elif v_order_reference is not UNSET:
            d["order_reference"] = v_order_reference
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _KEYS: ClassVar[dict[str, str]] = {
        "zip_": "zip",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "acss_debit": lambda v: PaymentIntentPaymentMethodOptionsAcssDebit.from_dict(v),
        "affirm": lambda v: PaymentIntentPaymentMethodOptionsAffirm.from_dict(v),
        "afterpay_clearpay": lambda v: PaymentIntentPaymentMethodOptionsAfterpayClearpay.from_dict(
            v
        ),
        "alipay": lambda v: PaymentIntentPaymentMethodOptionsAlipay.from_dict(v),
        "alma": lambda v: PaymentIntentPaymentMethodOptionsAlma.from_dict(v),
        "amazon_pay": lambda v: PaymentIntentPaymentMethodOptionsAmazonPay.from_dict(v),
        "au_becs_debit": lambda v: PaymentIntentPaymentMethodOptionsAuBecsDebit.from_dict(v),
        "bacs_debit": lambda v: PaymentIntentPaymentMethodOptionsBacsDebit.from_dict(v),
        "bancontact": lambda v: PaymentIntentPaymentMethodOptionsBancontact.from_dict(v),
        "billie": lambda v: PaymentIntentPaymentMethodOptionsBillie.from_dict(v),
        "blik": lambda v: PaymentIntentPaymentMethodOptionsBlik.from_dict(v),
        "boleto": lambda v: PaymentIntentPaymentMethodOptionsBoleto.from_dict(v),
        "card": lambda v: PaymentIntentPaymentMethodOptionsCard.from_dict(v),
        "card_present": lambda v: PaymentIntentPaymentMethodOptionsCardPresent.from_dict(v),
        "cashapp": lambda v: PaymentIntentPaymentMethodOptionsCashapp.from_dict(v),
        "crypto": lambda v: PaymentIntentPaymentMethodOptionsCrypto.from_dict(v),
        "customer_balance": lambda v: PaymentIntentPaymentMethodOptionsCustomerBalance.from_dict(v),
        "eps": lambda v: PaymentIntentPaymentMethodOptionsCrypto.from_dict(v),
        "fpx": lambda v: PaymentIntentPaymentMethodOptionsCrypto.from_dict(v),
        "giropay": lambda v: PaymentIntentPaymentMethodOptionsCrypto.from_dict(v),
        "grabpay": lambda v: PaymentIntentPaymentMethodOptionsCrypto.from_dict(v),
        "ideal": lambda v: PaymentIntentPaymentMethodOptionsAlipay.from_dict(v),
        "kakao_pay": lambda v: PaymentIntentPaymentMethodOptionsAmazonPay.from_dict(v),
        "klarna": lambda v: PaymentIntentPaymentMethodOptionsKlarna.from_dict(v),
        "konbini": lambda v: PaymentIntentPaymentMethodOptionsKonbini.from_dict(v),
        "kr_card": lambda v: PaymentIntentPaymentMethodOptionsAmazonPay.from_dict(v),
        "link": lambda v: PaymentIntentPaymentMethodOptionsLink.from_dict(v),
        "mb_way": lambda v: PaymentIntentPaymentMethodOptionsCrypto.from_dict(v),
        "mobilepay": lambda v: PaymentIntentPaymentMethodOptionsMobilepay.from_dict(v),
        "multibanco": lambda v: PaymentIntentPaymentMethodOptionsCrypto.from_dict(v),
        "naver_pay": lambda v: PaymentIntentPaymentMethodOptionsAmazonPay.from_dict(v),
        "nz_bank_account": lambda v: PaymentIntentPaymentMethodOptionsAuBecsDebit.from_dict(v),
        "oxxo": lambda v: PaymentIntentPaymentMethodOptionsOxxo.from_dict(v),
        "p24": lambda v: PaymentIntentPaymentMethodOptionsCrypto.from_dict(v),
        "payco": lambda v: PaymentIntentPaymentMethodOptionsMobilepay.from_dict(v),
        "paynow": lambda v: PaymentIntentPaymentMethodOptionsCrypto.from_dict(v),
        "paypal": lambda v: PaymentIntentPaymentMethodOptionsPaypal.from_dict(v),
        "payto": lambda v: PaymentIntentPaymentMethodOptionsPayto.from_dict(v),
        "pix": lambda v: PaymentIntentPaymentMethodOptionsPix.from_dict(v),
        "promptpay": lambda v: PaymentIntentPaymentMethodOptionsCrypto.from_dict(v),
        "revolut_pay": lambda v: PaymentIntentPaymentMethodOptionsAmazonPay.from_dict(v),
        "samsung_pay": lambda v: PaymentIntentPaymentMethodOptionsMobilepay.from_dict(v),
        "satispay": lambda v: PaymentIntentPaymentMethodOptionsCashapp.from_dict(v),
        "scalapay": lambda v: PaymentIntentPaymentMethodOptionsAlma.from_dict(v),
        "sepa_debit": lambda v: PaymentIntentPaymentMethodOptionsBacsDebit.from_dict(v),
        "sequra": lambda v: PaymentIntentPaymentMethodOptionsMobilepay.from_dict(v),
        "sofort": lambda v: PaymentIntentPaymentMethodOptionsSofort.from_dict(v),
        "sunbit": lambda v: PaymentIntentPaymentMethodOptionsMobilepay.from_dict(v),
        "swish": lambda v: PaymentIntentPaymentMethodOptionsSwish.from_dict(v),
        "twint": lambda v: PaymentIntentPaymentMethodOptionsAlipay.from_dict(v),
        "upi": lambda v: PaymentIntentPaymentMethodOptionsUpi.from_dict(v),
        "us_bank_account": lambda v: PaymentIntentPaymentMethodOptionsUsBankAccount.from_dict(v),
        "wechat_pay": lambda v: PaymentIntentPaymentMethodOptionsWechatPay.from_dict(v),
        "zip_": lambda v: PaymentIntentPaymentMethodOptionsCrypto.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_acss_debit := take("acss_debit", UNSET)) is dict:
            later["acss_debit"] = v_acss_debit
        elif v_acss_debit is None:
            fill.acss_debit = v_acss_debit
        elif v_acss_debit is not UNSET:
            d["acss_debit"] = v_acss_debit
        if type(v_affirm := take("affirm", UNSET)) is dict:
            later["affirm"] = v_affirm
        elif v_affirm is None:
            fill.affirm = v_affirm
        elif v_affirm is not UNSET:
            d["affirm"] = v_affirm
        if type(v_afterpay_clearpay := take("afterpay_clearpay", UNSET)) is dict:
            later["afterpay_clearpay"] = v_afterpay_clearpay
        elif v_afterpay_clearpay is None:
            fill.afterpay_clearpay = v_afterpay_clearpay
        elif v_afterpay_clearpay is not UNSET:
            d["afterpay_clearpay"] = v_afterpay_clearpay
        if type(v_alipay := take("alipay", UNSET)) is dict:
            later["alipay"] = v_alipay
        elif v_alipay is None:
            fill.alipay = v_alipay
        elif v_alipay is not UNSET:
            d["alipay"] = v_alipay
        if type(v_alma := take("alma", UNSET)) is dict:
            later["alma"] = v_alma
        elif v_alma is None:
            fill.alma = v_alma
        elif v_alma is not UNSET:
            d["alma"] = v_alma
        if type(v_amazon_pay := take("amazon_pay", UNSET)) is dict:
            later["amazon_pay"] = v_amazon_pay
        elif v_amazon_pay is None:
            fill.amazon_pay = v_amazon_pay
        elif v_amazon_pay is not UNSET:
            d["amazon_pay"] = v_amazon_pay
        if type(v_au_becs_debit := take("au_becs_debit", UNSET)) is dict:
            later["au_becs_debit"] = v_au_becs_debit
        elif v_au_becs_debit is None:
            fill.au_becs_debit = v_au_becs_debit
        elif v_au_becs_debit is not UNSET:
            d["au_becs_debit"] = v_au_becs_debit
        if type(v_bacs_debit := take("bacs_debit", UNSET)) is dict:
            later["bacs_debit"] = v_bacs_debit
        elif v_bacs_debit is None:
            fill.bacs_debit = v_bacs_debit
        elif v_bacs_debit is not UNSET:
            d["bacs_debit"] = v_bacs_debit
        if type(v_bancontact := take("bancontact", UNSET)) is dict:
            later["bancontact"] = v_bancontact
        elif v_bancontact is None:
            fill.bancontact = v_bancontact
        elif v_bancontact is not UNSET:
            d["bancontact"] = v_bancontact
        if type(v_billie := take("billie", UNSET)) is dict:
            later["billie"] = v_billie
        elif v_billie is None:
            fill.billie = v_billie
        elif v_billie is not UNSET:
            d["billie"] = v_billie
        if (type(v_bizum := take("bizum", UNSET)) is dict) or (v_bizum is None):
            fill.bizum = v_bizum
        elif v_bizum is not UNSET:
            d["bizum"] = v_bizum
        if type(v_blik := take("blik", UNSET)) is dict:
            later["blik"] = v_blik
        elif v_blik is None:
            fill.blik = v_blik
        elif v_blik is not UNSET:
            d["blik"] = v_blik
        if type(v_boleto := take("boleto", UNSET)) is dict:
            later["boleto"] = v_boleto
        elif v_boleto is None:
            fill.boleto = v_boleto
        elif v_boleto is not UNSET:
            d["boleto"] = v_boleto
        if type(v_card := take("card", UNSET)) is dict:
            later["card"] = v_card
        elif v_card is None:
            fill.card = v_card
        elif v_card is not UNSET:
            d["card"] = v_card
        if type(v_card_present := take("card_present", UNSET)) is dict:
            later["card_present"] = v_card_present
        elif v_card_present is None:
            fill.card_present = v_card_present
        elif v_card_present is not UNSET:
            d["card_present"] = v_card_present
        if type(v_cashapp := take("cashapp", UNSET)) is dict:
            later["cashapp"] = v_cashapp
        elif v_cashapp is None:
            fill.cashapp = v_cashapp
        elif v_cashapp is not UNSET:
            d["cashapp"] = v_cashapp
        if type(v_crypto := take("crypto", UNSET)) is dict:
            later["crypto"] = v_crypto
        elif v_crypto is None:
            fill.crypto = v_crypto
        elif v_crypto is not UNSET:
            d["crypto"] = v_crypto
        if type(v_customer_balance := take("customer_balance", UNSET)) is dict:
            later["customer_balance"] = v_customer_balance
        elif v_customer_balance is None:
            fill.customer_balance = v_customer_balance
        elif v_customer_balance is not UNSET:
            d["customer_balance"] = v_customer_balance
        if type(v_eps := take("eps", UNSET)) is dict:
            later["eps"] = v_eps
        elif v_eps is None:
            fill.eps = v_eps
        elif v_eps is not UNSET:
            d["eps"] = v_eps
        if type(v_fpx := take("fpx", UNSET)) is dict:
            later["fpx"] = v_fpx
        elif v_fpx is None:
            fill.fpx = v_fpx
        elif v_fpx is not UNSET:
            d["fpx"] = v_fpx
        if type(v_giropay := take("giropay", UNSET)) is dict:
            later["giropay"] = v_giropay
        elif v_giropay is None:
            fill.giropay = v_giropay
        elif v_giropay is not UNSET:
            d["giropay"] = v_giropay
        if type(v_grabpay := take("grabpay", UNSET)) is dict:
            later["grabpay"] = v_grabpay
        elif v_grabpay is None:
            fill.grabpay = v_grabpay
        elif v_grabpay is not UNSET:
            d["grabpay"] = v_grabpay
        if type(v_ideal := take("ideal", UNSET)) is dict:
            later["ideal"] = v_ideal
        elif v_ideal is None:
            fill.ideal = v_ideal
        elif v_ideal is not UNSET:
            d["ideal"] = v_ideal
        if (type(v_interac_present := take("interac_present", UNSET)) is dict) or (
            v_interac_present is None
        ):
            fill.interac_present = v_interac_present
        elif v_interac_present is not UNSET:
            d["interac_present"] = v_interac_present
        if type(v_kakao_pay := take("kakao_pay", UNSET)) is dict:
            later["kakao_pay"] = v_kakao_pay
        elif v_kakao_pay is None:
            fill.kakao_pay = v_kakao_pay
        elif v_kakao_pay is not UNSET:
            d["kakao_pay"] = v_kakao_pay
        if type(v_klarna := take("klarna", UNSET)) is dict:
            later["klarna"] = v_klarna
        elif v_klarna is None:
            fill.klarna = v_klarna
        elif v_klarna is not UNSET:
            d["klarna"] = v_klarna
        if type(v_konbini := take("konbini", UNSET)) is dict:
            later["konbini"] = v_konbini
        elif v_konbini is None:
            fill.konbini = v_konbini
        elif v_konbini is not UNSET:
            d["konbini"] = v_konbini
        if type(v_kr_card := take("kr_card", UNSET)) is dict:
            later["kr_card"] = v_kr_card
        elif v_kr_card is None:
            fill.kr_card = v_kr_card
        elif v_kr_card is not UNSET:
            d["kr_card"] = v_kr_card
        if type(v_link := take("link", UNSET)) is dict:
            later["link"] = v_link
        elif v_link is None:
            fill.link = v_link
        elif v_link is not UNSET:
            d["link"] = v_link
        if type(v_mb_way := take("mb_way", UNSET)) is dict:
            later["mb_way"] = v_mb_way
        elif v_mb_way is None:
            fill.mb_way = v_mb_way
        elif v_mb_way is not UNSET:
            d["mb_way"] = v_mb_way
        if type(v_mobilepay := take("mobilepay", UNSET)) is dict:
            later["mobilepay"] = v_mobilepay
        elif v_mobilepay is None:
            fill.mobilepay = v_mobilepay
        elif v_mobilepay is not UNSET:
            d["mobilepay"] = v_mobilepay
        if type(v_multibanco := take("multibanco", UNSET)) is dict:
            later["multibanco"] = v_multibanco
        elif v_multibanco is None:
            fill.multibanco = v_multibanco
        elif v_multibanco is not UNSET:
            d["multibanco"] = v_multibanco
        if type(v_naver_pay := take("naver_pay", UNSET)) is dict:
            later["naver_pay"] = v_naver_pay
        elif v_naver_pay is None:
            fill.naver_pay = v_naver_pay
        elif v_naver_pay is not UNSET:
            d["naver_pay"] = v_naver_pay
        if type(v_nz_bank_account := take("nz_bank_account", UNSET)) is dict:
            later["nz_bank_account"] = v_nz_bank_account
        elif v_nz_bank_account is None:
            fill.nz_bank_account = v_nz_bank_account
        elif v_nz_bank_account is not UNSET:
            d["nz_bank_account"] = v_nz_bank_account
        if type(v_oxxo := take("oxxo", UNSET)) is dict:
            later["oxxo"] = v_oxxo
        elif v_oxxo is None:
            fill.oxxo = v_oxxo
        elif v_oxxo is not UNSET:
            d["oxxo"] = v_oxxo
        if type(v_p24 := take("p24", UNSET)) is dict:
            later["p24"] = v_p24
        elif v_p24 is None:
            fill.p24 = v_p24
        elif v_p24 is not UNSET:
            d["p24"] = v_p24
        if (type(v_pay_by_bank := take("pay_by_bank", UNSET)) is dict) or (v_pay_by_bank is None):
            fill.pay_by_bank = v_pay_by_bank
        elif v_pay_by_bank is not UNSET:
            d["pay_by_bank"] = v_pay_by_bank
        if type(v_payco := take("payco", UNSET)) is dict:
            later["payco"] = v_payco
        elif v_payco is None:
            fill.payco = v_payco
        elif v_payco is not UNSET:
            d["payco"] = v_payco
        if type(v_paynow := take("paynow", UNSET)) is dict:
            later["paynow"] = v_paynow
        elif v_paynow is None:
            fill.paynow = v_paynow
        elif v_paynow is not UNSET:
            d["paynow"] = v_paynow
        if type(v_paypal := take("paypal", UNSET)) is dict:
            later["paypal"] = v_paypal
        elif v_paypal is None:
            fill.paypal = v_paypal
        elif v_paypal is not UNSET:
            d["paypal"] = v_paypal
        if (type(v_paypay := take("paypay", UNSET)) is dict) or (v_paypay is None):
            fill.paypay = v_paypay
        elif v_paypay is not UNSET:
            d["paypay"] = v_paypay
        if type(v_payto := take("payto", UNSET)) is dict:
            later["payto"] = v_payto
        elif v_payto is None:
            fill.payto = v_payto
        elif v_payto is not UNSET:
            d["payto"] = v_payto
        if type(v_pix := take("pix", UNSET)) is dict:
            later["pix"] = v_pix
        elif v_pix is None:
            fill.pix = v_pix
        elif v_pix is not UNSET:
            d["pix"] = v_pix
        if type(v_promptpay := take("promptpay", UNSET)) is dict:
            later["promptpay"] = v_promptpay
        elif v_promptpay is None:
            fill.promptpay = v_promptpay
        elif v_promptpay is not UNSET:
            d["promptpay"] = v_promptpay
        if type(v_revolut_pay := take("revolut_pay", UNSET)) is dict:
            later["revolut_pay"] = v_revolut_pay
        elif v_revolut_pay is None:
            fill.revolut_pay = v_revolut_pay
        elif v_revolut_pay is not UNSET:
            d["revolut_pay"] = v_revolut_pay
        if type(v_samsung_pay := take("samsung_pay", UNSET)) is dict:
            later["samsung_pay"] = v_samsung_pay
        elif v_samsung_pay is None:
            fill.samsung_pay = v_samsung_pay
        elif v_samsung_pay is not UNSET:
            d["samsung_pay"] = v_samsung_pay
        if type(v_satispay := take("satispay", UNSET)) is dict:
            later["satispay"] = v_satispay
        elif v_satispay is None:
            fill.satispay = v_satispay
        elif v_satispay is not UNSET:
            d["satispay"] = v_satispay
        if type(v_scalapay := take("scalapay", UNSET)) is dict:
            later["scalapay"] = v_scalapay
        elif v_scalapay is None:
            fill.scalapay = v_scalapay
        elif v_scalapay is not UNSET:
            d["scalapay"] = v_scalapay
        if type(v_sepa_debit := take("sepa_debit", UNSET)) is dict:
            later["sepa_debit"] = v_sepa_debit
        elif v_sepa_debit is None:
            fill.sepa_debit = v_sepa_debit
        elif v_sepa_debit is not UNSET:
            d["sepa_debit"] = v_sepa_debit
        if type(v_sequra := take("sequra", UNSET)) is dict:
            later["sequra"] = v_sequra
        elif v_sequra is None:
            fill.sequra = v_sequra
        elif v_sequra is not UNSET:
            d["sequra"] = v_sequra
        if type(v_sofort := take("sofort", UNSET)) is dict:
            later["sofort"] = v_sofort
        elif v_sofort is None:
            fill.sofort = v_sofort
        elif v_sofort is not UNSET:
            d["sofort"] = v_sofort
        if type(v_sunbit := take("sunbit", UNSET)) is dict:
            later["sunbit"] = v_sunbit
        elif v_sunbit is None:
            fill.sunbit = v_sunbit
        elif v_sunbit is not UNSET:
            d["sunbit"] = v_sunbit
        if type(v_swish := take("swish", UNSET)) is dict:
            later["swish"] = v_swish
        elif v_swish is None:
            fill.swish = v_swish
        elif v_swish is not UNSET:
            d["swish"] = v_swish
        if type(v_twint := take("twint", UNSET)) is dict:
            later["twint"] = v_twint
        elif v_twint is None:
            fill.twint = v_twint
        elif v_twint is not UNSET:
            d["twint"] = v_twint
        if type(v_upi := take("upi", UNSET)) is dict:
            later["upi"] = v_upi
        elif v_upi is None:
            fill.upi = v_upi
        elif v_upi is not UNSET:
            d["upi"] = v_upi
        if type(v_us_bank_account := take("us_bank_account", UNSET)) is dict:
            later["us_bank_account"] = v_us_bank_account
        elif v_us_bank_account is None:
            fill.us_bank_account = v_us_bank_account
        elif v_us_bank_account is not UNSET:
            d["us_bank_account"] = v_us_bank_account
        if type(v_wechat_pay := take("wechat_pay", UNSET)) is dict:
            later["wechat_pay"] = v_wechat_pay
        elif v_wechat_pay is None:
            fill.wechat_pay = v_wechat_pay
        elif v_wechat_pay is not UNSET:
            d["wechat_pay"] = v_wechat_pay
        if type(v_zip_ := take("zip", UNSET)) is dict:
            later["zip_"] = v_zip_
        elif v_zip_ is None:
            fill.zip_ = v_zip_
        elif v_zip_ is not UNSET:
            d["zip"] = v_zip_
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "mandate_options": lambda v: (
            PaymentIntentPaymentMethodOptionsAcssDebitMandateOptions.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsAcssDebit:
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
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if (type(v_target_date := take("target_date", UNSET)) is str) or (v_target_date is None):
            fill.target_date = v_target_date
        elif v_target_date is not UNSET:
            d["target_date"] = v_target_date
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
class PaymentIntentPaymentMethodOptionsAcssDebitMandateOptions(Model):
    """PaymentIntentPaymentMethodOptionsAcssDebitMandateOptions"""

    custom_mandate_url: str | None
    interval_description: str | None
    payment_schedule: Literal["combined", "interval", "sporadic"] | None
    transaction_type: Literal["business", "personal"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentPaymentMethodOptionsAcssDebitMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_custom_mandate_url := take("custom_mandate_url", UNSET)) is str) or (
            v_custom_mandate_url is None
        ):
            fill.custom_mandate_url = v_custom_mandate_url
        elif v_custom_mandate_url is not UNSET:
            d["custom_mandate_url"] = v_custom_mandate_url
        if (type(v_interval_description := take("interval_description", UNSET)) is str) or (
            v_interval_description is None
        ):
            fill.interval_description = v_interval_description
        elif v_interval_description is not UNSET:
            d["interval_description"] = v_interval_description
        if (type(v_payment_schedule := take("payment_schedule", UNSET)) is str) or (
            v_payment_schedule is None
        ):
            fill.payment_schedule = v_payment_schedule
        elif v_payment_schedule is not UNSET:
            d["payment_schedule"] = v_payment_schedule
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
class PaymentIntentPaymentMethodOptionsAffirm(Model):
    """PaymentIntentPaymentMethodOptionsAffirm"""

    capture_method: Literal["manual"] | None
    preferred_locale: str | None
    setup_future_usage: Literal["none"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsAffirm:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_capture_method := take("capture_method", UNSET)) is str) or (
            v_capture_method is None
        ):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        if (type(v_preferred_locale := take("preferred_locale", UNSET)) is str) or (
            v_preferred_locale is None
        ):
            fill.preferred_locale = v_preferred_locale
        elif v_preferred_locale is not UNSET:
            d["preferred_locale"] = v_preferred_locale
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentPaymentMethodOptionsAfterpayClearpay:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_capture_method := take("capture_method", UNSET)) is str) or (
            v_capture_method is None
        ):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        if (type(v_reference := take("reference", UNSET)) is str) or (v_reference is None):
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsAlipay(Model):
    """PaymentIntentPaymentMethodOptionsAlipay"""

    setup_future_usage: Literal["none", "off_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsAlipay:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsAlma(Model):
    """PaymentIntentPaymentMethodOptionsAlma"""

    capture_method: Literal["manual"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsAlma:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_capture_method := take("capture_method", UNSET)) is str) or (
            v_capture_method is None
        ):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsAmazonPay(Model):
    """PaymentIntentPaymentMethodOptionsAmazonPay"""

    capture_method: Literal["manual"] | None
    setup_future_usage: Literal["none", "off_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsAmazonPay:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_capture_method := take("capture_method", UNSET)) is str) or (
            v_capture_method is None
        ):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsAuBecsDebit(Model):
    """PaymentIntentPaymentMethodOptionsAuBecsDebit"""

    setup_future_usage: Literal["none", "off_session", "on_session"] | None
    target_date: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsAuBecsDebit:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if (type(v_target_date := take("target_date", UNSET)) is str) or (v_target_date is None):
            fill.target_date = v_target_date
        elif v_target_date is not UNSET:
            d["target_date"] = v_target_date
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "mandate_options": lambda v: (
            SetupIntentPaymentMethodOptionsBacsDebitMandateOptions.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsBacsDebit:
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
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if (type(v_target_date := take("target_date", UNSET)) is str) or (v_target_date is None):
            fill.target_date = v_target_date
        elif v_target_date is not UNSET:
            d["target_date"] = v_target_date
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsBancontact(Model):
    """PaymentIntentPaymentMethodOptionsBancontact"""

    preferred_language: Literal["de", "en", "fr", "nl"]
    setup_future_usage: Literal["none", "off_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsBancontact:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_preferred_language := take("preferred_language", UNSET)) is str:
            fill.preferred_language = v_preferred_language
        elif v_preferred_language is not UNSET:
            d["preferred_language"] = v_preferred_language
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "company_details": lambda v: InvoicesPaymentMethodOptionsBillieCompanyDetails.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsBillie:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_capture_method := take("capture_method", UNSET)) is str) or (
            v_capture_method is None
        ):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        if type(v_company_details := take("company_details", UNSET)) is dict:
            later["company_details"] = v_company_details
        elif v_company_details is None:
            fill.company_details = v_company_details
        elif v_company_details is not UNSET:
            d["company_details"] = v_company_details
        if (type(v_reference := take("reference", UNSET)) is str) or (v_reference is None):
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsBlik(Model):
    """PaymentIntentPaymentMethodOptionsBlik"""

    mandate_options: SetupIntentPaymentMethodOptionsBlikMandateOptions | None
    setup_future_usage: Literal["none", "off_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "mandate_options": lambda v: SetupIntentPaymentMethodOptionsBlikMandateOptions.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsBlik:
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
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsBoleto(Model):
    """PaymentIntentPaymentMethodOptionsBoleto"""

    expires_after_days: int
    setup_future_usage: Literal["none", "off_session", "on_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsBoleto:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_expires_after_days := take("expires_after_days", UNSET)) is int:
            fill.expires_after_days = v_expires_after_days
        elif v_expires_after_days is not UNSET:
            d["expires_after_days"] = v_expires_after_days
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "installments": lambda v: PaymentIntentPaymentMethodOptionsCardInstallments.from_dict(v),
        "mandate_options": lambda v: PaymentIntentPaymentMethodOptionsCardMandateOptions.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsCard:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_capture_method := take("capture_method", UNSET)) is str) or (
            v_capture_method is None
        ):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        if type(v_installments := take("installments", UNSET)) is dict:
            later["installments"] = v_installments
        elif v_installments is None:
            fill.installments = v_installments
        elif v_installments is not UNSET:
            d["installments"] = v_installments
        if type(v_mandate_options := take("mandate_options", UNSET)) is dict:
            later["mandate_options"] = v_mandate_options
        elif v_mandate_options is None:
            fill.mandate_options = v_mandate_options
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        if (type(v_network := take("network", UNSET)) is str) or (v_network is None):
            fill.network = v_network
        elif v_network is not UNSET:
            d["network"] = v_network
        if (
            type(v_request_extended_authorization := take("request_extended_authorization", UNSET))
            is str
        ) or (v_request_extended_authorization is None):
            fill.request_extended_authorization = v_request_extended_authorization
        elif v_request_extended_authorization is not UNSET:
            d["request_extended_authorization"] = v_request_extended_authorization
        if (
            type(
                v_request_incremental_authorization := take(
                    "request_incremental_authorization", UNSET
                )
            )
            is str
        ) or (v_request_incremental_authorization is None):
            fill.request_incremental_authorization = v_request_incremental_authorization
        elif v_request_incremental_authorization is not UNSET:
            d["request_incremental_authorization"] = v_request_incremental_authorization
        if (type(v_request_multicapture := take("request_multicapture", UNSET)) is str) or (
            v_request_multicapture is None
        ):
            fill.request_multicapture = v_request_multicapture
        elif v_request_multicapture is not UNSET:
            d["request_multicapture"] = v_request_multicapture
        if (type(v_request_overcapture := take("request_overcapture", UNSET)) is str) or (
            v_request_overcapture is None
        ):
            fill.request_overcapture = v_request_overcapture
        elif v_request_overcapture is not UNSET:
            d["request_overcapture"] = v_request_overcapture
        if (type(v_request_three_d_secure := take("request_three_d_secure", UNSET)) is str) or (
            v_request_three_d_secure is None
        ):
            fill.request_three_d_secure = v_request_three_d_secure
        elif v_request_three_d_secure is not UNSET:
            d["request_three_d_secure"] = v_request_three_d_secure
        if (
            type(v_require_cvc_recollection := take("require_cvc_recollection", UNSET)) is bool
        ) or (v_require_cvc_recollection is None):
            fill.require_cvc_recollection = v_require_cvc_recollection
        elif v_require_cvc_recollection is not UNSET:
            d["require_cvc_recollection"] = v_require_cvc_recollection
        if (type(v_setup_credential_usage := take("setup_credential_usage", UNSET)) is str) or (
            v_setup_credential_usage is None
        ):
            fill.setup_credential_usage = v_setup_credential_usage
        elif v_setup_credential_usage is not UNSET:
            d["setup_credential_usage"] = v_setup_credential_usage
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if (
            type(
                v_statement_descriptor_suffix_kana := take(
                    "statement_descriptor_suffix_kana", UNSET
                )
            )
            is str
        ) or (v_statement_descriptor_suffix_kana is None):
            fill.statement_descriptor_suffix_kana = v_statement_descriptor_suffix_kana
        elif v_statement_descriptor_suffix_kana is not UNSET:
            d["statement_descriptor_suffix_kana"] = v_statement_descriptor_suffix_kana
        if (
            type(
                v_statement_descriptor_suffix_kanji := take(
                    "statement_descriptor_suffix_kanji", UNSET
                )
            )
            is str
        ) or (v_statement_descriptor_suffix_kanji is None):
            fill.statement_descriptor_suffix_kanji = v_statement_descriptor_suffix_kanji
        elif v_statement_descriptor_suffix_kanji is not UNSET:
            d["statement_descriptor_suffix_kanji"] = v_statement_descriptor_suffix_kanji
        if (type(v_stored_credential_usage := take("stored_credential_usage", UNSET)) is str) or (
            v_stored_credential_usage is None
        ):
            fill.stored_credential_usage = v_stored_credential_usage
        elif v_stored_credential_usage is not UNSET:
            d["stored_credential_usage"] = v_stored_credential_usage
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "available_plans": lambda v: [
            IntentPaymentMethodOptionsCardInstallmentsAvailablePlans.from_dict(item0) for item0 in v
        ],
        "plan": lambda v: IntentPaymentMethodOptionsCardInstallmentsAvailablePlans.from_dict(v),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentPaymentMethodOptionsCardInstallments:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_available_plans := take("available_plans", UNSET)) is list and (
            not v_available_plans or all(type(item0) is dict for item0 in v_available_plans)
        ):
            later["available_plans"] = v_available_plans
        elif v_available_plans is None:
            fill.available_plans = v_available_plans
        elif v_available_plans is not UNSET:
            d["available_plans"] = v_available_plans
        if type(v_enabled := take("enabled", UNSET)) is bool:
            fill.enabled = v_enabled
        elif v_enabled is not UNSET:
            d["enabled"] = v_enabled
        if type(v_plan := take("plan", UNSET)) is dict:
            later["plan"] = v_plan
        elif v_plan is None:
            fill.plan = v_plan
        elif v_plan is not UNSET:
            d["plan"] = v_plan
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentPaymentMethodOptionsCardMandateOptions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_amount := take("amount", UNSET)) is int:
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if type(v_amount_type := take("amount_type", UNSET)) is str:
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
        if type(v_interval := take("interval", UNSET)) is str:
            fill.interval = v_interval
        elif v_interval is not UNSET:
            d["interval"] = v_interval
        if (type(v_interval_count := take("interval_count", UNSET)) is int) or (
            v_interval_count is None
        ):
            fill.interval_count = v_interval_count
        elif v_interval_count is not UNSET:
            d["interval_count"] = v_interval_count
        if type(v_reference := take("reference", UNSET)) is str:
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
        if type(v_start_date := take("start_date", UNSET)) is int:
            fill.start_date = v_start_date
        elif v_start_date is not UNSET:
            d["start_date"] = v_start_date
        if (
            type(v_supported_types := take("supported_types", UNSET)) is list
            and (not v_supported_types or all(type(item0) is str for item0 in v_supported_types))
        ) or (v_supported_types is None):
            fill.supported_types = v_supported_types
        elif v_supported_types is not UNSET:
            d["supported_types"] = v_supported_types
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "routing": lambda v: PaymentIntentPaymentMethodOptionsCardPresentRouting.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsCardPresent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_capture_method := take("capture_method", UNSET)) is str) or (
            v_capture_method is None
        ):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        if (
            type(v_request_extended_authorization := take("request_extended_authorization", UNSET))
            is bool
        ) or (v_request_extended_authorization is None):
            fill.request_extended_authorization = v_request_extended_authorization
        elif v_request_extended_authorization is not UNSET:
            d["request_extended_authorization"] = v_request_extended_authorization
        if (
            type(
                v_request_incremental_authorization_support := take(
                    "request_incremental_authorization_support", UNSET
                )
            )
            is bool
        ) or (v_request_incremental_authorization_support is None):
            fill.request_incremental_authorization_support = (
                v_request_incremental_authorization_support
            )
        elif v_request_incremental_authorization_support is not UNSET:
            d["request_incremental_authorization_support"] = (
                v_request_incremental_authorization_support
            )
        if type(v_routing := take("routing", UNSET)) is dict:
            later["routing"] = v_routing
        elif v_routing is None:
            fill.routing = v_routing
        elif v_routing is not UNSET:
            d["routing"] = v_routing
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsCardPresentRouting(Model):
    """PaymentIntentPaymentMethodOptionsCardPresentRouting"""

    requested_priority: Literal["domestic", "international"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentPaymentMethodOptionsCardPresentRouting:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_requested_priority := take("requested_priority", UNSET)) is str) or (
            v_requested_priority is None
        ):
            fill.requested_priority = v_requested_priority
        elif v_requested_priority is not UNSET:
            d["requested_priority"] = v_requested_priority
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsCashapp(Model):
    """PaymentIntentPaymentMethodOptionsCashapp"""

    capture_method: Literal["manual"] | None
    setup_future_usage: Literal["none", "off_session", "on_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsCashapp:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_capture_method := take("capture_method", UNSET)) is str) or (
            v_capture_method is None
        ):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsCrypto(Model):
    """PaymentIntentPaymentMethodOptionsCrypto"""

    setup_future_usage: Literal["none"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsCrypto:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "bank_transfer": lambda v: (
            PaymentIntentPaymentMethodOptionsCustomerBalanceBankTransfer.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentPaymentMethodOptionsCustomerBalance:
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
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    ) -> PaymentIntentPaymentMethodOptionsCustomerBalanceBankTransfer:
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
        if (
            type(v_requested_address_types := take("requested_address_types", UNSET)) is list
            and (
                not v_requested_address_types
                or all(type(item0) is str for item0 in v_requested_address_types)
            )
        ) or (v_requested_address_types is None):
            fill.requested_address_types = v_requested_address_types
        elif v_requested_address_types is not UNSET:
            d["requested_address_types"] = v_requested_address_types
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
class PaymentIntentPaymentMethodOptionsKlarna(Model):
    """PaymentIntentPaymentMethodOptionsKlarna"""

    capture_method: Literal["manual"] | None
    preferred_locale: str | None
    setup_future_usage: Literal["none", "off_session", "on_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsKlarna:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_capture_method := take("capture_method", UNSET)) is str) or (
            v_capture_method is None
        ):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        if (type(v_preferred_locale := take("preferred_locale", UNSET)) is str) or (
            v_preferred_locale is None
        ):
            fill.preferred_locale = v_preferred_locale
        elif v_preferred_locale is not UNSET:
            d["preferred_locale"] = v_preferred_locale
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsKonbini:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_confirmation_number := take("confirmation_number", UNSET)) is str) or (
            v_confirmation_number is None
        ):
            fill.confirmation_number = v_confirmation_number
        elif v_confirmation_number is not UNSET:
            d["confirmation_number"] = v_confirmation_number
        if (type(v_expires_after_days := take("expires_after_days", UNSET)) is int) or (
            v_expires_after_days is None
        ):
            fill.expires_after_days = v_expires_after_days
        elif v_expires_after_days is not UNSET:
            d["expires_after_days"] = v_expires_after_days
        if (type(v_expires_at := take("expires_at", UNSET)) is int) or (v_expires_at is None):
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        if (type(v_product_description := take("product_description", UNSET)) is str) or (
            v_product_description is None
        ):
            fill.product_description = v_product_description
        elif v_product_description is not UNSET:
            d["product_description"] = v_product_description
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsLink:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_capture_method := take("capture_method", UNSET)) is str) or (
            v_capture_method is None
        ):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        if (type(v_persistent_token := take("persistent_token", UNSET)) is str) or (
            v_persistent_token is None
        ):
            fill.persistent_token = v_persistent_token
        elif v_persistent_token is not UNSET:
            d["persistent_token"] = v_persistent_token
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsMobilepay(Model):
    """PaymentIntentPaymentMethodOptionsMobilepay"""

    capture_method: Literal["manual"] | None
    setup_future_usage: Literal["none"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsMobilepay:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_capture_method := take("capture_method", UNSET)) is str) or (
            v_capture_method is None
        ):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsOxxo(Model):
    """PaymentIntentPaymentMethodOptionsOxxo"""

    expires_after_days: int
    setup_future_usage: Literal["none"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsOxxo:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_expires_after_days := take("expires_after_days", UNSET)) is int:
            fill.expires_after_days = v_expires_after_days
        elif v_expires_after_days is not UNSET:
            d["expires_after_days"] = v_expires_after_days
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsPaypal:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_capture_method := take("capture_method", UNSET)) is str) or (
            v_capture_method is None
        ):
            fill.capture_method = v_capture_method
        elif v_capture_method is not UNSET:
            d["capture_method"] = v_capture_method
        if (type(v_preferred_locale := take("preferred_locale", UNSET)) is str) or (
            v_preferred_locale is None
        ):
            fill.preferred_locale = v_preferred_locale
        elif v_preferred_locale is not UNSET:
            d["preferred_locale"] = v_preferred_locale
        if (type(v_reference := take("reference", UNSET)) is str) or (v_reference is None):
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsPayto(Model):
    """PaymentIntentPaymentMethodOptionsPayto"""

    mandate_options: PaymentIntentPaymentMethodOptionsPaytoMandateOptions | None
    setup_future_usage: Literal["none", "off_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "mandate_options": lambda v: PaymentIntentPaymentMethodOptionsPaytoMandateOptions.from_dict(
            v
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsPayto:
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
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
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

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentPaymentMethodOptionsPaytoMandateOptions:
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
        if (type(v_payments_per_period := take("payments_per_period", UNSET)) is int) or (
            v_payments_per_period is None
        ):
            fill.payments_per_period = v_payments_per_period
        elif v_payments_per_period is not UNSET:
            d["payments_per_period"] = v_payments_per_period
        if (type(v_purpose := take("purpose", UNSET)) is str) or (v_purpose is None):
            fill.purpose = v_purpose
        elif v_purpose is not UNSET:
            d["purpose"] = v_purpose
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "mandate_options": lambda v: SetupIntentPaymentMethodOptionsPixMandateOptions.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsPix:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_amount_includes_iof := take("amount_includes_iof", UNSET)) is str) or (
            v_amount_includes_iof is None
        ):
            fill.amount_includes_iof = v_amount_includes_iof
        elif v_amount_includes_iof is not UNSET:
            d["amount_includes_iof"] = v_amount_includes_iof
        if (type(v_expires_after_seconds := take("expires_after_seconds", UNSET)) is int) or (
            v_expires_after_seconds is None
        ):
            fill.expires_after_seconds = v_expires_after_seconds
        elif v_expires_after_seconds is not UNSET:
            d["expires_after_seconds"] = v_expires_after_seconds
        if (type(v_expires_at := take("expires_at", UNSET)) is int) or (v_expires_at is None):
            fill.expires_at = v_expires_at
        elif v_expires_at is not UNSET:
            d["expires_at"] = v_expires_at
        if type(v_mandate_options := take("mandate_options", UNSET)) is dict:
            later["mandate_options"] = v_mandate_options
        elif v_mandate_options is None:
            fill.mandate_options = v_mandate_options
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsSofort(Model):
    """PaymentIntentPaymentMethodOptionsSofort"""

    preferred_language: Literal["de", "en", "es", "fr", "it", "nl", "pl"] | None
    setup_future_usage: Literal["none", "off_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsSofort:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_preferred_language := take("preferred_language", UNSET)) is str) or (
            v_preferred_language is None
        ):
            fill.preferred_language = v_preferred_language
        elif v_preferred_language is not UNSET:
            d["preferred_language"] = v_preferred_language
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsSwish(Model):
    """PaymentIntentPaymentMethodOptionsSwish"""

    reference: str | None
    setup_future_usage: Literal["none"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsSwish:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_reference := take("reference", UNSET)) is str) or (v_reference is None):
            fill.reference = v_reference
        elif v_reference is not UNSET:
            d["reference"] = v_reference
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPaymentMethodOptionsUpi(Model):
    """PaymentIntentPaymentMethodOptionsUpi"""

    setup_future_usage: Literal["off_session", "on_session"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsUpi:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "financial_connections": lambda v: (
            IntentPaymentMethodOptionsUsBankAccountFinancialConnections.from_dict(v)
        ),
        "mandate_options": lambda v: (
            SetupIntentPaymentMethodOptionsUsBankAccountMandateOptions.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentPaymentMethodOptionsUsBankAccount:
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
        if type(v_mandate_options := take("mandate_options", UNSET)) is dict:
            later["mandate_options"] = v_mandate_options
        elif v_mandate_options is None:
            fill.mandate_options = v_mandate_options
        elif v_mandate_options is not UNSET:
            d["mandate_options"] = v_mandate_options
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if (type(v_target_date := take("target_date", UNSET)) is str) or (v_target_date is None):
            fill.target_date = v_target_date
        elif v_target_date is not UNSET:
            d["target_date"] = v_target_date
        if (type(v_transaction_purpose := take("transaction_purpose", UNSET)) is str) or (
            v_transaction_purpose is None
        ):
            fill.transaction_purpose = v_transaction_purpose
        elif v_transaction_purpose is not UNSET:
            d["transaction_purpose"] = v_transaction_purpose
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
class PaymentIntentPaymentMethodOptionsWechatPay(Model):
    """PaymentIntentPaymentMethodOptionsWechatPay"""

    app_id: str | None
    client: Literal["android", "ios", "web"] | None
    setup_future_usage: Literal["none"] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPaymentMethodOptionsWechatPay:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_app_id := take("app_id", UNSET)) is str) or (v_app_id is None):
            fill.app_id = v_app_id
        elif v_app_id is not UNSET:
            d["app_id"] = v_app_id
        if (type(v_client := take("client", UNSET)) is str) or (v_client is None):
            fill.client = v_client
        elif v_client is not UNSET:
            d["client"] = v_client
        if (type(v_setup_future_usage := take("setup_future_usage", UNSET)) is str) or (
            v_setup_future_usage is None
        ):
            fill.setup_future_usage = v_setup_future_usage
        elif v_setup_future_usage is not UNSET:
            d["setup_future_usage"] = v_setup_future_usage
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentPresentmentDetails(Model):
    """PaymentIntentPresentmentDetails"""

    presentment_amount: int
    presentment_currency: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentPresentmentDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_presentment_amount := take("presentment_amount", UNSET)) is int:
            fill.presentment_amount = v_presentment_amount
        elif v_presentment_amount is not UNSET:
            d["presentment_amount"] = v_presentment_amount
        if type(v_presentment_currency := take("presentment_currency", UNSET)) is str:
            fill.presentment_currency = v_presentment_currency
        elif v_presentment_currency is not UNSET:
            d["presentment_currency"] = v_presentment_currency
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentProcessing(Model):
    """PaymentIntentProcessing"""

    card: PaymentIntentProcessingCard | None
    type_: Literal["card"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "card": lambda v: PaymentIntentProcessingCard.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentProcessing:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_card := take("card", UNSET)) is dict:
            later["card"] = v_card
        elif v_card is None:
            fill.card = v_card
        elif v_card is not UNSET:
            d["card"] = v_card
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
class PaymentIntentProcessingCard(Model):
    """PaymentIntentProcessingCard"""

    customer_notification: PaymentIntentProcessingCardCustomerNotification | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "customer_notification": lambda v: (
            PaymentIntentProcessingCardCustomerNotification.from_dict(v)
        ),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentProcessingCard:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_customer_notification := take("customer_notification", UNSET)) is dict:
            later["customer_notification"] = v_customer_notification
        elif v_customer_notification is None:
            fill.customer_notification = v_customer_notification
        elif v_customer_notification is not UNSET:
            d["customer_notification"] = v_customer_notification
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentProcessingCardCustomerNotification(Model):
    """PaymentIntentProcessingCardCustomerNotification"""

    approval_requested: bool | None
    completes_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(
        cls, src_dict: Mapping[str, Any]
    ) -> PaymentIntentProcessingCardCustomerNotification:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_approval_requested := take("approval_requested", UNSET)) is bool) or (
            v_approval_requested is None
        ):
            fill.approval_requested = v_approval_requested
        elif v_approval_requested is not UNSET:
            d["approval_requested"] = v_approval_requested
        if (type(v_completes_at := take("completes_at", UNSET)) is int) or (v_completes_at is None):
            fill.completes_at = v_completes_at
        elif v_completes_at is not UNSET:
            d["completes_at"] = v_completes_at
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "payment_data": lambda v: PaymentIntentTransferDataPaymentData.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentTransferData:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if (type(v_amount := take("amount", UNSET)) is int) or (v_amount is None):
            fill.amount = v_amount
        elif v_amount is not UNSET:
            d["amount"] = v_amount
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if (type(v_destination := take("destination", UNSET)) is str) or (
            type(v_destination) is dict
        ):
            fill.destination = v_destination
        elif v_destination is not UNSET:
            d["destination"] = v_destination
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if type(v_payment_data := take("payment_data", UNSET)) is dict:
            later["payment_data"] = v_payment_data
        elif v_payment_data is None:
            fill.payment_data = v_payment_data
        elif v_payment_data is not UNSET:
            d["payment_data"] = v_payment_data
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PaymentIntentTransferDataPaymentData(Model):
    """PaymentIntentTransferDataPaymentData"""

    description: str | None
    metadata: dict[str, str] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PaymentIntentTransferDataPaymentData:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_description := take("description", UNSET)) is str) or (v_description is None):
            fill.description = v_description
        elif v_description is not UNSET:
            d["description"] = v_description
        if (
            type(v_metadata := take("metadata", UNSET)) is dict
            and (not v_metadata or all(type(item0) is str for item0 in v_metadata.values()))
        ) or (v_metadata is None):
            fill.metadata = v_metadata
        elif v_metadata is not UNSET:
            d["metadata"] = v_metadata
        if d:  # what did not fit, or is not modelled (else made on first read)
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
    "PaymentIntentStatus",
]
