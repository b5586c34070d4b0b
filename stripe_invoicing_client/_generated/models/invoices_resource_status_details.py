from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.invoices_resource_status_details_uncollectible import (
        InvoicesResourceStatusDetailsUncollectible,
        InvoicesResourceStatusDetailsUncollectibleParams,
    )


@_attrs_define
class InvoicesResourceStatusDetails:
    """Embedded object found at `invoice.status_details`.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    uncollectible: InvoicesResourceStatusDetailsUncollectible | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_uncollectible = self.uncollectible
        if not isinstance(v_uncollectible, Unset):
            data["uncollectible"] = (
                v_uncollectible.to_dict()
                if isinstance(v_uncollectible, InvoicesResourceStatusDetailsUncollectible)
                else v_uncollectible
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> InvoicesResourceStatusDetails:
        d = dict(src_dict)
        v_uncollectible = d.pop("uncollectible", UNSET)
        if v_uncollectible is not UNSET:
            if (type(v_uncollectible) is dict) or (v_uncollectible is None):
                v_uncollectible = (
                    InvoicesResourceStatusDetailsUncollectible.from_dict(v_uncollectible)
                    if type(v_uncollectible) is dict
                    else v_uncollectible
                )
            else:
                d["uncollectible"] = v_uncollectible
                v_uncollectible = UNSET
        obj = cls(
            uncollectible=v_uncollectible,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


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
