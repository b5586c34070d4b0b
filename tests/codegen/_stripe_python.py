"""Parameter and field trees, read from our OpenAPI description and from stripe-python.

Both sides are brought to one small tree (`Node`): which kinds of value a name takes (string,
integer, object, an id of or a whole `invoice`, ...), its enum values, whether it may be null,
and its children (object fields with required-ness, array items, map values). The stripe side
is read from the installed package's annotations: its `params/` TypedDicts and its resource
classes; the services give which parameter TypedDict and which answer go with which method and
path. Used by `test_stripe_python_parity.py` and by `scripts/stripe_python_skeleton.py`.
"""

from __future__ import annotations

import ast
import dataclasses
import decimal
import functools
import importlib
import inspect
import re
import sys
import typing
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import stripe
import typing_extensions
from stripe._object_classes import get_object_class
from stripe._request_options import RequestOptions

from tests.source_trees import parse_source

Json = Any
SCHEMA_PREFIX = "#/components/schemas/"


@dataclasses.dataclass
class Node:
    kinds: set[str] = dataclasses.field(default_factory=set)
    enum: set[str] = dataclasses.field(default_factory=set)
    nullable: bool = False
    fields: dict[str, Node] | None = None
    required: set[str] = dataclasses.field(default_factory=set)
    items: Node | None = None
    values: Node | None = None

    def merge(self, other: Node) -> Node:
        self.kinds |= other.kinds
        self.enum |= other.enum
        self.nullable |= other.nullable
        if other.fields is not None:
            if self.fields is None:
                self.fields, self.required = {}, set()
            for name, child in other.fields.items():
                self.fields[name] = self.fields[name].merge(child) if name in self.fields else child
            self.required |= other.required
        for attr in ("items", "values"):
            mine, theirs = getattr(self, attr), getattr(other, attr)
            if theirs is not None:
                setattr(self, attr, theirs if mine is None else mine.merge(theirs))
        return self


def _object(fields: dict[str, Node], required: set[str]) -> Node:
    return Node({"object"}, fields=fields, required=required)


# --- stripe-python ---------------------------------------------------------------------------

_REQUEST_OPTION_KEYS = set(RequestOptions.__annotations__)
_SCALARS = {str: "string", int: "integer", bool: "boolean", float: "number"}


@dataclasses.dataclass(frozen=True)
class _Scope:
    """Where a stripe annotation's bare names resolve: a class body, then its module."""

    namespaces: tuple[Mapping[str, Any], ...]
    imports: Mapping[str, tuple[str, str]]  # the module's imports, `TYPE_CHECKING` ones too

    def lookup(self, name: str) -> Any:
        for namespace in self.namespaces:
            if name in namespace:
                return namespace[name]
        if name in self.imports:
            module, attribute = self.imports[name]
            return getattr(importlib.import_module(module), attribute)
        raise KeyError(f"stripe annotation names unknown {name!r}")


def _scope_of(cls: type) -> _Scope:
    spaces: list[Mapping[str, Any]] = [vars(cls)]
    qualname = cls.__qualname__.split(".")
    module = sys.modules[cls.__module__]
    outer: Any = module
    outers: list[Mapping[str, Any]] = []
    for part in qualname[:-1]:
        outer = getattr(outer, part)
        outers.append(vars(outer))
    return _Scope((*spaces, *reversed(outers), vars(module)), _imports(cls.__module__))


@functools.cache
def _imports(module_name: str) -> dict[str, tuple[str, str]]:
    source = Path(sys.modules[module_name].__file__ or "").read_text()
    found: dict[str, tuple[str, str]] = {}
    for node in ast.walk(parse_source(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                found[alias.asname or alias.name] = (node.module, alias.name)
    return found


def is_resource(cls: object) -> bool:
    return isinstance(cls, type) and isinstance(cls.__dict__.get("OBJECT_NAME"), str)


def _class_node(cls: type, scope: _Scope, stack: tuple[type, ...]) -> Node:
    if is_resource(cls) and stack:
        return Node({f"ref:{cls.OBJECT_NAME}"})  # type: ignore[attr-defined]
    if cls in stack:
        raise ValueError(f"recursive stripe class {cls.__qualname__}")
    own = _scope_of(cls)
    fields: dict[str, Node] = {}
    required: set[str] = set()
    is_params = hasattr(cls, "__required_keys__")  # a TypedDict (typing_extensions too)
    annotations: dict[str, Any] = {}
    for base in reversed(cls.__mro__):
        annotations.update(inspect.get_annotations(base))
    for name, annotation in annotations.items():
        if is_params and name in _REQUEST_OPTION_KEYS:
            continue
        if not is_params and name == "deleted" and is_resource(cls):
            continue  # marks the deleted variant, which our spec models as its own schema
        if name.startswith("_") or typing.get_origin(annotation) is typing.ClassVar:
            continue
        try:
            fields[name] = _stripe_node(_unwrap(annotation), own, (*stack, cls))
        except (TypeError, ValueError, KeyError) as error:
            raise TypeError(f"{cls.__qualname__}.{name}: {error}") from error
        if is_params and name in cls.__required_keys__:  # type: ignore[attr-defined]
            required.add(name)
    return _object(fields, required)


def _unwrap(annotation: Any) -> Any:
    """`NotRequired[X]` or `Required[X]` -> X (required-ness comes from `__required_keys__`)."""
    if isinstance(annotation, typing.ForwardRef):
        annotation = annotation.__forward_arg__
    if isinstance(annotation, str):
        tree = parse_source(annotation, mode="eval").body
        wrapper = tree.value if isinstance(tree, ast.Subscript) else None
        if isinstance(wrapper, ast.Name) and wrapper.id in {"NotRequired", "Required"}:
            return ast.unparse(tree.slice)  # type: ignore[attr-defined]
        return annotation
    if typing_extensions.get_origin(annotation) in (
        typing_extensions.NotRequired,
        typing_extensions.Required,
    ):
        return typing_extensions.get_args(annotation)[0]
    return annotation


def _stripe_node(annotation: Any, scope: _Scope, stack: tuple[type, ...]) -> Node:
    if isinstance(annotation, typing.ForwardRef):
        annotation = annotation.__forward_arg__
    if isinstance(annotation, str):
        return _ast_node(parse_source(annotation, mode="eval").body, scope, stack)
    if annotation is type(None) or annotation is None:
        return Node(nullable=True)
    if annotation in _SCALARS:
        return Node({_SCALARS[annotation]})
    if annotation is decimal.Decimal:
        return Node({"decimal"})
    if annotation is Any:
        return Node({"any"})
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Union or type(annotation).__name__ == "UnionType":
        node = Node()
        for arg in args:
            node.merge(_stripe_node(arg, scope, stack))
        return node
    if origin is typing.Literal or repr(origin).endswith("Literal"):
        return Node({"string"}, enum={str(a) for a in args})
    if origin in (list, typing.List):  # noqa: UP006
        return Node({"array"}, items=_stripe_node(args[0], scope, stack))
    if origin in (dict, typing.Dict):  # noqa: UP006
        return Node({"map"}, values=_stripe_node(args[1], scope, stack))
    if origin is not None:
        return _generic(origin.__name__, args, scope, stack)
    if isinstance(annotation, type):
        return _class_node(annotation, scope, stack)
    raise TypeError(f"unhandled stripe annotation {annotation!r}")


def _generic(name: str, args: tuple[Any, ...], scope: _Scope, stack: tuple[type, ...]) -> Node:
    if name == "UntypedStripeObject":
        return Node({"map"}, values=_stripe_node(args[0] if args else Any, scope, stack))
    if name in {"ListObject", "SearchResultObject"}:
        kind = "list" if name == "ListObject" else "search"
        return Node({f"{kind}:{_members(_stripe_node(args[0], scope, stack))}"})
    raise TypeError(f"unhandled stripe generic {name}")


def _ast_node(tree: ast.expr, scope: _Scope, stack: tuple[type, ...]) -> Node:
    if isinstance(tree, ast.BinOp) and isinstance(tree.op, ast.BitOr):
        return _ast_node(tree.left, scope, stack).merge(_ast_node(tree.right, scope, stack))
    if isinstance(tree, ast.Constant):
        if tree.value is None:
            return Node(nullable=True)
        if isinstance(tree.value, str):
            return _ast_node(parse_source(tree.value, mode="eval").body, scope, stack)
    if isinstance(tree, ast.Name):
        return _stripe_node(_builtin_or(tree.id, scope), scope, stack)
    if isinstance(tree, ast.Attribute):
        return _stripe_node(_attribute(tree, scope), scope, stack)
    if isinstance(tree, ast.Subscript) and isinstance(tree.value, ast.Name):
        head = tree.value.id
        parts = tree.slice.elts if isinstance(tree.slice, ast.Tuple) else [tree.slice]
        if head == "Literal":
            return Node({"string"}, enum={str(ast.literal_eval(p)) for p in parts})
        if head in {"List", "list"}:
            return Node({"array"}, items=_ast_node(parts[0], scope, stack))
        if head in {"Dict", "dict"}:
            return Node({"map"}, values=_ast_node(parts[1], scope, stack))
        if head == "Union":
            node = Node()
            for part in parts:
                node.merge(_ast_node(part, scope, stack))
            return node
        if head == "Optional":
            return _ast_node(parts[0], scope, stack).merge(Node(nullable=True))
        if head == "ExpandableField":
            return Node({"string"}).merge(_ast_node(parts[0], scope, stack))
        if head == "UntypedStripeObject":
            return Node({"map"}, values=_ast_node(parts[0], scope, stack))
        if head in {"ListObject", "SearchResultObject"}:
            kind = "list" if head == "ListObject" else "search"
            return Node({f"{kind}:{_members(_ast_node(parts[0], scope, stack))}"})
    raise TypeError(f"unhandled stripe annotation {ast.unparse(tree)!r}")


def _members(items: Node) -> str:
    """The object types a list holds, as one kind: `invoice` or `bank_account|card`."""
    return "|".join(sorted(kind.removeprefix("ref:") for kind in items.kinds))


def _builtin_or(name: str, scope: _Scope) -> Any:
    builtins = {"str": str, "int": int, "bool": bool, "float": float, "Decimal": decimal.Decimal}
    if name in builtins:
        return builtins[name]
    if name == "Any":
        return Any
    return scope.lookup(name)


def _attribute(tree: ast.Attribute, scope: _Scope) -> Any:
    base: Any = _builtin_or(tree.value.id, scope) if isinstance(tree.value, ast.Name) else None
    if base is None:
        raise TypeError(f"unhandled stripe annotation {ast.unparse(tree)!r}")
    return getattr(base, tree.attr)


def stripe_params(class_name: str, module: str = "stripe.params") -> Node:
    """The tree of a stripe-python parameter TypedDict (`CreditNoteCreateParams`)."""
    cls = getattr(importlib.import_module(module), class_name)
    return _class_node(cls, _scope_of(cls), ())


def stripe_resource(object_name: str) -> Node:
    """The field tree of the stripe-python class for an object type (`credit_note`)."""
    cls = get_object_class(api_mode="V1", object_name=object_name)
    return _class_node(cls, _scope_of(cls), ())


@dataclasses.dataclass(frozen=True)
class ServiceMethod:
    method: str  # get, post, delete
    path: str  # /v1/credit_notes/{}: path parameters as `{}`
    params: str | None  # the parameter TypedDict's class name
    answer: str  # `ref:credit_note`, `list:credit_note`, `search:product`
    params_module: str = "stripe.params"  # where the service imports it from

    def params_tree(self) -> Node:
        if self.params is None:
            return _object({}, set())
        return stripe_params(self.params, self.params_module)


def service_methods() -> dict[tuple[str, str], ServiceMethod]:
    """Every (method, path) a stripe-python v1 service calls, with its params and answer."""
    found: dict[tuple[str, str], ServiceMethod] = {}
    root = Path(stripe.__file__).parent
    for path in sorted(root.rglob("_*_service.py")):
        tree = parse_source(path.read_text())
        imports = {
            alias.asname or alias.name: node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
            for alias in node.names
        }
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef):
                continue
            entry = _service_entry(function)
            if entry is not None:
                module = imports.get(entry.params or "", "stripe.params")
                answer = _answer_ref(entry.answer, imports)
                entry = dataclasses.replace(entry, params_module=module, answer=answer)
                found.setdefault((entry.method, entry.path), entry)
    return found


def _service_entry(function: ast.FunctionDef) -> ServiceMethod | None:
    params: str | None = None
    for arg in function.args.args:
        if arg.arg == "params" and arg.annotation is not None:
            names = re.findall(r"\w+Params", ast.unparse(arg.annotation))
            params = names[0] if names else None
    answer = ast.unparse(function.returns).strip("'\"") if function.returns else ""
    for call in ast.walk(function):
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr in ("_request", "_request_stream")
            and len(call.args) >= 2
            and isinstance(call.args[0], ast.Constant)
        ):
            target = call.args[1]
            if isinstance(target, ast.Call) and isinstance(target.func, ast.Attribute):
                target = target.func.value
            if isinstance(target, ast.Constant) and str(target.value).startswith("/v1/"):
                if call.func.attr == "_request_stream":
                    answer = "binary"  # a download (a quote's PDF), not a JSON object
                return ServiceMethod(
                    str(call.args[0].value), _hole_path(str(target.value)), params, answer
                )
    return None


def _hole_path(path: str) -> str:
    out, depth = [], 0
    for char in path:
        if char == "{":
            depth += 1
            out.append("{")
        elif char == "}":
            depth -= 1
            out.append("}")
        elif depth == 0:
            out.append(char)
    return "".join(out)


def _answer_ref(answer: str, imports: Mapping[str, str]) -> str:
    """`ListObject[CreditNote]` -> `list:credit_note`; `CreditNote` -> `ref:credit_note`."""
    if answer == "binary":
        return answer
    head, _, inner = answer.partition("[")
    name = inner.rstrip("]") or head
    if name not in imports:  # a union or a plain StripeObject: none of ours
        return f"other:{answer}"
    cls = getattr(importlib.import_module(imports[name]), name)
    kind = (
        {"ListObject": "list", "SearchResultObject": "search"}.get(head, "ref") if inner else "ref"
    )
    return f"{kind}:{cls.OBJECT_NAME}"


# --- our OpenAPI description -----------------------------------------------------------------


def _resource_object(name: str, schema: Json) -> str | None:
    """The object type of a resource schema (a deleted variant is its resource), else None.

    A resource is a schema with `x-resourceId`, or a stub holding only `id` and `object`;
    like Stripe's, our spec names each after its object type.
    """
    properties = schema.get("properties", {})
    if "x-resourceId" not in schema and (not properties or set(properties) - {"id", "object"}):
        return None
    return name.removeprefix("deleted_")


def spec_node(document: Json, schema: Json, *, top: bool = False) -> Node:
    schemas = document["components"]["schemas"]
    if "$ref" in schema:
        name = schema["$ref"].removeprefix(SCHEMA_PREFIX)
        target = schemas[name]
        resource = _resource_object(name, target)
        if resource is not None and not top:
            return Node({f"ref:{resource}"})
        return spec_node(document, target)
    node = Node(nullable=bool(schema.get("nullable")))
    for member in schema.get("anyOf", []) + schema.get("oneOf", []):
        node.merge(spec_node(document, member))
    kind = schema.get("type")
    if kind == "string":
        node.merge(Node({"decimal" if schema.get("format") == "decimal" else "string"}))
        node.enum |= {str(v) for v in schema.get("enum", [])}
    elif kind in {"integer", "boolean", "number"}:
        node.merge(Node({kind}))
    elif kind == "array":
        node.merge(Node({"array"}, items=spec_node(document, schema.get("items", {}))))
    elif kind == "object" or "properties" in schema:
        properties = schema.get("properties")
        if properties is None:
            extra = schema.get("additionalProperties")
            values = spec_node(document, extra) if isinstance(extra, dict) else Node({"any"})
            node.merge(Node({"map"}, values=values))
        else:
            envelope = _envelope(document, properties)
            if envelope is not None:
                node.merge(Node({envelope}))
            else:
                fields = {name: spec_node(document, prop) for name, prop in properties.items()}
                node.merge(_object(fields, set(schema.get("required", []))))
    return node


def _envelope(document: Json, properties: Json) -> str | None:
    kind = properties.get("object", {}).get("enum")
    if kind not in (["list"], ["search_result"]) or "data" not in properties:
        return None
    items = spec_node(document, properties["data"]["items"])
    return f"{'list' if kind == ['list'] else 'search'}:{_members(items)}"


def spec_operations(document: Json) -> Iterator[tuple[str, str, str, Json]]:
    """(operationId, method, path with `{}` holes, operation) for every operation."""
    for path, item in document["paths"].items():
        for method in ("get", "post", "delete"):
            if method in item:
                yield item[method]["operationId"], method, _hole_path(path), item[method]


def spec_params(document: Json, operation: Json) -> Node:
    fields: dict[str, Node] = {}
    required: set[str] = set()
    for parameter in operation.get("parameters", []):
        if parameter["in"] == "query":
            fields[parameter["name"]] = spec_node(document, parameter["schema"])
            if parameter.get("required"):
                required.add(parameter["name"])
    content = operation.get("requestBody", {}).get("content", {})
    body = content.get("application/x-www-form-urlencoded", {}).get("schema", {})
    for name, prop in body.get("properties", {}).items():
        fields[name] = spec_node(document, prop)
    required |= set(body.get("required", []))
    return _object(fields, required)


def spec_answer(document: Json, operation: Json) -> str:
    content = operation["responses"]["200"]["content"]
    if "application/json" not in content:
        return "binary"  # a download: `format: binary` under a media type such as a PDF's
    schema = content["application/json"]["schema"]
    kinds = spec_node(document, schema).kinds
    return " | ".join(sorted(kinds))


def spec_resources(document: Json) -> dict[str, str]:
    """object type -> component schema name, for every resource schema (not deleted variants)."""
    found: dict[str, str] = {}
    for name, schema in document["components"]["schemas"].items():
        enum = schema.get("properties", {}).get("object", {}).get("enum")
        if "x-resourceId" in schema and enum and not name.startswith("deleted_"):
            found[str(enum[0])] = name
    return found


# --- comparison ------------------------------------------------------------------------------


def differences(ours: Node, theirs: Node, where: str, *, params: bool) -> list[str]:
    """Every way `ours` (the spec) differs from `theirs` (stripe-python), one line each.

    A line starts with its kind: missing, extra, enum, decimal, type, nullable, required.
    """
    out: list[str] = []
    if ("decimal" in ours.kinds) != ("decimal" in theirs.kinds):
        out.append(f"decimal {where}: ours {sorted(ours.kinds)}, theirs {sorted(theirs.kinds)}")
    elif _kinds(ours) != _kinds(theirs):
        out.append(f"type {where}: ours {sorted(ours.kinds)}, theirs {sorted(theirs.kinds)}")
    if ours.enum != theirs.enum:
        out.append(
            f"enum {where}: ours lacks {sorted(theirs.enum - ours.enum)},"
            f" has more {sorted(ours.enum - theirs.enum)}"
        )
    if not params and ours.nullable != theirs.nullable:
        out.append(f"nullable {where}: ours {ours.nullable}, theirs {theirs.nullable}")
    if ours.fields is not None and theirs.fields is not None:
        for name in sorted(theirs.fields.keys() - ours.fields.keys()):
            out.append(f"missing {where}.{name}")
        for name in sorted(ours.fields.keys() - theirs.fields.keys()):
            out.append(f"extra {where}.{name}")
        for name in sorted(ours.fields.keys() & theirs.fields.keys()):
            child = f"{where}.{name}"
            if params and (name in ours.required) != (name in theirs.required):
                out.append(f"required {child}: ours {name in ours.required}")
            out += differences(ours.fields[name], theirs.fields[name], child, params=params)
    for attr, suffix in (("items", "[]"), ("values", "{}")):
        mine, other = getattr(ours, attr), getattr(theirs, attr)
        if mine is not None and other is not None:
            out += differences(mine, other, where + suffix, params=params)
    return out


def _kinds(node: Node) -> set[str]:
    # `Any` on stripe's side (or a loose object on ours) matches any shape.
    return set() if "any" in node.kinds else node.kinds
