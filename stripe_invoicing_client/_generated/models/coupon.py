from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import Model
from ..models.coupon_duration import CouponDuration
from ..models.coupon_object import CouponObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Required

    from ..models.coupon_applies_to import CouponAppliesTo, CouponAppliesToParams
    from ..models.coupon_currency_option import CouponCurrencyOption
    from ..models.coupon_currency_options_type_0 import CouponCurrencyOptionsType0
    from ..models.coupon_metadata_type_0 import CouponMetadataType0


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class Coupon(Model):
    """A reusable reduction (fixed amount or percentage) that discounts can be created from.

    Parsing is tolerant: anything not modelled, and any value of another type than its field
    declares, is kept in `additional_properties`, so `from_dict(data).to_dict() == data`.
    Reading a field that the data lacks, or held with another type, raises
    `FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when absent.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("amount_off", "amount_off", "int | None"),
        ("created", "created", "int"),
        ("currency", "currency", "str | None"),
        ("duration", "duration", "CouponDuration"),
        ("duration_in_months", "duration_in_months", "int | None"),
        ("id", "id", "str"),
        ("livemode", "livemode", "bool"),
        ("max_redemptions", "max_redemptions", "int | None"),
        ("metadata", "metadata", "CouponMetadataType0 | None"),
        ("name", "name", "str | None"),
        ("object_", "object", "CouponObject"),
        ("percent_off", "percent_off", "float | None"),
        ("redeem_by", "redeem_by", "int | None"),
        ("times_redeemed", "times_redeemed", "int"),
        ("valid", "valid", "bool"),
        ("applies_to", "applies_to", "CouponAppliesTo | None"),
        ("currency_options", "currency_options", "CouponCurrencyOptionsType0 | None"),
    )

    def to_dict(self) -> dict[str, Any]:
        # An unfilled field raises AttributeError; what was received for it, if anything, is
        # already in additional_properties.
        data: dict[str, Any] = dict(self.additional_properties)
        try:
            v_amount_off = self.amount_off
        except AttributeError:
            pass
        else:
            data["amount_off"] = v_amount_off
        try:
            v_created = self.created
        except AttributeError:
            pass
        else:
            data["created"] = v_created
        try:
            v_currency = self.currency
        except AttributeError:
            pass
        else:
            data["currency"] = v_currency
        try:
            v_duration = self.duration
        except AttributeError:
            pass
        else:
            data["duration"] = v_duration
        try:
            v_duration_in_months = self.duration_in_months
        except AttributeError:
            pass
        else:
            data["duration_in_months"] = v_duration_in_months
        try:
            v_id = self.id
        except AttributeError:
            pass
        else:
            data["id"] = v_id
        try:
            v_livemode = self.livemode
        except AttributeError:
            pass
        else:
            data["livemode"] = v_livemode
        try:
            v_max_redemptions = self.max_redemptions
        except AttributeError:
            pass
        else:
            data["max_redemptions"] = v_max_redemptions
        try:
            v_metadata = self.metadata
        except AttributeError:
            pass
        else:
            data["metadata"] = v_metadata
        try:
            v_name = self.name
        except AttributeError:
            pass
        else:
            data["name"] = v_name
        try:
            v_object_ = self.object_
        except AttributeError:
            pass
        else:
            data["object"] = v_object_
        try:
            v_percent_off = self.percent_off
        except AttributeError:
            pass
        else:
            data["percent_off"] = v_percent_off
        try:
            v_redeem_by = self.redeem_by
        except AttributeError:
            pass
        else:
            data["redeem_by"] = v_redeem_by
        try:
            v_times_redeemed = self.times_redeemed
        except AttributeError:
            pass
        else:
            data["times_redeemed"] = v_times_redeemed
        try:
            v_valid = self.valid
        except AttributeError:
            pass
        else:
            data["valid"] = v_valid
        try:
            v_applies_to = self.applies_to
        except AttributeError:
            pass
        else:
            if not isinstance(v_applies_to, Unset):
                data["applies_to"] = (
                    v_applies_to.to_dict()
                    if isinstance(v_applies_to, CouponAppliesTo)
                    else v_applies_to
                )
        try:
            v_currency_options = self.currency_options
        except AttributeError:
            pass
        else:
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
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal; the checks below are what makes each stored value fit its field.
        # A value that does not fit stays in `d` (the additional properties), its field unfilled.
        fill: Any = obj
        v_amount_off = d.pop("amount_off", UNSET)
        if v_amount_off is not UNSET:
            if (type(v_amount_off) is int) or (v_amount_off is None):
                fill.amount_off = v_amount_off
            else:
                d["amount_off"] = v_amount_off
        v_created = d.pop("created", UNSET)
        if v_created is not UNSET:
            if type(v_created) is int:
                fill.created = v_created
            else:
                d["created"] = v_created
        v_currency = d.pop("currency", UNSET)
        if v_currency is not UNSET:
            if (type(v_currency) is str) or (v_currency is None):
                fill.currency = v_currency
            else:
                d["currency"] = v_currency
        v_duration = d.pop("duration", UNSET)
        if v_duration is not UNSET:
            if type(v_duration) is str:
                fill.duration = v_duration
            else:
                d["duration"] = v_duration
        v_duration_in_months = d.pop("duration_in_months", UNSET)
        if v_duration_in_months is not UNSET:
            if (type(v_duration_in_months) is int) or (v_duration_in_months is None):
                fill.duration_in_months = v_duration_in_months
            else:
                d["duration_in_months"] = v_duration_in_months
        v_id = d.pop("id", UNSET)
        if v_id is not UNSET:
            if type(v_id) is str:
                fill.id = v_id
            else:
                d["id"] = v_id
        v_livemode = d.pop("livemode", UNSET)
        if v_livemode is not UNSET:
            if type(v_livemode) is bool:
                fill.livemode = v_livemode
            else:
                d["livemode"] = v_livemode
        v_max_redemptions = d.pop("max_redemptions", UNSET)
        if v_max_redemptions is not UNSET:
            if (type(v_max_redemptions) is int) or (v_max_redemptions is None):
                fill.max_redemptions = v_max_redemptions
            else:
                d["max_redemptions"] = v_max_redemptions
        v_metadata = d.pop("metadata", UNSET)
        if v_metadata is not UNSET:
            if (
                type(v_metadata) is dict
                and all(type(item0) is str for item0 in v_metadata.values())
            ) or (v_metadata is None):
                fill.metadata = v_metadata
            else:
                d["metadata"] = v_metadata
        v_name = d.pop("name", UNSET)
        if v_name is not UNSET:
            if (type(v_name) is str) or (v_name is None):
                fill.name = v_name
            else:
                d["name"] = v_name
        v_object_ = d.pop("object", UNSET)
        if v_object_ is not UNSET:
            if type(v_object_) is str:
                fill.object_ = v_object_
            else:
                d["object"] = v_object_
        v_percent_off = d.pop("percent_off", UNSET)
        if v_percent_off is not UNSET:
            if (type(v_percent_off) is float or type(v_percent_off) is int) or (
                v_percent_off is None
            ):
                fill.percent_off = v_percent_off
            else:
                d["percent_off"] = v_percent_off
        v_redeem_by = d.pop("redeem_by", UNSET)
        if v_redeem_by is not UNSET:
            if (type(v_redeem_by) is int) or (v_redeem_by is None):
                fill.redeem_by = v_redeem_by
            else:
                d["redeem_by"] = v_redeem_by
        v_times_redeemed = d.pop("times_redeemed", UNSET)
        if v_times_redeemed is not UNSET:
            if type(v_times_redeemed) is int:
                fill.times_redeemed = v_times_redeemed
            else:
                d["times_redeemed"] = v_times_redeemed
        v_valid = d.pop("valid", UNSET)
        if v_valid is not UNSET:
            if type(v_valid) is bool:
                fill.valid = v_valid
            else:
                d["valid"] = v_valid
        v_applies_to = d.pop("applies_to", UNSET)
        if v_applies_to is UNSET:
            fill.applies_to = UNSET
        elif (type(v_applies_to) is dict) or (v_applies_to is None):
            fill.applies_to = (
                CouponAppliesTo.from_dict(v_applies_to)
                if type(v_applies_to) is dict
                else v_applies_to
            )
        else:
            d["applies_to"] = v_applies_to
        v_currency_options = d.pop("currency_options", UNSET)
        if v_currency_options is UNSET:
            fill.currency_options = UNSET
        elif (
            type(v_currency_options) is dict
            and all(type(item0) is dict for item0 in v_currency_options.values())
        ) or (v_currency_options is None):
            fill.currency_options = (
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
        fill.additional_properties = d
        return obj


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
