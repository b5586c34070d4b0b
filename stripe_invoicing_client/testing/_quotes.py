"""Quotes: a draft priced from prices (`_quote_lines`), finalized (open: numbered, expiring),
then accepted (`_quote_accept`: into a finalized invoice, or a subscription when it has
recurring prices) or canceled; its lines and its PDF.

    draft --finalize--> open --accept--> accepted
    draft, open --cancel, or `expires_at` passing--> canceled

Its `discounts` (`_quote_discounts`) are checked when set, shown in its totals, redeemed when
it is accepted and carried to what it becomes; so are its tax rates. Both price its lines and
totals as the invoice it becomes (`_quote_math`).

Time for a quote is its test clock's (its own `test_clock`, or its customer's), else the
fake's: it expires as that clock passes `expires_at` (`QUOTE_EXPIRES`, a reaction).
"""

from __future__ import annotations

import copy
from collections.abc import Set as AbstractSet
from typing import Any

from ._customers import live_customer
from ._errors import ApiError
from ._listing import Listing, list_handler
from ._objects import expand_customer, expand_paths, merged_metadata, paths_within
from ._pagination import list_page
from ._pdf import quote_pdf
from ._quote_accept import accept_into
from ._quote_discounts import apply_discounts, copy_discounts
from ._quote_lines import apply_lines, copy_lines
from ._quote_math import apply_tax_rates, price
from ._quote_store import (
    ACCEPTED,
    CANCELED,
    DRAFT,
    OPEN,
    FromQuote,
    Quote,
    QuoteLine,
    render_quote,
    render_quote_line,
)
from ._reactions import QUOTE_EXPIRES, reacts_to
from ._shapes import UNSET
from ._state import CallAt, FileBody, Finder, JsonObject, RequestContext, State, at_time, time_on
from ._test_clocks import live_clock

DAY = 86_400
DEFAULT_EXPIRY_DAYS = 30
DEFAULT_DAYS_UNTIL_DUE = 30
_PLAIN_FIELDS = ("description", "footer", "header")
# What `from_quote` can be sent with.
_WITH_FROM_QUOTE = frozenset({"from_quote", "expires_at", "expand"})
# What an open quote can still be updated with.
_OPEN_UPDATES = frozenset({"expires_at", "expand"})


live_quote = Finder(lambda state: state.quotes, "quote", "quote")


def quote_view(state: State, quote: Quote, expand: AbstractSet[str] = frozenset()) -> JsonObject:
    # Of the expandable fields only `customer` is expanded, as for invoices; `line_items` are
    # included when named, or a path through them is (`line_items.data.price.tiers`).
    in_lines = paths_within(expand, "line_items.")
    in_price = paths_within(in_lines, "data.price.")
    view = render_quote(
        quote, with_lines="line_items" in expand or bool(in_lines), in_price=in_price
    )
    return expand_customer(state, view, expand)


def _refuse(quote: Quote, action: str) -> ApiError:
    return ApiError.invalid_request(
        f"This quote cannot be {action} because it has a status of {quote.status}."
    )


def _at(call: RequestContext, quote: Quote) -> CallAt:
    """The call at the quote's time (its test clock's, if it has one)."""
    return at_time(call, time_on(call.state, quote.test_clock))


def _future(at: RequestContext, when: int) -> int:
    if when <= at.now():
        raise ApiError.invalid_request(
            "The quote's expires_at must be in the future.", param="expires_at"
        )
    return when


def _given(params: dict[str, Any], name: str) -> Any:
    return None if params[name] is UNSET else params[name]


def _apply_subscription_data(quote: Quote, given: dict[str, Any]) -> None:
    data = quote.subscription_data
    if "description" in given:
        data.description = _given(given, "description")
    if "effective_date" in given:
        if given["effective_date"] == "current_period_end":
            raise ApiError.invalid_request(
                "effective_date=current_period_end is for quotes that update a subscription; "
                "FakeStripe does not serve those.",
                param="subscription_data[effective_date]",
            )
        data.effective_date = _given(given, "effective_date")
    if "metadata" in given:
        # Declarative: what is sent replaces what was there.
        data.metadata = {k: v for k, v in given["metadata"].items() if v not in ("", UNSET)}
    if "trial_period_days" in given:
        data.trial_period_days = _given(given, "trial_period_days")


def _apply(call: RequestContext, quote: Quote, params: dict[str, Any]) -> None:
    state = call.state
    if "customer" in params:
        quote.customer = live_customer(state, params["customer"]).id
    if "line_items" in params:
        apply_lines(call, quote, params["line_items"])
    for name in _PLAIN_FIELDS:
        if name in params:
            setattr(quote, name, _given(params, name))
    if "metadata" in params:
        quote.metadata = merged_metadata(quote.metadata, params["metadata"])
    if "subscription_data" in params:
        _apply_subscription_data(quote, params["subscription_data"])
    if "collection_method" in params:
        quote.collection_method = params["collection_method"]
    days = (params.get("invoice_settings") or {}).get("days_until_due")
    if days is not None:
        quote.days_until_due = days
    if quote.collection_method == "send_invoice" and quote.days_until_due is None:
        quote.days_until_due = DEFAULT_DAYS_UNTIL_DUE
    apply_discounts(call, quote, params)
    apply_tax_rates(call, quote, params)
    price(state, quote)


def _clock_for(call: RequestContext, params: dict[str, Any], source: Quote | None) -> str | None:
    """The quote's test clock: the one given, or its customer's (they must agree)."""
    customer_id = params.get("customer", source.customer if source else None)
    customer_clock = None
    if customer_id is not None:
        customer_clock = live_customer(call.state, customer_id).test_clock
    if "test_clock" not in params:
        return customer_clock if source is None else source.test_clock
    clock = live_clock(call.state, params["test_clock"]).id
    if customer_clock is not None and clock != customer_clock:
        raise ApiError.invalid_request(
            f"The quote's test clock ({clock}) must be its customer's ({customer_clock}).",
            param="test_clock",
        )
    return clock


def _cloned(call: RequestContext, params: dict[str, Any]) -> Quote | None:
    """The quote `from_quote` names, after checking nothing else was sent with it."""
    if "from_quote" not in params:
        return None
    for name in params:
        if name not in _WITH_FROM_QUOTE:
            raise ApiError.invalid_request(
                f"{name} cannot be sent with from_quote (only expires_at can).", param=name
            )
    source = live_quote(call.state, params["from_quote"]["quote"], "from_quote[quote]")
    if params["from_quote"].get("is_revision") and source.status != OPEN:
        raise ApiError.invalid_request(
            f"Only an open quote can be revised; {source.id} is {source.status}.",
            param="from_quote[quote]",
        )
    if source.status == CANCELED:
        raise ApiError.invalid_request(
            f"A canceled quote cannot be cloned; {source.id} is canceled.",
            param="from_quote[quote]",
        )
    return source


def create(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    source = _cloned(call, params)
    clock = _clock_for(call, params, source)
    at = at_time(call, time_on(call.state, clock))
    now = at.now()
    quote = Quote(id=at.new_id("qt"), created=now, expires_at=now + DEFAULT_EXPIRY_DAYS * DAY)
    quote.test_clock = clock
    if source is not None:
        _copy(at, source, quote, bool(params["from_quote"].get("is_revision", False)))
    _apply(at, quote, params)
    if "expires_at" in params:
        quote.expires_at = _future(at, params["expires_at"])
    call.state.quotes[quote.id] = quote
    at.emit("quote.created", render_quote(quote))
    return quote_view(call.state, quote, expand_paths(params, in_list=False))


def _copy(call: RequestContext, source: Quote, quote: Quote, is_revision: bool) -> None:
    for name in ("customer", "currency", "collection_method", "description", "footer", "header"):
        setattr(quote, name, getattr(source, name))
    quote.days_until_due = source.days_until_due
    quote.metadata = dict(source.metadata)
    quote.lines = copy_lines(call, source)
    quote.subscription_data = copy.deepcopy(source.subscription_data)
    quote.default_tax_rates = copy.deepcopy(source.default_tax_rates)
    copy_discounts(call, source, quote)
    quote.from_quote = FromQuote(source.id, is_revision)


def retrieve(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    quote = live_quote(call.state, ids["quote"])
    return quote_view(call.state, quote, expand_paths(params, in_list=False))


def update(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    quote = live_quote(call.state, ids["quote"])
    # An open quote takes a new expiry, and nothing else.
    if quote.status != DRAFT and not (quote.status == OPEN and _OPEN_UPDATES.issuperset(params)):
        raise _refuse(quote, "updated")
    at = _at(call, quote)
    # Changes go to a copy first so a refused update leaves the quote as it was.
    changed = copy.deepcopy(quote)
    if "customer" in params or "test_clock" in params:
        changed.test_clock = _clock_for(at, {"customer": quote.customer, **params}, None)
    _apply(at, changed, params)
    if "expires_at" in params:
        changed.expires_at = _future(at, params["expires_at"])
    call.state.quotes[quote.id] = changed
    return quote_view(call.state, changed, expand_paths(params, in_list=False))


def _number(state: State, quote: Quote) -> Quote | None:
    """Numbers the quote as Stripe does: `QT-<customer's invoice prefix>-<its quote sequence>-
    <revision>`; a revision takes its original's number, one revision on. Answers the quote
    it revises, if it is a revision."""
    source = quote.from_quote
    revised = state.quotes.get(source.quote) if source and source.is_revision else None
    if revised is not None and revised.number is not None:
        base, _, revision = revised.number.rpartition("-")
        quote.number = f"{base}-{int(revision) + 1}"
        return revised
    assert quote.customer is not None  # checked by finalize
    customer = live_customer(state, quote.customer)
    sequence = 1 + sum(
        1
        for other in state.quotes.values()
        if other.customer == quote.customer
        and other.number is not None
        and other.number.endswith("-1")
    )
    quote.number = f"QT-{customer.invoice_prefix}-{sequence:04d}-1"
    return None


def _live_in(
    call: RequestContext, ids: dict[str, str], statuses: tuple[str, ...], done: str
) -> Quote:
    """The quote named in the path, refused unless it has one of `statuses`."""
    quote = live_quote(call.state, ids["quote"])
    if quote.status not in statuses:
        raise _refuse(quote, done)
    return quote


def _cancel(at: RequestContext, quote: Quote, when: int) -> None:
    quote.status = CANCELED
    quote.canceled_at = when
    at.emit("quote.canceled", render_quote(quote))


def finalize(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    quote = _live_in(call, ids, (DRAFT,), "finalized")
    if quote.customer is None:
        raise ApiError.invalid_request(
            "A quote needs a customer before it can be finalized.", param="customer"
        )
    if not quote.lines:
        raise ApiError.invalid_request("A quote needs line items before it can be finalized.")
    at = _at(call, quote)
    quote.expires_at = _future(at, params.get("expires_at", quote.expires_at))
    revised = _number(state, quote)
    quote.status = OPEN
    quote.finalized_at = at.now()
    at.emit("quote.finalized", render_quote(quote))
    if revised is not None and revised.status == OPEN:  # the revision replaces it
        _cancel(at, revised, at.now())
    return quote_view(state, quote, expand_paths(params, in_list=False))


def accept(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    quote = _live_in(call, ids, (OPEN,), "accepted")
    at = _at(call, quote)
    accept_into(at, quote)
    quote.status = ACCEPTED
    quote.accepted_at = at.now()
    at.emit("quote.accepted", render_quote(quote))
    return quote_view(call.state, quote, expand_paths(params, in_list=False))


def cancel(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    quote = _live_in(call, ids, (DRAFT, OPEN), "canceled")
    at = _at(call, quote)
    _cancel(at, quote, at.now())
    return quote_view(call.state, quote, expand_paths(params, in_list=False))


@reacts_to(QUOTE_EXPIRES)
def _expire(call: RequestContext, quote: Quote) -> None:
    """A draft or open quote whose `expires_at` has come (on its clock) is canceled then."""
    _cancel(call, quote, quote.expires_at)


def _lines_page(
    quote: Quote, params: dict[str, Any], url: str, *, upfront: bool = False
) -> JsonObject:
    in_price = paths_within(expand_paths(params, in_list=True), "price.")

    def render(line: QuoteLine) -> JsonObject:
        return render_quote_line(quote, line, upfront=upfront, in_price=in_price)

    return list_page(quote.lines, params, url, "line item", render, lambda line: line.id)


def list_line_items(
    call: RequestContext, ids: dict[str, str], params: dict[str, Any]
) -> JsonObject:
    quote = live_quote(call.state, ids["quote"])
    return _lines_page(quote, params, f"/v1/quotes/{quote.id}/line_items")


def list_computed_upfront_line_items(
    call: RequestContext, ids: dict[str, str], params: dict[str, Any]
) -> JsonObject:
    # Every line is on the first invoice; a recurring one at nothing during a trial.
    quote = live_quote(call.state, ids["quote"])
    url = f"/v1/quotes/{quote.id}/computed_upfront_line_items"
    return _lines_page(quote, params, url, upfront=True)


def pdf(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> FileBody:
    quote = live_quote(call.state, ids["quote"])
    if quote.status == DRAFT:
        raise ApiError.invalid_request("Only a finalized quote has a PDF; finalize it first.")
    return FileBody(quote_pdf(quote), "application/pdf")


list_all = list_handler(
    Listing(
        "/v1/quotes",
        "quote",
        "quotes",
        quote_view,
        equal=("customer", "status", "test_clock"),
    )
)


__all__ = [
    "accept",
    "cancel",
    "create",
    "finalize",
    "list_all",
    "list_computed_upfront_line_items",
    "list_line_items",
    "live_quote",
    "pdf",
    "retrieve",
    "update",
]
