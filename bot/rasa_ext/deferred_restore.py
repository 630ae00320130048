"""Load a trained DIET or TED network without Rasa's dummy training step.

Rasa 3.6's `RasaModel.load` compiles the network, runs `fit` on one example
only so that Keras creates every weight, then overwrites those weights from
the checkpoint and runs one prediction to trace the graph. The training step
builds the whole training graph and the optimizer's slots just to throw them
away: most of the model's load time and about 0.3 GB that stays resident.

`DeferredRestore.load` reads the checkpoint before any weight exists.
TensorFlow then restores each weight from the checkpoint at the moment the
weight is created, and the warm-up prediction Rasa makes anyway creates exactly
the weights that prediction uses. Same weights, same graph, same outputs; the
training-only parts (optimizer state) are never built. Fine-tuning still takes
Rasa's path, since it needs the optimizer. The prediction graph is traced
without AutoGraph (`_rasa_predict`).
"""

from __future__ import annotations

from typing import Any, Dict, Optional, Text, Tuple

import numpy as np
import tensorflow as tf

from rasa.core.policies.ted_policy import TED
from rasa.nlu.classifiers.diet_classifier import DIET
from rasa.utils.tensorflow.constants import RUN_EAGERLY
from rasa.utils.tensorflow.model_data import RasaModelData
from rasa.utils.tensorflow.models import RasaModel


class DeferredRestore:
    """Mixin for a RasaModel subclass: `load` restores weights as they are built."""

    @classmethod
    def load(
        cls,
        model_file_name: Text,
        model_data_example: RasaModelData,
        predict_data_example: Optional[RasaModelData] = None,
        finetune_mode: bool = False,
        *args: Any,
        **kwargs: Any,
    ) -> RasaModel:
        if finetune_mode or predict_data_example is None:
            # Without a warm-up call nothing would create (and so restore) the
            # weights; fine-tuning needs the optimizer. Rasa's own path for both.
            return super().load(  # type: ignore[misc]
                model_file_name, model_data_example, predict_data_example,
                finetune_mode, *args, **kwargs)
        model = cls(*args, **kwargs)  # type: ignore[call-arg]
        eager = bool(kwargs.get("config", {}).get(RUN_EAGERLY))
        status = model.load_weights(model_file_name)
        # The warm-up prediction creates the weights; each is restored on creation.
        # Run eagerly first: a tf.function that creates variables is traced twice.
        model.run_eagerly = True
        model.run_inference(predict_data_example)
        status.assert_existing_objects_matched()  # every weight built came from the file
        status.expect_partial()  # the optimizer's state is left unread on purpose
        model.run_eagerly = eager
        if not eager:
            model.run_inference(predict_data_example)  # traces the prediction graph once
        return model

    def _rasa_predict(self, batch_in: Tuple[np.ndarray, ...]) -> Dict[Text, Any]:
        """Rasa's prediction, its graph traced without AutoGraph.

        AutoGraph rewrites Python control flow on tensors into graph ops; DIET's
        and TED's `predict_step` branch only on Python values (configuration,
        which inputs exist), so the rewrite changes nothing in the graph and
        costs about 5 s of start-up converting some 150 functions' source. A
        branch on a tensor would fail loudly at trace time instead of
        mis-tracing. tests/integration/test_fast_load.py compares the outputs
        with Rasa's own loading.
        """
        if not self._run_eagerly and self._tf_predict_step is None:
            self._tf_predict_step = tf.function(
                self.predict_step, input_signature=self._dynamic_signature(batch_in),
                autograph=False)
        return super()._rasa_predict(batch_in)  # type: ignore[misc]


class DeferredRestoreDIET(DeferredRestore, DIET):
    """DIET (intent classification) loaded by deferred restore."""


class DeferredRestoreTED(DeferredRestore, TED):
    """TED (dialogue policy) loaded by deferred restore."""
