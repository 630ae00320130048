"""Word senses the crisis detector must tell apart, found this session.

- "In and out" and "knocked out" name an emergency when they are about
  consciousness, not when a visitor asks about a visit or about sedation
  (found while writing question data, round 5: "a quick in and out", a drive
  to the clinic and back, "are you knocked out during the infusion").
- Spanish "take them all" with the pronoun before the verb is an intent to
  overdose, and the look-alike filter for being fed up with pills that do not
  work never hides it (a filter that matches overrules DIET and the risk model).
"""

from __future__ import annotations

import pytest

from bot.crisis.detector import CrisisDetector


@pytest.fixture(scope="module")
def detector() -> CrisisDetector:
    return CrisisDetector()


# Each word sense where it names an emergency now.
EMERGENCIES = [
    # consciousness coming and going
    "my uncle keeps going in and out after his pain pills, hard to keep him awake",
    "she is in and out of it and her lips look grey",
    "grandpa has been in and out of consciousness since lunch",
    "he's in and out and mumbling, what do i do",
    "mi tía está entrando y saliendo, casi no contesta",
    "my daughter fell off the monkey bars, was knocked out for a few seconds and now she's vomiting",
    "he got knocked out playing hockey and keeps asking the same questions",
    # taking them all, also after being fed up with pills
    "ya no aguanto, me las voy a tomar todas",
    "tengo el frasco aqui, me los trago todos y se acabo",
    "cansada de pastillas que no sirven, esta noche me las tomo todas",
    "harto de medicamentos que no me funcionan, me voy a tomar todas mis pastillas",
    "fed up with meds that don't work, tonight i'm taking all of them",
]

# The same words where nothing is happening.
LOOK_ALIKES = [
    # a visit, a drive, years in and out of hospital, sedation asked about
    "is a spravato visit a quick in and out or should i take the day off",
    "can i get in and out within an hour for the nasal spray visit",
    "i'd like to drive in and out the same day, is that allowed after the dose",
    "my son has been in and out of the hospital for years, could ketamine help his depression",
    "mi esposo ha estado entrando y saliendo del hospital, aceptan pacientes nuevos?",
    "are you knocked out during the infusion or awake the whole time",
    "will i be knocked out for the iv or just relaxed",
    "getting knocked out by the medicine scares me, how strong is the dose",
    # a daily routine, and being fed up with pills beside a question
    "me las tomo todas las mañanas con el desayuno, afecta la ketamina?",
    "me los tomo todos los dias a la misma hora, tengo que parar antes del spravato?",
    "estoy harta de pastillas que no me funcionan, por eso quiero probar el spray",
    "fed up with meds that don't work, can i try ketamine instead",
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_the_emergency_sense_is_caught(detector, text):
    assert detector.detect(text) is not None


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_everyday_sense_stays_quiet(detector, text):
    assert detector.detect(text) is None
