"""Python expressions the templates emit, computed from openapi-python-client's property tree.

Parsing is tolerant: `accept(p, v)` says whether a JSON value fits property `p`, `parse(p, v)`
converts a value that fits, and a value that doesn't fit is kept raw in the model's
`additional_properties`, so `to_dict()` still gives back what the server sent.
"""

from __future__ import annotations

import keyword
import re
from typing import Any

from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty

Property = Any


def text(value: Any) -> str:
    """The raw text of the generator's wrapped strings (names and code from the spec)."""
    if hasattr(value, "as_unembedded_code"):
        return str(value.as_unembedded_code())
    if hasattr(value, "get_untrusted_value"):
        return str(value.get_untrusted_value())
    return str(value)


def key(prop: Property) -> str:
    """A property's wire name, checked to be a plain identifier: it becomes a TypedDict key
    in class syntax, so spec text can never become code."""
    name = text(prop.name)
    if not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(f"parameter or field name {name!r} is not a Python identifier")
    return name


def type_string(prop: Property, **options: Any) -> str:
    return text(prop.get_type_string(**options))


# The generator's final models by class name. Properties inside unions and lists hold copies
# made before the referenced model's own fields were resolved, so look the model up here.
MODELS: dict[str, Property] = {}


def resolved(model: Property) -> Property:
    return MODELS.get(class_name(model), model)


def is_map(model: Property) -> bool:
    """An object with only `additionalProperties` (metadata, loose objects): a plain dict."""
    if not isinstance(model, ModelProperty):
        return False
    model = resolved(model)
    return (
        not (model.required_properties or model.optional_properties)
        and model.additional_properties is not None
    )


def map_value(model: Property) -> Property:
    return resolved(model).additional_properties


def map_value_type(model: Property) -> str:
    extra = map_value(model)
    if isinstance(extra, AnyProperty) or extra is None:
        return "Any"
    return type_string(extra, no_optional=True)


def class_name(model: Property) -> str:
    return text(model.class_info.name)


# Models whose public `from_dict` refuses data not shaped like them (the event, parsed by the
# core), and the method that reads them as a nested value instead: tolerantly, like any model.
NESTED_READERS = {"Event": "_from_nested"}


def _depth_var(depth: int) -> str:
    return f"item{depth}"


def accept(prop: Property, var: str, depth: int = 0) -> str:
    """A boolean expression: does JSON value `var` fit `prop`?"""
    if is_decimal(prop):
        # Only plain decimal text: it parses to a Decimal that prints back the same.
        return f"type({var}) is str and is_plain_decimal({var})"
    if isinstance(prop, StringProperty):
        return f"type({var}) is str"
    if isinstance(prop, IntProperty):
        return f"type({var}) is int"
    if isinstance(prop, FloatProperty):
        return f"type({var}) is float or type({var}) is int"
    if isinstance(prop, BooleanProperty):
        return f"type({var}) is bool"
    if isinstance(prop, LiteralEnumProperty):
        if set(prop.values) == {""}:
            # Stripe's "unset this field" marker: only the empty string itself.
            return f'{var} == ""'
        # Unknown values of a known type are kept: new enum members must not break parsing.
        kind = prop.value_type.__name__
        return f"type({var}) is {kind}"
    if isinstance(prop, ConstProperty):
        value = prop.value.raw_value
        # `is` for booleans and None: `1 == True` must not pass for `deleted: true`.
        operator = "is" if value is None or isinstance(value, bool) else "=="
        return f"{var} {operator} {text(prop.value.python_code)}"
    if isinstance(prop, NoneProperty):
        return f"{var} is None"
    if isinstance(prop, AnyProperty):
        return "True"
    if isinstance(prop, ModelProperty):
        value = map_value(prop) if is_map(prop) else None
        if value is not None and not isinstance(value, AnyProperty):
            # Maps check their values too, so `metadata: dict[str, str]` holds only strings.
            item = _depth_var(depth)
            inner = accept(value, item, depth + 1)
            # `not v or`: most maps and lists are empty, and all() would build a generator.
            every = f"all({inner} for {item} in {var}.values())"
            return f"type({var}) is dict and (not {var} or {every})"
        return f"type({var}) is dict"
    if isinstance(prop, ListProperty):
        item = _depth_var(depth)
        inner = accept(prop.inner_property, item, depth + 1)
        if inner == "True":
            return f"type({var}) is list"
        return f"type({var}) is list and (not {var} or all({inner} for {item} in {var}))"
    if isinstance(prop, UnionProperty):
        tests = [f"({accept(p, var, depth)})" for p in _ordered(prop.inner_properties)]
        return " or ".join(dict.fromkeys(tests))  # each test once (`dict` for two models)
    raise TypeError(f"no accept rule for {type(prop).__name__}")


def is_decimal(prop: Property) -> bool:
    """A `*_decimal` string field: parsed to `Decimal`, sent and dumped as exact text."""
    return isinstance(prop, StringProperty) and text(prop.name).endswith("_decimal")


def is_identity(prop: Property) -> bool:
    """True when parsing keeps the JSON value as it is (scalars, maps, lists of them)."""
    if is_decimal(prop):
        return False
    if isinstance(prop, ModelProperty):
        if not is_map(prop):
            return False
        value = map_value(prop)
        return isinstance(value, AnyProperty) or is_identity(value)
    if isinstance(prop, ListProperty):
        return is_identity(prop.inner_property)
    if isinstance(prop, UnionProperty):
        return all(is_identity(p) for p in prop.inner_properties)
    return True


def _model_discriminator(model: Property, var: str) -> str:
    """Required single-valued enums (`object`, `deleted`) tell alternative models apart."""
    model = resolved(model)
    checks = []
    for prop in model.required_properties or []:
        if isinstance(prop, LiteralEnumProperty) and len(prop.values) == 1:
            (value,) = prop.values
            checks.append(f"{var}.get({text(prop.name)!r}) == {value!r}")
        elif isinstance(prop, ConstProperty):
            checks.append(f"{var}.get({text(prop.name)!r}) is {text(prop.value.python_code)}")
    return " and ".join(checks)


def _marks(model: Property) -> list[tuple[str, object]]:
    """The single-valued required fields (`object`, `deleted`) a body of `model` holds."""
    marks: list[tuple[str, object]] = []
    for prop in resolved(model).required_properties or []:
        if isinstance(prop, LiteralEnumProperty) and len(prop.values) == 1:
            marks.append((text(prop.name), next(iter(prop.values))))
        elif isinstance(prop, ConstProperty):
            marks.append((text(prop.name), prop.value.raw_value))
    return marks


def answer_models(prop: Property) -> tuple[str, list[tuple[str, list[tuple[str, object]]]]]:
    """The model a 200 body parses to, and the alternatives tried before it, each with the
    field values that tell it apart (`DeletedCustomer` when `deleted` is true). TypeError for
    an answer that is not one model or a choice of models."""
    if isinstance(prop, ModelProperty) and not is_map(prop):
        return class_name(prop), []
    if isinstance(prop, FileProperty):
        return "", []  # a download: the bytes as they come, no model
    if isinstance(prop, UnionProperty):
        branches = _ordered(prop.inner_properties)
        if all(isinstance(p, ModelProperty) and not is_map(p) for p in branches):
            *first, last = branches
            return class_name(last), [(class_name(p), _marks(p)) for p in first]
    raise TypeError(f"no answer rule for {type(prop).__name__}")


def response_object(prop: Property) -> tuple[list[str], bool]:
    """The `object` tags a 2xx body may carry, and whether it must have an `id`: what tells
    the object asked for from any other JSON (`{}`, an error, another resource). Empty when
    the response has no single-valued `object` (then nothing is checked)."""
    if isinstance(prop, FileProperty):
        return [], False  # a download: bytes, no `object`
    branches = prop.inner_properties if isinstance(prop, UnionProperty) else [prop]
    tags: list[str] = []
    needs_id = True
    for branch in branches:
        model = resolved(branch)
        if not isinstance(model, ModelProperty) or is_map(model):
            return [], False
        required = model.required_properties or []
        found = [
            p.values
            for p in required
            if isinstance(p, LiteralEnumProperty)
            and text(p.name) == "object"
            and len(p.values) == 1
        ]
        if not found:
            return [], False
        tags.extend(str(value) for value in found[0])
        needs_id = needs_id and any(text(p.name) == "id" for p in required)
    return sorted(set(tags)), needs_id


def response_deletes(prop: Property) -> bool:
    """Whether a 2xx body is a deletion stub (`deleted: true` required): the answer of a DELETE
    that removes something, unlike one that only changes it (cancelling a subscription)."""
    if not isinstance(prop, ModelProperty) or is_map(prop):
        return False
    return any(
        text(p.name) == "deleted"
        and (
            (isinstance(p, ConstProperty) and text(p.value.python_code) == "True")
            or (isinstance(p, LiteralEnumProperty) and list(p.values) == [True])
        )
        for p in resolved(prop).required_properties or []
    )


def _ordered(props: list[Property]) -> list[Property]:
    # Models with more discriminating fields first, so `deleted_customer` wins over `customer`.
    def rank(p: Property) -> int:
        if isinstance(p, ModelProperty) and not is_map(p):
            return -len(_model_discriminator(p, "v").split(" and "))
        return 0

    return sorted(props, key=rank)


def parse(prop: Property, var: str, depth: int = 0) -> str:
    """An expression converting JSON value `var`, already accepted, to the Python value."""
    if is_identity(prop):
        return var
    if is_decimal(prop):
        return f"Decimal({var})"
    if isinstance(prop, ModelProperty):
        if is_map(prop):
            item = _depth_var(depth)
            value = parse(map_value(prop), item, depth + 1)
            return f"{{k{depth}: {value} for k{depth}, {item} in {var}.items()}}"
        name = class_name(prop)
        return f"{name}.{NESTED_READERS.get(name, 'from_dict')}({var})"
    if isinstance(prop, ListProperty):
        item = _depth_var(depth)
        return f"[{parse(prop.inner_property, item, depth + 1)} for {item} in {var}]"
    if isinstance(prop, UnionProperty):
        branches = _ordered(prop.inner_properties)
        models = [p for p in branches if isinstance(p, ModelProperty) and not is_map(p)]
        expr = var
        for p in reversed(branches):
            if is_identity(p):
                continue
            test = accept(p, var, depth)
            if isinstance(p, ModelProperty) and len(models) > 1:
                extra = _model_discriminator(p, var)
                test = f"{test} and {extra}" if extra and p is not models[-1] else test
            expr = f"({parse(p, var, depth)} if {test} else {expr})"
        return expr
    raise TypeError(f"no parse rule for {type(prop).__name__}")


def _branches(prop: Property) -> list[Property]:
    return list(prop.inner_properties) if isinstance(prop, UnionProperty) else [prop]


def decoded_later(prop: Property) -> bool:
    """Whether `from_dict` keeps a value of `prop` that fits one of its model-holding branches
    (a dict or a list) for decoding on first read. Not for fields parsed at once: plain values,
    decimals, or anything that may be `Any`."""
    branches = _branches(prop)
    return not is_identity(prop) and not any(
        is_decimal(p) or isinstance(p, AnyProperty) for p in branches
    )


def _split(prop: Property) -> tuple[list[Property], list[Property]]:
    """`prop`'s branches holding models (decoded later), and the others (kept as they are)."""
    branches = _ordered(_branches(prop))
    return [p for p in branches if not is_identity(p)], [p for p in branches if is_identity(p)]


def _any_of(branches: list[Property], var: str) -> str:
    return " or ".join(dict.fromkeys(f"({accept(p, var)})" for p in branches))


def later_accept(prop: Property, var: str) -> str:
    """Does `var` fit one of the branches of `prop` whose values are decoded later?"""
    return _any_of(_split(prop)[0], var)


def now_accept(prop: Property, var: str) -> str:
    """Does `var` fit one of the branches of `prop` kept as received ("" if none)?"""
    return _any_of(_split(prop)[1], var)


def decode(prop: Property, var: str) -> str:
    """An expression decoding `var`, a value `later_accept` let through, to the Python value:
    the tests of `parse` that only the other branches' values need are left out."""
    branches = _split(prop)[0]
    models = [p for p in branches if isinstance(p, ModelProperty) and not is_map(p)]
    *first, last = branches
    expr = parse(last, var)
    for p in reversed(first):
        test = accept(p, var)
        if isinstance(p, ModelProperty) and len(models) > 1:
            extra = _model_discriminator(p, var)
            test = f"{test} and {extra}" if extra and p is not models[-1] else test
        expr = f"({parse(p, var)} if {test} else {expr})"
    return expr


def taking(accepted: str, var: str, json_key: str) -> str:
    """`accepted` with its first mention of `var` taking the value from the source dict."""
    first = re.search(rf"\b{re.escape(var)}\b", accepted)
    if first is None:
        raise ValueError(f"{accepted!r} does not mention {var}")
    start, end = first.start(), first.end()
    taken = f'{var} := take("{json_key}", UNSET)'
    if not (accepted[:start].endswith("type(") and accepted[end:].startswith(")")):
        taken = f"({taken})"  # the sole argument of `type(...)` needs no parentheses of its own
    return accepted[:start] + taken + accepted[end:]


# Enum Literals written as a name (the search builders refer to them): class name -> values.
NAMED_LITERALS: dict[str, str] = {}


def _literal(prop: Property) -> str:
    values = sorted(prop.values, key=repr)
    literal = "Literal[" + ", ".join(repr(v) for v in values) + "]"
    name = class_name(prop)
    return name if NAMED_LITERALS.get(name) == literal else literal


def field_type(prop: Property, shown: bool = False) -> str:
    """A field's annotation (`Unset` not included): enums inline as `Literal[...]`, maps as
    `dict[str, ...]`, `None` last. `shown`: as error messages show it (long enums shortened)."""
    if is_decimal(prop):
        return "Decimal"
    if isinstance(prop, FileProperty):
        return "bytes"  # a download (a quote's PDF)
    if isinstance(prop, LiteralEnumProperty):
        literal = _literal(prop)
        if shown and literal.startswith("Literal[") and len(prop.values) > 6:
            kind = prop.value_type.__name__
            return f"{kind} (one of {len(prop.values)} values)"
        return literal
    if isinstance(prop, ModelProperty):
        if is_map(prop):
            value = map_value(prop)
            inner = "Any" if value is None or isinstance(value, AnyProperty) else field_type(value)
            return f"dict[str, {inner}]"
        return class_name(prop)
    if isinstance(prop, ListProperty):
        return f"list[{field_type(prop.inner_property, shown)}]"
    if isinstance(prop, UnionProperty):
        # In the generator's order (models first), `None` last.
        order = _top_level_members(type_string(prop, no_optional=True))
        pairs = [
            (type_string(i, no_optional=True), field_type(i, shown)) for i in prop.inner_properties
        ]
        pairs.sort(key=lambda pair: order.index(pair[0]) if pair[0] in order else len(order))
        members: list[str] = []
        for _, member in pairs:
            if member not in members:
                members.append(member)
        return " | ".join([m for m in members if m != "None"] + [m for m in members if m == "None"])
    return type_string(prop, no_optional=True)


def _top_level_members(union: str) -> list[str]:
    """`list[str | X] | None` -> ["list[str | X]", "None"]: split on `|` outside brackets."""
    members: list[str] = []
    depth = 0
    current = ""
    for char in union:
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            members.append(current.strip())
            current = ""
        else:
            current += char
    members.append(current.strip())
    return members


def expected_type(prop: Property) -> str:
    """The declared type of a model field as error messages show it: `Unset` left out (an
    absent optional field reads as UNSET, never as an error), `None` last."""
    return field_type(prop, shown=True)


# Model attributes that a field must not shadow (the generated methods and the base's).
RESERVED_ATTRIBUTES = frozenset(
    {"additional_properties", "from_dict", "to_dict", "get", "_later", "_filled"}
)


def attribute(prop: Property) -> str:
    """A field's attribute name, checked not to shadow a model method."""
    name = text(prop.python_name)
    if name in RESERVED_ATTRIBUTES:
        raise ValueError(f"field {text(prop.name)!r} would shadow the model's {name!r}")
    return name


GLOBALS = {
    "is_union": lambda prop: isinstance(prop, UnionProperty),
    "tolerant_accept": accept,
    "tolerant_parse": parse,
    "tolerant_is_identity": is_identity,
    "decoded_later": decoded_later,
    "later_accept": later_accept,
    "now_accept": now_accept,
    "decode": decode,
    "taking": taking,
    "is_map": is_map,
    "map_value_type": map_value_type,
    "key": key,
    "text": text,
    "expected_type": expected_type,
    "attribute": attribute,
    "response_object": response_object,
    "response_deletes": response_deletes,
    "answer_models": answer_models,
    "is_download": lambda prop: isinstance(prop, FileProperty),
    "field_type": field_type,
}
