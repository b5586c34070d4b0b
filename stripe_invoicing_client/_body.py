"""Reading an answer's body within bounds, for both shells.

The body is read raw (as it came off the wire) and decoded here, not by httpx: httpx inflates
each chunk whole before anything can count it, so 200 KB of gzip grows to 200 MB at once.
Here the inflater hands out at most what is left under `max_response_bytes` per step, so
memory stays near the cap whatever the compression ratio. Stripe sends gzip or nothing (and
only gzip is asked for); any other Content-Encoding, stacked layers included, is refused
unread.
"""

from __future__ import annotations

import json
import os
import re
import time
import zlib
from pathlib import Path
from typing import BinaryIO

import attrs
import httpx

from .errors import get_header

_GZIP = ("gzip", "x-gzip")
_NO_ENCODING = ("", "identity")
# The most an inflate step hands out: small enough that the step costs little memory.
_STEP = 64 * 1024


class ResponseTooLarge(Exception):
    """The body, as read or as decoded, passes `max_response_bytes`."""


class OutOfTime(Exception):
    """The call's deadline passed while the attempt was under way."""


class UnsupportedEncoding(Exception):
    """A Content-Encoding Stripe never sends (anything but one gzip layer)."""

    def __init__(self, encoding: str) -> None:
        super().__init__(encoding)
        self.encoding = encoding


class Undecodable(Exception):
    """A gzip body that is corrupt, cut short or followed by stray bytes."""


def content_encodings(response: httpx.Response) -> list[str]:
    """The layers of Content-Encoding, outermost last, without `identity`."""
    header = ",".join(response.headers.get_list("Content-Encoding"))
    layers = [layer.strip().lower() for layer in header.split(",")]
    return [layer for layer in layers if layer not in _NO_ENCODING]


@attrs.define
class BodyReader:
    """Collects a raw body and decodes it, refusing it past the size cap or the deadline, so
    a huge, compressed or dripping body neither fills memory nor holds the call open."""

    limit: int
    deadline: float | None
    size: int = 0  # decoded bytes kept
    raw_size: int = 0  # bytes received
    chunks: list[bytes] = attrs.field(factory=list)
    inflater: zlib._Decompress | None = None
    # A download's file: a 2xx body is written to `<name>.part` beside it (truncated on each
    # attempt), which replaces it once whole; an error body stays in memory to be read.
    destination: Path | None = None
    sink: BinaryIO | None = None

    def start(self, response: httpx.Response) -> bool:
        """Check the headers: refuse a declared length over the cap or an unknown encoding.
        False when there is nothing left to read: a response made with its content (mock
        transports), which httpx has decoded already."""
        length = get_header(response.headers, "Content-Length")
        if length is not None and length.strip().isdigit() and int(length) > self.limit:
            raise ResponseTooLarge
        if self.destination is not None and 200 <= response.status_code < 300:
            self.sink = open(_part(self.destination), "wb")  # noqa: SIM115 (closed by close())
        if response.is_stream_consumed:
            self._keep(response.content)
            return False
        encodings = content_encodings(response)
        if encodings:
            if len(encodings) > 1 or encodings[0] not in _GZIP:
                raise UnsupportedEncoding(", ".join(encodings))
            self.inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        return True

    def add(self, raw: bytes) -> None:
        """Take the next raw chunk."""
        self.raw_size += len(raw)
        if self.raw_size > self.limit:
            raise ResponseTooLarge
        if self.inflater is None:
            self._keep(raw)
        else:
            self._inflate(self.inflater, raw)
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise OutOfTime

    def _inflate(self, inflater: zlib._Decompress, data: bytes) -> None:
        while True:
            # One byte past what is left, so a body over the cap is seen without more.
            step = min(_STEP, self.limit - self.size + 1)
            try:
                out = inflater.decompress(data, step)
            except zlib.error:
                raise Undecodable from None
            self._keep(out)
            data = inflater.unconsumed_tail
            # A full step may leave output pending inside zlib even with no input left.
            if not data and len(out) < step:
                break
        if inflater.eof and inflater.unused_data:
            raise Undecodable  # bytes after the gzip trailer: a second member or garbage

    def _keep(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.limit:
            raise ResponseTooLarge
        if self.sink is not None:
            self.sink.write(data)
        elif data:
            self.chunks.append(data)

    def body(self) -> bytes:
        """The decoded body, once the raw one has ended."""
        if self.inflater is not None and self.raw_size and not self.inflater.eof:
            raise Undecodable  # cut short: the gzip trailer never came
        if self.sink is not None and self.destination is not None:
            self.sink.close()
            self.sink = None
            os.replace(_part(self.destination), self.destination)
            return b""  # the body is in the file
        body = b"".join(self.chunks)
        self.chunks = [body]  # the pieces go now, not when the reader does (after parsing)
        return body

    def close(self) -> None:
        """After the attempt: a download's file left unfinished (the read failed) is removed."""
        if self.sink is not None and self.destination is not None:
            self.sink.close()
            self.sink = None
            _part(self.destination).unlink(missing_ok=True)


def _part(destination: Path) -> Path:
    return destination.with_name(destination.name + ".part")


def finish_reading(response: httpx.Response, body: bytes) -> httpx.Response:
    # The body was read through the stream; keep it on the response for RawResponse users
    # (httpx reads `_content` back when asked for `.content`).
    response._content = body
    return response


class PageTooLarge(Exception):
    """A list page's `data` holds more items than were asked for."""


_JSON = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")


# Pages up to this size are decoded whole, and their items counted after: the decoder then
# shares one copy of each key among the items (decoded one by one, each item holds its own,
# twice the memory), and even a hostile page of empty objects decodes to ~40x its size at most.
WHOLE_PAGE_CHARS = 512 * 1024


def load_page(text: str, limit: int) -> object:
    """`json.loads(text)` for a list or search page, refusing one whose `data` holds more
    than `limit` items before any item is parsed into a model. A page over
    `WHOLE_PAGE_CHARS` is refused as soon as the item past the limit starts: never more are
    decoded."""
    if len(text) <= WHOLE_PAGE_CHARS:
        whole = json.loads(text)
        if type(whole) is dict and type(items := whole.get("data")) is list and len(items) > limit:
            raise PageTooLarge(limit)
        return whole
    pos = _skip(text, 0)
    if text[pos : pos + 1] != "{":
        return json.loads(text)  # not an object: nothing to count
    page: dict[str, object] = {}
    pos = _skip(text, pos + 1)
    if text[pos : pos + 1] == "}":
        return _end(text, pos, page)
    while True:
        key, pos = _JSON.raw_decode(text, pos)
        if type(key) is not str:
            raise ValueError("an object key must be a string")
        pos = _expect(text, _skip(text, pos), ":")
        pos = _skip(text, pos)
        if key == "data" and text[pos : pos + 1] == "[":
            page[key], pos = _items(text, pos + 1, limit)
        else:
            page[key], pos = _JSON.raw_decode(text, pos)
        pos = _skip(text, pos)
        if text[pos : pos + 1] == "}":
            return _end(text, pos, page)
        pos = _skip(text, _expect(text, pos, ","))


def _items(text: str, pos: int, limit: int) -> tuple[list[object], int]:
    items: list[object] = []
    pos = _skip(text, pos)
    if text[pos : pos + 1] == "]":
        return items, pos + 1
    while True:
        if len(items) == limit:
            raise PageTooLarge(limit)
        item, pos = _JSON.raw_decode(text, pos)
        items.append(item)
        pos = _skip(text, pos)
        if text[pos : pos + 1] == "]":
            return items, pos + 1
        pos = _skip(text, _expect(text, pos, ","))


def _skip(text: str, pos: int) -> int:
    match = _SPACE.match(text, pos)
    return match.end() if match else pos


def _expect(text: str, pos: int, char: str) -> int:
    if text[pos : pos + 1] != char:
        raise ValueError(f"expected {char!r} at {pos}")
    return pos + 1


def _end(text: str, pos: int, page: dict[str, object]) -> dict[str, object]:
    if _skip(text, pos + 1) != len(text):
        raise ValueError("extra data after the page")
    return page
