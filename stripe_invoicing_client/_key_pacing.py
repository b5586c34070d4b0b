"""Which limiter a client's calls wait in, chosen by its key: shared by every client derived
with `with_options`, and importing the limiter only when a request first needs it."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from ._options import key_mode

if TYPE_CHECKING:
    from ._limiter import Limiter


class SharedLimiter:
    """The pacing that clients derived with `with_options` share.

    A limit the caller gave (or None) is one limiter for every key they derive: each key and
    account still gets its own budget in it (`account_key`). The default ("auto") follows
    each key's mode, since Stripe's limits differ between live and test mode: one limiter per
    mode, made on its first request (which imports the limiter). A live key derived from a
    test client is never paced at test-mode limits, nor a test key left unpaced by a live
    client's choice; clients of one mode still share its limiter.
    """

    def __init__(self, *, own_connection: bool) -> None:
        self._own_connection = own_connection
        self._by_mode: dict[str | None, Limiter | None] | None = {}
        self._given: Limiter | None = None
        self._lock = threading.Lock()

    @classmethod
    def fixed(cls, limiter: Limiter | None) -> SharedLimiter:
        pacing = cls(own_connection=False)
        pacing._by_mode, pacing._given = None, limiter
        return pacing

    def limiter(self, api_key: str) -> Limiter | None:
        by_mode = self._by_mode
        if by_mode is None:
            return self._given
        mode = key_mode(api_key)
        if mode not in by_mode:
            with self._lock:  # one limiter per mode, whichever thread asks first
                if mode not in by_mode:
                    from ._limiter import limiter_for

                    by_mode[mode] = limiter_for(
                        "auto", api_key, own_connection_to_stripe=self._own_connection
                    )
        return by_mode[mode]


__all__ = ["SharedLimiter"]
