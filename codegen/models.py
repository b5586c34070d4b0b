"""Response models, grouped per resource module, from openapi-python-client's model tree.

Every model a response can hold is one class, written once, in the module of the resource
that reaches it: `models/invoice.py` holds `Invoice` and the sub-objects only invoices have,
`models/shared.py` those reached from several resources, `models/pages.py` the list and search
envelopes, `models/errors.py` the error body. Maps (`metadata`) are plain `dict[str, ...]`
fields and enums inline `Literal[...]`, except the few enums the search builders name.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from typing import Any

from jinja2 import Environment
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.union import UnionProperty

from . import config, expressions
from .docs import docstring, first_sentence

Property = Any

# Component schemas that start a group: class name -> module.
ROOTS: dict[str, str] = {
    "Invoice": "invoice",
    "DeletedInvoice": "invoice",
    "LineItem": "line_item",
    "InvoiceItem": "invoice_item",
    "DeletedInvoiceItem": "invoice_item",
    "Customer": "customer",
    "DeletedCustomer": "customer",
    "Discount": "discount",
    "DeletedDiscount": "discount",
    "Coupon": "discount",
    "DeletedCoupon": "discount",
    "Error": "errors",
    "ApiErrors": "errors",
    # Issue 13: what corrects, pays, taxes and prices an invoice, and the events.
    "CreditNote": "credit_note",
    "CreditNoteLineItem": "credit_note",
    "InvoicePayment": "payment",
    "SetupIntent": "payment",
    "TaxRate": "tax",
    "TaxId": "tax",
    "DeletedTaxId": "tax",
    "CustomerBalanceTransaction": "customer",
    "CashBalance": "customer",
    "Product": "product",
    "DeletedProduct": "product",
    "Price": "product",
    "DeletedPrice": "product",
    "Event": "event",
    "StripeObject": "shared",
    # Issue 14: recurring invoicing.
    "Subscription": "subscription",
    "SubscriptionItem": "subscription",
    "DeletedSubscriptionItem": "subscription",
    "TestClock": "test_clock",
    "DeletedTestClock": "test_clock",
    # Issue 24: the rest of invoicing.
    "PaymentIntent": "payment_intent",
    "PaymentMethod": "payment_method",
    "PromotionCode": "discount",
    "Quote": "quote",
    "QuoteLineItem": "quote",
    "SubscriptionSchedule": "subscription_schedule",
    "BillingPortalConfiguration": "billing_portal",
    "BillingPortalSession": "billing_portal",
    "BillingMeter": "meter",
    "BillingMeterEvent": "meter",
    "BillingMeterEventAdjustment": "meter",
    "BillingMeterEventSummary": "meter",
}
PAGES = "pages"
SHARED = "shared"


def _children(prop: Property) -> list[Property]:
    if isinstance(prop, ModelProperty):
        if expressions.is_map(prop):
            value = expressions.map_value(prop)
            return [value] if value is not None else []
        model = expressions.resolved(prop)
        return list(model.required_properties or []) + list(model.optional_properties or [])
    if isinstance(prop, ListProperty):
        return [prop.inner_property]
    if isinstance(prop, UnionProperty):
        return list(prop.inner_properties)
    return []


def _direct(prop: Property, out: dict[str, Property]) -> None:
    """The (non-map) models `prop` holds directly: through lists, unions and maps, not
    through other models' fields."""
    pending = [prop]
    while pending:
        current = pending.pop()
        if isinstance(current, ModelProperty) and not expressions.is_map(current):
            out.setdefault(expressions.class_name(current), current)
        else:
            pending.extend(reversed(_children(current)))


# class name -> the models its fields hold directly; emptied when the tree may have changed.
_EDGES: dict[str, dict[str, Property]] = {}


def _edges(name: str, prop: Property) -> dict[str, Property]:
    found = _EDGES.get(name)
    if found is None:
        found = _EDGES[name] = {}
        for field in _children(prop):
            _direct(field, found)
    return found


def _models_under(prop: Property, stop: set[str]) -> list[str]:
    """Class names of the (non-map) models reachable from `prop`, not entering `stop`.

    A walk over class names (each model's direct references computed once), linear in the
    models and references, instead of over every copy of every property."""
    start: dict[str, Property] = {}
    _direct(prop, start)
    seen = list(start)
    known = set(seen)
    # `prop` itself is entered even when in `stop`: it is where the walk starts.
    entered = set(seen) if _is_model(prop) else set()
    pending = deque(start.items())
    while pending:
        name, model = pending.popleft()
        if name in stop and name not in entered:
            continue
        for child, child_prop in _edges(name, model).items():
            if child not in known:
                known.add(child)
                seen.append(child)
                pending.append((child, child_prop))
    return seen


def _is_model(prop: Property) -> bool:
    return isinstance(prop, ModelProperty) and not expressions.is_map(prop)


def _responses(data: GeneratorData) -> list[Property]:
    found: list[Property] = []
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            found.extend(response.prop for response in endpoint.responses.patterns)
            if endpoint.responses.default is not None:
                found.append(endpoint.responses.default.prop)
    return found


def response_models(data: GeneratorData) -> list[str]:
    """Class names of the (non-map) models a response can hold, in a stable order."""
    _EDGES.clear()  # the names may have changed since the last walk (shapes.dedupe)
    reachable: list[str] = []
    for prop in _responses(data):
        for name in _models_under(prop, set()):
            if name not in reachable:
                reachable.append(name)
    return reachable


class ModelsLayout:
    """Which module holds each response model, and the modules' source."""

    def __init__(self, data: GeneratorData, aliases: dict[str, str] | None = None) -> None:
        self.models: dict[str, Property] = {}
        for name in response_models(data):
            self.models[name] = expressions.MODELS[name]
        self.group: dict[str, str] = {}
        roots = {name: group for name, group in ROOTS.items() if name in self.models}
        reached: dict[str, set[str]] = {}
        for root, group in roots.items():
            for name in _models_under(self.models[root], set(roots)):
                if name not in roots:
                    reached.setdefault(name, set()).add(group)
        envelopes = [
            name
            for name in self.models
            if name not in roots and name not in reached and name.endswith("Response200")
        ]
        for name in self.models:
            if name in roots:
                self.group[name] = roots[name]
            elif name in envelopes:
                self.group[name] = PAGES
            elif len(reached.get(name, ())) == 1:
                self.group[name] = next(iter(reached[name]))
            else:
                self.group[name] = SHARED
        # {alias: class} of the models written once for several names (codegen/shapes.py).
        self.aliases = {a: c for a, c in (aliases or {}).items() if c in self.group}

    def modules(self, env: Environment, renamed: dict[str, str] | None = None) -> dict[str, str]:
        """The models' modules and their lazy `__init__`; `renamed` ({old name: class name})
        keeps earlier names of generated models importable there."""
        template = env.get_template("model_class.py.jinja")
        files: dict[str, str] = {}
        for group in sorted(set(self.group.values())):
            names = sorted(n for n, g in self.group.items() if g == group)
            files[f"models/{group}.py"] = self._module(group, names, template)
        if "models/event.py" not in files:
            # `webhooks` reads events whether or not the input spec has the event resource.
            files["models/event.py"] = self._module("event", sorted(config.EVENT_MODELS), template)
        files["models/__init__.py"] = self.init_module(renamed)
        return files

    def init_module(self, renamed: dict[str, str] | None = None, enums: Sequence[str] = ()) -> str:
        """The lazy `models/__init__.py`; `enums`: names of `enums.py` the models use, exported
        here too (codegen/enums.py)."""
        exported = dict(self.group)
        for literal, (group, _) in self.literals().items():
            exported[literal] = group
        for alias, canonical in self.aliases.items():
            exported[alias] = self.group[canonical]
        exported.update({name: ".enums" for name in enums})
        aliases = {
            old: self.aliases.get(new, new)
            for old, new in (renamed or {}).items()
            if self.aliases.get(new, new) in self.group
        }
        return _init(exported, aliases)

    def literals(self) -> dict[str, tuple[str, str]]:
        """Named enum Literals: name -> (module, definition)."""
        out: dict[str, tuple[str, str]] = {}
        for name, literal in expressions.NAMED_LITERALS.items():
            owner = name
            while owner and owner not in self.group:
                owner = owner[:-1]
            out[name] = (self.group.get(owner, SHARED), literal)
        return out

    def _module(self, group: str, names: list[str], template: Any) -> str:
        external = [name for name in names if name in config.EVENT_MODELS]
        body = [template.render(model=self.models[name]) for name in names if name not in external]
        source = "".join(body)
        mentioned = _identifiers(source)
        others = sorted(
            name for name, home in self.group.items() if home != group and name in mentioned
        )
        by_module: dict[str, list[str]] = {}
        for name in others:
            by_module.setdefault(self.group[name], []).append(name)
        literals = [
            f"{name} = {literal}\n"
            for name, (home, literal) in sorted(self.literals().items())
            if home == group
        ]
        head = [
            f'"""Response models: {group.replace("_", " ")} (generated; do not edit).',
            "",
            "Parsing is tolerant: anything not modelled, and any value of another type than its",
            "field declares, is kept in `additional_properties`, so `from_dict(d).to_dict() == d`.",
            "Reading a field that the data lacks, or held with another type, raises",
            "`FieldNotAvailableError` (an AttributeError); optional fields read as `UNSET` when",
            'absent."""',
            "",
            "from __future__ import annotations",
            "",
            "from collections.abc import Callable, Mapping",
            "from decimal import Decimal",
            "from typing import Any, ClassVar, Literal",
            "",
            "from attrs import define as _attrs_define",
            "from attrs import field as _attrs_field",
            "",
            "from ..._core.model import Model, is_plain_decimal",
            "from ..._core.types import UNSET, Unset",
            "",
            *literals,
        ]
        literal_homes = list(self.literals().items())
        aliases = sorted(a for a, c in self.aliases.items() if self.group[c] == group)
        if aliases:
            source += "\n\n# The same shapes as classes above, under their own names.\n"
            source += "".join(f"{a} = {self.aliases[a]}\n" for a in aliases)
        tail = [
            "",
            "",
            *([_IMPORTED_LAST] if by_module else []),
            *(
                f"from .{module} import {', '.join(found)}  # noqa: E402"
                for module, found in sorted(by_module.items())
            ),
            # Read by the core's event parsing (config.EVENT_MODELS).
            *([config.EVENT_SOURCE] if external else []),
            "",
            "__all__ = [",
            *(
                f"    {n!r},"
                for n in names + aliases + [n for n, (h, _) in literal_homes if h == group]
            ),
            "]",
            "",
        ]
        return "\n".join(head) + source + "\n".join(tail)


_IMPORTED_LAST = (
    "# Imported last: the modules refer to each other in cycles, needed at call time only."
)
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _identifiers(source: str) -> set[str]:
    """Every identifier-like word of `source`, once: a set to look class names up in."""
    return set(_IDENTIFIER.findall(source))


# (class name, field) -> the description written beside a field's `$ref`. OpenAPI 3.0 tools,
# openapi-python-client among them, ignore a `$ref`'s siblings and give the field the referenced
# schema's description instead; `ref_descriptions` collects ours before rendering.
REF_DESCRIPTIONS: dict[tuple[str, str], str] = {}


def ref_descriptions(document: dict[str, Any]) -> dict[tuple[str, str], str]:
    """Descriptions beside a `$ref` in the properties of the document's component schemas."""
    from .normalize import class_name_for

    found: dict[tuple[str, str], str] = {}
    for key, schema in document.get("components", {}).get("schemas", {}).items():
        for name, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict) and "$ref" in prop:
                description = prop.get("description")
                if isinstance(description, str) and description.strip():
                    found[(class_name_for(key), name)] = description
    return found


def field_doc(model: Property, prop: Property) -> str:
    beside_ref = REF_DESCRIPTIONS.get(
        (expressions.text(model.class_info.name), expressions.text(prop.name))
    )
    description = beside_ref if beside_ref is not None else getattr(prop, "description", None)
    text = first_sentence(expressions.text(description) if description is not None else None)
    return docstring(text) if text else ""


def _init(exported: dict[str, str], renamed: dict[str, str]) -> str:
    from .params import _lazy_init

    return _lazy_init(
        "Every response model, imported on first use so that `import` stays cheap (generated).",
        exported,
        renamed,
    )
