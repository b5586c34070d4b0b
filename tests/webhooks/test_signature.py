"""Signature checks of `construct_event`: what is accepted, what is refused, and the messages."""

from __future__ import annotations

import json
import pickle

import pytest

from stripe_invoicing_client.errors import (
    InvalidParameterError,
    SignatureVerificationError,
    StripeError,
)
from stripe_invoicing_client.webhooks import (
    DEFAULT_TOLERANCE,
    SIGNATURE_HEADER,
    Event,
    construct_event,
    generate_test_signature,
)

from ._support import NOW, OTHER_SECRET, SECRET, customer, encode, envelope, header, sign

BODY = encode(envelope("customer.created", customer()))


def refused(payload: bytes | str, signature_header: str, **kwargs: object) -> str:
    """Assert that verification fails, and return the error message."""
    options: dict[str, object] = {"now": NOW, **kwargs}
    secret = options.pop("secret", SECRET)
    with pytest.raises(SignatureVerificationError) as caught:
        construct_event(payload, signature_header, secret, **options)  # type: ignore[arg-type]
    return str(caught.value)


# --- known answers -------------------------------------------------------------------------


def test_known_answer_vector() -> None:
    # Computed with `openssl dgst -sha256 -hmac`, outside Python.
    payload = '{"id":"evt_kat","object":"event"}'
    secret = "whsec_knownanswer0123456789abcdef"
    expected = "7fdea67cd80b0c5d685a951e7c264b1e473fe149200789d38aa06f11cdd6d5b5"
    assert sign(payload, secret, 1_700_000_000) == expected
    assert generate_test_signature(payload, secret, 1_700_000_000) == f"t=1700000000,v1={expected}"
    # Well signed, but not an event: verification passes, the shape check refuses it.
    message = refused(payload, f"t=1700000000,v1={expected}", secret=secret, now=1_700_000_000)
    assert "not a Stripe event" in message


def test_accepts_a_by_hand_signature() -> None:
    event = construct_event(BODY, header(BODY), SECRET, now=NOW)
    assert isinstance(event, Event)
    assert event.id == "evt_1QaZ3bLkdIwHu7ixQmN0pR2s"


def test_str_payload_is_signed_as_utf8() -> None:
    text = encode(envelope("customer.created", {**customer(), "name": "Zoë Ångström 日本"}))
    decoded = text.decode("utf-8")
    assert construct_event(decoded, header(text), SECRET, now=NOW).to_dict() == json.loads(text)
    assert construct_event(bytearray(text), header(text), SECRET, now=NOW).id  # type: ignore[arg-type]


def test_generate_test_signature_round_trips() -> None:
    signature = generate_test_signature(BODY, SECRET, NOW)
    assert signature == header(BODY)
    assert construct_event(BODY, signature, SECRET, now=NOW).type == "customer.created"


def test_generate_test_signature_defaults_to_now() -> None:
    signature = generate_test_signature(BODY, SECRET)
    assert construct_event(BODY, signature, SECRET).type == "customer.created"


def test_signature_header_name() -> None:
    assert SIGNATURE_HEADER == "Stripe-Signature"
    assert DEFAULT_TOLERANCE == 300


# --- refusals ------------------------------------------------------------------------------


def test_tampered_payload() -> None:
    tampered = BODY.replace(b"Atelier Nord", b"Atelier Sud")
    assert "no v1 signature matches" in refused(tampered, header(BODY))


def test_reserialised_json_is_refused() -> None:
    # The signature covers the exact bytes; compact JSON of the same event is different bytes.
    compact = json.dumps(json.loads(BODY), separators=(",", ":")).encode()
    refused(compact, header(BODY))


def test_wrong_secret() -> None:
    assert "no v1 signature matches" in refused(BODY, header(BODY, secret=OTHER_SECRET))


def test_signature_of_another_timestamp() -> None:
    # A valid signature moved onto a new timestamp must not verify.
    refused(BODY, f"t={NOW},v1={sign(BODY, SECRET, NOW - 1)}")


@pytest.mark.parametrize("age", [0, 1, 299, 300, -1, -300])
def test_within_tolerance(age: int) -> None:
    construct_event(BODY, header(BODY, timestamp=NOW - age), SECRET, now=NOW)


def test_expired() -> None:
    message = refused(BODY, header(BODY, timestamp=NOW - 301))
    assert "301 s old" in message
    assert "tolerance of 300 s" in message


def test_future() -> None:
    message = refused(BODY, header(BODY, timestamp=NOW + 301))
    assert "301 s in the future" in message


def test_custom_tolerance() -> None:
    old = header(BODY, timestamp=NOW - 3600)
    refused(BODY, old)
    construct_event(BODY, old, SECRET, tolerance=3600, now=NOW)
    refused(BODY, old, tolerance=3599)
    refused(BODY, header(BODY, timestamp=NOW - 1), tolerance=0)
    construct_event(BODY, header(BODY), SECRET, tolerance=0, now=NOW)


@pytest.mark.parametrize("fraction", [0.0, 0.25, 0.999])
def test_tolerance_zero_accepts_a_signature_of_the_current_second(fraction: float) -> None:
    # Ages count in whole seconds: the clock's fraction of a second is not an age.
    construct_event(BODY, header(BODY, timestamp=NOW), SECRET, tolerance=0, now=NOW + fraction)
    refused(BODY, header(BODY, timestamp=NOW), tolerance=0, now=NOW + 1 + fraction)
    refused(BODY, header(BODY, timestamp=NOW + 1), tolerance=0, now=NOW + fraction)


def test_tolerance_zero_accepts_a_fresh_signature_on_the_real_clock() -> None:
    construct_event(BODY, generate_test_signature(BODY, SECRET), SECRET, tolerance=0)


def test_tolerance_none_skips_the_timestamp_check_only() -> None:
    ancient = header(BODY, timestamp=NOW - 10 * 365 * 86400)
    construct_event(BODY, ancient, SECRET, tolerance=None, now=NOW)
    construct_event(BODY, header(BODY, timestamp=NOW + 86400), SECRET, tolerance=None, now=NOW)
    # The signature is still checked.
    refused(BODY, header(BODY, timestamp=NOW - 999, secret=OTHER_SECRET), tolerance=None)


def test_default_now_is_the_clock() -> None:
    refused(BODY, header(BODY, timestamp=NOW), now=None)  # NOW is long before the real clock


def test_expiry_is_reported_only_for_a_genuine_signature() -> None:
    # A forged old header is reported as a signature mismatch, not as expired.
    forged = f"t={NOW - 10_000},v1={'0' * 64}"
    assert "no v1 signature matches" in refused(BODY, forged)


def test_one_valid_signature_among_several() -> None:
    bad = sign(BODY, OTHER_SECRET)
    good = sign(BODY, SECRET)
    for order in ([bad, good], [good, bad], [bad, "0" * 64, good, "f" * 64]):
        signatures = ",".join(f"v1={s}" for s in order)
        construct_event(BODY, f"t={NOW},{signatures}", SECRET, now=NOW)
    refused(BODY, f"t={NOW},v1={bad},v1={'0' * 64}")


def test_either_secret_verifies_during_rotation() -> None:
    # Stripe signs with both secrets while one is being rolled; either endpoint config works.
    rolling = f"t={NOW},v1={sign(BODY, OTHER_SECRET)},v1={sign(BODY, SECRET)}"
    construct_event(BODY, rolling, SECRET, now=NOW)
    construct_event(BODY, rolling, OTHER_SECRET, now=NOW)


def test_uppercase_hex_is_accepted() -> None:
    construct_event(BODY, f"t={NOW},v1={sign(BODY).upper()}", SECRET, now=NOW)


# Headers that must verify: other schemes are ignored; whitespace and empty items tolerated.
TOLERATED = [
    "t={t},v1={v1},v0=" + "a" * 64,
    "v0=whatever,t={t},v1={v1}",
    "t={t},v2=zz,v1={v1},x-future=1=2",
    " t={t}, v1={v1} ",
    "t = {t} ,\tv1 = {v1}",
    "t={t},v1={v1},",
    "t={t},,v1={v1}",
]


@pytest.mark.parametrize("template", TOLERATED)
def test_other_schemes_and_loose_spacing_are_tolerated(template: str) -> None:
    construct_event(BODY, template.format(t=NOW, v1=sign(BODY)), SECRET, now=NOW)


def test_a_valid_v0_alone_is_not_enough() -> None:
    assert "no v1 signature" in refused(BODY, f"t={NOW},v0={sign(BODY)}")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "header is empty"),
        ("   ", "header is empty"),
        (f"v1={'a' * 64}", "no timestamp"),
        (f"t={NOW}", "no v1 signature"),
        (f"t={NOW},v1=", "64 hexadecimal"),
        (f"t={NOW},v1=xyz", "64 hexadecimal"),
        (f"t={NOW},v1={'g' * 64}", "64 hexadecimal"),
        (f"t={NOW},v1={'a' * 63}", "64 hexadecimal"),
        (f"t={NOW},v1={'a' * 65}", "64 hexadecimal"),
        (f"t={NOW},v1={'a' * 62}é", "64 hexadecimal"),
        (f"t={NOW},t={NOW},v1={'a' * 64}", "more than one timestamp"),
        (f"t=,v1={'a' * 64}", "not a Unix time"),
        (f"t=abc,v1={'a' * 64}", "not a Unix time"),
        (f"t=-5,v1={'a' * 64}", "not a Unix time"),
        (f"t=1e9,v1={'a' * 64}", "not a Unix time"),
        (f"t=1_750_000_000,v1={'a' * 64}", "not a Unix time"),
        (f"t={chr(0x0661) * 10},v1={'a' * 64}", "not a Unix time"),  # Arabic-Indic digits
        (f"t={'9' * 5000},v1={'a' * 64}", "not a Unix time"),
        (f"t={NOW};v1={'a' * 64}", "not a Unix time"),
        (f"t={NOW} v1={'a' * 64}", "not a Unix time"),
        (f"t={NOW},v1{'a' * 64}", "not key=value"),
        (f"t={NOW},=abc,v1={'a' * 64}", "not key=value"),
        ("garbage", "not key=value"),
        (f"T={NOW},V1={'a' * 64}", "no timestamp"),
    ],
)
def test_malformed_headers(text: str, reason: str) -> None:
    assert reason in refused(BODY, text)


def test_missing_header() -> None:
    assert "missing" in refused(BODY, None)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", [bytes, bytearray])
def test_a_header_given_as_bytes_is_not_called_missing(kind: type) -> None:
    # Raw ASGI headers are bytes: the header is there, and the message says what to do.
    message = refused(BODY, kind(header(BODY).encode("ascii")))
    assert "missing" not in message
    assert f"a {kind.__name__}, not a str" in message


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"\xff\xfe{}", "not valid UTF-8"),
        (b'{"a": "\xc3"}', "not valid UTF-8"),
        (b"", "not JSON"),
        (b"{", "not JSON"),
        (b"\xef\xbb\xbf{}", "not JSON"),
        (b'{"a": NaN}', "not JSON"),
        (b'{"a": Infinity}', "not JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "not JSON"),
        (b"[]", "not an object"),
        (b"null", "not an object"),
        (b'"evt"', "not an object"),
        (b"42", "not an object"),
        (b"{}", "not a Stripe event"),
        (b'{"id": "evt_1", "type": "x"}', "not a Stripe event"),
        (b'{"id": "evt_1", "type": "x", "data": {}}', "not a Stripe event"),
        (b'{"id": "evt_1", "type": "x", "data": {"object": []}}', "not a Stripe event"),
        (b'{"id": 1, "type": "x", "data": {"object": {}}}', "not a Stripe event"),
        (b'{"id": "e", "type": null, "data": {"object": {}}}', "not a Stripe event"),
        (b'{"id": "e", "type": "x", "data": [], "object": "event"}', "not a Stripe event"),
        (b'{"id": "in_1", "type": "x", "data": {"object": {}}, "object": "invoice"}', "'invoice'"),
    ],
)
def test_payloads_that_verify_but_are_not_events(payload: bytes, reason: str) -> None:
    # Correctly signed, so these reach the payload checks.
    assert reason in refused(payload, header(payload))


def test_str_payload_that_cannot_be_utf8() -> None:
    assert "not valid UTF-8" in refused("{\ud800}", f"t={NOW},v1={'a' * 64}")


def test_payload_of_the_wrong_type() -> None:
    assert "not bytes or str" in refused(12, f"t={NOW},v1={'a' * 64}")  # type: ignore[arg-type]


# --- what the error shows ------------------------------------------------------------------


def test_error_shows_the_reason_and_the_header() -> None:
    text = header(BODY, secret=OTHER_SECRET)
    with pytest.raises(SignatureVerificationError) as caught:
        construct_event(BODY, text, SECRET, now=NOW)
    error = caught.value
    assert isinstance(error, StripeError)
    assert "no v1 signature matches" in error.reason
    assert text in str(error)
    assert str(error).startswith("Webhook signature verification failed: ")


def test_long_header_is_cut_short_in_the_message() -> None:
    text = f"t={NOW}," + ",".join(f"v1={'0' * 64}" for _ in range(200))
    message = refused(BODY, text)
    assert len(message) < 500
    assert "..." in message


@pytest.mark.parametrize(
    "secret",
    [SECRET, "plain-secret-without-a-prefix-0123456789", "whsec_a+b/c=="],
)
def test_secret_never_appears_in_the_error(secret: str) -> None:
    # Even a header that (wrongly) contains the secret itself must not leak it.
    texts = [
        header(BODY, secret=OTHER_SECRET),
        f"t={NOW},v1={secret}",
        f"t={secret},v1={'a' * 64}",
        f"t={NOW},{secret}",
        f"t={NOW},v1={sign(BODY, secret)},secret={secret}",
    ]
    for text in texts:
        # Late enough that even the genuinely signed header fails (as expired).
        with pytest.raises(SignatureVerificationError) as caught:
            construct_event(BODY, text, secret, now=NOW + 10_000)
        error = caught.value
        for shown in (str(error), repr(error), error.reason, error.message, str(error.args)):
            assert secret not in shown
        assert secret not in str(pickle.loads(pickle.dumps(error)))


# --- the caller's own mistakes -------------------------------------------------------------


@pytest.mark.parametrize("secret", ["", "   ", None, b"whsec_bytes", "\ud800"])
def test_unusable_secret_is_a_configuration_error(secret: object) -> None:
    with pytest.raises(InvalidParameterError, match="secret"):
        construct_event(BODY, header(BODY), secret, now=NOW)  # type: ignore[arg-type]
    with pytest.raises(InvalidParameterError, match="secret"):
        generate_test_signature(BODY, secret)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "secret",
    [SECRET + "\n", SECRET + "\r\n", " " + SECRET, SECRET + " ", "\t" + SECRET],
    ids=["newline", "crlf", "leading space", "trailing space", "leading tab"],
)
def test_a_secret_with_surrounding_whitespace_is_a_configuration_error(secret: str) -> None:
    # Typical of a secret read from a file or a mounted Kubernetes secret: it could never
    # match, and every genuine delivery would be refused as if it were forged.
    with pytest.raises(InvalidParameterError, match="whitespace") as caught:
        construct_event(BODY, header(BODY), secret, now=NOW)
    assert caught.value.param == "secret"
    assert secret.strip() not in str(caught.value)
    with pytest.raises(InvalidParameterError, match="whitespace"):
        generate_test_signature(BODY, secret)


@pytest.mark.parametrize("tolerance", [-1, 1.5, "300", True])
def test_bad_tolerance(tolerance: object) -> None:
    with pytest.raises(InvalidParameterError, match="tolerance"):
        construct_event(BODY, header(BODY), SECRET, tolerance=tolerance, now=NOW)  # type: ignore[arg-type]


@pytest.mark.parametrize("now", [float("nan"), float("inf"), "1750000000"])
def test_bad_now(now: object) -> None:
    with pytest.raises(InvalidParameterError, match="now"):
        construct_event(BODY, header(BODY), SECRET, now=now)  # type: ignore[arg-type]


def test_float_now_is_fine() -> None:
    construct_event(BODY, header(BODY), SECRET, now=NOW + 299.9)
    construct_event(BODY, header(BODY), SECRET, now=NOW + 300.5)  # 300 whole seconds
    refused(BODY, header(BODY), now=NOW + 301.0)


@pytest.mark.parametrize("timestamp", [-1, 1.5, True])
def test_generate_rejects_bad_timestamps(timestamp: object) -> None:
    with pytest.raises(InvalidParameterError, match="timestamp"):
        generate_test_signature(BODY, SECRET, timestamp)  # type: ignore[arg-type]


def test_generate_rejects_unencodable_payload() -> None:
    with pytest.raises(InvalidParameterError, match="payload"):
        generate_test_signature("\ud800", SECRET, NOW)
