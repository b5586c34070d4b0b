"""The JSON objects embedded in ../shared/seeds, read from there at test time."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


def _objects_in(text: str) -> list[dict[str, Any]]:
    decoder = json.JSONDecoder()
    found: list[dict[str, Any]] = []
    position = text.find("{")
    while position != -1:
        try:
            value, end = decoder.raw_decode(text, position)
        except ValueError:
            position = text.find("{", position + 1)
            continue
        if isinstance(value, dict) and "object" in value:
            found.append(value)
            position = text.find("{", end)
        else:
            position = text.find("{", position + 1)
    return found


@cache
def seed_objects() -> tuple[tuple[str, dict[str, Any]], ...]:
    """(label, object) for every top-level JSON object with an `object` key in the seeds."""
    out: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for index, value in enumerate(_objects_in(path.read_text(encoding="utf-8"))):
            out.append((f"{path.stem[:3]}#{index}:{value['object']}", value))
    return tuple(out)


def seed_invoices() -> list[tuple[str, dict[str, Any]]]:
    return [(label, obj) for label, obj in seed_objects() if obj["object"] == "invoice"]
