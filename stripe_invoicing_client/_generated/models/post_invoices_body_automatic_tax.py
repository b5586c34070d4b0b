from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.post_invoices_body_automatic_tax_liability import (
        PostInvoicesBodyAutomaticTaxLiability,
        PostInvoicesBodyAutomaticTaxLiabilityParams,
    )


@_attrs_define
class PostInvoicesBodyAutomaticTax:
    """PostInvoicesBodyAutomaticTax

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    enabled: bool
    liability: PostInvoicesBodyAutomaticTaxLiability | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_enabled = self.enabled
        if not isinstance(v_enabled, Unset):
            data["enabled"] = v_enabled
        v_liability = self.liability
        if not isinstance(v_liability, Unset):
            data["liability"] = v_liability.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesBodyAutomaticTax:
        d = dict(src_dict)
        v_enabled = d.pop("enabled", UNSET)
        if v_enabled is not UNSET and not (type(v_enabled) is bool):
            d["enabled"] = v_enabled
            v_enabled = UNSET
        v_liability = d.pop("liability", UNSET)
        if v_liability is not UNSET:
            if type(v_liability) is dict:
                v_liability = PostInvoicesBodyAutomaticTaxLiability.from_dict(v_liability)
            else:
                d["liability"] = v_liability
                v_liability = UNSET
        obj = cls(
            enabled=v_enabled,
            liability=v_liability,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesBodyAutomaticTaxParams(TypedDict, total=False):
    """PostInvoicesBodyAutomaticTax as plain data, for request parameters."""

    enabled: Required[bool]
    liability: PostInvoicesBodyAutomaticTaxLiabilityParams | PostInvoicesBodyAutomaticTaxLiability


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_body_automatic_tax_liability import (
    PostInvoicesBodyAutomaticTaxLiability,  # noqa: E402
)
