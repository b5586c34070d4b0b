"""The README's Python examples run, in order, against the in-memory backend.

They are written for real use (`StripeInvoicing()` with the key from STRIPE_API_KEY), so the
test gives them a key and routes every httpx client the SDK creates to a FakeStripe.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from stripe_invoicing_client.testing import FakeStripe

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def python_blocks() -> list[str]:
    return BLOCK.findall(README.read_text(encoding="utf-8"))


def test_readme_has_the_promised_examples() -> None:
    text = "\n".join(python_blocks())
    for needle in (
        "StripeInvoicing()",
        "AsyncStripeInvoicing()",
        ".list(",
        ".search(",
        "idempotency_key=",
        "except NotFoundError",
        "with_raw_response",
        "FakeStripe()",
        "extra_body=",
        ".raw_request(",
        "subscriptions.create(",
        "test_clocks.advance(",
        'while clock.status != "ready"',
        # Testing your code offline: a declining test card, and CardError's decline code.
        'payment_method="pm_card_visa_chargeDeclinedInsufficientFunds"',
        "FailRequest(402, decline_code=",
    ):
        assert needle in text, needle


def test_event_names_are_called_events() -> None:
    # "overdue (`invoice.overdue`)" once read like a field of the invoice: a paragraph that
    # names an event type the fake sends says it is an event.
    testing = README.parent / "stripe_invoicing_client" / "testing"
    source = "\n".join(path.read_text(encoding="utf-8") for path in testing.glob("*.py"))
    events = set(re.findall(r'emit\(\s*"([a-z_.]+)"', source))
    assert {"invoice.overdue", "invoice.paid"} <= events
    prose = BLOCK.sub("", README.read_text(encoding="utf-8"))
    for paragraph in re.split(r"\n\s*\n", prose):
        named = events & set(re.findall(r"`([a-z_.]+)`", paragraph))
        if named:
            assert "event" in paragraph.lower(), (sorted(named), paragraph)


def test_readme_examples_run(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    fake = FakeStripe()

    class SyncToFake(httpx.Client):
        def __init__(self, **kwargs: Any) -> None:
            kwargs.setdefault("transport", fake.transport)
            super().__init__(**kwargs)

    class AsyncToFake(httpx.AsyncClient):
        def __init__(self, **kwargs: Any) -> None:
            kwargs.setdefault("transport", fake.transport)
            super().__init__(**kwargs)

    monkeypatch.setenv("STRIPE_API_KEY", "sk_test_readme_examples")
    monkeypatch.setattr(httpx, "Client", SyncToFake)
    monkeypatch.setattr(httpx, "AsyncClient", AsyncToFake)
    namespace: dict[str, Any] = {"__name__": "readme"}
    blocks = python_blocks()
    assert len(blocks) >= 8
    for number, block in enumerate(blocks, 1):
        code = compile(block, f"README.md block {number}", "exec")
        exec(code, namespace)
    assert fake.write_count() > 0
    assert "sk_test_readme_examples" not in capsys.readouterr().out
