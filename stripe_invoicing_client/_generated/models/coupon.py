from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_duration import CouponDuration
from ..models.coupon_object import CouponObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.coupon_applies_to import CouponAppliesTo, CouponAppliesToParams
    from ..models.coupon_currency_option import CouponCurrencyOption
    from ..models.coupon_currency_options_type_0 import CouponCurrencyOptionsType0
    from ..models.coupon_metadata_type_0 import CouponMetadataType0


@_attrs_define
class Coupon:
    """A reusable reduction (fixed amount or percentage) that discounts can be created from.

    Parsing is tolerant: a field missing from the data, or of another type than described,
    reads as `UNSET`, and anything not modelled is kept in `additional_properties`, so
    `from_dict(data).to_dict() == data`.
    """

    amount_off: int | None
    created: int
    currency: None | str
    duration: CouponDuration
    duration_in_months: int | None
    id: str
    livemode: bool
    max_redemptions: int | None
    metadata: CouponMetadataType0 | None
    name: None | str
    object_: CouponObject
    percent_off: float | None
    redeem_by: int | None
    times_redeemed: int
    valid: bool
    applies_to: CouponAppliesTo | None | Unset = UNSET
    currency_options: CouponCurrencyOptionsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = dict(self.additional_properties)
        v_amount_off = self.amount_off
        if not isinstance(v_amount_off, Unset):
            data["amount_off"] = v_amount_off
        v_created = self.created
        if not isinstance(v_created, Unset):
            data["created"] = v_created
        v_currency = self.currency
        if not isinstance(v_currency, Unset):
            data["currency"] = v_currency
        v_duration = self.duration
        if not isinstance(v_duration, Unset):
            data["duration"] = v_duration
        v_duration_in_months = self.duration_in_months
        if not isinstance(v_duration_in_months, Unset):
            data["duration_in_months"] = v_duration_in_months
        v_id = self.id
        if not isinstance(v_id, Unset):
            data["id"] = v_id
        v_livemode = self.livemode
        if not isinstance(v_livemode, Unset):
            data["livemode"] = v_livemode
        v_max_redemptions = self.max_redemptions
        if not isinstance(v_max_redemptions, Unset):
            data["max_redemptions"] = v_max_redemptions
        v_metadata = self.metadata
        if not isinstance(v_metadata, Unset):
            data["metadata"] = v_metadata
        v_name = self.name
        if not isinstance(v_name, Unset):
            data["name"] = v_name
        v_object_ = self.object_
        if not isinstance(v_object_, Unset):
            data["object"] = v_object_
        v_percent_off = self.percent_off
        if not isinstance(v_percent_off, Unset):
            data["percent_off"] = v_percent_off
        v_redeem_by = self.redeem_by
        if not isinstance(v_redeem_by, Unset):
            data["redeem_by"] = v_redeem_by
        v_times_redeemed = self.times_redeemed
        if not isinstance(v_times_redeemed, Unset):
            data["times_redeemed"] = v_times_redeemed
        v_valid = self.valid
        if not isinstance(v_valid, Unset):
            data["valid"] = v_valid
        v_applies_to = self.applies_to
        if not isinstance(v_applies_to, Unset):
            data["applies_to"] = (
                v_applies_to.to_dict()
                if isinstance(v_applies_to, CouponAppliesTo)
                else v_applies_to
            )
        v_currency_options = self.currency_options
        if not isinstance(v_currency_options, Unset):
            data["currency_options"] = (
                {k0: item0.to_dict() for k0, item0 in v_currency_options.items()}
                if isinstance(v_currency_options, dict)
                else v_currency_options
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Coupon:
        d = dict(src_dict)
        v_amount_off = d.pop("amount_off", UNSET)
        if v_amount_off is not UNSET and not (
            (type(v_amount_off) is int) or (v_amount_off is None)
        ):
            d["amount_off"] = v_amount_off
            v_amount_off = UNSET
        v_created = d.pop("created", UNSET)
        if v_created is not UNSET and not (type(v_created) is int):
            d["created"] = v_created
            v_created = UNSET
        v_currency = d.pop("currency", UNSET)
        if v_currency is not UNSET and not ((type(v_currency) is str) or (v_currency is None)):
            d["currency"] = v_currency
            v_currency = UNSET
        v_duration = d.pop("duration", UNSET)
        if v_duration is not UNSET and not (type(v_duration) is str):
            d["duration"] = v_duration
            v_duration = UNSET
        v_duration_in_months = d.pop("duration_in_months", UNSET)
        if v_duration_in_months is not UNSET and not (
            (type(v_duration_in_months) is int) or (v_duration_in_months is None)
        ):
            d["duration_in_months"] = v_duration_in_months
            v_duration_in_months = UNSET
        v_id = d.pop("id", UNSET)
        if v_id is not UNSET and not (type(v_id) is str):
            d["id"] = v_id
            v_id = UNSET
        v_livemode = d.pop("livemode", UNSET)
        if v_livemode is not UNSET and not (type(v_livemode) is bool):
            d["livemode"] = v_livemode
            v_livemode = UNSET
        v_max_redemptions = d.pop("max_redemptions", UNSET)
        if v_max_redemptions is not UNSET and not (
            (type(v_max_redemptions) is int) or (v_max_redemptions is None)
        ):
            d["max_redemptions"] = v_max_redemptions
            v_max_redemptions = UNSET
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is not UNSET and not (
            (type(v_metadata) is dict and all(type(item0) is str for item0 in v_metadata.values()))
            or (v_metadata is None)
        ):
            d["metadata"] = v_metadata
            v_metadata = UNSET
        v_name = d.pop("name", UNSET)
        if v_name is not UNSET and not ((type(v_name) is str) or (v_name is None)):
            d["name"] = v_name
            v_name = UNSET
        v_object_ = d.pop("object", UNSET)
        if v_object_ is not UNSET and not (type(v_object_) is str):
            d["object"] = v_object_
            v_object_ = UNSET
        v_percent_off = d.pop("percent_off", UNSET)
        if v_percent_off is not UNSET and not (
            (type(v_percent_off) is float or type(v_percent_off) is int) or (v_percent_off is None)
        ):
            d["percent_off"] = v_percent_off
            v_percent_off = UNSET
        v_redeem_by = d.pop("redeem_by", UNSET)
        if v_redeem_by is not UNSET and not ((type(v_redeem_by) is int) or (v_redeem_by is None)):
            d["redeem_by"] = v_redeem_by
            v_redeem_by = UNSET
        v_times_redeemed = d.pop("times_redeemed", UNSET)
        if v_times_redeemed is not UNSET and not (type(v_times_redeemed) is int):
            d["times_redeemed"] = v_times_redeemed
            v_times_redeemed = UNSET
        v_valid = d.pop("valid", UNSET)
        if v_valid is not UNSET and not (type(v_valid) is bool):
            d["valid"] = v_valid
            v_valid = UNSET
        v_applies_to = d.pop("applies_to", UNSET)
        if v_applies_to is not UNSET:
            if (type(v_applies_to) is dict) or (v_applies_to is None):
                v_applies_to = (
                    CouponAppliesTo.from_dict(v_applies_to)
                    if type(v_applies_to) is dict
                    else v_applies_to
                )
            else:
                d["applies_to"] = v_applies_to
                v_applies_to = UNSET
        v_currency_options = d.pop("currency_options", UNSET)
        if v_currency_options is not UNSET:
            if (
                type(v_currency_options) is dict
                and all(type(item0) is dict for item0 in v_currency_options.values())
            ) or (v_currency_options is None):
                v_currency_options = (
                    {
                        k0: CouponCurrencyOption.from_dict(item0)
                        for k0, item0 in v_currency_options.items()
                    }
                    if type(v_currency_options) is dict
                    and all(type(item0) is dict for item0 in v_currency_options.values())
                    else v_currency_options
                )
            else:
                d["currency_options"] = v_currency_options
                v_currency_options = UNSET
        obj = cls(
            amount_off=v_amount_off,
            created=v_created,
            currency=v_currency,
            duration=v_duration,
            duration_in_months=v_duration_in_months,
            id=v_id,
            livemode=v_livemode,
            max_redemptions=v_max_redemptions,
            metadata=v_metadata,
            name=v_name,
            object_=v_object_,
            percent_off=v_percent_off,
            redeem_by=v_redeem_by,
            times_redeemed=v_times_redeemed,
            valid=v_valid,
            applies_to=v_applies_to,
            currency_options=v_currency_options,
        )
        obj.additional_properties = d
        return obj

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class CouponParams(TypedDict, total=False):
    """Coupon as plain data, for request parameters."""

    amount_off: Required[int]
    created: Required[int]
    currency: Required[str]
    duration: Required[CouponDuration]
    duration_in_months: Required[int]
    id: Required[str]
    livemode: Required[bool]
    max_redemptions: Required[int]
    metadata: Required[Mapping[str, str]]
    name: Required[str]
    object: Required[CouponObject]
    percent_off: Required[float]
    redeem_by: Required[int]
    times_redeemed: Required[int]
    valid: Required[bool]
    applies_to: CouponAppliesToParams | CouponAppliesTo
    currency_options: Mapping[str, CouponCurrencyOption]


# Imported last: models refer to each other in cycles, and are only needed at call time.
from ..models.coupon_applies_to import CouponAppliesTo  # noqa: E402
from ..models.coupon_currency_options_type_0 import CouponCurrencyOptionsType0  # noqa: E402
from ..models.coupon_metadata_type_0 import CouponMetadataType0  # noqa: E402
