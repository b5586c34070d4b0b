"""The request schema table keeps the bounds the in-memory backend refuses by (issue 21.6):
string lengths and number ranges from the spec, and those Stripe enforces without stating
them in its published spec (which regenerating from that spec must not lose)."""

from __future__ import annotations

from typing import Any

from codegen import request_schemas
from stripe_invoicing_client._generated._request_schemas import REQUEST_SCHEMAS

DAYS_UNTIL_DUE = {"type": "integer", "minimum": 0, "maximum": 3650}


def _form(properties: dict[str, Any]) -> dict[str, Any]:
    """An operation as Stripe's published spec writes one: no bounds on days_until_due."""
    schema = {"type": "object", "properties": properties}
    return {"requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": schema}}}}


def test_the_generated_table_has_lengths_and_bounds() -> None:
    invoice = REQUEST_SCHEMAS["PostInvoices"]["properties"]
    assert invoice["description"] == {"type": "string", "maxLength": 5000}
    assert invoice["days_until_due"] == DAYS_UNTIL_DUE
    assert REQUEST_SCHEMAS["PostInvoicesInvoice"]["properties"]["days_until_due"] == DAYS_UNTIL_DUE


def test_unstated_bounds_are_added_at_any_depth_and_stated_ones_kept() -> None:
    operation = _form(
        {
            "days_until_due": {"type": "integer", "description": "Days."},
            "invoice_settings": {
                "anyOf": [
                    {
                        "type": "object",
                        "properties": {"days_until_due": {"type": "integer"}},
                    },
                    {"type": "string", "enum": [""]},
                ]
            },
            "footer": {"type": "string", "maxLength": 5000, "format": "unix-time"},
            "quantity": {"type": "integer", "minimum": 1, "maximum": 10},
        }
    )
    properties = request_schemas._operation(operation)["properties"]
    assert properties["days_until_due"] == DAYS_UNTIL_DUE
    nested = properties["invoice_settings"]["anyOf"][0]["properties"]["days_until_due"]
    assert nested == DAYS_UNTIL_DUE
    assert properties["footer"] == {"type": "string", "maxLength": 5000}
    assert properties["quantity"] == {"type": "integer", "minimum": 1, "maximum": 10}


def test_a_stated_bound_wins_over_the_unstated_default() -> None:
    operation = _form({"days_until_due": {"type": "integer", "minimum": 1}})
    properties = request_schemas._operation(operation)["properties"]
    assert properties["days_until_due"] == {"type": "integer", "minimum": 1, "maximum": 3650}
