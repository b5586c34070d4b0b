"""Checking that a webhook delivery really comes from Stripe, and reading the event it carries.

`construct_event` verifies the `Stripe-Signature` header against the raw request body and the
endpoint's signing secret, then parses the body into an `Event`. Anything wrong with the
delivery (header, signature, timestamp, body) raises `SignatureVerificationError`; a mistake in
the caller's own configuration (an empty secret, a negative tolerance) raises
`InvalidParameterError` instead, so it is not mistaken for a bad request.

`generate_test_signature` builds a valid header, for testing your own webhook endpoint.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import re
import time
from collections.abc import Mapping
from contextlib import suppress
from typing import Any, ClassVar

import attrs

from ._core.model import Model
from ._core.types import UNSET
from ._generated.webhook_objects import WEBHOOK_OBJECTS, EventObject
from ._redact import redact
from .errors import InvalidParameterError, SignatureVerificationError

__all__ = [
    "DEFAULT_TOLERANCE",
    "SIGNATURE_HEADER",
    "Event",
    "EventData",
    "EventObject",
    "EventRequest",
    "construct_event",
    "generate_test_signature",
]

SIGNATURE_HEADER = "Stripe-Signature"
"""The name of the HTTP header that carries the signature."""

DEFAULT_TOLERANCE = 300
"""How far, in seconds, a signature's timestamp may be from the current time."""

# ASCII digits only: int() would also accept "+1", "1_0" and non-ASCII digits, which Stripe never
# sends. Twelve digits is far beyond any real time and keeps int() away from its size limit.
_TIMESTAMP = re.compile(r"[0-9]{1,12}")
# A v1 signature is a hex SHA-256 digest.
_V1_SIGNATURE = re.compile(r"[0-9a-fA-F]{64}")
_HEADER_EXCERPT = 160
_VALUE_EXCERPT = 40

# object tag -> (event type prefix, full model, deletion-stub model or None): generated from
# the operations table's resources.
_MODELS = WEBHOOK_OBJECTS
_STUB_KEYS = frozenset({"id", "object", "deleted"})


class _NotAnEvent(Exception):
    """Internal: the decoded payload is not shaped like an event."""


def _excerpt(value: Any, limit: int) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _mac(secret: str, timestamp: str, payload: bytes) -> bytes:
    signed = timestamp.encode("ascii") + b"." + payload
    return hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).digest()


def _payload_bytes(payload: bytes | str) -> bytes:
    """The bytes Stripe signed. Raises UnicodeEncodeError (str) or TypeError (anything else)."""
    if isinstance(payload, str):
        return payload.encode("utf-8")
    if isinstance(payload, (bytes, bytearray, memoryview)):
        return bytes(payload)
    raise TypeError(type(payload).__name__)


def _check_secret(secret: Any) -> str:
    if not isinstance(secret, str):
        raise InvalidParameterError("secret", f"must be a str, not {type(secret).__name__}")
    if not secret.strip():
        raise InvalidParameterError("secret", "is empty; set the endpoint's signing secret")
    try:
        secret.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidParameterError("secret", "is not valid text") from None
    return secret


def generate_test_signature(payload: bytes | str, secret: str, timestamp: int | None = None) -> str:
    """A `Stripe-Signature` header value that `construct_event` accepts for this payload.

    For tests of your own webhook endpoint. `timestamp` (Unix seconds) defaults to now.
    """
    secret = _check_secret(secret)
    try:
        body = _payload_bytes(payload)
    except (TypeError, UnicodeEncodeError):
        raise InvalidParameterError("payload", "must be bytes or UTF-8 encodable str") from None
    when = int(time.time()) if timestamp is None else timestamp
    if not isinstance(when, int) or isinstance(when, bool) or when < 0:
        raise InvalidParameterError("timestamp", "must be a non-negative int")
    return f"t={when},v1={_mac(secret, str(when), body).hex()}"


def construct_event(
    payload: bytes | str,
    signature_header: str,
    secret: str,
    *,
    tolerance: int | None = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> Event:
    """Verify a webhook delivery and return its event.

    `payload` must be the request body exactly as received (parsing and re-serialising the JSON
    changes the bytes and breaks the signature). `signature_header` is the value of the
    `Stripe-Signature` header and `secret` the endpoint's signing secret (`whsec_...`). The
    header may carry several `v1` signatures (while a secret is being rolled); one match is
    enough. The header's timestamp must be within `tolerance` seconds of `now` (default: the
    current time), in either direction, which limits replays. Ages count in whole seconds, so
    `tolerance=0` accepts a signature made in the current second; `tolerance=None` skips the
    timestamp check altogether (stripe-python reads 0 that way; here it stays a real limit).

    Raises `SignatureVerificationError` for every problem with the delivery, whatever the input,
    and `InvalidParameterError` for an unusable `secret`, `tolerance` or `now`.
    """
    secret = _check_secret(secret)
    if tolerance is not None and (
        isinstance(tolerance, bool) or not isinstance(tolerance, int) or tolerance < 0
    ):
        raise InvalidParameterError(
            "tolerance", "must be a non-negative int (seconds), or None for no timestamp check"
        )
    if now is not None and (
        isinstance(now, bool) or not isinstance(now, (int, float)) or not math.isfinite(now)
    ):
        raise InvalidParameterError("now", "must be a finite Unix time in seconds, or None")

    def fail(reason: str) -> SignatureVerificationError:
        shown = _excerpt(signature_header, _HEADER_EXCERPT)
        # The error class redacts anything key-shaped; a secret without the whsec_ prefix would
        # slip past that, so mask it by value as well.
        message = redact(f"{reason} (Stripe-Signature header: {shown})").replace(secret, "***")
        return SignatureVerificationError(message)

    if not isinstance(signature_header, str):
        raise fail("the Stripe-Signature header is missing")
    if not signature_header.strip():
        raise fail("the Stripe-Signature header is empty")

    timestamps: list[str] = []
    candidates: list[str] = []
    for part in signature_header.split(","):
        key, sep, value = part.partition("=")
        key, value = key.strip(), value.strip()
        if not sep and not key:
            continue  # an empty item, as in a trailing comma: harmless
        if not sep or not key:
            raise fail(
                f"the header is malformed: item {_excerpt(part, _VALUE_EXCERPT)} is not key=value"
            )
        if key == "t":
            timestamps.append(value)
        elif key == "v1":
            candidates.append(value)
        # Other schemes (v0 and any future ones) are not ours to check.

    if not timestamps:
        raise fail("the header has no timestamp (t=)")
    if len(timestamps) > 1:
        raise fail("the header has more than one timestamp (t=)")
    stamp = timestamps[0]
    if not _TIMESTAMP.fullmatch(stamp):
        raise fail(f"the timestamp {_excerpt(stamp, _VALUE_EXCERPT)} is not a Unix time")
    if not candidates:
        raise fail("the header has no v1 signature")
    well_formed = [c for c in candidates if _V1_SIGNATURE.fullmatch(c)]
    if not well_formed:
        raise fail("no v1 signature is 64 hexadecimal characters")

    try:
        body = _payload_bytes(payload)
    except UnicodeEncodeError:
        raise fail("the payload is not valid UTF-8 text") from None
    except TypeError:
        raise fail(f"the payload is a {type(payload).__name__}, not bytes or str") from None

    expected = _mac(secret, stamp, body)
    # Check every candidate rather than stopping early, so timing says nothing about which one.
    matches = [hmac.compare_digest(expected, bytes.fromhex(c)) for c in well_formed]
    if not any(matches):
        raise fail(
            "no v1 signature matches the payload; check the endpoint secret and pass the raw "
            "request body, unmodified"
        )

    # Only now, with the timestamp known to be authentic, is its age worth reporting.
    # In whole seconds, like the timestamp: a fraction of the current second is not an age.
    age = math.floor(time.time() if now is None else now) - int(stamp)
    if tolerance is not None and age > tolerance:
        raise fail(f"the timestamp is {age} s old, more than the tolerance of {tolerance} s")
    if tolerance is not None and -age > tolerance:
        raise fail(
            f"the timestamp is {-age} s in the future, more than the tolerance of "
            f"{tolerance} s; check the server clock"
        )

    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise fail("the payload is not valid UTF-8") from None
    try:
        # Parsed twice so that `raw` and the models share no mutable parts.
        raw = _loads(text)
        working = _loads(text)
    except json.JSONDecodeError as error:
        raise fail(f"the payload is not JSON ({error.msg} at offset {error.pos})") from None
    except (ValueError, RecursionError):
        raise fail("the payload is not JSON that can be read") from None
    if not isinstance(raw, dict):
        raise fail(f"the payload is a JSON {type(raw).__name__}, not an object")
    try:
        return Event._parse(working, raw)
    except _NotAnEvent as error:
        raise fail(f"the payload is not a Stripe event: {error}") from None


def _reject_constant(name: str) -> Any:
    # NaN and Infinity are not JSON, and NaN would break `to_dict() == raw`.
    raise ValueError(f"{name} is not allowed")


def _loads(text: str) -> Any:
    return json.loads(text, parse_constant=_reject_constant)


def _parse_object(event_type: str, value: dict[str, Any]) -> EventObject:
    """A model when both the event type and the object's own `object` field say which one."""
    kind = value.get("object")
    entry = _MODELS.get(kind) if isinstance(kind, str) else None
    # `customer.subscription.updated` starts with "customer." but carries a subscription, which
    # the `object` field tells apart.
    if entry is None or not event_type.startswith(entry[0]):
        return value
    _, full, stub = entry
    # Deletion events usually carry the whole object; a bare {id, object, deleted} is the stub.
    is_stub = value.get("deleted") is True and value.keys() <= _STUB_KEYS
    parsed: EventObject = (stub if is_stub and stub is not None else full).from_dict(value)
    return parsed


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
class EventData:
    """What the event is about: the object as it is after the change.

    `previous_attributes` is set on `*.updated` events: the changed fields' earlier values.
    """

    object: EventObject
    previous_attributes: dict[str, Any] | None = None
    additional_properties: dict[str, Any] = attrs.field(factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.additional_properties)
        value = self.object
        out["object"] = value if isinstance(value, dict) else value.to_dict()
        if self.previous_attributes is not None:
            out["previous_attributes"] = self.previous_attributes
        return out


@attrs.define(eq=False, repr=False, getstate_setstate=False)
class Event(Model):
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
    data: EventData
    created: int
    livemode: bool
    api_version: str | None
    pending_webhooks: int
    request: EventRequest | None
    additional_properties: dict[str, Any] = attrs.field(factory=dict)
    raw: dict[str, Any] = attrs.field(factory=dict)
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
    def from_dict(cls, data: Mapping[str, Any]) -> Event:
        """Read an event that needs no verification (fetched from the API, or stored earlier).

        Raises `InvalidParameterError` if `data` is not shaped like an event.
        """
        if not isinstance(data, Mapping):
            raise InvalidParameterError("data", f"must be a mapping, not {type(data).__name__}")
        raw = dict(data)
        try:
            return cls._parse(raw, raw)
        except _NotAnEvent as error:
            raise InvalidParameterError("data", f"is not a Stripe event: {error}") from None

    @classmethod
    def _parse(cls, document: dict[str, Any], raw: dict[str, Any]) -> Event:
        """Build from `document`, whose nested values the result may share; `raw` is kept as is."""
        rest = dict(document)
        if "object" in rest and rest["object"] != "event":
            raise _NotAnEvent(f"its object is {_excerpt(rest['object'], _VALUE_EXCERPT)}")
        event_id = rest.pop("id", None)
        event_type = rest.pop("type", None)
        data = rest.pop("data", None)
        if type(event_id) is not str or type(event_type) is not str:
            raise _NotAnEvent("it has no string id and type")
        if type(data) is not dict or type(data.get("object")) is not dict:
            raise _NotAnEvent("it has no data.object")

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
        event_object = _parse_object(event_type, data_rest.pop("object"))
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
