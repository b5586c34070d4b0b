"""The event model's parsing: what `construct_event` and `client.events` give back.

`BaseEvent` reads an event tolerantly, like the generated models, and turns `data.object` into a
model when both the event type and the object's own `object` field say which one. The table
that says so is generated (`models/webhook_objects.py`): the generated `Event` binds it
(`_OBJECTS`).
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from contextlib import suppress
from typing import Any, ClassVar, Generic, TypeVar

import attrs

from .errors import InvalidParameterError
from .model import Model
from .types import UNSET

O = TypeVar("O")  # noqa: E741
E = TypeVar("E", bound="BaseEvent[Any]")

VALUE_EXCERPT = 40
_STUB_KEYS = frozenset({"id", "object", "deleted"})


class NotAnEvent(Exception):
    """Internal: the decoded payload is not shaped like an event."""


def excerpt(value: Any, limit: int) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _refusal(document: Mapping[str, Any]) -> str | None:
    """Why `document` is not shaped like an event (what `from_dict` refuses), None if it is."""
    if "object" in document and document["object"] != "event":
        return f"its object is {excerpt(document['object'], VALUE_EXCERPT)}"
    if type(document.get("id")) is not str or type(document.get("type")) is not str:
        return "it has no string id and type"
    data = document.get("data")
    if type(data) is not dict or type(data.get("object")) is not dict:
        return "it has no data.object"
    return None


def _parse_object(
    objects: Mapping[str, tuple[str, Any, Any]], event_type: str, value: dict[str, Any]
) -> Any:
    """A model when both the event type and the object's own `object` field say which one."""
    kind = value.get("object")
    entry = objects.get(kind) if isinstance(kind, str) else None
    # `customer.subscription.updated` starts with "customer." but carries a subscription, which
    # the `object` field tells apart.
    if entry is None or not event_type.startswith(entry[0]):
        return value
    _, full, stub = entry
    # Deletion events usually carry the whole object; a bare {id, object, deleted} is the stub.
    is_stub = value.get("deleted") is True and value.keys() <= _STUB_KEYS
    return (stub if is_stub and stub is not None else full).from_dict(value)


# eq, repr and pickling come from Model, which copes with fields left unfilled.
@attrs.define(eq=False, repr=False, getstate_setstate=False)
class EventRequest(Model):
    """The API request that caused the event; both fields are None for automatic changes.

    Like the generated models: a member that is missing or of another type is kept in
    `additional_properties`, and reading it raises `FieldNotAvailableError`.
    """

    id: str | None
    idempotency_key: str | None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "str | None"),
        ("idempotency_key", "idempotency_key", "str | None"),
    )

    @classmethod
    def _parse(cls, value: dict[str, Any]) -> EventRequest:
        rest = dict(value)
        request = object.__new__(cls)
        for name in ("id", "idempotency_key"):
            item = rest.pop(name, UNSET)
            if item is None or type(item) is str:
                setattr(request, name, item)
            elif item is not UNSET:
                rest[name] = item
        request.additional_properties = rest
        return request

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.additional_properties)
        for name in ("id", "idempotency_key"):
            with suppress(AttributeError):  # unfilled: kept in additional_properties
                out[name] = getattr(self, name)
        return out


# eq, repr and pickling come from Model, which copes with fields left unfilled.
@attrs.define(eq=False, repr=False, getstate_setstate=False)
class EventData(Model, Generic[O]):
    """What the event is about: the object as it is after the change.

    `previous_attributes` is set on `*.updated` events: the changed fields' earlier values.
    Like the generated models: an `object` that is missing or not an object is kept in
    `additional_properties`, and reading it raises `FieldNotAvailableError`.
    """

    object: O
    previous_attributes: dict[str, Any] | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("object", "object", "model | dict"),
        ("previous_attributes", "previous_attributes", "dict | None"),
    )

    @classmethod
    def _parse(
        cls, objects: Mapping[str, tuple[str, Any, Any]], event_type: str, value: dict[str, Any]
    ) -> EventData[Any]:
        rest = dict(value)
        data = object.__new__(cls)
        found = rest.pop("object", UNSET)
        if type(found) is dict:
            data.object = _parse_object(objects, event_type, found)
        elif found is not UNSET:
            rest["object"] = found
        previous = rest.pop("previous_attributes", UNSET)
        if previous is not UNSET and type(previous) is not dict:
            rest["previous_attributes"] = previous
            previous = UNSET
        data.previous_attributes = None if previous is UNSET else previous
        data.additional_properties = rest
        return data

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.additional_properties)
        value: Any = getattr(self, "object", UNSET)
        if value is not UNSET:  # unfilled: kept in additional_properties
            out["object"] = value if isinstance(value, dict) else value.to_dict()
        if self.previous_attributes is not None:
            out["previous_attributes"] = self.previous_attributes
        return out


@attrs.define(eq=False, repr=False, getstate_setstate=False)
class BaseEvent(Model, Generic[O]):
    """A Stripe event, as delivered to a webhook endpoint.

    `data.object` is an `Invoice`, `InvoiceItem` or `Customer` (or the `Deleted...` stub) when the
    event is about one of those; for any other event it stays a plain dict.

    Parsing is tolerant, like the generated models: a field that is missing or of an unexpected
    type is kept in `additional_properties` (next to the fields this class does not model,
    including `object`, always "event"), and reading it raises `FieldNotAvailableError`. So
    `to_dict()` gives back what was received. Only an event inside a response (an item of
    `client.events.list`) may lack `id`, `type` or `data.object`: `from_dict` and
    `construct_event` refuse a payload without them, which is not an event.
    `raw` is the decoded payload itself; treat it as read-only. Events compare by content, `raw`
    left out.
    """

    id: str
    type: str
    data: EventData[O]
    created: int
    livemode: bool
    api_version: str | None
    pending_webhooks: int
    request: EventRequest | None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    raw: dict[str, Any] = attrs.field(factory=dict)
    # object tag -> (event type prefix, full model, deletion-stub model or None).
    _OBJECTS: ClassVar[Mapping[str, tuple[str, Any, Any]]] = {}
    _FIELDS: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "str"),
        ("type", "type", "str"),
        ("data", "data", "EventData"),
        ("created", "created", "int"),
        ("livemode", "livemode", "bool"),
        ("api_version", "api_version", "str | None"),
        ("pending_webhooks", "pending_webhooks", "int"),
        ("request", "request", "EventRequest | None"),
    )
    _SHOWN: ClassVar[tuple[str, ...]] = (
        "id",
        "type",
        "created",
        "livemode",
        "api_version",
        "pending_webhooks",
    )

    def __repr__(self) -> str:
        state = self._filled()
        parts = (
            f"{name}={state[name]!r}" if name in state else f"{name}=<not available>"
            for name in self._SHOWN
        )
        return f"Event({', '.join(parts)})"

    @classmethod
    def from_dict(cls: builtins.type[E], data: Mapping[str, Any]) -> E:
        """Read an event that needs no verification (fetched from the API, or stored earlier).

        Raises `InvalidParameterError` if `data` is not shaped like an event.
        """
        if not isinstance(data, Mapping):
            raise InvalidParameterError("data", f"must be a mapping, not {type(data).__name__}")
        raw = dict(data)
        try:
            return cls._parse(raw, raw)
        except NotAnEvent as error:
            raise InvalidParameterError("data", f"is not a Stripe event: {error}") from None

    @classmethod
    def _from_nested(cls: builtins.type[E], data: dict[str, Any]) -> E:
        """An event inside a response (a page's item), read like any nested model: never
        refused, what it lacks is left unfilled. The generated page models call this."""
        raw = dict(data)
        return cls._parse(raw, raw, strict=False)

    @classmethod
    def _parse(
        cls: builtins.type[E], document: dict[str, Any], raw: dict[str, Any], *, strict: bool = True
    ) -> E:
        """Build from `document`, whose nested values the result may share; `raw` is kept as is.
        `strict`: raise NotAnEvent if `document` is not shaped like an event."""
        if strict:
            refused = _refusal(document)
            if refused is not None:
                raise NotAnEvent(refused)
        rest = dict(document)
        event = object.__new__(cls)

        def take(name: str, fits: Any) -> Any:
            value = rest.pop(name, UNSET)
            if value is not UNSET:
                if fits(value):
                    setattr(event, name, value)
                else:
                    rest[name] = value  # drifted: keep it, unparsed, where to_dict will find it
            return value

        take("id", lambda v: type(v) is str)
        event_type = take("type", lambda v: type(v) is str)
        data = take("data", lambda v: type(v) is dict)
        if type(data) is dict:
            kind = event_type if type(event_type) is str else ""
            event.data = EventData._parse(cls._OBJECTS, kind, data)
        take("created", lambda v: type(v) is int)
        take("livemode", lambda v: type(v) is bool)
        take("api_version", lambda v: v is None or type(v) is str)
        take("pending_webhooks", lambda v: type(v) is int)
        # Before 2017 `request` was a bare id string; that too is kept as drift.
        request = take("request", lambda v: v is None or type(v) is dict)
        if type(request) is dict:
            event.request = EventRequest._parse(request)
        event.additional_properties = rest
        event.raw = raw
        return event

    def to_dict(self) -> dict[str, Any]:
        """The event as plain JSON data, equal to what was parsed."""
        out = dict(self.additional_properties)
        for name in ("id", "type", "created", "livemode", "api_version", "pending_webhooks"):
            with suppress(AttributeError):  # unfilled: kept in additional_properties
                out[name] = getattr(self, name)
        data = getattr(self, "data", None)
        if isinstance(data, EventData):
            out["data"] = data.to_dict()
        request = getattr(self, "request", UNSET)
        if isinstance(request, EventRequest):
            out["request"] = request.to_dict()
        elif request is None:
            out["request"] = None
        return out
