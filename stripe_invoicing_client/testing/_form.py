"""Reading `application/x-www-form-urlencoded` text in Stripe's bracket notation.

Written independently of the client's encoder so the fake can catch its mistakes.
As in Rack (Stripe's parser), a key is percent-decoded before its brackets are read: `%5B`
is structure too, so a key holding a bracket can't be sent at all. `[]` appends to a list;
`[0]`, `[1]` are kept as dict keys and turned into a list once the shape asks for one.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote_plus

from ._errors import ApiError


def _unquote(raw: str) -> str:
    try:
        return unquote_plus(raw, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise ApiError.invalid_request(
            "The request contains bytes that are not valid UTF-8 once percent-decoded."
        ) from None


def split_key(raw_key: str) -> list[str]:
    """`metadata[a%20b]` -> `["metadata", "a b"]`; `expand[]` -> `["expand", ""]`."""
    raw_key = _unquote(raw_key)
    head, bracket, rest = raw_key.partition("[")
    parts = [head]
    if not head:
        raise ApiError.invalid_request(f"Invalid parameter name: {raw_key!r}")
    while bracket:
        segment, closed, after = rest.partition("]")
        if not closed:
            raise ApiError.invalid_request(f"Unbalanced brackets in parameter name {raw_key!r}")
        if "[" in segment:
            raise ApiError.invalid_request(f"Nested brackets in parameter name {raw_key!r}")
        parts.append(segment)
        if after and not after.startswith("["):
            raise ApiError.invalid_request(f"Text after a bracket in parameter name {raw_key!r}")
        bracket, rest = after[:1], after[1:]
    return parts


def _shown(parts: list[str]) -> str:
    return parts[0] + "".join(f"[{p}]" for p in parts[1:])


def _place(root: dict[str, Any], parts: list[str], value: str) -> None:
    node: Any = root
    for depth, part in enumerate(parts):
        last = depth == len(parts) - 1
        if isinstance(node, list):
            if part != "":
                raise ApiError.invalid_request(
                    f"Cannot mix [] and [{part}] in {_shown(parts[:depth])}"
                )
            if last:
                node.append(value)
                return
            # Like Rack: `a[][x]=1&a[][y]=2` fills one hash until a key repeats.
            following = parts[depth + 1]
            if not (node and isinstance(node[-1], dict) and following not in node[-1]):
                node.append({})
            node = node[-1]
            continue
        if part == "" and depth > 0:
            raise ApiError.invalid_request(
                f"Cannot mix [] and named keys in {_shown(parts[:depth])}"
            )
        if last:
            if part in node:
                raise ApiError.invalid_request(
                    f"Received more than one value for {_shown(parts)}", param=_shown(parts)
                )
            node[part] = value
            return
        following = parts[depth + 1]
        child = node.setdefault(part, [] if following == "" else {})
        if isinstance(child, str):
            raise ApiError.invalid_request(
                f"{_shown(parts[: depth + 1])} was sent both as a value and as a hash",
                param=_shown(parts[: depth + 1]),
            )
        if isinstance(child, list) and following != "":
            raise ApiError.invalid_request(
                f"Cannot mix [] and [{following}] in {_shown(parts[: depth + 1])}"
            )
        node = child


def decode_form(text: str) -> dict[str, Any]:
    """Nested dicts and lists of strings; raises `ApiError` (400) on malformed input."""
    root: dict[str, Any] = {}
    for pair in text.split("&"):
        if not pair:
            continue
        raw_key, _, raw_value = pair.partition("=")
        _place(root, split_key(raw_key), _unquote(raw_value))
    return root


__all__ = ["decode_form", "split_key"]
