"""Response models: test clock (generated; do not edit).

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
class DeletedTestClock(Model):
    """Returned when a test clock has been removed."""

    deleted: Literal[True]
    """Always true: the object has been deleted."""
    id: str
    """Id of the deleted object."""
    object_: Literal["test_helpers.test_clock"]
    """Object type, always `test_helpers.test_clock`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedTestClock:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        v_deleted = take("deleted", UNSET)
        if v_deleted is UNSET:
            pass
        elif v_deleted is True:
            fill.deleted = v_deleted
        else:
            d["deleted"] = v_deleted
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class TestClock(Model):
    """A clock that test-mode customers and subscriptions follow, moved forward on request."""

    created: int
    """Unix timestamp in seconds when the object was created."""
    deletes_after: int
    """Unix timestamp after which the clock and everything on it are deleted."""
    frozen_time: int
    """The clock's current time, as a Unix timestamp in seconds."""
    id: str
    """Unique id of the object."""
    livemode: bool
    """True for an object in live mode, false for one in test mode."""
    name: str | None
    """The clock's name, if given one."""
    object_: Literal["test_helpers.test_clock"]
    """Object type, always `test_helpers.test_clock`."""
    status: Literal["advancing", "internal_failure", "ready"]
    """`advancing` while time moves, `ready` once done, `internal_failure` if moving failed."""
    status_details: TestHelpersTestClockStatusDetails
    """More about the clock's status, such as the time it is advancing to."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _KEYS: ClassVar[dict[str, str]] = {
        "object_": "object",
    }
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "status_details": lambda v: TestHelpersTestClockStatusDetails.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> TestClock:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_created := take("created", UNSET)) is int:
            fill.created = v_created
        elif v_created is not UNSET:
            d["created"] = v_created
        if type(v_deletes_after := take("deletes_after", UNSET)) is int:
            fill.deletes_after = v_deletes_after
        elif v_deletes_after is not UNSET:
            d["deletes_after"] = v_deletes_after
        if type(v_frozen_time := take("frozen_time", UNSET)) is int:
            fill.frozen_time = v_frozen_time
        elif v_frozen_time is not UNSET:
            d["frozen_time"] = v_frozen_time
        if type(v_id := take("id", UNSET)) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        if type(v_livemode := take("livemode", UNSET)) is bool:
            fill.livemode = v_livemode
        elif v_livemode is not UNSET:
            d["livemode"] = v_livemode
        if (type(v_name := take("name", UNSET)) is str) or (v_name is None):
            fill.name = v_name
        elif v_name is not UNSET:
            d["name"] = v_name
        if type(v_object_ := take("object", UNSET)) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if type(v_status := take("status", UNSET)) is str:
            fill.status = v_status
        elif v_status is not UNSET:
            d["status"] = v_status
        if type(v_status_details := take("status_details", UNSET)) is dict:
            later["status_details"] = v_status_details
        elif v_status_details is not UNSET:
            d["status_details"] = v_status_details
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class TestHelpersTestClockStatusDetails(Model):
    """TestHelpersTestClockStatusDetails"""

    advancing: TestHelpersTestClockStatusDetailsAdvancing | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _DECODE: ClassVar[dict[str, Callable[[Any], Any]]] = {
        "advancing": lambda v: TestHelpersTestClockStatusDetailsAdvancing.from_dict(v),
    }

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> TestHelpersTestClockStatusDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        later: dict[str, Any] = {}  # nested JSON, decoded on first read (Model._DECODE)
        if type(v_advancing := take("advancing", UNSET)) is dict:
            later["advancing"] = v_advancing
        elif v_advancing is None:
            fill.advancing = v_advancing
        elif v_advancing is not UNSET:
            d["advancing"] = v_advancing
        if later:
            fill._later = later
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class TestHelpersTestClockStatusDetailsAdvancing(Model):
    """TestHelpersTestClockStatusDetailsAdvancing"""

    target_frozen_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> TestHelpersTestClockStatusDetailsAdvancing:
        d = dict(src_dict)
        obj = object.__new__(cls)
        fill: Any = obj  # Any: `type(v) is str` may not narrow to a field's Literal
        take = d.pop  # bound once: one lookup per model, not per field
        if type(v_target_frozen_time := take("target_frozen_time", UNSET)) is int:
            fill.target_frozen_time = v_target_frozen_time
        elif v_target_frozen_time is not UNSET:
            d["target_frozen_time"] = v_target_frozen_time
        if d:  # what did not fit, or is not modelled (else made on first read)
            fill.additional_properties = d
        return obj


__all__ = [
    "DeletedTestClock",
    "TestClock",
    "TestHelpersTestClockStatusDetails",
    "TestHelpersTestClockStatusDetailsAdvancing",
]
