"""Response texts read from domain.yml, for the few places outside Rasa that must
say exactly what the assistant says (the web app's greeting and fail-safe)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Iterable, List

import yaml

from bot.core.settings import PROJECT_DIR

DOMAIN_FILE = PROJECT_DIR / "domain.yml"


def read_responses(domain_file: Path = DOMAIN_FILE) -> Dict[str, List[Dict[str, Any]]]:
    """domain.yml's responses, read with the C loader when PyYAML has it (the
    domain is large; Rasa components and the web app read it at start-up)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return (yaml.load(domain_file.read_text(encoding="utf-8"), Loader=loader) or {}).get("responses") or {}


def load_responses(domain_file: Path = DOMAIN_FILE) -> Dict[str, List[Dict[str, Any]]]:
    """domain.yml's responses, or {} when the file is missing (an NLU component
    loaded outside the project)."""
    return read_responses(domain_file) if domain_file.exists() else {}


def texts_of(responses: Dict[str, List[Dict[str, Any]]], names: Iterable[str],
             language: str = "en", source: Path = DOMAIN_FILE) -> Dict[str, str]:
    """{response name: text of its first variation}, or of the variation for
    `language` other than English (the `language` slot's condition); raises
    ValueError if one is missing."""
    if language != "en":
        from bot.language.responses import text_for

        return {name: text_for(responses, name, language) for name in names}
    texts = {}
    for name in names:
        variations = responses.get(name) or []
        if not variations or not variations[0].get("text"):
            raise ValueError(f"{source}: response {name} has no text")
        texts[name] = variations[0]["text"].strip()
    return texts

