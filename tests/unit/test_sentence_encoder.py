"""The offline all-MiniLM-L6-v2 encoder gives the published model's embeddings."""

import numpy as np
import pytest

from bot.crisis.sentence_encoder import HIDDEN, SentenceEncoder, packaged_model_zip


@pytest.fixture(scope="module")
def encoder():
    return SentenceEncoder.load()


def test_similarities_match_the_published_example(encoder):
    # sentence-transformers' quick-start example for all-MiniLM-L6-v2
    vectors = encoder.encode(["The weather is lovely today.", "It's so sunny outside!",
                              "He drove to the stadium."])
    published = [[1.0, 0.6660, 0.1046], [0.6660, 1.0, 0.1411], [0.1046, 0.1411, 1.0]]
    assert np.allclose(vectors @ vectors.T, published, atol=5e-5)


def test_a_message_reads_the_same_alone_and_in_a_padded_batch(encoder):
    texts = ["ok", "my friend took too many pills and will not wake up, what do I do right now"]
    together = encoder.encode(texts)
    alone = np.vstack([encoder.encode([t]) for t in texts])
    assert together.shape == (2, HIDDEN)
    assert np.allclose(together, alone, atol=1e-5)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)


def test_meaning_not_wording_brings_messages_together(encoder):
    wish, paraphrase, unrelated = encoder.encode([
        "I wish I could go to sleep and never wake up",
        "sometimes I hope I just don't wake up tomorrow",
        "what time does the clinic open on saturday"])
    assert wish @ paraphrase > 0.6 > 0.2 > wish @ unrelated


def test_the_model_comes_from_the_pinned_package_not_the_network():
    assert packaged_model_zip().name == "model.zip"
    assert "site-packages" in str(packaged_model_zip())
