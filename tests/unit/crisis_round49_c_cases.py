"""Round 49's English preparatory behaviour told by deeds, with no word of suicide (helper c;
tests/unit/test_crisis_classes_by_round.py checks them, key 492). Classes the detector missed or read only
by a stray phrase, each now read through round 49 (c)'s families in phrases.py:
(1) a farewell by acts: a last show, gig, set or shift played or worked, instruments or belongings sold or
given away, a pet handed to someone, with the means waiting (pills with alcohol, pills ready in the car or
lined up), often with "so someone knows", in the first person or told by a friend: self-harm
(FINISHING_WITH_MEANS_WAITING_49C);
(2) goodbye messages or emails scheduled to go out later (tomorrow morning, at midnight, at sunrise) with
pills collected or saved, the means waiting or an apology left for the family ("tell them I'm sorry"):
self-harm (SCHEDULED_GOODBYES_WITH_MEANS_49C).
Patterns.py (round 49 (c)) lets two older filters give way where these combinations read (a pill bottle
left in someone's car, a medicine a clinic "gave me"), and adds a filter for "just wanted someone to know"
or "so someone knows" told beside an appointment moved, a farewell tour or a last show before a move
(LOOK_ALIKES; STILL_EMERGENCIES keeps the means, a wish or pills taken told beside it).
QUIET holds the families' own look-alikes: a guitar sold for the rent, a cat rehomed for an allergy, work
emails scheduled, old pill bottles gathered for a pharmacy drop-off, a last shift before a vacation.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_FAREWELL_BY_ACTS = [
    ("played the last set of my life tonight. sold the amp. the bottles and pills are waiting in the car", S),
    ("last shift is done, my dog is staying with my brother, sold the drums. pills and vodka on the kitchen table. telling you so someone knows", S),
    ("finished my final shift at the bar, gave the dog to my ex, the pills and a fifth of jack are in the glovebox", S),
    ("sold my bass and my amp this week, rehomed my dog with a friend, theres a bottle of pills and some rum in my car. dont know why im telling u", S),
    ("played my last gig, gave away my keyboard. pills n beer sittin on the table. jus wanted somebody to kno", S),
    ("sold every guitar i own and gave my cat to a coworker, the pills and wine are lined up on the counter", S),
    ("i gave my turtle to my cousin and quit my job, the pills and the whiskey are on the nightstand", S),
    ("Worked my last shift, handed in my keys, the cat lives with my mum now, and I have tablets and gin in the car. Just so somebody knows.", S),
    ("my friend handed her cat over to me today and sold her cello, and she said the pills and wine are waiting at home", S),
    ("my buddy gave away his drum kit and left his dog with me, said he has pills and a bottle in the car, just wanted someone to know", S),
    ("my bandmate played his last gig and sold his bass, he left his pup with me and said pills and beer are in his car, telling me so someone knows", S),
    ("my roomie did her last shift at the diner, gave me her bunny and pawned her violin. she says the sleeping pills and tequila are ready", S),
    ("gave all my records away, sold the turntable, dropped my parrot off at my aunts. booze and meds are in the trunk", S),
]
_SCHEDULED_GOODBYES = [
    ("i scheduled texts to my mom and sister for tomorrow morning, ive got 80 pills in a jar. tell them sorry", S),
    ("i put aside every pill they gave me for months, the emails go out at sunrise", S),
    ("timed a message to my wife for 8am. i have been gathering pills. just tell her im sorry", S),
    ("my girlfriend has letters queued in her gmail for tomorrow and a bag of pills she collected, she said tell my mom im sorry", S),
    ("the messages to my family are scheduled for midnight. i have enough pills collected now", S),
    ("he scheduled an email to his whole family for 6 am and said tell them im sorry, he has been putting pills aside", S),
    ("emails set to send tmrw at 9. pls tell my kids im sorry", S),
    ("my goodbye emails go out at 7am tomorrow. tell my parents im sorry", S),
    ("Set up emails to my sons for tomorrow at noon. The tablets I stockpiled are in a box next to me. Tell them and their dad I am sorry.", S),
    ("queued some dms to go out at midnight, got a stash of pills from my old scripts. let everyone know im sorry", S),
    ("my sister told me her emails are scheduled to go out tomorrow morning and shes been saving up her meds, she said tell mom shes sorry", S),
    ("voice notes set for tomorrow at 6 for my daughters, the pills are counted out. tell them im really sorry", S),
]
CLASSES = _FAREWELL_BY_ACTS + _SCHEDULED_GOODBYES

LOOK_ALIKES = [
    # "just wanted someone to know" beside an appointment moved, a farewell tour, a last show before a move
    "we played our last show in chicago before we move to denver, farewell tour was amazing. just wanted someone to know lol",
    "last gig with the band tonight before i move to seattle! sold my drum kit to the opener. just wanted somebody to know",
    "my appointment moved to thursday, telling you so someone knows",
    "just wanted someone to know my appointment got moved to friday",
    "my infusion was rescheduled to monday, just so someone knows",
    "just wanted someone to know i changed my appt to 3pm",
    # ruled out by older filters, kept quiet by the families' own exceptions
    "we had to rehome our cat because of my sons allergies, so sad",
    "i schedule emails at work to go out tomorrow morning, can the clinic send reminders like that?",
    "collected all my grandmas old pills to bring to the take back day at the pharmacy",
    "i gave my dog to my mom for the week while i do my infusions, the meds are on the table",
]

QUIET = [
    "sold my guitar to pay rent this month, can i pay for my infusion next week?",
    "had to sell my bass to cover rent, so broke lol. do you offer payment plans?",
    "our farewell tour ends saturday, last show ever at the roxy, then im moving to nashville. gave my old amp to a fan",
    "set my out of office emails to go out at midnight before my vacation",
    "i have a drawer of old pill bottles i collected, taking them to the pharmacy drop off, is that ok?",
    "finished my last shift before vacation, my wine and my pills are packed in the car lol",
    "last shift at the cafe before i move to portland! gave my plants to my coworker",
]

STILL_EMERGENCIES = [
    ("my appointment moved to thursday, but the pills and vodka are ready in my car. just wanted someone to know", S),
    ("last gig before i move to denver, just wanted someone to know i dont want to be alive anymore", S),
    ("my infusion got rescheduled, just so someone knows i took all my pills an hour ago", O),
    ("moving to austin next month, just wanted someone to know, i have been thinking about killing myself", S),
    ("we had to rehome our cat because of allergies, the pills and vodka are waiting in my car, tell my mom im sorry", S),
    ("last show before i move to boston, tonight i end it, just wanted someone to know", S),
    ("my appt got moved to friday, just so someone knows. i am not ok, i keep thinking about dying", S),
]

OVERDOSE_KIND = []

NOT_RULED_OUT = []
