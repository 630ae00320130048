"""Round 38's known gaps (helper k; tests/unit/test_crisis_classes_by_round.py checks them, key 384),
English and Spanish: (1) a writer who names their own profession (a palliative or hospice nurse, a
doctor, a pharmacist, a paramedic, "soy enfermera de cuidados paliativos") and then their OWN wish to
die with the means at hand: the profession's study mark no longer turns the wish into a topic
(phrases.OWN_WISH_MEANS_AT_HAND_38K, a NOT_STUDY mark and a self-harm family); (2) "rn" is a
registered nurse where an article, "as", a unit or a shift word, "here" or the job's words come with
it ("i am an rn", "icu rn here", "soy rn"), still "right now" in chat ("im scared rn"): normalize.py,
its tests in test_crisis_detector.py; a student whose senior ("charge rn") is tied up tells a scene
now, not a study topic (phrases.SENIOR_TIED_UP_38K); (3) naloxone already given and the person still not breathing or
waking: an overdose (the naloxone steps), also for a nurse who says so; (4) a chronic condition told
with its habitual symptom, but an attack under way now ("she is having one right now", "le esta dando
una ahorita"): medical, and round 37's habitual-symptom filter gives way to it; (5) a relative with a
gun or a rifle who says nobody would miss him or the family would be better off without him: a
suicide emergency (self-harm), not only violence or a possible risk. LOOK_ALIKES keep the filters
that must still hold (a nurse's study question, an asthma history asked about, naloxone asked about
ahead); QUIET are texts the new families leave alone. Written here, never copied from an evaluation
set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. a professional's own wish to die with the means at hand
    ("soy enfermera de cuidados paliativos pero yo quiero morirme y tengo la morfina en la mano", S),
    ("I'm an ICU nurse, and I want to die, I have the vials with me", S),
    ("soy medico y quiero matarme, tengo las ampolletas aqui conmigo", S),
    ("soy paramedico y ya no quiero vivir, tengo el fentanilo aqui en la mochila", S),
    ("trabajo como farmaceutica y quiero morir, tengo el frasco de pastillas en la mano", S),
    ("soy enfermera de hospicio, quiero matarme y tengo las ampolletas de morfina conmigo", S),
    ("hospice nurse here. i want to die. the morphine vials are in my pocket right now", S),
    ("im an icu rn and i want to die. i have the vials with me", S),
    ("as a pharmacist i have access to everything, i want to end my life, the pills are right here", S),
    # 2. a student at a patient's side, the senior nurse ("charge rn") tied up: a scene now, not a study topic
    ("nursing student on my rotation, my patient's friend gave him oxys, rr is 6 and pupils are pinpoint, the charge rn is busy, do i give narcan?", O),
    ("estudiante de enfermeria en practicas, mi paciente tomo oxicodona que le trajeron, frecuencia respiratoria de 6 y pupilas puntiformes, la enfermera jefa esta ocupada, le pongo naloxona?", O),
    # 3. naloxone given, still not breathing or waking
    ("soy enfermera, le puse el narcan y sigue sin respirar", O),
    ("gave him narcan 2 min ago still not breathing", O),
    ("le dimos la naloxona pero sigue sin despertar", O),
    ("we used the nasal spray on him, still won't wake up", O),
    ("naloxone given x2 and he is still not breathing", O),
    ("soy paramedico, ya le aplicamos naloxona y no despierta, no respira", O),
    ("i'm a nurse, gave him narcan 2 min ago still not breathing", O),
    # 4. a chronic condition with an attack under way now
    ("my wife has epilepsy, she usually has seizures at night, she is having one right now", M),
    ("my daughter has epilepsy and gets seizures sometimes, is ketamine safe for her? she is having one at the moment", M),
    ("mi hija tiene epilepsia y a veces le dan convulsiones, le esta dando una, la pueden atender?", M),
    ("my son has seizures every few weeks, controlled with meds, he's having one as i type, is it safe?", M),
    ("my husband passes out when his pressure drops, it's POTS, he's in the middle of an episode, do you treat that?", M),
    ("a mi hermana le dan ataques epilepticos seguido, le esta dando uno ahora mismo, sirve la ketamina?", M),
    ("mi esposo tiene epilepsia, le dan crisis convulsivas de vez en cuando, y le esta dando una ahorita, que hago?", M),
    # 5. a relative with a gun: nobody would miss him
    ("my brother has his rifle and keeps saying nobody would miss him tonight", S),
    ("my husband took out his gun tonight and said nobody would miss him", S),
    ("my son has a gun in his room and told me tonight we'd be better off without him", S),
    ("mi papa agarro el rifle y nos dijo que nadie lo iba a extranar", S),
    ("mi esposo saco la escopeta y dice que nadie lo va a extranar, esta noche", S),
    ("my boyfriend is holding his pistol and says no one would miss him if he was gone", S),
]

LOOK_ALIKES = [
    # a professional's study or work question keeps its study reading
    "i am a nurse studying for the nclex: what are the signs of an opioid overdose, pinpoint pupils and slow breathing?",
    "soy enfermera y estoy estudiando para el examen, cuales son los signos de sobredosis de opioides?",
    "nursing student studying for nclex: rr 6, pinpoint pupils, what do you give first?",
]

QUIET = [
    "I'm an RN and I have a question about ketamine infusions for depression",
    "soy rn y queria saber si aceptan seguro medico",
    "my daughter has epilepsy, is ketamine safe for her?",
    "we keep narcan at home in case, how do we use it?",
    "my brother has a rifle for hunting, does that matter for his intake form?",
]

STILL_EMERGENCIES = [
    # round 37's habitual-symptom filter gives way to an attack under way
    ("my mom has asthma and gets wheezy sometimes, she is having an attack now, is ketamine ok for asthma?", M),
    ("tiene lo de los mastocitos, se desmaya cuando le da la reaccion, le esta dando una en este rato, ustedes la atienden?", M),
    # chat "rn" is still right now
    ("hes not breating rn", M),
    ("my friend took pills and he's not breathing rn", O),
]
