"""Which limiter a client's calls wait in, chosen by its key and where it sends: shared by
every client derived with `with_options`, importing the limiter only when a request first
needs it."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from ._options import DEFAULT_BASE_URL, key_mode

if TYPE_CHECKING:
    from ._limiter import Limiter


class SharedLimiter:
    """The pacing that clients derived with `with_options` share.

    A limit the caller gave (or None) is one limiter for every key they derive: each key and
    account still gets its own budget in it (`account_key`). The default ("auto") follows
    each key's mode, since Stripe's limits differ between live and test mode: one limiter per
    mode, made on its first request (which imports the limiter). A live key derived from a
    test client is never paced at test-mode limits, nor a test key left unpaced by a live
    client's choice; clients of one mode still share its limiter. It paces only the clients'
    own connections to api.stripe.com, so a client moved to another `base_url` (a proxy, a
    fake) is judged by that one, not by where the first client sent.
    """

    def __init__(self, *, owns_connections: bool) -> None:
        self._owns_connections = owns_connections
        # (key mode, whether the calls go over own connections to api.stripe.com) -> limiter
        self._by_mode: dict[tuple[str | None, bool], Limiter | None] | None = {}
        self._given: Limiter | None = None
        self._lock = threading.Lock()

    @classmethod
    def fixed(cls, limiter: Limiter | None) -> SharedLimiter:
        pacing = cls(owns_connections=False)
        pacing._by_mode, pacing._given = None, limiter
        return pacing

    def limiter(self, api_key: str, base_url: str) -> Limiter | None:
        by_mode = self._by_mode
        if by_mode is None:
            return self._given
        to_stripe = self._owns_connections and base_url == DEFAULT_BASE_URL
        mode = (key_mode(api_key), to_stripe)
        if mode not in by_mode:
            with self._lock:  # one limiter per mode, whichever thread asks first
                if mode not in by_mode:
                    from ._limiter import limiter_for

                    by_mode[mode] = limiter_for("auto", api_key, own_connection_to_stripe=to_stripe)
        return by_mode[mode]


__all__ = ["SharedLimiter"]
