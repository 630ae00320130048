"""Spanish "take them all" with the pronoun before the verb is an intent to
overdose, and a look-alike filter for being fed up with pills that do not work
never hides it (it overrules DIET and the risk model when it matches)."""

from __future__ import annotations

import pytest

from bot.crisis.detector import CrisisDetector


@pytest.fixture(scope="module")
def detector() -> CrisisDetector:
    return CrisisDetector()


@pytest.mark.parametrize("text", [
    "ya no aguanto, me las voy a tomar todas",
    "tengo el frasco aqui, me los trago todos y se acabo",
    "cansada de pastillas que no sirven, esta noche me las tomo todas",
    "harto de medicamentos que no me funcionan, me voy a tomar todas mis pastillas",
    "fed up with meds that don't work, tonight i'm taking all of them",
])
def test_taking_them_all_is_caught(detector, text):
    assert detector.detect(text) is not None


@pytest.mark.parametrize("text", [
    "me las tomo todas las mañanas con el desayuno, afecta la ketamina?",
    "me los tomo todos los dias a la misma hora, tengo que parar antes del spravato?",
    "estoy harta de pastillas que no me funcionan, por eso quiero probar el spray",
    "fed up with meds that don't work, can i try ketamine instead",
])
def test_routines_and_fed_up_questions_stay_quiet(detector, text):
    assert detector.detect(text) is None
