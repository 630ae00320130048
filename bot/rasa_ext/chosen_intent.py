"""One intent chosen for a message by a rule, not by DIET.

The ButtonIntentClassifier (a tapped button), the CrisisGuard (an emergency)
and the LanguageGuard (a language chosen) each overrule DIET the same way: the
chosen intent at confidence 1.0, first in the ranking, DIET's ranking of the
other intents kept below it for the policies and the logs.
"""

from __future__ import annotations

from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY
from rasa.shared.nlu.training_data.message import Message


def choose_intent(message: Message, intent: str) -> None:
    """Make `intent` the message's intent at confidence 1.0, DIET's ranking below it."""
    chosen = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: 1.0}
    ranking = [chosen] + [r for r in message.get(INTENT_RANKING_KEY) or []
                          if r.get(INTENT_NAME_KEY) != intent]
    message.set(INTENT, chosen, add_to_output=True)
    message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
