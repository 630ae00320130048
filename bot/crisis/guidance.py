"""The emergency guidance as the assistant words it, for when Rasa cannot answer.

The texts are read from domain.yml (the single, sourced wording; see
docs/clinical-content.md), so the web app's fail-safe says exactly what the
assistant would have said.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List

from bot.domain_text import DOMAIN_FILE, load_texts

# Detector category -> responses, in the order the crisis rules utter them.
RESPONSES: Dict[str, List[str]] = {
    "overdose": ["utter_crisis_overdose"],
    "self_harm": ["utter_crisis_self_harm"],
    "medical_emergency": ["utter_crisis_medical"],
}
STAFF_NOTIFIED = "utter_crisis_staff_notified"


def load_guidance(domain_file: Path = DOMAIN_FILE) -> Dict[str, List[str]]:
    """{category: [text, ...]}, plus STAFF_NOTIFIED: [text]."""
    names = [n for names in RESPONSES.values() for n in names] + [STAFF_NOTIFIED]
    texts = load_texts(names, domain_file)
    guidance = {category: [texts[n] for n in names] for category, names in RESPONSES.items()}
    guidance[STAFF_NOTIFIED] = [texts[STAFF_NOTIFIED]]
    return guidance
