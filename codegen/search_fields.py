"""The searchable fields of each resource, in one table, and the two modules made from it.

Stripe's search query language documents, per resource, the fields a query may use and each
field's type: `token` (exact match), `string` (exact match, and `~` substring) or `numeric`
(exact match and `>` `<` `>=` `<=`), plus `metadata["key"]`. A true/false field is a `token`
whose values are "true" and "false" (`active:"true"`); `boolean` marks it, so its builder takes
a bool. From this table come:

- `_generated/search.py`: a typed query builder class per resource (`InvoiceSearch`, ...),
  whose fields have only their kind's operators; enum fields take the spec's `Literal`.
- `_generated/_search_fields.py`: the same table as plain data, for the in-memory backend's
  independent query parser (which refuses fields and operators Stripe would refuse).

A resource that becomes searchable is a row here, next to the operation that searches it.
"""

from __future__ import annotations

import pprint
from dataclasses import dataclass
from typing import Any, Literal

from .normalize import class_name_for

StripeType = Literal["token", "string", "numeric", "metadata"]


@dataclass(frozen=True)
class Field:
    name: str
    type: StripeType
    # Seconds since the epoch: the builder also takes a datetime.
    timestamp: bool = False
    # A boolean in the spec (a `token` of "true" or "false" to Stripe): the builder takes a bool.
    boolean: bool = False
    # (component schema, property) whose enum gives the values, when the spec has one.
    enum: tuple[str, str] | None = None
    # Where the value is in the object, when not at the top level under `name`.
    path: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resource:
    name: str  # as in `client.<name>` and `/v1/<name>/search`
    builder: str  # the generated class
    fields: tuple[Field, ...]


RESOURCES: tuple[Resource, ...] = (
    Resource(
        "invoices",
        "InvoiceSearch",
        (
            Field("created", "numeric", timestamp=True),
            Field("currency", "token"),
            Field("customer", "token"),
            Field(
                "last_finalization_error_code",
                "token",
                enum=("api_errors", "code"),
                path=("last_finalization_error", "code"),
            ),
            Field(
                "last_finalization_error_type",
                "token",
                enum=("api_errors", "type"),
                path=("last_finalization_error", "type"),
            ),
            Field("metadata", "metadata"),
            Field("number", "string"),
            Field("receipt_number", "string"),
            Field("status", "string", enum=("invoice", "status")),
            # Since API version 2025-03-31 the invoice keeps it under `parent`.
            Field(
                "subscription", "string", path=("parent", "subscription_details", "subscription")
            ),
            Field("total", "numeric"),
        ),
    ),
    Resource(
        "customers",
        "CustomerSearch",
        (
            Field("created", "numeric", timestamp=True),
            Field("email", "string"),
            Field("metadata", "metadata"),
            Field("name", "string"),
            Field("phone", "string"),
        ),
    ),
    Resource(
        "products",
        "ProductSearch",
        (
            Field("active", "token", boolean=True),
            Field("description", "string"),
            Field("metadata", "metadata"),
            Field("name", "string"),
            Field("shippable", "token", boolean=True),
            Field("url", "string"),
        ),
    ),
    Resource(
        "prices",
        "PriceSearch",
        (
            Field("active", "token", boolean=True),
            Field("currency", "token"),
            Field("lookup_key", "string"),
            Field("metadata", "metadata"),
            Field("product", "string"),
            Field("type", "token", enum=("price", "type")),
        ),
    ),
    Resource(
        "subscriptions",
        "SubscriptionSearch",
        (
            Field("canceled_at", "numeric", timestamp=True),
            Field("created", "numeric", timestamp=True),
            Field("metadata", "metadata"),
            Field("status", "token", enum=("subscription", "status")),
        ),
    ),
    Resource(
        "payment_intents",
        "PaymentIntentSearch",
        (
            Field("amount", "numeric"),
            Field("created", "numeric", timestamp=True),
            Field("currency", "token"),
            Field("customer", "token"),
            Field("metadata", "metadata"),
            Field("status", "token", enum=("payment_intent", "status")),
        ),
    ),
)


def _enum_values(document: dict[str, Any], schema: str, prop: str) -> list[str]:
    """The enum of `schema.prop` in the normalized document ([] when the spec has none)."""
    node = document["components"]["schemas"].get(schema, {}).get("properties", {}).get(prop, {})
    for candidate in [node, *node.get("anyOf", [])]:
        if isinstance(candidate, dict) and candidate.get("enum"):
            return [str(value) for value in candidate["enum"]]
    return []


def literal_name(schema: str, prop: str) -> str:
    """The name the model generator gives the enum `Literal` of `schema.prop`."""
    return class_name_for(schema) + class_name_for(prop)


def literal_names() -> set[str]:
    """The enum `Literal`s the builders name: the models module defines them by these names."""
    return {literal_name(*field.enum) for r in RESOURCES for field in r.fields if field.enum}


def _field_type(resource: Resource, field: Field, literals: dict[Field, str]) -> str:
    marker = resource.builder
    if field.type == "metadata":
        return f"MetadataField[{marker}]"
    if field in literals:
        return f"EnumField[{marker}, {literals[field]}]"
    if field.type == "numeric":
        return f"{'TimestampField' if field.timestamp else 'NumberField'}[{marker}]"
    if field.boolean:
        return f"BooleanField[{marker}]"
    return f"{'StringField' if field.type == 'string' else 'TokenField'}[{marker}]"


def _constructor(resource: Resource, field: Field, literals: dict[Field, str]) -> str:
    kind = _field_type(resource, field, literals).split("[", 1)[0]
    if field.type == "metadata":
        return f"{kind}({resource.name!r})"
    return f"{kind}({field.name!r}, {resource.name!r})"


def _doc(field: Field, literals: dict[Field, str]) -> str:
    if field.type == "metadata":
        return 'metadata["key"]: exact match, or is_null / is_not_null for the key'
    if field in literals:
        return f"one of {literals[field]}: eq, ne"
    if field.type == "numeric":
        extra = " (an int or an aware datetime)" if field.timestamp else ""
        return f"eq, ne, gt, gte, lt, lte{extra}"
    if field.boolean:
        return "eq, ne (True or False)"
    if field.type == "string":
        return "eq (the words in order, any case), ne, contains (~, 3+ characters)"
    return "eq (exact, any case), ne"


def builder_module(document: dict[str, Any]) -> str:
    """Python source of `_generated/search.py`."""
    literals = {
        field: literal_name(*field.enum)
        for resource in RESOURCES
        for field in resource.fields
        if field.enum and _enum_values(document, *field.enum)
    }
    lines = [
        '"""Typed search queries, a class per searchable resource (generated; do not edit).',
        "",
        "Each attribute is a field Stripe's search accepts for the resource, with the",
        "operators its type allows; see `stripe_invoicing_client._core.search_query`.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import TYPE_CHECKING, Final",
        "",
        "from .._core.search_query import (",
        "    BooleanField,",
        "    EnumField,",
        "    MetadataField,",
        "    NumberField,",
        "    StringField,",
        "    TimestampField,",
        "    TokenField,",
        ")",
        "",
        "if TYPE_CHECKING:",
        *(f"    from .models import {name}" for name in sorted(set(literals.values()))),
        *([] if literals else ["    pass"]),
        "",
    ]
    for resource in RESOURCES:
        lines += [
            "",
            f"class {resource.builder}:",
            f'    """The searchable fields of {resource.name}, for `{resource.name}.search`."""',
            "",
        ]
        for field in resource.fields:
            lines += [
                f"    {field.name}: Final[{_field_type(resource, field, literals)}] = (",
                f"        {_constructor(resource, field, literals)}",
                "    )",
                f'    """{_doc(field, literals)}"""',
            ]
    names = ", ".join(repr(resource.builder) for resource in RESOURCES)
    lines += ["", "", f"__all__ = [{names}]", ""]
    return "\n".join(lines)


def data_module() -> str:
    """Python source of `_generated/_search_fields.py`: the table as data, for the backend."""
    table = {
        resource.name: {
            field.name: {"type": field.type, "path": list(field.path or (field.name,))}
            for field in resource.fields
        }
        for resource in RESOURCES
    }
    data = pprint.pformat(table, width=100, sort_dicts=False)
    return (
        '"""Searchable fields per resource, with their Stripe type and where the value is in\n'
        'the object, as plain data (generated from codegen/search_fields.py; do not edit)."""\n\n'
        "from typing import Any\n\n"
        f"SEARCH_FIELDS: dict[str, dict[str, dict[str, Any]]] = {data}\n"
    )


def modules(document: dict[str, Any]) -> dict[str, str]:
    """Both modules, by their file name in the generated package."""
    return {"search.py": builder_module(document), "_search_fields.py": data_module()}


def undefined_literals(files: dict[str, bytes]) -> list[str]:
    """Enum `Literal`s that `search.py` imports but the generated models don't define."""
    search = files.get("search.py", b"").decode("utf-8")
    models = b"".join(data for name, data in files.items() if name.startswith("models/"))
    wanted = {
        literal_name(*field.enum)
        for resource in RESOURCES
        for field in resource.fields
        if field.enum
    }
    return sorted(
        name
        for name in wanted
        if f" {name}" in search and f"\n{name} = Literal[".encode() not in models
    )
