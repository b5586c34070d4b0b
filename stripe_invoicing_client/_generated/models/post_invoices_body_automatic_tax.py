from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.post_invoices_body_automatic_tax_liability import (
        PostInvoicesBodyAutomaticTaxLiability,
        PostInvoicesBodyAutomaticTaxLiabilityParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesBodyAutomaticTax(Model):
    """PostInvoicesBodyAutomaticTax

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    enabled: bool
    liability: PostInvoicesBodyAutomaticTaxLiability | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("enabled", "enabled", "bool"),
        ("liability", "liability", "PostInvoicesBodyAutomaticTaxLiability"),
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
            if not isinstance(v_liability, Unset):
                data["liability"] = v_liability.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesBodyAutomaticTax:
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
        if v_liability is UNSET:
            fill.liability = UNSET
        elif type(v_liability) is dict:
            fill.liability = PostInvoicesBodyAutomaticTaxLiability.from_dict(v_liability)
        else:
            d["liability"] = v_liability
        fill.additional_properties = d
        return obj


class PostInvoicesBodyAutomaticTaxParams(TypedDict, total=False):
    """PostInvoicesBodyAutomaticTax as plain data, for request parameters."""

    enabled: Required[bool]
    liability: PostInvoicesBodyAutomaticTaxLiabilityParams | PostInvoicesBodyAutomaticTaxLiability


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_invoices_body_automatic_tax_liability import (
    PostInvoicesBodyAutomaticTaxLiability,  # noqa: E402
)
