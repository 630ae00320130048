"""Clinical responses are documented with sources, and never repeat known errors."""

import re

import yaml

from bot.faq.rules import FAQ_ANSWERS, render_rules_yaml
from bot.core.settings import PROJECT_DIR

DOMAIN = yaml.safe_load((PROJECT_DIR / "domain.yml").read_text(encoding="utf-8"))
DOC = (PROJECT_DIR / "docs" / "clinical-content.md").read_text(encoding="utf-8")
CLINICAL_PREFIXES = ("utter_clinical_", "utter_crisis_", "utter_condition_", "utter_side_effects_")


def all_texts():
    for name, variations in DOMAIN["responses"].items():
        for variation in variations:
            yield name, " ".join(variation.get("text", "").split())


def test_every_clinical_response_is_documented_with_sources():
    documented = set(re.findall(r"^## (utter_\w+)", DOC, flags=re.MULTILINE))
    clinical = {n for n in DOMAIN["responses"] if n.startswith(CLINICAL_PREFIXES)}
    assert clinical, "no clinical responses found"
    assert clinical - documented == set()


def test_racemic_ketamine_is_never_called_fda_approved_for_depression():
    for name, text in all_texts():
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            lower = sentence.lower()
            if "fda-approved" in lower and "depression" in lower and "ketamine" in lower:
                approves_racemic = ("racemic" in lower or "iv ketamine" in lower) and " not " not in lower \
                    and "only as an anesthetic" not in lower
                assert not approves_racemic, f"{name}: {sentence}"


def test_no_response_tells_a_visitor_they_are_eligible():
    for name, text in all_texts():
        lower = text.lower()
        for phrase in ("you are eligible", "you qualify", "you're eligible", "you are not eligible",
                       "you are a good candidate", "you have depression", "you have ptsd"):
            assert phrase not in lower, f"{name}: {phrase}"


def test_faq_rules_file_is_generated_from_the_table():
    assert (PROJECT_DIR / "data" / "faq_rules.yml").read_text(encoding="utf-8") == render_rules_yaml()


def test_every_faq_answer_exists_in_the_domain():
    for intent, answers in FAQ_ANSWERS.items():
        assert intent in DOMAIN["intents"]
        for answer in answers:
            assert answer in DOMAIN["responses"] or answer in DOMAIN["actions"]
