"""Operations the client has but FakeStripe does not serve yet (`_routes.NOT_SERVED`): each
answers a clear 404 naming the operation, never a crash or an `Unrecognized request URL`."""

from __future__ import annotations

import re

import attrs
import pytest

from codegen import operations as table
from stripe_invoicing_client import StripeInvoicing
from stripe_invoicing_client._generated._request_schemas import REQUEST_SCHEMAS
from stripe_invoicing_client._generated.operations import ENDPOINTS
from stripe_invoicing_client.errors import NotFoundError
from stripe_invoicing_client.testing import FakeStripe, _routes
from stripe_invoicing_client.testing import _not_served as not_served

from .conftest import API_KEY
from .support import Api

ENDPOINT = {endpoint.operation_id: endpoint for endpoint in ENDPOINTS}
# Without parameters the request passes the fake's parameter check and reaches the handler.
WITHOUT_REQUIRED = sorted(
    operation_id
    for operation_id in _routes.NOT_SERVED
    if not REQUEST_SCHEMAS[operation_id].get("required")
)


def test_not_served_operations_are_operations_without_a_handler_of_their_own() -> None:
    assert set(ENDPOINT) >= _routes.NOT_SERVED
    assert all(
        _routes.HANDLERS[operation_id].__name__ == "not_served"
        for operation_id in _routes.NOT_SERVED
    )


@pytest.mark.parametrize("operation_id", WITHOUT_REQUIRED)
def test_each_answers_a_404_naming_the_operation(api: Api, operation_id: str) -> None:
    endpoint = ENDPOINT[operation_id]
    path = re.sub(r"\{\w+\}", "x_1", endpoint.path)
    body = api.request(endpoint.method, path, expect=404)
    error = body["error"]
    assert error["type"] == "invalid_request_error"
    assert operation_id in error["message"] and "FakeStripe" in error["message"]


@pytest.fixture
def one_not_served(monkeypatch: pytest.MonkeyPatch) -> str:
    """A retrieve that is not served: the first of the table's, else one made so here (the
    table may be empty while every operation is served), so the mechanism stays tested."""
    op = next(
        (o for o in table.OPERATIONS if o.operation_id in WITHOUT_REQUIRED and o.path_params),
        None,
    )
    if op is not None:
        return op.operation_id
    operation_id = "GetPaymentIntentsIntent"
    handler = not_served.handler_for(operation_id)
    monkeypatch.setattr(
        _routes,
        "ROUTES",
        tuple(
            attrs.evolve(route, handler=handler) if route.operation_id == operation_id else route
            for route in _routes.ROUTES
        ),
    )
    return operation_id


def test_a_not_served_operation_answers_a_404_naming_it(api: Api, one_not_served: str) -> None:
    path = re.sub(r"\{\w+\}", "x_1", ENDPOINT[one_not_served].path)
    error = api.request(ENDPOINT[one_not_served].method, path, expect=404)["error"]
    assert one_not_served in error["message"] and "FakeStripe" in error["message"]


def test_the_client_raises_not_found(fake: FakeStripe, one_not_served: str) -> None:
    # A not-served retrieve, through the client's own error mapping.
    op = next(o for o in table.OPERATIONS if o.operation_id == one_not_served)
    with StripeInvoicing(API_KEY, http_client=fake.sync_http_client()) as client:
        method = client
        for attribute in table.RESOURCES[op.resource].client_path:
            method = getattr(method, attribute)
        with pytest.raises(NotFoundError, match=op.operation_id):
            getattr(method, op.method)(*["x_1"] * len(op.path_params))
