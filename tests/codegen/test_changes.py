"""The API change report (`codegen/changes.py` and `python -m codegen --previous/--report`):
every kind of change over small hand-made descriptions, which ones break, the Markdown and JSON,
`--quiet`, and Stripe's 2022 spec (the repository's reduced fixture) against ours."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from codegen import changes, config, operations, spec
from stripe_invoicing_client import OperationNotAvailableError
from tests.codegen._spec_2022 import MISSING_FROM_FIXTURE, NOT_IN_2022, SPEC_2022
from tests.processes import python

ROOT = Path(__file__).resolve().parents[2]
OURS = ROOT / "openapi" / "stripe-invoicing.yaml"

Json = Any


def returns(schema: str) -> Json:
    return {
        "200": {
            "description": "",
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
        }
    }


def base() -> dict[str, Json]:
    """A small description: list and create invoices, an invoice with a nested object, a list
    envelope, an expandable customer and a reference to a resource outside the family (a
    review)."""
    return {
        "openapi": "3.0.0",
        "info": {"title": "t", "version": "2024-01-01"},
        "paths": {
            "/v1/invoices": {
                "get": {
                    "operationId": "GetInvoices",
                    "parameters": [
                        {
                            "name": "created",
                            "in": "query",
                            "schema": {
                                "anyOf": [
                                    {"type": "object", "properties": {"gt": {"type": "integer"}}},
                                    {"type": "integer"},
                                ]
                            },
                        },
                        {
                            "name": "status",
                            "in": "query",
                            "schema": {"type": "string", "enum": ["draft", "open"]},
                        },
                    ],
                    "responses": returns("invoice_list"),
                },
                "post": {
                    "operationId": "PostInvoices",
                    "requestBody": {
                        "content": {
                            FORM: {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "customer": {"type": "string"},
                                        "footer": {"type": "string"},
                                        "lines": {
                                            "type": "array",
                                            "items": {
                                                "type": "object",
                                                "properties": {
                                                    "price_data": {
                                                        "type": "object",
                                                        "properties": {
                                                            "currency": {"type": "string"},
                                                            "amount": {"type": "integer"},
                                                        },
                                                        "required": ["currency"],
                                                    }
                                                },
                                            },
                                        },
                                        "metadata": {
                                            "anyOf": [
                                                {
                                                    "type": "object",
                                                    "additionalProperties": {"type": "string"},
                                                },
                                                {"type": "string", "enum": [""]},
                                            ]
                                        },
                                    },
                                }
                            }
                        }
                    },
                    "responses": returns("invoice"),
                },
            }
        },
        "components": {
            "schemas": {
                "invoice": {
                    "type": "object",
                    "x-resourceId": "invoice",
                    "properties": {
                        "id": {"type": "string"},
                        "status": {"type": "string", "enum": ["draft", "open"], "nullable": True},
                        "amount_due": {"type": "integer"},
                        "status_transitions": {
                            "type": "object",
                            "properties": {"paid_at": {"type": "integer", "nullable": True}},
                            "required": ["paid_at"],
                        },
                        "customer": {
                            "anyOf": [
                                {"type": "string"},
                                {"$ref": "#/components/schemas/customer"},
                            ],
                            "x-expansionResources": {
                                "oneOf": [{"$ref": "#/components/schemas/customer"}]
                            },
                        },
                        "review": {
                            "anyOf": [
                                {"type": "string"},
                                {"$ref": "#/components/schemas/review"},
                            ],
                            "x-expansionResources": {
                                "oneOf": [{"$ref": "#/components/schemas/review"}]
                            },
                        },
                    },
                    "required": ["id", "status", "amount_due", "status_transitions", "customer"],
                },
                "invoice_list": {
                    "type": "object",
                    "properties": {
                        "data": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/invoice"},
                        },
                        "has_more": {"type": "boolean"},
                    },
                    "required": ["data", "has_more"],
                },
                "customer": {
                    "type": "object",
                    "x-resourceId": "customer",
                    "properties": {"id": {"type": "string"}},
                    "required": ["id"],
                },
                "review": {
                    "type": "object",
                    "x-resourceId": "review",
                    "properties": {"id": {"type": "string"}},
                },
            }
        },
    }


FORM = "application/x-www-form-urlencoded"


def body(document: dict[str, Json]) -> dict[str, Json]:
    """The form body properties of PostInvoices."""
    create = document["paths"]["/v1/invoices"]["post"]
    properties: dict[str, Json] = create["requestBody"]["content"][FORM]["schema"]["properties"]
    return properties


def query(document: dict[str, Json], name: str) -> dict[str, Json]:
    parameters = document["paths"]["/v1/invoices"]["get"]["parameters"]
    return next(p for p in parameters if p["name"] == name)


def invoice(document: dict[str, Json]) -> dict[str, Json]:
    schema: dict[str, Json] = document["components"]["schemas"]["invoice"]
    return schema


def diff(edit: Any) -> list[changes.Change]:
    before = base()
    after = copy.deepcopy(before)
    edit(after)
    return list(changes.compare(before, after).changes)


def brief(found: list[changes.Change]) -> set[tuple[str, str, str, bool]]:
    return {(c.kind, c.subject, c.path, c.breaking) for c in found}


# --- parameters -------------------------------------------------------------------------------


def test_same_description_no_changes() -> None:
    report = changes.compare(base(), base())
    assert report.changes == ()
    assert report.missing == tuple(
        op for op in config.OPERATIONS if op not in ("GetInvoices", "PostInvoices")
    )


def test_parameter_added_optional_is_not_breaking_and_children_are_implied() -> None:
    def edit(d: Json) -> None:
        body(d)["rendering"] = {
            "type": "object",
            "properties": {"template": {"type": "string"}, "pdf": {"type": "object"}},
            "required": ["template"],
        }

    found = diff(edit)
    assert brief(found) == {("parameter_added", "PostInvoices", "rendering", False)}
    assert found[0].current == "object"


def test_parameter_added_required_breaks() -> None:
    def edit(d: Json) -> None:
        body(d)["currency"] = {"type": "string"}
        d["paths"]["/v1/invoices"]["post"]["requestBody"]["content"][FORM]["schema"]["required"] = [
            "currency"
        ]

    assert brief(diff(edit)) == {("parameter_added", "PostInvoices", "currency", True)}


def test_nested_parameter_added_removed_with_bracket_paths() -> None:
    def edit(d: Json) -> None:
        price_data = body(d)["lines"]["items"]["properties"]["price_data"]["properties"]
        del price_data["amount"]
        price_data["unit_amount_decimal"] = {"type": "string", "format": "decimal"}
        query(d, "created")["schema"]["anyOf"][0]["properties"]["lte"] = {"type": "integer"}

    assert brief(diff(edit)) == {
        ("parameter_removed", "PostInvoices", "lines[][price_data][amount]", True),
        ("parameter_added", "PostInvoices", "lines[][price_data][unit_amount_decimal]", False),
        ("parameter_added", "GetInvoices", "created[lte]", False),
    }


def test_parameter_removed_breaks_and_children_are_implied() -> None:
    found = diff(lambda d: body(d).pop("lines"))
    assert brief(found) == {("parameter_removed", "PostInvoices", "lines", True)}
    assert found[0].previous == "array of object"


def test_parameter_retyped_narrowed_breaks_widened_does_not() -> None:
    def narrow(d: Json) -> None:
        query(d, "created")["schema"] = {"type": "integer"}

    def widen(d: Json) -> None:
        body(d)["footer"] = {"anyOf": [{"type": "string"}, {"type": "string", "enum": [""]}]}

    narrowed = diff(narrow)
    assert brief(narrowed) == {
        ("parameter_retyped", "GetInvoices", "created", True),
        # The object alternative went, and its property with it.
        ("parameter_removed", "GetInvoices", "created[gt]", True),
    }
    retyped = next(c for c in narrowed if c.kind == "parameter_retyped")
    assert (retyped.previous, retyped.current) == ("integer | object", "integer")

    widened = diff(widen)
    assert brief(widened) == {("parameter_retyped", "PostInvoices", "footer", False)}
    assert widened[0].current == '"" | string'


def test_parameter_newly_required_breaks_no_longer_required_does_not() -> None:
    def require(d: Json) -> None:
        query(d, "status")["required"] = True
        price_data = body(d)["lines"]["items"]["properties"]["price_data"]
        price_data["required"] = ["currency", "amount"]

    def relax(d: Json) -> None:
        body(d)["lines"]["items"]["properties"]["price_data"]["required"] = []

    assert brief(diff(require)) == {
        ("parameter_required", "GetInvoices", "status", True),
        ("parameter_required", "PostInvoices", "lines[][price_data][amount]", True),
    }
    assert brief(diff(relax)) == {
        ("parameter_optional", "PostInvoices", "lines[][price_data][currency]", False)
    }


def test_new_required_child_of_an_existing_parameter_breaks() -> None:
    def edit(d: Json) -> None:
        price_data = body(d)["lines"]["items"]["properties"]["price_data"]
        price_data["properties"]["product"] = {"type": "string"}
        price_data["required"].append("product")

    assert brief(diff(edit)) == {
        ("parameter_added", "PostInvoices", "lines[][price_data][product]", True)
    }


def test_parameter_enum_values() -> None:
    def edit(d: Json) -> None:
        query(d, "status")["schema"]["enum"] = ["draft", "paid"]

    found = diff(edit)
    assert brief(found) == {
        ("parameter_enum_added", "GetInvoices", "status", False),
        ("parameter_enum_removed", "GetInvoices", "status", True),
    }
    assert {c.kind: c.values for c in found} == {
        "parameter_enum_added": ("paid",),
        "parameter_enum_removed": ("open",),
    }


def test_parameter_becoming_an_enum_is_a_narrowing_retype() -> None:
    def edit(d: Json) -> None:
        body(d)["footer"] = {"type": "string", "enum": ["short", "long"]}

    found = diff(edit)
    assert brief(found) == {("parameter_retyped", "PostInvoices", "footer", True)}
    assert found[0].current == "string (enum: long, short)"


# --- response fields and models ---------------------------------------------------------------


def test_field_added_is_not_breaking_removed_is() -> None:
    def edit(d: Json) -> None:
        invoice(d)["properties"]["issuer"] = {"type": "object", "properties": {}}
        invoice(d)["properties"]["status_transitions"]["properties"]["voided_at"] = {
            "type": "integer"
        }
        del invoice(d)["properties"]["amount_due"]

    found = diff(edit)
    assert brief(found) == {
        ("field_added", "invoice", "issuer", False),
        ("field_added", "invoice", "status_transitions.voided_at", False),
        ("field_removed", "invoice", "amount_due", True),
    }
    # The operations whose responses reach the model, in the configured order.
    assert {c.operations for c in found} == {("GetInvoices", "PostInvoices")}


def test_field_retyped_widened_breaks_narrowed_does_not() -> None:
    def widen(d: Json) -> None:
        invoice(d)["properties"]["amount_due"]["nullable"] = True

    def narrow(d: Json) -> None:
        del invoice(d)["properties"]["status_transitions"]["properties"]["paid_at"]["nullable"]

    widened = diff(widen)
    assert brief(widened) == {("field_retyped", "invoice", "amount_due", True)}
    assert (widened[0].previous, widened[0].current) == ("integer", "integer | null")
    assert brief(diff(narrow)) == {
        ("field_retyped", "invoice", "status_transitions.paid_at", False)
    }


def test_field_that_may_be_absent_breaks() -> None:
    def optional(d: Json) -> None:
        invoice(d)["required"].remove("amount_due")

    def required(d: Json) -> None:
        invoice(d)["required"].append("review")

    assert brief(diff(optional)) == {("field_optional", "invoice", "amount_due", True)}
    assert brief(diff(required)) == {("field_required", "invoice", "review", False)}


def test_field_enum_added_is_noted_not_breaking_removed_breaks() -> None:
    def edit(d: Json) -> None:
        invoice(d)["properties"]["status"]["enum"] = ["draft", "paid"]

    found = {c.kind: c for c in diff(edit)}
    assert set(found) == {"field_enum_added", "field_enum_removed"}
    assert not found["field_enum_added"].breaking
    assert found["field_enum_added"].values == ("paid",)
    assert "unknown values" in found["field_enum_added"].note
    assert found["field_enum_removed"].breaking
    assert found["field_enum_removed"].values == ("open",)


def test_expandable_fields() -> None:
    def expandable(d: Json) -> None:
        # A plain id becomes expandable to a modelled resource: it may hold an object now.
        invoice(d)["properties"]["id"] = copy.deepcopy(invoice(d)["properties"]["customer"])

    def expandable_to_outside(d: Json) -> None:
        # Expandable to a resource outside the family: the id, or a loose StripeObject.
        invoice(d)["properties"]["id"] = copy.deepcopy(invoice(d)["properties"]["review"])

    def new_expansion(d: Json) -> None:
        customer = invoice(d)["properties"]["customer"]
        customer["anyOf"].append({"$ref": "#/components/schemas/deleted_customer"})
        customer["x-expansionResources"]["oneOf"].append(
            {"$ref": "#/components/schemas/deleted_customer"}
        )
        d["components"]["schemas"]["deleted_customer"] = {
            "type": "object",
            "x-resourceId": "deleted_customer",
            "properties": {"deleted": {"type": "boolean"}},
        }

    found = diff(expandable)
    assert brief(found) == {("field_retyped", "invoice", "id", True)}
    assert (found[0].previous, found[0].current) == ("string", "customer | string")

    found = diff(expandable_to_outside)
    assert brief(found) == {("field_retyped", "invoice", "id", True)}
    assert found[0].current == "string | stripe_object"

    found = diff(new_expansion)
    assert brief(found) == {
        ("field_retyped", "invoice", "customer", True),
        ("model_added", "deleted_customer", "", False),
    }
    retyped = next(c for c in found if c.kind == "field_retyped")
    assert retyped.current == "customer | deleted_customer | string"


def test_resources_outside_the_family_are_opaque() -> None:
    def edit(d: Json) -> None:
        d["components"]["schemas"]["review"]["properties"]["status"] = {"type": "string"}

    assert diff(edit) == []
    report = changes.compare(base(), base())
    assert report.changes == ()


def test_models_added_and_removed() -> None:
    def edit(d: Json) -> None:
        d["components"]["schemas"]["invoice_rendering"] = {
            "type": "object",
            "properties": {"template": {"type": "string"}},
        }
        invoice(d)["properties"]["rendering"] = {
            "anyOf": [{"$ref": "#/components/schemas/invoice_rendering"}],
            "nullable": True,
        }

    found = diff(edit)
    assert brief(found) == {
        ("field_added", "invoice", "rendering", False),
        ("model_added", "invoice_rendering", "", False),
    }
    assert next(c for c in found if c.kind == "field_added").current == "invoice_rendering | null"

    before = base()
    edit(before)
    removed = changes.compare(before, base()).changes
    assert brief(list(removed)) == {
        ("field_removed", "invoice", "rendering", True),
        ("model_removed", "invoice_rendering", "", True),
    }


# --- operations -------------------------------------------------------------------------------


def test_operations_added_removed_moved_and_retyped() -> None:
    def drop(d: Json) -> None:
        del d["paths"]["/v1/invoices"]["get"]

    def move(d: Json) -> None:
        d["paths"]["/v2/invoices"] = d["paths"].pop("/v1/invoices")

    def retype(d: Json) -> None:
        d["paths"]["/v1/invoices"]["post"]["responses"] = returns("customer")

    dropped = changes.compare(base(), _edited(drop))
    assert brief(list(dropped.changes)) == {
        ("operation_removed", "GetInvoices", "", True),
        # invoice_list was only reached through the operation that went.
        ("model_removed", "invoice_list", "", True),
    }
    assert "OperationNotAvailableError" in dropped.changes[0].note
    assert "GetInvoices" in dropped.missing

    added = changes.compare(_edited(drop), base())
    assert ("operation_added", "GetInvoices", "", False) in brief(list(added.changes))

    moved = diff(move)
    assert brief(moved) == {
        ("operation_moved", "GetInvoices", "", False),
        ("operation_moved", "PostInvoices", "", False),
    }
    assert moved[0].current == "GET /v2/invoices"

    retyped = diff(retype)
    assert ("response_retyped", "PostInvoices", "", True) in brief(retyped)


def _edited(edit: Any) -> dict[str, Json]:
    document = base()
    edit(document)
    return document


# --- output -----------------------------------------------------------------------------------


def sample_report() -> changes.Report:
    def edit(d: Json) -> None:
        body(d)["rendering"] = {"type": "object", "properties": {}}
        del body(d)["footer"]
        query(d, "status")["schema"]["enum"].append("void")
        invoice(d)["properties"]["status"]["enum"].append("void")
        del d["paths"]["/v1/invoices"]["get"]

    return changes.compare(base(), _edited(edit), "old.yaml", "new.json")


def test_json_output() -> None:
    data = json.loads(changes.to_json(sample_report()))
    assert data["previous"] == {"source": "old.yaml", "version": "2024-01-01"}
    assert data["current"]["source"] == "new.json"
    assert data["summary"] == {"breaking": 3, "other": 2}
    assert "GetInvoices" in data["operations"]["missing"]
    assert data["endpoints"]["PostInvoices"] == "POST /v1/invoices"
    by_kind = {(c["kind"], c["path"]): c for c in data["changes"]}
    assert by_kind[("parameter_added", "rendering")]["breaking"] is False
    assert by_kind[("parameter_removed", "footer")]["breaking"] is True
    assert by_kind[("field_enum_added", "status")]["values"] == ["void"]
    assert by_kind[("field_enum_added", "status")]["operations"] == ["PostInvoices"]
    assert set(by_kind[("operation_removed", "")]) == {
        "kind",
        "subject",
        "path",
        "breaking",
        "previous",
        "current",
        "values",
        "operations",
        "operations_expanded",
        "note",
    }


def test_markdown_output() -> None:
    text = changes.to_markdown(sample_report())
    breaking, other = text.split("## Breaking changes")[1].split("## Other changes")
    assert "`old.yaml` (API version 2024-01-01) to `new.json`" in text
    assert "3 breaking, 2 other" in text
    assert "## Operations the new description lacks" in text
    assert (
        "- GetInvoices: configured in codegen/operations.py, but the input description lacks it"
        in text
    )
    # Operations first, then parameters per operation, then models.
    assert breaking.index("### Operations") < breaking.index("### Parameters of `PostInvoices`")
    assert "- `GetInvoices` (GET /v1/invoices): removed" in breaking
    assert "- `footer` removed (was string)" in breaking
    assert "- model removed" in breaking  # invoice_list
    assert "### Parameters of `PostInvoices` (POST /v1/invoices)" in other
    assert "- `rendering` added: object" in other
    assert "### Model `invoice`, returned by 1 operation\n" in other
    assert "- `status` may hold new values: `void` (the models accept unknown values" in other


def test_summary_lists_breaking_changes_only() -> None:
    lines = changes.summary(sample_report())
    assert lines[0] == "API changes since old.yaml (2024-01-01): 3 breaking, 2 other"
    assert lines[1:] == [
        "  breaking: GetInvoices: removed (the client's method for it raises "
        "OperationNotAvailableError)",
        "  breaking: PostInvoices: footer removed (was string)",
        "  breaking: invoice_list: model removed",
    ]


def test_missing_operation_messages_do_not_ask_to_configure_it() -> None:
    message = changes.missing_message("PostInvoicesInvoiceAddLines")
    assert "lacks it" in message and "OperationNotAvailableError" in message
    assert "add it" not in message
    error = str(OperationNotAvailableError("PostInvoicesInvoiceAddLines"))
    assert "lacks" in error and "PostInvoicesInvoiceAddLines" in error
    assert "add it to the generator" not in error


# --- Stripe's 2022 spec (the repository's fixture) against ours -----------------------------


@pytest.fixture(scope="module")
def from_2022() -> changes.Report:
    return changes.compare(spec.load(SPEC_2022), spec.load(OURS), "2022", "ours")


def test_2022_to_ours(from_2022: changes.Report) -> None:
    report = from_2022
    added_to_create = {
        c.path
        for c in report.changes
        if c.subject == "PostInvoices" and c.kind == "parameter_added"
    }
    assert {"automatically_finalizes_at", "issuer", "number", "rendering"} <= added_to_create
    added = [c.subject for c in report.changes if c.kind == "operation_added"]
    assert sorted(added) == sorted(MISSING_FROM_FIXTURE)
    assert report.missing == ()
    kinds = {c.kind for c in report.changes}
    assert {
        "parameter_removed",
        "parameter_enum_added",
        "field_added",
        "field_removed",
        "field_retyped",
        "model_added",
        "model_removed",
    } <= kinds
    text = changes.to_markdown(report)
    create = text.split("### Parameters of `PostInvoices` (POST /v1/invoices)")
    assert len(create) == 3  # one group under breaking, one under other changes
    assert "- `automatically_finalizes_at` added: integer" in create[2].split("###")[0]


def test_ours_to_2022_breaks(from_2022: changes.Report) -> None:
    report = changes.compare(spec.load(OURS), spec.load(SPEC_2022), "ours", "2022")
    assert sorted(report.missing) == sorted(MISSING_FROM_FIXTURE)
    removed = [c for c in report.breaking if c.kind == "operation_removed"]
    assert sorted(c.subject for c in removed) == sorted(MISSING_FROM_FIXTURE)
    lost = {
        c.path
        for c in report.breaking
        if c.subject == "PostInvoices" and c.kind == "parameter_removed"
    }
    assert {"automatically_finalizes_at", "issuer", "number", "rendering"} <= lost
    # Each direction's additions are the other's removals.
    gained = {(c.subject, c.path) for c in from_2022.changes if c.kind.endswith("_added")}
    removed_back = {(c.subject, c.path) for c in report.changes if c.kind.endswith("_removed")}
    assert gained == removed_back


# --- python -m codegen ------------------------------------------------------------------------


def test_quiet_prints_missing_operations_and_breaking_changes(tmp_path: Path) -> None:
    pytest.importorskip("openapi_python_client")
    out = tmp_path / "_generated"
    done = python(
        "-m",
        "codegen",
        "--quiet",
        "--spec",
        str(SPEC_2022),
        "--previous",
        str(OURS),
        "--out",
        str(out),
        "--report",
        str(tmp_path / "report"),
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for operation in NOT_IN_2022:
        assert f"  missing from the input spec: {operation}" in lines
    assert any("the input spec lacks them" in line for line in lines)
    assert any("configured in codegen/operations.py" in line for line in lines)
    assert not any("codegen/config.py" in line for line in lines)
    # Ours is newer than Stripe's 2022 spec: the summary warns before anything else.
    first = next(i for i, line in enumerate(lines) if line.startswith(("API changes", "warning")))
    assert lines[first].startswith("warning: going back"), lines[first]
    assert not any("add it to" in line for line in lines)
    assert "  breaking: PostInvoices: automatically_finalizes_at removed (was integer)" in lines
    assert lines.count(next(line for line in lines if line.startswith("API changes since "))) == 1
    # --quiet leaves the non-breaking changes and the generation statistics to the report.
    assert not any(line.startswith(("models:", "pruned references:")) for line in lines)
    report = json.loads((tmp_path / "report" / "api-changes.json").read_text(encoding="utf-8"))
    assert report["previous"] == {
        "source": "openapi/stripe-invoicing.yaml",
        "version": "2026-10-28.endive",
    }
    assert sorted(report["operations"]["missing"]) == sorted(MISSING_FROM_FIXTURE)
    # The terminal shows the first 20 breaking changes and counts the rest.
    shown = sum(1 for line in lines if line.startswith("  breaking: "))
    more = next(line for line in lines if line.startswith("  ... and "))
    assert shown == 20
    assert (
        more
        == f"  ... and {report['summary']['breaking'] - 20} more breaking changes in the report"
    )
    markdown = (tmp_path / "report" / "api-changes.md").read_text(encoding="utf-8")
    assert markdown.startswith("# API changes\n")


def test_check_refuses_report_options() -> None:
    pytest.importorskip("openapi_python_client")
    from codegen.__main__ import main

    with pytest.raises(SystemExit) as exit_info:
        main(["--check", "--report", "somewhere"])
    assert exit_info.value.code == 2


def test_previous_description_defaults_to_ours_at_head(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("openapi_python_client")
    from codegen import __main__ as cli

    committed = cli._committed(OURS)
    if committed is None:
        pytest.skip("not a git checkout")
    shown, selection = cli._previous(None, SPEC_2022)
    assert shown == "openapi/stripe-invoicing.yaml at HEAD"
    assert selection == spec.select(spec.parse(committed, OURS.name))
    # Regenerating in place from an unchanged description: nothing to compare.
    shown, selection = cli._previous(None, OURS)
    assert (selection is None) == (OURS.read_bytes() == committed)

    explicit = cli._previous(SPEC_2022, OURS)
    assert explicit[0] == "tests/fixtures/stripe-openapi/spec3-2022-04-12.reduced.json.gz"
    assert explicit[1] == spec.select(spec.load(SPEC_2022))

    monkeypatch.setattr(cli, "_committed", lambda path: None)
    shown, selection = cli._previous(None, SPEC_2022)
    assert shown == "openapi/stripe-invoicing.yaml"
    assert selection == spec.select(spec.load(OURS))


# --- reading the report: going back, folding, counts ------------------------------------------


@pytest.fixture(scope="module")
def to_2022() -> changes.Report:
    return changes.compare(spec.load(OURS), spec.load(SPEC_2022), "ours", "2022")


def test_going_back_in_api_version_is_warned_first(
    from_2022: changes.Report, to_2022: changes.Report
) -> None:
    assert from_2022.going_back is None
    assert to_2022.going_back is not None
    assert "2020-08-27" in to_2022.going_back and "2026-10-28.endive" in to_2022.going_back
    assert changes.summary(to_2022)[0] == f"warning: {to_2022.going_back}"
    assert not changes.summary(from_2022)[0].startswith("warning")
    text = changes.to_markdown(to_2022)
    assert text.index(to_2022.going_back) < text.index("## ")
    assert to_2022.going_back not in changes.to_markdown(from_2022)
    assert json.loads(changes.to_json(to_2022))["going_back"] == to_2022.going_back


@pytest.mark.parametrize(
    ("previous", "current", "back"),
    [
        ("2026-10-28.endive", "2020-08-27", True),
        ("2024-01-01", "2023-12-31.basil", True),
        ("2020-08-27", "2026-10-28.endive", False),
        ("2026-10-28.endive", "2026-10-28", False),
        ("2026-10-28.endive", "unknown", False),
    ],
)
def test_going_back_compares_the_dates_of_api_versions(
    previous: str, current: str, back: bool
) -> None:
    old, new = base(), base()
    old["info"]["version"], new["info"]["version"] = previous, current
    assert (changes.compare(old, new).going_back is not None) is back


def test_no_line_of_the_report_runs_to_kilobytes(
    from_2022: changes.Report, to_2022: changes.Report
) -> None:
    for report in (from_2022, to_2022):
        text = changes.to_markdown(report)
        longest = max(text.splitlines(), key=len)
        assert len(longest) <= 400, longest[:200]
    # The JSON keeps every value: folding is for reading only.
    widest = max(to_2022.changes, key=lambda c: len(c.values))
    assert len(widest.values) > 12
    listed = json.loads(changes.to_json(to_2022))["changes"]
    assert max(len(c["values"]) for c in listed) == len(widest.values)


def test_a_long_enum_is_folded_with_a_count() -> None:
    values = [f"v{i:02}" for i in range(30)]

    def edit(d: Json) -> None:
        invoice(d)["properties"]["status"]["enum"] += values

    found = diff(edit)
    line = changes.describe(next(c for c in found if c.kind == "field_enum_added"))
    assert "`v00`" in line and "`v29`" not in line
    assert "and 22 more" in line


def test_a_model_counts_the_operations_whose_answers_hold_it(
    from_2022: changes.Report,
) -> None:
    held = {c.subject: c for c in from_2022.changes if c.kind.startswith(("field_", "model_"))}
    # Every operation's error answer holds `error` and, through it, a setup intent, a price,
    # ...: that is not "returned by" them. An id is not the model either, unless expanded.
    assert held["customer"].operations == (
        "GetCustomers",
        "PostCustomers",
        "GetCustomersSearch",
        "GetCustomersCustomer",
        "PostCustomersCustomer",
    )
    assert "GetInvoicesInvoice" in held["customer"].operations_expanded
    # Issue 24 made quotes and their prices part of the 2022 selection too, so deleted_price
    # no longer changes; a product's package dimensions are held only through expansions.
    assert held["package_dimensions"].operations == ()
    assert "GetInvoicesInvoice" in held["package_dimensions"].operations_expanded
    assert "PostInvoicesInvoiceVoid" in held["invoice"].operations
    assert "GetCustomersCustomer" not in held["invoice"].operations
    for change in held.values():
        assert not set(change.operations) & set(change.operations_expanded)
    text = changes.to_markdown(from_2022)
    total = len(operations.OPERATIONS)
    assert f"returned by {total} operations" not in text
    assert "### Model `customer`, returned by 5 operations (" in text
    expanded = len(held["package_dimensions"].operations_expanded)
    heading = (
        f"### Model `package_dimensions`, returned by {expanded} operations with `expand` only"
    )
    assert heading in text


def test_summary_comes_first_and_long_groups_are_folded(
    from_2022: changes.Report, to_2022: changes.Report
) -> None:
    text = changes.to_markdown(to_2022)
    assert text.index("## Summary") < text.index("## Breaking changes")
    summary = text.split("## Summary")[1].split("\n## ")[0]
    assert "| Operations |" in summary and "| Models |" in summary
    # A group of more than 10 changes is folded under a <details> with its count.
    assert "<details><summary>" in text
    for block in text.split("<details><summary>")[1:]:
        count = int(block.split(" ", 1)[0])
        items = block.split("</details>")[0].count("\n- ")
        assert count == items > 10
    lines = changes.summary(to_2022)
    breaking = [line for line in lines if line.startswith("  breaking: ")]
    assert len(breaking) == 20
    assert (
        lines[-1] == f"  ... and {len(to_2022.breaking) - 20} more breaking changes in the report"
    )


def test_an_input_older_than_the_pinned_description_is_warned_whatever_the_previous() -> None:
    pytest.importorskip("openapi_python_client")
    from codegen import __main__ as cli

    old = spec.load(SPEC_2022)
    # `--previous` the same 2022 spec: no change between them, but behind our pinned version.
    unchanged = changes.compare(old, old, "2022", "2022")
    assert unchanged.going_back is None
    warning = cli._behind_the_pin(unchanged)
    assert warning == (
        "warning: going back: the input's API version 2020-08-27 is older than the pinned "
        "2026-10-28.endive (openapi/stripe-invoicing.yaml)"
    )
    assert cli._behind_the_pin(changes.compare(old, spec.load(OURS), "2022", "ours")) is None
