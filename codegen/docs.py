"""Descriptions from the spec, made into short, safe docstrings for the generated code."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
_LIMIT = 200


def first_sentence(description: object) -> str:
    """The first line, and of it the first sentence when it is long; plain text only."""
    if not isinstance(description, str):
        return ""
    lines = [line.strip() for line in description.strip().splitlines()]
    text = lines[0] if lines else ""
    if len(text) > 100:
        text = _SENTENCE_END.split(text, maxsplit=1)[0]
    if len(text) > _LIMIT:
        text = text[: _LIMIT - 3].rstrip() + "..."
    return text


def docstring(text: str, indent: str = "") -> str:
    """`text` as a docstring line: backslashes and quotes escaped, so spec text stays text."""
    body = text.replace("\\", "\\\\").replace('"', '\\"')
    if body.endswith("\\"):
        body += " "
    return f'{indent}"""{body}"""'
