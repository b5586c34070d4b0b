"""Reading events: which model `data.object` becomes, and that nothing received is lost."""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any

import pytest

from stripe_invoicing_client import models as m
from stripe_invoicing_client._core.check import drift
from stripe_invoicing_client._core.model import Model
from stripe_invoicing_client.errors import FieldNotAvailableError, InvalidParameterError
from stripe_invoicing_client.webhooks import Event, EventData, EventRequest, construct_event
from tests.seeds import seed_invoices

from ._support import NOW, SECRET, customer, encode, envelope, header, invoice_item

INVOICE_EVENTS = [
    "invoice.created",
    "invoice.finalized",
    "invoice.sent",
    "invoice.paid",
    "invoice.payment_failed",
    "invoice.voided",
    "invoice.marked_uncollectible",
    "invoice.updated",
]


def deliver(event: dict[str, Any]) -> Event:
    """Sign and verify `event` the way an endpoint receives it; check it round-trips."""
    body = encode(event)
    parsed = construct_event(body, header(body), SECRET, now=NOW)
    assert parsed.to_dict() == event
    assert parsed.raw == event
    return parsed


def seeds() -> list[tuple[str, dict[str, Any]]]:
    found = seed_invoices()
    # Both API versions must be present, or these tests would silently cover only one.
    assert {label[:3] for label, _ in found} >= {"000", "003"}
    return found


@pytest.mark.parametrize("event_type", INVOICE_EVENTS)
@pytest.mark.parametrize(("label", "invoice"), seeds(), ids=[label for label, _ in seeds()])
def test_invoice_events_around_each_seed(
    event_type: str, label: str, invoice: dict[str, Any]
) -> None:
    extra: dict[str, Any] = {}
    if event_type == "invoice.updated":
        extra = {"data": {"object": invoice, "previous_attributes": {"description": None}}}
    event = deliver(envelope(event_type, copy.deepcopy(invoice), **extra))

    assert event.type == event_type
    assert isinstance(event.data.object, m.Invoice)
    assert event.data.object.id == invoice["id"]
    assert event.data.object.to_dict() == invoice
    if event_type == "invoice.updated":
        assert event.data.previous_attributes == {"description": None}
    else:
        assert event.data.previous_attributes is None


def test_envelope_fields_are_typed() -> None:
    event = deliver(envelope("customer.created", customer()))
    assert event.id == "evt_1QaZ3bLkdIwHu7ixQmN0pR2s"
    assert event.created == NOW - 5
    assert event.livemode is False
    assert event.api_version == "2026-10-28.endive"
    assert event.pending_webhooks == 2
    assert event.request == EventRequest(
        id="req_Tq8wXy2Zb4Cd6E", idempotency_key="5b0e6f1c-aa21-4b1e"
    )
    assert isinstance(event.data, EventData)
    assert event.additional_properties == {"object": "event"}


def test_automatic_events_have_a_null_request() -> None:
    event = deliver(
        envelope("invoice.paid", seeds()[0][1], request={"id": None, "idempotency_key": None})
    )
    assert event.request == EventRequest(id=None, idempotency_key=None)
    assert deliver(envelope("invoice.paid", seeds()[0][1], request=None)).request is None


def test_customer_created() -> None:
    event = deliver(envelope("customer.created", customer()))
    assert isinstance(event.data.object, m.Customer)
    assert event.data.object.email == "billing@atelier.example"
    assert drift(event.data.object) == []


def test_customer_updated_with_previous_attributes() -> None:
    event = deliver(
        envelope(
            "customer.updated",
            customer(),
            data={"object": customer(), "previous_attributes": {"email": "old@atelier.example"}},
        )
    )
    assert isinstance(event.data.object, m.Customer)
    assert event.data.previous_attributes == {"email": "old@atelier.example"}


def test_customer_deleted_with_the_full_object() -> None:
    # Deletion events carry the object as it was; the `deleted` flag rides along if present.
    for gone in (customer(), {**customer(), "deleted": True}):
        event = deliver(envelope("customer.deleted", gone))
        assert isinstance(event.data.object, m.Customer)
        assert event.data.object.id == "cus_RkV2b8pQ3xYz1A"


@pytest.mark.parametrize(
    ("event_type", "kind", "model"),
    [
        ("customer.deleted", "customer", m.DeletedCustomer),
        ("invoice.deleted", "invoice", m.DeletedInvoice),
        ("invoiceitem.deleted", "invoiceitem", m.DeletedInvoiceItem),
    ],
)
def test_deletion_stub(event_type: str, kind: str, model: type) -> None:
    event = deliver(envelope(event_type, {"id": "x_1", "object": kind, "deleted": True}))
    assert isinstance(event.data.object, model)


def test_invoiceitem_created() -> None:
    event = deliver(envelope("invoiceitem.created", invoice_item()))
    assert isinstance(event.data.object, m.InvoiceItem)
    assert event.data.object.amount == 4500
    assert drift(event.data.object) == []


def test_invoice_deleted_with_the_full_object() -> None:
    draft = copy.deepcopy(seeds()[0][1])
    assert isinstance(deliver(envelope("invoice.deleted", draft)).data.object, m.Invoice)


@pytest.mark.parametrize(
    ("event_type", "obj"),
    [
        ("charge.succeeded", {"id": "ch_1", "object": "charge", "amount": 100}),
        ("subscription.created", {"id": "sub_1", "object": "subscription"}),
        ("customer.discount.created", {"id": "di_1", "object": "discount"}),
        ("customer.source.created", {"id": "card_1", "object": "card"}),
        ("customer.source.expiring", {"id": "card_2", "object": "card"}),
        ("checkout.session.completed", {"id": "cs_1", "object": "checkout.session"}),
        ("invoiceitem.created", {"id": "ii_1"}),  # no `object`: not sure what it is
        ("invoice.paid", {"id": "cus_1", "object": "customer"}),  # type and object disagree
        ("customer.created", {"id": "in_1", "object": "invoice"}),
        ("invoices.paid", {"id": "in_1", "object": "invoice"}),
        ("invoice", {"id": "in_1", "object": "invoice"}),
        ("v1.billing.meter.error_report_triggered", {"object": "billing.meter"}),
        ("invoice.paid", {"id": "in_1", "object": ["invoice"]}),
    ],
)
def test_other_events_keep_a_dict(event_type: str, obj: dict[str, Any]) -> None:
    event = deliver(envelope(event_type, obj))
    assert type(event.data.object) is dict
    assert event.data.object == obj


def row(event_type: str, object_type: str, model: type[Model], **fields: Any) -> tuple[Any, ...]:
    """A row of the table below: an event whose object `model` parses."""
    return event_type, {"id": "obj_1", "object": object_type, **fields}, model


@pytest.mark.parametrize(
    ("event_type", "obj", "model"),
    [
        row("invoice_payment.paid", "invoice_payment", m.InvoicePayment, amount_paid=100),
        row("credit_note.created", "credit_note", m.CreditNote),
        row("customer.tax_id.created", "tax_id", m.TaxId),
        row("customer.tax_id.deleted", "tax_id", m.DeletedTaxId, deleted=True),
        row("credit_note.voided", "credit_note", m.CreditNote, total=9),
        row("payment_intent.succeeded", "payment_intent", m.PaymentIntent),
        row("payment_method.attached", "payment_method", m.PaymentMethod),
        row("promotion_code.created", "promotion_code", m.PromotionCode),
        row("quote.finalized", "quote", m.Quote),
        row("subscription_schedule.released", "subscription_schedule", m.SubscriptionSchedule),
        row("billing_portal.session.created", "billing_portal.session", m.BillingPortalSession),
        row("billing.meter.created", "billing.meter", m.BillingMeter),
        # A subscription's events are `customer.subscription.*`, not `subscription.*`.
        row("customer.subscription.created", "subscription", m.Subscription),
        row("customer.subscription.deleted", "subscription", m.Subscription),
        row(
            "test_helpers.test_clock.ready", "test_helpers.test_clock", m.TestClock, status="ready"
        ),
        row(
            "test_helpers.test_clock.deleted",
            "test_helpers.test_clock",
            m.DeletedTestClock,
            deleted=True,
        ),
    ],
)
def test_events_of_the_objects_the_sdk_models_are_typed(
    event_type: str, obj: dict[str, Any], model: type[Model]
) -> None:
    event = deliver(envelope(event_type, obj))
    assert type(event.data.object) is model
    assert event.data.object.to_dict() == obj


def test_unknown_fields_are_kept_at_every_level() -> None:
    event = envelope(
        "invoiceitem.created",
        {**invoice_item(), "brand_new_field": {"nested": [1, 2]}},
        context="acct_1Nv0FGQ9RKHgCVdK",
        future_flag=True,
        request={"id": "req_1", "idempotency_key": None, "source": "dashboard"},
    )
    event["data"]["future_data_field"] = 7
    parsed = deliver(event)
    assert parsed.additional_properties["context"] == "acct_1Nv0FGQ9RKHgCVdK"
    assert parsed.additional_properties["future_flag"] is True
    assert isinstance(parsed.request, EventRequest)
    assert parsed.request.additional_properties == {"source": "dashboard"}
    assert parsed.data.additional_properties == {"future_data_field": 7}
    assert isinstance(parsed.data.object, m.InvoiceItem)
    assert parsed.data.object.additional_properties == {"brand_new_field": {"nested": [1, 2]}}


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("created", "1750000000"),
        ("created", None),
        ("created", 1.5),
        ("livemode", 0),
        ("livemode", None),
        ("api_version", 20261028),
        ("pending_webhooks", True),
        ("pending_webhooks", None),
        ("request", "req_legacy_string_form"),
        ("request", ["req_1"]),
    ],
)
def test_drifted_envelope_fields_raise_when_read_and_are_kept(name: str, value: Any) -> None:
    event = deliver(envelope("customer.created", customer(), **{name: value}))
    with pytest.raises(
        FieldNotAvailableError, match=rf"^Event\.{name}: expected .*, got "
    ) as caught:
        getattr(event, name)
    assert caught.value.present is True and caught.value.value == value
    assert getattr(event, name, "default") == "default"
    assert event.additional_properties[name] == value
    assert event[name] == value  # dict-style access gives what was received


@pytest.mark.parametrize(
    "name", ["created", "livemode", "api_version", "pending_webhooks", "request"]
)
def test_missing_envelope_fields_raise_when_read(name: str) -> None:
    event = envelope("customer.created", customer())
    del event[name]
    parsed = deliver(event)
    with pytest.raises(FieldNotAvailableError, match="another API version") as caught:
        getattr(parsed, name)
    assert caught.value.present is False
    assert not hasattr(parsed, name)
    assert name not in parsed
    assert parsed.id == event["id"]


def test_events_copy_and_pickle_with_unfilled_fields() -> None:
    event = envelope("customer.created", customer(), created="yesterday")
    del event["livemode"]
    parsed = deliver(event)
    for twin in (copy.copy(parsed), copy.deepcopy(parsed), pickle.loads(pickle.dumps(parsed))):
        assert twin == parsed
        assert twin.raw == parsed.raw
        assert twin.to_dict() == event
        assert not hasattr(twin, "livemode")
    assert "created=<not available>" in repr(parsed)


def test_minimal_event() -> None:
    event = deliver({"id": "evt_1", "type": "customer.created", "data": {"object": customer()}})
    assert isinstance(event.data.object, m.Customer)
    assert event.additional_properties == {}


def test_request_with_drifted_members() -> None:
    event = deliver(envelope("customer.created", customer(), request={"id": 5}))
    assert isinstance(event.request, EventRequest)
    # Typed as Stripe sends them; like in the generated models, a drifted value raises when read.
    with pytest.raises(FieldNotAvailableError, match=r"EventRequest\.id: expected str \| None"):
        _ = event.request.id
    with pytest.raises(FieldNotAvailableError, match="another API version"):
        _ = event.request.idempotency_key
    assert event.request.additional_properties == {"id": 5}


@pytest.mark.parametrize("previous", [None, [], "x", 3])
def test_odd_previous_attributes_are_kept(previous: Any) -> None:
    event = envelope("customer.updated", customer())
    event["data"]["previous_attributes"] = previous
    parsed = deliver(event)
    assert parsed.data.previous_attributes is None
    assert parsed.data.additional_properties == {"previous_attributes": previous}


def test_raw_is_independent_of_the_models() -> None:
    event = envelope("invoiceitem.created", {**invoice_item(), "extra": {"a": [1]}})
    parsed = deliver(event)
    assert isinstance(parsed.data.object, m.InvoiceItem)
    parsed.data.object.additional_properties["extra"]["a"].append(2)
    parsed.data.object.description = "changed"
    assert parsed.raw == event
    assert parsed.to_dict()["data"]["object"]["description"] == "changed"


def test_from_dict_reads_an_unsigned_event() -> None:
    event = envelope("invoice.paid", copy.deepcopy(seeds()[0][1]))
    parsed = Event.from_dict(event)
    assert isinstance(parsed.data.object, m.Invoice)
    assert parsed.to_dict() == event
    assert parsed.raw == event
    assert Event.from_dict(json.loads(encode(event))) == parsed


@pytest.mark.parametrize("data", [{}, {"id": "evt_1"}, [], {"object": "invoice", "id": "in_1"}])
def test_from_dict_refuses_what_is_not_an_event(data: Any) -> None:
    with pytest.raises(InvalidParameterError, match="data"):
        Event.from_dict(data)


def test_repr_is_short() -> None:
    event = deliver(envelope("invoice.paid", copy.deepcopy(seeds()[0][1])))
    text = repr(event)
    assert text.startswith("Event(id='evt_1QaZ3bLkdIwHu7ixQmN0pR2s', type='invoice.paid'")
    assert len(text) < 200


def test_events_compare_by_content() -> None:
    event = envelope("customer.created", customer())
    assert deliver(event) == deliver(copy.deepcopy(event))
    assert deliver(event) != deliver({**event, "id": "evt_other"})
