"""Property tests: whatever arrives, only `SignatureVerificationError` escapes, the secret never
shows, and every event that verifies reads back exactly as it was sent."""

from __future__ import annotations

import json
import string
from typing import Any

import attrs
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from stripe_invoicing_client.errors import SignatureVerificationError
from stripe_invoicing_client.models import Customer, Invoice, InvoiceItem
from stripe_invoicing_client.webhooks import Event, construct_event, generate_test_signature

from ._support import NOW, SECRET, customer, header, invoice_item, sign

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
secrets = st.text(string.ascii_letters + string.digits, min_size=16, max_size=40).map(
    lambda s: f"whsec_{s}"
)

# Header items as they might arrive: real keys with real and broken values, odd spacing.
header_keys = st.sampled_from(["t", "v1", "v0", "v2", "T", "", " t", "v1 ", "x"])
header_values = st.one_of(
    st.just(str(NOW)),
    st.integers(min_value=-(10**15), max_value=10**15).map(str),
    st.just(sign(b"{}")),
    st.text(string.hexdigits, max_size=70),
    st.text(max_size=30),
)
header_items = st.one_of(
    st.tuples(header_keys, st.sampled_from(["=", " = ", "==", ""]), header_values).map("".join),
    st.text(max_size=10),
)
structured_headers = st.lists(header_items, max_size=6).flatmap(
    lambda items: st.sampled_from([",", ", ", " ,", ";"]).map(lambda sep: sep.join(items))
)


def only_verification_errors(payload: Any, signature_header: Any, secret: str) -> Event | None:
    try:
        return construct_event(payload, signature_header, secret, now=NOW)
    except SignatureVerificationError as error:
        for shown in (str(error), repr(error), error.reason):
            assert secret not in shown
        return None


@FUZZ
@given(signature_header=st.text(max_size=300), payload=st.binary(max_size=300), secret=secrets)
@example(signature_header="t=,v1=", payload=b"", secret=SECRET)
@example(signature_header="\x00,=,,", payload=b"\xff", secret=SECRET)
def test_arbitrary_header_and_payload(signature_header: str, payload: bytes, secret: str) -> None:
    assert only_verification_errors(payload, signature_header, secret) is None


@FUZZ
@given(signature_header=structured_headers, payload=st.binary(max_size=100) | st.text(max_size=100))
def test_header_shaped_strings(signature_header: str, payload: bytes | str) -> None:
    event = only_verification_errors(payload, signature_header, SECRET)
    # Only a header carrying the right signature for this payload can ever pass.
    if event is not None:
        assert sign(payload) in signature_header


@FUZZ
@given(
    payload=st.binary(max_size=200),
    secret=secrets,
    extra=st.lists(st.text(string.hexdigits, min_size=64, max_size=64), max_size=3),
    position=st.integers(min_value=0, max_value=3),
)
def test_signed_arbitrary_bytes(
    payload: bytes, secret: str, extra: list[str], position: int
) -> None:
    # Correctly signed bytes pass the signature check; then the body decides.
    signatures = [f"v1={s}" for s in extra]
    signatures.insert(min(position, len(signatures)), f"v1={sign(payload, secret)}")
    only_verification_errors(payload, f"t={NOW}," + ",".join(signatures), secret)


@FUZZ
@given(document=json_values)
def test_signed_arbitrary_json(document: Any) -> None:
    body = json.dumps(document).encode()
    event = only_verification_errors(body, header(body), SECRET)
    if event is not None:
        assert event.to_dict() == document
        assert event.raw == document


# An event-shaped document with drift anywhere: in the envelope, in `data`, in the object.
def _object_fields(model: Any) -> list[str]:
    return [f.name.rstrip("_") for f in attrs.fields(model) if f.name != "additional_properties"]


object_keys = st.sampled_from(
    sorted(set(_object_fields(Invoice) + _object_fields(InvoiceItem) + _object_fields(Customer)))
)
drifted_objects = st.builds(
    lambda base, kind, changes, deleted: {
        **base,
        **changes,
        "object": kind,
        **({"deleted": True} if deleted else {}),
    },
    st.sampled_from([{}, customer(), invoice_item(), {"id": "x_1"}]),
    st.sampled_from(["invoice", "invoiceitem", "customer", "charge", "subscription"]),
    st.dictionaries(object_keys | st.text(max_size=8), json_values, max_size=6),
    st.booleans(),
)
event_types = st.sampled_from(
    ["invoice.", "invoiceitem.", "customer.", "customer.subscription.", "charge.", ""]
).flatmap(lambda prefix: st.sampled_from(["created", "deleted", "x"]).map(prefix.__add__))
envelope_drift = st.dictionaries(
    st.sampled_from(["created", "livemode", "api_version", "pending_webhooks", "request", "z"]),
    json_values
    | st.fixed_dictionaries(
        {}, optional={"id": json_values, "idempotency_key": json_values, "q": json_values}
    ),
    max_size=4,
)


# The object kinds drawn above that parse to a model, and the event types that carry them.
MODELLED_PREFIXES = {
    "invoice": "invoice.",
    "invoiceitem": "invoiceitem.",
    "customer": "customer.",
    "subscription": "customer.subscription.",
}


@FUZZ
@given(
    event_type=event_types,
    obj=drifted_objects,
    drift=envelope_drift,
    data_extra=st.dictionaries(
        st.sampled_from(["previous_attributes", "other"]), json_values, max_size=2
    ),
)
def test_drifted_events_round_trip(
    event_type: str, obj: dict[str, Any], drift: dict[str, Any], data_extra: dict[str, Any]
) -> None:
    document = {
        "id": "evt_1",
        "object": "event",
        "type": event_type,
        "data": {"object": obj, **data_extra},
        **drift,
    }
    body = json.dumps(document).encode()
    event = construct_event(body, header(body), SECRET, now=NOW)
    assert event.to_dict() == document
    assert Event.from_dict(document).to_dict() == document
    kind = obj["object"]
    prefix = MODELLED_PREFIXES.get(kind)
    modelled = prefix is not None and event_type.startswith(prefix)
    assert isinstance(event.data.object, dict) is not modelled


@FUZZ
@given(
    document=st.fixed_dictionaries(
        {
            "id": st.text(max_size=10),
            "type": st.text(max_size=20),
            "data": st.fixed_dictionaries(
                {"object": st.dictionaries(st.text(max_size=5), json_values, max_size=3)}
            ),
        }
    ),
    secret=secrets,
    timestamp=st.integers(min_value=NOW - 300, max_value=NOW + 300),
    indent=st.none() | st.integers(min_value=0, max_value=4),
)
def test_generated_signature_is_accepted(
    document: dict[str, Any], secret: str, timestamp: int, indent: int | None
) -> None:
    text = json.dumps(document, indent=indent, ensure_ascii=False)
    signature = generate_test_signature(text, secret, timestamp)
    assert construct_event(text, signature, secret, now=NOW).to_dict() == document
    assert construct_event(text.encode(), signature, secret, now=NOW).to_dict() == document
