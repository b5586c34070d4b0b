"""Idempotency keys: random version 4 UUIDs in their usual spelling, never repeated."""

from __future__ import annotations

import uuid

from stripe_invoicing_client._retry import new_idempotency_key


def test_keys_are_version_4_uuids_spelled_as_uuid_spells_them() -> None:
    for _ in range(2000):
        key = new_idempotency_key()
        parsed = uuid.UUID(key)
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
        assert str(parsed) == key


def test_keys_do_not_repeat() -> None:
    keys = {new_idempotency_key() for _ in range(10_000)}
    assert len(keys) == 10_000
