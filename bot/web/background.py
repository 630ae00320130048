"""Background tasks that live as long as the web app (aiohttp cleanup contexts)."""

from __future__ import annotations

import asyncio


async def stop(task: asyncio.Task) -> None:
    """Cancel `task` and wait until it has ended; its cancellation, or any error
    it ends with while stopping, is not the stopping app's concern."""
    task.cancel()
    try:
        await task
    except BaseException:  # cancelled, as asked
        pass
