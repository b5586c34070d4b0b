"""Reading an attribute the model does not have (a field a regenerated model dropped, or a
typo) says so, names the API version the models were built for, and shows how to read the
field by its JSON name; it stays an AttributeError, so `getattr(x, name, default)` works."""

from __future__ import annotations

import copy
import pickle

import pytest

from stripe_invoicing_client._generated import API_VERSION
from stripe_invoicing_client.models import TaxRate


def _rate(**extra: object) -> TaxRate:
    return TaxRate.from_dict({"id": "txr_1", "object": "tax_rate", "percentage": 8.5, **extra})


def test_a_field_the_data_still_holds_is_read_by_its_json_name() -> None:
    rate = _rate(legacy_rounding="up")
    with pytest.raises(AttributeError) as caught:
        rate.legacy_rounding  # type: ignore[attr-defined]  # noqa: B018
    message = str(caught.value)
    assert "TaxRate has no field 'legacy_rounding'" in message
    assert API_VERSION in message
    assert "rate['legacy_rounding']" not in message  # the message can't know the variable
    assert "obj['legacy_rounding']" in message and "obj.get('legacy_rounding')" in message
    assert "this object holds 'legacy_rounding'" in message
    assert caught.value.name == "legacy_rounding"
    assert rate["legacy_rounding"] == "up"


def test_a_field_the_data_lacks_too_is_named_as_gone_or_misspelled() -> None:
    rate = _rate()
    with pytest.raises(AttributeError) as caught:
        rate.legacy_rounding  # type: ignore[attr-defined]  # noqa: B018
    message = str(caught.value)
    assert "TaxRate has no field 'legacy_rounding'" in message
    assert API_VERSION in message
    assert "obj.get('legacy_rounding')" in message
    assert "holds" not in message
    assert getattr(rate, "legacy_rounding", "fallback") == "fallback"
    assert not hasattr(rate, "legacy_rounding")


def test_private_and_special_names_stay_plain() -> None:
    # copy, pickle and friends probe for these: no field talk, and they keep working.
    rate = _rate(legacy_rounding="up")
    with pytest.raises(AttributeError) as caught:
        rate.__no_such_hook__  # type: ignore[attr-defined]  # noqa: B018
    assert "JSON name" not in str(caught.value)
    assert pickle.loads(pickle.dumps(rate)) == rate
    assert copy.deepcopy(rate) == rate
