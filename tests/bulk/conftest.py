"""Shared set-up for the bulk sender's tests."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _unretrieved_tasks_collected() -> Iterator[None]:
    """Collects garbage after each test. A test that stops a run with KeyboardInterrupt
    raised inside it (not asyncio's own Ctrl-C handling) leaves a finished task whose
    exception no one retrieves, in a reference cycle; asyncio logs it, traceback and all,
    when the cycle is collected. Left to chance, that collection can land inside a later
    test's `ast.parse` (pytest rewriting a module on import), where CPython 3.11.7's AST
    recursion counter breaks on the nested parse the traceback makes (SystemError)."""
    yield
    gc.collect()
