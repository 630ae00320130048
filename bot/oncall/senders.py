"""Channels: a JSON webhook (Slack-compatible `text`) and email over SMTP."""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from email.message import EmailMessage

import aiohttp

from bot.oncall.message import Notification
from bot.core.settings import OnCallSettings

WEBHOOK_TIMEOUT_SECONDS = 10
SMTP_TIMEOUT_SECONDS = 15


class DeliveryFailed(Exception):
    """Not delivered; the message is safe to store (no personal information)."""


async def send_webhook(http: aiohttp.ClientSession, url: str, note: Notification,
                       idempotency_key: str) -> None:
    try:
        async with http.post(
            url, json=note.webhook_body(),
            headers={"Idempotency-Key": idempotency_key},
            timeout=aiohttp.ClientTimeout(total=WEBHOOK_TIMEOUT_SECONDS),
        ) as response:
            if response.status >= 300:
                raise DeliveryFailed(f"webhook answered HTTP {response.status}")
    except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
        raise DeliveryFailed(f"webhook unreachable: {type(exc).__name__}") from None


def _send_email_blocking(config: OnCallSettings, to: str, note: Notification,
                         idempotency_key: str) -> None:
    message = EmailMessage()
    message["From"] = config.smtp_from or config.smtp_user or "assistant@localhost"
    message["To"] = to
    message["Subject"] = note.subject
    message["Message-ID"] = f"<escalation-{idempotency_key}@clinic-assistant>"
    message.set_content(note.text)
    try:
        with smtplib.SMTP(config.smtp_host, config.smtp_port, timeout=SMTP_TIMEOUT_SECONDS) as smtp:
            if config.smtp_starttls and smtp.has_extn("starttls"):
                smtp.starttls(context=ssl.create_default_context())
            if config.smtp_user:
                smtp.login(config.smtp_user, config.smtp_password)
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise DeliveryFailed(f"smtp failed: {type(exc).__name__}") from None


async def send_email(config: OnCallSettings, to: str, note: Notification,
                     idempotency_key: str) -> None:
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, _send_email_blocking, config, to, note, idempotency_key)
