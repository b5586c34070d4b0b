"""The table of fields an object answers as null when the backend doesn't model them: only
required nullable fields, of the schema named like the object's kind."""

from __future__ import annotations

from typing import Any

from codegen import null_fields
from stripe_invoicing_client._generated._null_fields import NULL_FIELDS


def _object(kind: str, properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {"object": {"type": "string", "enum": [kind]}, **properties},
        "required": ["object", *required],
    }


NULLABLE = {"type": "string", "nullable": True}


def test_only_required_nullable_fields_of_the_schema_named_like_its_kind() -> None:
    document = {
        "components": {
            "schemas": {
                "customer": _object(
                    "customer",
                    {
                        "email": NULLABLE,
                        "balance": {"type": "integer"},
                        "tax": NULLABLE,  # present only when expanded: not required
                        "address": {"anyOf": [{"$ref": "#/x"}], "nullable": True},
                    },
                    ["email", "balance", "address"],
                ),
                # Its `object` is `customer` too; a deleted object isn't what the backend renders.
                "deleted_customer": _object("customer", {"deleted": NULLABLE}, ["deleted"]),
                "quantity_only": _object("quantity_only", {"quantity": {"type": "integer"}}, []),
            }
        }
    }
    assert null_fields.table(document) == {"customer": ("address", "email")}


def test_the_generated_table_comes_from_the_spec() -> None:
    assert "customer_account" in NULL_FIELDS["billing_portal.session"]
    assert "email" in NULL_FIELDS["customer"]
    assert "id" not in NULL_FIELDS["customer"]
