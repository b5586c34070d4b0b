from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_customers_body_cash_balance_settings_reconciliation_mode import (
    PostCustomersBodyCashBalanceSettingsReconciliationMode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostCustomersBodyCashBalanceSettings(Model):
    """PostCustomersBodyCashBalanceSettings

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    reconciliation_mode: PostCustomersBodyCashBalanceSettingsReconciliationMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "reconciliation_mode",
            "reconciliation_mode",
            "PostCustomersBodyCashBalanceSettingsReconciliationMode",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_reconciliation_mode = self.reconciliation_mode
        except AttributeError:
            pass
        else:
            if not isinstance(v_reconciliation_mode, Unset):
                data["reconciliation_mode"] = v_reconciliation_mode
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostCustomersBodyCashBalanceSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_reconciliation_mode = d.pop("reconciliation_mode", UNSET)
        if v_reconciliation_mode is UNSET:
            fill.reconciliation_mode = UNSET
        elif type(v_reconciliation_mode) is str:
            fill.reconciliation_mode = v_reconciliation_mode
        else:
            d["reconciliation_mode"] = v_reconciliation_mode
        fill.additional_properties = d
        return obj


class PostCustomersBodyCashBalanceSettingsParams(TypedDict, total=False):
    """PostCustomersBodyCashBalanceSettings as plain data, for request parameters."""

    reconciliation_mode: PostCustomersBodyCashBalanceSettingsReconciliationMode


# Imported last: models refer to each other in cycles, and are only needed at call time.
