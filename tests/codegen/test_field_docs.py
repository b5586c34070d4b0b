"""A field's own description reaches the generated model even beside a `$ref`, which OpenAPI 3.0
tools ignore (they would show the referenced schema's description instead)."""

from __future__ import annotations

import ast
from pathlib import Path

from codegen import spec
from codegen.docs import first_sentence
from codegen.models import ref_descriptions
from tests.source_trees import parse_source

from ._support import attribute_docs

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "stripe_invoicing_client" / "_generated" / "models"


def _attribute_docs() -> dict[tuple[str, str], str]:
    """(class, attribute) -> the docstring written after it, over every generated model."""
    docs: dict[tuple[str, str], str] = {}
    for path in sorted(MODELS.glob("*.py")):
        for node in ast.walk(parse_source(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            for field, doc in attribute_docs(node):
                docs[(node.name, field)] = doc
    return docs


def test_descriptions_beside_a_ref_are_the_fields_docstrings() -> None:
    document = spec.load(ROOT / "openapi" / "stripe-invoicing.yaml")
    beside = ref_descriptions(document)
    assert len(beside) >= 9  # invoice.automatic_tax, .issuer, line_item.period, ...
    docs = _attribute_docs()
    checked = 0
    for (class_name, field), description in beside.items():
        attribute = field if (class_name, field) in docs else f"{field}_"
        if (class_name, attribute) not in docs:
            continue  # a schema the selection doesn't reach
        assert docs[(class_name, attribute)] == first_sentence(description), (class_name, field)
        checked += 1
    assert checked >= 9
