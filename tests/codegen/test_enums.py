"""Long enum Literals written once, by name (codegen/enums.py)."""

from __future__ import annotations

import typing

from codegen import enums

NINE = "Literal[" + ", ".join(repr(f"v{i}") for i in range(9)) + "]"
TEN = "Literal[" + ", ".join(repr(f"v{i}") for i in range(10)) + "]"
EIGHT = "Literal[" + ", ".join(repr(f"v{i}") for i in range(8)) + "]"
HEAD = '"""Doc."""\n\nfrom __future__ import annotations\n\n'


def test_a_long_literal_in_two_places_is_defined_once_and_named_from_its_field() -> None:
    texts = {
        "models/tax.py": HEAD + f"class TaxId(Model):\n    type_: {TEN}\n    few: {EIGHT}\n",
        "models/invoice.py": HEAD + f"class InvoiceTaxId(Model):\n    type_: {TEN} | None\n",
        "params/a.py": HEAD
        + f"class Settings(TypedDict):\n    payment_method_types: list[{NINE}]\n",
        "params/b.py": HEAD + f"class OtherParam(TypedDict):\n    payment_method_types: {NINE}\n",
        "params/c.py": HEAD + f"class Once(TypedDict):\n    purpose: {NINE.replace('v0', 'w0')}\n",
    }
    out, used = enums.hoist(texts)
    assert used == {"models": ["TaxIdType"], "params": ["PaymentMethodType"]}
    assert "from ..enums import TaxIdType\n" in out["models/tax.py"]
    assert "    type_: TaxIdType\n    few: " + EIGHT in out["models/tax.py"]
    assert "    type_: TaxIdType | None\n" in out["models/invoice.py"]
    assert "payment_method_types: list[PaymentMethodType]\n" in out["params/a.py"]
    assert out["params/c.py"] == texts["params/c.py"]  # written once: left inline
    namespace: dict[str, object] = {}
    exec(out["enums.py"], namespace)
    assert typing.get_args(namespace["TaxIdType"]) == tuple(f"v{i}" for i in range(10))
    assert namespace["__all__"] == ["PaymentMethodType", "TaxIdType"]


def test_a_requests_only_literal_does_not_take_the_responses_name() -> None:
    # The response side of a field can allow a value more (`unknown`): two Literals, two names.
    texts = {
        "models/tax.py": HEAD + f"class TaxId(Model):\n    type_: {TEN}\n",
        "models/invoice.py": HEAD + f"class InvoiceTaxId(Model):\n    type_: {TEN}\n",
        "params/a.py": HEAD + f"class TaxIdParam(TypedDict):\n    type: {NINE}\n",
        "params/b.py": HEAD + f"class TaxIdCreateParams(TypedDict):\n    type: {NINE}\n",
    }
    out, used = enums.hoist(texts)
    assert used == {"models": ["TaxIdType"], "params": ["TaxIdTypeParam"]}
    assert "    type: TaxIdTypeParam\n" in out["params/b.py"]


def test_nothing_repeated_changes_nothing() -> None:
    texts = {"params/a.py": HEAD + f"class A(TypedDict):\n    kind: {NINE}\n"}
    assert enums.hoist(texts) == (texts, {})


def test_the_models_export_the_names_they_use() -> None:
    from stripe_invoicing_client import models
    from stripe_invoicing_client._generated import enums as generated

    assert models.TaxIdType is generated.TaxIdType
    assert "unknown" in typing.get_args(models.TaxIdType)
