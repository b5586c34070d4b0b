"""One resource per asyncio event loop: an asyncio connection belongs to the loop that opened
it. Each loop's is made on first use under that loop and ended when that loop shuts down: the
loop closes every async generator it has seen (`shutdown_asyncgens`, as `asyncio.run()` ends),
and a watcher generator's `finally` ends the resource. A loop closed without that shutdown
can no longer run anything: its resource is forgotten the next time one is made.

Used for the HTTP pools (`_http_pools`) and the Redis budget's connections
(`_redis_connections`). Safe to use from several threads.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:  # imported when first used: `import stripe_invoicing_client` stays cheap
    import asyncio

T = TypeVar("T")


class _Entry(Generic[T]):
    __slots__ = ("value", "watcher")

    def __init__(self, value: T) -> None:
        self.value = value
        self.watcher: AsyncGenerator[None, None] | None = None


class PerLoop(Generic[T]):
    """Each loop's `T`, made by `get` and passed to `on_loop_end` when its loop shuts down
    (or `end_all` ends it)."""

    def __init__(self, on_loop_end: Callable[[T], Awaitable[None]]) -> None:
        self._on_loop_end = on_loop_end
        self._entries: dict[asyncio.AbstractEventLoop, _Entry[T]] = {}
        self._lock = threading.RLock()  # a watcher's `finally` may run under it

    def find(self, loop: asyncio.AbstractEventLoop) -> T | None:
        """The loop's resource if made (no lock: every call but a loop's first)."""
        entry = self._entries.get(loop)
        return None if entry is None else entry.value

    async def get(self, make: Callable[[], T]) -> T:
        """The running loop's resource, made (by `make`, under the lock) on first use."""
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            entry = self._entries.get(loop)
            if entry is not None:
                return entry.value
            self._drop_ended_loops()
            entry = self._entries[loop] = _Entry(make())
        watcher = self._watch(loop)
        entry.watcher = watcher
        await watcher.__anext__()  # now known to the loop, which closes it at shutdown
        return entry.value

    def values(self) -> list[T]:
        with self._lock:
            return [entry.value for entry in self._entries.values()]

    async def end_here(self) -> None:
        """End the running loop's resource now."""
        import asyncio

        entry = self._entries.get(asyncio.get_running_loop())
        if entry is not None and entry.watcher is not None:
            await entry.watcher.aclose()

    async def end_all(self) -> None:
        """End every resource: the running loop's here, each other live loop's in that loop
        (not awaited: that loop may be busy, or stopped until its next run)."""
        import asyncio

        running = asyncio.get_running_loop()
        with self._lock:
            entries = list(self._entries.items())
        for loop, entry in entries:
            watcher = entry.watcher
            if watcher is None:
                continue
            if loop is running:
                await watcher.aclose()
            elif not loop.is_closed():
                with contextlib.suppress(RuntimeError):  # closed meanwhile
                    asyncio.run_coroutine_threadsafe(_end(watcher), loop)

    async def _watch(self, loop: asyncio.AbstractEventLoop) -> AsyncGenerator[None, None]:
        try:
            yield
        finally:
            with self._lock:
                entry = self._entries.pop(loop, None)
            if entry is not None:
                await self._on_loop_end(entry.value)

    def _drop_ended_loops(self) -> None:
        """Forget the resources of loops closed without shutting down their async generators
        (nothing can be awaited in them any more). Called under the lock."""
        for loop in [loop for loop in self._entries if loop.is_closed()]:
            watcher = self._entries.pop(loop).watcher
            if watcher is not None:
                _abandon(watcher)


async def _end(watcher: AsyncGenerator[None, None]) -> None:
    await watcher.aclose()


def _abandon(watcher: AsyncGenerator[None, None]) -> None:
    """End a watcher whose loop is closed without awaiting anything: its `finally` finds no
    entry (already forgotten), so this runs to the end at once."""
    closing = watcher.aclose()
    try:
        closing.send(None)
    except StopIteration:
        pass
    else:  # pragma: no cover - the finally awaited after all
        closing.close()


__all__ = ["PerLoop"]
