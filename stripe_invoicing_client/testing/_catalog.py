"""The catalog invoice parameters refer to: products, prices, tax rates and coupons.

Each is created, retrieved, updated and listed as Stripe does it; what an update may change
follows Stripe (a price's amounts, a tax rate's percentage and a coupon's terms are fixed once
created). Prices made through the API and those registered with `FakeStripe.create_price` are
kept together in `state.prices`, so `pricing[price]` and subscriptions find both. Products and
prices are here; tax rates are `_tax_rates`, coupons `_coupons`; `HANDLERS` routes all four.
"""

from __future__ import annotations

from collections.abc import Callable
from collections.abc import Set as AbstractSet
from decimal import Decimal
from typing import Any

from ._catalog_store import (
    Price,
    Product,
    Recurring,
    render_price,
    render_product,
    render_recurring,
)
from ._coupons import create_coupon, delete_coupon, list_coupons, retrieve_coupon, update_coupon
from ._errors import ApiError
from ._listing import Listing, list_handler, retrieve_handler, search_handler, update_handler
from ._objects import expand_paths, merged_metadata, paths_within, set_attributes
from ._shapes import UNSET
from ._state import Finder, JsonObject, RequestContext, State
from ._tax_rates import create_tax_rate, list_tax_rates, retrieve_tax_rate, update_tax_rate
from ._tiers import tiers_of

# -- products ----------------------------------------------------------------------------------


_live_product = Finder(lambda state: state.products, "product", "id")


def _unset_or(value: Any) -> Any:
    return None if value is UNSET else value


_PRODUCT_FIELDS = (
    "active",
    "name",
    "description",
    "shippable",
    "statement_descriptor",
    "unit_label",
    "url",
    "package_dimensions",
    "tax_code",
)


def _apply_product(product: Product, params: dict[str, Any]) -> None:
    set_attributes(product, params, _PRODUCT_FIELDS)
    if "images" in params:
        product.images = list(_unset_or(params["images"]) or [])
    if "marketing_features" in params:
        features = _unset_or(params["marketing_features"]) or []
        product.marketing_features = [f.get("name") for f in features]
    if "tax_details" in params:
        details = _unset_or(params["tax_details"])
        product.tax_details = (
            None
            if details is None
            else {
                "performance_location": details.get("performance_location"),
                "tax_code": details.get("tax_code"),
            }
        )
    if "metadata" in params:
        product.metadata = merged_metadata(product.metadata, params["metadata"])


def create_product(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    product_id = params.get("id") or call.new_id("prod")
    if product_id in state.products:
        raise ApiError.invalid_request(
            f"Product already exists: {product_id}.", param="id", code="resource_already_exists"
        )
    product = Product(
        id=product_id,
        created=call.now(),
        name=params["name"],
        type=params.get("type", "service"),
    )
    _apply_product(product, params)
    state.products[product_id] = product
    call.emit("product.created", render_product(product))
    if "default_price_data" in params:
        price = _new_price(call, {**params["default_price_data"], "product": product_id})
        product.default_price = price.id
    return _product_view(state, product, expand_paths(params, in_list=False))


def _product_view(state: State, product: Product, expand: AbstractSet[str]) -> JsonObject:
    view = render_product(product)
    if "default_price" in expand and product.default_price is not None:
        price = state.prices[product.default_price]
        view["default_price"] = render_price(price, paths_within(expand, "default_price."))
    return view


retrieve_product = retrieve_handler(_live_product, "id", _product_view)


def _update_product(call: RequestContext, product: Product, params: dict[str, Any]) -> None:
    if "default_price" in params:
        price = call.state.prices.get(params["default_price"])
        if price is None or price.registered or price.product != product.id:
            raise ApiError.invalid_request(
                f"The default price must be one of product {product.id}'s prices.",
                param="default_price",
            )
        product.default_price = price.id
    _apply_product(product, params)
    product.updated = call.now()


update_product = update_handler(
    _live_product, "id", "product.updated", _product_view, _update_product
)


def delete_product(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    state = call.state
    product = _live_product(state, ids["id"])
    if any(p.product == product.id for p in _api_prices(state)):
        raise ApiError.invalid_request(
            f"Product {product.id} has prices: archive it (active=false) instead of deleting it."
        )
    del state.products[product.id]
    call.emit("product.deleted", render_product(product))
    return {"id": product.id, "object": "product", "deleted": True}


def _in_ids(call: RequestContext, product: Product, params: dict[str, Any]) -> bool:
    return "ids" not in params or product.id in params["ids"]


PRODUCTS = Listing(
    "/v1/products",
    "product",
    "products",
    _product_view,
    equal=("active", "shippable", "type", "url"),
    keep=_in_ids,
)


# -- prices ------------------------------------------------------------------------------------


def _api_prices(state: State) -> list[Price]:
    """The prices made through the API (not the ones `FakeStripe.create_price` registered)."""
    return [p for p in state.prices.values() if not p.registered]


def _live_price(state: State, price_id: str, param: str = "price") -> Price:
    price = state.prices.get(price_id)
    if price is None or price.registered:
        raise ApiError.missing("price", price_id, param)
    return price


def _recurring(state: State, given: JsonObject | None) -> Recurring | None:
    if given is None:
        return None
    # At this API version a metered price bills a meter's usage: usage records are gone.
    metered = given.get("usage_type") == "metered"
    if metered and "meter" not in given:
        raise ApiError.invalid_request(
            "A metered price needs the meter whose usage it bills.", param="recurring[meter]"
        )
    if "meter" in given:
        if not metered:
            raise ApiError.invalid_request(
                "Only a metered price (usage_type=metered) takes a meter.",
                param="recurring[meter]",
            )
        if given["meter"] not in state.meters:
            raise ApiError.missing("billing meter", given["meter"], "recurring[meter]")
    return Recurring(
        interval=given["interval"],
        interval_count=given.get("interval_count", 1),
        meter=given.get("meter"),
        trial_period_days=given.get("trial_period_days"),
        usage_type=given.get("usage_type", "licensed"),
    )


def _take_lookup_key(
    state: State, key: str | None, taker: Price | None, params: dict[str, Any]
) -> None:
    """Frees `key` for `taker` (with `transfer_lookup_key`), or refuses it as taken."""
    holder = next((p for p in _api_prices(state) if key is not None and p.lookup_key == key), None)
    if holder is None or holder is taker:
        return
    if not params.get("transfer_lookup_key"):
        raise ApiError.invalid_request(
            f"A price ({holder.id}) already uses the lookup key {key!r}.", param="lookup_key"
        )
    holder.lookup_key = None


def _new_price(call: RequestContext, params: dict[str, Any]) -> Price:
    state = call.state
    recurring = _recurring(state, params.get("recurring"))  # checked before anything is made
    tiers = tiers_of(params)
    if "product" in params:
        product_id = params["product"]
        _live_product(state, product_id, "product")
    elif "product_data" in params:
        data = params["product_data"]
        made = create_product(call, {}, {k: v for k, v in data.items() if k != "tax_code"})
        product_id = made["id"]
    else:
        raise ApiError.invalid_request(
            "Missing required param: product (or product_data).",
            param="product",
            code="parameter_missing",
        )
    if "unit_amount" in params and "unit_amount_decimal" in params:
        raise ApiError.exclusive(
            "Send unit_amount or unit_amount_decimal, not both.", "unit_amount_decimal"
        )
    billing_scheme = params.get("billing_scheme", "per_unit")
    unit: Decimal | None = None
    if "unit_amount" in params:
        unit = Decimal(params["unit_amount"])
    elif "unit_amount_decimal" in params:
        unit = Decimal(params["unit_amount_decimal"])
    elif billing_scheme == "per_unit" and "custom_unit_amount" not in params:
        raise ApiError.missing_param("unit_amount")
    lookup_key = params.get("lookup_key")
    _take_lookup_key(state, lookup_key, None, params)
    price = call.new(
        Price,
        "price",
        currency=str(params["currency"]).lower(),
        product=product_id,
        unit=unit,
        active=params.get("active", True),
        billing_scheme=billing_scheme,
        custom_unit_amount=_custom(params.get("custom_unit_amount")),
        lookup_key=lookup_key,
        metadata=merged_metadata({}, params.get("metadata", {})),
        nickname=params.get("nickname"),
        recurring=recurring,
        tax_behavior=params.get("tax_behavior", "unspecified"),
        tiers=tiers,
        tiers_mode=params.get("tiers_mode"),
        transform_quantity=params.get("transform_quantity"),
    )
    state.prices[price.id] = price
    call.emit("price.created", render_price(price))
    return price


def _custom(given: JsonObject | None) -> JsonObject | None:
    if not given or not given.get("enabled"):
        return None
    return {
        "maximum": given.get("maximum"),
        "minimum": given.get("minimum"),
        "preset": given.get("preset"),
    }


def _price_view(state: State, price: Price, expand: AbstractSet[str]) -> JsonObject:
    view = render_price(price, expand)
    if "product" in expand and price.product in state.products:
        view["product"] = render_product(state.products[price.product])
    return view


def create_price(call: RequestContext, ids: dict[str, str], params: dict[str, Any]) -> JsonObject:
    price = _new_price(call, params)
    return _price_view(call.state, price, expand_paths(params, in_list=False))


retrieve_price = retrieve_handler(_live_price, "price", _price_view)


def _update_price(call: RequestContext, price: Price, params: dict[str, Any]) -> None:
    if "lookup_key" in params:
        key = _unset_or(params["lookup_key"])
        _take_lookup_key(call.state, key, price, params)
        price.lookup_key = key
    set_attributes(price, params, ("active", "nickname", "tax_behavior"))
    if "metadata" in params:
        price.metadata = merged_metadata(price.metadata, params["metadata"])


update_price = update_handler(_live_price, "price", "price.updated", _price_view, _update_price)


def _by_lookup_key_and_recurring(
    call: RequestContext, price: Price, params: dict[str, Any]
) -> bool:
    if "lookup_keys" in params and price.lookup_key not in params["lookup_keys"]:
        return False
    wanted = params.get("recurring") or {}
    recurring = {} if price.recurring is None else render_recurring(price.recurring)
    return all(
        name not in wanted or recurring.get(name) == wanted[name]
        for name in ("interval", "usage_type", "meter")
    )


PRICES = Listing(
    "/v1/prices",
    "price",
    _api_prices,
    _price_view,
    equal=("active", "currency", "product", "type"),
    keep=_by_lookup_key_and_recurring,
)


HANDLERS: dict[str, Callable[[RequestContext, dict[str, str], dict[str, Any]], JsonObject]] = {
    "GetProducts": list_handler(PRODUCTS),
    "PostProducts": create_product,
    "GetProductsSearch": search_handler(PRODUCTS),
    "GetProductsId": retrieve_product,
    "PostProductsId": update_product,
    "DeleteProductsId": delete_product,
    "GetPrices": list_handler(PRICES),
    "PostPrices": create_price,
    "GetPricesSearch": search_handler(PRICES),
    "GetPricesPrice": retrieve_price,
    "PostPricesPrice": update_price,
    "GetTaxRates": list_tax_rates,
    "PostTaxRates": create_tax_rate,
    "GetTaxRatesTaxRate": retrieve_tax_rate,
    "PostTaxRatesTaxRate": update_tax_rate,
    "GetCoupons": list_coupons,
    "PostCoupons": create_coupon,
    "GetCouponsCoupon": retrieve_coupon,
    "PostCouponsCoupon": update_coupon,
    "DeleteCouponsCoupon": delete_coupon,
}

__all__ = ["HANDLERS"]
