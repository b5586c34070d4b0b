"""Fuzzing what comes back: models, 200 bodies and error bodies.

* Models: real objects (the seed invoices, from two API versions, and the customers, invoice
  items, invoices with lines and line items the fake returns) mutated at random: keys dropped
  and added, values nulled, scalars changed to another JSON type, strings (enum values
  included) replaced, lists emptied or grown, values replaced by deep nesting. `from_dict`
  never raises, and `from_dict(x).to_dict()` gives `x` back exactly, mutated or not (the
  README promises it for drifted objects too); unmutated objects are checked on their own.
* Through the client (sync and async, over an httpx.MockTransport): a 200 whose body is any
  JSON, any bytes, or a mutated real object gives the model or a `StripeError`, never
  anything else; so does an error status 400..599 with any body and any retry headers, and
  that one is always an `APIStatusError` carrying the status.
"""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, note
from hypothesis import strategies as st

from stripe_invoicing_client import (
    APIResponseError,
    APIStatusError,
    AsyncStripeInvoicing,
    StripeError,
    StripeInvoicing,
)
from stripe_invoicing_client._core.model import Model
from stripe_invoicing_client.models import (
    Customer,
    DeletedInvoice,
    Invoice,
    InvoiceItem,
    LineItem,
)
from stripe_invoicing_client.testing import FakeStripe
from tests.seeds import seed_invoices

from ._support import Figures, SleepLog, fuzz_settings, strict_json

MODEL_EXAMPLES = 3_000
CLIENT_EXAMPLES = 1_500
ERROR_EXAMPLES = 1_500
LONG_FACTOR = 5
KEY = "sk_test_ParserFuzz0123"

MODELS: dict[str, Any] = {
    "invoice": Invoice,
    "customer": Customer,
    "invoiceitem": InvoiceItem,
    "line_item": LineItem,
}


def _fake_objects() -> list[tuple[str, dict[str, Any]]]:
    """Customers, invoice items, invoices (with lines) and line items, as the fake sends them."""
    fake = FakeStripe(seed=7)
    client = StripeInvoicing(KEY, http_client=fake.sync_http_client(api_key=None))
    raw = fake.sync_http_client(api_key=KEY)
    found: list[tuple[str, dict[str, Any]]] = []
    customer = client.customers.create(
        email="fuzz@example.com",
        name="Fuzz Ström",
        address={"line1": "1 Main St", "city": "Zürich", "country": "CH"},
        metadata={"order": "6735", "note": "ünïcode & [brackets]"},
        invoice_settings={"default_payment_method": "pm_card_visa"},
    )
    item = client.invoice_items.create(
        customer=str(customer.id), amount=1234, currency="usd", description="Setup"
    )
    client.invoice_items.create(customer=str(customer.id), amount=99, currency="usd")
    draft = client.invoices.create(
        customer=str(customer.id),
        collection_method="send_invoice",
        days_until_due=30,
        pending_invoice_items_behavior="include",
        metadata={"k": "v"},
    )
    opened = client.invoices.finalize(str(draft.id))
    client.invoices.pay(str(opened.id), paid_out_of_band=True)
    for path in (
        f"/v1/customers/{customer.id}",
        f"/v1/invoiceitems/{item.id}",
        f"/v1/invoices/{draft.id}",
        f"/v1/invoices/{draft.id}?expand[0]=customer",
    ):
        body = raw.get(path).json()
        found.append((f"fake {body['object']} {path.rsplit('/', 1)[-1]}", body))
    lines = raw.get(f"/v1/invoices/{draft.id}/lines").json()
    for line in lines["data"]:
        found.append((f"fake line_item {line['id']}", line))
    return found


def _sources() -> list[tuple[str, Any, dict[str, Any]]]:
    objects = [(f"seed {label}", obj) for label, obj in seed_invoices()] + _fake_objects()
    out = []
    for label, obj in objects:
        out.append((label, MODELS[obj["object"]], obj))
        if obj["object"] == "invoice" and isinstance(obj.get("lines"), dict):
            for line in obj["lines"].get("data", []):
                out.append((f"{label} line", LineItem, line))
    return out


SOURCES = _sources()

# -- JSON values -------------------------------------------------------------------------

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=10),
)


def _json(levels: int) -> st.SearchStrategy[Any]:
    value: st.SearchStrategy[Any] = json_scalars
    for _ in range(levels):
        value = st.one_of(
            json_scalars,
            st.lists(value, max_size=3),
            st.dictionaries(st.text(max_size=6), value, max_size=3),
        )
    return value


json_values = _json(3)


def _kind(value: Any) -> str:
    return type(value).__name__


def _not_of_kind(kind: str) -> Callable[[Any], bool]:
    return lambda value: _kind(value) != kind


def _locations(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Paths to every value inside `value` (not `value` itself)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*path, key)
            yield from _locations(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield (*path, index)
            yield from _locations(item, (*path, index))


def _get(root: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        root = root[part]
    return root


def _deep(depth: int, leaf: Any, dicts: bool) -> Any:
    value = leaf
    for level in range(depth):
        value = {"n": value} if dicts and level % 2 else [value]
    return value


MUTATIONS = ("drop", "add", "null", "retype", "string", "empty", "grow", "deep", "enum")


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, Any, dict[str, Any], list[str]]:
    label, model, base = draw(st.sampled_from(SOURCES))
    obj = copy.deepcopy(base)
    done: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(MUTATIONS))
        paths = list(_locations(obj))
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent, last = _get(obj, path[:-1]), path[-1]
        current = parent[last]
        if kind == "drop" and isinstance(parent, dict):
            del parent[last]
        elif kind == "add":
            target = obj if draw(st.booleans()) else parent
            if isinstance(target, dict):
                target[draw(st.text(max_size=12))] = draw(json_values)
            else:
                target.append(draw(json_values))
        elif kind == "null":
            parent[last] = None
        elif kind == "retype":
            parent[last] = draw(json_values.filter(_not_of_kind(_kind(current))))
        elif kind in ("string", "enum"):
            strings = [p for p in paths if isinstance(_get(obj, p), str)]
            if strings:
                where = draw(st.sampled_from(strings))
                new = draw(
                    st.text(max_size=12)
                    if kind == "string"
                    else st.sampled_from(["future_value", "", "DRAFT", "paid ", "🧾", "null"])
                )
                _get(obj, where[:-1])[where[-1]] = new
        elif kind == "empty" and isinstance(current, (list, dict)):
            current.clear()
        elif kind == "grow" and isinstance(current, list):
            current.extend(draw(st.lists(json_values, min_size=1, max_size=3)))
        elif kind == "deep":
            depth = draw(st.integers(10, 400))
            parent[last] = _deep(depth, draw(json_scalars), draw(st.booleans()))
        else:
            continue
        done.append(f"{kind} {'.'.join(map(str, path))}")
    return label, model, obj, done


# -- models ----------------------------------------------------------------------------


def test_valid_objects_round_trip_exactly(figures: Figures) -> None:
    for label, model, obj in SOURCES:
        parsed = model.from_dict(copy.deepcopy(obj))
        assert strict_json(parsed.to_dict()) == strict_json(obj), label
    figures.add(
        "fuzz parser",
        f"{len(SOURCES)} real objects round-trip exactly: "
        + ", ".join(sorted({model.__name__ for _, model, _ in SOURCES})),
    )


def test_mutated_objects_parse_and_round_trip(figures: Figures, long_run: bool) -> None:
    seen: dict[str, int] = {"examples": 0}
    examples = MODEL_EXAMPLES * (LONG_FACTOR if long_run else 1)

    @fuzz_settings(examples, HealthCheck.filter_too_much)
    @given(mutated())
    def check(case: tuple[str, Any, dict[str, Any], list[str]]) -> None:
        label, model, obj, done = case
        note(f"{label}: {done}")
        seen["examples"] += 1
        for mutation in done:
            kind = mutation.split()[0]
            seen[kind] = seen.get(kind, 0) + 1
        expected = strict_json(obj)
        parsed = model.from_dict(obj)  # must not raise, whatever was done to it
        assert strict_json(obj) == expected, "from_dict changed its input"
        assert strict_json(parsed.to_dict()) == expected

    check()
    kinds = ", ".join(f"{k} {seen.get(k, 0)}" for k in MUTATIONS)
    figures.add(
        "fuzz parser",
        f"models: {seen['examples']} mutated objects from {len(SOURCES)} sources parsed and "
        f"round-tripped (mutations: {kinds})",
    )
    assert seen["examples"] >= examples


# -- through the client ----------------------------------------------------------------


class Answer:
    """What the MockTransport answers next; set by each example."""

    def __init__(self) -> None:
        self.status = 200
        self.body = b""
        self.headers: dict[str, str] = {}
        self.requests = 0
        self.lose_next = False  # the next request reaches the server, its answer is lost

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        if self.lose_next:
            self.lose_next = False
            raise httpx.ReadTimeout("the answer was lost", request=request)
        return httpx.Response(self.status, headers=self.headers, content=self.body)


Op = Callable[[Any], Any]

# Each returns the value, or an awaitable (async client), or a pager to drain.
OPERATIONS: dict[str, Op] = {
    "invoices.retrieve": lambda c: c.invoices.retrieve("in_1"),
    "invoices.finalize": lambda c: c.invoices.finalize("in_1"),
    "invoices.pay": lambda c: c.invoices.pay("in_1", paid_out_of_band=True),
    "invoices.delete": lambda c: c.invoices.delete("in_1"),
    "customers.create": lambda c: c.customers.create(email="a@example.com"),
    "invoice_items.retrieve": lambda c: c.invoice_items.retrieve("ii_1"),
    "invoices.update_line": lambda c: c.invoices.update_line("in_1", "il_1", description="x"),
    "invoices.list": lambda c: c.invoices.list(limit=3, max_items=7),
    "invoices.search": lambda c: c.invoices.search(query="status:'open'", max_items=7),
    "invoices.list_lines": lambda c: c.invoices.list_lines("in_1", max_items=7),
}


# What a successful outcome must be: the model, and for a single object the `object` tag it
# carries (Stripe tags a deleted object with its resource's name). Pagers give item lists.
EXPECTED: dict[str, tuple[type[Model], str | None]] = {
    "invoices.retrieve": (Invoice, "invoice"),
    "invoices.finalize": (Invoice, "invoice"),
    "invoices.pay": (Invoice, "invoice"),
    "invoices.delete": (DeletedInvoice, "invoice"),
    "customers.create": (Customer, "customer"),
    "invoice_items.retrieve": (InvoiceItem, "invoiceitem"),
    "invoices.update_line": (LineItem, "line_item"),
    "invoices.list": (Invoice, None),
    "invoices.search": (Invoice, None),
    "invoices.list_lines": (LineItem, None),
}


def assert_expected(name: str, value: Any) -> None:
    """A success is the model asked for, never a look-alike (`{}`, another object)."""
    model, tag = EXPECTED[name]
    if tag is None:
        assert isinstance(value, list), f"{name}: {type(value).__name__}"
        assert all(isinstance(item, model) for item in value), f"{name}: {value!r:.200}"
        return
    assert isinstance(value, model), f"{name}: {type(value).__name__}"
    data = value.to_dict()
    assert data.get("object") == tag, f"{name}: object={data.get('object')!r}"
    assert isinstance(data.get("id"), str) and data["id"], f"{name}: id={data.get('id')!r}"


async def _outcome(client: Any, op: Op) -> Any:
    result = op(client)
    if hasattr(result, "__aiter__"):
        return [item async for item in result]
    if hasattr(result, "__iter__") and not hasattr(result, "to_dict"):
        return list(result)
    if asyncio.iscoroutine(result):
        return await result
    return result


class Harness:
    """A sync and an async client over one MockTransport, and one event loop for them."""

    def __init__(self) -> None:
        self.answer = Answer()
        transport = httpx.MockTransport(self.answer)
        self.sync_http = httpx.Client(transport=transport)
        self.async_http = httpx.AsyncClient(transport=transport)
        self.sync = StripeInvoicing(KEY, max_retries=1, http_client=self.sync_http)
        self.async_ = AsyncStripeInvoicing(KEY, max_retries=1, http_client=self.async_http)
        self.loop = asyncio.new_event_loop()

    def run(self, name: str, lose_first: bool = False) -> dict[str, Any]:
        """Outcome per client kind: ("ok", value) or ("error", StripeError); anything else
        escapes and fails the test. `lose_first`: each call's first answer is lost."""
        outcomes: dict[str, Any] = {}
        for kind, client in (("sync", self.sync), ("async", self.async_)):
            self.answer.lose_next = lose_first
            try:
                value = self.loop.run_until_complete(_outcome(client, OPERATIONS[name]))
            except StripeError as error:
                str(error), repr(error)  # printing a typed error must not fail either
                outcomes[kind] = ("error", error)
            else:
                outcomes[kind] = ("ok", value)
        return outcomes

    def close(self) -> None:
        self.sync_http.close()
        self.loop.run_until_complete(self.async_http.aclose())
        self.loop.close()


@pytest.fixture
def harness(retry_sleeps: SleepLog) -> Iterator[Harness]:
    made = Harness()
    yield made
    made.close()


def _serialized(value: Any) -> bytes:
    return json.dumps(value).encode()


@st.composite
def _mutated_body(draw: st.DrawFn) -> bytes:
    _, _, obj, _ = draw(mutated())
    return _serialized(obj)


@st.composite
def _page_body(draw: st.DrawFn) -> bytes:
    """A list or search page around mutated objects, itself perhaps drifted."""
    items = [draw(mutated())[2] for _ in range(draw(st.integers(0, 3)))]
    page: dict[str, Any] = {
        "object": draw(st.sampled_from(["list", "search_result", "future"])),
        "data": items,
        "has_more": draw(st.one_of(st.booleans(), json_scalars)),
        "url": "/v1/invoices",
    }
    if draw(st.booleans()):
        page["next_page"] = draw(st.one_of(st.text(max_size=8), json_scalars))
    if draw(st.booleans()):
        del page[draw(st.sampled_from(sorted(page)))]
    return _serialized(page)


ok_bodies = st.one_of(
    json_values.map(_serialized),
    st.binary(max_size=200),
    _mutated_body(),
    _page_body(),
    st.sampled_from([b"", b"{", b"null", b"[]", b"{}", b"\xff\xfe", b"[" * 5000, b"1e999"]),
)


# The client reads JSON whatever the label says (proxies relabel bodies), and must never take
# the label as a reason to accept or to crash.
content_types = st.sampled_from(
    [
        "application/json",
        "application/json; charset=utf-8",
        "text/html; charset=iso-8859-1",
        "application/octet-stream",
        "",
        None,
    ]
)


def test_any_200_body_gives_a_model_or_a_stripe_error(
    harness: Harness, figures: Figures, long_run: bool
) -> None:
    tally: dict[str, int] = {"examples": 0, "ok": 0, "error": 0}
    examples = CLIENT_EXAMPLES * (LONG_FACTOR if long_run else 1)

    @fuzz_settings(examples, HealthCheck.filter_too_much)
    @given(st.sampled_from(sorted(OPERATIONS)), ok_bodies, content_types)
    def check(name: str, body: bytes, content_type: str | None) -> None:
        tally["examples"] += 1
        harness.answer.status, harness.answer.body = 200, body
        harness.answer.headers = {} if content_type is None else {"Content-Type": content_type}
        outcomes = harness.run(name)
        for kind, value in outcomes.values():
            tally[kind] += 1
            if kind == "ok":
                assert_expected(name, value)
            else:
                assert isinstance(value, StripeError), type(value).__name__
        # Both clients read the same bytes the same way.
        assert [k for k, _ in outcomes.values()] == [outcomes["sync"][0]] * 2

    check()
    figures.add(
        "fuzz parser",
        f"client, 200 bodies: {tally['examples']} examples x sync+async over "
        f"{len(OPERATIONS)} operations, {2 * tally['examples']} outcomes: {tally['ok']} parsed, "
        f"{tally['error']} StripeError, 0 other exceptions",
    )


header_text = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=20)
MISSING_BODY = _serialized(
    {"error": {"type": "invalid_request_error", "code": "resource_missing", "message": "gone"}}
)
error_bodies = st.one_of(
    st.binary(max_size=200),
    json_values.map(_serialized),
    st.fixed_dictionaries(
        {
            "error": st.dictionaries(
                st.sampled_from(["type", "message", "code", "param", "decline_code", "doc_url"]),
                json_values,
            )
        }
    ).map(_serialized),
    st.builds(
        lambda t, m, c: _serialized({"error": {"type": t, "message": m, "code": c}}),
        st.sampled_from(["invalid_request_error", "idempotency_error", "card_error", "api_error"]),
        st.text(max_size=30),
        st.one_of(st.none(), st.text(max_size=10)),
    ),
)


def test_any_error_status_and_body_gives_an_api_status_error(
    harness: Harness, figures: Figures, long_run: bool
) -> None:
    tally: dict[str, int] = {"examples": 0}
    examples = ERROR_EXAMPLES * (LONG_FACTOR if long_run else 1)

    @fuzz_settings(examples)
    @given(
        st.sampled_from(sorted(OPERATIONS)),
        # Stripe's "No such ..." comes as a 404: drawn as a pair, besides any status and body.
        st.one_of(st.tuples(st.integers(400, 599), error_bodies), st.just((404, MISSING_BODY))),
        st.dictionaries(
            st.sampled_from(["Retry-After", "Stripe-Should-Retry", "Request-Id", "Content-Type"]),
            header_text,
        ),
        st.booleans(),
    )
    def check(
        name: str, answered: tuple[int, bytes], headers: dict[str, str], lose_first: bool
    ) -> None:
        status, body = answered
        tally["examples"] += 1
        answer = harness.answer
        answer.status, answer.body, answer.headers = status, body, headers
        before = answer.requests
        # A DELETE whose first answer was lost, retried into "No such ...": that first attempt
        # deleted it, so the call reports the deletion (README); any other 404 is an error.
        deleted = (
            name == "invoices.delete" and status == 404 and lose_first and body == MISSING_BODY
        )
        for kind, (outcome, value) in harness.run(name, lose_first).items():
            if deleted:
                assert outcome == "ok", f"{kind}: {value!r}"
                assert value.deleted is True and value.id == "in_1"
                tally["deleted on retry"] = tally.get("deleted on retry", 0) + 1
                continue
            assert outcome == "error", f"{kind}: {status} gave {value!r}"
            assert isinstance(value, APIStatusError), f"{kind}: {type(value).__name__}"
            assert value.http_status == status
            cls = type(value).__name__
            tally[cls] = tally.get(cls, 0) + 1
        assert answer.requests - before <= 4  # max_retries=1, two clients

    check()
    assert tally.get("deleted on retry", 0) > 0  # the case was reached
    classes = ", ".join(f"{k} {v}" for k, v in sorted(tally.items()) if k != "examples")
    figures.add(
        "fuzz parser",
        f"client, error bodies: {tally['examples']} examples x sync+async, statuses "
        f"400..599: all typed ({classes})",
    )


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(
    "body",
    [b'{"object": "list", "has_more": false, "url": "/v1/invoices"}', b'{"data": [1]}', b"{}"],
)
def test_page_without_data_list_raises_a_stripe_error(
    harness: Harness, kind: str, body: bytes
) -> None:
    """Found by the fuzzer above: such a page used to escape as a TypeError from the pager
    (fixed in 6a606f3: a list response that is not a list page is an APIResponseError)."""
    harness.answer.status, harness.answer.body = 200, body
    client = harness.sync if kind == "sync" else harness.async_
    for name in ("invoices.list", "invoices.search", "invoices.list_lines"):
        with pytest.raises(APIResponseError):
            harness.loop.run_until_complete(_outcome(client, OPERATIONS[name]))
