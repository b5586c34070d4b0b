"""Nested objects are decoded on first read: `from_dict` checks that a nested value fits its
field (a dict for a model, a list of them for a list), keeps the JSON, and the field's first
read builds the model. These tests pin what a reader sees: the same object on every read
(from any thread), copies and pickles that decode on their own, assignments that win over
what waits, and `to_dict`, `==`, `repr` and `[key]` as if decoded at once."""

from __future__ import annotations

import contextlib
import copy
import functools
import pickle
import sys
import threading
from typing import Any

import pytest

from stripe_invoicing_client._core.field_table import fields_of
from stripe_invoicing_client._generated import models as generated
from stripe_invoicing_client._generated.models import GetEventsResponse200, GetInvoicesResponse200
from stripe_invoicing_client.errors import FieldNotAvailableError, InvalidParameterError
from stripe_invoicing_client.models import (
    Customer,
    Event,
    Invoice,
    InvoiceLines,
    LineItem,
    Model,
)
from tests.codegen import _objects as objects


def _invoice_data() -> dict[str, Any]:
    data = objects.current_invoice()
    data["lines"]["data"] = [objects.line_item()]
    return data


def _invoice() -> Invoice:
    data = _invoice_data()
    data["customer"] = objects.customer("cus_Lazy1")  # expanded: a nested model
    return Invoice.from_dict(data)


def _waiting(model: Any) -> dict[str, Any]:
    try:
        return dict(object.__getattribute__(model, "_later"))
    except AttributeError:
        return {}


def test_a_nested_object_waits_until_read_and_then_is_the_same_object() -> None:
    invoice = _invoice()
    assert {"lines", "customer", "status_transitions"} <= _waiting(invoice).keys()
    lines = invoice.lines
    assert isinstance(lines, InvoiceLines)
    assert isinstance(lines.data[0], LineItem)
    assert invoice.lines is lines  # stored in its slot: later reads are plain slot reads
    assert "lines" not in _waiting(invoice)
    assert isinstance(invoice.customer, Customer)
    assert invoice.customer.id == "cus_Lazy1"


def test_reading_by_key_decodes_too() -> None:
    invoice = _invoice()
    assert isinstance(invoice["lines"], InvoiceLines)
    assert invoice["lines"] is invoice.lines
    assert "customer" in invoice
    assert isinstance(invoice.get("customer"), Customer)


def test_to_dict_equality_and_repr_are_those_of_a_decoded_object() -> None:
    data = objects.current_invoice()
    data["customer"] = objects.customer("cus_Lazy2")
    untouched, read = Invoice.from_dict(data), Invoice.from_dict(data)
    read.lines  # noqa: B018  # one of the two has decoded a field, the other has not
    assert untouched.to_dict() == data
    assert untouched == read
    assert repr(untouched) == repr(read)
    assert "InvoiceLines(" in repr(Invoice.from_dict(data))


def test_the_json_given_is_not_changed_by_decoding() -> None:
    data = _invoice_data()
    before = copy.deepcopy(data)
    invoice = Invoice.from_dict(data)
    invoice.lines.data[0].amount = 1  # a change to the decoded model, not to the source
    assert data == before


def test_a_copy_and_a_pickle_decode_on_their_own() -> None:
    invoice = _invoice()
    shallow = copy.copy(invoice)
    revived = pickle.loads(pickle.dumps(invoice))
    assert isinstance(shallow.lines, InvoiceLines)
    assert "lines" in _waiting(invoice)  # the copy's read left the original's waiting
    assert invoice.lines is not shallow.lines
    assert revived.lines == invoice.lines
    assert copy.deepcopy(invoice) == invoice


def test_an_assignment_wins_over_what_waits() -> None:
    invoice = _invoice()
    invoice.customer = "cus_Other"
    assert invoice.customer == "cus_Other"
    assert invoice.to_dict()["customer"] == "cus_Other"
    assert invoice == Invoice.from_dict(invoice.to_dict())


def test_a_field_read_once_can_be_deleted() -> None:
    # (No `__delattr__` on models: defining one makes every attribute store of `from_dict`
    # ~5x slower. Deleting a field never read raises AttributeError, as for an unfilled one.)
    invoice = _invoice()
    invoice.lines  # noqa: B018
    del invoice.lines
    with pytest.raises(FieldNotAvailableError):
        invoice.lines  # noqa: B018
    assert "lines" not in invoice.to_dict()


def test_threads_reading_a_field_at_once_all_get_one_object() -> None:
    # Many lines make the decoding long, and a tiny switch interval makes threads take turns
    # inside it: without the lock, some reader would get an object that is not kept.
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(5):
            data = _invoice_data()
            data["lines"]["data"] = [objects.line_item(f"il_{n}") for n in range(300)]
            invoice = Invoice.from_dict(data)
            seen: list[object] = []
            start = threading.Barrier(8)

            def read(
                invoice: Invoice = invoice,
                seen: list[object] = seen,
                start: threading.Barrier = start,
            ) -> None:
                start.wait()
                try:
                    seen.append(invoice.lines)
                except AttributeError as error:  # found neither a value nor what waits
                    seen.append(error)

            threads = [threading.Thread(target=read) for _ in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert all(found is invoice.lines for found in seen), seen
    finally:
        sys.setswitchinterval(previous)


def test_a_nested_value_that_does_not_fit_is_kept_at_once_not_on_read() -> None:
    data = objects.current_invoice()
    data["status_transitions"] = ["not", "an", "object"]
    invoice = Invoice.from_dict(data)
    assert "status_transitions" not in _waiting(invoice)
    assert invoice.additional_properties["status_transitions"] == ["not", "an", "object"]
    with pytest.raises(FieldNotAvailableError):
        invoice.status_transitions  # noqa: B018


def test_a_page_decodes_its_items_when_its_data_is_read() -> None:
    page = GetInvoicesResponse200.from_dict(
        objects.list_of("/v1/invoices", objects.current_invoice(), objects.current_invoice())
    )
    items = page.data
    assert [type(item) for item in items] == [Invoice, Invoice]
    assert page.data is items


def _event(event_id: str = "evt_1") -> dict[str, Any]:
    return {
        "id": event_id,
        "object": "event",
        "type": "invoice.paid",
        "data": {"object": objects.current_invoice()},
        "created": 1680064028,
        "livemode": False,
        "pending_webhooks": 0,
        "api_version": None,
        "request": {"id": None, "idempotency_key": None},
    }


# What `Event.from_dict` refuses (not an event), and the path to the field an events page
# leaves unfilled in the Event it still makes of it.
NOT_EVENTS = {
    "data.object null": ({**_event("evt_2"), "data": {"object": None}}, "data.object"),
    "no data.object": ({**_event("evt_2"), "data": {}}, "data.object"),
    "data a list": ({**_event("evt_2"), "data": [1]}, "data"),
    "no data": ({"id": "evt_2", "object": "event", "type": "invoice.paid"}, "data"),
    "no type": ({"id": "evt_2", "object": "event", "data": {"object": {}}}, "type"),
    "id not a str": ({**_event(), "id": 42}, "id"),
}


def test_an_events_page_decodes_its_events_when_its_data_is_read() -> None:
    page = GetEventsResponse200.from_dict(objects.list_of("/v1/events", _event(), _event("evt_2")))
    assert "data" in _waiting(page)
    assert [(type(e), e.id) for e in page.data] == [(Event, "evt_1"), (Event, "evt_2")]


@pytest.mark.parametrize(("odd", "path"), NOT_EVENTS.values(), ids=NOT_EVENTS.keys())
def test_an_events_page_reads_a_malformed_event_like_any_nested_model(
    odd: dict[str, Any], path: str
) -> None:
    # The page kept its whole `data` as received unless every item was event-shaped.
    data = objects.list_of("/v1/events", _event(), odd)
    page = GetEventsResponse200.from_dict(data)
    good, bad = page.data
    assert isinstance(good.data.object, Invoice) and type(bad) is Event
    *parents, name = path.split(".")
    holder = functools.reduce(getattr, parents, bad)
    with pytest.raises(FieldNotAvailableError, match=rf"^{type(holder).__name__}\.{name}: "):
        getattr(holder, name)
    received: dict[str, Any] = odd["data"] if parents else odd
    assert (name in holder.additional_properties) is (name in received)
    assert bad.to_dict() == odd and page.to_dict() == data
    assert page == GetEventsResponse200.from_dict(copy.deepcopy(data))
    assert repr(bad).startswith("Event(") and repr(holder)  # copes with unfilled fields
    with pytest.raises(InvalidParameterError, match="not a Stripe event"):
        Event.from_dict(odd)


def test_an_events_page_holding_a_non_object_keeps_its_data_as_received() -> None:
    # Like every list of models: an item that is not an object does not fit.
    data = objects.list_of("/v1/events", _event())
    data["data"].append("evt_2")
    page = GetEventsResponse200.from_dict(data)
    assert "data" not in _waiting(page)
    with pytest.raises(FieldNotAvailableError, match=r"got list"):
        page.data  # noqa: B018
    assert page.to_dict() == data


# The generated models (the event's `from_dict` refuses what is not an event, on purpose).
MODELS: list[Any] = [
    found
    for found in (getattr(generated, name) for name in generated.__all__)
    if isinstance(found, type) and issubclass(found, Model) and "from_dict" in vars(found)
]
# Nested shapes a field may take at once and decode on first read, or keep as received.
SHAPES: list[Any] = [
    {},
    [{}],
    {"k": {}},
    {"object": "not_modelled", "id": "x", "deleted": True},
    [[]],
    None,
]


@pytest.mark.parametrize("shape", SHAPES, ids=repr)
def test_every_field_of_every_model_decodes_or_is_not_available(shape: Any) -> None:
    # Every field of every model at once holding `shape`: a first read gives a value or
    # FieldNotAvailableError, never another exception (the events page's `data` raised
    # Event.from_dict's InvalidParameterError), and the model still round-trips and compares.
    assert len(MODELS) > 300
    for cls in MODELS:
        data = {key: copy.deepcopy(shape) for _, key, _ in fields_of(cls)}
        model = cls.from_dict(data)
        for name, _, _ in fields_of(cls):
            with contextlib.suppress(FieldNotAvailableError):
                getattr(model, name)
        assert model.to_dict() == data, cls.__name__
        assert model == cls.from_dict(copy.deepcopy(data)), cls.__name__
        repr(model)


def test_models_store_attributes_with_the_plain_slot_setter() -> None:
    # A Python-level `__setattr__` or `__delattr__` anywhere in a model's classes replaces the
    # type's setter for both, and every `fill.x = v` of `from_dict` pays for a Python call.
    for cls in (Invoice, InvoiceLines, LineItem, Customer, GetInvoicesResponse200):
        assert cls.__setattr__ is object.__setattr__, cls
        assert cls.__delattr__ is object.__delattr__, cls
