"""The time a request runs at: the time of the objects it acts on.

A customer made on a test clock, and everything of theirs (subscriptions, invoices, invoice
items, credit notes, payments, balance transactions, tax IDs, payment methods), lives at the
clock's `frozen_time`, Stripe's time for all objects belonging to the clock; everything else
lives at the fake's own clock's time. Each handler that writes to a customer's objects first
takes its call at that time (`at_time_of` for a customer or an invoice, `now_for` for an object
naming its clock, such as a subscription), so what it stamps (`created`, `status_transitions`,
the events it records) is that time. Whether Stripe dates such events by the clock is not
documented; the fake dates each event at the time its request runs at.
"""

from __future__ import annotations

from ._invoice_store import Invoice
from ._recurring import may_be_due, run_until
from ._state import CallAt, RequestContext, at_time, clock_of_customer, time_on


def now_for(call: RequestContext, clock_id: str | None) -> CallAt:
    """The call at its objects' time, after everything due by then has happened."""
    when = time_on(call.state, clock_id)
    if may_be_due(call.state):
        run_until(call, clock_id, when)
    return at_time(call, when)


def at_time_of(call: RequestContext, owner: str | Invoice) -> CallAt:
    """The call at the time of `owner`: a customer (by id) and all of theirs, or an invoice
    (on its own test clock); `now_for` that clock."""
    if isinstance(owner, Invoice):
        return now_for(call, owner.test_clock)
    return now_for(call, clock_of_customer(call.state, owner))


__all__ = ["at_time_of", "now_for"]
