"""Load a Stripe OpenAPI description and cut it down to the configured operations.

The cut keeps every operation of `config.OPERATIONS` the input has, the schemas they reach, and
replaces references to resources outside `config.FAMILY` with one loose `stripe_object` schema.
"""

from __future__ import annotations

import copy
import gzip
import json
import keyword
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import yaml

from . import config

HTTP_METHODS = ("get", "post", "delete", "put", "patch")
LOOSE_SCHEMA = "stripe_object"
SCHEMA_PREFIX = "#/components/schemas/"

Json = Any


@attrs.frozen
class Pruned:
    """One reference that was cut, and why (printed by the generator)."""

    at: str
    target: str
    reason: str


@attrs.frozen
class Selection:
    document: dict[str, Json]
    operations: tuple[str, ...]
    missing: tuple[str, ...]
    pruned: tuple[Pruned, ...]


class _JsonCompatibleLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML read the way OpenAPI 3 means it (JSON-compatible, as in YAML 1.2): a value like
    `2026-10-28` or `no` stays a string instead of becoming a date or a boolean. The C loader
    when available: Stripe's whole spec is several megabytes."""


_JsonCompatibleLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_JsonCompatibleLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
for _first in "yYnNoO":
    _JsonCompatibleLoader.yaml_implicit_resolvers[_first] = [
        (tag, regexp)
        for tag, regexp in _JsonCompatibleLoader.yaml_implicit_resolvers.get(_first, [])
        if tag != "tag:yaml.org,2002:bool"
    ]


def load(path: Path) -> dict[str, Json]:
    """A JSON or YAML OpenAPI document; `.json.gz` is gzip-compressed JSON."""
    return parse(path.read_bytes(), str(path))


def parse(data: bytes, name: str) -> dict[str, Json]:
    """The document in `data`, read as its file `name` says (JSON, `.json.gz` or YAML)."""
    compressed = name.endswith(".json.gz")
    try:
        text = (gzip.decompress(data) if compressed else data).decode("utf-8")
        if compressed or name.endswith(".json"):
            document = json.loads(text)
        else:
            document = yaml.load(text, Loader=_JsonCompatibleLoader)
    except (ValueError, EOFError, gzip.BadGzipFile, yaml.YAMLError) as error:
        raise ValueError(f"{name}: cannot be read: {error}") from None
    if not isinstance(document, dict) or not isinstance(document.get("paths"), dict):
        raise ValueError(f"{name}: not an OpenAPI document (no `paths` mapping)")
    return document


def _ref_name(ref: str) -> str:
    if not ref.startswith(SCHEMA_PREFIX):
        raise ValueError(f"unsupported $ref {ref!r}: only local component schemas")
    return ref[len(SCHEMA_PREFIX) :]


def _refs(node: Json) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield _ref_name(value)
            elif key != "x-expansionResources":
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _outside_family(schemas: dict[str, Json]) -> set[str]:
    """Resources that are not ours: anything with `x-resourceId` or named as an expansion."""
    resources = {name for name, schema in schemas.items() if "x-resourceId" in schema}

    def expansions(node: Json) -> Iterator[str]:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "x-expansionResources":
                    yield from _refs(value.get("oneOf", []))
                else:
                    yield from expansions(value)
        elif isinstance(node, list):
            for value in node:
                yield from expansions(value)

    resources.update(expansions(schemas))
    return resources - config.FAMILY


class _Pruner:
    def __init__(self, schemas: dict[str, Json], outside: set[str]) -> None:
        self.schemas = schemas
        self.outside = outside
        self.pruned: list[Pruned] = []
        self.used_loose = False

    def loose(self, at: str, target: str, reason: str) -> Json:
        self.pruned.append(Pruned(at=at, target=target, reason=reason))
        self.used_loose = True
        return {"$ref": SCHEMA_PREFIX + LOOSE_SCHEMA}

    def prune(self, node: Json, at: str, expandable: bool = False) -> Json:
        if isinstance(node, list):
            return [self.prune(value, at, expandable) for value in node]
        if not isinstance(node, dict):
            return node
        out: dict[str, Json] = {}
        for key, value in node.items():
            if key == "x-expansionResources":
                kept = [
                    r for r in value.get("oneOf", []) if _ref_name(r["$ref"]) not in self.outside
                ]
                if kept:
                    out[key] = {"oneOf": kept}
                continue
            if key == "$ref" and _ref_name(value) in self.outside:
                reason = (
                    "expandable, outside the invoicing family: the id, or a StripeObject"
                    if expandable
                    else "embedded resource outside the invoicing family: a StripeObject"
                )
                out.update(self.loose(at, _ref_name(value), reason))
                continue
            if key == "anyOf" and isinstance(value, list):
                alternatives = self.prune(value, at, "x-expansionResources" in node)
                out[key] = _dedupe(alternatives)
                continue
            child_at = at if key in ("items", "allOf", "oneOf") else f"{at}.{key}"
            out[key] = self.prune(value, child_at if key != "properties" else at)
        return out


def _dedupe(alternatives: list[Json]) -> list[Json]:
    seen: list[Json] = []
    for alternative in alternatives:
        if alternative not in seen:
            seen.append(alternative)
    return seen


def find_operations(document: dict[str, Json]) -> dict[str, tuple[str, str, Json]]:
    """operationId -> (path, method, operation) for each configured operation `document` has."""
    found: dict[str, tuple[str, str, Json]] = {}
    for path, item in document["paths"].items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and operation.get("operationId") in config.OPERATIONS:
                found[operation["operationId"]] = (path, method, operation)
    return found


_PATH_PARAMETER = re.compile(r"\{([^{}]+)\}")


def _check_path_parameters(found: dict[str, tuple[str, str, Json]]) -> None:
    """The table's path parameters (the methods' positional arguments) are the spec path's, in
    its order: the generated records take the path from the spec, the methods their arguments
    from the table, and a record would be sent without its id."""
    rows = {op.operation_id: op for op in config.TABLE}
    wrong = [
        f"  {operation_id}: the spec's path {path} has {spelled!r}, the table says "
        f"{rows[operation_id].path_params!r}"
        for operation_id, (path, _, _) in found.items()
        if (spelled := tuple(_PATH_PARAMETER.findall(path))) != rows[operation_id].path_params
    ]
    if wrong:
        raise ValueError(
            "path parameters differ from the operations table:\n"
            + "\n".join(wrong)
            + "\nMake each row's path_params in codegen/operations.py the spec path's, in its "
            "order (they are positional-only arguments: callers are not affected)."
        )


def answered_schemas(operation: Json) -> list[str]:
    """The component schemas an operation's 200 JSON body is (one, or a choice of them), or
    the items of the list or search page it is."""
    content = operation.get("responses", {}).get("200", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema", {})
    items = schema.get("properties", {}).get("data", {}).get("items")
    if "$ref" not in schema and "anyOf" not in schema and isinstance(items, dict):
        schema = items
    choices = schema.get("anyOf", [schema])
    return [_ref_name(c["$ref"]) for c in choices if isinstance(c, dict) and "$ref" in c]


def _check_answers(found: dict[str, tuple[str, str, Json]], outside: set[str]) -> None:
    """An operation answering a resource outside the family would answer a loose dict, which
    the generated client has no parse rule for: say which, and what to change."""
    wrong = [
        f"  {operation_id}: {', '.join(names)}"
        for operation_id, (_, _, operation) in found.items()
        if (names := [name for name in answered_schemas(operation) if name in outside])
    ]
    if wrong:
        raise ValueError(
            "operations answer resources outside the invoicing family:\n"
            + "\n".join(wrong)
            + "\nAdd each resource to FAMILY in codegen/config.py (Stripe may have renamed "
            "one the client models), or take the operation out of codegen/operations.py."
        )


def _keys(schema: Json, at: str = "") -> Iterator[str]:
    """The dotted paths of the property names of `schema` at every depth of its inline objects
    (references are checked where they are defined)."""
    if isinstance(schema, list):
        for value in schema:
            yield from _keys(value, at)
        return
    if not isinstance(schema, dict):
        return
    properties = schema.get("properties")
    for name, value in (properties if isinstance(properties, dict) else {}).items():
        where = f"{at}.{name}" if at else str(name)
        yield where
        yield from _keys(value, where)
    for key in ("items", "anyOf", "oneOf", "allOf", "additionalProperties"):
        yield from _keys(schema.get(key), at)


def _not_python(dotted: str) -> bool:
    name = dotted.rpartition(".")[2]
    return not name.isidentifier() or keyword.iskeyword(name)


def _check_names(paths: dict[str, dict[str, Json]], schemas: dict[str, Json]) -> None:
    """Field and parameter names are model attributes and TypedDict keys: a keyword or a name
    with a dash cannot be one. Say where each is, and what to do, before rendering."""
    wrong = [
        f"  schema {name}: field {where!r}"
        for name, schema in schemas.items()
        for where in _keys(schema)
        if _not_python(where)
    ]
    for item in paths.values():
        for operation in item.values():
            found = [p["name"] for p in operation.get("parameters", []) if p.get("in") == "query"]
            for media in operation.get("requestBody", {}).get("content", {}).values():
                found += _keys(media.get("schema"))
            wrong += [
                f"  {operation['operationId']}: parameter {where!r}"
                for where in found
                if _not_python(where)
            ]
    if wrong:
        raise ValueError(
            "names that cannot be Python attributes or TypedDict keys (keywords, dashes):\n"
            + "\n".join(wrong)
            + "\nLeave them out of the spec you generate from: a model keeps an unknown field "
            'in additional_properties (model["name"]), a call sends an unknown parameter '
            "with extra_body= or extra_query=."
        )


def referenced_schemas(node: Json) -> Iterator[str]:
    """Names of the component schemas `node` references (expansion lists aside)."""
    return _refs(node)


def select(document: dict[str, Json]) -> Selection:
    """The configured operations of `document` and the schemas they need, pruned."""
    schemas: dict[str, Json] = document.get("components", {}).get("schemas", {})
    if LOOSE_SCHEMA in schemas:
        # Its references would silently become the loose object the generator adds.
        raise ValueError(
            f"the spec has a schema named {LOOSE_SCHEMA!r}, the name the generator gives "
            "objects outside the invoicing family: change LOOSE_SCHEMA in codegen/spec.py"
        )
    outside = _outside_family(schemas)
    pruner = _Pruner(schemas, outside)

    found = find_operations(document)
    _check_path_parameters(found)
    _check_answers(found, outside)
    paths: dict[str, dict[str, Json]] = {}
    for operation_id in config.OPERATIONS:
        if operation_id not in found:
            continue
        path, method, operation = found[operation_id]
        operation = pruner.prune(copy.deepcopy(operation), operation_id)
        operation["tags"] = [config.OPERATIONS[operation_id]]
        paths.setdefault(path, {})[method] = operation

    kept: dict[str, Json] = {}
    pending = [name for item in paths.values() for name in _refs(item)]
    while pending:
        name = pending.pop()
        if name in kept or name == LOOSE_SCHEMA:
            continue
        if name not in schemas:
            raise ValueError(f"$ref to missing schema {name!r}")
        kept[name] = pruner.prune(copy.deepcopy(schemas[name]), name)
        pending.extend(_refs(kept[name]))
    if pruner.used_loose:
        kept[LOOSE_SCHEMA] = {
            "type": "object",
            "title": "StripeObject",
            "description": "A Stripe object of a type this client does not model, kept as given.",
            "additionalProperties": True,
        }

    _check_names(paths, kept)
    selected = {
        "openapi": document.get("openapi", "3.0.0"),
        "info": document.get("info", {}),
        "servers": document.get("servers", [{"url": "https://api.stripe.com"}]),
        "paths": dict(sorted(paths.items())),
        "components": {"schemas": dict(sorted(kept.items()))},
    }
    return Selection(
        document=selected,
        operations=tuple(op for op in config.OPERATIONS if op in found),
        missing=tuple(op for op in config.OPERATIONS if op not in found),
        pruned=tuple(sorted(set(pruner.pruned), key=lambda p: (p.at, p.target))),
    )
