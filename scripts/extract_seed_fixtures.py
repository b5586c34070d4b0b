#!/usr/bin/env python3
"""Maintainer tool: write the example API objects of the seed documents as JSON fixtures.

    python scripts/extract_seed_fixtures.py SEEDS_DIR [--out tests/fixtures/seeds]

SEEDS_DIR holds the documents the project was started from (`NNN_*.txt`: guides and API
reference pages with example objects embedded in them). For each document, every top-level JSON
object with an `object` key is kept, in order, and written as a JSON list to `OUT/NNN.json`;
documents without one get no file. Only the objects are written, never the text around them.

The test suite and the benchmarks read the committed fixtures (`tests/seeds.py`); nothing in
the test command runs this script. Run it again only when the seed documents change, and
commit its output.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "tests" / "fixtures" / "seeds"


def objects_in(text: str) -> list[dict[str, Any]]:
    """Every top-level JSON object with an `object` key embedded in `text`, in order."""
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("seeds", type=Path, help="directory of the seed documents (NNN_*.txt)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="fixture directory")
    args = parser.parse_args(argv)

    documents = sorted(args.seeds.glob("[0-9][0-9][0-9]_*.txt"))
    if not documents:
        print(f"no NNN_*.txt documents in {args.seeds}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    for stale in args.out.glob("[0-9][0-9][0-9].json"):
        stale.unlink()
    for document in documents:
        objects = objects_in(document.read_text(encoding="utf-8"))
        if not objects:
            continue
        target = args.out / f"{document.name[:3]}.json"
        text = json.dumps(objects, indent=2, ensure_ascii=False) + "\n"
        target.write_text(text, encoding="utf-8")
        kinds = ", ".join(obj["object"] for obj in objects)
        print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}: {kinds}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
