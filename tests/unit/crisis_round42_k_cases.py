"""Round 42's a limb's colour as a chronic symptom (helper k; tests/unit/test_crisis_classes_by_round.py
checks them, key 425), English and Spanish, false alarms of the detector ruled out by a look-alike
filter (patterns.py, round 42's a limb's colour as a chronic symptom, helper k): a hand, a foot, the
fingers or the skin whose colour or warmth changes as a known, recurring symptom of a chronic condition,
told in a question to the clinic: (1) a CRPS/RSD limb (complex regional pain syndrome, "sindrome de dolor
regional complejo", "distrofia simpatica refleja") that turns, goes or gets purple, blue, red, mottled,
blotchy, white, cold or hot and swollen after exercise, in the cold, with flares, every evening,
sometimes or always, and the writer asks whether to worry or whether ketamine helps; (2) Raynaud's
fingers or toes white then blue in the cold; (3) MCAS flushing, the skin red and hot in a flare,
handled. The STILL_EMERGENCIES hold the same limb as an emergency now: sudden and not going back, numb
and unmovable, since an injury or a cast, no pulse, after an injection into it, with chest pain or short
of breath, a leg swollen and painful after a long flight, blue lips or face or not breathing, and a limb
purple, cold and painful since this morning with no condition named. Written here, never copied from
an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 1. a CRPS/RSD limb's colour or warmth, a known recurring symptom
    "I have CRPS in my right foot and it turns purple and cold after I exercise, is that normal? can ketamine help with that",
    "my crps hand goes blue and ice cold every time it's cold outside, should I worry?",
    "i have rsd in my left hand and sometimes it gets red hot and swollen during flares, does ketamine infusion help rsd",
    "Complex regional pain syndrome in my leg: the foot always gets mottled and cold in the evenings. Is this something to worry about?",
    "my crps foot turns purple and freezing cold every evening, is ketamine good for crps",
    "with my CRPS my hand gets blotchy purple and cold when I'm stressed. do you treat crps?",
    "crps in my foot for 3 yrs, it goes purple n cold after walking, is that the crps or should i worry lol",
    "my daughter has crps in her hand, it turns blue and cold whenever she's anxious. would ketamine help her?",
    "my RSD foot gets all mottled and purple and cold by the evening, every single day. is that something ketamine infusions can help with?",
    "Hi, I was diagnosed with complex regional pain syndrome in my left hand 2 years ago after I broke my wrist. It goes purple and icy when it's cold out. Do you treat CRPS?",
    "my crps left foot turns reddish purple and hot after standing too long, should I be worried or is that just the crps",
    "Quick question - my son has CRPS in his leg and his foot always gets blue and freezing in the winter. Can he do ketamine?",
    "i have crps in both legs, they get blotchy and white sometimes, is that normal",
    "CRPS hand goes red and swollen and burning hot during a flare, does ketamine help flares?",
    "my crps arm changes color, purple and cold, whenever I'm stressed, do you guys see crps patients",
    "Good afternoon. I suffer from reflex sympathetic dystrophy; my right foot often becomes mottled and cold. Would ketamine be appropriate for me?",
    "my CRPS foot turns purple n cold after i shower lol is that normal?? can ketamine fix it",
    "tengo sindrome de dolor regional complejo en el pie y se me pone morado y frio cuando hago ejercicio, la ketamina ayuda?",
    "tengo distrofia simpatica refleja en la mano y a veces se pone roja y caliente e hinchada, me debo preocupar?",
    "mi pie con crps siempre se pone morado y helado en la noche es normal?",
    "mi mano con SDRC se pone azul y fria con el frio, la ketamina sirve para eso?",
    "tengo crps en la pierna y el pie a veces se pone morado y frio, es normal? la ketamina ayuda?",
    "mi hija tiene sindrome de dolor regional complejo y la mano se le pone azul y helada cada vez que hace frio, ustedes la pueden atender?",
    "con la distrofia simpatica refleja mi pie se pone rojo y caliente y se hincha en las crisis, la ketamina sirve?",
    "tengo SDRC, el brazo se me pone morado y frio despues de caminar, me debo preocupar?",
    "my crps foot se pone morado y cold every night, is ketamine good for this?",
    # 2. Raynaud's fingers or toes in the cold
    "I have Raynaud's and my fingers go white then blue in the cold, is ketamine safe for me?",
    "my raynauds fingers turn white and then purple when its cold, does that matter for the infusion",
    "tengo raynaud y los dedos se me ponen blancos y luego morados con el frio, puedo hacer la infusion?",
    "tengo raynaud y en invierno los dedos se me ponen blancos y despues azules, puedo recibir ketamina?",
    "I have Raynaud's; my fingers turn white, then blue, then red when I'm cold. Is that a problem for the infusion?",
    "my raynauds toes go purple and icy every winter, does ketamine affect circulation?",
    # 3. MCAS flushing in a flare, handled
    "I have MCAS and when I flare my skin gets red and hot, I take my antihistamines and it passes. Can I still get ketamine?",
    "my mcas flares make my face and arms flushed red and hot, it's handled with my meds, is ketamine ok with mast cell activation?",
    "tengo mcas y en las crisis la piel se me pone roja y caliente, ya lo manejo con antihistaminicos, puedo recibir ketamina?",
    "when my mcas flares my arms get red and blotchy and hot, is ketamine safe with mast cell activation syndrome?",
    "tengo mcas y cuando me da un brote la cara y los brazos se ponen rojos y calientes, puedo hacer la infusion de ketamina?",
]

QUIET = [
    "I have MCAS, during flares my face and chest get flushed and hot, it calms down with my meds, can I do ketamine?",
    "I have a cold and my chest hurts when I cough, can I still come in?",
]

STILL_EMERGENCIES = [
    # no condition named: a limb without blood since this morning
    ("my leg is purple and cold and really painful since this morning", M),
    ("my leg is purple, cold and painful since this morning", M),
    ("mi pierna esta morada y fria y me duele mucho desde la manana", M),
    # sudden, not going back
    ("I have CRPS but my foot suddenly turned purple and cold and it's not going back, I can't feel it", M),
    ("I have CRPS and my foot usually turns purple in the cold, but today it went purple and cold suddenly and it's not going back", M),
    ("tengo crps y el pie se me pone morado a veces pero hoy de repente se puso morado y frio y no se me quita", M),
    ("tengo crps y de repente el pie se puso morado y frio y no se me quita, no lo puedo mover", M),
    # numb, cannot move it
    ("my crps foot gets purple sometimes but now it's purple and cold and numb and I can't move it", M),
    ("tengo sdrc y la pierna se pone morada con el frio, pero ahora la pierna esta fria y morada y no la puedo mover", M),
    # no pulse
    ("I have crps and my hand goes blue sometimes, but now it's blue and cold and I can't feel a pulse in my wrist", M),
    ("I have crps in my hand and now it's purple, cold and I can't feel a pulse", M),
    # an injury or a cast
    ("i have crps in my leg, it always turns purple, but since they put the cast on it is cold and purple", M),
    ("my crps foot went purple and cold after they put the cast on yesterday and it's numb and I can't move my toes", M),
    ("tengo crps y la mano se pone morada con el frio, pero desde que me pusieron el yeso esta fria y morada", M),
    ("i have crps and after the fall yesterday my foot turns purple and cold, i can not move my toes", M),
    # an injection into it
    ("my crps hand turns purple when it's cold, but after the nerve block injection into it yesterday it's ice cold and white", M),
    ("I have crps, my arm went purple and cold right after the injection into it", M),
    # chest pain, short of breath
    ("i have crps and my foot turns purple sometimes but now it's cold and purple and I have chest pain", M),
    ("my crps leg is purple and cold and I have chest pain and shortness of breath", M),
    # a long flight (a clot)
    ("my crps foot goes purple after exercise but now my leg is swollen, purple and painful after a long flight", M),
    ("i have crps but my leg is swollen and painful after a long flight and purple", M),
    # blue lips or face, not breathing
    ("I have raynauds and my fingers turn blue in the cold and now my lips are blue too", M),
    ("my crps hand turns purple every evening and my face is turning blue", M),
    ("tengo raynaud, los dedos se ponen blancos con el frio, pero ahora tengo los labios morados y no puedo respirar", M),
    # since this morning
    ("my crps foot turns purple sometimes but since this morning it's cold, purple and really painful", M),
    # within the hour, or not the limb of the condition
    ("i have crps in my right foot that turns purple in the cold, but my left leg went cold and white in the past hour", M),
    ("my crps hand goes purple in winter, but this is not my crps hand, my left hand went blue and cold over the last two hours", M),
    ("tengo sdrc en la mano derecha que se pone morada a veces, pero la otra pierna se puso fria y blanca en la ultima hora", M),
    # this time, not the usual
    ("my crps hand gets purple with flares but this time my hand is white and freezing and my fingers won't move", M),
    ("i have raynauds and my fingers go white in the cold, but this is not my usual, they are white and cold for hours", M),
]
