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
from typing import Any

from ._core.event import VALUE_EXCERPT, EventData, EventRequest, NotAnEvent, excerpt
from ._generated.models.event import Event
from ._generated.models.webhook_objects import EventObject
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
    if secret != secret.strip():
        # Typical of a secret read from a file: it would never match, and every genuine
        # delivery would be refused as forged. The message names the fix, not the secret.
        raise InvalidParameterError(
            "secret", "has surrounding whitespace (a space or line break at an end): strip it"
        )
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
        shown = excerpt(signature_header, _HEADER_EXCERPT)
        # The error class redacts anything key-shaped; a secret without the whsec_ prefix would
        # slip past that, so mask it by value as well.
        message = redact(f"{reason} (Stripe-Signature header: {shown})").replace(secret, "***")
        return SignatureVerificationError(message)

    if signature_header is None:
        raise fail("the Stripe-Signature header is missing")
    if not isinstance(signature_header, str):
        kind = type(signature_header).__name__
        hint = " (decode it as ASCII)" if isinstance(signature_header, (bytes, bytearray)) else ""
        raise fail(f"the Stripe-Signature header is a {kind}, not a str{hint}")
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
                f"the header is malformed: item {excerpt(part, VALUE_EXCERPT)} is not key=value"
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
        raise fail(f"the timestamp {excerpt(stamp, VALUE_EXCERPT)} is not a Unix time")
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
    except NotAnEvent as error:
        raise fail(f"the payload is not a Stripe event: {error}") from None


def _reject_constant(name: str) -> Any:
    # NaN and Infinity are not JSON, and NaN would break `to_dict() == raw`.
    raise ValueError(f"{name} is not allowed")


def _loads(text: str) -> Any:
    return json.loads(text, parse_constant=_reject_constant)
