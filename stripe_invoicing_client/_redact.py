"""Scrub Stripe credentials out of text before it reaches an error message or a log line."""

from __future__ import annotations

import re

__all__ = ["redact"]

# The lookbehind stops "task_test_x" from matching while still catching "key=sk_test_x" and
# "my_sk_test_x". Ephemeral keys (ek_) are secret too, so they are scrubbed with the others.
_API_KEY = re.compile(r"(?<![A-Za-z0-9])((?:sk|rk|pk|ek)_(?:live|test)_)[A-Za-z0-9]+")
# Webhook secrets are base64-ish, so "+", "/" and "=" belong to them.
_WEBHOOK_SECRET = re.compile(r"(?<![A-Za-z0-9])whsec_[A-Za-z0-9+/=]+")


def redact(text: str) -> str:
    """Return ``text`` with anything shaped like a Stripe key or webhook secret masked.

    The prefix stays (``sk_live_***``) so a reader still knows which kind of key was involved.
    Redacting twice gives the same result as redacting once.
    """
    text = _API_KEY.sub(r"\1***", text)
    return _WEBHOOK_SECRET.sub("whsec_***", text)
