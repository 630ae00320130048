"""English or Spanish for a conversation, switched only on clear evidence (issue 15).

Two readings of one message, both pure:
- `explicit_choice`: the visitor asks for a language ("en español por favor",
  "español", "in English please", "¿habla español?"). Always decides.
- `LanguageDetector.clear_language`: lingua (offline n-gram models, restricted
  to English and Spanish) says which language a message is in, and the answer
  counts only when the message has at least `MIN_WORDS` words once names,
  numbers and the clinic's drug and condition names are left out, and lingua's
  confidence is at least `MIN_CONFIDENCE`. "ok", "no", "si", "spravato?", a
  name, a phone number or a date never switch a conversation. The thresholds are
  measured by bench/language_detection.py (figures in README, "Languages").

lingua runs in its low-accuracy mode (trigram models only): measured on the
bench set it reads these messages as well as the full models, because the
function-word rule carries the short ones, and it reads its models in about
0.1 s and 14 MB instead of about 2.5 s (with the GIL held) and 120 MB. The
models are read once, on the first message or by `warm()`; nothing is read at
import time. Button payloads are the English texts of the domain's buttons,
so a Spanish visitor's tap must not count as English: callers pass them as
`ignored`.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from typing import Dict, FrozenSet, Iterable, Optional

EN = "en"
ES = "es"
LANGUAGES = (EN, ES)

MIN_WORDS = 2
MIN_CONFIDENCE = 0.8
HIGH_CONFIDENCE = 0.99
LEANING_CONFIDENCE = 0.6

# Words that say nothing about the language: the clinic's own names, which a
# visitor types the same way in either language.
NEUTRAL_WORDS = frozenset("""
    spravato esketamine esketamina ketamine ketamina ketalar narcan naloxone naloxona
    ptsd tept crps mcas sgb iv ok okay hola hi gracias thanks si sí yes no
    fibromyalgia fibromialgia aetna medicaid medicare cigna humana
""".split())

# Closed-class words (articles, pronouns, question words, common verbs) that
# belong to one language only: a name, a date or a drug has none, so a message
# must hold one of the detected language's and none of the other's.
FUNCTION_WORDS = {
    EN: frozenset("""
        the an is are was were be been what whats how when where why who which can could would
        should will do does did have has had my your his her our their it its this that these
        those i im ive you he she we they them him of for with from about to at by and or but
        not dont cant isnt much many any some after before please need want get take help
        there here if than then just also very
    """.split()),
    ES: frozenset("""
        el la los las un una unos unas es son fue era está esta están estan estoy soy qué que
        cómo como cuándo cuando dónde donde por para porque pero con sin del al mi mis tu tus
        su sus nuestro yo usted ustedes él ella ellos nosotros le les lo hay tengo tiene tienen
        puedo puede pueden necesito quiero quisiera debo hace hacer cuánto cuanto cuánta cuanta
        cuáles cuales cual cuál y o ya muy más mas también tambien después despues antes ayuda
        favor sobre desde hasta entre este ese esa eso esto
    """.split()),
}

_SPANISH = r"(?:espanol|castellano|spanish)"
_ENGLISH = r"(?:ingles|english)"
_PLEASE = r"(?:\s+(?:por favor|porfa|porfavor|please|pls|plz))?"
_ASK = (r"(?:(?:can|could) (?:you|we) |(?:i )?(?:would like to |want to |prefer to )?|do you |"
        r"(?:puede|puedes|pueden|podemos|podria|quiero|quisiera|prefiero) )?")
_VERB = (r"(?:speak|talk|write|continue|switch to|change to|reply|answer|chat|"
         r"hablar|hablame|hableme|hablen|habla|hablas|hable|escribir|escribame|escribeme|"
         r"seguir|continuar|cambiar a|contestar|responder)")
_CHOICE = r"^(?:hola |hi |hello |ok |okay )?(?:{ask}{verb} )?(?:en |in )?{lang}{please}(?: please)?$"
EXPLICIT = {
    ES: re.compile(_CHOICE.format(ask=_ASK, verb=_VERB, lang=_SPANISH, please=_PLEASE)),
    EN: re.compile(_CHOICE.format(ask=_ASK, verb=_VERB, lang=_ENGLISH, please=_PLEASE)),
}


def fold(text: str) -> str:
    """Lowercase, accents dropped, punctuation as spaces, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def explicit_choice(text: str) -> Optional[str]:
    """The language the visitor asks for in so many words, or None."""
    folded = fold(text)
    for language, pattern in EXPLICIT.items():
        if pattern.match(folded):
            return language
    return None


def named_language(text: str) -> Optional[str]:
    """The one language a message names anywhere ("do you have staff who speak
    Spanish?"), or None when it names neither or both. Used only once the
    message has been read as a request for a language."""
    folded = f" {fold(text)} "
    named = {language for language, word in ((ES, _SPANISH), (EN, _ENGLISH))
             if re.search(rf" {word} ", folded)}
    return named.pop() if len(named) == 1 else None


def evidence_words(text: str) -> list:
    """The words that can tell the language: letters only, no e-mail addresses,
    no neutral names."""
    words = [w for w in text.split() if "@" not in w]
    letters = re.findall(r"[^\W\d_]+", " ".join(words).lower())
    return [w for w in letters if w not in NEUTRAL_WORDS and len(w) > 1]


class LanguageDetector:
    """lingua restricted to English and Spanish, built on first use."""

    def __init__(self, min_words: int = MIN_WORDS, min_confidence: float = MIN_CONFIDENCE) -> None:
        self.min_words = min_words
        self.min_confidence = min_confidence
        self._lingua = None
        self._lock = threading.Lock()

    def _detector(self):
        with self._lock:
            if self._lingua is None:
                from lingua import Language, LanguageDetectorBuilder

                self._lingua = (LanguageDetectorBuilder
                                .from_languages(Language.ENGLISH, Language.SPANISH)
                                .with_preloaded_language_models().with_low_accuracy_mode().build())
            return self._lingua

    def warm(self) -> None:
        """Read the models now rather than on the first message."""
        self._detector()

    def confidences(self, text: str) -> Dict[str, float]:
        """{"en": p, "es": 1 - p} from lingua."""
        values = self._detector().compute_language_confidence_values(text)
        return {(EN if v.language.name == "ENGLISH" else ES): v.value for v in values}

    def clear_language(self, text: str, ignored: FrozenSet[str] = frozenset()) -> Optional[str]:
        """The language of the message when the evidence is clear, else None.
        `ignored`: texts that are no evidence (button payloads), compared folded."""
        choice = explicit_choice(text)
        if choice:
            return choice
        if fold(text) in ignored or text.lstrip().startswith("/"):
            return None
        words = evidence_words(text)
        if len(words) < self.min_words:
            return None
        scores = self.confidences(text)
        best = max(scores, key=scores.get)
        other = ES if best == EN else EN
        own = sum(w in FUNCTION_WORDS[best] for w in words)
        foreign = sum(w in FUNCTION_WORDS[other] for w in words)
        if own and not foreign and scores[best] >= self.min_confidence:
            return best
        # Short questions ("qué es spravato", "can i talk to a person"): two of
        # the language's own small words and none of the other's are evidence
        # enough when lingua leans the same way.
        if own >= 2 and not foreign and scores[best] >= LEANING_CONFIDENCE:
            return best
        # Mixed words (Spanglish): only a near-certain reading counts.
        return best if own and scores[best] >= HIGH_CONFIDENCE else None


def ignored_texts(texts: Iterable[str]) -> FrozenSet[str]:
    """Folded forms of texts that are no evidence of language (button payloads)."""
    return frozenset(fold(t) for t in texts)


def word_language(text: str) -> Optional[str]:
    """The language a text's own small words show, without lingua (pure, for the
    web app, which has no lingua): an explicit choice; else the language with at
    least one small word and none of the other's in a text of 2 words or more;
    else, in a longer text such as one of the assistant's answers, the language
    with at least 3 small words and three times the other's. None otherwise."""
    choice = explicit_choice(text)
    if choice:
        return choice
    words = evidence_words(text)
    if len(words) < MIN_WORDS:
        return None
    counts = {language: sum(w in FUNCTION_WORDS[language] for w in words)
              for language in LANGUAGES}
    best = max(LANGUAGES, key=counts.get)
    own, other = counts[best], counts[ES if best == EN else EN]
    if own and not other:
        return best
    return best if own >= 3 and own >= 3 * other else None
