"""Nested request keys (inside object parameters: `automatic_tax.enabled`) have sentences of
ours (`openapi/request-keys.yaml`, by dotted path, reused by suffix), every key of every
operation has one, and a spec with a new key fails `python -m codegen --check` loudly."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from codegen import request_keys, spec
from tests.codegen.test_spec_docs import plain_sentence_problems

pytest.importorskip("yaml")

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "stripe-invoicing.yaml"


@pytest.fixture(scope="module")
def selection() -> spec.Selection:
    return spec.select(spec.load(SPEC))


@pytest.fixture(scope="module")
def sentences() -> dict[str, str]:
    return request_keys.load()


def test_every_nested_request_key_has_a_sentence(
    selection: spec.Selection, sentences: dict[str, str]
) -> None:
    keys = list(request_keys.keys_of(selection.document))
    assert len(keys) > 1000
    missing = request_keys.undocumented(selection.document, sentences)
    assert not missing, f"{len(missing)} nested request keys without a sentence:\n" + "\n".join(
        missing
    )


def test_every_sentence_serves_a_key(selection: spec.Selection, sentences: dict[str, str]) -> None:
    assert request_keys.unused(selection.document, sentences) == []


def test_the_sentences_are_short_plain_sentences(sentences: dict[str, str]) -> None:
    bad = [
        f"{path}: {', '.join(problems)}: {text!r}"
        for path, text in sentences.items()
        if (problems := plain_sentence_problems(text))
    ]
    assert not bad, "\n".join(bad)


def test_the_longest_listed_suffix_of_a_path_gives_its_sentence() -> None:
    sentences = {"address.city": "Town.", "shipping.address.city": "Town shipped to."}
    assert request_keys.sentence(("address", "city"), None, sentences) == "Town."
    assert request_keys.sentence(("details", "address", "city"), "", sentences) == "Town."
    path = ("shipping", "address", "city")
    assert request_keys.sentence(path, None, sentences) == "Town shipped to."
    assert request_keys.sentence(path, "The spec's own.", sentences) == "The spec's own."
    assert request_keys.sentence(("city",), None, sentences) == ""


def _with_new_key(document: dict[str, object]) -> dict[str, object]:
    changed = copy.deepcopy(document)
    paths = changed["paths"]
    assert isinstance(paths, dict)
    form = paths["/v1/invoices"]["post"]["requestBody"]["content"]
    body = form["application/x-www-form-urlencoded"]["schema"]["properties"]
    body["automatic_tax"]["properties"]["brand_new"] = {"type": "boolean"}
    return changed


def test_a_new_key_without_a_sentence_is_named(
    selection: spec.Selection, sentences: dict[str, str]
) -> None:
    changed = _with_new_key(selection.document)
    assert request_keys.undocumented(changed, sentences) == ["PostInvoices automatic_tax.brand_new"]


def test_codegen_check_fails_on_a_key_without_a_sentence(
    selection: spec.Selection,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from codegen import __main__ as cli

    changed = spec.Selection(
        _with_new_key(selection.document), selection.operations, (), selection.pruned
    )
    # The generated files are not what this is about: an empty package, an empty api.md.
    monkeypatch.setattr(cli, "generate_all", lambda source: ({}, changed, ""))
    api_md = tmp_path / "api.md"
    api_md.write_text("", encoding="utf-8")
    out = tmp_path / "_generated"
    out.mkdir()
    assert cli.main(["--check", "--quiet", "--out", str(out), "--api-md", str(api_md)]) == 1
    error = capsys.readouterr().err
    assert "PostInvoices automatic_tax.brand_new" in error
    assert "request-keys.yaml" in error


def test_a_shape_used_in_several_places_reads_the_same_in_each(
    selection: spec.Selection,
) -> None:
    # Nested shapes are written once (an address under `address` and under
    # `company_details.registered_address`): their keys' sentences must fit every place.
    from codegen import params

    layout = params.ParamsLayout(selection.document)
    differing = [
        f"{shape.name}.{key}: {sorted(set(sentences))}"
        for shape in layout.shapes
        for key, sentences in shape.sentences.items()
        if len(set(sentences)) > 1
    ]
    assert not differing, "\n".join(differing)


def test_a_spec_description_of_a_nested_key_wins_cut_to_one_sentence(
    selection: spec.Selection, sentences: dict[str, str]
) -> None:
    # Stripe's own spec describes nested keys in paragraphs: the first sentence is kept.
    from codegen import params

    changed = _with_new_key(selection.document)
    body = changed["paths"]["/v1/invoices"]["post"]["requestBody"]["content"]  # type: ignore[index]
    enabled = body["application/x-www-form-urlencoded"]["schema"]["properties"]["automatic_tax"][
        "properties"
    ]["enabled"]
    enabled["description"] = "Turns the tax on. " + "More words follow here. " * 8
    layout = params.ParamsLayout(changed, sentences)
    found = [
        shape.sentences["enabled"]
        for shape in layout.shapes
        if "Turns the tax on." in shape.sentences.get("enabled", [])
    ]
    assert found, "the spec's sentence was not used"
