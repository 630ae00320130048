"""Rasa's SQL tracker store as web tests fill it (the web app reads it read-only,
bot.core.rasa_tracker): `store.events[conversation] = [event, ...]` writes the rows
the way Rasa 3.6's SQLTrackerStore does; `store.broken = True` makes it unreadable."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import List

# Rasa 3.6's SQLTrackerStore table (rasa.core.tracker_store.SQLEvent).
SCHEMA = """CREATE TABLE IF NOT EXISTS events (
    id INTEGER NOT NULL PRIMARY KEY, sender_id VARCHAR(255) NOT NULL,
    type_name VARCHAR(255) NOT NULL, timestamp FLOAT, intent_name VARCHAR(255),
    action_name VARCHAR(255), data TEXT)"""


class _Conversations:
    def __init__(self, path: Path) -> None:
        self.path = path

    def __setitem__(self, sender_id: str, events: List[object]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(self.path) as db:
            db.execute(SCHEMA)
            db.execute("DELETE FROM events WHERE sender_id = ?", (sender_id,))
            db.executemany(
                "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (?, ?, ?, ?)",
                [(sender_id, str(e.get("event", "")) if isinstance(e, dict) else "?",
                  e.get("timestamp") if isinstance(e, dict) else None, json.dumps(e))
                 for e in events])
        db.close()


class FakeTrackerStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.events = _Conversations(path)

    @property
    def broken(self) -> bool:
        return self.path.exists() and not self.path.read_bytes().startswith(b"SQLite format")

    @broken.setter
    def broken(self, value: bool) -> None:
        if value:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_bytes(b"not a database " * 100)
