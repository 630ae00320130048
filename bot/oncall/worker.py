"""The delivery worker: sends due outbox entries and pages the backup when needed.

Runs inside the web app's process (started by bot.web.app). Everything it needs
to resume is in the database, so a restart loses nothing.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta, timezone, tzinfo
from typing import Optional

import aiohttp
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from bot.crisis.escalations import page_backups
from bot.core.models import utcnow
from bot.oncall import outbox
from bot.oncall.budget import Budget
from bot.oncall.message import DigestNotification, Notification
from bot.oncall.pages import as_utc, queue_digest
from bot.oncall.senders import DeliveryFailed, send_email, send_webhook
from bot.oncall.signing import sign_ack
from bot.core.settings import Settings
from bot.staff.clock import when

logger = logging.getLogger(__name__)
POLL_SECONDS = 1.0
# While the database stays down, say so again this often (not once a poll).
OUTAGE_REMINDER_SECONDS = 60.0


class OutageLog:
    """Logs a database outage once with its traceback, then a reminder every
    OUTAGE_REMINDER_SECONDS, and its end; not a traceback every poll."""

    def __init__(self, clock=None) -> None:
        self.clock = clock or asyncio.get_running_loop().time
        self.since: Optional[float] = None
        self.reminded = 0.0

    def failed(self) -> None:
        now = self.clock()
        if self.since is None:
            self.since = self.reminded = now
            logger.exception("delivery worker: database error; retrying every %.0f s", POLL_SECONDS)
        elif now - self.reminded >= OUTAGE_REMINDER_SECONDS:
            self.reminded = now
            logger.error("delivery worker: database still unreachable after %.0f s; retrying",
                         now - self.since)

    def succeeded(self) -> None:
        if self.since is not None:
            logger.warning("delivery worker: database answers again after %.0f s",
                           self.clock() - self.since)
            self.since = None


class DeliveryWorker:
    def __init__(self, settings: Settings, sessions: sessionmaker,
                 zone: tzinfo = timezone.utc) -> None:
        self.settings = settings
        self.sessions = sessions
        self.zone = zone  # the clinic's (clinic.yml timezone): the time staff read

    def ack_url(self, escalation_id: int) -> str:
        return f"{self.settings.link_base}/oncall/ack/{sign_ack(escalation_id, self.settings.secret_key)}"

    async def run_forever(self) -> None:
        outage = OutageLog()
        async with aiohttp.ClientSession() as http:
            while True:
                try:
                    await self.tick(http)
                except SQLAlchemyError:
                    outage.failed()
                else:
                    outage.succeeded()
                await asyncio.sleep(POLL_SECONDS)

    async def tick(self, http: aiohttp.ClientSession) -> int:
        """One pass: page backups and the digest when due, then send what is due.
        Returns sends."""
        self._page_backups()
        self._queue_digest()
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

    def _queue_digest(self) -> None:
        with self.sessions() as session:
            page = queue_digest(session=session, budget=Budget.from_settings(self.settings.oncall),
                                targets=self.settings.oncall.targets("primary"), now=utcnow())
            if page is not None:
                logger.warning("paging budget: digest page %s queued (%s escalations, %s upgrades)",
                               page.id, page.held_escalations, page.held_upgrades)

    def _notification(self, session, delivery):
        """What this delivery says, and its idempotency key (stable across retries)."""
        page = outbox.page_of(session=session, delivery=delivery)
        if page is not None and page.kind == "digest":
            oncall = self.settings.oncall
            return DigestNotification(
                page_id=page.id, escalations=page.held_escalations or 0,
                upgrades=page.held_upgrades or 0,
                created_at=as_utc(page.created_at).isoformat(timespec="seconds"),
                dashboard_url=f"{self.settings.link_base}/staff/escalations?status=open",
                budget=oncall.page_budget, budget_minutes=oncall.page_budget_minutes,
                local_time=when(page.created_at, self.zone),
            ), f"digest-{page.id}-{delivery.channel}"
        escalation = outbox.escalation_of(session=session, delivery=delivery)
        # The page's category: an upgrade page names what it was upgraded to.
        category = page.category if page is not None and page.category else escalation.category
        return Notification(
            escalation_id=escalation.id, category=category,
            created_at=escalation.created_at.isoformat(timespec="seconds"),
            ack_url=self.ack_url(escalation.id), backup=delivery.level == "backup",
            upgraded=delivery.level.startswith("upgrade"), language=escalation.language,
            local_time=when(escalation.created_at, self.zone),
        ), f"{escalation.id}-{delivery.channel}-{delivery.level}"

    async def _deliver(self, http, session, delivery_id: int) -> int:
        delivery = outbox.claim(session=session, delivery_id=delivery_id, now=utcnow())
        if delivery is None:
            return 0
        note, key = self._notification(session, delivery)
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


def start(settings: Settings, sessions: sessionmaker,
          zone: tzinfo = timezone.utc) -> Optional[asyncio.Task]:
    return asyncio.get_running_loop().create_task(
        DeliveryWorker(settings, sessions, zone).run_forever())
