"""The emergency guidance as the assistant words it, for when Rasa cannot answer.

The texts are read from domain.yml (the single, sourced wording; see
docs/clinical-content.md), so the web app's fail-safe says exactly what the
assistant would have said, including the variation that the `crisis_category`
slot picks (an intentional overdose gets the combined guidance).
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Optional

from bot.crisis import categories
from bot.core.domain_text import DOMAIN_FILE, read_responses, texts_of
from bot.language.responses import EN, language_of, text_for
from bot.oncall.budget import NOT_PAGED

STAFF_NOTIFIED = "utter_crisis_staff_notified"
# Said instead of STAFF_NOTIFIED when no on-call channel is configured.
RECORDED_NO_ONCALL = "utter_crisis_recorded_no_oncall"
SLOT = "crisis_category"


def follow_up_response(outcome: str) -> str:
    """What the visitor is told after the guidance, given the recorded message's
    paging outcome (bot.oncall.budget), true for every outcome.

    "Recorded for the clinic's on-call staff so that a person can follow up" is
    true whether this message paged someone now, joined an escalation staff were
    already paged about (the escalation page shows it to them), or was held by
    the paging budget (staff get the digest page, which leads to it). It never
    claims that someone was paged this minute. Only when no on-call channel is
    configured is nobody told at all, and the visitor hears that instead.
    """
    return RECORDED_NO_ONCALL if outcome == NOT_PAGED else STAFF_NOTIFIED


def _condition_value(variation: dict) -> Optional[str]:
    for condition in variation.get("condition") or []:
        if condition.get("type") == "slot" and condition.get("name") == SLOT:
            return condition.get("value")
    return None


def variation_text(variations: List[dict], key: str) -> str:
    """The text Rasa would choose with the slot set to `key`: a variation
    conditioned on it, else the unconditioned one."""
    matching = [v for v in variations if _condition_value(v) == key and language_of(v) == EN]
    default = [v for v in variations if not v.get("condition")]
    chosen = (matching or default or [{}])[0].get("text")
    if not chosen:
        raise ValueError(f"no variation of the guidance fits category {key!r}")
    return chosen.strip()


def guidance_of(responses: Dict[str, List[dict]], language: str = EN,
                source: Path = DOMAIN_FILE) -> Dict[str, List[str]]:
    """{category key: [text, ...]} for every crisis category, plus STAFF_NOTIFIED and
    RECORDED_NO_ONCALL: [text]; in `language`, the variation Rasa picks when the
    `language` slot has that value (the Spanish texts are the assistant's own)."""
    guidance = {}
    for category in categories.CATEGORIES:
        variations = responses.get(category.response)
        if not variations:
            raise ValueError(f"{source}: response {category.response} is missing")
        guidance[category.key] = [
            variation_text(variations, category.key) if language == EN
            else text_for(responses, category.response, language, **{SLOT: category.key})]
    for name, text in texts_of(responses, (STAFF_NOTIFIED, RECORDED_NO_ONCALL), language, source).items():
        guidance[name] = [text]
    return guidance


def load_guidance(domain_file: Path = DOMAIN_FILE, language: str = EN) -> Dict[str, List[str]]:
    """guidance_of() the responses in `domain_file`."""
    return guidance_of(read_responses(domain_file), language, domain_file)
