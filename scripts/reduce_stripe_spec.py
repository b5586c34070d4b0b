#!/usr/bin/env python3
"""Maintainer tool: cut Stripe's published OpenAPI description down to a test fixture.

    python scripts/reduce_stripe_spec.py SPEC3_JSON [--out tests/fixtures/stripe-openapi/...]

Stripe publishes its OpenAPI description in the GitHub repository stripe/openapi (MIT licence),
file `openapi/spec3.json`. The regeneration tests and the codegen benchmark need one of those
published files as input; this script turns one into a small, deterministic fixture:

- the operations the generator selects (`codegen.config.OPERATIONS`, found by the generator's
  own `codegen.spec.find_operations`), exactly as published;
- every component schema they reach through `$ref`, transitively (`codegen.spec.
  referenced_schemas`, which also skips the `x-expansionResources` lists the generator only
  reads for names), exactly as published;
- with the free text removed: every string-valued `description` and `summary`, anywhere
  (a property *named* `description` is a schema, not text, and stays), except that each
  response keeps an empty `description`, which OpenAPI requires;
- `openapi`, `servers` and the `title` and `version` of `info`.

The output is compact JSON with sorted keys, gzip-compressed with a zero timestamp, so the same
input always gives the same bytes. Before writing, the script checks that the generator selects
exactly the same document from the fixture as from the full file (with its text removed).

The tests read the committed fixture; nothing in the test command runs this script.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from codegen import spec  # noqa: E402

DEFAULT_OUT = ROOT / "tests" / "fixtures" / "stripe-openapi" / "spec3-2022-04-12.reduced.json.gz"
PROSE_KEYS = ("description", "summary")


def without_prose(node: Any) -> Any:
    """`node` with every string-valued `description`/`summary` key removed, recursively."""
    if isinstance(node, dict):
        return {
            key: without_prose(value)
            for key, value in node.items()
            if not (key in PROSE_KEYS and isinstance(value, str))
        }
    if isinstance(node, list):
        return [without_prose(value) for value in node]
    return node


def with_empty_response_descriptions(document: dict[str, Any]) -> dict[str, Any]:
    """`document` (changed in place) with `description: ""` in each response: OpenAPI requires
    the key, and the generator validates the document."""
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict):
                for response in operation.get("responses", {}).values():
                    response["description"] = ""
    return document


def reduce(document: dict[str, Any]) -> dict[str, Any]:
    """The selected operations and the closure of schemas they reference, without prose."""
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    paths: dict[str, dict[str, Any]] = {}
    for path, method, operation in spec.find_operations(document).values():
        paths.setdefault(path, {})[method] = operation
    kept: dict[str, Any] = {}
    pending = list(spec.referenced_schemas(paths))
    while pending:
        name = pending.pop()
        if name in kept:
            continue
        if name not in schemas:
            raise ValueError(f"$ref to missing schema {name!r}")
        kept[name] = schemas[name]
        pending.extend(spec.referenced_schemas(schemas[name]))
    info = document.get("info", {})
    reduced = {
        "openapi": document.get("openapi", "3.0.0"),
        "info": {key: info[key] for key in ("title", "version") if key in info},
        "servers": document.get("servers", []),
        "paths": paths,
        "components": {"schemas": kept},
    }
    return with_empty_response_descriptions(without_prose(reduced))


def encode(document: dict[str, Any]) -> bytes:
    text = json.dumps(document, separators=(",", ":"), sort_keys=True, ensure_ascii=False)
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def check_same_selection(full: dict[str, Any], reduced: dict[str, Any]) -> None:
    """The generator must see no difference between the fixture and the full file."""
    expected = spec.select(with_empty_response_descriptions(without_prose(full)))
    got = spec.select(json.loads(json.dumps(reduced)))
    for selection in (expected, got):  # only `info` is cut on purpose
        info = selection.document["info"]
        selection.document["info"] = {key: info.get(key) for key in ("title", "version")}
    if (expected.document, expected.operations, expected.pruned) != (
        got.document,
        got.operations,
        got.pruned,
    ):
        raise SystemExit("the generator selects something else from the fixture: not written")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("spec", type=Path, help="Stripe's spec3.json (from stripe/openapi)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="fixture to write")
    args = parser.parse_args(argv)

    full = spec.load(args.spec)
    reduced = reduce(full)
    check_same_selection(full, reduced)
    data = encode(reduced)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(data)
    print(
        f"{args.out.name}: {len(reduced['paths'])} paths, "
        f"{len(reduced['components']['schemas'])} of {len(full['components']['schemas'])} "
        f"schemas, {len(data):,} bytes (info.version {reduced['info'].get('version')})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
