"""Response models: meter (generated; do not edit).

Parsing is tolerant: anything not modelled, and any value of another type than its
field declares, is kept in `additional_properties`, so `from_dict(d).to_dict() == d`.
Reading a field that the data lacks, or held with another type, raises
`FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when
absent."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar, Literal

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..._core.model import Model
from ..._core.types import UNSET


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingMeter(Model):
    """A billing meter: it aggregates usage events per customer so metered prices can bill them."""

    created: int
    """When the meter was created, as a Unix timestamp in seconds."""
    customer_mapping: BillingMeterCustomerMapping
    """Which payload key of an event names the customer it is for."""
    default_aggregation: BillingMeterDefaultAggregation
    """How the meter combines events over a period: sum, count or last value."""
    display_name: str
    """The meter's name as shown in the Dashboard."""
    event_name: str
    """The name of the meter events this meter counts."""
    event_time_window: Literal["day", "hour"] | None
    """The window events are grouped in for summaries, when set."""
    id: str
    """Unique identifier of the meter (starts with `mtr_`)."""
    livemode: bool
    """Whether the object exists in live mode (true) or test mode (false)."""
    object_: Literal["billing.meter"]
    """Object type, always `billing.meter`."""
    status: Literal["active", "inactive"]
    """Whether the meter takes events: active or inactive."""
    status_transitions: BillingMeterStatusTransitions
    """When the meter was last deactivated."""
    updated: int
    """When the meter last changed, as a Unix timestamp in seconds."""
    value_settings: BillingMeterValueSettings
    """Which payload key of an event holds its value."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "customer_mapping": lambda v: BillingMeterCustomerMapping.from_dict(v),
        "default_aggregation": lambda v: BillingMeterDefaultAggregation.from_dict(v),
        "status_transitions": lambda v: BillingMeterStatusTransitions.from_dict(v),
        "value_settings": lambda v: BillingMeterValueSettings.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingMeter:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if type(v_customer_mapping := take("customer_mapping", UNSET)) is dict:
            later["customer_mapping"] = v_customer_mapping
        elif v_customer_mapping is not UNSET:
            d["customer_mapping"] = v_customer_mapping
        if type(v_default_aggregation := take("default_aggregation", UNSET)) is dict:
            later["default_aggregation"] = v_default_aggregation
        elif v_default_aggregation is not UNSET:
            d["default_aggregation"] = v_default_aggregation
        if type(v_display_name := take("display_name", UNSET)) is str:
            fill.display_name = v_display_name
        elif v_display_name is not UNSET:
            d["display_name"] = v_display_name
        if type(v_event_name := take("event_name", UNSET)) is str:
            fill.event_name = v_event_name
        elif v_event_name is not UNSET:
            d["event_name"] = v_event_name
        if (type(v_event_time_window := take("event_time_window", UNSET)) is str) or (
            v_event_time_window is None
        ):
            fill.event_time_window = v_event_time_window
        elif v_event_time_window is not UNSET:
            d["event_time_window"] = v_event_time_window
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_status := take("status", UNSET)) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        if type(v_status_transitions := take("status_transitions", UNSET)) is dict:
            later["status_transitions"] = v_status_transitions
        elif v_status_transitions is not UNSET:
            d["status_transitions"] = v_status_transitions
        if type(v_updated := take("updated", UNSET)) is int:
            fill.updated = v_updated
        elif v_updated is not UNSET:
            d["updated"] = v_updated
        if type(v_value_settings := take("value_settings", UNSET)) is dict:
            later["value_settings"] = v_value_settings
        elif v_value_settings is not UNSET:
            d["value_settings"] = v_value_settings
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingMeterCustomerMapping(Model):
    """BillingMeterCustomerMapping"""

    event_payload_key: str
    type_: Literal["by_id"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "type_": "type",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingMeterCustomerMapping:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_event_payload_key := take("event_payload_key", UNSET)) is str:
            fill.event_payload_key = v_event_payload_key
        elif v_event_payload_key is not UNSET:
            d["event_payload_key"] = v_event_payload_key
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingMeterDefaultAggregation(Model):
    """BillingMeterDefaultAggregation"""

    formula: Literal["count", "last", "sum"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingMeterDefaultAggregation:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_formula := take("formula", UNSET)) is str:
            fill.formula = v_formula
        elif v_formula is not UNSET:
            d["formula"] = v_formula
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingMeterEvent(Model):
    """A meter event: one usage record reported to a meter."""

    created: int
    """When the event was received, as a Unix timestamp in seconds."""
    event_name: str
    """The name of the meter the event is for."""
    identifier: str
    """The event's unique identifier, used to drop duplicates."""
    livemode: bool
    """Whether the object exists in live mode (true) or test mode (false)."""
    object_: Literal["billing.meter_event"]
    """Object type, always `billing.meter_event`."""
    payload: dict[str, str]
    """The event's values: the customer and the usage value, by key."""
    timestamp: int
    """When the usage happened, as a Unix timestamp in seconds."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingMeterEvent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if type(v_event_name := take("event_name", UNSET)) is str:
            fill.event_name = v_event_name
        elif v_event_name is not UNSET:
            d["event_name"] = v_event_name
        if type(v_identifier := take("identifier", UNSET)) is str:
            fill.identifier = v_identifier
        elif v_identifier is not UNSET:
            d["identifier"] = v_identifier
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_payload := take("payload", UNSET)) is dict and (
            not v_payload or all(type(item0) is str for item0 in v_payload.values())
        ):
            fill.payload = v_payload
        elif v_payload is not UNSET:
            d["payload"] = v_payload
        if type(v_timestamp := take("timestamp", UNSET)) is int:
            fill.timestamp = v_timestamp
        elif v_timestamp is not UNSET:
            d["timestamp"] = v_timestamp
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingMeterEventAdjustment(Model):
    """A meter event adjustment: a correction, such as cancelling an event reported by mistake."""

    cancel: BillingMeterEventAdjustmentCancel | None
    """Which event the adjustment cancels, by its identifier."""
    event_name: str
    """The name of the meter whose event is adjusted."""
    livemode: bool
    """Whether the object exists in live mode (true) or test mode (false)."""
    object_: Literal["billing.meter_event_adjustment"]
    """Object type, always `billing.meter_event_adjustment`."""
    status: Literal["complete", "pending"]
    """Whether the adjustment is still being applied or complete."""
    type_: Literal["cancel"]
    """What the adjustment does: cancel an event."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
        "type_": "type",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "cancel": lambda v: BillingMeterEventAdjustmentCancel.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingMeterEventAdjustment:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_cancel := take("cancel", UNSET)) is dict:
            later["cancel"] = v_cancel
        elif v_cancel is None:
            fill.cancel = v_cancel
        elif v_cancel is not UNSET:
            d["cancel"] = v_cancel
        if type(v_event_name := take("event_name", UNSET)) is str:
            fill.event_name = v_event_name
        elif v_event_name is not UNSET:
            d["event_name"] = v_event_name
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_status := take("status", UNSET)) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        if type(v_type_ := take("type", UNSET)) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingMeterEventAdjustmentCancel(Model):
    """BillingMeterEventAdjustmentCancel"""

    identifier: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingMeterEventAdjustmentCancel:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_identifier := take("identifier", UNSET)) is str) or (v_identifier is None):
            fill.identifier = v_identifier
        elif v_identifier is not UNSET:
            d["identifier"] = v_identifier
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingMeterEventSummary(Model):
    """A meter event summary: a meter's aggregate for one customer over one window."""

    aggregated_value: float
    """The meter's aggregate over the window."""
    end_time: int
    """End of the window, exclusive, as a Unix timestamp in seconds."""
    id: str
    """Unique identifier of the summary."""
    livemode: bool
    """Whether the object exists in live mode (true) or test mode (false)."""
    meter: str
    """Id of the meter summarized."""
    object_: Literal["billing.meter_event_summary"]
    """Object type, always `billing.meter_event_summary`."""
    start_time: int
    """Start of the window, inclusive, as a Unix timestamp in seconds."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingMeterEventSummary:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (
            type(v_aggregated_value := take("aggregated_value", UNSET)) is float
            or type(v_aggregated_value) is int
        ):
            fill.aggregated_value = v_aggregated_value
        elif v_aggregated_value is not UNSET:
            d["aggregated_value"] = v_aggregated_value
        if type(v_end_time := take("end_time", UNSET)) is int:
            fill.end_time = v_end_time
        elif v_end_time is not UNSET:
            d["end_time"] = v_end_time
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if type(v_meter := take("meter", UNSET)) is str:
            fill.meter = v_meter
        elif v_meter is not UNSET:
            d["meter"] = v_meter
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_start_time := take("start_time", UNSET)) is int:
            fill.start_time = v_start_time
        elif v_start_time is not UNSET:
            d["start_time"] = v_start_time
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingMeterStatusTransitions(Model):
    """BillingMeterStatusTransitions"""

    deactivated_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingMeterStatusTransitions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if (type(v_deactivated_at := take("deactivated_at", UNSET)) is int) or (
            v_deactivated_at is None
        ):
            fill.deactivated_at = v_deactivated_at
        elif v_deactivated_at is not UNSET:
            d["deactivated_at"] = v_deactivated_at
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingMeterValueSettings(Model):
    """BillingMeterValueSettings"""

    event_payload_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingMeterValueSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_event_payload_key := take("event_payload_key", UNSET)) is str:
            fill.event_payload_key = v_event_payload_key
        elif v_event_payload_key is not UNSET:
            d["event_payload_key"] = v_event_payload_key
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


__all__ = [
    "BillingMeter",
    "BillingMeterCustomerMapping",
    "BillingMeterDefaultAggregation",
    "BillingMeterEvent",
    "BillingMeterEventAdjustment",
    "BillingMeterEventAdjustmentCancel",
    "BillingMeterEventSummary",
    "BillingMeterStatusTransitions",
    "BillingMeterValueSettings",
]
