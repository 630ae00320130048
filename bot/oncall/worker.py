"""The delivery worker: sends due outbox entries and pages the backup when needed.

Runs inside the web app's process (started by bot.web.app). Everything it needs
to resume is in the database, so a restart loses nothing.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Optional

import aiohttp
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from bot.crisis.escalations import page_backups
from bot.core.models import utcnow
from bot.oncall import outbox
from bot.oncall.message import Notification
from bot.oncall.senders import DeliveryFailed, send_email, send_webhook
from bot.oncall.signing import sign_ack
from bot.core.settings import Settings

logger = logging.getLogger(__name__)
POLL_SECONDS = 1.0


class DeliveryWorker:
    def __init__(self, settings: Settings, sessions: sessionmaker) -> None:
        self.settings = settings
        self.sessions = sessions

    def ack_url(self, escalation_id: int) -> str:
        return f"{self.settings.link_base}/oncall/ack/{sign_ack(escalation_id, self.settings.secret_key)}"

    async def run_forever(self) -> None:
        async with aiohttp.ClientSession() as http:
            while True:
                try:
                    await self.tick(http)
                except SQLAlchemyError:
                    logger.exception("delivery worker: database error; retrying")
                await asyncio.sleep(POLL_SECONDS)

    async def tick(self, http: aiohttp.ClientSession) -> int:
        """One pass: page backups that are due, then send what is due. Returns sends."""
        self._page_backups()
        sent = 0
        with self.sessions() as session:
            for delivery_id in outbox.due(session=session, now=utcnow()):
                sent += await self._deliver(http, session, delivery_id)
        return sent

    def _page_backups(self) -> None:
        targets = self.settings.oncall.targets("backup")
        older_than = utcnow() - timedelta(minutes=self.settings.oncall.ack_minutes)
        with self.sessions() as session:
            for escalation_id in page_backups(session=session, older_than=older_than, targets=targets):
                logger.warning("escalation %s not acknowledged in %s min: backup paged",
                               escalation_id, self.settings.oncall.ack_minutes)

    async def _deliver(self, http, session, delivery_id: int) -> int:
        delivery = outbox.claim(session=session, delivery_id=delivery_id, now=utcnow())
        if delivery is None:
            return 0
        escalation = outbox.escalation_of(session=session, delivery=delivery)
        note = Notification(
            escalation_id=escalation.id, category=escalation.category,
            created_at=escalation.created_at.isoformat(timespec="seconds"),
            ack_url=self.ack_url(escalation.id), backup=delivery.level == "backup",
        )
        key = f"{escalation.id}-{delivery.channel}-{delivery.level}"
        try:
            if delivery.channel == "webhook":
                await send_webhook(http, delivery.address, note, key)
            else:
                await send_email(self.settings.oncall, delivery.address, note, key)
        except DeliveryFailed as exc:
            outbox.mark_failed(session=session, delivery=delivery, now=utcnow(), error=str(exc))
            logger.warning("delivery %s (%s) failed, attempt %s: %s", delivery.id,
                           delivery.channel, delivery.attempts, exc)
            return 0
        outbox.mark_delivered(session=session, delivery=delivery, now=utcnow())
        logger.info("delivery %s (%s, %s) sent", delivery.id, delivery.channel, delivery.level)
        return 1


def start(settings: Settings, sessions: sessionmaker) -> Optional[asyncio.Task]:
    return asyncio.get_running_loop().create_task(DeliveryWorker(settings, sessions).run_forever())
