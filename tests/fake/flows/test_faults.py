"""Retries against injected faults, on every mutating call the demo makes.

For each fault kind: the outcome (the call succeeds, or raises the right typed error once
retries are exhausted or the fault is final), how often the backend applied the write (once,
or never), and that every attempt carried the same Idempotency-Key.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import attrs
import pytest

from stripe_invoicing_client import (
    APIConnectionError,
    APIResponseError,
    APIServerError,
    APITimeoutError,
    CardError,
    NotFoundError,
    StripeError,
)
from stripe_invoicing_client.testing import (
    AddLatency,
    DropAfterWrite,
    DropBeforeWrite,
    FailRequest,
    FakeStripe,
    Fault,
    TruncateResponse,
)
from tests.glue import ERROR_FOR_STATUS

from ._support import (
    customer,
    draft,
    new_customer_id,
    new_draft_id,
    new_open_invoice_id,
    no_target,
    paying_with,
    run,
)

# --- the calls --------------------------------------------------------------------------------


@attrs.frozen
class Op:
    operation: str  # the operationId the fake counts writes under
    path: str  # a glob for fake.inject
    event: str  # the event one applied write records
    setup: Callable[[Any], Awaitable[str]]  # gives the id the call needs
    call: Callable[[Any, str], Any]
    status: str | None = None  # the invoice status a successful call returns


async def _open_charged(client: Any) -> str:
    """An open invoice charged to the customer's card (paying it charges `pm_card_visa`)."""
    holder = await customer(client, **paying_with("pm_card_visa"))
    invoice = await draft(client, str(holder.id), collection_method="charge_automatically")
    return str((await run(client.invoices.finalize(str(invoice.id)))).id)


OPS = {
    "create_customer": Op(
        "PostCustomers",
        "/v1/customers",
        "customer.created",
        no_target,
        lambda c, _: c.customers.create(name="Ada", email="ada@example.com"),
    ),
    "create_invoice_item": Op(
        "PostInvoiceitems",
        "/v1/invoiceitems",
        "invoiceitem.created",
        new_customer_id,
        lambda c, cus: c.invoice_items.create(customer=cus, amount=4200, currency="usd"),
    ),
    "create_invoice": Op(
        "PostInvoices",
        "/v1/invoices",
        "invoice.created",
        new_customer_id,
        lambda c, cus: c.invoices.create(
            customer=cus, collection_method="send_invoice", days_until_due=30
        ),
        "draft",
    ),
    "finalize": Op(
        "PostInvoicesInvoiceFinalize",
        "/v1/invoices/*/finalize",
        "invoice.finalized",
        new_draft_id,
        lambda c, inv: c.invoices.finalize(inv),
        "open",
    ),
    "send": Op(
        "PostInvoicesInvoiceSend",
        "/v1/invoices/*/send",
        "invoice.sent",
        new_open_invoice_id,
        lambda c, inv: c.invoices.send(inv),
        "open",
    ),
    "pay": Op(
        "PostInvoicesInvoicePay",
        "/v1/invoices/*/pay",
        "invoice.paid",
        _open_charged,
        lambda c, inv: c.invoices.pay(inv),
        "paid",
    ),
    "void": Op(
        "PostInvoicesInvoiceVoid",
        "/v1/invoices/*/void",
        "invoice.voided",
        new_open_invoice_id,
        lambda c, inv: c.invoices.void(inv),
        "void",
    ),
}


# --- the faults -------------------------------------------------------------------------------


@attrs.frozen
class Scenario:
    fault: Fault
    times: int | None  # how many attempts meet the fault (None: every one)
    attempts: int  # requests the fake should see
    writes: int  # writes it should apply
    error: type[StripeError] | None = None  # None: the call succeeds
    delays: tuple[float, ...] | None = None  # exact retry waits, when the server sets them
    options: dict[str, Any] = attrs.field(factory=dict)


RETRIED_STATUSES = {status: ERROR_FOR_STATUS[status] for status in (409, 429, 500, 502, 503, 504)}

SCENARIOS: dict[str, Scenario] = {}
for _status, _error in RETRIED_STATUSES.items():
    SCENARIOS[f"fail-{_status}-then-ok"] = Scenario(FailRequest(_status), 1, 2, 1)
    SCENARIOS[f"fail-{_status}-retry-after-0-then-ok"] = Scenario(
        FailRequest(_status, retry_after=0), 1, 2, 1, delays=(0.0,)
    )
    SCENARIOS[f"fail-{_status}-exhausted"] = Scenario(FailRequest(_status), None, 3, 0, _error)
    SCENARIOS[f"fail-{_status}-retry-after-0-exhausted"] = Scenario(
        FailRequest(_status, retry_after=0), None, 3, 0, _error, delays=(0.0, 0.0)
    )
    SCENARIOS[f"fail-{_status}-should-retry-false"] = Scenario(
        FailRequest(_status, should_retry=False), None, 1, 0, _error
    )
for _status in (400, 401, 403, 404):  # final: one attempt, nothing written
    SCENARIOS[f"fail-{_status}"] = Scenario(
        FailRequest(_status, "invalid_request_error"), None, 1, 0, ERROR_FOR_STATUS[_status]
    )

SCENARIOS.update(
    {
        "fail-429-retry-after-2": Scenario(
            FailRequest(429, "rate_limit_error", retry_after=2), 1, 2, 1, delays=(2.0,)
        ),
        "fail-503-retry-after-120-capped": Scenario(
            FailRequest(503, retry_after=120), 1, 2, 1, delays=(60.0,)
        ),
        "fail-400-should-retry-true": Scenario(
            FailRequest(400, "invalid_request_error", should_retry=True), 1, 2, 1
        ),
        "fail-402-should-retry-true": Scenario(
            FailRequest(402, "card_error", code="card_declined", should_retry=True), 1, 2, 1
        ),
        "fail-501": Scenario(FailRequest(501), None, 1, 0, APIServerError),
        "fail-503-max-retries-0": Scenario(
            FailRequest(503), 1, 1, 0, APIServerError, options={"max_retries": 0}
        ),
        "fail-503-max-retries-4": Scenario(FailRequest(503), 4, 5, 1, options={"max_retries": 4}),
        "drop-before-write-then-ok": Scenario(DropBeforeWrite(), 1, 2, 1),
        "drop-before-write-exhausted": Scenario(DropBeforeWrite(), None, 3, 0, APIConnectionError),
        "read-timeout-then-ok": Scenario(DropAfterWrite("read_timeout"), 1, 2, 1),
        "read-timeout-twice-then-ok": Scenario(DropAfterWrite("read_timeout"), 2, 3, 1),
        "read-timeout-exhausted": Scenario(
            DropAfterWrite("read_timeout"), None, 3, 1, APITimeoutError
        ),
        "protocol-error-then-ok": Scenario(DropAfterWrite("remote_protocol_error"), 1, 2, 1),
        "protocol-error-exhausted": Scenario(
            DropAfterWrite("remote_protocol_error"), None, 3, 1, APIConnectionError
        ),
        "truncated-then-ok": Scenario(TruncateResponse(), 1, 2, 1),
        "truncated-empty-then-ok": Scenario(TruncateResponse(keep_bytes=0), 1, 2, 1),
        "truncated-exhausted": Scenario(TruncateResponse(), None, 3, 1, APIResponseError),
    }
)


# Every fault kind runs on every call; the variants of each status (with and without
# Retry-After, exhausted, Stripe-Should-Retry) run on a create and an action, to stay fast.
EVERY_CALL = {
    "fail-409-then-ok",
    "fail-429-retry-after-0-then-ok",
    "fail-500-exhausted",
    "fail-502-then-ok",
    "fail-503-should-retry-false",
    "fail-504-retry-after-0-exhausted",
    "fail-400-should-retry-true",
    "fail-400",
    "drop-before-write-then-ok",
    "drop-before-write-exhausted",
    "read-timeout-then-ok",
    "read-timeout-exhausted",
    "protocol-error-then-ok",
    "protocol-error-exhausted",
    "truncated-then-ok",
    "truncated-exhausted",
}
SAMPLE_CALLS = ("create_invoice", "pay")
CASES = [
    pytest.param(name, op, id=f"{name}-{op}")
    for name in sorted(SCENARIOS)
    for op in (sorted(OPS) if name in EVERY_CALL else SAMPLE_CALLS)
]


async def _attempt(client: Any, op: Op, target: str) -> tuple[Any, StripeError | None]:
    try:
        return await run(op.call(client, target)), None
    except StripeError as error:
        return None, error


def _events(fake: FakeStripe, kind: str) -> int:
    return sum(1 for event in fake.events if event["type"] == kind)


def _check_backoff(delays: list[float]) -> None:
    # 0.5 s, 1 s, 2 s ... each scaled by a jitter factor in [0.75, 1].
    for retry, delay in enumerate(delays):
        nominal = min(0.5 * 2**retry, 8.0)
        assert 0.75 * nominal <= delay <= nominal


def test_every_status_and_fault_kind_is_covered() -> None:
    assert EVERY_CALL.issubset(SCENARIOS)
    for status in RETRIED_STATUSES:
        variants = {name for name in SCENARIOS if name.startswith(f"fail-{status}-")}
        assert len(variants) >= 5
    kinds = {type(SCENARIOS[name].fault) for name in EVERY_CALL}
    assert kinds == {FailRequest, DropBeforeWrite, DropAfterWrite, TruncateResponse}


@pytest.mark.parametrize(("name", "op_name"), CASES)
async def test_fault(
    make_client: Any,
    fake: FakeStripe,
    sleeps: list[float],
    name: str,
    op_name: str,
) -> None:
    scenario, op = SCENARIOS[name], OPS[op_name]
    client = make_client(**scenario.options)
    target = await op.setup(client)
    start, events = len(fake.requests), _events(fake, op.event)
    del sleeps[:]
    fake.inject(scenario.fault, times=scenario.times, method="POST", path=op.path)

    result, error = await _attempt(client, op, target)

    if scenario.error is None:
        assert error is None, f"expected success, got {error!r}"
        assert result.id
        if op.status is not None:
            assert result.status == op.status
    else:
        assert type(error) is scenario.error, f"expected {scenario.error.__name__}, got {error!r}"
        if scenario.error is APIConnectionError:
            assert not isinstance(error, APITimeoutError)

    attempts = fake.requests[start:]
    assert len(attempts) == scenario.attempts
    keys = {r.headers.get("idempotency-key") for r in attempts}
    assert len(keys) == 1 and None not in keys and "" not in keys
    assert {r.path for r in attempts} == {attempts[0].path}
    assert {r.operation for r in attempts if r.operation} <= {op.operation}

    # Exactly once (or never), whatever the number of attempts.
    assert fake.write_count(op.operation) == scenario.writes
    assert _events(fake, op.event) - events == scenario.writes
    if op_name == "send":
        assert len(fake.sent_invoices) == scenario.writes

    assert len(sleeps) == scenario.attempts - 1
    if scenario.delays is not None:
        assert tuple(sleeps) == scenario.delays
    else:
        _check_backoff(sleeps)


async def test_every_attempt_after_a_lost_response_is_a_replay(
    client: Any, fake: FakeStripe
) -> None:
    cus = await new_customer_id(client)
    fake.inject(DropAfterWrite(), times=2, method="POST", path="/v1/invoices")
    invoice = await run(client.invoices.create(customer=cus, idempotency_key="order-6735"))
    attempts = fake.requests[-3:]
    assert [r.replayed for r in attempts] == [False, True, True]
    assert {r.headers["idempotency-key"] for r in attempts} == {"order-6735"}
    assert [w.idempotency_key for w in fake.writes if w.operation == "PostInvoices"] == [
        "order-6735"
    ]
    assert (await run(client.invoices.retrieve(str(invoice.id)))).status == "draft"


async def test_a_lost_decline_is_replayed_as_a_card_error(client: Any, fake: FakeStripe) -> None:
    invoice_id = await _open_charged(client)
    invoice = await run(client.invoices.retrieve(invoice_id))
    fake.fail_payments_for(str(invoice.customer), "insufficient_funds")
    fake.inject(DropAfterWrite(), method="POST", path="/v1/invoices/*/pay")
    with pytest.raises(CardError) as info:
        await run(client.invoices.pay(invoice_id))
    assert info.value.decline_code == "insufficient_funds"
    after = await run(client.invoices.retrieve(invoice_id))
    assert after.attempt_count == 1  # the card was tried once, not once per attempt
    assert fake.requests[-2].replayed is True


# --- latency ----------------------------------------------------------------------------------

LATENCY, TIMEOUT = 0.2, 0.05


@pytest.mark.parametrize("op_name", ["create_invoice", "pay"])
async def test_latency_longer_than_the_timeout_is_retried(
    make_client: Any, fake: FakeStripe, op_name: str
) -> None:
    op = OPS[op_name]
    client = make_client(timeout=TIMEOUT)
    target = await op.setup(client)
    start = len(fake.requests)
    fake.inject(AddLatency(LATENCY), times=1, method="POST", path=op.path)
    result = await run(op.call(client, target))
    assert result.id
    attempts = fake.requests[start:]
    assert len(attempts) == 2  # the slow attempt timed out, the retry went through
    assert len({r.headers["idempotency-key"] for r in attempts}) == 1
    assert fake.write_count(op.operation) == 1


async def test_latency_on_every_attempt_raises_a_timeout(
    make_client: Any, fake: FakeStripe
) -> None:
    client = make_client(timeout=TIMEOUT, max_retries=1)
    cus = await new_customer_id(client)
    fake.inject(AddLatency(LATENCY), times=None, method="POST", path="/v1/invoices")
    with pytest.raises(APITimeoutError):
        await run(client.invoices.create(customer=cus))
    assert fake.write_count("PostInvoices") <= 1


async def test_latency_shorter_than_the_timeout_is_just_slow(
    make_client: Any, fake: FakeStripe
) -> None:
    client = make_client(timeout=5.0)
    cus = await new_customer_id(client)
    fake.inject(AddLatency(0.05), times=None, method="POST", path="/v1/invoices")
    invoice = await run(client.invoices.create(customer=cus))
    assert invoice.status == "draft"
    assert fake.write_count("PostInvoices") == 1
    assert fake.requests[-1].status == 200


# --- DELETE after a lost response ---------------------------------------------------------------

DELETES = {
    "invoice": ("/v1/invoices/*", "DeleteInvoicesInvoice", new_draft_id, "invoices"),
    "invoice_item": (
        "/v1/invoiceitems/*",
        "DeleteInvoiceitemsInvoiceitem",
        lambda c: _item(c),
        "invoice_items",
    ),
    "customer": ("/v1/customers/*", "DeleteCustomersCustomer", new_customer_id, "customers"),
}


async def _item(client: Any) -> str:
    cus = await new_customer_id(client)
    created = await run(client.invoice_items.create(customer=cus, amount=100, currency="usd"))
    return str(created.id)


@pytest.mark.parametrize("error", ["read_timeout", "remote_protocol_error"])
@pytest.mark.parametrize("kind_name", sorted(DELETES))
async def test_delete_retried_after_a_lost_response_reports_the_deletion(
    client: Any, fake: FakeStripe, kind_name: str, error: Any
) -> None:
    """Finding: the first DELETE is applied and its answer lost; the retry gets a 404 (Stripe
    ignores idempotency keys on DELETE). The SDK takes that 404 as the deletion it asked for
    and returns the Deleted* object, instead of raising NotFoundError."""
    path, operation, setup, resource = DELETES[kind_name]
    target = await setup(client)
    start = len(fake.requests)
    fake.inject(DropAfterWrite(error), method="DELETE", path=path)
    deleted = await run(getattr(client, resource).delete(target))
    assert deleted.deleted is True and deleted.id == target
    attempts = fake.requests[start:]
    assert [r.status for r in attempts] == [200, 404]
    assert attempts[0].headers["idempotency-key"] == attempts[1].headers["idempotency-key"]
    assert fake.write_count(operation) == 1
    if kind_name == "customer":
        assert (await run(client.customers.retrieve(target))).deleted is True
    else:
        with pytest.raises(NotFoundError):
            await run(getattr(client, resource).retrieve(target))


NEVER_APPLIED: dict[str, Fault] = {
    "drop-before-write": DropBeforeWrite(),
    "fail-429": FailRequest(429, "rate_limit_error", retry_after=0),
    "fail-409": FailRequest(409, "invalid_request_error", code="lock_timeout"),
    "fail-503": FailRequest(503),
}


@pytest.mark.parametrize("fault", sorted(NEVER_APPLIED))
@pytest.mark.parametrize("kind_name", sorted(DELETES))
async def test_delete_of_a_missing_object_is_not_found_even_after_a_retry(
    client: Any, fake: FakeStripe, kind_name: str, fault: str
) -> None:
    """A 404 on retry only counts as "deleted" when an earlier attempt may have been applied;
    after a refused connection or an error status, the object never existed: NotFoundError."""
    path, operation, _, resource = DELETES[kind_name]
    prefix = {"invoice": "in", "invoice_item": "ii", "customer": "cus"}[kind_name]
    missing = f"{prefix}_neverExisted"
    fake.inject(NEVER_APPLIED[fault], method="DELETE", path=path)
    with pytest.raises(NotFoundError) as info:
        await run(getattr(client, resource).delete(missing))
    assert info.value.code == "resource_missing"
    assert len(fake.requests) == 2
    assert fake.write_count(operation) == 0


@pytest.mark.parametrize("kind_name", sorted(DELETES))
async def test_delete_retried_after_a_truncated_success_reports_the_deletion(
    client: Any, fake: FakeStripe, kind_name: str
) -> None:
    path, operation, setup, resource = DELETES[kind_name]
    target = await setup(client)
    fake.inject(TruncateResponse(), method="DELETE", path=path)
    deleted = await run(getattr(client, resource).delete(target))
    assert deleted.deleted is True and deleted.id == target
    assert fake.write_count(operation) == 1


@pytest.mark.parametrize("kind_name", sorted(DELETES))
async def test_delete_of_a_missing_object_without_faults_is_not_found(
    client: Any, kind_name: str
) -> None:
    _, _, _, resource = DELETES[kind_name]
    prefix = {"invoice": "in", "invoice_item": "ii", "customer": "cus"}[kind_name]
    with pytest.raises(NotFoundError):
        await run(getattr(client, resource).delete(f"{prefix}_neverExisted"))
