from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..types import UNSET

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoices_resource_status_details_uncollectible import (
        InvoicesResourceStatusDetailsUncollectible,
        InvoicesResourceStatusDetailsUncollectibleParams,
    )


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class InvoicesResourceStatusDetails(Model):
    """Embedded object found at `invoice.status_details`.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
    """

    uncollectible: InvoicesResourceStatusDetailsUncollectible | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("uncollectible", "uncollectible", "InvoicesResourceStatusDetailsUncollectible | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_uncollectible = self.uncollectible
        except AttributeError:
            pass
        else:
            data["uncollectible"] = (
                v_uncollectible.to_dict()
                if isinstance(v_uncollectible, InvoicesResourceStatusDetailsUncollectible)
                else v_uncollectible
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceStatusDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_uncollectible = d.pop("uncollectible", UNSET)
        if v_uncollectible is not UNSET:
            if (type(v_uncollectible) is dict) or (v_uncollectible is None):
                fill.uncollectible = (
                    InvoicesResourceStatusDetailsUncollectible.from_dict(v_uncollectible)
                    if type(v_uncollectible) is dict
                    else v_uncollectible
                )
            else:
                d["uncollectible"] = v_uncollectible
        fill.additional_properties = d
        return obj


class InvoicesResourceStatusDetailsParams(TypedDict, total=False):
    """InvoicesResourceStatusDetails as plain data, for request parameters."""

    uncollectible: Required[
        InvoicesResourceStatusDetailsUncollectibleParams
        | InvoicesResourceStatusDetailsUncollectible
    ]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.invoices_resource_status_details_uncollectible import (
    InvoicesResourceStatusDetailsUncollectible,  # noqa: E402
)
