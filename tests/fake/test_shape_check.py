"""The shape check itself must fail on drift, or the other tests prove nothing."""

from __future__ import annotations

import pytest

from .support import Api, assert_pinned_shape


def test_extra_field_is_caught(api: Api) -> None:
    customer = api.customer()
    with pytest.raises(AssertionError):
        assert_pinned_shape({**customer, "surprise": 1})


def test_missing_required_field_is_caught(api: Api) -> None:
    customer = api.customer()
    api.item(customer["id"], 10)
    invoice = api.invoice(customer["id"])
    broken = dict(invoice)
    del broken["status_transitions"]
    with pytest.raises(AssertionError):
        assert_pinned_shape(broken)
    nested = {**invoice, "lines": {**invoice["lines"], "data": [dict(invoice["lines"]["data"][0])]}}
    del nested["lines"]["data"][0]["period"]
    with pytest.raises(AssertionError):
        assert_pinned_shape(nested)


def test_wrong_nested_type_is_caught(api: Api) -> None:
    customer = api.customer()
    with pytest.raises(AssertionError):
        assert_pinned_shape({**customer, "invoice_settings": {"footer": 5}})
