"""A subscription's `payment_settings` (the create- and update-a-subscription parameters; the
`stripe` package's `SubscriptionCreateParamsPaymentSettings` and `Subscription.PaymentSettings`):

- `save_default_payment_method`: `off` (the default) or `on_subscription`, under which a
  payment that succeeds for one of the subscription's invoices makes its payment method the
  subscription's `default_payment_method`, which later invoices are charged with. Stripe says
  "when payment succeeds", any of its invoices, not only the first; a legacy source, a payment
  out of band or one made elsewhere (`attach_payment`) names no payment method and saves none.
- `payment_method_types`: kept as sent; only cards are taken (`_unmodelled_params`), and the
  fake charges cards whatever the list says.

`payment_method_options` are refused (`_unmodelled_params`).
"""

from __future__ import annotations

from typing import Any

from ._invoice_store import Invoice, payment_method_types_sent
from ._payment_intent_store import SUCCEEDED
from ._reactions import INVOICE_PAID, reacts_to
from ._state import RequestContext, State
from ._subscription_store import Subscription
from ._subscription_views import emit_updated, subscription_view

ON_SUBSCRIPTION = "on_subscription"


def apply_payment_settings(subscription: Subscription, params: dict[str, Any]) -> None:
    """`params["payment_settings"]`, on creation or update: what is sent changes, the rest
    stays; an empty `payment_method_types` clears it."""
    given = params.get("payment_settings")
    if not isinstance(given, dict):
        return
    if "save_default_payment_method" in given:
        subscription.save_default_payment_method = given["save_default_payment_method"]
    subscription.payment_method_types = payment_method_types_sent(
        given, subscription.payment_method_types
    )


def _paid_with(state: State, invoice: Invoice) -> str | None:
    """The payment method of the payment that paid `invoice` through its PaymentIntent."""
    for intent in state.payment_intents.values():
        if intent.invoice == invoice.id and intent.status == SUCCEEDED:
            return intent.payment_method
    return None


@reacts_to(INVOICE_PAID)
def save_default_payment_method(call: RequestContext, invoice: Invoice) -> None:
    """`on_subscription`: the payment method that paid one of its invoices becomes the
    subscription's default."""
    state = call.state
    subscription = state.subscriptions.get(invoice.subscription or "")
    if subscription is None or subscription.save_default_payment_method != ON_SUBSCRIPTION:
        return
    method = _paid_with(state, invoice)
    if method is None or method == subscription.default_payment_method:
        return
    before = subscription_view(state, subscription)
    subscription.default_payment_method = method
    emit_updated(call, before, subscription)


__all__ = ["ON_SUBSCRIPTION", "apply_payment_settings", "save_default_payment_method"]
