from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.invoice_payment_method_options_bancontact_preferred_language import (
    InvoicePaymentMethodOptionsBancontactPreferredLanguage,
)
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicePaymentMethodOptionsBancontact(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.bancontact`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    preferred_language: InvoicePaymentMethodOptionsBancontactPreferredLanguage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "preferred_language",
            "preferred_language",
            "InvoicePaymentMethodOptionsBancontactPreferredLanguage",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_preferred_language = self.preferred_language
        except AttributeError:
            pass
        else:
            data["preferred_language"] = v_preferred_language
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicePaymentMethodOptionsBancontact:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_preferred_language = d.pop("preferred_language", UNSET)
        if v_preferred_language is not UNSET:
            if type(v_preferred_language) is str:
                fill.preferred_language = v_preferred_language
            else:
                d["preferred_language"] = v_preferred_language
        fill.additional_properties = d
        return obj


class InvoicePaymentMethodOptionsBancontactParams(TypedDict, total=False):
    """InvoicePaymentMethodOptionsBancontact as plain data, for request parameters."""

    preferred_language: Required[InvoicePaymentMethodOptionsBancontactPreferredLanguage]


# Imported last: models refer to each other in cycles, and are only needed at call time.
