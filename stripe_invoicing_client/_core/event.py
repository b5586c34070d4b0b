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


@attrs.define
class EventData(Generic[O]):
    """What the event is about: the object as it is after the change.

    `previous_attributes` is set on `*.updated` events: the changed fields' earlier values.
    """

    object: O
    previous_attributes: dict[str, Any] | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.additional_properties)
        value: Any = self.object
        out["object"] = value if isinstance(value, dict) else value.to_dict()
        if self.previous_attributes is not None:
            out["previous_attributes"] = self.previous_attributes
        return out


@attrs.define(eq=False, repr=False, getstate_setstate=False)
class BaseEvent(Model, Generic[O]):
    """A Stripe event, as delivered to a webhook endpoint.

    `data.object` is an `Invoice`, `InvoiceItem` or `Customer` (or the `Deleted...` stub) when the
    event is about one of those; for any other event it stays a plain dict.

    Parsing is tolerant, like the generated models: `id`, `type` and `data.object` must be there;
    any other field that is missing or of an unexpected type is kept in `additional_properties`
    (next to the fields this class does not model, including `object`, always "event"), and
    reading it raises `FieldNotAvailableError`. So `to_dict()` gives back what was received.
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

    @staticmethod
    def _fits(value: Mapping[str, Any]) -> bool:
        """Whether `from_dict` reads `value`: a page of events keeps its `data` as received,
        like any value that does not fit its field, unless every item does."""
        return _refusal(value) is None

    @classmethod
    def _parse(cls: builtins.type[E], document: dict[str, Any], raw: dict[str, Any]) -> E:
        """Build from `document`, whose nested values the result may share; `raw` is kept as is."""
        refused = _refusal(document)
        if refused is not None:
            raise NotAnEvent(refused)
        rest = dict(document)
        event_id = rest.pop("id")
        event_type = rest.pop("type")
        data = rest.pop("data")

        event = object.__new__(cls)

        def take(name: str, fits: Any) -> Any:
            value = rest.pop(name, UNSET)
            if value is not UNSET:
                if fits(value):
                    setattr(event, name, value)
                else:
                    rest[name] = value  # drifted: keep it, unparsed, where to_dict will find it
            return value

        take("created", lambda v: type(v) is int)
        take("livemode", lambda v: type(v) is bool)
        take("api_version", lambda v: v is None or type(v) is str)
        take("pending_webhooks", lambda v: type(v) is int)
        # Before 2017 `request` was a bare id string; that too is kept as drift.
        request = take("request", lambda v: v is None or type(v) is dict)
        if type(request) is dict:
            event.request = EventRequest._parse(request)

        data_rest = dict(data)
        event_object = _parse_object(cls._OBJECTS, event_type, data_rest.pop("object"))
        previous = data_rest.pop("previous_attributes", UNSET)
        if previous is not UNSET and type(previous) is not dict:
            data_rest["previous_attributes"] = previous
            previous = UNSET
        event.id = event_id
        event.type = event_type
        event.data = EventData(event_object, None if previous is UNSET else previous, data_rest)
        event.additional_properties = rest
        event.raw = raw
        return event

    def to_dict(self) -> dict[str, Any]:
        """The event as plain JSON data, equal to what was parsed."""
        out = dict(self.additional_properties)
        out["id"] = self.id
        out["type"] = self.type
        out["data"] = self.data.to_dict()
        for name in ("created", "livemode", "api_version", "pending_webhooks"):
            with suppress(AttributeError):  # unfilled: kept in additional_properties
                out[name] = getattr(self, name)
        request = getattr(self, "request", UNSET)
        if isinstance(request, EventRequest):
            out["request"] = request.to_dict()
        elif request is None:
            out["request"] = None
        return out
