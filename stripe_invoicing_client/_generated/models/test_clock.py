"""Response models: test clock (generated; do not edit).

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
class DeletedTestClock(Model):
    """Returned when a test clock has been removed."""

    deleted: Literal[True]
    """Always true: the object has been deleted."""
    id: str
    """Id of the deleted object."""
    object_: Literal["test_helpers.test_clock"]
    """Object type, always `test_helpers.test_clock`."""
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("deleted", "deleted", "Literal[True]"),
        ("id", "id", "str"),
        ("object_", "object", "Literal['test_helpers.test_clock']"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> DeletedTestClock:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_deleted = take("deleted", UNSET)
        if v_deleted is UNSET:
            pass
        elif v_deleted is True:
            fill.deleted = v_deleted
        else:
            d["deleted"] = v_deleted
        v_id = take("id", UNSET)
        if type(v_id) is str:
            fill.id = v_id
        elif v_id is not UNSET:
            d["id"] = v_id
        v_object_ = take("object", UNSET)
        if type(v_object_) is str:
            fill.object_ = v_object_
        elif v_object_ is not UNSET:
            d["object"] = v_object_
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
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
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("created", "created", "int"),
        ("deletes_after", "deletes_after", "int"),
        ("frozen_time", "frozen_time", "int"),
        ("id", "id", "str"),
        ("livemode", "livemode", "bool"),
        ("name", "name", "str | None"),
        ("object_", "object", "Literal['test_helpers.test_clock']"),
        ("status", "status", "Literal['advancing', 'internal_failure', 'ready']"),
        ("status_details", "status_details", "TestHelpersTestClockStatusDetails"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("status_details",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_status_details = self.status_details
        except AttributeError:
            pass
        else:
            data["status_details"] = v_status_details.to_dict()
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> TestClock:
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
        v_deletes_after = take("deletes_after", UNSET)
        if type(v_deletes_after) is int:
            fill.deletes_after = v_deletes_after
        elif v_deletes_after is not UNSET:
            d["deletes_after"] = v_deletes_after
        v_frozen_time = take("frozen_time", UNSET)
        if type(v_frozen_time) is int:
            fill.frozen_time = v_frozen_time
        elif v_frozen_time is not UNSET:
            d["frozen_time"] = v_frozen_time
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
        v_name = take("name", UNSET)
        if (type(v_name) is str) or (v_name is None):
            fill.name = v_name
        elif v_name is not UNSET:
            d["name"] = v_name
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
        v_status_details = take("status_details", UNSET)
        if type(v_status_details) is dict:
            fill.status_details = TestHelpersTestClockStatusDetails.from_dict(v_status_details)
        elif v_status_details is not UNSET:
            d["status_details"] = v_status_details
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class TestHelpersTestClockStatusDetails(Model):
    """TestHelpersTestClockStatusDetails"""

    advancing: TestHelpersTestClockStatusDetailsAdvancing | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("advancing", "advancing", "TestHelpersTestClockStatusDetailsAdvancing | None"),
    )

    _CONVERTED: ClassVar[frozenset[str]] = frozenset(("advancing",))

    def to_dict(self) -> dict[str, Any]:
        # Plain fields are copied by Model.to_dict; these need converting back to JSON. An
        # unfilled field raises AttributeError: what was received for it, if anything, is
        # already in additional_properties.
        data = Model.to_dict(self)
        try:
            v_advancing = self.advancing
        except AttributeError:
            pass
        else:
            data["advancing"] = (
                v_advancing.to_dict()
                if isinstance(v_advancing, TestHelpersTestClockStatusDetailsAdvancing)
                else v_advancing
            )
        return data

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> TestHelpersTestClockStatusDetails:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_advancing = take("advancing", UNSET)
        if (type(v_advancing) is dict) or (v_advancing is None):
            fill.advancing = (
                TestHelpersTestClockStatusDetailsAdvancing.from_dict(v_advancing)
                if type(v_advancing) is dict
                else v_advancing
            )
        elif v_advancing is not UNSET:
            d["advancing"] = v_advancing
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


# eq, repr and pickling come from Model: they must cope with fields left unfilled.
@_attrs_define(eq=False, repr=False, getstate_setstate=False)
class TestHelpersTestClockStatusDetailsAdvancing(Model):
    """TestHelpersTestClockStatusDetailsAdvancing"""

    target_frozen_time: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("target_frozen_time", "target_frozen_time", "int"),
    )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> TestHelpersTestClockStatusDetailsAdvancing:
        d = dict(src_dict)
        obj = object.__new__(cls)
        # Typed Any: `type(v) is str` narrows a value to `str`, where a field may declare a
        # Literal. A value that does not fit stays in `d` (additional_properties), unfilled.
        fill: Any = obj
        take = d.pop  # bound once: one lookup per model, not per field
        v_target_frozen_time = take("target_frozen_time", UNSET)
        if type(v_target_frozen_time) is int:
            fill.target_frozen_time = v_target_frozen_time
        elif v_target_frozen_time is not UNSET:
            d["target_frozen_time"] = v_target_frozen_time
        if d:
            # Left unfilled when nothing is kept: Model makes the empty dict on first read.
            fill.additional_properties = d
        return obj


__all__ = [
    "DeletedTestClock",
    "TestClock",
    "TestHelpersTestClockStatusDetails",
    "TestHelpersTestClockStatusDetailsAdvancing",
]
