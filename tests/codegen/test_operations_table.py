"""The operations table (codegen/operations.py) agrees with everything it drives: the spec, the
generated resources and their signatures, the client's attributes (sync, async, raw), the fake's
routes and handlers, the webhook object table, and README's list of resources."""

from __future__ import annotations

import inspect
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen import operations as table
from codegen.keywords import keywords_for
from stripe_invoicing_client import AsyncStripeInvoicing, StripeInvoicing
from stripe_invoicing_client._core.pagination import AsyncPager, SyncPager
from stripe_invoicing_client._core.resource import AsyncAPIResource, SyncAPIResource
from stripe_invoicing_client._generated import operations
from stripe_invoicing_client._generated.models import webhook_objects
from stripe_invoicing_client.testing import _routes

ROOT = Path(__file__).resolve().parents[2]
KEY = "sk_test_table"


def _spec_operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    document = yaml.safe_load((ROOT / "openapi" / "stripe-invoicing.yaml").read_text("utf-8"))
    found = {}
    for path, item in document["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                found[operation["operationId"]] = (method.upper(), path, operation)
    return found


def _at(root: Any, path: tuple[str, ...]) -> Any:
    for attribute in path:
        root = getattr(root, attribute)
    return root


def test_every_row_is_in_the_spec_with_its_method_and_path_parameters() -> None:
    spec = _spec_operations()
    for op in table.OPERATIONS:
        assert op.operation_id in spec, op.operation_id
        method, path, _ = spec[op.operation_id]
        assert op.http_method == method, op.operation_id
        assert op.path_params == tuple(re.findall(r"\{(\w+)\}", path)), op.operation_id


def test_rows_are_unique_and_name_known_resources() -> None:
    ids = [op.operation_id for op in table.OPERATIONS]
    assert len(ids) == len(set(ids))
    methods = [(op.resource, op.method) for op in table.OPERATIONS]
    assert len(methods) == len(set(methods))
    for op in table.OPERATIONS:
        assert op.resource in table.RESOURCES
    paths = {r.client_path for r in table.RESOURCES.values()}
    assert len(paths) == len(table.RESOURCES)
    for resource in table.RESOURCES.values():
        # Every prefix of a nested resource's path is itself a resource.
        for end in range(1, len(resource.client_path)):
            assert resource.client_path[:end] in paths, resource.attribute


def test_the_generated_package_has_exactly_the_table_s_operations() -> None:
    # Generated from our own spec, which has every row.
    found = [endpoint.operation_id for endpoint in operations.ENDPOINTS]
    assert found == [op.operation_id for op in table.OPERATIONS]


@pytest.mark.parametrize("client_class", [StripeInvoicing, AsyncStripeInvoicing])
def test_the_client_has_every_resource_and_method(client_class: type[Any]) -> None:
    is_async = client_class is AsyncStripeInvoicing
    client = client_class(api_key=KEY)
    raw = client.with_raw_response
    prefix = "Async" if is_async else ""
    for resource in table.RESOURCES.values():
        found = _at(client, resource.client_path)
        assert type(found).__name__ == prefix + resource.classes
        assert isinstance(found, AsyncAPIResource if is_async else SyncAPIResource)
        raw_found = _at(raw, resource.client_path)
        assert type(raw_found).__name__ == f"{prefix}{resource.classes}WithRawResponse"
        ops = [op for op in table.OPERATIONS if op.resource == resource.attribute]
        public = {n for n in vars(type(found)) if not n.startswith("_")}
        children = {
            r.client_path[-1] for r in table.RESOURCES.values() if r.parent == resource.attribute
        }
        assert public - children == {op.method for op in ops}
        for op in ops:
            assert callable(getattr(raw_found, op.method))


@pytest.mark.parametrize("is_async", [False, True], ids=["sync", "async"])
def test_method_signatures_follow_the_table(is_async: bool) -> None:
    client = (AsyncStripeInvoicing if is_async else StripeInvoicing)(api_key=KEY)
    for op in table.OPERATIONS:
        method = getattr(_at(client, table.RESOURCES[op.resource].client_path), op.method)
        pager = op.kind in ("list", "search")
        assert inspect.iscoroutinefunction(method) == (is_async and not pager), op.method
        assert (method.__doc__ or "").split("\n")[0] == op.doc  # then Args, Returns, Raises
        parameters = list(inspect.signature(method).parameters.values())
        positional = [p.name for p in parameters if p.kind is p.POSITIONAL_ONLY]
        assert tuple(positional) == op.path_params, op.operation_id
        keywords = [p.name for p in parameters if p.kind is p.KEYWORD_ONLY]
        expected = ["max_items"] if pager else ["to"] if op.kind == "download" else []
        expected += [k.name for k in keywords_for(op.http_method)]
        assert keywords == expected, op.operation_id
        takes_params = any(p.kind is p.VAR_KEYWORD for p in parameters)
        assert takes_params == (op.kind != "delete"), op.operation_id
        if pager:
            annotation = str(inspect.signature(method).return_annotation)
            wanted = AsyncPager if is_async else SyncPager
            assert annotation.startswith(wanted.__name__), op.operation_id


def test_every_operation_has_a_handler_in_the_fake_and_every_handler_an_operation() -> None:
    records = {endpoint.operation_id: endpoint for endpoint in operations.ENDPOINTS}
    assert set(_routes.HANDLERS) == set(records)
    routed = {route.operation_id: route for route in _routes.ROUTES}
    assert set(routed) == set(records)
    for operation_id, route in routed.items():
        found = records[operation_id]
        assert (route.method, route.template) == (found.method, found.path)


def test_every_route_finds_itself() -> None:
    for route in _routes.ROUTES:
        raw_path = re.sub(r"\{\w+\}", "x_1", route.template)
        found = _routes.find_route(route.method, raw_path)
        assert found is not None and found[0] is route, route.template


def test_webhook_objects_come_from_the_table() -> None:
    prefixes = {r.webhook: r.events or r.webhook + "." for r in table.RESOURCES.values()}
    prefixes.pop("", None)
    assert set(webhook_objects.WEBHOOK_OBJECTS) == set(prefixes)
    for tag, (prefix, full, stub) in webhook_objects.WEBHOOK_OBJECTS.items():
        assert prefix == prefixes[tag]
        assert full.from_dict({"object": tag, "id": "x"}).id == "x"
        if stub is not None:
            assert stub.__name__ == "Deleted" + full.__name__


def test_readme_lists_every_resource_and_method() -> None:
    text = " ".join((ROOT / "README.md").read_text("utf-8").split())
    paragraph = text[text.index("The resources are ") :]
    paragraph = paragraph[: paragraph.index(". ")]
    listed = {
        path: {m.strip(" `") for m in methods.split(",")}
        for path, methods in re.findall(r"`client\.([\w.]+)` \(([^)]*)\)", paragraph)
    }
    expected: dict[str, set[str]] = {}
    for op in table.OPERATIONS:
        path = ".".join(table.RESOURCES[op.resource].client_path)
        expected.setdefault(path, set()).add(op.method)
    assert listed == expected
