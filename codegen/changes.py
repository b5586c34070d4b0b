"""What changed in the API between two descriptions, for the selected operations.

Pure functions over two loaded OpenAPI documents. Both are cut down by `spec.select` first, so
the comparison sees what the generator sees: the configured operations, their parameters (query,
path and form body, at every depth, named in Stripe's bracket notation such as
`lines[][price_data][currency]`), and the schemas of the selection (the models), field by field
with inline objects followed to every depth and references compared by name. Resources outside
the invoicing family are one loose `stripe_object` on both sides, so their changes never show.

Each change is breaking or not from the point of view of code written against the previous
client: a parameter that goes, narrows or becomes required breaks calls; a response field that
goes, widens or may now be absent breaks code that reads it. Additions do not break, except a
new required parameter.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import attrs

from . import config, spec

Json = Any

FORM = "application/x-www-form-urlencoded"
# Stripe's way to let a parameter be emptied: an alternative that is the string "" only.
EMPTY = '""'


@attrs.frozen
class Node:
    """One parameter or field: the types it may take, its enum values, whether it must be set."""

    types: frozenset[str]
    values: frozenset[str]
    required: bool
    parent: str | None


@attrs.frozen
class Change:
    """One difference. `subject` is an operationId, or a schema name for fields and models;
    `path` the parameter or field inside it ('' for a whole operation or model)."""

    kind: str
    subject: str
    path: str
    breaking: bool
    previous: str | None = None
    current: str | None = None
    values: tuple[str, ...] = ()
    # For fields and models: the operations whose answers hold the schema as sent, and those
    # whose answers hold it only when a field is expanded (`expand`).
    operations: tuple[str, ...] = ()
    operations_expanded: tuple[str, ...] = ()
    note: str = ""

    def as_json(self) -> dict[str, Json]:
        return attrs.asdict(
            self, value_serializer=lambda _i, _a, v: list(v) if isinstance(v, tuple) else v
        )


@attrs.frozen
class Description:
    """Where a description came from, as the report names it."""

    source: str
    version: str


@attrs.frozen
class Report:
    previous: Description
    current: Description
    configured: tuple[str, ...]
    missing: tuple[str, ...]
    # operationId -> "POST /v1/invoices", for every operation either side has.
    endpoints: Mapping[str, str]
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)

    @property
    def other(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if not c.breaking)

    @property
    def going_back(self) -> str | None:
        """A warning when the current description's API version is older than the previous
        one's: what Stripe added since then reads as removals, most of them breaking."""
        if not older(self.current.version, self.previous.version):
            return None
        return (
            f"going back: the input's API version {self.current.version} is older than "
            f"{self.previous.version} ({self.previous.source}); what Stripe added in between "
            "shows up as removed, and the client loses it"
        )


def older(version: str, than: str) -> bool:
    """Whether API `version` was released before `than` (False when either has no date)."""
    before, after = _version_date(than), _version_date(version)
    return before is not None and after is not None and after < before


def _version_date(version: str) -> str | None:
    # Stripe's API versions start with their release date: `2026-10-28.endive`, `2020-08-27`.
    match = re.match(r"\d{4}-\d{2}-\d{2}", version)
    return match.group(0) if match else None


# --- types ------------------------------------------------------------------------------------


def _ref(node: Json) -> str | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    return ref[len(spec.SCHEMA_PREFIX) :] if isinstance(ref, str) else None


def alternatives(schema: Json) -> list[Json]:
    """The alternatives of `schema`: `anyOf`/`oneOf` flattened, a one-element `allOf` unwrapped;
    `nullable` becomes an alternative of its own (`{"nullable": True}`)."""
    if not isinstance(schema, dict):
        return [{}]
    found: list[Json] = []
    for key in ("anyOf", "oneOf"):
        if isinstance(schema.get(key), list):
            for alternative in schema[key]:
                found.extend(alternatives(alternative))
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1:
        found.extend(alternatives(all_of[0]))
    if not found:
        found.append({k: v for k, v in schema.items() if k != "nullable"})
    if schema.get("nullable") is True:
        found.append({"nullable": True})
    return found


def label(alternative: Json) -> str:
    """A short name for one alternative's type: `string`, `array of integer`, `invoice`..."""
    ref = _ref(alternative)
    if ref is not None:
        return ref
    if alternative.get("nullable") is True and len(alternative) == 1:
        return "null"
    if alternative.get("enum") == [""]:
        return EMPTY
    kind = alternative.get("type")
    if kind == "array":
        items = sorted({label(a) for a in alternatives(alternative.get("items", {}))})
        inner = items[0] if len(items) == 1 else "(" + " | ".join(items) + ")"
        return f"array of {inner}"
    if kind == "object" or "properties" in alternative:
        return "object"
    return str(kind) if kind else "any"


def type_text(types: Iterable[str]) -> str:
    return " | ".join(sorted(types))


def _enum_values(alternative: Json) -> set[str]:
    values = alternative.get("enum")
    if isinstance(values, list) and values != [""]:
        return {str(v) for v in values if v != ""}
    if alternative.get("type") == "array":
        found: set[str] = set()
        for item in alternatives(alternative.get("items", {})):
            found |= _enum_values(item)
        return found
    return set()


# --- walking parameters and fields ------------------------------------------------------------


@attrs.frozen
class _Style:
    child: Callable[[str, str], str]
    item: Callable[[str], str]
    follow_refs: bool


# Parameters: `a[b]`, `a[]`; referenced schemas are part of the parameter and followed.
PARAMETERS = _Style(child=lambda p, n: f"{p}[{n}]", item=lambda p: f"{p}[]", follow_refs=True)
# Fields: `a.b`, `a[]`; a reference is another model, compared on its own.
FIELDS = _Style(child=lambda p, n: f"{p}.{n}", item=lambda p: f"{p}[]", follow_refs=False)


def _walk(
    schema: Json,
    path: str,
    required: bool,
    parent: str | None,
    schemas: Mapping[str, Json],
    style: _Style,
    out: dict[str, Node],
    followed: frozenset[str] = frozenset(),
) -> None:
    options = alternatives(schema)
    types = frozenset(label(a) for a in options)
    values = frozenset(v for a in options for v in _enum_values(a))
    seen = out.get(path)
    if seen is not None:  # two alternatives of the parent both have this child: merge
        types, values, required = (
            seen.types | types,
            seen.values | values,
            seen.required or required,
        )
    out[path] = Node(types=types, values=values, required=required, parent=parent)
    for option in options:
        _walk_children(option, path, path, schemas, style, out, followed)


def _walk_children(
    option: Json,
    path: str,
    owner: str,
    schemas: Mapping[str, Json],
    style: _Style,
    out: dict[str, Node],
    followed: frozenset[str],
) -> None:
    ref = _ref(option)
    if ref is not None:
        if not style.follow_refs or ref in followed or ref not in schemas:
            return
        followed = followed | {ref}
        for inner in alternatives(schemas[ref]):
            _walk_children(inner, path, owner, schemas, style, out, followed)
        return
    if option.get("type") == "array":
        for item in alternatives(option.get("items", {})):
            _walk_children(item, style.item(path), owner, schemas, style, out, followed)
        return
    properties = option.get("properties")
    if isinstance(properties, dict):
        required = set(option.get("required", []))
        for name, sub in properties.items():
            child = style.child(path, name)
            _walk(sub, child, name in required, owner, schemas, style, out, followed)


def parameters(operation: Json, schemas: Mapping[str, Json]) -> dict[str, Node]:
    """Every parameter of `operation` (path, query, form body) at every depth, by path."""
    out: dict[str, Node] = {}
    for parameter in operation.get("parameters", []):
        if isinstance(parameter, dict) and "name" in parameter:
            required = bool(parameter.get("required")) or parameter.get("in") == "path"
            schema = parameter.get("schema", {})
            _walk(schema, parameter["name"], required, None, schemas, PARAMETERS, out)
    content = operation.get("requestBody", {}).get("content", {})
    body: Json = content.get(FORM) or next(iter(content.values()), {})
    for option in alternatives(body.get("schema", {})):
        ref = _ref(option)
        option = schemas.get(ref, {}) if ref is not None else option
        required = set(option.get("required", []))
        for name, sub in option.get("properties", {}).items():
            _walk(sub, name, name in required, None, schemas, PARAMETERS, out)
    return out


def fields(schema: Json, schemas: Mapping[str, Json]) -> dict[str, Node]:
    """Every field of a model at every depth of its inline objects, by dotted path."""
    out: dict[str, Node] = {}
    for option in alternatives(schema):
        required = set(option.get("required", []))
        for name, sub in option.get("properties", {}).items():
            _walk(sub, name, name in required, None, schemas, FIELDS, out)
    return out


def response_types(operation: Json) -> frozenset[str]:
    """The types of the operation's success response."""
    for status, response in sorted(operation.get("responses", {}).items()):
        if str(status).startswith("2"):
            content = response.get("content", {})
            media: Json = content.get("application/json") or next(iter(content.values()), {})
            return frozenset(label(a) for a in alternatives(media.get("schema", {})))
    return frozenset()


# --- comparing --------------------------------------------------------------------------------


def _added_removed(
    previous: Mapping[str, Node], current: Mapping[str, Node]
) -> tuple[list[str], list[str]]:
    """Paths only one side has, without those whose parent is itself new or gone."""
    added = [p for p in current if p not in previous]
    removed = [p for p in previous if p not in current]
    added_set, removed_set = set(added), set(removed)
    return (
        [p for p in added if current[p].parent not in added_set],
        [p for p in removed if previous[p].parent not in removed_set],
    )


def compare_parameters(
    operation_id: str, previous: Mapping[str, Node], current: Mapping[str, Node]
) -> list[Change]:
    changes: list[Change] = []
    added, removed = _added_removed(previous, current)
    for path in added:
        node = current[path]
        changes.append(
            Change(
                kind="parameter_added",
                subject=operation_id,
                path=path,
                # A new required parameter (of an object calls already pass) breaks those calls.
                breaking=node.required,
                current=type_text(node.types),
                note="required" if node.required else "",
            )
        )
    for path in removed:
        changes.append(
            Change(
                kind="parameter_removed",
                subject=operation_id,
                path=path,
                breaking=True,
                previous=type_text(previous[path].types),
            )
        )
    for path in current:
        if path not in previous:
            continue
        before, after = previous[path], current[path]
        if before.types != after.types:
            narrowed = bool(before.types - after.types)
            changes.append(
                Change(
                    kind="parameter_retyped",
                    subject=operation_id,
                    path=path,
                    breaking=narrowed,
                    previous=type_text(before.types),
                    current=type_text(after.types),
                    note="" if narrowed else "widened: every value accepted before still is",
                )
            )
        if before.required != after.required:
            changes.append(
                Change(
                    kind="parameter_required" if after.required else "parameter_optional",
                    subject=operation_id,
                    path=path,
                    breaking=after.required,
                )
            )
        changes.extend(_enum_changes("parameter", operation_id, path, before, after, ()))
    return changes


def compare_fields(
    schema: str,
    previous: Mapping[str, Node],
    current: Mapping[str, Node],
    operations: tuple[str, ...],
) -> list[Change]:
    changes: list[Change] = []
    added, removed = _added_removed(previous, current)
    for path in added:
        changes.append(
            Change(
                kind="field_added",
                subject=schema,
                path=path,
                breaking=False,
                current=type_text(current[path].types),
                operations=operations,
            )
        )
    for path in removed:
        changes.append(
            Change(
                kind="field_removed",
                subject=schema,
                path=path,
                breaking=True,
                previous=type_text(previous[path].types),
                operations=operations,
            )
        )
    for path in current:
        if path not in previous:
            continue
        before, after = previous[path], current[path]
        if before.types != after.types:
            widened = bool(after.types - before.types)
            changes.append(
                Change(
                    kind="field_retyped",
                    subject=schema,
                    path=path,
                    breaking=widened,
                    previous=type_text(before.types),
                    current=type_text(after.types),
                    operations=operations,
                    note="" if widened else "narrowed: every value it holds was possible before",
                )
            )
        if before.required != after.required:
            changes.append(
                Change(
                    kind="field_required" if after.required else "field_optional",
                    subject=schema,
                    path=path,
                    # A field that may now be absent is typed `| Unset`: reading it changes.
                    breaking=not after.required,
                    operations=operations,
                )
            )
        changes.extend(_enum_changes("field", schema, path, before, after, operations))
    return changes


def _enum_changes(
    what: str, subject: str, path: str, before: Node, after: Node, operations: tuple[str, ...]
) -> list[Change]:
    changes: list[Change] = []
    # An enum that appears or goes entirely is a retype (`string` <-> enum), not value changes.
    if not before.values or not after.values:
        if before.values != after.values:
            changes.append(
                Change(
                    kind=f"{what}_retyped",
                    subject=subject,
                    path=path,
                    # A parameter that becomes an enum narrows; a field that stops being one widens.
                    breaking=bool(after.values) if what == "parameter" else bool(before.values),
                    previous=_enum_text(before),
                    current=_enum_text(after),
                    operations=operations,
                )
            )
        return changes
    gained = tuple(sorted(after.values - before.values))
    lost = tuple(sorted(before.values - after.values))
    if gained:
        changes.append(
            Change(
                kind=f"{what}_enum_added",
                subject=subject,
                path=path,
                breaking=False,
                values=gained,
                operations=operations,
                note=""
                if what == "parameter"
                else "the models accept unknown values; code that handles each value should "
                "handle these",
            )
        )
    if lost:
        changes.append(
            Change(
                kind=f"{what}_enum_removed",
                subject=subject,
                path=path,
                # A parameter value that goes is refused; a field value that goes leaves the
                # model's Literal type, so code naming it no longer type-checks.
                breaking=True,
                values=lost,
                operations=operations,
            )
        )
    return changes


def _enum_text(node: Node) -> str:
    if not node.values:
        return type_text(node.types)
    return type_text(node.types) + " (enum: " + ", ".join(sorted(node.values)) + ")"


def _held(node: Json, expanded: bool) -> Iterator[str]:
    """Names of the schemas `node` references; through an expandable field (an id unless
    expanded) only when `expanded`."""
    if isinstance(node, dict):
        if not expanded and "x-expansionResources" in node:
            return
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value.removeprefix(spec.SCHEMA_PREFIX)
            elif key != "x-expansionResources":
                yield from _held(value, expanded)
    elif isinstance(node, list):
        for value in node:
            yield from _held(value, expanded)


def _reached(
    selection: Json, operations: Mapping[str, Json], *, expanded: bool
) -> dict[str, tuple[str, ...]]:
    """schema name -> the operations whose answers hold it (through `$ref`, transitively).

    Success answers only: every operation's error answer holds `error` and what it holds,
    which no operation returns."""
    schemas = selection["components"]["schemas"]
    reached: dict[str, list[str]] = {}
    # What each schema holds, walked once, not once per operation that reaches it.
    holds: dict[str, tuple[str, ...]] = {}
    for operation_id, operation in operations.items():
        answers = [
            response
            for status, response in operation.get("responses", {}).items()
            if str(status).startswith("2")
        ]
        pending = list(_held(answers, expanded))
        seen: set[str] = set()
        while pending:
            name = pending.pop()
            if name in seen or name not in schemas:
                continue
            seen.add(name)
            reached.setdefault(name, []).append(operation_id)
            if name not in holds:
                holds[name] = tuple(_held(schemas[name], expanded))
            pending.extend(holds[name])
    return {name: tuple(ops) for name, ops in reached.items()}


def _reach(selection: Json, operations: Mapping[str, Json]) -> Callable[[str], dict[str, Json]]:
    """schema name -> the `operations` and `operations_expanded` of a change to it."""
    direct = _reached(selection, operations, expanded=False)
    every = _reached(selection, operations, expanded=True)

    def of(name: str) -> dict[str, Json]:
        held = direct.get(name, ())
        more = tuple(op for op in every.get(name, ()) if op not in held)
        return {"operations": held, "operations_expanded": more}

    return of


def _operations(selection: Json) -> dict[str, tuple[str, str, Json]]:
    found: dict[str, tuple[str, str, Json]] = {}
    for path, item in selection["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = (path, method, operation)
    return found


def compare(
    previous: dict[str, Json],
    current: dict[str, Json],
    previous_source: str = "previous",
    current_source: str = "current",
) -> Report:
    """The changes from `previous` to `current` (whole OpenAPI documents) for the configured
    operations."""
    return compare_selections(
        spec.select(previous), spec.select(current), previous_source, current_source
    )


def _description(selection: spec.Selection, source: str) -> Description:
    return Description(source, str(selection.document.get("info", {}).get("version", "unknown")))


def compare_selections(
    old: spec.Selection, new: spec.Selection, previous_source: str, current_source: str
) -> Report:
    """`compare`, on what `spec.select` made of each document."""
    old_ops, new_ops = _operations(old.document), _operations(new.document)
    old_schemas = old.document["components"]["schemas"]
    new_schemas = new.document["components"]["schemas"]
    order = {op: i for i, op in enumerate(config.OPERATIONS)}
    endpoints = {
        op: f"{method.upper()} {path}"
        for table in (old_ops, new_ops)
        for op, (path, method, _) in table.items()
    }
    endpoints = dict(sorted(endpoints.items(), key=lambda item: order[item[0]]))

    changes: list[Change] = []
    for operation_id in sorted(set(old_ops) | set(new_ops), key=order.__getitem__):
        if operation_id not in new_ops:
            changes.append(
                Change(
                    kind="operation_removed",
                    subject=operation_id,
                    path="",
                    breaking=True,
                    note="the client's method for it raises OperationNotAvailableError",
                )
            )
            continue
        if operation_id not in old_ops:
            changes.append(
                Change(kind="operation_added", subject=operation_id, path="", breaking=False)
            )
            continue
        old_path, old_method, old_operation = old_ops[operation_id]
        new_path, new_method, new_operation = new_ops[operation_id]
        if (old_path, old_method) != (new_path, new_method):
            changes.append(
                Change(
                    kind="operation_moved",
                    subject=operation_id,
                    path="",
                    breaking=False,
                    previous=f"{old_method.upper()} {old_path}",
                    current=f"{new_method.upper()} {new_path}",
                    note="the client calls the new path; its methods do not change",
                )
            )
        before, after = response_types(old_operation), response_types(new_operation)
        if before != after:
            changes.append(
                Change(
                    kind="response_retyped",
                    subject=operation_id,
                    path="",
                    breaking=True,
                    previous=type_text(before),
                    current=type_text(after),
                )
            )
        changes.extend(
            compare_parameters(
                operation_id,
                parameters(old_operation, old_schemas),
                parameters(new_operation, new_schemas),
            )
        )

    old_reach = _reach(old.document, {op: o for op, (_, _, o) in old_ops.items()})
    new_reach = _reach(new.document, {op: o for op, (_, _, o) in new_ops.items()})
    for name in sorted(set(old_schemas) | set(new_schemas)):
        if name == spec.LOOSE_SCHEMA:
            continue
        if name not in new_schemas:
            changes.append(
                Change(
                    kind="model_removed", subject=name, path="", breaking=True, **old_reach(name)
                )
            )
        elif name not in old_schemas:
            changes.append(
                Change(kind="model_added", subject=name, path="", breaking=False, **new_reach(name))
            )
        else:
            found = compare_fields(
                name,
                fields(old_schemas[name], old_schemas),
                fields(new_schemas[name], new_schemas),
                (),
            )
            changes.extend(attrs.evolve(change, **new_reach(name)) for change in found)

    return Report(
        previous=_description(old, previous_source),
        current=_description(new, current_source),
        configured=tuple(config.OPERATIONS),
        missing=new.missing,
        endpoints=endpoints,
        changes=tuple(changes),
    )


# --- output -----------------------------------------------------------------------------------


def to_json(report: Report) -> str:
    data = {
        "previous": attrs.asdict(report.previous),
        "current": attrs.asdict(report.current),
        "operations": {
            "configured": len(report.configured),
            "missing": list(report.missing),
        },
        "summary": {"breaking": len(report.breaking), "other": len(report.other)},
        "going_back": report.going_back,
        "endpoints": dict(report.endpoints),
        "changes": [change.as_json() for change in report.changes],
    }
    return json.dumps(data, indent=2) + "\n"


def _code(text: str) -> str:
    return f"`{text}`"


# A list of enum values longer than this is cut, with a count of the rest (the JSON has all).
SHOWN_VALUES = 8


def _fold(values: Iterable[str], shown: Callable[[str], str] = _code) -> str:
    listed = list(values)
    text = ", ".join(shown(v) for v in listed[:SHOWN_VALUES])
    rest = len(listed) - SHOWN_VALUES
    return f"{text} and {rest} more" if rest > 0 else text


def _fold_enum_text(text: str | None) -> str | None:
    """`string (enum: a, b, ...)` with its values cut as `_fold` cuts them."""
    if text is None:
        return None
    return re.sub(
        r"\(enum: ([^)]*)\)",
        lambda match: f"(enum: {_fold(match.group(1).split(', '), str)})",
        text,
    )


def describe(change: Change) -> str:
    """One line (Markdown) for a change, without its subject."""
    path = _code(change.path)
    values = _fold(change.values)
    change = attrs.evolve(
        change,
        previous=_fold_enum_text(change.previous),
        current=_fold_enum_text(change.current),
    )
    text = {
        "operation_added": "added",
        "operation_removed": "removed",
        "operation_moved": f"moved from {change.previous} to {change.current}",
        "response_retyped": f"returns {_code(str(change.current))} instead of "
        f"{_code(str(change.previous))}",
        "parameter_added": f"{path} added: {change.current}",
        "parameter_removed": f"{path} removed (was {change.previous})",
        "parameter_retyped": f"{path} retyped: {change.previous} -> {change.current}",
        "parameter_required": f"{path} is now required",
        "parameter_optional": f"{path} is no longer required",
        "parameter_enum_added": f"{path} accepts new values: {values}",
        "parameter_enum_removed": f"{path} no longer accepts: {values}",
        "field_added": f"{path} added: {change.current}",
        "field_removed": f"{path} removed (was {change.previous})",
        "field_retyped": f"{path} retyped: {change.previous} -> {change.current}",
        "field_required": f"{path} is now always present",
        "field_optional": f"{path} may now be absent",
        "field_enum_added": f"{path} may hold new values: {values}",
        "field_enum_removed": f"{path} no longer holds: {values}",
        "model_added": "model added",
        "model_removed": "model removed",
    }[change.kind]
    return f"{text} ({change.note})" if change.note else text


def _heading(change: Change, report: Report) -> str:
    if change.kind.startswith(("operation_", "response_")):
        return "Operations"
    if change.kind.startswith("parameter_"):
        endpoint = report.endpoints.get(change.subject, "")
        return f"Parameters of {_code(change.subject)} ({endpoint})"
    return f"Model {_code(change.subject)}{_returned_by(change)}"


def _operations_text(count: int) -> str:
    return f"{count} operation{'s' * (count != 1)}"


def _returned_by(change: Change) -> str:
    held, expanded = len(change.operations), len(change.operations_expanded)
    if held and expanded:
        return f", returned by {_operations_text(held)} ({expanded} more with `expand`)"
    if held:
        return f", returned by {_operations_text(held)}"
    if expanded:
        return f", returned by {_operations_text(expanded)} with `expand` only"
    return ""


# A group of more changes than this is folded (`<details>`), its count in view.
FOLDED_GROUP = 10
# The terminal lists this many breaking changes; the report files have them all.
SHOWN_BREAKING = 20


def _area(change: Change) -> str:
    if change.kind.startswith(("operation_", "response_")):
        return "Operations"
    return "Parameters" if change.kind.startswith("parameter_") else "Models"


def _folded(items: list[str]) -> list[str]:
    if len(items) <= FOLDED_GROUP:
        return items
    return [f"<details><summary>{len(items)} changes</summary>", "", *items, "", "</details>"]


def _section(title: str, changes: Iterable[Change], report: Report) -> list[str]:
    groups: dict[str, list[str]] = {}
    for change in changes:
        line = describe(change)
        if change.kind.startswith(("operation_", "response_")):
            line = f"{_code(change.subject)} ({report.endpoints.get(change.subject, '')}): {line}"
        groups.setdefault(_heading(change, report), []).append(f"- {line}")
    lines = [f"## {title}", ""]
    groups = dict(sorted(groups.items(), key=lambda group: group[0] != "Operations"))
    if not groups:
        return [*lines, "None.", ""]
    for heading, items in groups.items():
        lines += [f"### {heading}", "", *_folded(items), ""]
    return lines


def _summary_table(report: Report) -> list[str]:
    rows = ["| | Breaking | Other |", "|---|---:|---:|"]
    for area in ("Operations", "Parameters", "Models"):
        breaking = sum(1 for c in report.breaking if _area(c) == area)
        other = sum(1 for c in report.other if _area(c) == area)
        rows.append(f"| {area} | {breaking} | {other} |")
    return ["## Summary", "", *rows, ""]


def to_markdown(report: Report) -> str:
    lines = ["# API changes", ""]
    if report.going_back:
        lines += [f"> **Warning**: {report.going_back}.", ""]
    lines += [
        f"From {_code(report.previous.source)} (API version {report.previous.version}) "
        f"to {_code(report.current.source)} (API version {report.current.version}), "
        f"for the {len(report.configured)} configured operations: "
        f"{len(report.breaking)} breaking, {len(report.other)} other.",
        "",
        *_summary_table(report),
    ]
    if report.missing:
        lines += ["## Operations the new description lacks", ""]
        lines += _folded([f"- {missing_message(op)}" for op in report.missing])
        lines.append("")
    lines += _section("Breaking changes", report.breaking, report)
    lines += _section("Other changes", report.other, report)
    return "\n".join(lines).rstrip("\n") + "\n"


def missing_message(operation_id: str) -> str:
    return (
        f"{operation_id}: configured in codegen/operations.py, but the input description lacks it; "
        "the client's method for it raises OperationNotAvailableError"
    )


def summary(report: Report) -> list[str]:
    """Lines for the terminal: a warning when going back, the counts and the first breaking
    changes (the report files list them all)."""
    lines = [f"warning: {report.going_back}"] if report.going_back else []
    lines.append(
        f"API changes since {report.previous.source} ({report.previous.version}): "
        f"{len(report.breaking)} breaking, {len(report.other)} other"
    )
    for change in report.breaking[:SHOWN_BREAKING]:
        lines.append(f"  breaking: {change.subject}: {describe(change).replace('`', '')}")
    rest = len(report.breaking) - SHOWN_BREAKING
    if rest > 0:
        lines.append(f"  ... and {rest} more breaking changes in the report")
    return lines
