"""Self-injury done and bleeding now (categories.SELF_INJURY): 911 and pressure on the
wound come before 988, in English and Spanish, through the self-harm rule ("are you
safe" follows). A self-harm message without an injury keeps the self-harm guidance, and
an overdose beside the cut keeps its own first aid."""

import pytest
import yaml

from bot.core.settings import PROJECT_DIR
from bot.crisis import categories
from bot.crisis.detector import CrisisDetector
from bot.crisis.guidance import guidance_of
from bot.language.detect import EN, ES
from bot.language.responses import text_for

RESPONSES = yaml.safe_load((PROJECT_DIR / "domain.yml").read_text(encoding="utf-8"))["responses"]


@pytest.fixture(scope="module")
def detector() -> CrisisDetector:
    return CrisisDetector()


@pytest.mark.parametrize("text", [
    "i slit my wrists and there is so much blood",
    "me acabo de cortar las venas y no para de sangrar",
    "mi novio se abrio las venas delante de mi, hay sangre por todo el bano",
    "I did it with a razor blade and now I'm getting light-headed from the bleeding",
])
def test_a_self_injury_bleeding_now_gets_911_and_pressure_first(detector, text):
    found = detector.detect(text)
    assert found is not None and found.category == categories.SELF_INJURY.key, found


@pytest.mark.parametrize("text,expected", [
    ("i want to kill myself tonight", categories.SELF_HARM.key),
    ("i slit my wrists and swallowed all my pills, there is blood everywhere", categories.OVERDOSE_INTENTIONAL.key),
    ("cut my finger slicing onions last night, it bled a lot but it's fine now", None),
])
def test_other_messages_keep_their_own_guidance(detector, text, expected):
    found = detector.detect(text)
    assert (found.category if found else None) == expected, found


@pytest.mark.parametrize("language, words", [
    (EN, ("Call 911 now", "Press firmly on the wound", "988")),
    (ES, ("Llame al 911 ahora", "Presione con fuerza sobre la herida", "marque 2")),
])
def test_the_guidance_puts_911_and_pressure_before_988(language, words):
    text = " ".join(text_for(RESPONSES, "utter_crisis_self_harm", language,
                             crisis_category=categories.SELF_INJURY.key).split())
    positions = [text.find(w) for w in words]
    assert -1 not in positions and positions == sorted(positions), text
    plain = " ".join(text_for(RESPONSES, "utter_crisis_self_harm", language,
                              crisis_category=categories.SELF_HARM.key).split())
    assert "wound" not in plain and "herida" not in plain


def test_the_web_fail_safe_says_the_same_guidance():
    said = guidance_of(RESPONSES)[categories.SELF_INJURY.key]
    assert any("Press firmly on the wound" in " ".join(t.split()) for t in said), said
