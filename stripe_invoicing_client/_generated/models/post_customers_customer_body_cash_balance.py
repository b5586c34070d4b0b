from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.post_customers_customer_body_cash_balance_settings import (
        PostCustomersCustomerBodyCashBalanceSettings,
        PostCustomersCustomerBodyCashBalanceSettingsParams,
    )


@_attrs_define
class PostCustomersCustomerBodyCashBalance:
    """PostCustomersCustomerBodyCashBalance

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    settings: PostCustomersCustomerBodyCashBalanceSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_settings = self.settings
        if not isinstance(v_settings, Unset):
            data["settings"] = v_settings.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> PostCustomersCustomerBodyCashBalance:
        d = dict(src_dict)
        v_settings = d.pop("settings", UNSET)
        if v_settings is not UNSET:
            if type(v_settings) is dict:
                v_settings = PostCustomersCustomerBodyCashBalanceSettings.from_dict(v_settings)
            else:
                d["settings"] = v_settings
                v_settings = UNSET
        obj = cls(
            settings=v_settings,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class PostCustomersCustomerBodyCashBalanceParams(TypedDict, total=False):
    """PostCustomersCustomerBodyCashBalance as plain data, for request parameters."""

    settings: (
        PostCustomersCustomerBodyCashBalanceSettingsParams
        | PostCustomersCustomerBodyCashBalanceSettings
    )


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.post_customers_customer_body_cash_balance_settings import (
    PostCustomersCustomerBodyCashBalanceSettings,  # noqa: E402
)
