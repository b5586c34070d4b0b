"""Reading a body within bounds (`_body`): the size cap as declared and as decoded, gzip
decoded step by step, encodings Stripe never sends, and pages counted before decoding."""

from __future__ import annotations

import gzip
import json

import httpx
import pytest

from stripe_invoicing_client._body import (
    BodyReader,
    PageTooLarge,
    ResponseTooLarge,
    Undecodable,
    UnsupportedEncoding,
    load_page,
)


def streamed(headers: dict[str, str]) -> httpx.Response:
    """A response whose body is still to be read, as a real transport's is."""
    return httpx.Response(200, headers=headers, stream=httpx.ByteStream(b""))


def read(reader: BodyReader, headers: dict[str, str], chunks: list[bytes]) -> bytes:
    assert reader.start(streamed(headers))
    for chunk in chunks:
        reader.add(chunk)
    return reader.body()


@pytest.mark.parametrize(("length", "refused"), [(99, False), (100, False), (101, True)])
def test_a_declared_length_over_the_cap_is_refused_before_reading(
    length: int, refused: bool
) -> None:
    reader = BodyReader(100, None)
    if refused:
        with pytest.raises(ResponseTooLarge):
            reader.start(streamed({"Content-Length": str(length)}))
    else:
        assert reader.start(streamed({"Content-Length": str(length)}))


@pytest.mark.parametrize("size", [100, 101])
def test_the_cap_holds_for_plain_bodies_to_the_byte(size: int) -> None:
    reader = BodyReader(100, None)
    if size > 100:
        with pytest.raises(ResponseTooLarge):
            read(reader, {}, [b"x" * 60, b"x" * (size - 60)])
    else:
        assert read(reader, {}, [b"x" * 60, b"x" * (size - 60)]) == b"x" * size


@pytest.mark.parametrize("size", [100_000, 100_001])
def test_the_cap_holds_for_decoded_gzip_to_the_byte(size: int) -> None:
    packed = gzip.compress(b"x" * size, mtime=0)
    reader = BodyReader(100_000, None)
    if size > 100_000:
        with pytest.raises(ResponseTooLarge):
            read(reader, {"Content-Encoding": "gzip"}, [packed])
        assert reader.size <= 100_001  # stopped a byte past the cap, not after inflating all
    else:
        chunks = [packed[i : i + 7] for i in range(0, len(packed), 7)]
        assert read(reader, {"Content-Encoding": "GZIP"}, chunks) == b"x" * size


@pytest.mark.parametrize(
    "encoding", ["identity", "", "gzip", "x-gzip", " gzip ", "identity, gzip"], ids=repr
)
def test_gzip_once_or_no_encoding_is_read(encoding: str) -> None:
    body = json.dumps({"id": "in_1"}).encode()
    plain = "gzip" not in encoding
    raw = body if plain else gzip.compress(body, mtime=0)
    assert read(BodyReader(1000, None), {"Content-Encoding": encoding}, [raw]) == body


@pytest.mark.parametrize("encoding", ["br", "deflate", "zstd", "gzip, gzip", "gzip, br"])
def test_other_encodings_are_refused_by_name(encoding: str) -> None:
    with pytest.raises(UnsupportedEncoding) as caught:
        BodyReader(1000, None).start(streamed({"Content-Encoding": encoding}))
    assert caught.value.encoding == encoding


@pytest.mark.parametrize(
    "raw",
    [
        b"not gzip",
        gzip.compress(b"abc", mtime=0)[:-4],
        gzip.compress(b"abc", mtime=0) + b"junk",
        gzip.compress(b"abc", mtime=0) * 2,
    ],
    ids=["not gzip", "cut short", "trailing bytes", "two members"],
)
def test_a_corrupt_gzip_body_is_undecodable(raw: bytes) -> None:
    with pytest.raises(Undecodable):
        read(BodyReader(1000, None), {"Content-Encoding": "gzip"}, [raw])


def test_an_empty_gzip_body_is_empty() -> None:
    assert read(BodyReader(1000, None), {"Content-Encoding": "gzip"}, []) == b""


def test_a_response_made_with_its_content_is_taken_as_decoded() -> None:
    reader = BodyReader(5, None)
    assert not reader.start(httpx.Response(200, content=b"abc"))
    assert reader.body() == b"abc"
    with pytest.raises(ResponseTooLarge):
        BodyReader(2, None).start(httpx.Response(200, content=b"abc"))


@pytest.mark.parametrize(
    "text",
    [
        '{"object": "list", "data": [{"id": "a"}, {"id": "b"}], "has_more": false}',
        ' { "data" : [ ] , "url" : "/v1/x" } ',
        "{}",
        '{"data": "not a list", "data": [1]}',
        "[1, 2, 3]",
        '{"a": {"data": [1, 2, 3, 4]}}',
    ],
)
def test_a_page_within_the_limit_loads_as_json_does(text: str) -> None:
    assert load_page(text, 2) == json.loads(text)


@pytest.mark.parametrize(
    "text", ['{"data": [1, 2, 3]}', '{"data": [{}, {}, {"x": [1]}], "has_more": true}']
)
def test_a_page_past_the_limit_is_refused(text: str) -> None:
    with pytest.raises(PageTooLarge):
        load_page(text, 2)


@pytest.mark.parametrize(
    "text",
    ['{"data": [1, 2', '{"data": [1 2]}', '{"a" 1}', '{"a": 1 "b": 2}', "{1: 2}", '{"a": 1} x'],
)
def test_a_malformed_page_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError):
        load_page(text, 10)


def test_a_page_s_items_share_their_keys_as_json_loads_gives_them() -> None:
    # Decoded item by item, each item would hold its own copy of every key: twice the memory.
    item = '{"id": "in_1", "object": "invoice", "status_transitions": {"paid_at": null}}'
    page = load_page('{"object": "list", "data": [' + ",".join([item] * 3) + "]}", 3)
    assert isinstance(page, dict)
    first, *others = page["data"]
    for other in others:
        assert all(a is b for a, b in zip(first, other, strict=True))
        assert next(iter(first["status_transitions"])) is next(iter(other["status_transitions"]))
