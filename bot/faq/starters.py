"""The questions a new chat offers first, as buttons under the greeting (pure).

The web app shows them (bot.web.chat, bot.web.chat_words); the NLU's
ButtonIntentClassifier (bot.rasa_ext.button_intents) reads their payloads, like
every button payload in domain.yml, as the intent they were made for.
"""

from __future__ import annotations

from typing import Dict, List

STARTERS: List[Dict[str, str]] = [
    {"title": "What is Spravato?", "payload": "What is Spravato?"},
    {"title": "How does ketamine nasal spray work?", "payload": "How does ketamine nasal spray work?"},
    {"title": "Is ketamine right for me?", "payload": "Is ketamine treatment right for me?"},
    {"title": "Can someone call me?", "payload": "Can someone call me?"},
]

# What a new Spanish conversation offers first (the Spanish NLU reads them).
STARTERS_ES: List[Dict[str, str]] = [
    {"title": "¿Qué es Spravato?", "payload": "¿Qué es Spravato?"},
    {"title": "¿Cómo funciona el spray nasal de ketamina?",
     "payload": "¿Cómo funciona el spray nasal de ketamina?"},
    {"title": "¿La ketamina es para mí?", "payload": "¿La ketamina es para mí?"},
    {"title": "¿Me pueden llamar?", "payload": "¿Me pueden llamar?"},
]

__all__ = ["STARTERS", "STARTERS_ES"]
