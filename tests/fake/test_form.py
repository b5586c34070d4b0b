"""The fake's own form decoder, against the SDK's encoder and hand-written tricky input."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stripe_invoicing_client._core.wire import encode
from stripe_invoicing_client.testing._accepted_params import ACCEPTED_PARAMS
from stripe_invoicing_client.testing._errors import ApiError
from stripe_invoicing_client.testing._form import decode_form, split_key
from stripe_invoicing_client.testing._shapes import UNSET, coerce


def test_nested_arrays_of_objects_round_trip() -> None:
    params = {
        "lines": [
            {"amount": 100, "metadata": {"k": "v"}, "period": {"start": 1, "end": 2}},
            {"pricing": {"price": "price_1"}, "quantity": 3},
        ],
        "expand": ["customer", "lines.data"],
    }
    decoded = decode_form(encode(params))
    shape = ACCEPTED_PARAMS["PostInvoicesInvoiceAddLines"]
    assert coerce(shape, decoded, "") == params


def test_escaped_brackets_are_structure_as_in_rack() -> None:
    """Stripe percent-decodes a key before reading its brackets; the encoder refuses such
    keys, and the fake reads them as Stripe would (here: malformed)."""
    assert split_key("metadata%5Ba%5D") == ["metadata", "a"]
    with pytest.raises(ApiError):
        decode_form("metadata[a%5Bb%5D]=1")
    with pytest.raises(ValueError, match="bracket"):
        encode({"metadata": {"a[b]": "1"}})


def test_unicode_and_both_spellings_of_space() -> None:
    assert decode_form("description=caf%C3%A9+au+lait%20%E2%98%95") == {
        "description": "café au lait ☕"
    }
    assert decode_form(encode({"metadata": {"clé ü": "naïve & = ? +"}})) == {
        "metadata": {"clé ü": "naïve & = ? +"}
    }


def test_empty_brackets_append_like_rack() -> None:
    assert decode_form("expand[]=a&expand[]=b") == {"expand": ["a", "b"]}
    assert decode_form("lines[][amount]=1&lines[][description]=x&lines[][amount]=2") == {
        "lines": [{"amount": "1", "description": "x"}, {"amount": "2"}]
    }


def test_indices_out_of_order_become_an_ordered_list() -> None:
    decoded = decode_form("expand[1]=b&expand[0]=a")
    assert coerce(ACCEPTED_PARAMS["GetInvoices"], decoded, "")["expand"] == ["a", "b"]


def test_empty_string_means_unset_only_where_the_spec_allows_it() -> None:
    shape = ACCEPTED_PARAMS["PostInvoicesInvoice"]
    assert coerce(shape, decode_form("metadata="), "") == {"metadata": UNSET}
    with pytest.raises(ApiError) as refused:
        coerce(shape, decode_form("collection_method="), "")
    assert refused.value.code == "parameter_invalid_empty"


@pytest.mark.parametrize(
    "text",
    [
        "a=1&a=2",  # the same key twice
        "metadata=x&metadata[k]=v",  # a value and a hash
        "metadata[k=v",  # unbalanced
        "metadata[k]x=v",  # junk after a bracket
        "=v",  # no name
        "description=%FF",  # not UTF-8
    ],
)
def test_malformed_input_is_refused(text: str) -> None:
    with pytest.raises(ApiError) as refused:
        decode_form(text)
    assert refused.value.status == 400


_keys = st.text(min_size=1, max_size=12).filter(lambda k: "[" not in k and "]" not in k)
_values = st.text(max_size=20).filter(lambda v: v != "")


@given(st.dictionaries(_keys, _values, max_size=5))
def test_any_metadata_survives_encoding(metadata: dict[str, Any]) -> None:
    assert decode_form(encode({"metadata": metadata})) == (
        {"metadata": metadata} if metadata else {}
    )
