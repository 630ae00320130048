"""Take the optimizer's state out of a trained model archive.

    python -m bot.rasa_ext.slim_model models/clinic.tar.gz

Rasa saves DIET's and TED's checkpoints with Keras' `save_weights`, which
stores the optimizer with the network: Adam keeps two slots per weight, so
two thirds of our DIET checkpoint (12.9 M of 19.6 M numbers, most of the 76 MB
archive) is training state that answering a message never reads. Every start
decompresses it all (about 1.3 s of zlib on this machine) and the deferred
restore (bot/rasa_ext/deferred_restore.py) then leaves it unread.

This rewrites each checkpoint in the archive without the optimizer: the same
tensors under the same keys for every network weight, and TensorFlow's object
graph with the optimizer's saved values and slot references removed (its nodes
stay, empty, so every other node keeps its number). A model loaded from it
restores every weight it builds (`assert_existing_objects_matched` in the
deferred restore) and predicts the same; Rasa's own loading also works, and
fine-tuning from it starts the optimizer afresh. `make train` runs it after
`rasa train`, which repackages the full checkpoints from its cache each time.

The archive is rewritten through a temporary file and renamed into place.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tarfile
import tempfile
from pathlib import Path
from typing import List, Tuple

from tarsafe import TarSafe

OBJECT_GRAPH_KEY = "_CHECKPOINTABLE_OBJECT_GRAPH"
OPTIMIZER_SEGMENT = "optimizer"


def is_optimizer_key(key: str) -> bool:
    """A checkpoint key saved for the optimizer: its own variables
    ("model/optimizer/_variables/13/...", Keras 2.11+) or a slot kept beside a
    weight (".../kernel/.OPTIMIZER_SLOT/...", older optimizers)."""
    return OPTIMIZER_SEGMENT in key.split("/")[:-2] or ".OPTIMIZER_SLOT" in key


def checkpoint_prefixes(directory: Path) -> List[Path]:
    """The TensorFlow checkpoints under `directory` (one `.index` file each)."""
    return sorted(path.with_suffix("") for path in directory.rglob("*.index"))


def slim_checkpoint(prefix: Path) -> Tuple[int, int]:
    """Rewrite the checkpoint at `prefix` without the optimizer's values;
    returns (numbers kept, numbers dropped)."""
    import numpy as np
    import tensorflow as tf
    from tensorflow.core.protobuf import trackable_object_graph_pb2

    reader = tf.train.load_checkpoint(str(prefix))
    shapes = reader.get_variable_to_shape_map()
    if OBJECT_GRAPH_KEY not in shapes:
        raise ValueError(f"{prefix}: not an object-based checkpoint")
    graph = trackable_object_graph_pb2.TrackableObjectGraph()
    graph.ParseFromString(reader.get_tensor(OBJECT_GRAPH_KEY))

    dropped_keys = {key for key in shapes if key != OBJECT_GRAPH_KEY and is_optimizer_key(key)}
    for node in graph.nodes:
        kept = [a for a in node.attributes if a.checkpoint_key not in dropped_keys]
        del node.attributes[:]
        node.attributes.extend(kept)
        del node.slot_variables[:]  # the optimizer's slots for this weight
    referenced = {a.checkpoint_key for node in graph.nodes for a in node.attributes}
    keys = sorted(key for key in shapes if key != OBJECT_GRAPH_KEY and key not in dropped_keys)
    unreferenced = set(keys) - referenced
    if unreferenced:
        raise ValueError(f"{prefix}: kept values the object graph does not name: {sorted(unreferenced)[:3]}")

    tensors = [tf.constant(reader.get_tensor(key)) for key in keys]
    tensors.append(tf.constant(graph.SerializeToString()))
    names = keys + [OBJECT_GRAPH_KEY]
    staging = Path(tempfile.mkdtemp(dir=prefix.parent, prefix=".slim"))
    try:
        staged = staging / prefix.name
        tf.raw_ops.SaveV2(prefix=str(staged), tensor_names=names, shape_and_slices=[""] * len(names),
                          tensors=tensors)
        for old in prefix.parent.glob(prefix.name + ".*"):
            old.unlink()
        for new in staging.iterdir():
            os.replace(new, prefix.parent / new.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)

    def size(key: str) -> int:
        return int(np.prod(shapes[key])) if shapes[key] else 1
    return sum(map(size, keys)), sum(map(size, dropped_keys))


def slim_archive(archive: Path) -> List[Tuple[str, int, int]]:
    """Rewrite the model archive with slim checkpoints, as Rasa packs it
    (tar.gz of the directory, arcname ""). Returns (checkpoint, kept, dropped)."""
    report = []
    with tempfile.TemporaryDirectory(dir=archive.parent, prefix=".slim-model") as temporary:
        unpacked = Path(temporary) / "model"
        # Unpacked the way Rasa unpacks models: TarSafe refuses members that
        # would land outside the directory (absolute paths, "..", links).
        with TarSafe.open(archive, "r:gz") as tar:
            tar.extractall(unpacked)
        for prefix in checkpoint_prefixes(unpacked):
            kept, dropped = slim_checkpoint(prefix)
            report.append((str(prefix.relative_to(unpacked)), kept, dropped))
        packed = Path(temporary) / "model.tar.gz"
        with tarfile.open(packed, "w:gz") as tar:
            tar.add(unpacked, arcname="")
        os.replace(packed, archive)
    return report


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", type=Path)
    args = parser.parse_args(argv)
    before = args.archive.stat().st_size
    for name, kept, dropped in slim_archive(args.archive):
        print(f"{name}: kept {kept:,} numbers, dropped {dropped:,} (optimizer)")
    print(f"{args.archive}: {before / 1e6:.1f} MB -> {args.archive.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
