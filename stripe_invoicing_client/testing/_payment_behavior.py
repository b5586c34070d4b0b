"""`payment_behavior`: what a subscription charged automatically does when an invoice it
makes needs a payment (the API reference's create- and update-a-subscription parameters;
the `stripe` package's `SubscriptionCreateParams` / `SubscriptionUpdateParams`).

On creation, for its first invoice:

- `allow_incomplete` (the default): the invoice is charged; if that fails, the subscription
  is made `incomplete` (and expires 23 hours on unless paid).
- `default_incomplete`: the invoice is finalized but not charged; its PaymentIntent awaits
  the client's confirmation and the subscription stays `incomplete` until the invoice is paid.
- `error_if_incomplete`: the invoice is charged; if that fails, the request fails (a card
  error is Stripe's 402) and nothing is made.
- `pending_if_incomplete` is for updates only; Stripe refuses it on creation.

On an update that invoices at once (`proration_behavior=always_invoice`), for that invoice:
the same, except that a payment that fails (`allow_incomplete`) or isn't attempted
(`default_incomplete`) makes the subscription `past_due`, and `error_if_incomplete` leaves it
as it was. `pending_if_incomplete` asks for pending updates, which the fake doesn't serve: it
refuses them.

On `resume`, for its resumption invoice (`_subscription_resume`): `resume_on_payment_attempt`
(the default) leaves it for a payment to come, the subscription paused until then;
`resume_on_payment_success` charges it in the request, the subscription paused until it is
paid.

Subscriptions sent invoices (`send_invoice`) are active whatever the first invoice's status.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

from attrs import fields

from . import _invoice_status as invoice_status
from ._errors import ApiError
from ._invoice_store import Invoice
from ._payment_intents import open_intent
from ._payment_on_file import nothing_to_charge_error_if_incomplete
from ._state import RequestContext, State
from ._subscription_lifecycle import ACTIVE, INCOMPLETE
from ._subscription_store import Subscription
from ._subscription_views import payment_missed, set_status

ALLOW_INCOMPLETE = "allow_incomplete"
DEFAULT_INCOMPLETE = "default_incomplete"
ERROR_IF_INCOMPLETE = "error_if_incomplete"
PENDING_IF_INCOMPLETE = "pending_if_incomplete"
RESUME_ON_PAYMENT_ATTEMPT = "resume_on_payment_attempt"
RESUME_ON_PAYMENT_SUCCESS = "resume_on_payment_success"


def _not_served(what: str, behavior: str) -> ApiError:
    return ApiError.invalid_request(
        f"FakeStripe does not serve {what} (payment_behavior={behavior}) yet; test them "
        "against Stripe's test mode.",
        param="payment_behavior",
    )


def payment_behavior_of(params: dict[str, Any], *, creating: bool) -> str:
    """The `payment_behavior` a subscription is created (`creating`) or changed with;
    `pending_if_incomplete` is refused before anything changes."""
    behavior = str(params.get("payment_behavior", ALLOW_INCOMPLETE))
    if behavior != PENDING_IF_INCOMPLETE:
        return behavior
    if not creating:
        raise _not_served("pending updates", behavior)
    raise ApiError.invalid_request(
        "payment_behavior=pending_if_incomplete is only for updating a subscription; "
        "it cannot be passed when creating one.",
        param="payment_behavior",
    )


def collect(
    call: RequestContext,
    subscription: Subscription,
    invoice: Invoice,
    behavior: str,
    *,
    first: bool,
) -> None:
    """Collects an open invoice of a subscription charged automatically, as `behavior` says:
    its `first` invoice, or one an update made. Unpaid, the first leaves the subscription
    `incomplete` and an update's makes it `past_due`; with `error_if_incomplete` a failed
    charge is raised instead (the caller puts everything back)."""
    if behavior == DEFAULT_INCOMPLETE:
        open_intent(call, invoice)
    else:
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
                else nothing_to_charge_error_if_incomplete(subscription.customer, first=first)
            )
    if not first:
        payment_missed(call, subscription)


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


def undone_if_refused(state: State, behavior: str) -> AbstractContextManager[None]:
    """Around a request made with `behavior`: with `error_if_incomplete`, `all_or_nothing`
    (a payment that fails puts everything back); otherwise nothing."""
    return all_or_nothing(state) if behavior == ERROR_IF_INCOMPLETE else nullcontext()


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
    "PENDING_IF_INCOMPLETE",
    "RESUME_ON_PAYMENT_ATTEMPT",
    "RESUME_ON_PAYMENT_SUCCESS",
    "all_or_nothing",
    "collect",
    "payment_behavior_of",
    "undone_if_refused",
]
