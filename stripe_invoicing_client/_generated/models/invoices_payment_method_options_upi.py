from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoices_payment_method_options_upi_mandate_options import (
        InvoicesPaymentMethodOptionsUpiMandateOptions,
        InvoicesPaymentMethodOptionsUpiMandateOptionsParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesPaymentMethodOptionsUpi(Model):
    """Embedded object found at `invoice.payment_settings.payment_method_options.upi`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    mandate_options: InvoicesPaymentMethodOptionsUpiMandateOptions | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        (
            "mandate_options",
            "mandate_options",
            "InvoicesPaymentMethodOptionsUpiMandateOptions | None",
        ),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_mandate_options = self.mandate_options
        except AttributeError:
            pass
        else:
            data["mandate_options"] = (
                v_mandate_options.to_dict()
                if isinstance(v_mandate_options, InvoicesPaymentMethodOptionsUpiMandateOptions)
                else v_mandate_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesPaymentMethodOptionsUpi:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_mandate_options = d.pop("mandate_options", UNSET)
        if v_mandate_options is not UNSET:
            if (type(v_mandate_options) is dict) or (v_mandate_options is None):
                fill.mandate_options = (
                    InvoicesPaymentMethodOptionsUpiMandateOptions.from_dict(v_mandate_options)
                    if type(v_mandate_options) is dict
                    else v_mandate_options
                )
            else:
                d["mandate_options"] = v_mandate_options
        fill.additional_properties = d
        return obj


class InvoicesPaymentMethodOptionsUpiParams(TypedDict, total=False):
    """InvoicesPaymentMethodOptionsUpi as plain data, for request parameters."""

    mandate_options: Required[
        InvoicesPaymentMethodOptionsUpiMandateOptionsParams
        | InvoicesPaymentMethodOptionsUpiMandateOptions
    ]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.invoices_payment_method_options_upi_mandate_options import (
    InvoicesPaymentMethodOptionsUpiMandateOptions,  # noqa: E402
)
