"""A Rasa NLU graph component that reads the conversation's language (issue 15).

Listed in config.yml after the CrisisGuard. On every message it adds a
`language` entity ("en" or "es") only on clear evidence
(bot.language.detect), or, when the message shows no language, the widget's
language that the web app sends as metadata only while it differs from the
assistant's (a new chat on a Spanish page); the entity fills the `language` slot, which picks the
Spanish or English variation of every response. A message that only asks for a
language ("en español por favor", "English please", the widget's language
buttons) becomes the `choose_language` intent with confidence 1.0, unless it
was read as a crisis. Button payloads (English texts, also under Spanish
titles) are never evidence, so a Spanish visitor's tap keeps Spanish.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (
    ENTITIES, INTENT, INTENT_NAME_KEY, TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.core.domain_text import load_responses
from bot.rasa_ext.chosen_intent import choose_intent
from bot.crisis import categories as C
from bot.language.detect import (
    LANGUAGES, LanguageDetector, explicit_choice, ignored_texts, named_language,
)
from bot.language.responses import button_payloads

ENTITY = "language"
CHOOSE_INTENT = "choose_language"


def set_language(message: Message, language: str) -> None:
    """Add the `language` entity (replacing any earlier one)."""
    entities = [e for e in message.get(ENTITIES) or [] if e.get("entity") != ENTITY]
    entities.append({"entity": ENTITY, "value": language, "extractor": "LanguageGuard",
                     "start": 0, "end": len(message.get(TEXT) or ""), "confidence_entity": 1.0})
    message.set(ENTITIES, entities, add_to_output=True)


def set_choice_intent(message: Message) -> None:
    """Make the message the `choose_language` intent, unless it is a crisis."""
    intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
    if intent in C.BY_INTENT:
        return
    choose_intent(message, CHOOSE_INTENT)


def widget_language(message: Message) -> Optional[str]:
    """The language the web app sends with a message (its metadata) when the
    visitor's widget is in another language than the assistant last answered
    in: the page is Spanish, or the visitor chose with the switch. Used only
    when the message itself shows no language ("hola", "ok")."""
    metadata = message.get("metadata")
    language = metadata.get("language") if isinstance(metadata, dict) else None
    return language if language in LANGUAGES else None


def read_payloads(domain_file: Path) -> frozenset:
    return ignored_texts(button_payloads(load_responses(domain_file)))


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False
)
class LanguageGuard(GraphComponent):
    """English or Spanish, switched only on clear evidence or on request."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"domain": "domain.yml"}

    def __init__(self, config: Dict[Text, Any]) -> None:
        from bot.core.settings import PROJECT_DIR

        domain = Path(config.get("domain") or "domain.yml")
        self._ignored = read_payloads(domain if domain.is_absolute() else PROJECT_DIR / domain)
        self._detector = LanguageDetector()
        self._detector.warm()  # 0.1 s (README, "Languages"): not on the first visitor's message

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "LanguageGuard":
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if text.lstrip().startswith("/"):
                continue  # an intent payload carries its own entities
            choice = explicit_choice(text)
            if choice:
                set_choice_intent(message)
            intent = (message.get(INTENT) or {}).get(INTENT_NAME_KEY)
            # A request for a language ("do you have staff who speak Spanish?")
            # names the one wanted, whatever language it is written in.
            named = named_language(text) if intent == CHOOSE_INTENT else None
            language = (choice or named or self._detector.clear_language(text, self._ignored)
                        or widget_language(message))
            if language:
                set_language(message, language)
        return messages

    def process_training_data(self, training_data):  # nothing to learn
        return training_data
