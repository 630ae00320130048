"""A tapped button means what it was made for, whatever a training run learned.

Our buttons send text payloads ("Is ketamine right for me?", "None of these",
"¿Qué es Spravato?"): the forms' parsers read the answer's words, and staff see
in a transcript what the visitor chose. Read by DIET alone, a payload's intent
depends on the training run: the same data trained on another day read the
widget's "Is ketamine treatment right for me?" below the fallback threshold
and offered "Did you mean...?", and read the triage form's "None of these" as
possible risk through the risk model. A button's meaning must not be a matter
of chance.

At training, every payload a button can send (domain.yml's responses and the
widget's first buttons, bot.faq.starters) is looked up among the NLU training
examples; a payload that is an example of exactly one intent maps to it. At
inference, a message whose text is such a payload gets that intent with
confidence 1.0, and the rest of DIET's ranking below it. Listed in config.yml
after the FallbackClassifier and before the CrisisGuard, which still reads
every message and has the last word. Texts are compared folded (case, accents,
punctuation and spacing ignored), so a visitor who types a payload gets the
same. `payload_intents` is pure and tested without a model; a test also
requires every payload to map to one intent (tests/unit/test_button_intents.py).
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional, Set, Text, Tuple

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.core.domain_text import load_responses
from bot.rasa_ext.chosen_intent import choose_intent
from bot.faq.starters import STARTERS, STARTERS_ES
from bot.language.detect import fold
from bot.language.responses import button_payloads

logger = logging.getLogger(__name__)

FILE_NAME = "button_intents.json"


def all_payloads(domain_file: Path) -> List[str]:
    """Every text a button can send: domain.yml's responses and the widget's
    first buttons."""
    starters = [b["payload"] for b in STARTERS + STARTERS_ES]
    return [p for p in list(button_payloads(load_responses(domain_file))) + starters
            if not p.lstrip().startswith("/")]


def payload_intents(payloads: Iterable[str],
                    examples: Iterable[Tuple[str, str]]) -> Tuple[Dict[str, str], Dict[str, Set[str]]]:
    """(folded payload -> its one intent, folded payload -> its intents when not
    exactly one: none found, or several). `examples` are (text, intent) pairs."""
    wanted = {fold(p) for p in payloads if fold(p)}
    found: Dict[str, Set[str]] = defaultdict(set)
    for text, intent in examples:
        key = fold(text)
        if key in wanted and intent:
            found[key].add(intent)
    mapped = {key: next(iter(intents)) for key, intents in found.items() if len(intents) == 1}
    unmapped = {key: found.get(key, set()) for key in wanted if key not in mapped}
    return mapped, unmapped


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True
)
class ButtonIntentClassifier(GraphComponent, IntentClassifier):
    """A button payload's intent, from the training examples, at confidence 1.0."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"domain": "domain.yml"}

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 intents: Optional[Dict[str, str]] = None) -> None:
        self._config = config
        self._model_storage = model_storage
        self._resource = resource
        self._intents = intents or {}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "ButtonIntentClassifier":
        return cls(config, model_storage, resource)

    def _domain_file(self) -> Path:
        from bot.core.settings import PROJECT_DIR

        domain = Path(self._config.get("domain") or "domain.yml")
        return domain if domain.is_absolute() else PROJECT_DIR / domain

    def train(self, training_data: TrainingData) -> Resource:
        examples = [(m.get(TEXT) or "", m.get(INTENT) or "") for m in training_data.intent_examples]
        self._intents, unmapped = payload_intents(all_payloads(self._domain_file()), examples)
        if unmapped:
            # Not an error at training time (the unit test is the gate): DIET reads them.
            logger.warning("%d button payloads are not training examples of exactly one "
                           "intent; DIET reads them: %s", len(unmapped), sorted(unmapped))
        self.persist()
        return self._resource

    def persist(self) -> None:
        with self._model_storage.write_to(self._resource) as directory:
            (directory / FILE_NAME).write_text(json.dumps(self._intents, ensure_ascii=False,
                                                          sort_keys=True), encoding="utf-8")

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "ButtonIntentClassifier":
        try:
            with model_storage.read_from(resource) as directory:
                intents = json.loads((directory / FILE_NAME).read_text(encoding="utf-8"))
        except (ValueError, FileNotFoundError):
            logger.warning("ButtonIntentClassifier has no trained mapping; DIET reads every payload.")
            intents = {}
        return cls(config, model_storage, resource, intents)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if text.lstrip().startswith("/"):
                continue  # an intent payload is Rasa's own
            intent = self._intents.get(fold(text))
            if intent:
                choose_intent(message, intent)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
