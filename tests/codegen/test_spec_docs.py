"""The documented surface of `openapi/stripe-invoicing.yaml`: what an IDE shows on hover.

Every selected operation has a one-line summary; every top-level parameter (path, query, form
body) of a selected operation, every top-level field of a resource model in the invoicing family
or returned by a selected operation, and every field of the list and search envelopes has a short
description of its own. The descriptions are ours: one plain sentence each, without the Markdown
links, HTML and multi-sentence paragraphs of Stripe's published text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from codegen import config, spec
from codegen import operations as table

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "stripe-invoicing.yaml"

MAX_DESCRIPTION = 300
MAX_SUMMARY = 80
_MARKDOWN_LINK = re.compile(r"\[[^\]]*\]\([^)]*\)")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_URL = re.compile(r"https?://")
# A second sentence: end punctuation, then space and a capital letter or a backtick.
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-Z`]")

Json = Any


@pytest.fixture(scope="module")
def selection() -> spec.Selection:
    return spec.select(spec.load(SPEC))


def _operations(document: Json) -> Iterator[tuple[str, Json]]:
    for item in document["paths"].values():
        for method in spec.HTTP_METHODS:
            if method in item:
                yield item[method]["operationId"], item[method]


def _form_body(operation: Json) -> Json:
    content = operation.get("requestBody", {}).get("content", {})
    return content.get("application/x-www-form-urlencoded", {}).get("schema", {})


def _success_schema(operation: Json) -> Json:
    content = operation["responses"]["200"]["content"]
    # A download (a quote's PDF) answers with a file: no fields to describe.
    return content["application/json"]["schema"] if "application/json" in content else {}


def _response_models(document: Json) -> set[str]:
    """Component schemas a selected operation answers with (directly or as one of a union)."""
    names: set[str] = set()
    for _, operation in _operations(document):
        schema = _success_schema(operation)
        for node in [schema, *schema.get("anyOf", []), *schema.get("oneOf", [])]:
            if "$ref" in node:
                names.add(node["$ref"].removeprefix(spec.SCHEMA_PREFIX))
    return names


def _documented(document: Json) -> Iterator[tuple[str, Json]]:
    """(where, node) for every parameter and field that must carry a description."""
    for operation_id, operation in _operations(document):
        for parameter in operation.get("parameters", []):
            yield f"{operation_id} {parameter['in']} {parameter['name']}", parameter
        for name, prop in _form_body(operation).get("properties", {}).items():
            yield f"{operation_id} body {name}", prop
        # Inline answers are the list and search envelopes.
        for name, prop in _success_schema(operation).get("properties", {}).items():
            yield f"{operation_id} response {name}", prop
    schemas = document["components"]["schemas"]
    for model in sorted(config.FAMILY | _response_models(document)):
        for name, prop in schemas[model].get("properties", {}).items():
            yield f"{model}.{name}", prop


def _descriptions(document: Json) -> Iterator[tuple[str, object]]:
    for where, node in _documented(document):
        yield where, node.get("description")


def test_the_documented_surface_is_the_whole_selection(selection: spec.Selection) -> None:
    document = selection.document
    schemas = document["components"]["schemas"]
    assert not selection.missing
    assert {operation_id for operation_id, _ in _operations(document)} == set(config.OPERATIONS)
    assert set(schemas) >= config.FAMILY
    assert {"invoice", "line_item", "invoiceitem", "customer"} <= _response_models(document)
    for model in config.FAMILY:
        assert schemas[model].get("properties"), model
    envelopes = [
        operation_id
        for operation_id, operation in _operations(document)
        if "data" in _success_schema(operation).get("properties", {})
    ]
    # The list and search envelopes: one per list or search operation of the table.
    pages = {op.operation_id for op in table.OPERATIONS if op.kind in ("list", "search")}
    assert set(envelopes) == pages


def test_every_operation_has_a_one_line_summary(selection: spec.Selection) -> None:
    bad = [
        f"{operation_id}: {operation.get('summary')!r}"
        for operation_id, operation in _operations(selection.document)
        if not isinstance(operation.get("summary"), str)
        or not operation["summary"].strip()
        or "\n" in operation["summary"]
        or len(operation["summary"]) > MAX_SUMMARY
    ]
    assert not bad, "operations without a one-line summary:\n" + "\n".join(bad)


def test_every_parameter_and_field_is_described(selection: spec.Selection) -> None:
    missing = [
        where
        for where, text in _descriptions(selection.document)
        if not isinstance(text, str) or not text.strip()
    ]
    assert not missing, f"{len(missing)} without a description:\n" + "\n".join(missing)


def plain_sentence_problems(text: str) -> list[str]:
    """What keeps `text` from being one short plain sentence of ours (empty: nothing)."""
    return [
        problem
        for problem, found in (
            (f"longer than {MAX_DESCRIPTION}", len(text) > MAX_DESCRIPTION),
            ("shorter than three words", len(text.split()) < 3),
            ("not a single line", "\n" in text),
            ("Markdown link", bool(_MARKDOWN_LINK.search(text))),
            ("HTML", bool(_HTML_TAG.search(text))),
            ("URL", bool(_URL.search(text))),
            ("more than one sentence", bool(_SENTENCE_BREAK.search(text))),
            ("no closing full stop", not text.endswith(".")),
        )
        if found
    ]


def test_descriptions_are_short_plain_sentences(selection: spec.Selection) -> None:
    bad: list[str] = []
    for where, text in _descriptions(selection.document):
        if not isinstance(text, str):
            continue  # reported by the test above
        problems = plain_sentence_problems(text)
        if problems:
            bad.append(f"{where}: {', '.join(problems)}: {text!r}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("See [the docs](https://docs.stripe.com/api).", _MARKDOWN_LINK),
        ("Amount <strong>in cents</strong>.", _HTML_TAG),
        ("Amount due. Null while it is a draft.", _SENTENCE_BREAK),
        ("Documented at https://example.com.", _URL),
    ],
)
def test_the_checks_catch_stripe_style_prose(text: str, problem: re.Pattern[str]) -> None:
    assert problem.search(text)


def test_plain_sentences_pass_the_checks() -> None:
    text = "Amount still to be paid, in the smallest currency unit (such as 12.5 or `in_...`)."
    for problem in (_MARKDOWN_LINK, _HTML_TAG, _URL, _SENTENCE_BREAK):
        assert not problem.search(text)
