"""One logging format for our processes. Log lines carry events and ids, never
what a visitor typed or any personal or health information."""

from __future__ import annotations

import logging


def configure_logging(level: str) -> None:
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    # aiohttp's access log would record query strings; ours carry no personal
    # data, but keep it to the path and status by using our own format.
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
