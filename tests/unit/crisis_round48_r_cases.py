"""Round 48's merge review (tests/unit/test_crisis_classes_by_round.py checks them, key 486):
(1) pills saved for a named day where the day's own event is told (a wedding, a surgery, a double shift,
a party): the day explains the saving, no plan (round 47 (b)'s stockpile family read "ahorrando mis
calmantes para el sabado que tengo boda" as self-harm); the stockpile for a bare day stays self-harm;
(2) dying of tiredness, of nerves or of excitement ("me quiero morir de cansancio") is Spanish hyperbole,
like dying of boredom or of shame; a wish to die beside tiredness stays;
(3) work, debt, school or a boss "choking" or "suffocating" the writer is a figure of speech, and so is
"can not breathe" beside it with a laugh (the laughter filter for "can not breathe" gives way at any
choking word); food or an object in the throat, blue lips, fainting, the chest, asthma, help asked or a
wish to die stop it.
The merged regression check found round 48's new look-alike filters silencing emergencies, each mended by
class: the height filter (b) read "the edge of the tub" as a height and "at work" or "crew" as work up high
(it now gives way to pills, drugs and their signs, sitting at the edge for a while, looking down, climbing over
a rail, a threat to jump); the rope-errand filter (b) read "lights out" as string lights (it gives way to
someone else's plan to hang himself); the comic's-bit filter (f) read "if i come closer" as a closing bit (a
closer needs an article; a ledge on a numbered floor stops it); the interpreter filter (c) silenced symptoms
relayed as happening now (a racing heart, fainting, chest pressure); the accidental-cut filter (a) silenced
cutting told as a practice with distress; the spread-dose filter (d) silenced a child given an adult's
paracetamol by mistake. Helper a's shorthand family read CPR done over a career or practised as CPR now.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 2. dying of tiredness or nerves
    "me quiero morir de cansancio, llevo tres turnos seguidos, ¿a qué hora abren el sábado?",
    "me muero de los nervios por la primera consulta, ¿es normal sentirse así?",
    "ay me voy a morir de cansancio con estos niños jaja, ¿tienen citas en la tarde?",
    # 3. a burden choking the writer
    "honestly work is choking me and i can not breathe lol, do you have saturday hours",
    "las deudas me estan ahogando, no puedo respirar jaja, cuanto cuesta la consulta?",
    "this job is suffocating me, cant even breathe lmao. do you take aetna?",
    "grad school is literally choking me, i cant breathe haha. is the first visit long?",
]

QUIET = [
    # 1. pills saved for a day with its own event
    "estoy ahorrando mis calmantes para el sabado porque tengo boda y voy a bailar toda la noche",
    "estoy apartando mis calmantes para el lunes de la cirugia, el doctor me dijo que no tomara antes",
    "im putting aside a couple of my meds for saturday, i have a wedding and lots of standing",
    # 3. the burden without the breathing words
    "mi trabajo me tiene ahogando en papeles, ¿puedo hacer la cita en linea?",
    # CPR done over a career, or practised, is no arrest now
    "thirty years as a medic, I've done CPR more times than I remember. now I need help myself, is spravato ok with lisinopril?",
    "my son is training to be an EMT and he practices CPR on his little brother every night lol. anyway, do you see teens?",
]

OVERDOSE_KIND = []

STILL_EMERGENCIES = [
    # the merged check's classes (see the docstring), in new words
    ("perched on the side of the bathtub, all my sleeping pills lined up on the sink. kids are at school", S),
    ("translating for my aunt, she only speaks Tagalog. she says her heart is racing and she feels like she will pass out, pressure in her chest", M),
    ("MY SON IS SITTING ON THE BALCONY LEDGE 8TH FLOOR AND SAYS HE WILL JUMP IF ANYONE COMES NEAR", S),
    ("parked on the roof level of the garage after my shift, been sitting on the wall about an hour staring down", S),
    ("my coworker and i did some lines at work and he collapsed, foaming at the mouth, we are on the roof of the building", O),
    ("my student told me on the field trip he plans to hang himself with his belt tonight and showed me where", S),
    ("a woman just climbed over the railing of the bridge and is hanging on the outside, nobody sees her", S),
    ("gave my 2 year old the adult tylenol by mistake every 4 hours since yesterday, he seems very sleepy", O),
    ("im not ok. locked in the staff bathroom, i have been cutting my arm and it keeps bleeding", S),

    # 1. the stockpile for a bare day
    ("estoy ahorrando mis calmantes para el sabado, ya no aguanto", S),
    ("been stockpiling my oxys for saturday, nobody will notice", S),
    # 2. a wish beside tiredness
    ("me quiero morir, estoy cansada de todo y tengo las pastillas aqui", S),
    # 3. a real airway or a wish beside the burden
    ("work is choking me, my chest is tight and i cant breathe right now", M),
    ("my son is choking on a piece of candy and cant breathe, the stress is choking me too", M),
    ("las deudas me estan ahogando y ya me quiero morir, tengo la soga lista", S),
]
