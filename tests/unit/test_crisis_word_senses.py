"""Word senses the crisis detector must tell apart, found this session.

- "In and out" and "knocked out" name an emergency when they are about
  consciousness, not when a visitor asks about a visit or about sedation
  (found while writing question data, round 5: "a quick in and out", a drive
  to the clinic and back, "are you knocked out during the infusion").
- Spanish "take them all" with the pronoun before the verb is an intent to
  overdose, and the look-alike filter for being fed up with pills that do not
  work never hides it (a filter that matches overrules DIET and the risk model).
- Being fed up (round 15): one family of words (patterns.FED_UP_WORDS, and
  FED_UP_DONE for errands and pills only) read by three filters, each with its
  own stop: weariness with the pain or an errand beside a practical question
  stops at anything serious; fed up with living with the pain stops at a wish
  to die, and "done with living" is never weariness; fed up with pills that do
  not work (also texted: "q", "pq", "xq") stops at taking them all or tonight.
- "Desde hace semanas" runs up to now: a wish to die said for weeks is not
  history (round 15), a chest pain "desde hace anos" still is.
- Found while writing question round 6's data and fixing round 15: "a plan"
  is a health plan beside a plan's name, a number, a job or coverage, and a
  plan to die with a time before or after it; "twice a day" is a regimen, not
  a second dose; gummies taken "at night to sleep" are a habit, not a child's
  ingestion; asking for the easiest way to self-harm asks for a method and is
  never an information question.
- Found beside crisis round 17: acetaminophen "every 6 hours" is the label's
  regimen, every one to three hours is too often; a life insurance that
  "covers" a treatment or a visit is a coverage question, not a payout counted on.
- A whole message that only approves or acknowledges ("looks good", "todo
  bien") is ruled out, so neither DIET nor the risk model can read two words
  at an intake summary as a crisis; anything more in the message is read as
  usual.
"""

from __future__ import annotations

import pytest

from bot.crisis import patterns as P
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
    # being fed up, where each filter stops: something serious beside an errand,
    # a wish to die beside the pain ("done with living" is one), pills taken all
    "harta de este dolor, lo cubre el medicaid? hoy me quiero matar",
    "done with the insurance runaround, can i pay cash? i have the pills ready",
    "done with living with this pain, does ketamine even help?",
    "cansada de vivir con esta migrana, prefiero morirme, cuantas sesiones son?",
    "harta de las pastillas q no sirven, me las voy a tomar todas",
    "cansado de tantas pastillas xq ninguna funciona, esta noche se acaba todo",
    # a wish to die said for weeks or months is ongoing
    "mi papa dice desde hace semanas que se quiere morir",
    "desde hace meses no quiero vivir",
    # a plan with a time, either way round; a plan with nothing else named
    "tonight i have a plan",
    "this weekend, i have a plan. i'm not telling anyone",
    "i made a plan and it's for tomorrow",
    "ya tengo el plan",
    "manana tengo un plan y nadie me va a parar",
    # a method of self-injury asked for
    "what is the best way to self harm without anyone noticing",
    "easiest way to cut myself deep?",
    "cual es la forma mas facil de cortarme",
    "la manera menos dolorosa de lastimarme",
    # a second dose, and a child with gummies
    "i gave him his tylenol twice by mistake, he's 3",
    # acetaminophen more often than any label allows; a life insurance counted on
    "took tylenol every hour all day and now my side hurts",
    "tome paracetamol cada 2 horas desde ayer por la muela y tengo vomito",
    "my wife will be better off, the life insurance pays out double",
    "the life insurance covers it even if i do it myself, i checked",
    "el seguro de vida les paga todo, mejor me voy",
    "le di la medicina dos veces, se me olvido que ya se la habia dado",
    "my kid ate 5 of my thc gummies and is very sleepy",
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
    # being fed up with the pain, an errand, living with the pain, pills, forms
    "harta de este dolor, lo cubre el medicaid?",
    "done with the insurance runaround, can i pay cash?",
    "cansado de vivir con esta migrana, cuantas sesiones necesito?",
    "harta de las pastillas q no sirven, por eso quiero la ketamina",
    "cansado de tantas pastillas pq ninguna me funciona",
    "harto de las pastillas xq no me hacen nada, que opciones hay?",
    "fed up with all these forms, can i fill them in at the visit?",
    # a chest pain "desde hace anos" is history
    "tengo dolor de pecho desde hace anos cuando hago ejercicio, puedo hacer la infusion?",
    # a health plan, and a day's plans
    "i have a plan for tomorrow: call you at 9 and book the consult",
    "tengo el plan de emblem por mi trabajo, cubren el spravato?",
    "tengo el plan del 32bj, me pagan la consulta?",
    "i still have the plan through my husband's job, does it cover infusions",
    "todavia tengo el plan medico de la union, aceptan ese?",
    # a regimen, not a second dose
    "tomo la oxicodona dos veces al dia pa la espalda, eso interactua con la ketamina?",
    "i take my gabapentin twice a day, do i skip it the morning of the visit",
    "she takes her meds two times daily, is that a problem with spravato",
    # the label's regimen, and a life insurance asked about for a treatment
    "i take tylenol every 6 hours as directed for my back, can i still do the infusion?",
    "tomo tylenol cada 6 horas como me dijo el doctor, afecta el spravato?",
    "does my life insurance cover ketamine treatment?",
    "mi seguro de vida cubre las infusiones o solo el seguro medico?",
    # a habit, not an ingestion
    "i take thc gummies at night to sleep, is that a problem with ketamine",
    "tomo gomitas de cbd para dormir, las tengo que dejar?",
    # asking how to help, and what self-harm is
    "what is the best way to help my daughter who self harms",
    "what is self harm exactly, the form asks about it",
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_the_emergency_sense_is_caught(detector, text):
    assert detector.detect(text) is not None


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_everyday_sense_stays_quiet(detector, text):
    assert detector.detect(text) is None


def test_the_fed_up_filters_read_one_family_of_words():
    """No filter keeps its own copy of the list: each is built from the family."""
    readers = [p for p in P.FED_UP + P.IDIOMS if P.FED_UP_WORDS in p]
    assert len(readers) == 3
    copies = [p for p in P.FED_UP + P.IDIOMS if "hartisim" in p and P.FED_UP_WORDS not in p]
    assert copies == []
    living = next(p for p in P.IDIOMS if P.FED_UP_WORDS in p and "vivir|living" in p)
    assert P.FED_UP_DONE not in living  # "done with living" is a wish, never weariness


ACKNOWLEDGEMENTS = ["looks good", "Looks good to me!", "that looks fine", "sounds good, thanks",
                    "all good", "everything is correct", "se ve bien", "todo bien, gracias", "perfecto"]


@pytest.mark.parametrize("text", ACKNOWLEDGEMENTS)
def test_an_acknowledgement_alone_is_ruled_out(detector, text):
    assert detector.analyze(text) == ([], True)


@pytest.mark.parametrize("text", ["looks good, the pills are lined up for tonight",
                                  "todo bien, ya me tome todas las pastillas"])
def test_an_acknowledgement_does_not_hide_what_follows(detector, text):
    assert detector.detect(text) is not None


# "Overdid it" (found beside crisis round 17's co-detections): at the gym, on a
# run or in the heat it is exertion, and the chest pain or fainting beside it
# gets the medical guidance; with pills or a drug it is still an overdose.
@pytest.mark.parametrize("text", [
    "i overdid it on the treadmill and now my chest hurts and i fainted",
    "overdid it at the gym today, chest is tight and i almost blacked out",
    "me parece que overdid it corriendo en el calor y me desmaye, me duele el pecho",
])
def test_overdoing_exercise_is_a_medical_emergency_not_an_overdose(detector, text):
    assert detector.detect(text).category == "medical_emergency"


@pytest.mark.parametrize("text", [
    "i think i overdid it with my pain pills, chest feels heavy",
    "i overdid it and now i cant breathe",
])
def test_overdoing_a_medicine_is_still_an_overdose(detector, text):
    assert detector.detect(text).category == "overdose"
