"""A model archive without the optimizer's state predicts the same, restores
every weight, and keeps everything else in the archive as it was."""

import tarfile
from pathlib import Path

import numpy as np
import pytest
from tarsafe import TarSafeException

from bot.rasa_ext import slim_model

tf = pytest.importorskip("tensorflow")


def trained_network():
    tf.keras.utils.set_random_seed(3)
    model = tf.keras.Sequential([tf.keras.layers.Dense(8, activation="relu"), tf.keras.layers.Dense(3)])
    model.compile(optimizer=tf.keras.optimizers.Adam(), loss="mse")
    x, y = np.random.rand(16, 5).astype("float32"), np.random.rand(16, 3).astype("float32")
    model.fit(x, y, epochs=2, verbose=0)
    return model, x


def fresh_network():
    return tf.keras.Sequential([tf.keras.layers.Dense(8, activation="relu"), tf.keras.layers.Dense(3)])


def test_a_slim_checkpoint_restores_every_weight_and_predicts_the_same(tmp_path):
    model, x = trained_network()
    prefix = tmp_path / "net" / "model.tf_model"
    model.save_weights(str(prefix), save_format="tf")
    before = set(tf.train.load_checkpoint(str(prefix)).get_variable_to_shape_map())
    assert any(slim_model.is_optimizer_key(k) for k in before)

    kept, dropped = slim_model.slim_checkpoint(prefix)

    after = set(tf.train.load_checkpoint(str(prefix)).get_variable_to_shape_map())
    assert dropped > kept > 0
    assert not any(slim_model.is_optimizer_key(k) for k in after)
    assert after == {k for k in before if not slim_model.is_optimizer_key(k)}
    restored = fresh_network()
    status = restored.load_weights(str(prefix))
    restored(x[:1])  # builds the weights, each restored as it is created
    status.assert_existing_objects_matched()
    np.testing.assert_array_equal(restored(x).numpy(), model(x).numpy())

    # a network with an optimizer (Rasa's own loading, fine-tuning) still loads it
    again = fresh_network()
    again.compile(optimizer=tf.keras.optimizers.Adam(), loss="mse")
    again.fit(x, model(x).numpy(), epochs=1, verbose=0)
    again.load_weights(str(prefix))
    np.testing.assert_array_equal(again(x).numpy(), model(x).numpy())


def test_the_archive_keeps_its_other_files_and_layout(tmp_path):
    model, _ = trained_network()
    tree = tmp_path / "tree"
    (tree / "components" / "train_DIET").mkdir(parents=True)
    model.save_weights(str(tree / "components" / "train_DIET" / "model.tf_model"), save_format="tf")
    (tree / "metadata.json").write_text('{"domain": {}}')
    (tree / "components" / "train_DIET" / "labels.json").write_text("[1, 2, 3]")
    archive = tmp_path / "model.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:  # as Rasa packs it
        tar.add(tree, arcname="")
    with tarfile.open(archive) as tar:
        names_before = sorted(m.name for m in tar.getmembers())

    report = slim_model.slim_archive(archive)

    assert [name for name, _, _ in report] == ["components/train_DIET/model.tf_model"]
    with tarfile.open(archive) as tar:
        assert sorted(m.name for m in tar.getmembers()) == names_before
        assert tar.extractfile("metadata.json").read() == b'{"domain": {}}'
        assert tar.extractfile("components/train_DIET/labels.json").read() == b"[1, 2, 3]"


@pytest.mark.parametrize("arcname, link", [
    ("../../outside.txt", None),
    ("/tmp/absolute-from-slim-model-test.txt", None),
    ("components/escape", "../../../etc/passwd"),  # a link pointing outside
])
def test_an_archive_with_a_path_outside_itself_is_refused(tmp_path, arcname, link):
    evil = tmp_path / "evil.tar.gz"
    payload = tmp_path / "x.txt"
    payload.write_text("x")
    with tarfile.open(evil, "w:gz") as tar:
        if link is None:
            member = tarfile.TarInfo(arcname)  # tar.add would strip a leading "/"
            member.size = payload.stat().st_size
            with payload.open("rb") as data:
                tar.addfile(member, data)
        else:
            member = tarfile.TarInfo(arcname)
            member.type, member.linkname = tarfile.SYMTYPE, link
            tar.addfile(member)
    before = evil.read_bytes()
    with pytest.raises(TarSafeException):
        slim_model.slim_archive(evil)
    assert evil.read_bytes() == before  # left as it was
    assert not (tmp_path.parent / "outside.txt").exists()
    assert not Path("/tmp/absolute-from-slim-model-test.txt").exists()
