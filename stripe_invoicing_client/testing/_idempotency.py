"""Stripe's idempotency: a key replays the first response given for it.

Keys belong to one API key and last 24 hours. Only POST requests take part: Stripe says
keys on GET and DELETE have no effect. A response is saved only once the endpoint began
work: a request refused while checking its parameters can be retried with the same key.
"""

from __future__ import annotations

from attrs import define, field, frozen

KEY_LIFETIME = 24 * 3600


@frozen
class SavedResponse:
    method: str
    path: str
    fingerprint: str  # the decoded parameters, as canonical JSON
    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...]
    saved_at: int


@define
class IdempotencyStore:
    _saved: dict[tuple[str, str], SavedResponse] = field(factory=dict)

    def find(self, api_key: str, key: str, now: int) -> SavedResponse | None:
        saved = self._saved.get((api_key, key))
        if saved is not None and now - saved.saved_at >= KEY_LIFETIME:
            del self._saved[(api_key, key)]
            return None
        return saved

    def save(self, api_key: str, key: str, response: SavedResponse) -> None:
        self._saved[(api_key, key)] = response

    def __len__(self) -> int:
        return len(self._saved)


__all__ = ["KEY_LIFETIME", "IdempotencyStore", "SavedResponse"]
