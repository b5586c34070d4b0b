from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.post_invoices_body_issuer_type import (
    PostInvoicesBodyIssuerType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class PostInvoicesBodyIssuer(Model):
    """PostInvoicesBodyIssuer

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    type_: PostInvoicesBodyIssuerType
    account: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("type_", "type", "PostInvoicesBodyIssuerType"),
        ("account", "account", "str"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_type_ = self.type_
        except AttributeError:
            pass
        else:
            data["type"] = v_type_
        try:
            v_account = self.account
        except AttributeError:
            pass
        else:
            if not isinstance(v_account, Unset):
                data["account"] = v_account
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesBodyIssuer:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET:
            if type(v_type_) is str:
                fill.type_ = v_type_
            else:
                d["type"] = v_type_
        v_account = d.pop("account", UNSET)
        if v_account is UNSET:
            fill.account = UNSET
        elif type(v_account) is str:
            fill.account = v_account
        else:
            d["account"] = v_account
        fill.additional_properties = d
        return obj


class PostInvoicesBodyIssuerParams(TypedDict, total=False):
    """PostInvoicesBodyIssuer as plain data, for request parameters."""

    type: Required[PostInvoicesBodyIssuerType]
    account: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
