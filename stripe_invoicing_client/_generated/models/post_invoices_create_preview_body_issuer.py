from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_invoices_create_preview_body_issuer_type import (
    PostInvoicesCreatePreviewBodyIssuerType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class PostInvoicesCreatePreviewBodyIssuer:
    """PostInvoicesCreatePreviewBodyIssuer

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    type_: PostInvoicesCreatePreviewBodyIssuerType
    account: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_type_ = self.type_
        if not isinstance(v_type_, Unset):
            data["type"] = v_type_
        v_account = self.account
        if not isinstance(v_account, Unset):
            data["account"] = v_account
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostInvoicesCreatePreviewBodyIssuer:
        d = dict(src_dict)
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET and not (type(v_type_) is str):
            d["type"] = v_type_
            v_type_ = UNSET
        v_account = d.pop("account", UNSET)
        if v_account is not UNSET and not (type(v_account) is str):
            d["account"] = v_account
            v_account = UNSET
        obj = cls(
            type_=v_type_,
            account=v_account,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostInvoicesCreatePreviewBodyIssuerParams(TypedDict, total=False):
    """PostInvoicesCreatePreviewBodyIssuer as plain data, for request parameters."""

    type: Required[PostInvoicesCreatePreviewBodyIssuerType]
    account: str


# Imported last: models refer to each other in cycles, and are only needed at call time.
