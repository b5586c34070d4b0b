"""The invoice transitions: finalize, send, pay, void, mark uncollectible.

What each status allows, and where it leads, is `_lifecycle.LIFECYCLE`; these handlers ask
it first and then do the work.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._balance import apply_to_invoice as apply_balance
from ._balance import due_once_finalized, return_to_customer
from ._clock_time import at_time_of
from ._declining_cards import declining_card
from ._errors import ApiError
from ._invoice_payments import Payment, attached, record_payment
from ._invoice_store import Invoice, SentInvoice
from ._invoices import live_invoice
from ._lifecycle import OPEN, PAID, move_to, require, transition
from ._objects import contact_details, expand_paths, invoice_view
from ._payment_intents import cancel_for_void, charge
from ._payment_on_file import (
    OnFile,
    nothing_to_charge,
    nothing_to_charge_automatically,
    payment_on_file,
    subscription_payment_on_file,
)
from ._payment_retries import schedule_retry
from ._reactions import (
    INVOICE_MARKED_UNCOLLECTIBLE,
    INVOICE_PAID,
    INVOICE_PAYMENT_FAILED,
    INVOICE_RETRIES_EXHAUSTED,
    INVOICE_RETRY_DUE,
    react,
    reacts_to,
)
from ._state import JsonObject, RequestContext
from ._subscription_store import Subscription
from ._tax_ids import on_invoice

# A customer whose metadata has this key gets its payments declined, with the value as the
# decline code (e.g. `insufficient_funds`); like `fail_payments_for`, it stands for a card on
# file, so paying without one meets the decline rather than a refusal for nothing to charge.
DECLINE_METADATA_KEY = "fake_decline_code"


def _finalize(call: RequestContext, invoice: Invoice, params: dict[str, Any]) -> None:
    state = call.state
    now = call.now()
    customer = state.customers.get(invoice.customer)
    if customer is not None:
        invoice.customer_details = contact_details(customer)
        invoice.customer_tax_ids = on_invoice(state, customer.id)
        apply_balance(call, invoice, customer)
        if invoice.number is None:
            sequence = customer.next_invoice_sequence
            invoice.number = f"{customer.invoice_prefix}-{sequence:04d}"
            customer.next_invoice_sequence = sequence + 1
    if invoice.number is None:
        invoice.number = f"FAKE-{len(state.invoices):04d}"
    if "auto_advance" in params:
        invoice.auto_advance = params["auto_advance"]
    invoice.status = OPEN
    invoice.finalized_at = now
    invoice.automatically_finalizes_at = None  # only a draft is scheduled to finalize
    invoice.effective_at = invoice.effective_at or now
    if invoice.ending_balance is None:
        invoice.ending_balance = 0
    invoice.webhooks_delivered_at = now
    invoice.hosted_invoice_url = f"https://invoice.stripe.com/i/fake/{invoice.id}"
    invoice.invoice_pdf = f"https://pay.stripe.com/invoice/fake/{invoice.id}/pdf"
    call.emit("invoice.finalized", invoice_view(state, invoice))
    if invoice.amount_due == 0:
        # Nothing to collect: Stripe marks such invoices paid straight away, and attempted
        # (with no attempt counted).
        invoice.attempted = True
        _mark_paid(call, invoice, out_of_band=False)


def _mark_paid(
    call: RequestContext,
    invoice: Invoice,
    out_of_band: bool,
    payment: Payment | None = None,
    on_file: OnFile | None = None,
) -> None:
    """Paid: out of band, by a payment made elsewhere (`payment`), or by charging `on_file`
    through the invoice's PaymentIntent."""
    amount = invoice.amount_remaining
    if not out_of_band and payment is None and amount > 0:
        intent = charge(call, invoice, amount, on_file, None)
        payment = Payment("payment_intent", intent.id)
    invoice.amount_paid += amount
    invoice.amount_remaining = 0
    if out_of_band:
        invoice.amount_paid_off_stripe += amount
    move_to(invoice, PAID)
    invoice.paid_at = call.now()
    view = invoice_view(call.state, invoice)
    call.emit("invoice.paid", view)
    if not out_of_band:
        call.emit("invoice.payment_succeeded", view)
        if payment is not None:  # a payment out of band, or of nothing, records none
            record_payment(call, invoice, amount, payment)
    react(call, INVOICE_PAID, invoice)  # e.g. its subscription is active again


# -- the same transitions for the fake's own callers (recurring billing) ---------------


def settle_by_credit(call: RequestContext, invoice: Invoice) -> None:
    """Credit notes left nothing to pay: the invoice is paid, by no payment."""
    _mark_paid(call, invoice, out_of_band=True)


def finalize_invoice(call: RequestContext, invoice: Invoice) -> None:
    require(invoice, "finalize")
    _finalize(call, invoice, {})


def send_invoice(call: RequestContext, invoice: Invoice) -> None:
    require(invoice, "send")
    _record_sending(call, invoice)


def attempt_payment(call: RequestContext, invoice: Invoice) -> bool:
    """Charges the payment method on file; False (and `invoice.payment_failed`) when the
    payment is declined, or when there is none to charge."""
    return charge_automatically(call, invoice) is None


def charge_automatically(
    call: RequestContext, invoice: Invoice, *, counted: bool = True
) -> ApiError | None:
    """Charges the payment method on file: None once paid, else why it failed (after
    `invoice.payment_failed`), the card's error or that there was none to charge:
    automatic collection isn't refused as `pay` is, the attempt fails as a decline does.
    Not `counted`: an attempt the retry schedule doesn't count, nor reschedules."""
    require(invoice, "pay")
    on_file = payment_on_file(call.state, invoice, {})
    unpayable = None
    if on_file is None and _needs_payment_on_file(call, invoice):
        unpayable = nothing_to_charge_automatically(invoice)
    return _attempt(call, invoice, on_file, unpayable, automatic=counted)


def holds_payment_method(call: RequestContext, subscription: Subscription) -> bool:
    """A charge of `subscription`'s invoices has something to charge: a payment method or
    source on file, or the customer is made to decline (that stands for a card)."""
    on_file = subscription_payment_on_file(call.state, subscription)
    return on_file is not None or _decline_code(call, subscription.customer) is not None


def _attempt(
    call: RequestContext,
    invoice: Invoice,
    on_file: OnFile | None,
    unpayable: ApiError | None = None,
    *,
    automatic: bool,
) -> ApiError | None:
    """Charges `on_file`: the invoice is paid, or the card's error (or `unpayable`, why
    nothing could be charged) is returned after `invoice.payment_failed`. The attempt is
    counted when it is the first or `automatic`: Stripe's `attempt_count` counts the
    retry schedule's attempts, which a manual payment after the first doesn't change."""
    counted = automatic or invoice.attempt_count == 0
    if counted:
        invoice.attempt_count += 1
    invoice.attempted = True
    declined = unpayable or _decline(call, invoice, on_file)
    if declined is not None:
        charge(call, invoice, invoice.amount_remaining, on_file, declined)
        exhausted = counted and schedule_retry(call, invoice)
        call.emit("invoice.payment_failed", invoice_view(call.state, invoice))
        react(call, INVOICE_PAYMENT_FAILED, invoice)  # e.g. a resumption goes past_due
        if exhausted:
            _after_retries(call, invoice)
        return declined
    _mark_paid(call, invoice, out_of_band=False, on_file=on_file)
    return None


@reacts_to(INVOICE_RETRY_DUE)
def retry_payment(call: RequestContext, invoice: Invoice) -> None:
    """A retry of the schedule (`set_retry_schedule`): the payment method on file now is
    charged, and a failure counts and sets the next retry (`_attempt`)."""
    invoice.next_payment_attempt = None
    charge_automatically(call, invoice)


def _after_retries(call: RequestContext, invoice: Invoice) -> None:
    """Every retry failed: the subscription's setting first (its reaction), then the
    invoice's, as the account's settings say."""
    policy = call.state.retry_policy
    react(call, INVOICE_RETRIES_EXHAUSTED, invoice)
    uncollectible = policy is not None and policy.then_invoice == "mark_uncollectible"
    if uncollectible and invoice.status == OPEN:
        mark_invoice_uncollectible(call, invoice)


Transition = Callable[[RequestContext, Invoice], None]


def void_invoice(call: RequestContext, invoice: Invoice) -> None:
    transition(invoice, "void")
    invoice.voided_at = call.now()
    return_to_customer(call, invoice)  # Stripe returns applied balance on void (since 2019-12-03)
    call.emit("invoice.voided", invoice_view(call.state, invoice))
    cancel_for_void(call, invoice)


def mark_invoice_uncollectible(call: RequestContext, invoice: Invoice) -> None:
    transition(invoice, "mark_uncollectible")
    invoice.marked_uncollectible_at = call.now()
    call.emit("invoice.marked_uncollectible", invoice_view(call.state, invoice))
    react(call, INVOICE_MARKED_UNCOLLECTIBLE, invoice)  # e.g. a resumption is settled


def finalize(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    invoice = live_invoice(call.state, ids["invoice"])
    call = at_time_of(call, invoice)
    require(invoice, "finalize")
    _finalize(call, invoice, params)
    return invoice_view(call.state, invoice, expand_paths(params, in_list=False))


def send(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    invoice = live_invoice(state, ids["invoice"])
    call = at_time_of(call, invoice)
    if invoice.collection_method != "send_invoice":
        raise ApiError.invalid_request(
            "Only invoices with collection_method 'send_invoice' can be sent; this one is "
            f"'{invoice.collection_method}'.",
            param="collection_method",
        )
    require(invoice, "send")
    if invoice.status == "draft":
        _finalize(call, invoice, {})
    _record_sending(call, invoice)
    return invoice_view(state, invoice, expand_paths(params, in_list=False))


def _record_sending(call: RequestContext, invoice: Invoice) -> None:
    state = call.state
    state.sent_invoices.append(
        SentInvoice(
            invoice=invoice.id,
            number=invoice.number,
            customer=invoice.customer,
            email=invoice.customer_details.email,
            sent_at=call.now(),
            hosted_invoice_url=invoice.hosted_invoice_url,
        )
    )
    call.emit("invoice.sent", invoice_view(state, invoice))


def _decline(call: RequestContext, invoice: Invoice, on_file: OnFile | None) -> ApiError | None:
    """The card error a charge of `invoice` meets, or None: the customer's payments made to
    fail (`fail_payments_for`, DECLINE_METADATA_KEY), else a declining test card charged."""
    decline_code = _decline_code(call, invoice.customer)
    if decline_code is not None:
        return ApiError(
            402,
            "card_error",
            "Your card was declined.",
            code="card_declined",
            extra={"decline_code": decline_code},
        )
    card = None if on_file is None or on_file.source else declining_card(on_file.id)
    return None if card is None else card.error()


def _needs_payment_on_file(call: RequestContext, invoice: Invoice) -> bool:
    """Paying `invoice` needs a payment method on file: something is left to pay (once a
    draft takes in the customer's balance), and the customer isn't made to decline (that
    stands for a card on file)."""
    if _decline_code(call, invoice.customer) is not None:
        return False
    if invoice.status == "draft":
        return due_once_finalized(invoice, call.state.customers.get(invoice.customer)) > 0
    return invoice.amount_remaining > 0


def _decline_code(call: RequestContext, customer_id: str) -> str | None:
    state = call.state
    if customer_id in state.failing_customers:
        return state.failing_customers[customer_id]
    customer = state.customers.get(customer_id)
    if customer is not None:
        code = customer.metadata.get(DECLINE_METADATA_KEY)
        return str(code) if code else None
    return None


def pay(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    invoice = live_invoice(state, ids["invoice"])
    call = at_time_of(call, invoice)
    require(invoice, "pay")
    on_file = payment_on_file(state, invoice, params)
    out_of_band = bool(params.get("paid_out_of_band"))
    if not out_of_band and on_file is None and _needs_payment_on_file(call, invoice):
        raise nothing_to_charge(invoice)  # before a draft is finalized: nothing is written
    if invoice.status == "draft":
        _finalize(call, invoice, {})
    if invoice.status == PAID:  # a zero-amount draft was paid by finalizing it
        return invoice_view(state, invoice, expand_paths(params, in_list=False))
    if out_of_band:
        _mark_paid(call, invoice, out_of_band=True)
        return invoice_view(state, invoice, expand_paths(params, in_list=False))
    declined = _attempt(call, invoice, on_file, automatic=False)
    if declined is not None:
        # The attempt is recorded on the invoice (and its PaymentIntent) though the request fails.
        raise declined
    return invoice_view(state, invoice, expand_paths(params, in_list=False))


def attach_payment(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    """Links a payment made elsewhere; it pays what the invoice still asks for."""
    invoice = live_invoice(call.state, ids["invoice"])
    call = at_time_of(call, invoice)
    payment = attached(params)
    require(invoice, "attach_payment")
    _mark_paid(call, invoice, out_of_band=False, payment=payment)
    return invoice_view(call.state, invoice, expand_paths(params, in_list=False))


def _close(
    call: RequestContext, ids: dict[str, str], params: dict[str, Any], transition: Transition
) -> JsonObject:
    invoice = live_invoice(call.state, ids["invoice"])
    transition(at_time_of(call, invoice), invoice)
    return invoice_view(call.state, invoice, expand_paths(params, in_list=False))


def void(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    return _close(call, ids, params, void_invoice)


def mark_uncollectible(
    call: RequestContext, ids: dict[str, str], params: dict[str, Any]
) -> JsonObject:
    return _close(call, ids, params, mark_invoice_uncollectible)


__all__ = [
    "DECLINE_METADATA_KEY",
    "attach_payment",
    "finalize",
    "mark_uncollectible",
    "pay",
    "send",
    "void",
]
