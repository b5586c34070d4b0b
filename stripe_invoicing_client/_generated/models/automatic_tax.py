from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.automatic_tax_disabled_reason import (
    AutomaticTaxDisabledReason,
)
from ..models.automatic_tax_status import AutomaticTaxStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.connect_account_reference import (
        ConnectAccountReference,
        ConnectAccountReferenceParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class AutomaticTax(Model):
    """Whether Stripe Tax computes taxes for the invoice, and the result of the last attempt.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    enabled: bool
    liability: ConnectAccountReference | None
    status: AutomaticTaxStatus | None
    disabled_reason: AutomaticTaxDisabledReason | None | Unset = UNSET
    provider: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("enabled", "enabled", "bool"),
        ("liability", "liability", "ConnectAccountReference | None"),
        ("status", "status", "AutomaticTaxStatus | None"),
        ("disabled_reason", "disabled_reason", "AutomaticTaxDisabledReason | None"),
        ("provider", "provider", "str | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_enabled = self.enabled
        except AttributeError:
            pass
        else:
            data["enabled"] = v_enabled
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
        try:
            v_status = self.status
        except AttributeError:
            pass
        else:
            data["status"] = v_status
        try:
            v_disabled_reason = self.disabled_reason
        except AttributeError:
            pass
        else:
            if not isinstance(v_disabled_reason, Unset):
                data["disabled_reason"] = v_disabled_reason
        try:
            v_provider = self.provider
        except AttributeError:
            pass
        else:
            if not isinstance(v_provider, Unset):
                data["provider"] = v_provider
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> AutomaticTax:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_enabled = d.pop("enabled", UNSET)
        if v_enabled is not UNSET:
            if type(v_enabled) is bool:
                fill.enabled = v_enabled
            else:
                d["enabled"] = v_enabled
        v_liability = d.pop("liability", UNSET)
        if v_liability is not UNSET:
            if (type(v_liability) is dict) or (v_liability is None):
                fill.liability = (
                    ConnectAccountReference.from_dict(v_liability)
                    if type(v_liability) is dict
                    else v_liability
                )
            else:
                d["liability"] = v_liability
        v_status = d.pop("status", UNSET)
        if v_status is not UNSET:
            if (type(v_status) is str) or (v_status is None):
                fill.status = v_status
            else:
                d["status"] = v_status
        v_disabled_reason = d.pop("disabled_reason", UNSET)
        if v_disabled_reason is UNSET:
            fill.disabled_reason = UNSET
        elif (type(v_disabled_reason) is str) or (v_disabled_reason is None):
            fill.disabled_reason = v_disabled_reason
        else:
            d["disabled_reason"] = v_disabled_reason
        v_provider = d.pop("provider", UNSET)
        if v_provider is UNSET:
            fill.provider = UNSET
        elif (type(v_provider) is str) or (v_provider is None):
            fill.provider = v_provider
        else:
            d["provider"] = v_provider
        fill.additional_properties = d
        return obj


class AutomaticTaxParams(TypedDict, total=False):
    """AutomaticTax as plain data, for request parameters."""

    enabled: Required[bool]
    liability: Required[ConnectAccountReferenceParams | ConnectAccountReference]
    status: Required[AutomaticTaxStatus]
    disabled_reason: AutomaticTaxDisabledReason
    provider: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.connect_account_reference import ConnectAccountReference  # noqa: E402
