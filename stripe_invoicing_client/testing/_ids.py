"""Stripe-looking ids (`cus_`, `in_`, `ii_`, `il_`, `evt_`, `req_`) from a seeded generator,
so two runs with the same seed produce the same ids."""

from __future__ import annotations

import random
import string

_ALPHABET = string.ascii_letters + string.digits


class IdFactory:
    def __init__(self, seed: int | str | None = 0) -> None:
        self._random = random.Random(seed)

    def new(self, prefix: str, length: int = 24) -> str:
        return prefix + "_" + "".join(self._random.choices(_ALPHABET, k=length))

    def invoice_prefix(self) -> str:
        # Customers get an 8-character uppercase prefix for their invoice numbers.
        return "".join(self._random.choices(string.ascii_uppercase + string.digits, k=8))


__all__ = ["IdFactory"]
