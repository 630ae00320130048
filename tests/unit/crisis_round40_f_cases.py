"""Round 40's in-and-out and giving look-alikes (helper f; tests/unit/test_crisis_classes_by_round.py
checks them, key 405), English and Spanish, harmless messages read as emergencies, ruled out by
look-alike filters (patterns.py, round 40's in-and-out and giving look-alikes, helper f): (1) "in and
out" as time or logistics (in and out of the office before work, in an hour, a quick in and out,
parking, how long the visit or the procedure takes, "entrar y salir rapido"); (2) someone giving a
person a medicine or a treatment (a doctor, a nurse, the clinic, "who", "they" giving the spray, the
shots, ketamine, "this stuff"). STILL_EMERGENCIES hold consciousness that comes and goes, told in
English and the Spanish ways (phrases.CONSCIOUSNESS_COMES_AND_GOES_40F: "se le va y se le viene el
conocimiento", "entra y sale del conocimiento"), and belongings, pets or treasured things given away
before a goodbye or with a wish to die. Written here, never copied from an evaluation set. No new
detection class, so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 1. in and out as time or logistics
    "can i be in and out of the office quickly before work? i start at 9",
    "is the consult a quick in and out or should i take the whole day off",
    "I need to be in and out in an hour because I have to pick up my kids from school",
    "how long is the first appointment? will i be in and out or is it a few hours",
    "we were in and out of there in 20 minutes, the front desk was super nice",
    "is there parking near the clinic? i just want to get in and out fast",
    "my husband drives me, can he wait in the lot or is it in and out with the paperwork",
    "does the spravato visit take long or is it in and out on my lunch break",
    "puedo entrar y salir rapido? tengo que trabajar despues de la cita",
    "quiero entrar y salir rapidito de la consulta porque entro a trabajar a las 9",
    "entro y salgo en una hora o la sesion dura todo el dia?",
    "oye la cita es de entrar y salir o me tengo que quedar mucho tiempo, es que no tengo quien me cuide los nenes",
    "hay estacionamiento? para entrar y salir rapido sin pagar el parqueo",
    "in n out in like 30 mins right? just the paperwork before the infusion next week",
    # 2. someone giving a person a medicine or a treatment
    "who is giving her this stuff? nobody told me she started ketamine",
    "the doctor gives him the spray every week, is that safe long term?",
    "are they giving my son ketamine? he is 19 and didnt tell me anything",
    "who is giving my daughter these shots and why wasnt i told",
    "does the nurse give the medicine or do i do the spray myself",
    "quien le da eso a mi mama? ella no me quiere decir que tratamiento es",
    "la doctora le esta dando ketamina a mi hermano, es seguro?",
    "el medico le da las inyecciones a mi papa cada semana, eso tiene efectos secundarios?",
    "quien le receto esas pastillas a mi abuela?? nadie me explico nada",
    "do u guys give the infusion or a doctor from outside, and how much does it cost",
]

QUIET = []

STILL_EMERGENCIES = [
    # 1. consciousness coming and going, passing out
    ("my mom keeps going in and out of consciousness after her infusion", M),
    ("he is drifting in and out and wont answer me", M),
    ("she keeps passing out in the bathroom and her lips look weird", M),
    ("my dad has been slipping in and out since lunch, is this the ketamine?", M),
    ("a mi papa se le va y se le viene el conocimiento desde hace rato", M),
    ("mi esposo entra y sale del conocimiento y esta bien palido", M),
    ("mi abuela pierde y recobra el conocimiento, que hago", M),
    ("mi hija se sigue desmayando a cada rato hoy", M),
    ("we were at the appointment and now my sister is in and out of it, she can barely talk", M),
    # 2. belongings, pets or treasures given away before a goodbye or with a wish to die
    ("i gave away my dog and my guitar, i wont need them where im going", S),
    ("le regale mis cosas a mi hermana porque ya me voy a morir", S),
    ("the doctor gave me the spray but i already gave away all my things, i dont want to live anymore", S),
    ("ya regale mi perro y mi reloj, no quiero seguir viviendo", S),
    ("giving away my stuff this week, i want to die and the meds they give me dont help", S),
    ("the nurse gave him the shot at the clinic and now his throat is swelling shut", M),
    ("la enfermera le puso la inyeccion y ahora no responde, esta como desmayado", M),
    ("the hospice nurse gave my dad the wrong morphine dose, like 10x, hes not responding", O),
    ("after they gave me the spray at the clinic my heart is racing at 170 and i feel like im going to faint", M),
    ("mi mama se puso como 15 disparos del spray que el doctor le receto y ahora no puede hablar bien", M),
    ("quien le va a dar de comer a mi gato cuando yo no este, ya le regale mis cosas a mi prima, me quiero morir", S),
]
