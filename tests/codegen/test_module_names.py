"""No generated module binds one name twice: a resource module imports models and parameter
TypedDicts through their modules, and the generator refuses any module that would."""

from __future__ import annotations

from pathlib import Path

import pytest

# The generator needs openapi-python-client, which needs Python 3.11+; the client does not.
pytest.importorskip("openapi_python_client")
from codegen import operations, resources
from codegen.names import rebound
from codegen.render import GenerationError, _refuse_rebound_names

GENERATED = Path(__file__).resolve().parents[2] / "stripe_invoicing_client" / "_generated"


def _subscription_items_module(list_answer: str) -> str:
    """`resources/subscription_items.py` where the list operation answers with `list_answer`."""
    models = ".models.subscription"
    item = resources.Answer("SubscriptionItem", {models: {"SubscriptionItem"}})
    answers = {
        op.operation_id: item for op in operations.OPERATIONS if op.resource == "subscription_items"
    }
    answers["GetSubscriptionItems"] = resources.Answer(
        list_answer, {models: {list_answer}}, "SubscriptionItem", {models: {"SubscriptionItem"}}
    )
    params = {"GetSubscriptionItems": (".params.subscription_items", "SubscriptionItemListParams")}
    module = resources._Module(operations.RESOURCES["subscription_items"], answers, params)
    return module.source()


def test_a_list_model_named_like_the_resource_class_does_not_replace_it() -> None:
    # The subscription's `items` list and the `client.subscription_items` class share a name.
    source = _subscription_items_module("SubscriptionItems")
    assert rebound(source) == []
    assert "class SubscriptionItems(SyncAPIResource):" in source
    assert "self._pager(GetSubscriptionItems, {}, params" in source
    assert "-> SyncPager[models_subscription.SubscriptionItem]:" in source
    assert "Unpack[params_subscription_items.SubscriptionItemListParams]" in source
    assert "from ..models import subscription as models_subscription" in source
    compile(source, "subscription_items.py", "exec")


def test_a_name_bound_twice_is_found() -> None:
    assert rebound("from .a import X\n\n\nclass X:\n    pass\n") == ["X"]
    typing_only = "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from .a import X\n"
    assert rebound(typing_only + "X = 1\n") == ["X"]
    assert rebound("from .a import X\nfrom .b import X\n") == ["X"]
    assert rebound("import a.b\nimport a.c\na = 1\n") == ["a"]


def test_the_same_import_twice_is_one_binding() -> None:
    source = "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n    from .a import X\n"
    assert rebound(source + "from .a import X\n") == []
    assert rebound("from .a import X as Y\nfrom .b import X\n") == []


def test_the_generator_refuses_a_module_that_binds_a_name_twice() -> None:
    with pytest.raises(GenerationError, match=r"resources/clash\.py: Thing"):
        _refuse_rebound_names(
            {
                "resources/fine.py": "from .a import Thing\n",
                "resources/clash.py": "from .a import Thing\n\n\nclass Thing:\n    pass\n",
                "py.typed": "",
            }
        )


def test_no_generated_module_binds_a_name_twice() -> None:
    found = {
        path.relative_to(GENERATED).as_posix(): names
        for path in sorted(GENERATED.rglob("*.py"))
        if (names := rebound(path.read_text(encoding="utf-8")))
    }
    assert found == {}
