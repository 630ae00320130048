"""The sentence-embedding featurizer gives DIET one meaning vector per message."""

import numpy as np
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, FEATURE_TYPE_SEQUENCE, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlp.sentence_featurizer import SENTENCE_EMBEDDING, SentenceEmbeddingFeaturizer


def _featurizer():
    config = {**SentenceEmbeddingFeaturizer.get_default_config(), "alias": "sentence_embedding"}
    return SentenceEmbeddingFeaturizer(config, "sentence_embedding")


def _sentence_vector(message):
    features = [f for f in message.features
                if f.type == FEATURE_TYPE_SENTENCE and f.attribute == TEXT]
    assert len(features) == 1
    return features[0].features


def test_each_message_gets_one_unit_sentence_vector_and_no_token_vectors():
    message = Message(data={TEXT: "is the nasal spray made by a compounding pharmacy?"})
    _featurizer().process([message])
    vector = _sentence_vector(message)
    assert vector.shape == (1, 384)
    assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-4
    assert not [f for f in message.features if f.type == FEATURE_TYPE_SEQUENCE]
    np.testing.assert_array_equal(message.get(SENTENCE_EMBEDDING), vector[0])


def test_a_paraphrase_lands_nearer_than_a_different_question():
    texts = ["how much does a spravato treatment cost",
             "what's the price of the esketamine sessions",
             "can i drive home after my appointment"]
    messages = [Message(data={TEXT: t}) for t in texts]
    _featurizer().process_training_data(TrainingData(messages))
    cost, price, drive = (_sentence_vector(m)[0] for m in messages)
    assert float(cost @ price) > float(cost @ drive) + 0.1


def test_messages_without_text_are_left_alone():
    intent_only = Message(data={"intent": "greet"})
    blank = Message(data={TEXT: "   "})
    _featurizer().process([intent_only, blank])
    assert intent_only.features == [] and blank.features == []
