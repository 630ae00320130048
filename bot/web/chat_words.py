"""The chat gateway's own words in the conversation's language, and which
language the assistant answered in (pure; bot.web.chat uses it).

The web app has no lingua: the language of a text is read from its small words
(bot.language.detect.word_language). The assistant's answers are whole
sentences, so the reading is reliable there; a visitor's message is read only
when Rasa cannot answer, and then falls back to the widget's language.
The Spanish crisis words are the assistant's own (domain.yml), never new ones.
"""

from __future__ import annotations

from typing import Dict, List, Optional

from bot.clinic.profile import Clinic
from bot.faq.starters import STARTERS_ES  # noqa: F401  (the widget's Spanish buttons)
from bot.language.detect import EN, ES, word_language

# domain.yml's Spanish emergency line (utter_goodbye): 911, then 988 "marque 2" or AYUDA.
EMERGENCY_ES = ("En una emergencia, llame al 911. Si tiene una crisis de salud mental, "
                "llame al 988 y marque 2 para español, o envíe AYUDA por texto al 988, "
                "a cualquier hora.")

# The gateway's fixed notes (bot.web.chat, bot.web.chat_input), in Spanish.
NOTICES_ES = {
    "Sorry, that message couldn't be read. Please type it again.":
        "Perdón, no pude leer ese mensaje. Por favor, escríbalo otra vez.",
    "You're sending messages very quickly. Please wait a few seconds, then send your "
    "message again.":
        "Está enviando mensajes muy rápido. Espere unos segundos y envíe su mensaje otra vez.",
    "Your message is over 1,000 characters, so I couldn't send it. Could you shorten it "
    "or send it in parts?":
        "Su mensaje tiene más de 1,000 caracteres, así que no pude enviarlo. ¿Puede "
        "acortarlo o enviarlo en partes?",
    "I couldn't load your earlier messages just now; the conversation can go on.":
        "Ahora no pude mostrar sus mensajes anteriores; la conversación puede seguir.",
    "One moment, please.": "Un momento, por favor.",
}


def in_language(text: str, language: Optional[str]) -> str:
    """A fixed note of the gateway in the conversation's language (as it is
    when there is no Spanish version)."""
    return NOTICES_ES.get(text, text) if language == ES else text


def trouble_text_es(clinic: Clinic) -> str:
    """bot.web.chat.trouble_text in Spanish: Rasa could not answer."""
    reach = (f" Puede llamar a {clinic.name} al {clinic.phone}." if clinic.phone
             else f" Puede comunicarse con la recepción en {clinic.website}." if clinic.website
             else "")
    return ("El asistente tiene problemas en este momento, así que su mensaje no llegó. "
            f"Por favor, intente de nuevo en un momento.{reach} {EMERGENCY_ES}")


def message_language(text: str, widget_language: Optional[str]) -> str:
    """A visitor's message read when Rasa cannot answer: its own small words,
    else the language the widget reported (switch, page, the conversation)."""
    return word_language(text) or (ES if widget_language == ES else EN)


def mark_languages(messages: List[Dict]) -> Optional[str]:
    """Adds "language" to each message whose text shows one (the widget sets
    `lang` on its bubble); returns the language of all the texts together,
    or None when they do not show one."""
    for message in messages:
        language = word_language(message.get("text") or "")
        if language:
            message["language"] = language
    return word_language(" ".join(m.get("text") or "" for m in messages))
