"""What every object the fake keeps by id has (the id, when it was made, for most their
metadata), and the one place the head of its JSON is spelled."""

from __future__ import annotations

from typing import Any

from attrs import define, field


@define
class Stored:
    id: str
    created: int


@define
class StoredWithMetadata(Stored):
    # Keyword-only, so a subclass's own fields without defaults may follow it.
    metadata: dict[str, str] = field(factory=dict, kw_only=True)


def render_stored(stored: Stored, kind: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The JSON of a stored object: `id` and `object` (`kind`) first, then `fields`,
    `created`, `livemode` and any `metadata` in alphabetical order, as Stripe answers."""
    common: dict[str, Any] = {"created": stored.created, "livemode": False}
    if isinstance(stored, StoredWithMetadata):
        common["metadata"] = dict(stored.metadata)
    return {"id": stored.id, "object": kind, **dict(sorted({**fields, **common}.items()))}


__all__ = ["Stored", "StoredWithMetadata", "render_stored"]
