"""`payment_behavior`: what creating a subscription does when its first invoice, collected
automatically, needs a payment (the API reference's create-a-subscription parameter; the
`stripe` package's `SubscriptionCreateParams.payment_behavior`).

- `allow_incomplete` (the default): the invoice is charged; if that fails, the subscription
  is made `incomplete`.
- `default_incomplete`: the invoice is finalized but not charged; its PaymentIntent awaits
  the client's confirmation and the subscription stays `incomplete` until the invoice is paid.
- `error_if_incomplete`: the invoice is charged; if that fails, the request fails (a card
  error is Stripe's 402) and nothing is made.
- `pending_if_incomplete` is for updates only; Stripe refuses it on creation. The fake has no
  pending updates, so it refuses it on updates too.

Subscriptions sent invoices (`send_invoice`) are active whatever the first invoice's status.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from attrs import fields

from . import _invoice_status as invoice_status
from ._errors import ApiError
from ._invoice_store import Invoice
from ._payment_intents import open_intent
from ._payment_on_file import nothing_to_charge_first_invoice
from ._state import RequestContext, State
from ._subscription_lifecycle import ACTIVE, INCOMPLETE
from ._subscription_store import Subscription
from ._subscription_views import set_status

ALLOW_INCOMPLETE = "allow_incomplete"
DEFAULT_INCOMPLETE = "default_incomplete"
ERROR_IF_INCOMPLETE = "error_if_incomplete"
PENDING_IF_INCOMPLETE = "pending_if_incomplete"


def creation_behavior(params: dict[str, Any]) -> str:
    """The `payment_behavior` a subscription is created with."""
    behavior = str(params.get("payment_behavior", ALLOW_INCOMPLETE))
    if behavior == PENDING_IF_INCOMPLETE:
        raise ApiError.invalid_request(
            "payment_behavior=pending_if_incomplete is only for updating a subscription; "
            "it cannot be passed when creating one.",
            param="payment_behavior",
        )
    return behavior


def refuse_pending_updates(params: dict[str, Any]) -> None:
    """An update with `pending_if_incomplete` is refused before anything changes."""
    if params.get("payment_behavior") == PENDING_IF_INCOMPLETE:
        raise ApiError.invalid_request(
            "FakeStripe does not serve pending updates (payment_behavior="
            "pending_if_incomplete) yet; test them against Stripe's test mode.",
            param="payment_behavior",
        )


def collect_first_invoice(
    call: RequestContext, subscription: Subscription, invoice: Invoice, behavior: str
) -> None:
    """Collects the open first invoice of a subscription charged automatically, as
    `behavior` says; with `error_if_incomplete`, a failed charge is raised."""
    if behavior == DEFAULT_INCOMPLETE:
        open_intent(call, invoice)
        return
    failure = invoice_status.charge_automatically(call, invoice)
    if failure is None:
        if subscription.status == INCOMPLETE:
            set_status(call, subscription, ACTIVE)
        return
    if behavior == ERROR_IF_INCOMPLETE:
        # A card's error as it is; nothing on file is the fake's 400, as `pay` answers it.
        raise (
            failure
            if failure.status == 402
            else nothing_to_charge_first_invoice(subscription.customer)
        )


# What a request can't put back: the clock and the ids already handed out.
_KEPT = ("clock", "ids")


@contextmanager
def all_or_nothing(state: State) -> Iterator[None]:
    """On an ApiError, puts `state` back as it was before: nothing made, no events."""
    names = [field.name for field in fields(State) if field.name not in _KEPT]
    saved = copy.deepcopy({name: getattr(state, name) for name in names})
    try:
        yield
    except ApiError:
        for name in names:
            _restore(state, name, saved[name])
        raise


def _restore(state: State, name: str, saved: Any) -> None:
    # In place: whoever holds a container of the state keeps seeing the state's.
    current = getattr(state, name)
    if isinstance(current, dict):
        current.clear()
        current.update(saved)
    elif isinstance(current, list):
        current[:] = saved
    elif isinstance(current, set):
        current.clear()
        current.update(saved)
    else:
        setattr(state, name, saved)


__all__ = [
    "ALLOW_INCOMPLETE",
    "DEFAULT_INCOMPLETE",
    "ERROR_IF_INCOMPLETE",
    "all_or_nothing",
    "collect_first_invoice",
    "creation_behavior",
    "refuse_pending_updates",
]
