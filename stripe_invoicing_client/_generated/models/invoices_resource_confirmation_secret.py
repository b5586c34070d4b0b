from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class InvoicesResourceConfirmationSecret:
    """Embedded object found at `invoice.confirmation_secret`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    client_secret: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_client_secret = self.client_secret
        if not isinstance(v_client_secret, Unset):
            data["client_secret"] = v_client_secret
        v_type_ = self.type_
        if not isinstance(v_type_, Unset):
            data["type"] = v_type_
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceConfirmationSecret:
        d = dict(src_dict)
        v_client_secret = d.pop("client_secret", UNSET)
        if v_client_secret is not UNSET and not (type(v_client_secret) is str):
            d["client_secret"] = v_client_secret
            v_client_secret = UNSET
        v_type_ = d.pop("type", UNSET)
        if v_type_ is not UNSET and not (type(v_type_) is str):
            d["type"] = v_type_
            v_type_ = UNSET
        obj = cls(
            client_secret=v_client_secret,
            type_=v_type_,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class InvoicesResourceConfirmationSecretParams(TypedDict, total=False):
    """InvoicesResourceConfirmationSecret as plain data, for request parameters."""

    client_secret: Required[str]
    type: Required[str]


# Imported last: models refer to each other in cycles, and are only needed at call time.
