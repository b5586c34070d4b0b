from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.api_errors import ApiErrors, ApiErrorsParams


@_attrs_define
class Error:
    """Envelope that wraps every failed API response.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    error: ApiErrors
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_error = self.error
        if not isinstance(v_error, Unset):
            data["error"] = v_error.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Error:
        d = dict(src_dict)
        v_error = d.pop("error", UNSET)
        if v_error is not UNSET:
            if type(v_error) is dict:
                v_error = ApiErrors.from_dict(v_error)
            else:
                d["error"] = v_error
                v_error = UNSET
        obj = cls(
            error=v_error,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class ErrorParams(TypedDict, total=False):
    """Error as plain data, for request parameters."""

    error: Required[ApiErrorsParams | ApiErrors]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.api_errors import ApiErrors  # noqa: E402
