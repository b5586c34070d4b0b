from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_customers_body_cash_balance_settings_reconciliation_mode import (
    PostCustomersBodyCashBalanceSettingsReconciliationMode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    pass


@_attrs_define
class PostCustomersBodyCashBalanceSettings:
    """PostCustomersBodyCashBalanceSettings

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    reconciliation_mode: PostCustomersBodyCashBalanceSettingsReconciliationMode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_reconciliation_mode = self.reconciliation_mode
        if not isinstance(v_reconciliation_mode, Unset):
            data["reconciliation_mode"] = v_reconciliation_mode
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostCustomersBodyCashBalanceSettings:
        d = dict(src_dict)
        v_reconciliation_mode = d.pop("reconciliation_mode", UNSET)
        if v_reconciliation_mode is not UNSET and not (type(v_reconciliation_mode) is str):
            d["reconciliation_mode"] = v_reconciliation_mode
            v_reconciliation_mode = UNSET
        obj = cls(
            reconciliation_mode=v_reconciliation_mode,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostCustomersBodyCashBalanceSettingsParams(TypedDict, total=False):
    """PostCustomersBodyCashBalanceSettings as plain data, for request parameters."""

    reconciliation_mode: PostCustomersBodyCashBalanceSettingsReconciliationMode


# Imported last: models refer to each other in cycles, and are only needed at call time.
