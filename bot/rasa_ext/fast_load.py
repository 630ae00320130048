"""DIETClassifier and TEDPolicy that load their trained network fast.

Named in config.yml instead of Rasa's classes. They differ from them only in
`model_class()`, the hook Rasa's own ResponseSelector and UnexpecTEDIntentPolicy
use to specialise DIET and TED: training, persistence and prediction are
Rasa's, loading skips the dummy training step (`deferred_restore`).
"""

from __future__ import annotations

from typing import Type

from rasa.core.policies.ted_policy import TED, TEDPolicy
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.diet_classifier import DIETClassifier
from rasa.utils.tensorflow.models import RasaModel

from bot.rasa_ext.deferred_restore import DeferredRestoreDIET, DeferredRestoreTED


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER,
     DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR],
    is_trainable=True,
)
class FastLoadDIETClassifier(DIETClassifier):
    """Rasa's DIETClassifier whose trained network loads without a training step."""

    @staticmethod
    def model_class() -> Type[RasaModel]:
        return DeferredRestoreDIET


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITH_END_TO_END_SUPPORT, is_trainable=True
)
class FastLoadTEDPolicy(TEDPolicy):
    """Rasa's TEDPolicy whose trained network loads without a training step."""

    @staticmethod
    def model_class() -> Type[TED]:
        return DeferredRestoreTED
