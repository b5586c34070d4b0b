"""The example API objects of the project's seed documents, from JSON fixtures in the tree.

`tests/fixtures/seeds/NNN.json` holds, in order, the objects of seed document NNN (written by
`scripts/extract_seed_fixtures.py`): 000 is an invoice rendered by a recent API version, 002 a
customer's sources list, 003 invoices rendered by an older API version.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "seeds"


@cache
def seed_objects() -> tuple[tuple[str, dict[str, Any]], ...]:
    """(label, object) for every seed object; labels read `NNN#index:object`."""
    out: list[tuple[str, dict[str, Any]]] = []
    for path in sorted(FIXTURES.glob("*.json")):
        objects = json.loads(path.read_text(encoding="utf-8"))
        for index, value in enumerate(objects):
            out.append((f"{path.stem}#{index}:{value['object']}", value))
    if not out:
        raise LookupError(f"no seed objects in {FIXTURES}")
    return tuple(out)


def seed_invoices() -> list[tuple[str, dict[str, Any]]]:
    return [(label, obj) for label, obj in seed_objects() if obj["object"] == "invoice"]
