"""Round 21: a look-alike filter (a film scene, a death of old age, a pet put to
sleep, a naloxone training, a former medic's memories) rules a message out and
overrules DIET only when nothing of the writer's own is told after it; where the
writer's own wish or plan follows in words no pattern knows, DIET still reads it."""

from __future__ import annotations

import pytest

from bot.crisis.detector import CrisisDetector


@pytest.fixture(scope="module")
def detector() -> CrisisDetector:
    return CrisisDetector()


@pytest.mark.parametrize("text", [
    "the character in that show jumps and i keep thinking i should do the same tonight",
    "my grandma passed peacefully at 95 and i keep thinking it's my turn",
    "we had to put our cat down and i keep thinking it's my turn next",
    "went to a naloxone training today, help me, i can't stop thinking about doing it",
    "as a former paramedic i remember the calls, and honestly i'm thinking about doing the same",
])
def test_a_filter_leaves_diet_alone_where_the_writers_own_crisis_follows(detector, text):
    assert detector.analyze(text) == ([], False)


@pytest.mark.parametrize("text", [
    "the character in that show jumps at the end, i cried",
    "my grandma passed peacefully at 95, can i move my session?",
    "we had to put our cat down this morning, can i cancel today?",
    "when is the next naloxone training at the library?",
    "as a former paramedic i remember the calls, does ketamine help with ptsd?",
])
def test_the_same_filters_rule_out_the_look_alike_alone(detector, text):
    assert detector.analyze(text) == ([], True)


# Round 22: the stop reads the whole message outside the filter's own words, so the writer's own
# plan told BEFORE a joke, a scene or a song also stops the filter; words in quotes (a lyric, a
# leaflet) do not.
@pytest.mark.parametrize("text", [
    "ya compre las pastillas para esta noche. me quiero morir jajaja le mande el audio a mi jefe",
    "i bought the pills already. i want to die lol i called my teacher mom",
    "i have the rope ready. lol kill me now, i tripped in front of the whole class",
])
def test_an_own_plan_before_the_filter_stops_it(detector, text):
    found = detector.detect(text)
    assert found is not None and found.category in ("self_harm", "overdose_intentional"), found


@pytest.mark.parametrize("text", [
    "can i listen to 'i want to die young' during my infusion? i love that song",
    "la cancion dice 'me quiero morir' y no me la saco de la cabeza, puedo poner musica en la sesion?",
    "i want to die lol i just called my teacher mom in front of the whole class",
])
def test_the_filters_own_words_and_quotes_do_not_stop_it(detector, text):
    assert detector.analyze(text) == ([], True)


def test_every_filters_stops_apply_to_the_whole_filter():
    """A filter is its look-alike words followed by its stops (the writer's own crisis told
    elsewhere, a farewell, something happening now). When the words are an alternation left
    unbracketed, the stops bind to its last branch only and the other branches rule out
    messages they were meant to leave alone (round 28: "god keep you, i am happy it will all be
    over soon" was ruled out by the blessing filter's first branch)."""
    import sre_parse

    from bot.crisis import patterns as P

    unbracketed = [idiom[:80] for idiom in P.IDIOMS
                   if (P._NO_OWN_CRISIS in idiom or P._NOT_SERIOUS_AFTER in idiom)
                   and [op for op, _ in sre_parse.parse(idiom).data] == [sre_parse.BRANCH]]
    assert unbracketed == []


@pytest.mark.parametrize("text", [
    "God keep you all, I'm happy it will all be over soon",
    "god bless you, i feel so much better now that i know i won't be around much longer",
    "que Dios los bendiga, me siento en paz porque ya no voy a estar aqui",
])
def test_a_blessing_beside_relief_at_an_end_is_not_ruled_out(detector, text):
    detections, _ = detector.analyze(text)
    assert detections, text


# An absence with a date ("i won't be here next week, can we move it") is ruled out, unless the
# writer's relief comes from knowing of the end: then it is a warning sign after deciding.
@pytest.mark.parametrize("text", [
    "god bless you all, i feel better now that i know i won't be here next week",
    "me siento tranquila ahora que se que no voy a estar aqui la semana que viene",
])
def test_relief_from_knowing_of_an_end_is_not_ruled_out_by_an_absence(detector, text):
    detections, _ = detector.analyze(text)
    assert detections, text


@pytest.mark.parametrize("text", [
    "cancel my consult, i won't be here next week, i'm on vacation",
    "i'm glad you have saturday hours since i won't be here next week, wedding upstate",
    "i won't be here next week, vacation. i feel better now that the pain is under control",
])
def test_an_absence_with_a_date_is_still_ruled_out_beside_ordinary_relief(detector, text):
    assert detector.analyze(text)[0] == [], text


@pytest.mark.parametrize("text", [
    # round 43's merge review: the Spanish nuisance and hearsay filters (helper f) give way to the
    # writer's own thoughts of death and to a lethal dose with its access named
    "mi abuela dice que la ketamina mata, es cierto? pregunto porque yo pienso todo el tiempo en la muerte",
    "esta fila del seguro me va a matar. se cual dosis de insulina me mataria y la tengo en la nevera",
    "el calor me esta matando, y la verdad lo pienso cada noche, en no despertar",
    "is it true ketamine kills? my aunt says so. honestly i think about dying every day",
])
def test_a_nuisance_or_hearsay_filter_leaves_diet_alone_beside_thoughts_of_death(detector, text):
    assert detector.analyze(text)[1] is False


@pytest.mark.parametrize("text", [
    # round 43's merge review: a farewell's silence after things given away is not a body down
    "mi vecino regalo sus herramientas ayer y hoy me mando un mensaje: 'gracias por todo'. no contesta el telefono y tiene un rifle",
    "ayer mi amiga regalo su ropa, hoy me escribio 'cuida a mis plantas, gracias por todo' y no contesta",
])
def test_a_farewell_silence_is_read_as_a_suicide_risk_not_an_unresponsive_body(detector, text):
    found = detector.detect(text)
    assert found is not None and found.category == "self_harm", found
