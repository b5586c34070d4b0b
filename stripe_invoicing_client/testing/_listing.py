"""One list handler and one search handler for every top-level resource, and one retrieve
handler for those that render with `expand[]`.

A resource says how it is listed in a `Listing`: where its objects are kept, which query
parameters filter them (equal to a field, or a `created`-style range over one), any filter
beyond those, and how one object is rendered. The handlers do the rest: newest first, the
filters, `expand[]`, and cursor (`list`) or page-token (`search`) pagination.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from typing import Any, TypeVar

from attrs import frozen

from .._generated._search_fields import SEARCH_FIELDS
from ._objects import expand_paths
from ._pagination import in_range, list_page
from ._search import matcher, search_page
from ._state import JsonHandler, JsonObject, RequestContext, State

# A stored object is a typed aggregate (`_catalog_store`, `_invoice_store`, ...).
Render = Callable[[State, Any, AbstractSet[str]], JsonObject]
Filter = Callable[[RequestContext, Any, dict[str, Any]], bool]
T = TypeVar("T")


def rendered_alone(render: Callable[[Any], JsonObject]) -> Render:
    """The `Render` of objects that expand nothing."""
    return lambda state, obj, expand: render(obj)


@frozen
class Listing:
    # `/v1/invoices`. A search answers at `<url>/search`, its fields those the generated
    # search table has for the resource the url names (`invoices`).
    url: str
    kind: str  # the object's name, for a cursor that names no such object
    # The `State` field that keeps them (a dict in creation order), or what lists them.
    store: str | Callable[[State], Iterable[Any]]
    render: Render
    equal: tuple[str, ...] = ()  # parameters that match the field of the same name
    ranges: tuple[tuple[str, str], ...] = (("created", "created"),)  # parameter, field
    keep: Filter | None = None  # whatever else a parameter filters on
    # The JSON a search query is matched against; None: the object as answered, unexpanded.
    searchable: Callable[[State, Any], JsonObject] | None = None


def _objects_of(listing: Listing, state: State) -> Iterable[Any]:
    if isinstance(listing.store, str):
        stored: dict[str, Any] = getattr(state, listing.store)
        return stored.values()
    return listing.store(state)


def _matches(listing: Listing, call: RequestContext, obj: Any, params: dict[str, Any]) -> bool:
    if "customer_account" in params:
        return False  # no customer of the fake is an Account
    for name in listing.equal:
        if name in params and getattr(obj, name) != params[name]:
            return False
    if listing.keep is not None and not listing.keep(call, obj, params):
        return False
    return all(
        name not in params or in_range(getattr(obj, field), params[name])
        for name, field in listing.ranges
    )


def list_handler(listing: Listing) -> JsonHandler:
    def handle(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
        newest_first = list(_objects_of(listing, call.state))[::-1]
        found = [obj for obj in newest_first if _matches(listing, call, obj, params)]
        expand = expand_paths(params, in_list=True)
        return list_page(
            found,
            params,
            listing.url,
            listing.kind,
            lambda o: listing.render(call.state, o, expand),
            lambda o: str(o.id),
            unfiltered=newest_first,
        )

    return handle


def retrieve_handler(
    find: Callable[[State, str], Any], id_name: str, render: Render
) -> JsonHandler:
    """The object whose id is the path's `id_name`, with `expand[]` as asked."""

    def handle(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
        found = find(call.state, ids[id_name])
        return render(call.state, found, expand_paths(params, in_list=False))

    return handle


def update_handler(
    find: Callable[[State, str], T],
    id_name: str,
    event_type: str,
    view: Callable[[State, T, AbstractSet[str]], JsonObject],
    apply: Callable[[RequestContext, T, dict[str, Any]], None],
    at: Callable[[RequestContext, T], RequestContext] = lambda call, found: call,
    then: Callable[[RequestContext, T, dict[str, Any]], None] | None = None,
) -> JsonHandler:
    """Changes the object whose id is the path's `id_name` as `apply` says, records
    `event_type` with what changed, and answers the object with `expand[]` as asked; `at`
    gives the call at the object's time (a customer's, on a test clock); `then` runs after
    the event (what the change sets off elsewhere)."""

    def handle(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
        found = find(call.state, ids[id_name])
        call = at(call, found)
        before = view(call.state, found, frozenset())
        apply(call, found, params)
        call.emit_update(event_type, before, view(call.state, found, frozenset()))
        if then is not None:
            then(call, found, params)
        return view(call.state, found, expand_paths(params, in_list=False))

    return handle


def search_handler(listing: Listing) -> JsonHandler:
    resource = listing.url.removeprefix("/v1/")
    if resource not in SEARCH_FIELDS:
        raise ValueError(f"{listing.url} has no search")
    searchable = listing.searchable or (lambda state, obj: listing.render(state, obj, frozenset()))

    def handle(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
        newest_first = reversed(list(_objects_of(listing, call.state)))
        expand = expand_paths(params, in_list=True)
        matches = matcher(params["query"], resource)
        found = [obj for obj in newest_first if matches(searchable(call.state, obj))]
        return search_page(
            found,
            params,
            f"{listing.url}/search",
            lambda o: listing.render(call.state, o, expand),
        )

    return handle


__all__ = [
    "Listing",
    "list_handler",
    "rendered_alone",
    "retrieve_handler",
    "search_handler",
    "update_handler",
]
