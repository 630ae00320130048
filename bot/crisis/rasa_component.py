"""A Rasa NLU graph component that runs the crisis detector on every message.

Listed in config.yml after the FallbackClassifier, so it has the last word: when
the deterministic detector fires, the message's intent becomes the crisis intent
for that category with confidence 1.0 (whatever DIET thought), and the category
is added as a `crisis_category` entity. Rules then put the emergency guidance
first, from anywhere in the conversation.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (
    ENTITIES, INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY, TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from bot.crisis import patterns

CRISIS_INTENTS = {
    patterns.OVERDOSE: "crisis_overdose",
    patterns.SELF_HARM: "crisis_self_harm",
    patterns.MEDICAL: "crisis_medical",
}
ENTITY = "crisis_category"


def apply_detection(message: Message, category: Optional[str]) -> None:
    """Overwrite the intent with the crisis intent and add the category entity."""
    if category is None:
        return
    intent = {INTENT_NAME_KEY: CRISIS_INTENTS[category], PREDICTED_CONFIDENCE_KEY: 1.0}
    ranking = [intent] + [
        r for r in message.get(INTENT_RANKING_KEY) or [] if r.get(INTENT_NAME_KEY) != intent[INTENT_NAME_KEY]
    ]
    entities = [e for e in message.get(ENTITIES) or [] if e.get("entity") != ENTITY]
    entities.append({"entity": ENTITY, "value": category, "extractor": "CrisisGuard",
                     "start": 0, "end": len(message.get(TEXT) or ""), "confidence_entity": 1.0})
    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
    message.set(ENTITIES, entities, add_to_output=True)


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class CrisisGuard(GraphComponent):
    """Deterministic emergency detection on every message (no training)."""

    def __init__(self, config: Dict[Text, Any]) -> None:
        from bot.crisis.detector import CrisisDetector

        self._detector = CrisisDetector()

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "CrisisGuard":
        return cls(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            detection = self._detector.detect(message.get(TEXT) or "")
            apply_detection(message, detection.category if detection else None)
        return messages

    def process_training_data(self, training_data):  # nothing to learn
        return training_data
