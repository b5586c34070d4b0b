"""Scrub Stripe credentials out of text before it reaches an error message or a log line.

Two nets: a pattern for anything shaped like a Stripe key, and the exact values of the keys
the clients of this process were configured with (registered at construction), so a key of an
unexpected shape (`rk_prod_...`, `sk_test_abc_...`) is masked too.
"""

from __future__ import annotations

import re

__all__ = ["redact", "register_secret"]

# The lookbehind stops "task_test_x" from matching while still catching "key=sk_test_x" and
# "my_sk_test_x". Ephemeral keys (ek_) are secret too, so they are scrubbed with the others.
# The mode is any word (`live`, `test`, or one Stripe adds later); the secret part runs to the
# end of the word, underscores included.
_API_KEY = re.compile(r"(?<![A-Za-z0-9])((?:sk|rk|pk|ek)_[a-z]{1,8}_)[A-Za-z0-9_]*[A-Za-z0-9]")
# Webhook secrets are base64-ish, so "+", "/" and "=" belong to them.
_WEBHOOK_SECRET = re.compile(r"(?<![A-Za-z0-9])whsec_[A-Za-z0-9+/=]+")

# Replaced as a whole tuple, so readers on other threads never see it half-updated.
_secrets: tuple[tuple[str, str], ...] = ()
_MAX_SECRETS = 64


def masked(secret: str) -> str:
    """What a secret becomes: its kind (`sk_test_***`), never any of its secret part."""
    prefix, _, rest = secret.partition("_")
    mode, separator, _ = rest.partition("_")
    shown = separator and mode.isalpha() and mode.islower() and len(mode) <= 8
    return f"{prefix}_{mode}_***" if shown else f"{prefix}_***"


def register_secret(secret: str) -> None:
    """Mask `secret` by value from now on, in every text `redact` sees."""
    global _secrets
    if len(secret) < 8 or any(secret == known for known, _ in _secrets):
        return
    # Longest first, so a key that contains another is masked whole.
    kept = sorted({*_secrets, (secret, masked(secret))}, key=lambda pair: -len(pair[0]))
    _secrets = tuple(kept[:_MAX_SECRETS])


def redact(text: str) -> str:
    """Return ``text`` with the registered keys and anything shaped like a Stripe key or
    webhook secret masked.

    The prefix stays (``sk_live_***``) so a reader still knows which kind of key was involved.
    Redacting twice gives the same result as redacting once.
    """
    for secret, mask in _secrets:
        if secret in text:
            text = text.replace(secret, mask)
    text = _API_KEY.sub(r"\1***", text)
    return _WEBHOOK_SECRET.sub("whsec_***", text)
