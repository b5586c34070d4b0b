"""Request parameters as TypedDicts: one per operation, each distinct nested shape written once.

Built from the request schemas of the (selected, not normalized) document: query parameters of
GET and DELETE operations, the form body of the others. Per resource, `params/<resource>.py`
holds its operations' TypedDicts (`InvoiceCreateParams`, ...) and the nested shapes only they
use; a shape used by several resources is hoisted once into `params/_shared.py`. Shapes are
compared by structure, so two nested objects with the same keys and types are one class, named
from Stripe's `title` when it has one (`discounts_data_param` -> `DiscountsDataParam`). Enums
are written inline as `Literal[...]`; `format: decimal` strings take a `Decimal` too.

Each key is followed by its sentence (what editors show on hover; `help()` lists them through
`_core/key_docs.py`): a top-level parameter's from the spec, a nested key's from the spec or
else ours (`request_keys`). A search's `query` also takes the resource's query builder, and
says which fields that search accepts (`search_fields`).
"""

from __future__ import annotations

import keyword
import re
import textwrap
from dataclasses import dataclass, field
from typing import Any

from . import operations, request_keys, search_fields
from .docs import docstring, first_sentence
from .method_docs import MethodDoc, Param
from .names import fit
from .spec import HTTP_METHODS

Json = Any

SHARED = "_shared"
_PLACEHOLDER = re.compile(r"§(\d+)§")


@dataclass
class _Shape:
    index: int
    # (key, required, annotation with nested shapes as `§index§`)
    fields: tuple[tuple[str, bool, str], ...]
    hints: list[tuple[str, str, str]] = field(default_factory=list)  # (title, key, op stem)
    # key -> its sentence at each place the shape is used (request_keys: by the key's path)
    sentences: dict[str, list[str]] = field(default_factory=dict)
    resources: set[str] = field(default_factory=set)
    name: str = ""
    home: str = ""


@dataclass
class _Top:
    operation: operations.Operation
    fields: list[tuple[str, bool, str, str]]  # key, required, annotation, sentence
    # The class written for it (its own name unless its shape is another operation's too),
    # and the module that class lives in.
    written: str = ""
    written_home: str = ""

    @property
    def signature(self) -> tuple[tuple[str, bool, str], ...]:
        return tuple((key, required, annotation) for key, required, annotation, _ in self.fields)


def _camel(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", text))


def _check_key(name: str) -> str:
    # Keys become TypedDict keys in class syntax: spec text must never become code.
    if not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(f"parameter name {name!r} is not a Python identifier")
    return name


def _literal(values: list[Any]) -> str:
    return "Literal[" + ", ".join(repr(v) for v in sorted(values, key=repr)) + "]"


class _Builder:
    def __init__(self, sentences: dict[str, str]) -> None:
        self.shapes: dict[tuple[tuple[str, bool, str], ...], _Shape] = {}
        self.sentences = sentences  # of nested keys, by dotted path (request_keys)

    def annotation(
        self, schema: Json, key: str, resource: str, stem: str, path: tuple[str, ...]
    ) -> str:
        """The type of a parameter or key; `path`: its keys from the parameter down."""
        if not isinstance(schema, dict) or not schema:
            return "Any"
        if "anyOf" in schema:
            parts: list[str] = []
            for member in schema["anyOf"]:
                text = self.annotation(member, key, resource, stem, path)
                if text not in parts:
                    parts.append(text)
            return "Any" if "Any" in parts else " | ".join(parts)
        if "enum" in schema:
            return _literal(schema["enum"])
        kind = schema.get("type")
        if kind == "string":
            return "Decimal | str" if schema.get("format") == "decimal" else "str"
        if kind == "integer":
            return "int"
        if kind == "number":
            return "float"
        if kind == "boolean":
            return "bool"
        if kind == "array":
            items = schema.get("items", {})
            return f"list[{self.annotation(items, key, resource, stem, path)}]"
        if kind == "object" or "properties" in schema:
            if schema.get("properties"):
                return f"§{self.shape(schema, key, resource, stem, path)}§"
            extra = schema.get("additionalProperties")
            value = (
                self.annotation(extra, key, resource, stem, path)
                if isinstance(extra, dict)
                else "Any"
            )
            return f"Mapping[str, {value}]"
        return "Any"

    def shape(self, schema: Json, key: str, resource: str, stem: str, path: tuple[str, ...]) -> int:
        required = set(schema.get("required", []))
        properties = sorted(schema["properties"].items())
        fields = tuple(
            (
                _check_key(name),
                name in required,
                self.annotation(item, name, resource, stem, (*path, name)),
            )
            for name, item in properties
        )
        found = self.shapes.get(fields)
        if found is None:
            found = self.shapes[fields] = _Shape(len(self.shapes), fields)
        found.hints.append((str(schema.get("title", "")), key, stem))
        found.resources.add(resource)
        for name, item in properties:
            text = request_keys.sentence((*path, name), item.get("description"), self.sentences)
            found.sentences.setdefault(name, []).append(first_sentence(text))
        return found.index


def _top_fields(operation: Json) -> list[tuple[str, Json, bool, str]]:
    """(name, schema, required, description) of an operation's query or body parameters."""
    out: list[tuple[str, Json, bool, str]] = []
    for parameter in operation.get("parameters", []):
        if parameter.get("in") == "query":
            out.append(
                (
                    parameter["name"],
                    parameter.get("schema", {}),
                    bool(parameter.get("required")),
                    str(parameter.get("description", "")),
                )
            )
    content = operation.get("requestBody", {}).get("content", {})
    form = content.get("application/x-www-form-urlencoded", {}).get("schema") or {}
    required = set(form.get("required", []))
    for name, schema in (form.get("properties") or {}).items():
        out.append((name, schema, name in required, str(schema.get("description", ""))))
    return sorted(out, key=lambda item: item[0])


def _find(document: Json) -> dict[str, Json]:
    found: dict[str, Json] = {}
    for item in document["paths"].values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and operation.get("operationId") in operations.BY_ID:
                found[operation["operationId"]] = operation
    return found


def _name(shape: _Shape, taken: set[str]) -> str:
    candidates: list[str] = []
    candidates += [_camel(title) for title, _, _ in shape.hints if title]
    candidates += [_camel(key) + "Param" for _, key, _ in shape.hints]
    candidates += [stem + _camel(key) + "Param" for _, key, stem in shape.hints]
    # Each fitted to 60 characters (leading words dropped), never onto a name already taken.
    for candidate in candidates:
        if candidate.isidentifier() and (fitted := fit(candidate, taken)) not in taken:
            return fitted
    base = fit(candidates[-1])
    number = 2
    while (numbered := fit(f"{base}{number}", taken)) in taken:
        number += 1
    return numbered


class ParamsLayout:
    """Every parameter TypedDict: names, homes and source, for the current document."""

    def __init__(self, document: Json, sentences: dict[str, str] | None = None) -> None:
        builder = _Builder(request_keys.load() if sentences is None else sentences)
        found = _find(document)
        self.tops: list[_Top] = []
        # operationId -> (name, description) of its path parameters, for method docstrings.
        self.path_docs: dict[str, list[tuple[str, str]]] = {}
        for operation in operations.OPERATIONS:
            spec_operation = found.get(operation.operation_id)
            if spec_operation is None:
                continue
            self.path_docs[operation.operation_id] = [
                (str(p["name"]), str(p.get("description", "")))
                for p in spec_operation.get("parameters", [])
                if p.get("in") == "path"
            ]
            stem = operation.params.removesuffix("Params")
            fields = [
                (
                    _check_key(name),
                    required,
                    builder.annotation(schema, name, operation.resource, stem, (name,)),
                    first_sentence(description),
                )
                for name, schema, required, description in _top_fields(spec_operation)
            ]
            if operation.kind == "search":
                fields = [_search_query(operation, f) if f[0] == "query" else f for f in fields]
            self.tops.append(_Top(operation, fields))
        self.shapes = sorted(builder.shapes.values(), key=lambda s: s.index)
        taken = {top.operation.params for top in self.tops}
        self._share_tops(taken)
        # Shared shapes first: they get the short names.
        for shape in sorted(self.shapes, key=lambda s: (len(s.resources) < 2, s.index)):
            shape.home = SHARED if len(shape.resources) > 1 else next(iter(shape.resources))
            shape.name = _name(shape, taken)
            taken.add(shape.name)
        self.by_index = {shape.index: shape for shape in self.shapes}

    def _share_tops(self, taken: set[str]) -> None:
        """Operations whose parameters have one shape share one class: the first operation's
        within a resource, else one in `_shared` named by what the operations have in common
        (`SearchParams`, `ExpandParams`); every operation's own name is an alias of it."""
        groups: dict[tuple[tuple[str, bool, str], ...], list[_Top]] = {}
        for top in self.tops:
            groups.setdefault(top.signature, []).append(top)
        for members in groups.values():
            first = members[0]
            if len({top.operation.resource for top in members}) == 1:
                name, home = first.operation.params, first.operation.resource
            else:
                name, home = _shared_top_name(members, taken), SHARED
                taken.add(name)
            for top in members:
                top.written, top.written_home = name, home

    def resolve(self, annotation: str) -> str:
        return _PLACEHOLDER.sub(lambda m: self.by_index[int(m.group(1))].name, annotation)

    def names_in(self, annotation: str) -> list[_Shape]:
        return [self.by_index[int(i)] for i in _PLACEHOLDER.findall(annotation)]

    def module_names(self) -> list[str]:
        homes = {shape.home for shape in self.shapes} | {t.operation.resource for t in self.tops}
        homes |= {t.written_home for t in self.tops}
        return sorted(homes)

    def source(self, home: str) -> str:
        shapes = [s for s in self.shapes if s.home == home]
        # The classes written here (one per shape), and the aliases of this resource's
        # operations whose class is another's.
        written: dict[str, list[_Top]] = {}
        for t in self.tops:
            if t.written_home == home:
                written.setdefault(t.written, []).append(t)
        tops = [members[0] for members in written.values()]
        aliases = [
            t for t in self.tops if t.operation.resource == home and t.operation.params != t.written
        ]
        shared_aliases = sorted({t.written for t in aliases if t.written_home != home})
        imported: set[str] = set()
        used_text = ""
        for shape in shapes:
            for _, _, annotation in shape.fields:
                used_text += annotation
        for top in tops:
            for _, _, annotation, _ in top.fields:
                used_text += annotation
        for shape in self.names_in(used_text):
            if shape.home != home:
                imported.add(shape.name)
        title = "Shared request shapes" if home == SHARED else f"Request parameters of {home}"
        lines = [
            f'"""{title}, as TypedDicts (generated; do not edit)."""',
            "",
            "from __future__ import annotations",
            "",
            "from typing import TYPE_CHECKING, Any, Literal, TypedDict",
            "",
            "from ..._core.key_docs import document_keys",
            "",
            "if TYPE_CHECKING:",
            "    from collections.abc import Mapping",
            "    from decimal import Decimal",
            "",
            "    from typing_extensions import Required",
            "",
        ]
        builders = sorted(set(re.findall(r"SearchQuery\[(\w+)\]", used_text)))
        if builders:
            lines.append("    from ..._core.search_query import SearchQuery")
            lines.append(f"    from ..search import {', '.join(builders)}")
        if imported:
            lines.append(f"    from .{SHARED} import {', '.join(sorted(imported))}")
        lines.append("")
        if shared_aliases:
            lines += [f"from .{SHARED} import {', '.join(shared_aliases)}", ""]
        for shape in shapes:
            lines += ["", f"class {shape.name}(TypedDict, total=False):"]
            for key, required, annotation in shape.fields:
                text = self.resolve(annotation)
                lines.append(f"    {key}: {f'Required[{text}]' if required else text}")
                doc = _shared_sentence(shape.sentences.get(key, []))
                if doc:
                    lines.append(docstring(doc, "    "))
            lines.append("")
        for name, members in written.items():
            top = members[0]
            lines += ["", f"class {name}(TypedDict, total=False):", _top_doc(members), ""]
            for index, (key, required, annotation, _) in enumerate(top.fields):
                text = self.resolve(annotation)
                lines.append(f"    {key}: {f'Required[{text}]' if required else text}")
                doc = _shared_sentence([m.fields[index][3] for m in members])
                if doc:
                    lines.append(docstring(doc, "    "))
            if not top.fields:
                lines.append("    pass")
            lines.append("")
        if aliases:
            lines += ["", "# Operations whose parameters have the shape of another's."]
            lines += [f"{t.operation.params} = {t.written}" for t in aliases]
        names = [s.name for s in shapes] + list(written) + [t.operation.params for t in aliases]
        lines += [
            "",
            "document_keys(__name__)",
            "",
            "__all__ = [",
            *(f"    {n!r}," for n in sorted(names)),
            "]",
            "",
        ]
        return "\n".join(lines)

    def modules(self) -> dict[str, str]:
        files = {f"params/{home}.py": self.source(home) for home in self.module_names()}
        exported = {
            **{t.written: t.written_home for t in self.tops},
            **{t.operation.params: t.operation.resource for t in self.tops},
            **{s.name: s.home for s in self.shapes},
        }
        files["params/__init__.py"] = _lazy_init(
            "Request parameter TypedDicts per resource, loaded on first use (generated).", exported
        )
        return files

    def method_docs(self) -> dict[str, MethodDoc]:
        """operationId -> its parameters as its method's docstring lists them (each operation's
        own descriptions, also where its TypedDict is shared)."""
        docs: dict[str, MethodDoc] = {}
        for top in self.tops:
            op = top.operation
            described = dict(self.path_docs.get(op.operation_id, []))
            path = tuple(
                Param(name, "str", True, first_sentence(described.get(name, "")))
                for name in op.path_params
            )
            params = tuple(
                Param(key, self.resolve(annotation), required, sentence)
                for key, required, annotation, sentence in top.fields
            )
            docs[op.operation_id] = MethodDoc(path, params if op.kind != "delete" else ())
        return docs

    def ref(self, operation_id: str) -> tuple[str, str] | None:
        """(module relative to the generated package, TypedDict name), if the spec has it."""
        for top in self.tops:
            if top.operation.operation_id == operation_id:
                return f".params.{top.operation.resource}", top.operation.params
        return None


def _search_query(
    operation: operations.Operation, field: tuple[str, bool, str, str]
) -> tuple[str, bool, str, str]:
    """A search's `query`: a str, or a query built with the resource's builder class (its
    type names the class); its sentence lists the fields that resource's search takes."""
    key, required, _, sentence = field
    resource = next((r for r in search_fields.RESOURCES if r.name == operation.resource), None)
    if resource is None:
        return field
    names = [f.name for f in resource.fields]
    listed = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]
    head = sentence.rstrip(".") or "Search query"
    text = f"{head}, on {listed}; or a query built with `{resource.builder}`."
    return key, required, f"str | SearchQuery[{resource.builder}]", text


def _shared_top_name(members: list[_Top], taken: set[str]) -> str:
    """A name for the parameters of operations of several resources: their method's name if
    they share it, else their keys' (up to two), else their kind's, else the first's own."""
    keys = [key for key, _, _, _ in members[0].fields]
    methods = {top.operation.method for top in members}
    kinds = {top.operation.kind for top in members}
    if len(methods) == 1:
        name = _camel(methods.pop()) + "Params"
    elif len(keys) <= 2:
        name = "".join(_camel(key) for key in keys) + "Params" if keys else "NoParams"
    elif len(kinds) == 1:
        name = _camel(str(kinds.pop())) + "Params"
    else:
        name = members[0].operation.params
    number = 2
    fitted = fit(name, taken)
    while fitted in taken:
        fitted = fit(f"{name}{number}", taken)
        number += 1
    return fitted


def _shared_sentence(sentences: list[str]) -> str:
    """A key's docstring in a class several operations (or places) share: the sentence most of
    them give it, of those the shortest (the least tied to one resource: hovering `query` in
    `customers.search` should not show an invoice query). Each method's docstring keeps its
    operation's own."""
    sentences = [s for s in sentences if s]
    if not sentences:
        return ""
    return min(sentences, key=lambda s: (-sentences.count(s), len(s), s))


def _top_doc(members: list[_Top]) -> str:
    op = members[0].operation
    if len(members) == 1:
        return f'    """Parameters of `{op.resource}.{op.method}` ({op.operation_id})."""'
    # Shared by several operations: say what the shape is, not who uses it (each operation's
    # own name is an alias of this class, and its method's docstring tells its parameters).
    keys = [f"`{key}`" for key, _, _, _ in members[0].fields]
    if not keys:
        shape = "No parameters."
    elif len(keys) == 1:
        shape = f"Parameters: {keys[0]} only."
    else:
        shape = "Parameters: " + ", ".join(keys[:-1]) + f" and {keys[-1]}."
    text = (
        f"{shape} A shape {len(members)} operations share: their own names (such as "
        f"`{op.params}`) are aliases of this class, and each method's docstring says what the "
        "parameters mean for it."
    )
    lines = textwrap.wrap(text, 92, break_on_hyphens=False)
    return '    """' + "\n    ".join(lines) + '"""'


def _lazy_init(doc: str, exported: dict[str, str], renamed: dict[str, str] | None = None) -> str:
    """A package `__init__` that imports each exported name from its module on first use.

    `renamed` ({earlier name: exported name}): names kept importable, not advertised."""
    ordered = sorted(exported.items())
    aliases = sorted((renamed or {}).items())
    if aliases:
        kept = [
            "",
            "# Earlier names of renamed classes: still importable, not in __all__.",
            "_RENAMED: dict[str, str] = {",
            *(f"    {old!r}: {new!r}," for old, new in aliases),
            "}",
        ]
        lookup = [
            "    target = _RENAMED.get(name, name)",
            "    try:",
            "        module = _MODULES[target]",
        ]
        fetch = "    value = getattr(importlib.import_module(module, __name__), target)"
    else:
        kept = []
        lookup = ["    try:", "        module = _MODULES[name]"]
        fetch = "    value = getattr(importlib.import_module(module, __name__), name)"
    lines = [
        f'"""{doc}"""',
        "",
        "from __future__ import annotations",
        "",
        "import importlib",
        "from typing import TYPE_CHECKING, Any",
        "",
        "if TYPE_CHECKING:",
        *(f"    from .{module} import {name}" for name, module in ordered),
        # Earlier names, for type checkers (an assignment: an import under another name
        # would not be re-exported).
        *(f"    {old} = {new}" for old, new in aliases),
        "    pass",
        "",
        "_MODULES: dict[str, str] = {",
        *(f"    {name!r}: {'.' + module!r}," for name, module in ordered),
        "}",
        *kept,
        "",
        # Hidden from type checkers, which would type every name through it as Any, those
        # this package does not have too: they see the imports above.
        "if not TYPE_CHECKING:",
        "",
        "    def __getattr__(name: str) -> Any:",
        *(f"    {line}" for line in lookup),
        "        except KeyError:",
        "            raise AttributeError(",
        "                f'module {__name__!r} has no attribute {name!r}'",
        "            ) from None",
        f"    {fetch}",
        "        globals()[name] = value",
        "        return value",
        "",
        "",
        "__all__ = [",
        *(f"    {name!r}," for name, _ in ordered),
        "]",
        "",
    ]
    return "\n".join(lines)
