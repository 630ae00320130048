"""Round 37's false-alarm class (helper d; tests/unit/test_crisis_classes_by_round.py checks it,
key 373), English and Spanish: a chronic condition told by its HABITUAL symptoms as background to an
ordinary question about treatment, care or the clinic ("my sister has the mast cell thing where she
breaks out in hives and faints, can ketamine help her?", "he gets seizures sometimes, controlled with
meds", "tiene lo de los mastocitos, se desmaya cuando le da la reaccion, ustedes la atienden?"). The
symptom words (faints, passes out, seizures, hives, lips swell, se desmaya, convulsiones) were read as
an emergency now. The filter (patterns.py, round 37's section, helper d) needs a habitual or chronic
marker and a care question; STILL_EMERGENCIES hold the same condition words beside a symptom
happening now, a single event just told, 911, a time just now, and must still alarm (the seizure and
anaphylaxis families read each of them as a medical emergency before the filter and after it).
Written here, never copied from an evaluation set. No new detection class, so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # the X thing where, whenever, every time, gets, sometimes, a diagnosis named; a care question
    'my sister has the mast cell thing where she breaks out in hives and faints, can ketamine help her?',
    "my husband gets seizures sometimes, they're controlled with meds. is it safe for him to do ketamine?",
    "my wife passes out when her blood pressure drops, it's POTS. do you treat people with that?",
    'i have epilepsy and get seizures a couple times a year, can i still do infusions?',
    'every time my daughter has a flare of her mast cell activation she faints, is that something your clinic sees?',
    'my son has POTS and faints whenever he stands up too fast, do you see patients like him?',
    'i get anaphylaxis to bee stings and carry an epipen, would ketamine treatment be ok for me?',
    'my girlfriend has MCAS, she gets hives and passes out when she has a flare. is that something you treat?',
    "my brother has seizures when he doesn't sleep, it's epilepsy, is ketamine ok with his meds?",
    'she has vasovagal syncope and passes out at the sight of blood, can she do iv infusions?',
    'my dad has epilepsy, he has a seizure maybe once a month, can your clinic take him?',
    'my cousin has the seizure thing where she blacks out and shakes, is that something your clinic sees?',
    'he has epilepsy, every few months he has a seizure and loses consciousness, do you treat depression in people with epilepsy?',
    'my mom has that allergy thing where her throat swells up and she needs her epipen, can she do ketamine?',
    'my wife has the POTS thing where she blacks out if she stands too fast, does your clinic see people with that?',
    'she gets anaphylaxis from shellfish, her lips swell and she passes out, can she still come to the clinic?',
    # Spanish: lo de los mastocitos, cuando le da, a veces, siempre que, de vez en cuando, sufre de
    'mi hermana tiene lo de los mastocitos, se desmaya cuando le da la reaccion. ustedes la pueden atender?',
    'mi esposo tiene convulsiones de vez en cuando, controladas con keppra. puede hacer el tratamiento?',
    'cuando le da la crisis de mastocitos se le hinchan los labios y se desmaya, ustedes tratan eso?',
    'tengo sindrome de activacion mastocitaria y me desmayo cuando me da una reaccion, puedo hacer ketamina?',
    'siempre que se le baja la presion se desmaya, tiene pots. la ketamina le ayudaria con la depresion?',
    'mi abuela tiene lo de la presion, se desmaya siempre que se levanta rapido, ustedes atienden a gente mayor?',
    'mi hijo tiene epilepsia, le dan crisis convulsivas cada tanto, la clinica trata la ansiedad en ninos?',
    'mi novio sufre de convulsiones, cuando le dan pierde el conocimiento, ustedes lo pueden tratar?',
    'tengo pots y me desmayo cuando hace calor, la ketamina me puede ayudar con la depresion?',
    'mi hija tiene sincope vasovagal, se desmaya cuando le sacan sangre, como hacen las infusiones con ella?',
]

QUIET = [
    'a veces le dan convulsiones pero esta controlado con medicamento, la ketamina es segura para el?',
    'mi mama tiene epilepsia y a veces le dan convulsiones, ustedes atienden a personas asi?',
    'i have seizures sometimes from my epilepsy, would the infusion trigger one?',
    'my daughter has POTS, do you treat depression in teens with that?',
    'tengo alergia a los mariscos, la ketamina tiene mariscos o algo asi?',
]

STILL_EMERGENCIES = [
    # the same condition words beside a symptom now, an event just told, 911, a time just now
    ("my sister has the mast cell thing and right now she's breaking out in hives and her throat is closing, what do i do?", M),
    ("my husband gets seizures sometimes but he is seizing right now and won't wake up, help", M),
    ("my wife has POTS and she just passed out and won't wake up, should i call 911?", M),
    ('mi hermana tiene lo de los mastocitos y ahorita se le esta cerrando la garganta, que hago?', M),
    ('a veces le dan convulsiones pero ahorita esta convulsionando y no despierta', M),
    ('mi mama tiene epilepsia y se acaba de desmayar, no despierta, ayuda', M),
    ("she has mcas and she can't breathe right now, lips swelling, do you treat that?", M),
    ('mi hijo tiene pots y se acaba de desmayar hace 5 minutos, no responde, ustedes lo pueden ver?', M),
    ("my son has epilepsy and he's been seizing for 6 minutes, is that something your clinic treats?", M),
    ('tiene lo de los mastocitos, ahora no puede respirar y se le hinchan los labios, la llevo?', M),
    ('my daughter has anaphylaxis to nuts and she just ate one, her lips are swelling, can you help?', M),
    ('cuando le da la reaccion se desmaya, y ahorita esta desmayada y no despierta, llamo al 911?', M),
    ('my dad gets seizures sometimes, he just had one 2 minutes ago and he is not breathing', M),
    ('my wife has POTS and she fainted 5 minutes ago and is still out of it, do you treat that?', M),
    ('mi hijo tiene epilepsia, a veces le dan convulsiones, y hoy le dio una que duro mucho y sigue sin despertar, ustedes lo atienden?', M),
    ('tiene lo de los mastocitos y ahorita se le estan hinchando los labios y se desmayo, la clinica la puede ver?', M),
    ('whenever he has a flare he passes out, but this time he collapsed and is not breathing, is that something you treat?', M),
    ('mi esposa tiene pots, siempre que se para se desmaya, pero se acaba de desmayar y no responde, llamo al 911?', M),
    ('a veces le dan convulsiones, esta convulsionando hace 5 minutos, la ketamina le sirve?', M),
]
