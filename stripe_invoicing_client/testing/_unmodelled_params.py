"""Parameters FakeStripe accepts (the spec allows them, `_accepted_params`) but doesn't act on,
per operation, checked before the handler runs (`refuse_before_handler`):

- `INERT`: they change nothing the fake computes, so they are taken and ignored (why, for each);
- `REFUSED`: they would change amounts or state the fake can't compute, so a value other than
  what the fake always behaves as (absent, empty, false, `enabled=false`, or what `allows`
  says) is a 400 naming the parameter, rather than a test passing where Stripe would differ.

Every other accepted parameter is read by its operation's handler.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from attrs import frozen

from ._errors import ApiError
from ._shapes import UNSET


def is_empty(value: Any) -> bool:
    """What the fake always behaves as: nothing sent, cleared, false, or switched off."""
    if isinstance(value, dict):
        return not value or value.get("enabled") is False
    return value is None or value is UNSET or value is False or value in ("", [])


@frozen
class Refused:
    what: str  # what the fake doesn't model, for the message
    # Which values, beyond empty ones, are what the fake always behaves as.
    allows: Callable[[Any], bool] = lambda value: False


def _self_issuer(value: Any) -> bool:
    return is_empty(value) or (value.get("type") == "self" and "account" not in value)


# Acted on: `payment_method_types`, kept and shown by invoices and subscriptions, and a
# subscription's `save_default_payment_method` (`_subscription_payment_settings`).
_MODELLED_PAYMENT_SETTINGS = ("payment_method_types", "save_default_payment_method")


def _card_only(value: Any) -> bool:
    """`payment_settings` the fake acts as: cards only (it charges nothing else), and a
    subscription's `save_default_payment_method`."""
    types = value.get("payment_method_types", [])
    rest = {k: v for k, v in value.items() if k not in _MODELLED_PAYMENT_SETTINGS}
    return types in (UNSET, [], ["card"]) and all(is_empty(v) for v in rest.values())


def _no_issuer_or_tax_ids(value: Any) -> bool:
    """`invoice_settings` of a subscription: another issuer or account tax IDs aren't modelled."""
    return _self_issuer(value.get("issuer")) and is_empty(value.get("account_tax_ids"))


_CONNECT = Refused("Connect (application fees, transfers, on_behalf_of)")
_CONNECT_FEES = dict.fromkeys(
    ("application_fee_percent", "on_behalf_of", "transfer_data"), _CONNECT
)
_ACCOUNT = Refused("customers that are Accounts")
_AUTOMATIC_TAX = Refused("automatic tax")  # `enabled=false` is what the fake always does
_BILLING_THRESHOLDS = Refused("billing thresholds")
_TRIALS = Refused("trials on subscription items")
_PLAN = Refused("plan (the legacy name of a price; send price)")
_PAYMENT_SETTINGS = Refused("payment settings other than cards", _card_only)
_ISSUER = Refused("an issuer other than self", _self_issuer)
_SHIPPING_COST = Refused("shipping costs")
_CURRENCY_OPTIONS = Refused("prices in other currencies (currency_options)")
_CASH_BALANCE = Refused("cash balances")
# `ip_address` only feeds Stripe Tax, which the fake doesn't compute; validating the location
# at once could refuse the customer, which it can't tell.
_TAX_LOCATION = Refused(
    "validating the tax location", lambda value: value.get("validate_location") != "immediately"
)
_SUBSCRIPTION_SETTINGS = {
    "automatic_tax": _AUTOMATIC_TAX,
    "billing_schedules": Refused("billing schedules"),
    "billing_thresholds": _BILLING_THRESHOLDS,
    "invoice_settings": Refused("invoice settings (issuer, tax IDs)", _no_issuer_or_tax_ids),
    "payment_settings": _PAYMENT_SETTINGS,
    # A trial's end always resets the anchor to then (`_subscription_cycle.finish_trial`).
    "trial_settings": Refused(
        "keeping the billing cycle anchor when a trial ends",
        lambda value: (value.get("end_behavior") or {}).get("billing_cycle_anchor", "now") == "now",
    ),
    **_CONNECT_FEES,
}
_INVOICE_SETTINGS = {
    "automatic_tax": _AUTOMATIC_TAX,
    "issuer": _ISSUER,
    "payment_settings": _PAYMENT_SETTINGS,
    "shipping_cost": _SHIPPING_COST,
    "application_fee_amount": _CONNECT,
    "transfer_data": _CONNECT,
}
_QUOTE_SETTINGS = {
    "automatic_tax": _AUTOMATIC_TAX,
    "customer_account": _ACCOUNT,
    "application_fee_amount": _CONNECT,
    **_CONNECT_FEES,
}
_CREDIT_NOTE = {
    "refunds": Refused("linking refunds"),
    "shipping_cost": _SHIPPING_COST,
}

REFUSED: dict[str, dict[str, Refused]] = {
    "PostBillingPortalSessions": {
        "after_expiration": Refused("what happens after a portal session expires"),
        "customer_account": _ACCOUNT,
        "on_behalf_of": _CONNECT,
    },
    "PostCoupons": {"currency_options": _CURRENCY_OPTIONS},
    "PostCouponsCoupon": {"currency_options": _CURRENCY_OPTIONS},
    "PostCreditNotes": _CREDIT_NOTE,
    "GetCreditNotesPreview": _CREDIT_NOTE,
    "GetCreditNotesPreviewLines": _CREDIT_NOTE,
    "PostCustomers": {"cash_balance": _CASH_BALANCE, "tax": _TAX_LOCATION},
    "PostCustomersCustomer": {"cash_balance": _CASH_BALANCE, "tax": _TAX_LOCATION},
    "PostInvoiceitems": {"customer_account": _ACCOUNT},
    "PostInvoices": {
        **_INVOICE_SETTINGS,
        "customer_account": _ACCOUNT,
        "from_invoice": Refused("invoice revisions (from_invoice)"),
    },
    "PostInvoicesInvoice": _INVOICE_SETTINGS,
    "PostInvoicesInvoiceLinesLineItemId": {"tax_amounts": Refused("tax amounts given by hand")},
    "PostPrices": {"currency_options": _CURRENCY_OPTIONS},
    "PostPricesPrice": {"currency_options": _CURRENCY_OPTIONS},
    "PostPromotionCodes": {"customer_account": _ACCOUNT},
    "PostQuotes": _QUOTE_SETTINGS,
    "PostQuotesQuote": _QUOTE_SETTINGS,
    "PostSubscriptionItems": {
        "billing_thresholds": _BILLING_THRESHOLDS,
        "current_trial": _TRIALS,
        "plan": _PLAN,
    },
    "PostSubscriptionItemsItem": {
        "billing_thresholds": _BILLING_THRESHOLDS,
        "current_trial": _TRIALS,
        "plan": _PLAN,
    },
    "PostSubscriptionSchedules": {"customer_account": _ACCOUNT},
    "PostSubscriptions": {
        **_SUBSCRIPTION_SETTINGS,
        "billing_mode": Refused(
            "flexible billing on creation (migrate instead)",
            lambda value: value.get("type") == "classic",
        ),
        "customer_account": _ACCOUNT,
    },
    "PostSubscriptionsSubscriptionExposedId": {
        **_SUBSCRIPTION_SETTINGS,
        "add_invoice_items": Refused("one-off items added by an update"),
    },
}

INERT: dict[str, dict[str, str]] = {
    "DeleteSubscriptionItemsItem": {
        "clear_usage": "the fake's usage comes from meters, which the item doesn't own",
    },
    "GetCreditNotesPreview": {"email_type": "the fake sends no emails"},
    "GetCreditNotesPreviewLines": {"email_type": "the fake sends no emails"},
    "PostCreditNotes": {"email_type": "the fake sends no emails"},
    "GetPaymentIntentsIntent": {
        "client_secret": "only needed with a publishable key; the fake takes secret keys only",
    },
    "PostBillingMeterEventAdjustments": {"type": "`cancel` is its only value"},
    "PostSubscriptionsSubscriptionPause": {"type": "`subscription` is its only value"},
    "PostCustomers": {"validate": "checks a card source; the fake keeps sources as given"},
    "PostCustomersCustomer": {"validate": "checks a card source; the fake keeps sources as given"},
    "PostInvoiceitems": {
        "tax_behavior": "only Stripe Tax reads it; the fake computes no automatic tax",
        "tax_code": "only Stripe Tax reads it; the fake computes no automatic tax",
    },
    "PostInvoiceitemsInvoiceitem": {
        "invoicing_rules": '"" (unset) is its only value, and the fake sets no rules',
        "tax_behavior": "only Stripe Tax reads it; the fake computes no automatic tax",
        "tax_code": "only Stripe Tax reads it; the fake computes no automatic tax",
    },
    # Its template is checked (`_rendering_templates.check_template`), then nothing else of it.
    "PostInvoices": {"rendering": "how the PDF looks; amounts are the same"},
    "PostInvoicesInvoice": {"rendering": "how the PDF looks; amounts are the same"},
    "PostInvoicesInvoicePay": {
        "forgive": "the fake's payment methods pay in full or decline, never partly funded",
        "mandate": "the fake's cards need no mandate",
        "off_session": "the fake's cards never ask the customer to authenticate",
    },
    "PostSubscriptionItemsItem": {
        "off_session": "the fake's cards never ask the customer to authenticate",
    },
    "PostSubscriptionSchedulesScheduleRelease": {
        # Ending with `end_behavior=cancel` cancels when the last phase ends instead.
        "preserve_cancel_date": "the fake's schedules set no cancellation date to keep",
    },
    "PostSubscriptions": {
        "off_session": "the fake's cards never ask the customer to authenticate",
    },
    "PostSubscriptionsSubscriptionExposedId": {
        "off_session": "the fake's cards never ask the customer to authenticate",
    },
}


# Operations whose handler calls `refuse_unmodelled` itself, after Stripe's own errors: a
# finalized invoice's locked fields are refused as Stripe refuses them (`_lifecycle`).
CHECKED_IN_HANDLER = frozenset({"PostInvoicesInvoice"})


def refuse_before_handler(operation_id: str, scope: str, params: dict[str, Any]) -> None:
    if operation_id not in CHECKED_IN_HANDLER:
        refuse_unmodelled(operation_id, scope, params)


def refuse_unmodelled(operation_id: str, scope: str, params: dict[str, Any]) -> None:
    """A 400 naming the first parameter of `REFUSED[operation_id]` sent with a value the fake
    can't act on; `scope` names the operation in the message."""
    for name, refused in REFUSED.get(operation_id, {}).items():
        value = params.get(name)
        if not is_empty(value) and not refused.allows(value):
            raise ApiError.not_modelled(name, scope, f"{refused.what} ({name})")


__all__ = [
    "CHECKED_IN_HANDLER",
    "INERT",
    "REFUSED",
    "Refused",
    "is_empty",
    "refuse_before_handler",
    "refuse_unmodelled",
]
