"""Fuzzing the wire encoder: whatever the params, decoding our form gives them back.

The oracle is `decode` below, a bracket-notation decoder written for this test the way Rack
(Stripe's form parser) reads a form: split on `&` and the first `=`, percent-decode the key
(`+` is a space), and only then read its brackets. A key that holds a bracket therefore can't
be sent at all, escaped or not: the encoder must refuse it, as it refuses an empty key
(`metadata[]` means "append to a list"). The fake's decoder is checked to agree on the rest.

Bracket notation cannot say everything Python can, so the comparison is on what it can say:
None and empty lists or dicts are not sent, list indexes become keys (`l[0]`), booleans are
`true`/`false`, integers their decimal text, floats their shortest decimal text in plain
notation (`1e-07` is sent as `0.0000001`: Stripe refuses exponents).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote_plus

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stripe_invoicing_client import InvalidParameterError, StripeInvoicing
from stripe_invoicing_client._core.wire import encode
from stripe_invoicing_client.testing import FakeStripe
from stripe_invoicing_client.testing._form import decode_form

from ._support import Figures, RecordingTransport, fuzz_settings

EXAMPLES = 10_000
LONG_EXAMPLES = 50_000

_KEY = re.compile(r"([^\[\]]*)((?:\[[^\[\]]*\])*)")
_SEGMENT = re.compile(r"\[([^\[\]]*)\]")
# What may appear unescaped in our output: unreserved characters and the form's own syntax.
_WIRE = re.compile(r"[A-Za-z0-9\-._~%+\[\]=&]*")


def _unquote(raw: str) -> str:
    return unquote_plus(raw, encoding="utf-8", errors="strict")


def decode(text: str) -> dict[str, Any]:
    """Bracket-notation form text -> nested dicts of strings (list indexes stay keys)."""
    root: dict[str, Any] = {}
    if not text:
        return root
    for pair in text.split("&"):
        raw_key, equals, raw_value = pair.partition("=")
        assert equals, f"a pair without '=': {pair!r}"
        key = _unquote(raw_key)  # before the brackets are read, as Rack does
        match = _KEY.fullmatch(key)
        assert match is not None and match.group(1), f"malformed key {key!r}"
        names = [match.group(1), *_SEGMENT.findall(match.group(2))]
        node = root
        for name in names[:-1]:
            node = node.setdefault(name, {})
            assert isinstance(node, dict), f"{raw_key!r} nests under a value"
        assert names[-1] not in node, f"{raw_key!r} sent twice"
        node[names[-1]] = _unquote(raw_value)
    return root


_GONE = object()


def plain_decimal(value: float) -> str:
    """The shortest text that reads back as `value`, in plain notation: `repr`'s digits with
    the decimal point moved by hand (no `decimal` module: the encoder uses that)."""
    text = repr(value)
    sign = "-" if text.startswith("-") else ""
    text = text.lstrip("-")
    if "e" not in text:
        return sign + text
    mantissa, exponent = text.split("e")
    whole, _, fraction = mantissa.partition(".")
    point = len(whole) + int(exponent)  # where the point falls in whole + fraction
    digits = whole + fraction
    if point <= 0:
        out = "0." + "0" * -point + digits.rstrip("0")
    elif point >= len(digits):
        out = digits + "0" * (point - len(digits))
    else:
        out = digits[:point] + "." + digits[point:].rstrip("0")
    return sign + out.rstrip(".")


def expected(value: Any) -> Any:
    """What the wire form can say about `value`: _GONE when nothing is sent for it."""
    if value is None:
        return _GONE
    if isinstance(value, dict):
        kept = {k: v for k, v in ((k, expected(v)) for k, v in value.items()) if v is not _GONE}
        return kept or _GONE
    if isinstance(value, list):
        indexed = {str(i): expected(item) for i, item in enumerate(value)}
        return {k: v for k, v in indexed.items() if v is not _GONE} or _GONE
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return plain_decimal(value)
    return value


def has_unsendable_key(value: Any) -> bool:
    """Whether some key can't be written in bracket notation (empty below the top, or
    holding a bracket anywhere)."""
    if isinstance(value, dict):
        return any(
            not key or "[" in key or "]" in key or has_unsendable_key(item)
            for key, item in value.items()
        )
    if isinstance(value, list):
        return any(has_unsendable_key(item) for item in value)
    return False


RESERVED = "[]&=%+ #?/\\.;:,'\"\n\t\r\x00~*()!$@"
SPECIAL_KEYS = ["a[b]", "[", "]", "[]", "[0]", "&", "=", "%", "%5B", "+", " ", "é", "💳", "0"]
_ODD = RESERVED + "abé€💳0\u2028\ufeff"

# Spelled out to a fixed depth rather than with st.recursive, which is several times slower
# to generate: 10,000 examples have to fit in well under a minute on a busy 2-core machine.
keys = st.one_of(
    st.text(alphabet=_ODD.replace("[", "").replace("]", ""), min_size=1, max_size=5),
    st.text(alphabet=_ODD, min_size=1, max_size=5),
    st.text(min_size=1, max_size=6),
    st.sampled_from(SPECIAL_KEYS),
)
scalars = st.one_of(
    st.text(alphabet=_ODD, max_size=6),
    st.text(max_size=8),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.none(),
)


def _nest(levels: int) -> st.SearchStrategy[Any]:
    value: st.SearchStrategy[Any] = scalars
    for _ in range(levels):
        value = st.one_of(
            scalars, st.lists(value, max_size=3), st.dictionaries(keys, value, max_size=3)
        )
    return value


@st.composite
def _deep(draw: st.DrawFn) -> Any:
    """One long chain of dicts and lists (up to 30 levels) around a scalar."""
    value = draw(scalars)
    for key in draw(st.lists(st.one_of(keys, st.none()), min_size=1, max_size=30)):
        value = [value] if key is None else {key: value}
    return value


values = st.one_of(_nest(4), _deep())
params = st.dictionaries(keys, values, max_size=4)


def test_encoder_round_trips(figures: Figures, long_run: bool) -> None:
    seen = {"examples": 0, "pairs": 0, "nested": 0, "refused": 0}

    @fuzz_settings(LONG_EXAMPLES if long_run else EXAMPLES)
    @given(params)
    def check(value: dict[str, Any]) -> None:
        seen["examples"] += 1
        if has_unsendable_key(value):
            with pytest.raises(ValueError):
                encode(value)
            seen["refused"] += 1
            return
        text = encode(value)
        assert _WIRE.fullmatch(text), f"unescaped characters in {text!r}"
        want = expected(value)
        got = decode(text)
        assert got == ({} if want is _GONE else want)
        assert decode_form(text) == got  # the fake reads it the same way
        pairs = text.count("&") + 1 if text else 0
        seen["pairs"] += pairs
        seen["nested"] += "[" in text

    check()
    figures.add(
        "fuzz encoder",
        f"{seen['examples']} examples ({seen['nested']} with nesting, {seen['pairs']} form "
        "pairs) decoded by the test's own Rack-style bracket decoder and by the fake's "
        f"decode_form; {seen['refused']} with an empty or bracketed key, refused",
    )
    assert seen["examples"] >= (LONG_EXAMPLES if long_run else EXAMPLES)
    assert seen["refused"] < seen["examples"] // 2  # most examples were round-tripped


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1e-07, "0.0000001"),
        (-1.5e-10, "-0.00000000015"),
        (1e16, "10000000000000000"),
        (1.2345e20, "123450000000000000000"),
        (0.1, "0.1"),
        (-0.0, "-0.0"),
        (5e-324, "0." + "0" * 323 + "5"),
        (1.7976931348623157e308, "17976931348623157" + "0" * 292),
    ],
)
def test_floats_are_sent_in_plain_decimal_text(value: float, text: str) -> None:
    assert plain_decimal(value) == text
    assert encode({"x": value}) == f"x={text}"


@pytest.mark.parametrize(
    "params",
    [{"metadata": {"a[b]": "x"}}, {"metadata": {"]": "x"}}, {"a[b]": "x"}, {"m": {"[": None}}],
)
def test_keys_with_brackets_are_refused(params: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match="bracket"):
        encode(params)


def test_empty_nested_key_is_refused_before_sending() -> None:
    fake = FakeStripe()
    wire = RecordingTransport(fake.transport)
    import httpx

    client = StripeInvoicing("sk_test_EmptyKey", http_client=httpx.Client(transport=wire))
    customer = client.customers.create(email="empty-key@example.com")
    sent = len(wire.requests)
    with pytest.raises(ValueError, match="empty key"):
        encode({"metadata": {"": "x"}})  # `metadata[]=x` would mean "append to a list"
    with pytest.raises(InvalidParameterError):
        client.customers.update(customer.id, metadata={"": "x"})
    assert len(wire.requests) == sent
