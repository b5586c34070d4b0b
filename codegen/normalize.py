"""Rewrite what openapi-python-client misreads in Stripe's specs, before it sees them.

- Inline schemas lose their `title`: Stripe reuses titles (`range_query_specs` twice in one
  operation), which the generator turns into duplicate class names and then drops the
  operation ("Invalid property in union"). Without titles, classes are named by where they are.
- Component schemas get a title from their key, so public names are stable across spec
  versions whatever titles Stripe picks (`line_item` -> `LineItem`); a name over 60
  characters loses leading words until it fits.
- GET and DELETE operations lose the empty form body Stripe declares for them.
- A download's media type (a PDF) reads as `application/octet-stream`.
- Nullable enums become a nullable one-member `anyOf`, the form in which the generator keeps
  `None` as a possible value instead of dropping it.
- A boolean enum of one value (`deleted: true`) becomes a `const`, which tells a deleted
  object from a live one when both can appear in the same field.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

Json = Any

# Where the key alone would give an awkward public name.
CLASS_NAMES = {
    "invoiceitem": "InvoiceItem",
    "deleted_invoiceitem": "DeletedInvoiceItem",
    "api_errors": "ApiErrors",
    # stripe-python's names; the `test_helpers.` namespace is where the client hangs it.
    "test_helpers.test_clock": "TestClock",
    "deleted_test_helpers.test_clock": "DeletedTestClock",
    # A quote's line item (object `item`), not an invoice's `LineItem`.
    "item": "QuoteLineItem",
}


# Longer class names lose leading words (`BillingBillResource...`) until they fit.
MAX_CLASS_NAME = 60


def _words(key: str) -> list[str]:
    return [part[:1].upper() + part[1:] for part in key.replace(".", "_").split("_")]


def class_name_for(key: str) -> str:
    if key in CLASS_NAMES:
        return CLASS_NAMES[key]
    words = _words(key)
    while len(words) > 1 and len("".join(words)) > MAX_CLASS_NAME:
        words = words[1:]
    return "".join(words)


# Schemas that version 0.1 named in full, over 60 characters: the models package keeps those
# names importable as aliases (0.1's public surface is fixed, so this list is too).
NAMED_IN_FULL_IN_0_1 = (
    "billing_bill_resource_invoice_item_parents_invoice_item_subscription_parent",
    "billing_bill_resource_invoicing_lines_parents_invoice_line_item_invoice_item_parent",
    "billing_bill_resource_invoicing_lines_parents_invoice_line_item_parent",
    "billing_bill_resource_invoicing_lines_parents_invoice_line_item_subscription_item_parent",
    "invoice_payment_method_options_customer_balance_bank_transfer_eu_bank_transfer",
    "invoice_payment_method_options_us_bank_account_financial_connections_filters",
)


def renamed_since_0_1(schema_keys: Iterable[str]) -> dict[str, str]:
    """{0.1 name: class name} of the schemas among `schema_keys` whose name was cut to fit."""
    present = set(schema_keys)
    return {
        "".join(_words(key)): class_name_for(key)
        for key in NAMED_IN_FULL_IN_0_1
        if key in present and "".join(_words(key)) != class_name_for(key)
    }


def _inline(node: Json) -> Json:
    if isinstance(node, list):
        return [_inline(value) for value in node]
    if not isinstance(node, dict):
        return node
    out = {key: _inline(value) for key, value in node.items() if key != "title"}
    if out.get("type") == "boolean" and out.get("enum") in ([True], [False]):
        out.pop("type")
        out["const"] = out.pop("enum")[0]
    elif out.get("nullable") and "enum" in out:
        # The generator drops `nullable` from an enum; as a one-member union it keeps it.
        inner = {k: out.pop(k) for k in ("type", "enum") if k in out}
        inner["title"] = ""  # an empty title keeps the class name free of a `Type0` suffix
        out["anyOf"] = [inner]
    return out


def _binary_as_octet_stream(operation: Json) -> None:
    """A download's file (a quote's `application/pdf`) as `application/octet-stream`, the one
    binary media type the generator reads; the client takes the bytes as they come."""
    ok = operation.get("responses", {}).get("200", {})
    content = ok.get("content", {})
    if "application/json" not in content and len(content) == 1:
        (media,) = content.values()
        ok["content"] = {"application/octet-stream": media}


def _check_class_names(keys: Iterable[str]) -> None:
    """Each component schema its own class name: two keys that give one name (`line.item` and
    `line_item`, or two long keys that differ only in the leading words cut off) are refused
    by name, before the generator drops one of them with the operations that answer it."""
    by_name: dict[str, list[str]] = {}
    for key in keys:
        by_name.setdefault(class_name_for(key), []).append(key)
    clashes = [
        f"  {name}: {', '.join(repr(key) for key in sorted(keys))}"
        for name, keys in sorted(by_name.items())
        if len(keys) > 1
    ]
    if clashes:
        raise ValueError(
            "schemas that would be one class:\n"
            + "\n".join(clashes)
            + "\nGive all but one of each a class name of its own in CLASS_NAMES "
            "(codegen/normalize.py)."
        )


def normalize(document: dict[str, Json]) -> dict[str, Json]:
    _check_class_names(document["components"]["schemas"])
    schemas = {
        key: {**_inline(schema), "title": class_name_for(key)}
        for key, schema in document["components"]["schemas"].items()
    }
    paths: dict[str, Json] = {}
    for path, item in document["paths"].items():
        paths[path] = {}
        for method, operation in item.items():
            operation = _inline(operation)
            if method in ("get", "delete"):
                operation.pop("requestBody", None)
            _binary_as_octet_stream(operation)
            paths[path][method] = operation
    return {**document, "paths": paths, "components": {"schemas": schemas}}
