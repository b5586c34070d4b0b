"""The form/query encoder and path quoting of the generated runtime (`_generated._wire`)."""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl, quote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stripe_invoicing_client._core import wire as _wire
from stripe_invoicing_client._core.types import UNSET
from stripe_invoicing_client._generated.models import (
    Address,
    AutomaticTax,
)


@pytest.mark.parametrize(
    ("params", "wire"),
    [
        ({}, ""),
        ({"customer": "cus_123"}, "customer=cus_123"),
        ({"metadata": {"order_id": "6735"}}, "metadata[order_id]=6735"),
        (
            {"metadata": {"order_id": "6735", "note": "x"}},
            "metadata[order_id]=6735&metadata[note]=x",
        ),
        ({"a": {"b": {"c": {"d": "deep"}}}}, "a[b][c][d]=deep"),
        ({"expand": ["customer"]}, "expand[0]=customer"),
        (
            {"expand": ["customer", "lines.data.price"]},
            "expand[0]=customer&expand[1]=lines.data.price",
        ),
        (
            {"lines": [{"price": "price_1", "quantity": 2}, {"price": "price_2"}]},
            "lines[0][price]=price_1&lines[0][quantity]=2&lines[1][price]=price_2",
        ),
        (
            {"lines": [{"discounts": [{"coupon": "c1"}], "period": {"start": 1, "end": 2}}]},
            "lines[0][discounts][0][coupon]=c1&lines[0][period][start]=1&lines[0][period][end]=2",
        ),
        ({"matrix": [["a", "b"], ["c"]]}, "matrix[0][0]=a&matrix[0][1]=b&matrix[1][0]=c"),
        ({"tuple": ("x", "y")}, "tuple[0]=x&tuple[1]=y"),
        ({"auto_advance": True, "forgive": False}, "auto_advance=true&forgive=false"),
        ({"flags": [True, False]}, "flags[0]=true&flags[1]=false"),
        ({"amount": 2000, "balance": -50, "zero": 0}, "amount=2000&balance=-50&zero=0"),
        ({"big": 10**20}, "big=100000000000000000000"),
        ({"percent": 12.5, "neg": -0.25}, "percent=12.5&neg=-0.25"),
        ({"footer": ""}, "footer="),
        ({"metadata": ""}, "metadata="),
        ({"metadata": {"old": ""}}, "metadata[old]="),
        ({"a": None, "b": UNSET, "c": "kept"}, "c=kept"),
        ({"m": {"x": None, "y": UNSET}}, ""),
        ({"list": [None, "b", UNSET]}, "list[1]=b"),
        ({"empty_list": [], "empty_map": {}}, ""),
    ],
)
def test_encode_exact(params: dict[str, Any], wire: str) -> None:
    assert _wire.encode(params) == wire


def test_unset_list_items_keep_their_index() -> None:
    # Indexes come from the position in the list, so a skipped item leaves a gap.
    assert _wire.flatten({"l": [None, "b"]}) == [("l[1]", "b")]


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        ("café", "caf%C3%A9"),
        ("€", "%E2%82%AC"),
        ("日本", "%E6%97%A5%E6%9C%AC"),
        ("🙂", "%F0%9F%99%82"),
        ("a&b", "a%26b"),
        ("a=b", "a%3Db"),
        ("a+b", "a%2Bb"),
        ("100%", "100%25"),
        ("[x]", "%5Bx%5D"),
        ("a b", "a+b"),
        ("#frag", "%23frag"),
        ("q?", "q%3F"),
        ("a/b", "a%2Fb"),
        ("~-_.", "~-_."),
        ("line\nbreak", "line%0Abreak"),
    ],
)
def test_encode_value_escaping(value: str, wire: str) -> None:
    assert _wire.encode({"description": value}) == "description=" + wire


@pytest.mark.parametrize(
    ("key", "wire"),
    [
        ("a&b", "a%26b"),
        ("a=b", "a%3Db"),
        ("a+b", "a%2Bb"),
        ("a%b", "a%25b"),
        ("a b", "a+b"),
        ("a#b", "a%23b"),
        ("a?b", "a%3Fb"),
        ("a/b", "a%2Fb"),
        ("ключ", "%D0%BA%D0%BB%D1%8E%D1%87"),
    ],
)
def test_encode_key_escaping(key: str, wire: str) -> None:
    # Top-level and nested keys are both escaped.
    assert _wire.encode({key: "v"}) == f"{wire}=v"
    assert _wire.encode({"metadata": {key: "v"}}) == f"metadata[{wire}]=v"


@pytest.mark.parametrize("key", ["a[b]", "[", "]", "a]b"])
def test_encode_refuses_keys_with_brackets(key: str) -> None:
    # Stripe unescapes a key before reading its brackets: even `%5B` would nest. Refused, at
    # the top level and inside a map, naming where.
    with pytest.raises(ValueError, match="contains a bracket"):
        _wire.encode({key: "v"})
    with pytest.raises(ValueError, match=r"metadata: key .* contains a bracket"):
        _wire.encode({"metadata": {key: "v"}})


def test_encode_all_reserved_at_once() -> None:
    params = {"metadata": {"k&=+% #?/": "v&=+%[] #?/"}}
    expected = "metadata[k%26%3D%2B%25+%23%3F%2F]=v%26%3D%2B%25%5B%5D+%23%3F%2F"
    assert _wire.encode(params) == expected
    assert parse_qsl(expected) == [("metadata[k&=+% #?/]", "v&=+%[] #?/")]


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (Decimal("0.000000000001"), "0.000000000001"),
        (Decimal("1E+2"), "100"),
        (Decimal("12.50"), "12.50"),
        (Decimal("-3.1"), "-3.1"),
        (Decimal("123456789012345678901234567890.123456789012"), None),
        (Decimal("1E-20"), "0.00000000000000000001"),
    ],
)
def test_encode_decimal_exactly(value: Decimal, wire: str | None) -> None:
    # Never through float: every digit given is sent, in plain notation (no exponent).
    sent = _wire.encode({"unit_amount_decimal": value})
    assert sent == "unit_amount_decimal=" + (wire or str(value))
    assert Decimal(sent.partition("=")[2]) == value


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), Decimal("-Infinity")])
def test_encode_refuses_decimals_that_are_not_numbers(value: Decimal) -> None:
    with pytest.raises(ValueError, match="cannot be sent"):
        _wire.encode({"quantity_decimal": value})


def test_flatten_pairs_are_wire_keys_and_raw_values() -> None:
    assert _wire.flatten({"metadata": {"a b": "c d"}, "n": 1}) == [
        ("metadata[a+b]", "c d"),
        ("n", "1"),
    ]


def test_encode_model_values() -> None:
    # A model read from one answer can be sent back as a parameter: it goes as its to_dict().
    tax = AutomaticTax.from_dict({"enabled": True, "liability": {"type": "self"}})
    assert _wire.encode({"automatic_tax": tax}) == (
        "automatic_tax[enabled]=true&automatic_tax[liability][type]=self"
    )
    address = Address.from_dict({"city": "Berlin", "country": "DE", "line1": None})
    assert sorted(_wire.encode({"x": address}).split("&")) == ["x[city]=Berlin", "x[country]=DE"]
    # Models inside lists too.
    assert _wire.encode({"l": [tax]}) == "l[0][enabled]=true&l[0][liability][type]=self"


def test_encode_model_keeps_unknown_fields() -> None:
    tax = AutomaticTax.from_dict({"enabled": False, "new_flag": True})
    assert sorted(_wire.encode({"t": tax}).split("&")) == [
        "t[enabled]=false",
        "t[new_flag]=true",
    ]


@pytest.mark.parametrize(
    "params",
    [
        pytest.param({1: "x"}),
        pytest.param({b"customer": "cus_1"}),
        {"metadata": {1: "x"}},
        {"metadata": {b"k": "x"}},
        {"metadata": {None: "x"}},
        {"m": {("a",): "x"}},
    ],
)
def test_non_string_keys_raise(params: dict[Any, Any]) -> None:
    with pytest.raises(TypeError, match=r"keys\)? must be strings"):
        _wire.encode(params)


@pytest.mark.parametrize(
    "value", [b"bytes", object(), {1, 2}, 1j, bytearray(b"x"), frozenset({"a"})]
)
def test_unsupported_types_raise(value: object) -> None:
    with pytest.raises(TypeError, match="cannot encode"):
        _wire.encode({"field": {"inner": value}})


def test_unsupported_type_error_names_the_key() -> None:
    with pytest.raises(TypeError, match=r"lines\[0\]\[amount\]"):
        _wire.encode({"lines": [{"amount": object()}]})


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_non_finite_floats_raise(value: float) -> None:
    with pytest.raises(ValueError, match="cannot be sent"):
        _wire.encode({"percent": value})
    with pytest.raises(ValueError):
        _wire.encode({"l": [1.0, value]})


@pytest.mark.parametrize(
    ("value", "quoted"),
    [
        ("in_123", "in_123"),
        ("in/1", "in%2F1"),
        ("in?x=1", "in%3Fx%3D1"),
        ("in#frag", "in%23frag"),
        ("in 1", "in%201"),
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("../customers", "%2E%2E%2Fcustomers"),
        ("in_1.2", "in_1%2E2"),
        ("100%", "100%25"),
        ("%2F", "%252F"),
        ("ünï", "%C3%BCn%C3%AF"),
        ("a+b&c", "a%2Bb%26c"),
        ("in/1?# ..", "in%2F1%3F%23%20%2E%2E"),
        ("~-_", "~-_"),
        # Near misses of the unescaped fast path (ASCII letters, digits and `_` only).
        ("in_1\n", "in_1%0A"),
        ("in_\u0661", "in_%D9%A1"),
        ("IN_Z9", "IN_Z9"),
    ],
)
def test_quote_path(value: str, quoted: str) -> None:
    assert _wire.quote_path(value) == quoted


@pytest.mark.parametrize("value", [1, None, b"in_1", ["in_1"], UNSET])
def test_quote_path_rejects_non_str(value: object) -> None:
    with pytest.raises(TypeError, match="must be a str"):
        _wire.quote_path(value)


def test_quote_path_refuses_an_empty_id() -> None:
    # `/v1/invoices/` is the list endpoint: an empty id must never reach the wire.
    with pytest.raises(ValueError, match="empty"):
        _wire.quote_path("")


@given(st.text(min_size=1))
@settings(max_examples=300)
def test_quote_path_is_one_opaque_segment(value: str) -> None:
    quoted = _wire.quote_path(value)
    assert "/" not in quoted and "?" not in quoted and "#" not in quoted
    assert "." not in quoted
    assert quoted.replace("%2E", ".") == quote(value, safe="")


def test_endpoint_request_shapes() -> None:
    from stripe_invoicing_client._generated.operations import (
        GetInvoicesInvoice,
        PostInvoicesInvoiceSend,
    )

    got = GetInvoicesInvoice.request({"invoice": "in/1"}, {"expand": ["customer"]})
    assert got == {"method": "GET", "url": "/v1/invoices/in%2F1?expand[0]=customer"}
    assert GetInvoicesInvoice.request({"invoice": "in_1"}, {}) == {
        "method": "GET",
        "url": "/v1/invoices/in_1",
    }
    sent = PostInvoicesInvoiceSend.request({"invoice": ".."}, {"expand": ["x"]})
    assert sent == {
        "method": "POST",
        "url": "/v1/invoices/%2E%2E/send",
        "content": b"expand[0]=x",
        "headers": {"Content-Type": "application/x-www-form-urlencoded"},
    }


# --- round trip through an independent decoder -------------------------------------------

# Stand-ins for structural brackets while parse_qsl decodes; the strategies never make them.
OPEN, CLOSE = "\ue000", "\ue001"


def _split_key(key: str) -> list[str]:
    """`a<OPEN>b<CLOSE><OPEN>0<CLOSE>` -> ["a", "b", "0"]."""
    head, _, rest = key.partition(OPEN)
    parts = [head]
    while rest:
        inner, close, rest = rest.partition(CLOSE)
        assert close, f"unbalanced key {key!r}"
        parts.append(inner)
        if rest:
            assert rest.startswith(OPEN), f"junk between brackets in {key!r}"
            rest = rest[1:]
    return parts


def decode(wire: str) -> dict[str, Any]:
    """Bracket notation back to nested dicts (lists come back as dicts keyed "0", "1"...)."""
    assert OPEN not in wire and CLOSE not in wire
    # Literal brackets on the wire are structure (a key's own brackets are %5B/%5D).
    marked = wire.replace("[", quote(OPEN)).replace("]", quote(CLOSE))
    out: dict[str, Any] = {}
    for key, value in parse_qsl(marked, keep_blank_values=True, strict_parsing=bool(wire)):
        node = out
        *parents, last = _split_key(key)
        for part in parents:
            node = node.setdefault(part, {})
            assert isinstance(node, dict)
        assert last not in node, f"duplicate key {key!r}"
        node[last] = value
    return out


def expected(value: Any) -> Any:
    """What the decoder should give back for `value`; None where nothing is sent."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value
    items = value.items() if isinstance(value, dict) else enumerate(value)
    out = {str(k): expected(v) for k, v in items}
    out = {k: v for k, v in out.items() if v is not None}
    return out or None


# Keys holding a bracket are refused (test_encode_refuses_keys_with_brackets).
keys = st.text(
    st.characters(exclude_characters=[OPEN, CLOSE, "[", "]"], exclude_categories=["Cs"]),
    min_size=1,
)
scalars = st.none() | st.booleans() | st.integers() | keys
params = st.dictionaries(
    keys,
    st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
        max_leaves=15,
    ),
    max_size=5,
)


@given(params)
@settings(max_examples=500, deadline=None)
def test_encode_decodes_back(value: dict[str, Any]) -> None:
    wire = _wire.encode(value)
    assert wire.isascii()
    assert decode(wire) == (expected(value) or {})


@given(params)
@settings(max_examples=200, deadline=None)
def test_encode_matches_flatten(value: dict[str, Any]) -> None:
    pairs = _wire.flatten(value)
    wire = _wire.encode(value)
    assert wire == "&".join(k + "=" + quote(v, safe="").replace("%20", "+") for k, v in pairs)
