"""What every object the fake keeps by id has (the id, when it was made, for most their
metadata), and the one place the head of its JSON is spelled, with the fields it doesn't
model answered null as the spec allows."""

from __future__ import annotations

import copy
from typing import Any

import attrs
from attrs import define, field

from .._generated._null_fields import NULL_FIELDS


@define
class Stored:
    id: str
    created: int


@define
class StoredWithMetadata(Stored):
    # Keyword-only, so a subclass's own fields without defaults may follow it.
    metadata: dict[str, str] = field(factory=dict, kw_only=True)


def _created(record: Stored) -> int:
    return record.created


# A field's default: a time that, unless set, is the moment the record was made.
AT_CREATION = attrs.Factory(_created, takes_self=True)

# Field metadata: what a record keeps for the fake's own use, not answered as it is.
INTERNAL = {"internal": True}
_PLAIN = (str, int, float, bool, type(None))


_ANSWERED: dict[type[Stored], tuple[str, ...]] = {}


def _answered(cls: type[Stored]) -> tuple[str, ...]:
    """The names of the fields a record of `cls` answers as they are (worked out once)."""
    names = _ANSWERED.get(cls)
    if names is None:
        fields = attrs.fields(cls)
        names = tuple(f.name for f in fields if f.name != "id" and not f.metadata.get("internal"))
        _ANSWERED[cls] = names
    return names


def render_stored(stored: Stored, kind: str, **fields: Any) -> dict[str, Any]:
    """The JSON of a stored object: `id` and `object` (`kind`) first, then in alphabetical
    order, as Stripe answers, `livemode`, a copy of each of its fields not marked INTERNAL,
    and `fields` (which add to them or replace them). A field the spec requires of `kind` and
    lets be null, that none of these give, is null: Stripe always answers it."""
    answered: dict[str, Any] = dict.fromkeys(NULL_FIELDS.get(kind, ()))
    answered["livemode"] = False
    for name in _answered(type(stored)):
        if name in fields:
            continue
        value = getattr(stored, name)
        answered[name] = value if isinstance(value, _PLAIN) else copy.deepcopy(value)
    answered.update(fields)
    return {"id": stored.id, "object": kind, **dict(sorted(answered.items()))}


__all__ = ["AT_CREATION", "INTERNAL", "Stored", "StoredWithMetadata", "render_stored"]
