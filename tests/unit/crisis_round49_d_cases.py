"""Round 49's the English ask tier told in broken or relayed English (helper d; tests/unit/test_crisis_classes_by_round.py
checks them, key 493). Passive wishes the detector missed, each now read as the ask tier (possible risk; self-harm
also fits) through round 49 (d)'s families in phrases.py:
(1) a relative relays an old or ill person's death wish in broken English (missing verbs and articles, a wrong
word order), beside a treatment question (nerve pain in the face, an age limit): "since mother die he ask what
reason for living", "she want only die", "dying is what she want", "why he still live", "what for to live"
(RELAYED_ELDER_WISH_49D);
(2) the writer's own passive wish in simple or broken English beside a practical question (an ASL interpreter,
parking, the cost): "if i am gone is better", "better i not alive anymore", "me gone is better", "i want not
wake up", "better to disappear forever" (OWN_BROKEN_WISH_49D).
Round 48 (c)'s interpreter filter and round 47 (d)'s task filter give way to both families.
Look-alikes: "die" written for "dye" (her hair, the roots, a colour) and not waking up early for a schedule are
ruled out by two new filters (patterns.py, round 49 (d)) that give way to a wish told with nothing to colour,
drugs taken, signs now and distress now (STILL_EMERGENCIES). QUIET holds the families' own look-alikes: a
father who lives for his grandchildren, "better if i am not here at 9", "what for i need a referral", gone by
a time, not there when someone comes. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_RELAYED = [
    ("my father 84, since my mother die he ask me every morning what reason for living now. ketamine good for old people?", R),
    ("father very old now, his wife dead since spring, he always say why he still live. you have age limit for ketamine?", R),
    ("my mom say every day she want only die. pain in face nerve very strong, ketamine help this?", R),
    ("mom 79 she tell me whole day dying is what she want. trigeminal pain so bad, you treat it?", R),
    ("my father he say what for to live now, his wife gone. ketamine is ok for 90 year man?", R),
    ('papa tell me "what reason I have to continue, your mother is gone". is there age limit?', R),
    ("my old father ask me what is reason for go on since wife pass two year. ketamine good for elderly depression?", R),
    ("my mom is sick long time and she say all day that she wish be dead. face nerve pain, can ketamine help her?", R),
    ("my grandfather always tell he want go to die, nothing left for him. infusion ok for heart patient old?", R),
    ("every day my mother is saying to me dying is only thing she wants. trigeminal neuralgia, ketamine work for it?", R),
    ("papa since stroke say only he want death, nothing else. ketamine for stroke patient possible?", R),
    ("My mom have MS long time, she saying why she still alive, what for. You have age limit for ketamine?", R),
    ("husband have cancer, he tell me no want live more. ketamine can help the pain?", R),
    ("grandpa say for what I live now, grandma is gone. we need referral for him?", R),
]
_OWN = [
    ("if I am gone is better for everybody. you have ASL interpreter for appointment?", R),
    ("maybe better I not alive anymore. where to park for the clinic?", R),
    ("Me gone is better for all. Do you have interpreter for deaf people?", R),
    ("sometimes I want not wake up. parking is free there?", R),
    ("better for everyone I am dead. how much is cost first visit?", R),
    ("if i not here anymore, is better. where i park the car?", R),
    ("for me better to disappear forever. ASL interpreter available on friday?", R),
    ("better I am no more in this world, how much ketamine cost", R),
    ("when i die is better for my kids. you open saturday?", R),
    ("everybody more happy if i am gone. how much cost consult?", R),
    ("i think is better i am not alive no more. do you have interpreter sign language?", R),
    ("i no want live anymore honest. how much is spravato", R),
    ("me not here is better, nobody care. you take insurance?", R),
    ("if I die it is better for my family, no more money problems. what is price of infusion", R),
]
CLASSES = _RELAYED + _OWN

LOOK_ALIKES = [
    # "die" written for "dye"
    "my mum wants to die her hair blonde before the wedding, is that ok after an infusion?",
    "mom want to die her hair red lol, can she do it same day as ketamine?",
    "my wife wants to die her roots next week, any problem with spravato?",
    # not waking up early for a schedule
    "i want not wake up early tomorrow, can i have later time?",
    "i prefer not wake up at 5 for the drive, can we do afternoon?",
    # a rest after surgery, not a wish
    "after her knee surgery mom only wants to sleep all day, is that normal?",
]

QUIET = [
    "my grandpa truly lives for his grandkids, may he sit with me during the consult?",
    "my dad live only for his grandkids now. is there age limit for ketamine?",
    "better if i am not here at 8:30, could we move it to 11?",
    "better if i am not here before 10, my bus is late",
    "what for i need the paper from my gp?",
    "what for i need referral, my doctor say no need",
    "if i am gone by 5 is better, my son picks me up",
    "me gone on vacation next week, better to move the appointment?",
    "it is better if i am not there when my ex comes",
    "what is the reason my mother wake up so early every day?",
    "my dad wants the dead tree removed before winter",
    "my father's death is all we talk about at home, is grief treated?",
    "my mother prays for the dead every sunday",
    "my mother asks why she still lives in that old house",
]

STILL_EMERGENCIES = [
    ("my mother wants to die her hair, and i want to die tonight", S),
    ("mom want to die her hair but she took all her pills and not breathing", O),
    ("i want not wake up early, my husband took all his pills and he will not wake", O),
    ("i am interpreter for my father, he say every day what reason for living since mother die. ketamine help?", R),
    ("translating for my grandma, she tell me she want only die, face pain very bad. what you offer?", R),
    ("my dad say he no want to live more, he have the gun in hand now", S),
]

OVERDOSE_KIND = []

NOT_RULED_OUT = []
