from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class InvoicePaymentMethodOptionsCardInstallments:
    """Embedded object found at
    `invoice.payment_settings.payment_method_options.card.installments`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    enabled: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_enabled = self.enabled
        if not isinstance(v_enabled, Unset):
            data["enabled"] = v_enabled
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsCardInstallments:
        d = dict(src_dict)
        v_enabled = d.pop("enabled", UNSET)
        if v_enabled is not UNSET and not ((type(v_enabled) is bool) or (v_enabled is None)):
            d["enabled"] = v_enabled
            v_enabled = UNSET
        obj = cls(
            enabled=v_enabled,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class InvoicePaymentMethodOptionsCardInstallmentsParams(TypedDict, total=False):
    """InvoicePaymentMethodOptionsCardInstallments as plain data, for request parameters."""

    enabled: Required[bool]


# Imported last: models refer to each other in cycles, and are only needed at call time.
