from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_payment_method_options_bancontact_preferred_language import (
    InvoicePaymentMethodOptionsBancontactPreferredLanguage,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required


@_attrs_define
class InvoicePaymentMethodOptionsBancontact:
    """Embedded object found at `invoice.payment_settings.payment_method_options.bancontact`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    preferred_language: InvoicePaymentMethodOptionsBancontactPreferredLanguage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_preferred_language = self.preferred_language
        if not isinstance(v_preferred_language, Unset):
            data["preferred_language"] = v_preferred_language
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsBancontact:
        d = dict(src_dict)
        v_preferred_language = d.pop("preferred_language", UNSET)
        if v_preferred_language is not UNSET and not (type(v_preferred_language) is str):
            d["preferred_language"] = v_preferred_language
            v_preferred_language = UNSET
        obj = cls(
            preferred_language=v_preferred_language,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class InvoicePaymentMethodOptionsBancontactParams(TypedDict, total=False):
    """InvoicePaymentMethodOptionsBancontact as plain data, for request parameters."""

    preferred_language: Required[InvoicePaymentMethodOptionsBancontactPreferredLanguage]


# Imported last: models refer to each other in cycles, and are only needed at call time.
