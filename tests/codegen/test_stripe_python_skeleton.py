"""`scripts/stripe_python_skeleton.py object`: the schema it writes for stripe-python fields
whose annotation is a union of classes, alone, optional, in a list or in a `ListObject` page
(a customer's `sources`, an account's `external_accounts`).

The script is loaded from its file (scripts/ is no package) and its `ObjectWriter` fed the
annotations, as `main` does with a resource class of stripe-python (a test dependency, as for
`test_stripe_python_parity.py`).
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import sys
import typing
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import stripe
from stripe._list_object import ListObject

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "stripe_python_skeleton.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("stripe_python_skeleton", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


skeleton = _load()


@functools.cache
def _spec() -> Any:
    return skeleton.Spec()


def _writer(prefix: str) -> Any:
    """An object writer on its own copy of the spec (writing adds the shapes it wrote)."""
    return skeleton.ObjectWriter(copy.deepcopy(_spec()), prefix)


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


EITHER = {"anyOf": [_ref("account"), _ref("bank_account"), _ref("card")]}


def _page(title: str, items: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "title": title,
        "properties": {
            "data": {"type": "array", "items": items},
            "has_more": {"type": "boolean"},
            "object": {"type": "string", "enum": ["list"]},
            "url": {"type": "string", "maxLength": 5000},
        },
        "required": ["data", "has_more", "object", "url"],
    }


def _hint(annotation: str, monkeypatch: pytest.MonkeyPatch) -> Any:
    """`annotation`, written as stripe-python writes a field's, evaluated by the script.

    It is evaluated where stripe-python's modules have `Union`, `Optional`, `List` and
    `ListObject`; a bare class name it does not import (`"Account"`) is a resource class
    imported only under TYPE_CHECKING, `stripe.Card` one imported at run time.
    """
    where = ModuleType("stripe_like_resource")
    vars(where).update(
        Union=typing.Union,
        Optional=typing.Optional,
        List=list,
        ListObject=ListObject,
        stripe=stripe,
    )
    monkeypatch.setitem(sys.modules, where.__name__, where)
    holder = type(
        "Holder", (), {"__module__": where.__name__, "__annotations__": {"f": annotation}}
    )
    return skeleton._hints(holder)["f"]


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        pytest.param('Union["Account", "BankAccount", "Card"]', (EITHER, False), id="union"),
        pytest.param(
            'Optional[Union["Account", "BankAccount", "Card"]]', (EITHER, True), id="optional"
        ),
        pytest.param(
            'List[Union["Account", "BankAccount", "Card"]]',
            ({"type": "array", "items": EITHER}, False),
            id="list of union",
        ),
        pytest.param(
            'Optional[ListObject[Union["Account", "BankAccount", "Card"]]]',
            (_page("AccountBankAccountCardList", EITHER), True),
            id="optional page of union",
        ),
        pytest.param(
            "ListObject[Union[stripe.BankAccount, stripe.Card]]",
            (_page("BankAccountCardList", {"anyOf": [_ref("bank_account"), _ref("card")]}), False),
            id="page of union of imported classes",
        ),
        pytest.param(
            "ListObject[stripe.Charge]",
            (_page("ChargeList", _ref("charge")), False),
            id="page of an imported class",
        ),
        pytest.param(
            'ListObject["Account"]', (_page("AccountList", _ref("account")), False), id="page"
        ),
    ],
)
def test_a_union_of_classes_is_any_of_their_schemas(
    annotation: str, expected: tuple[dict[str, Any], bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    hint = _hint(annotation, monkeypatch)
    assert _writer("thing").schema(hint, "field") == expected


@pytest.mark.parametrize(
    ("module", "name", "prefix", "field", "members"),
    [
        (
            "stripe._customer",
            "Customer",
            "customer",
            "sources",
            ["account", "bank_account", "card", "source"],
        ),
        ("stripe._account", "Account", "account", "external_accounts", ["bank_account", "card"]),
    ],
)
def test_a_resource_with_a_page_of_a_union_is_written(
    module: str, name: str, prefix: str, field: str, members: list[str]
) -> None:
    """What `object stripe._customer Customer customer` prints: the page's items are any of
    the classes it may hold, and the field may be null."""
    cls = getattr(importlib.import_module(module), name)
    writer = _writer(prefix)
    writer.top(cls)
    page = writer.out[prefix]["properties"][field]
    assert page["nullable"] is True
    assert page["properties"]["object"] == {"type": "string", "enum": ["list"]}
    assert page["properties"]["data"]["items"] == {"anyOf": [_ref(m) for m in members]}
