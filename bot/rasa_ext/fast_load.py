"""DIETClassifier and TEDPolicy that load their trained network fast, and DIET's
reading of each sentence of a longer message.

Named in config.yml instead of Rasa's classes. They differ from them in
`model_class()`, the hook Rasa's own ResponseSelector and UnexpecTEDIntentPolicy
use to specialise DIET and TED: training, persistence and prediction are
Rasa's, loading skips the dummy training step (`deferred_restore`).

The DIET classifier also reads each sentence of a message that has several
(`bot.faq.next_question.sentences`) with the same trained network, and adds
what it read to the parse data as `sentence_intents`, so that a second
question in one message can be answered too. A sentence's features are cut
from the message's own: the rows of its tokens for the sequence, and their sum
for the sentence vector, which is what the count-vector featurizers compute
for a text on its own (word counts and character n-grams inside word
boundaries both add up token by token; a test checks it on the trained model).
Nothing is featurized twice and nothing changes for one-sentence messages.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Type

import scipy.sparse
from rasa.core.policies.ted_policy import TED, TEDPolicy
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.diet_classifier import DIETClassifier
from rasa.nlu.constants import TOKENS_NAMES
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, FEATURE_TYPE_SEQUENCE, TEXT
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.utils.tensorflow.models import RasaModel

from bot.faq.next_question import PARSE_KEY, Span, sentence_reading, sentences
from bot.rasa_ext.deferred_restore import DeferredRestoreDIET, DeferredRestoreTED

# Readings kept per sentence (the whole message keeps Rasa's ranking length).
SENTENCE_RANKING_LENGTH = 5


def sentence_message(message: Message, span: Span) -> Optional[Message]:
    """The part of `message` inside `span` as a message of its own, with the
    tokens and features cut from the message's; None if no token falls in it."""
    tokens = message.get(TOKENS_NAMES[TEXT]) or []
    rows = [i for i, token in enumerate(tokens) if span.start <= token.start and token.end <= span.end]
    if not rows:
        return None
    first, last = rows[0], rows[-1] + 1
    part = Message(data={TEXT: message.get(TEXT)[span.start:span.end],
                         TOKENS_NAMES[TEXT]: tokens[first:last]})
    for feature in message.features:
        if feature.attribute != TEXT or feature.type != FEATURE_TYPE_SEQUENCE:
            continue
        if not feature.is_sparse():
            return None  # dense sequence features do not add up; not in this pipeline
        cut = scipy.sparse.csr_matrix(feature.features)[first:last]
        part.features.append(Features(cut.tocoo(), FEATURE_TYPE_SEQUENCE, TEXT, feature.origin))
        part.features.append(Features(scipy.sparse.coo_matrix(cut.sum(axis=0)),
                                      FEATURE_TYPE_SENTENCE, TEXT, feature.origin))
    return part


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER,
     DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR],
    is_trainable=True,
)
class FastLoadDIETClassifier(DIETClassifier):
    """Rasa's DIETClassifier whose trained network loads without a training step,
    and which also reads each sentence of a longer message on its own."""

    @staticmethod
    def model_class() -> Type[RasaModel]:
        return DeferredRestoreDIET

    def process(self, messages: List[Message]) -> List[Message]:
        messages = super().process(messages)
        for message in messages:
            readings = self.sentence_intents(message)
            if readings:
                message.set(PARSE_KEY, readings, add_to_output=True)
        return messages

    def sentence_intents(self, message: Message) -> List[Dict[str, Any]]:
        """What the network reads in each sentence of `message` (empty for one sentence)."""
        text = message.get(TEXT) or ""
        readings = []
        for span in sentences(text):
            part = sentence_message(message, span)
            if part is None:
                continue
            _, ranking = self._predict_label(self._predict(part))
            readings.append(sentence_reading(span, text, ranking[:SENTENCE_RANKING_LENGTH]))
        return readings if len(readings) >= 2 else []


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITH_END_TO_END_SUPPORT, is_trainable=True
)
class FastLoadTEDPolicy(TEDPolicy):
    """Rasa's TEDPolicy whose trained network loads without a training step."""

    @staticmethod
    def model_class() -> Type[TED]:
        return DeferredRestoreTED
