from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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


@_attrs_define
class AutomaticTax:
    """Whether Stripe Tax computes taxes for the invoice, and the result of the last attempt.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    enabled: bool
    liability: ConnectAccountReference | None
    status: AutomaticTaxStatus | None
    disabled_reason: AutomaticTaxDisabledReason | None | Unset = UNSET
    provider: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_enabled = self.enabled
        if not isinstance(v_enabled, Unset):
            data["enabled"] = v_enabled
        v_liability = self.liability
        if not isinstance(v_liability, Unset):
            data["liability"] = (
                v_liability.to_dict()
                if isinstance(v_liability, ConnectAccountReference)
                else v_liability
            )
        v_status = self.status
        if not isinstance(v_status, Unset):
            data["status"] = v_status
        v_disabled_reason = self.disabled_reason
        if not isinstance(v_disabled_reason, Unset):
            data["disabled_reason"] = v_disabled_reason
        v_provider = self.provider
        if not isinstance(v_provider, Unset):
            data["provider"] = v_provider
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> AutomaticTax:
        d = dict(src_dict)
        v_enabled = d.pop("enabled", UNSET)
        if v_enabled is not UNSET and not (type(v_enabled) is bool):
            d["enabled"] = v_enabled
            v_enabled = UNSET
        v_liability = d.pop("liability", UNSET)
        if v_liability is not UNSET:
            if (type(v_liability) is dict) or (v_liability is None):
                v_liability = (
                    ConnectAccountReference.from_dict(v_liability)
                    if type(v_liability) is dict
                    else v_liability
                )
            else:
                d["liability"] = v_liability
                v_liability = UNSET
        v_status = d.pop("status", UNSET)
        if v_status is not UNSET and not ((type(v_status) is str) or (v_status is None)):
            d["status"] = v_status
            v_status = UNSET
        v_disabled_reason = d.pop("disabled_reason", UNSET)
        if v_disabled_reason is not UNSET and not (
            (type(v_disabled_reason) is str) or (v_disabled_reason is None)
        ):
            d["disabled_reason"] = v_disabled_reason
            v_disabled_reason = UNSET
        v_provider = d.pop("provider", UNSET)
        if v_provider is not UNSET and not ((type(v_provider) is str) or (v_provider is None)):
            d["provider"] = v_provider
            v_provider = UNSET
        obj = cls(
            enabled=v_enabled,
            liability=v_liability,
            status=v_status,
            disabled_reason=v_disabled_reason,
            provider=v_provider,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class AutomaticTaxParams(TypedDict, total=False):
    """AutomaticTax as plain data, for request parameters."""

    enabled: Required[bool]
    liability: Required[ConnectAccountReferenceParams | ConnectAccountReference]
    status: Required[AutomaticTaxStatus]
    disabled_reason: AutomaticTaxDisabledReason
    provider: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.connect_account_reference import ConnectAccountReference  # noqa: E402
