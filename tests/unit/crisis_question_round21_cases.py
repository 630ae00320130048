"""Question round 21's false-alarm classes (data; tests/unit/test_crisis_classes_by_round.py
checks them, keyed 121): ordinary visitor questions on which the detector fired an emergency,
fixed by class with look-alike filters (bot/crisis/patterns.py, "question round 21"). Wordings
written here, never copied from an evaluation set: look-alikes that must be ruled out and
overrule DIET; look-alikes that must stay quiet; and the emergencies each filter's stops keep.

A. "collapse" said of a thing (a ceiling, a scaffold, a bridge, a market, a deal, a marriage),
   not of a person; a person who collapses (and "se desplomo") and a collapsed lung still fire.
B. "which is better / what would you recommend for me / cual es mejor para mi (caso)" beside a
   hospital, a clinic or a doctor: a recommendation between treatments, not a health worker's
   lethal-dose question, which still fires (quickest, not waking up, someone my size).
C. A diagnosis told with the symptoms that led to it, months or years before (a racing heart
   and fainting): history; the same signs told as now still fire."""

from tests.unit.crisis_classes import M, O, R, S  # noqa: F401

# The round fixes false alarms only: no new emergencies to detect beyond the Spanish "se
# desplomo" of a person, which the thing-collapse filter had to leave to fire (STILL_EMERGENCIES).
CLASSES = [
    ("mi tio se desplomo en el pasillo del super", M),
    ("de repente se desplomo en la banqueta, la gente esta alrededor", M),
]

LOOK_ALIKES = [
    # A. a thing that collapsed, inside a history of an injury and opioids, or an upheaval
    "i've been on hydrocodone for six years since a scaffold collapsed under me at a construction site, could ketamine help me taper?",
    "the parking garage ceiling collapsed on my car with me inside in 2019, then came the oxy, is ketamine used for opioid withdrawal?",
    "after the warehouse shelving collapsed on my shoulder i got hooked on percocet, do you treat that?",
    "my anxiety started when the stock market collapsed and took my savings, does insurance cover infusions?",
    "the deal on our house collapsed last month and i can't sleep, is ketamine for insomnia too?",
    "ever since my marriage collapsed i feel numb, how many sessions do people usually need?",
    "the trench collapse at my job crushed my leg, i've taken tramadol for years, can i still do spravato?",
    "tomo oxicodona desde hace cuatro anos porque se me vino abajo un andamio en la obra, la ketamina me ayudaria a dejarla?",
    "desde que el techo de la fabrica colapso encima de mi tomo hidrocodona, ustedes tratan la dependencia a opioides?",
    "cuando se desplomo la bolsa perdi todo y ando deprimido, cuanto cuesta una infusion?",
    "mi matrimonio colapso el ano pasado y no levanto cabeza, aceptan seguro medico?",
    "la carpa se derrumbo con la tormenta y me lastime la espalda, desde entonces tomo tramadol, sirve la ketamina para el dolor?",
    # B. which treatment is better for me, beside a hospital, a clinic or a doctor
    "at the hospital in the bronx they want me to try ect, which is better for me, that or ketamine infusions?",
    "my doctor at the clinic mentioned tms and spravato, which would you recommend for my case?",
    "the hospital psychiatrist gave me two options, lithium or ketamine, what is best for my situation?",
    "i'm a nurse at a hospital myself, which would you suggest for me, the nasal spray or the iv?",
    "en el hospital de mi zona me ofrecen terapia electroconvulsiva, cual seria mejor para mi caso, eso o la ketamina?",
    "la enfermera de la clinica me hablo de la estimulacion magnetica, cual me recomiendan para mi, esa o las infusiones?",
    "el medico del hospital me dio a elegir entre esketamina y ketamina intravenosa, cual es mejor para lo que tengo?",
    "trabajo en una farmacia y tengo depresion, para mi caso que me conviene mas, el spray o la infusion?",
    # C. a diagnosis told with the symptoms that came before it
    "i was diagnosed with pots last spring after years of a pounding heart and fainting at work, is ketamine safe with that?",
    "they finally diagnosed my son with dysautonomia after months of palpitations and passing out in class, can teens get ketamine?",
    "after two years of heart racing and blacking out i got diagnosed with an arrhythmia, does that rule me out for infusions?",
    "i had months of tachycardia and fainting spells before the cardiologist diagnosed me with pots, will the monitor catch problems?",
    "me diagnosticaron disautonomia despues de varios anos de palpitaciones y desmayos, puedo recibir la infusion?",
    "a mi hija le diagnosticaron pots tras meses de taquicardia y desmayos en la escuela, la ketamina es segura para ella?",
    "despues de un ano de corazon acelerado y perdidas del conocimiento me diagnosticaron arritmia, eso me impide el tratamiento?",
    "tuve anos de palpitaciones y desmayos hasta que el cardiologo me diagnostico pots, necesito permiso de el para la ketamina?",
]

QUIET = [
    # a building, a shelf or a ceiling with nothing collapsing
    "the ceiling in your waiting room has a leak, just letting you know",
    "is there an elevator in the building or only stairs?",
    # a comparison asked with no hospital, clinic or worker beside it
    "which is better for depression, spravato or iv ketamine?",
    "cual es mejor, la infusion o el spray nasal?",
    # a diagnosis with no racing heart and fainting
    "i was diagnosed with pots last year, is ketamine ok for me?",
    "me diagnosticaron ansiedad despues de meses de insomnio, la ketamina ayuda?",
]

STILL_EMERGENCIES = [
    # A. a person who collapses, a thing collapsing on someone now, a collapsed lung
    ("my coworker collapsed by the loading dock and he is not responding", M),
    ("the scaffold came down at work and my brother collapsed, he's not breathing", M),
    ("the ceiling just collapsed on my dad, he is trapped and bleeding", M),
    ("my lung collapsed again and i can't breathe", M),
    ("mi papa se desplomo en la cocina despues de tomar sus pastillas", O),
    ("se desplomo el andamio y mi hermano esta inconsciente", M),
    ("mi esposa se desplomo de repente y no responde", M),
    # B. a health worker's lethal-dose question, asked beside a comparison
    ("i'm a nurse at the hospital, which of these would be quickest for me, i have access to the pyxis", S),
    ("i work in a pharmacy, which is better for me, morphine or insulin, how much would it take for me to not wake up", S),
    ("soy enfermera en el hospital, cuanto necesito para no despertar", S),
    ("i'm a vet tech at the clinic, which one is best for me, the painless one, i want it to be for good", S),
    ("trabajo en el hospital, cual es mejor para mi para no despertar, tengo acceso", S),
    # C. a diagnosis mentioned, and the signs now
    ("i was diagnosed with pots years ago but right now my heart is racing and i just fainted", M),
    ("me diagnosticaron pots hace anos, pero desde esta manana tengo palpitaciones y me desmaye dos veces", M),
    ("diagnosed with mcas after months of hives, and today my heart is pounding and i keep passing out", M),
    ("tengo pots, ahorita el corazon me late a mil y me acabo de desmayar", M),
]
