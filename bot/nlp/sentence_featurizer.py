"""Sentence embeddings (all-MiniLM-L6-v2) as dense features for DIET.

Our own features are word counts and character n-grams: they know only the
words our training examples use. A visitor who asks "is the nasal one a brand
name or mixed by a pharmacy?" shares few words with any example; a sentence
embedding places that question near "is the ketamine spray compounded?". This
featurizer adds one 384-float sentence vector per message (no token vectors:
the sparse featurizers keep the word-level signal) and DIET learns how much
to trust it.

The encoder is the NumPy forward pass of `bot.crisis.sentence_encoder`, shared
with the CrisisGuard's risk model (one copy of the weights per process). The
vector is also left on the message (`SENTENCE_EMBEDDING`) so a later component
can reuse it instead of encoding the text again.
"""

from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

import numpy as np
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import FEATURIZER_CLASS_ALIAS
from rasa.nlu.featurizers.dense_featurizer.dense_featurizer import DenseFeaturizer
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.crisis.sentence_encoder import shared_encoder

logger = logging.getLogger(__name__)

# Message property holding the unit-length embedding of the message's text.
SENTENCE_EMBEDDING = "sentence_embedding"


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class SentenceEmbeddingFeaturizer(DenseFeaturizer, GraphComponent):
    """Adds an all-MiniLM-L6-v2 sentence vector to each message's text features."""

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**DenseFeaturizer.get_default_config(), "batch_size": 64}

    def __init__(self, config: Dict[Text, Any], name: Text) -> None:
        super().__init__(name, config)
        self._encoder = shared_encoder()

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage,
               resource: Resource, execution_context: ExecutionContext) -> GraphComponent:
        return cls(config, execution_context.node_name)

    @classmethod
    def validate_config(cls, config: Dict[Text, Any]) -> None:
        pass

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self._featurize(training_data.training_examples)
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        self._featurize(messages)
        return messages

    def _featurize(self, messages: List[Message]) -> None:
        with_text = [m for m in messages if _text(m)]
        if not with_text:
            return
        vectors = self._encoder.encode([_text(m) for m in with_text],
                                       batch_size=self._config["batch_size"])
        for message, vector in zip(with_text, vectors):
            message.set(SENTENCE_EMBEDDING, vector)
            message.add_features(Features(
                vector[np.newaxis, :], FEATURE_TYPE_SENTENCE, TEXT,
                self._config[FEATURIZER_CLASS_ALIAS]))


def _text(message: Message) -> Optional[str]:
    text = message.get(TEXT)
    return text if isinstance(text, str) and text.strip() else None
