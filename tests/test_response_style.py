"""Visitor-facing responses are plain and short (issue 13): grade 8 or lower and
about 60 words a bubble at most.

How it is measured (the documented rule):
- Flesch-Kincaid grade (textstat, offline) of each response variation, after
  drug, condition and other clinical names are replaced by a one-syllable word:
  "esketamine" or "trigeminal neuralgia" are the words a visitor needs, and no
  plainer word exists. The names come from bot/nlp/vocabulary.yml and
  CLINICAL_TERMS below. Phone numbers, URLs and {placeholders} count as a word.
- Words per variation (one variation is one chat bubble).
- Emergency guidance (the crisis categories' responses) is exempt from the word
  limit only: its steps are kept in one bubble so that they arrive together and
  in order (bot/crisis/categories.py); it still meets the grade.

Spanish variations (issue 15; `condition` on the `language` slot, value es):
- Fernández Huerta reading ease (textstat with its language set to Spanish, in
  an instance of its own so the English scores are untouched), the Spanish
  adaptation of Flesch reading ease. Its published scale reads 60-70 as
  "normal: 7th or 8th grade", 70-80 as 6th grade, 50-60 as pre-university, so
  grade 8 or lower is a score of at least MIN_EASE_ES = 60. The same names,
  numbers and addresses are replaced first (by the one-syllable "sal"); Spanish
  drug and condition names are in CLINICAL_TERMS_ES. textstat counts Spanish
  syllables with pyphen's hyphenation, which leaves out a syllable at the ends
  of some long words ("emergencia" counts 3), so the score is a few points
  kinder than a hand count: the clinic's bilingual clinician still reads every
  text (docs/clinical-content.md).
- At most MAX_WORDS_ES = 70 words a bubble: the same message in Spanish runs
  about 15% longer than in English (articles, "usted" forms), so 70 is the
  English 60 carried over; emergency guidance is exempt as in English.
"""

import re

import pytest
import textstat
import yaml
from textstat.textstat import textstatistics

from bot.core.settings import PROJECT_DIR
from bot.crisis import categories
from bot.language.detect import EN, ES
from bot.language.responses import language_of
from bot.nlp.pipeline import load_vocabulary

MAX_GRADE = 8.0
MAX_WORDS = 60
CLINICAL_TERMS = (
    "Spravato", "esketamine", "ketamine", "naloxone", "Narcan", "buprenorphine", "methadone", "naltrexone",
    "zuranolone", "brexanolone", "antidepressant", "antidepressants", "dissociation", "anesthetic",
    "anesthesia", "compounding", "compounded", "healthcare", "benzodiazepines", "psychotherapy", "sertraline",
    "paroxetine", "venlafaxine", "postpartum", "stellate", "ganglion", "antihistamines", "acetaminophen",
    "epinephrine", "Janssen", "aneurysm", "arteriovenous", "psychosis", "hallucinations", "delusions",
    "Lifeline", "MedWatch", "SAMHSA", "naloxone",
)
EMERGENCY_GUIDANCE = {c.response for c in categories.CATEGORIES}
MIN_EASE_ES = 60.0
MAX_WORDS_ES = 70
CLINICAL_TERMS_ES = (
    "esketamina", "ketamina", "naloxona", "buprenorfina", "metadona", "naltrexona", "zuranolona",
    "brexanolona", "antidepresivo", "antidepresivos", "disociación", "anestesia", "anestésico",
    "benzodiacepinas", "psicoterapia", "sertralina", "paroxetina", "venlafaxina", "posparto",
    "estrelado", "ganglio", "antihistamínicos", "acetaminofén", "epinefrina", "autoinyector",
    "aneurisma", "arteriovenosa", "psicosis", "alucinaciones", "delirios", "fentanilo", "opioides",
    "opioide", "fibromialgia", "trigémino", "neuralgia", "oxicodona", "hidrocodona", "mastocitos",
    "bupropión", "esquizofrenia", "bipolar", "manía", "intravenosa", "estimulantes", "IMAO",
    "Adderall", "Xanax", "EpiPen", "Línea", "SAMHSA", "MedWatch", "Poison Help", "988lineadevida.org",
)
SPANISH = textstatistics()
SPANISH.set_lang("es")

DOMAIN = yaml.safe_load((PROJECT_DIR / "domain.yml").read_text(encoding="utf-8"))


def _names_pattern(extra=()):
    names = {form for entries in load_vocabulary().values() for canonical, forms in entries.items()
             for form in (canonical, *forms)} | set(CLINICAL_TERMS) | set(extra)
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b", re.I)


NAMES = _names_pattern()
NAMES_ES = _names_pattern(CLINICAL_TERMS_ES)


def scored_text(text: str) -> str:
    text = re.sub(r"\{[a-z_]+\}", "it", text)
    text = re.sub(r"1-\d{3}-[A-Z0-9-]+|\+?\d[\d\- ()]{5,}\d", "the number", text)
    text = re.sub(r"https?://\S+|\b\S+\.(org|gov|com)\b\S*", "the site", text)
    return NAMES.sub("drug", text)


def scored_text_es(text: str) -> str:
    text = re.sub(r"\{[a-z_]+\}", "sal", text)
    text = re.sub(r"1-\d{3}-[A-Z0-9-]+|\+?\d[\d\- ()]{5,}\d", "sal", text)
    text = re.sub(r"https?://\S+|\b\S+\.(org|gov|com)\b\S*", "sal", text)
    return NAMES_ES.sub("sal", text)


def variations(language=EN):
    for name, items in DOMAIN["responses"].items():
        for i, variation in enumerate(items):
            text = " ".join((variation.get("text") or "").split())
            if text and language_of(variation) == language:
                yield pytest.param(name, text, id=f"{name}[{i}]")


@pytest.mark.parametrize("name, text", list(variations()))
def test_every_response_reads_at_grade_8_or_lower(name, text):
    grade = textstat.flesch_kincaid_grade(scored_text(text))
    assert grade <= MAX_GRADE, f"{name}: grade {grade}: {text}"


@pytest.mark.parametrize("name, text", list(variations()))
def test_every_bubble_is_short(name, text):
    if name in EMERGENCY_GUIDANCE:
        pytest.skip("emergency steps stay together in one bubble")
    assert len(text.split()) <= MAX_WORDS, f"{name}: {len(text.split())} words: {text}"


@pytest.mark.parametrize("name, text", list(variations(ES)))
def test_every_spanish_response_reads_at_grade_8_or_lower(name, text):
    ease = SPANISH.fernandez_huerta(scored_text_es(text))
    assert ease >= MIN_EASE_ES, f"{name}: Fernández Huerta {ease}: {text}"


@pytest.mark.parametrize("name, text", list(variations(ES)))
def test_every_spanish_bubble_is_short(name, text):
    if name in EMERGENCY_GUIDANCE:
        pytest.skip("emergency steps stay together in one bubble")
    assert len(text.split()) <= MAX_WORDS_ES, f"{name}: {len(text.split())} words: {text}"


def test_the_measure_tells_plain_from_dense_writing():
    plain = "You can call the clinic at 212 555 0100. Someone will call you back today."
    dense = ("Pharmacological augmentation strategies necessitate individualized consideration of "
             "contraindications, comorbidities and concomitant medications by the prescribing clinician.")
    assert textstat.flesch_kincaid_grade(scored_text(plain)) <= MAX_GRADE
    assert textstat.flesch_kincaid_grade(scored_text(dense)) > MAX_GRADE


def test_the_spanish_measure_tells_plain_from_dense_writing():
    plain = "Puede llamar a la clínica al 212 555 0100. Alguien le va a llamar hoy."
    dense = ("La consideración individualizada de las contraindicaciones, comorbilidades y medicaciones "
             "concomitantes corresponde al profesional prescriptor responsable del seguimiento terapéutico.")
    assert SPANISH.fernandez_huerta(scored_text_es(plain)) >= MIN_EASE_ES
    assert SPANISH.fernandez_huerta(scored_text_es(dense)) < MIN_EASE_ES


def test_the_spanish_measure_leaves_the_english_one_alone():
    text = "You can call the clinic. Someone will call you back today."
    before = textstat.flesch_kincaid_grade(text)
    SPANISH.fernandez_huerta("Puede llamar a la clínica hoy.")
    assert textstat.flesch_kincaid_grade(text) == before
