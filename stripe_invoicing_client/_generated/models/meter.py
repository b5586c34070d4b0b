"""Response models: meter (generated; do not edit).

Parsing is tolerant: anything not modelled, and any value of another type than its
field declares, is kept in `additional_properties`, so `from_dict(d).to_dict() == d`.
Reading a field that the data lacks, or held with another type, raises
`FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when
absent."""

from __future__ import annotations

from collections.abc import Mapping
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("created", "created", "int"),
        ("customer_mapping", "customer_mapping", "BillingMeterCustomerMapping"),
        ("default_aggregation", "default_aggregation", "BillingMeterDefaultAggregation"),
        ("display_name", "display_name", "str"),
        ("event_name", "event_name", "str"),
        ("event_time_window", "event_time_window", "Literal['day', 'hour'] | None"),
        ("id", "id", "str"),
        ("livemode", "livemode", "bool"),
        ("object_", "object", "Literal['billing.meter']"),
        ("status", "status", "Literal['active', 'inactive']"),
        ("status_transitions", "status_transitions", "BillingMeterStatusTransitions"),
        ("updated", "updated", "int"),
        ("value_settings", "value_settings", "BillingMeterValueSettings"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(
        (
            "customer_mapping",
            "default_aggregation",
            "status_transitions",
            "value_settings",
        )
    )

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_customer_mapping = self.customer_mapping
        except AttributeError:
            pass
        else:
            data["customer_mapping"] = v_customer_mapping.to_dict()
        try:
            v_default_aggregation = self.default_aggregation
        except AttributeError:
            pass
        else:
            data["default_aggregation"] = v_default_aggregation.to_dict()
        try:
            v_status_transitions = self.status_transitions
        except AttributeError:
            pass
        else:
            data["status_transitions"] = v_status_transitions.to_dict()
        try:
            v_value_settings = self.value_settings
        except AttributeError:
            pass
        else:
            data["value_settings"] = v_value_settings.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingMeter:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_created = take("created", UNSET)
        if type(v_created) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        v_customer_mapping = take("customer_mapping", UNSET)
        if type(v_customer_mapping) is dict:
            fill.customer_mapping = BillingMeterCustomerMapping.from_dict(v_customer_mapping)
        elif v_customer_mapping is not UNSET:
            d["customer_mapping"] = v_customer_mapping
        v_default_aggregation = take("default_aggregation", UNSET)
        if type(v_default_aggregation) is dict:
            fill.default_aggregation = BillingMeterDefaultAggregation.from_dict(
                v_default_aggregation
            )
        elif v_default_aggregation is not UNSET:
            d["default_aggregation"] = v_default_aggregation
        v_display_name = take("display_name", UNSET)
        if type(v_display_name) is str:
            fill.display_name = v_display_name
        elif v_display_name is not UNSET:
            d["display_name"] = v_display_name
        v_event_name = take("event_name", UNSET)
        if type(v_event_name) is str:
            fill.event_name = v_event_name
        elif v_event_name is not UNSET:
            d["event_name"] = v_event_name
        v_event_time_window = take("event_time_window", UNSET)
        if (type(v_event_time_window) is str) or (v_event_time_window is None):
            fill.event_time_window = v_event_time_window
        elif v_event_time_window is not UNSET:
            d["event_time_window"] = v_event_time_window
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_livemode = take("livemode", UNSET)
        if type(v_livemode) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_status = take("status", UNSET)
        if type(v_status) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        v_status_transitions = take("status_transitions", UNSET)
        if type(v_status_transitions) is dict:
            fill.status_transitions = BillingMeterStatusTransitions.from_dict(v_status_transitions)
        elif v_status_transitions is not UNSET:
            d["status_transitions"] = v_status_transitions
        v_updated = take("updated", UNSET)
        if type(v_updated) is int:
            fill.updated = v_updated
        elif v_updated is not UNSET:
            d["updated"] = v_updated
        v_value_settings = take("value_settings", UNSET)
        if type(v_value_settings) is dict:
            fill.value_settings = BillingMeterValueSettings.from_dict(v_value_settings)
        elif v_value_settings is not UNSET:
            d["value_settings"] = v_value_settings
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingMeterCustomerMapping(Model):
    """BillingMeterCustomerMapping"""

    event_payload_key: str
    type_: Literal["by_id"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("event_payload_key", "event_payload_key", "str"),
        ("type_", "type", "Literal['by_id']"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingMeterCustomerMapping:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_event_payload_key = take("event_payload_key", UNSET)
        if type(v_event_payload_key) is str:
            fill.event_payload_key = v_event_payload_key
        elif v_event_payload_key is not UNSET:
            d["event_payload_key"] = v_event_payload_key
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingMeterDefaultAggregation(Model):
    """BillingMeterDefaultAggregation"""

    formula: Literal["count", "last", "sum"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("formula", "formula", "Literal['count', 'last', 'sum']"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingMeterDefaultAggregation:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_formula = take("formula", UNSET)
        if type(v_formula) is str:
            fill.formula = v_formula
        elif v_formula is not UNSET:
            d["formula"] = v_formula
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("created", "created", "int"),
        ("event_name", "event_name", "str"),
        ("identifier", "identifier", "str"),
        ("livemode", "livemode", "bool"),
        ("object_", "object", "Literal['billing.meter_event']"),
        ("payload", "payload", "dict[str, str]"),
        ("timestamp", "timestamp", "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingMeterEvent:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_created = take("created", UNSET)
        if type(v_created) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        v_event_name = take("event_name", UNSET)
        if type(v_event_name) is str:
            fill.event_name = v_event_name
        elif v_event_name is not UNSET:
            d["event_name"] = v_event_name
        v_identifier = take("identifier", UNSET)
        if type(v_identifier) is str:
            fill.identifier = v_identifier
        elif v_identifier is not UNSET:
            d["identifier"] = v_identifier
        v_livemode = take("livemode", UNSET)
        if type(v_livemode) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_payload = take("payload", UNSET)
        if type(v_payload) is dict and (
            not v_payload or all(type(item0) is str for item0 in v_payload.values())
        ):
            fill.payload = v_payload
        elif v_payload is not UNSET:
            d["payload"] = v_payload
        v_timestamp = take("timestamp", UNSET)
        if type(v_timestamp) is int:
            fill.timestamp = v_timestamp
        elif v_timestamp is not UNSET:
            d["timestamp"] = v_timestamp
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("cancel", "cancel", "BillingMeterEventAdjustmentCancel | None"),
        ("event_name", "event_name", "str"),
        ("livemode", "livemode", "bool"),
        ("object_", "object", "Literal['billing.meter_event_adjustment']"),
        ("status", "status", "Literal['complete', 'pending']"),
        ("type_", "type", "Literal['cancel']"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("cancel",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_cancel = self.cancel
        except AttributeError:
            pass
        else:
            data["cancel"] = (
                v_cancel.to_dict()
                if isinstance(v_cancel, BillingMeterEventAdjustmentCancel)
                else v_cancel
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingMeterEventAdjustment:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_cancel = take("cancel", UNSET)
        if (type(v_cancel) is dict) or (v_cancel is None):
            fill.cancel = (
                BillingMeterEventAdjustmentCancel.from_dict(v_cancel)
                if type(v_cancel) is dict
                else v_cancel
            )
        elif v_cancel is not UNSET:
            d["cancel"] = v_cancel
        v_event_name = take("event_name", UNSET)
        if type(v_event_name) is str:
            fill.event_name = v_event_name
        elif v_event_name is not UNSET:
            d["event_name"] = v_event_name
        v_livemode = take("livemode", UNSET)
        if type(v_livemode) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_status = take("status", UNSET)
        if type(v_status) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        v_type_ = take("type", UNSET)
        if type(v_type_) is str:
            fill.type_ = v_type_
        elif v_type_ is not UNSET:
            d["type"] = v_type_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingMeterEventAdjustmentCancel(Model):
    """BillingMeterEventAdjustmentCancel"""

    identifier: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("identifier", "identifier", "str | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingMeterEventAdjustmentCancel:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_identifier = take("identifier", UNSET)
        if (type(v_identifier) is str) or (v_identifier is None):
            fill.identifier = v_identifier
        elif v_identifier is not UNSET:
            d["identifier"] = v_identifier
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("aggregated_value", "aggregated_value", "float"),
        ("end_time", "end_time", "int"),
        ("id", "id", "str"),
        ("livemode", "livemode", "bool"),
        ("meter", "meter", "str"),
        ("object_", "object", "Literal['billing.meter_event_summary']"),
        ("start_time", "start_time", "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingMeterEventSummary:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_aggregated_value = take("aggregated_value", UNSET)
        if type(v_aggregated_value) is float or type(v_aggregated_value) is int:
            fill.aggregated_value = v_aggregated_value
        elif v_aggregated_value is not UNSET:
            d["aggregated_value"] = v_aggregated_value
        v_end_time = take("end_time", UNSET)
        if type(v_end_time) is int:
            fill.end_time = v_end_time
        elif v_end_time is not UNSET:
            d["end_time"] = v_end_time
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_livemode = take("livemode", UNSET)
        if type(v_livemode) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        v_meter = take("meter", UNSET)
        if type(v_meter) is str:
            fill.meter = v_meter
        elif v_meter is not UNSET:
            d["meter"] = v_meter
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        v_start_time = take("start_time", UNSET)
        if type(v_start_time) is int:
            fill.start_time = v_start_time
        elif v_start_time is not UNSET:
            d["start_time"] = v_start_time
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingMeterStatusTransitions(Model):
    """BillingMeterStatusTransitions"""

    deactivated_at: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("deactivated_at", "deactivated_at", "int | None"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingMeterStatusTransitions:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_deactivated_at = take("deactivated_at", UNSET)
        if (type(v_deactivated_at) is int) or (v_deactivated_at is None):
            fill.deactivated_at = v_deactivated_at
        elif v_deactivated_at is not UNSET:
            d["deactivated_at"] = v_deactivated_at
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class BillingMeterValueSettings(Model):
    """BillingMeterValueSettings"""

    event_payload_key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("event_payload_key", "event_payload_key", "str"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> BillingMeterValueSettings:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_event_payload_key = take("event_payload_key", UNSET)
        if type(v_event_payload_key) is str:
            fill.event_payload_key = v_event_payload_key
        elif v_event_payload_key is not UNSET:
            d["event_payload_key"] = v_event_payload_key
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
