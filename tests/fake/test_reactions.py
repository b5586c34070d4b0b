"""The reactions table: what one aggregate's change does to another goes through it."""

from __future__ import annotations

import pytest

from stripe_invoicing_client.testing import FakeStripe
from stripe_invoicing_client.testing._reactions import HAPPENINGS, REACTIONS, react
from stripe_invoicing_client.testing._state import RequestContext, State


def test_every_happening_has_a_reaction_once_the_fake_is_loaded() -> None:
    assert FakeStripe is not None  # importing the fake loads every module that registers
    assert [h for h in HAPPENINGS if not REACTIONS[h]] == []


def test_each_reaction_is_registered_once() -> None:
    for happening in HAPPENINGS:
        names = [f"{r.__module__}.{r.__qualname__}" for r in REACTIONS[happening]]
        assert len(names) == len(set(names)), happening


def test_an_unknown_happening_is_refused() -> None:
    fake = FakeStripe()
    state: State = fake._state
    call = RequestContext(
        state=state, request_id="req_1", idempotency_key=None, api_key="sk_test_x"
    )
    with pytest.raises(KeyError):
        react(call, "invoice.teleported", {})
