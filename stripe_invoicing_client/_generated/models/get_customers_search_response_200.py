from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_customers_search_response_200_object import (
    GetCustomersSearchResponse200Object,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.customer import Customer, CustomerParams


@_attrs_define
class GetCustomersSearchResponse200:
    """GetCustomersSearchResponse200

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    data: list[Customer]
    has_more: bool
    object_: GetCustomersSearchResponse200Object
    url: str
    next_page: None | str | Unset = UNSET
    total_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_data = self.data
        if not isinstance(v_data, Unset):
            data["data"] = [item0.to_dict() for item0 in v_data]
        v_has_more = self.has_more
        if not isinstance(v_has_more, Unset):
            data["has_more"] = v_has_more
        v_object_ = self.object_
        if not isinstance(v_object_, Unset):
            data["object"] = v_object_
        v_url = self.url
        if not isinstance(v_url, Unset):
            data["url"] = v_url
        v_next_page = self.next_page
        if not isinstance(v_next_page, Unset):
            data["next_page"] = v_next_page
        v_total_count = self.total_count
        if not isinstance(v_total_count, Unset):
            data["total_count"] = v_total_count
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> GetCustomersSearchResponse200:
        d = dict(src_dict)
        v_data = d.pop("data", UNSET)
        if v_data is not UNSET:
            if type(v_data) is list and all(type(item0) is dict for item0 in v_data):
                v_data = [Customer.from_dict(item0) for item0 in v_data]
            else:
                d["data"] = v_data
                v_data = UNSET
        v_has_more = d.pop("has_more", UNSET)
        if v_has_more is not UNSET and not (type(v_has_more) is bool):
            d["has_more"] = v_has_more
            v_has_more = UNSET
        v_object_ = d.pop("object", UNSET)
        if v_object_ is not UNSET and not (type(v_object_) is str):
            d["object"] = v_object_
            v_object_ = UNSET
        v_url = d.pop("url", UNSET)
        if v_url is not UNSET and not (type(v_url) is str):
            d["url"] = v_url
            v_url = UNSET
        v_next_page = d.pop("next_page", UNSET)
        if v_next_page is not UNSET and not ((type(v_next_page) is str) or (v_next_page is None)):
            d["next_page"] = v_next_page
            v_next_page = UNSET
        v_total_count = d.pop("total_count", UNSET)
        if v_total_count is not UNSET and not (type(v_total_count) is int):
            d["total_count"] = v_total_count
            v_total_count = UNSET
        obj = cls(
            data=v_data,
            has_more=v_has_more,
            object_=v_object_,
            url=v_url,
            next_page=v_next_page,
            total_count=v_total_count,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class GetCustomersSearchResponse200Params(TypedDict, total=False):
    """GetCustomersSearchResponse200 as plain data, for request parameters."""

    data: Required[list[CustomerParams | Customer]]
    has_more: Required[bool]
    object: Required[GetCustomersSearchResponse200Object]
    url: Required[str]
    next_page: str
    total_count: int


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.customer import Customer  # noqa: E402
