#!/usr/bin/env python3
"""Maintainer tool: print OpenAPI YAML skeletons from the installed stripe-python package.

    python scripts/stripe_python_skeleton.py params \
        stripe.params._subscription_create_params SubscriptionCreateParams
    python scripts/stripe_python_skeleton.py query \
        stripe.params._subscription_list_params SubscriptionListParams
    python scripts/stripe_python_skeleton.py object stripe._subscription Subscription subscription

Adding an operation or a model to `openapi/stripe-invoicing.yaml` means transcribing the
parameters (a TypedDict) or fields (a resource class) stripe-python has, with their names,
types, nesting, enums, required-ness and nullability. This script does the transcription, so
no field is mistyped or forgotten:

- `params`: the request body schema (`type: object` with `properties`) of a params TypedDict;
- `query`: the same as a list of query parameters (`style: deepObject` for objects);
- `object`: component schemas for a resource class and each nested class it declares
  (nested ones named `<prefix>_<snake_path>`), printed as `name: schema` entries.

Shapes are reused when the spec already holds an identical one: a nested request object gets
the `title` of an identical inline schema in the spec, a nested response class becomes a
`$ref` to an identical component schema. Top-level descriptions are taken from a parameter or
field of the same name already in the spec; any other one is printed as `TODO`, to be written
in our own words before the text goes in (nothing is copied from stripe-python's docstrings).

It reads only the installed package and the spec; tests/codegen/test_stripe_python_skeleton.py
runs its object writer.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import types
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any

import typing_extensions
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "stripe-invoicing.yaml"

# stripe-python class name -> component schema name, for references between resources.
SCHEMA_OF_CLASS = {
    "Account": "account",
    "Application": "application",
    "BankAccount": "bank_account",
    "CardResource": "card",
    "Card": "card",
    "Customer": "customer",
    "DeletedCustomer": "deleted_customer",
    "Discount": "discount",
    "DiscountResource": "discount",  # `Discount`, imported under another name
    "Invoice": "invoice",
    "InvoiceLineItem": "line_item",
    "LineItem": "item",  # a quote's or checkout session's line item
    "InvoiceItem": "invoiceitem",
    "PaymentMethod": "payment_method",
    "Plan": "plan",
    "Price": "price",
    "Product": "product",
    "SetupIntent": "setup_intent",
    "Source": "source",
    "Subscription": "subscription",
    "SubscriptionItem": "subscription_item",
    "SubscriptionSchedule": "subscription_schedule",
    "TaxId": "tax_id",
    "TaxRate": "tax_rate",
    "TestClock": "test_helpers.test_clock",
    "Coupon": "coupon",
    "PromotionCode": "promotion_code",
    "FeedbackOption": "billing.feedback_option",
    "Configuration": "billing_portal.configuration",
    "Meter": "billing.meter",
}

STRING = {"type": "string", "maxLength": 5000}

# Names whose description is the same whatever the object (reused from the spec).
GENERIC = frozenset(
    {"created", "ending_before", "expand", "id", "limit", "livemode", "metadata", "starting_after"}
)


class _Ref:
    """Stands for a resource class imported only under TYPE_CHECKING."""

    def __init__(self, name: str) -> None:
        self.name = name


def _stubs() -> dict[str, Any]:
    return {name: type(name, (_Ref,), {}) for name in SCHEMA_OF_CLASS}


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def _strip(node: Any) -> Any:
    """A schema without descriptions and titles, for comparing shapes."""
    if isinstance(node, dict):
        return {k: _strip(v) for k, v in node.items() if k not in ("description", "title")}
    if isinstance(node, list):
        return [_strip(v) for v in node]
    return node


def _key(node: Any) -> str:
    return json.dumps(_strip(node), sort_keys=True)


def _fields_key(node: Any) -> str:
    """A response object's shape by its fields only: which are required varies in Stripe's
    own description between identical sub-objects."""
    return json.dumps(_strip(node.get("properties", {})), sort_keys=True)


class Spec:
    def __init__(self) -> None:
        self.doc = yaml.safe_load(SPEC.read_text())
        self.schemas: dict[str, Any] = self.doc["components"]["schemas"]
        self.titles: dict[str, str] = {}
        self.descriptions: dict[str, str] = {}
        self.by_shape: dict[str, str] = {}
        for name, schema in self.schemas.items():
            self.by_shape.setdefault(_fields_key(schema), name)
            for field, prop in schema.get("properties", {}).items():
                if "description" in prop:
                    self.descriptions.setdefault(field, prop["description"])
        for item in self.doc["paths"].values():
            for operation in item.values():
                for param in operation.get("parameters", []):
                    if "description" in param:
                        self.descriptions.setdefault(param["name"], param["description"])
                body = operation.get("requestBody", {}).get("content", {})
                schema = body.get("application/x-www-form-urlencoded", {}).get("schema", {})
                for field, prop in schema.get("properties", {}).items():
                    if "description" in prop:
                        self.descriptions.setdefault(field, prop["description"])
                self._collect_titles(schema)

    def _collect_titles(self, node: Any) -> None:
        if isinstance(node, dict):
            if "title" in node and node.get("type") == "object":
                self.titles.setdefault(_key(node), node["title"])
            for value in node.values():
                self._collect_titles(value)
        elif isinstance(node, list):
            for value in node:
                self._collect_titles(value)

    def describe(self, name: str) -> str:
        if name in GENERIC:
            return self.descriptions.get(name, "TODO")
        return "TODO"


def _hints(cls: type, skip: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The class's annotations, evaluated (inherited ones in `skip` left out)."""
    module = sys.modules[cls.__module__]
    local = {**_stubs(), **vars(cls)}
    hints = {}
    for klass in reversed(cls.__mro__):
        for name, value in vars(klass).get("__annotations__", {}).items():
            if name in skip:
                continue
            if isinstance(value, str):
                value = typing.ForwardRef(value)
            while True:
                try:
                    hints[name] = typing._eval_type(value, vars(module), local)  # type: ignore[attr-defined]
                    break
                except NameError as error:
                    # A resource imported only under TYPE_CHECKING, not yet in SCHEMA_OF_CLASS:
                    # its schema is named after its class (`Charge` -> `charge`).
                    missing = str(error).split("'")[1]
                    SCHEMA_OF_CLASS.setdefault(missing, snake(missing))
                    local[missing] = type(missing, (_Ref,), {})
    return hints


def _is_literal(tp: Any) -> bool:
    return typing.get_origin(tp) is typing.Literal


def _resource_schema(tp: Any) -> str | None:
    """The component schema a resource class stands for, else None: a class imported only
    under TYPE_CHECKING (a `_Ref` stub) by SCHEMA_OF_CLASS, one imported at run time by its
    object type."""
    if isinstance(tp, type) and issubclass(tp, _Ref):
        return SCHEMA_OF_CLASS[tp.__name__]
    if isinstance(tp, type) and isinstance(tp.__dict__.get("OBJECT_NAME"), str):
        return str(tp.__dict__["OBJECT_NAME"])
    return None


def _union_args(tp: Any) -> tuple[Any, ...] | None:
    origin = typing.get_origin(tp)
    if origin is typing.Union or isinstance(tp, types.UnionType):
        return typing.get_args(tp)
    return None


# -- request parameters ------------------------------------------------------------------


class ParamWriter:
    def __init__(self, spec: Spec, prefix: str) -> None:
        self.spec = spec
        self.prefix = prefix

    def schema(self, tp: Any) -> dict[str, Any]:
        if typing.get_origin(tp) is typing.NotRequired or typing.get_origin(tp) is typing.Required:
            tp = typing.get_args(tp)[0]
        args = _union_args(tp)
        if args is not None:
            literals = [a for a in args if _is_literal(a)]
            others = [a for a in args if not _is_literal(a)]
            values = [v for lit in literals for v in typing.get_args(lit)]
            if any(v != "" for v in values):
                # stripe-python leaves some enums open (`str | Literal[...]`); a request enum
                # here is closed, as in Stripe's spec, so a typo is an error before sending.
                others = [a for a in others if a is not str]
            options = []
            for other in others:
                option = self.schema(other)
                if option not in options:  # `Dict[str, str]|UntypedStripeObject[str]`
                    options.append(option)
            real = [v for v in values if v != ""]
            if real:
                options.append({"type": "string", "enum": real})
            if "" in values:
                options.append({"type": "string", "enum": [""]})
            if len(options) == 1:
                return options[0]
            return {"anyOf": options}
        if _is_literal(tp):
            return {"type": "string", "enum": list(typing.get_args(tp))}
        origin = typing.get_origin(tp)
        if origin is list:
            return {"type": "array", "items": self.schema(typing.get_args(tp)[0])}
        if origin is dict:
            value = typing.get_args(tp)[1]
            return {"type": "object", "additionalProperties": self.schema(value)}
        if getattr(origin, "__name__", "") == "UntypedStripeObject":
            value = typing.get_args(tp)[0]
            return {"type": "object", "additionalProperties": self.schema(value)}
        if tp is str:
            return dict(STRING)
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer"}
        if tp is float:
            return {"type": "number"}
        if tp is Decimal:
            return {"type": "string", "format": "decimal"}
        if tp is typing.Any:
            return {}
        if isinstance(tp, type) and typing_extensions.is_typeddict(tp):
            return self.object(tp)
        raise SystemExit(f"no mapping for {tp!r}")

    def object(self, cls: type) -> dict[str, Any]:
        hints = _hints(cls)
        properties = {name: self.schema(hint) for name, hint in sorted(hints.items())}
        required = sorted(n for n in hints if n in cls.__required_keys__)  # type: ignore[attr-defined]
        schema: dict[str, Any] = {"type": "object"}
        title = cls.__name__.removeprefix(self.prefix)
        schema["title"] = snake(title) if title else snake(cls.__name__)
        schema["properties"] = properties
        if required:
            schema["required"] = required
        schema["title"] = self.spec.titles.get(_key(schema), schema["title"])
        return schema

    def top(self, cls: type) -> tuple[dict[str, Any], list[str]]:
        from stripe._request_options import RequestOptions

        hints = _hints(cls, frozenset(RequestOptions.__annotations__))
        properties = {}
        for name, hint in sorted(hints.items()):
            schema = self.schema(hint)
            properties[name] = {"description": self.spec.describe(name), **schema}
        required = sorted(n for n in hints if n in cls.__required_keys__)  # type: ignore[attr-defined]
        return properties, required


# -- response objects --------------------------------------------------------------------


class ObjectWriter:
    def __init__(self, spec: Spec, prefix: str) -> None:
        self.spec = spec
        self.prefix = prefix
        self.out: dict[str, dict[str, Any]] = {}

    def _ref(self, name: str) -> dict[str, Any]:
        return {"$ref": f"#/components/schemas/{name}"}

    def _resource_refs(self, tp: Any, path: str) -> list[dict[str, Any]]:
        """References to the resource schemas `tp` names: one class, or each of a union's."""
        refs = []
        for member in _union_args(tp) or (tp,):
            name = _resource_schema(member)
            if name is None:
                raise SystemExit(f"no mapping for {member!r} in {tp!r} at {path}")
            refs.append(self._ref(name))
        return refs

    def schema(self, tp: Any, path: str) -> tuple[dict[str, Any], bool]:
        """(schema, nullable)"""
        args = _union_args(tp)
        if args is not None:
            nullable = type(None) in args
            rest = [a for a in args if a is not type(None)]
            refs = [a for a in rest if isinstance(a, type) and issubclass(a, _Ref)]
            if str in rest and refs and len(refs) == len(rest) - 1:
                # `ExpandableField[X]` is `Union[str, X]`: an id, or the object when expanded.
                targets = [self._ref(SCHEMA_OF_CLASS[t.__name__]) for t in refs]
                return {
                    "anyOf": [dict(STRING), *targets],
                    "x-expansionResources": {"oneOf": targets},
                }, nullable
            literals = [a for a in rest if _is_literal(a)]
            # `Union[Literal[...], str]`: an enum that tolerates new values.
            if literals and all(_is_literal(a) or a is str for a in rest):
                values = [v for lit in literals for v in typing.get_args(lit)]
                return {"type": "string", "enum": values}, nullable
            if len(rest) == 1:
                inner, inner_null = self.schema(rest[0], path)
                return inner, nullable or inner_null
            options = [self.schema(a, path)[0] for a in rest]
            return {"anyOf": options}, nullable
        origin = typing.get_origin(tp)
        if _is_literal(tp):
            return {"type": "string", "enum": list(typing.get_args(tp))}, False
        name = getattr(origin, "__name__", "") if origin is not None else ""
        if name == "ExpandableField" or repr(tp).startswith("stripe._expandable_field"):
            targets = self._resource_refs(typing.get_args(tp)[0], path)
            return {
                "anyOf": [dict(STRING), *targets],
                "x-expansionResources": {"oneOf": targets},
            }, False
        if name in ("ListObject", "SearchResultObject"):
            # A page of one resource, or of any of several (`ListObject[Union[Card, ...]]`,
            # as a customer's `sources`).
            target = typing.get_args(tp)[0]
            members = _union_args(target) or (target,)
            pages = self._resource_refs(target, path)
            return {
                "type": "object",
                "title": "".join(m.__name__ for m in members) + "List",
                "properties": {
                    "data": {
                        "type": "array",
                        "items": pages[0] if len(pages) == 1 else {"anyOf": pages},
                    },
                    "has_more": {"type": "boolean"},
                    "object": {"type": "string", "enum": ["list"]},
                    "url": dict(STRING),
                },
                "required": ["data", "has_more", "object", "url"],
            }, False
        if name == "UntypedStripeObject" and typing.get_args(tp) in ((), (typing.Any,)):
            return {"type": "object"}, False  # any JSON object, as `use_stripe_sdk`
        if name == "UntypedStripeObject" and typing.get_args(tp)[0] is not str:
            # A map of objects, as a promotion code's `currency_options`.
            inner, _ = self.schema(typing.get_args(tp)[0], path)
            return {"type": "object", "additionalProperties": inner}, False
        if name == "UntypedStripeObject":
            return {
                "type": "object",
                "additionalProperties": {"type": "string", "maxLength": 500},
            }, False
        if origin is list:
            inner, _ = self.schema(typing.get_args(tp)[0], path)
            return {"type": "array", "items": inner}, False
        if origin is dict:
            inner, _ = self.schema(typing.get_args(tp)[1], path)
            return {"type": "object", "additionalProperties": inner}, False
        if tp is str:
            return dict(STRING), False
        if tp is bool:
            return {"type": "boolean"}, False
        if tp is int:
            return {"type": "integer"}, False
        if tp is float:
            return {"type": "number"}, False
        if tp is Decimal:
            return {"type": "string", "format": "decimal"}, False
        resource = _resource_schema(tp)
        if resource is not None:
            return self._ref(resource), False
        if isinstance(tp, type):
            return self._ref(self.nested(tp, path)), False
        raise SystemExit(f"no mapping for {tp!r} at {path}")

    def nested(self, cls: type, path: str) -> str:
        name = f"{self.prefix}_{path}"
        schema = self.build(cls, path, top=False)
        existing = self.spec.by_shape.get(_fields_key(schema))
        if existing is not None:
            return existing
        schema["title"] = "".join(p.capitalize() for p in re.split(r"[_.]", name))
        self.out[name] = schema
        self.spec.by_shape[_fields_key(schema)] = name
        return name

    def build(self, cls: type, path: str, top: bool) -> dict[str, Any]:
        hints = {
            k: v
            for k, v in _hints(cls).items()
            # `deleted` belongs to the deleted-object variant, a schema of its own.
            if not k.startswith("_")
            and k != "deleted"
            and typing.get_origin(v) is not typing.ClassVar
        }
        properties: dict[str, Any] = {}
        for field, hint in sorted(hints.items()):
            sub = f"{path}_{field}" if path else field
            schema, nullable = self.schema(hint, sub)
            if "$ref" in schema and nullable:
                schema = {"anyOf": [schema]}
            if nullable:
                schema["nullable"] = True
            if top:
                schema = {"description": self.spec.describe(field), **schema}
            properties[field] = schema
        return {"type": "object", "properties": properties, "required": sorted(hints)}

    def top(self, cls: type) -> None:
        schema = self.build(cls, "", top=True)
        schema = {"type": "object", "title": cls.__name__, "description": "TODO", **schema}
        schema["x-resourceId"] = self.prefix
        self.out = {self.prefix: schema, **self.out}


class _NoAliases(yaml.SafeDumper):
    """Writes a schema used twice (`product` in `anyOf` and `x-expansionResources`) out twice:
    the spec has no YAML anchors."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _dump(node: Any, indent: int) -> str:
    text = yaml.dump(node, Dumper=_NoAliases, sort_keys=False, width=100, allow_unicode=True)
    pad = " " * indent
    return "".join(pad + line if line.strip() else line for line in text.splitlines(True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=("params", "query", "object"))
    parser.add_argument("module")
    parser.add_argument("name")
    parser.add_argument("prefix", nargs="?", default="")
    args = parser.parse_args()
    module = importlib.import_module(args.module)
    cls = getattr(module, args.name)
    spec = Spec()
    if args.kind == "object":
        writer = ObjectWriter(spec, args.prefix or snake(args.name))
        writer.top(cls)
        print(_dump(writer.out, 4), end="")
        return
    params = ParamWriter(spec, args.name)
    properties, required = params.top(cls)
    if args.kind == "params":
        body = {"type": "object", "additionalProperties": False, "properties": properties}
        if required:
            body["required"] = required
        print(_dump(body, 14), end="")
        return
    out = []
    for name, schema in properties.items():
        description = schema.pop("description")
        entry: dict[str, Any] = {
            "name": name,
            "in": "query",
            "description": description,
            "required": name in required,
            "schema": schema,
            "style": "deepObject"
            if schema.get("type") in ("object", "array") or "anyOf" in schema
            else "form",
        }
        if entry["style"] == "deepObject":
            entry["explode"] = True
        out.append(entry)
    print(_dump(out, 6), end="")


if __name__ == "__main__":
    main()
