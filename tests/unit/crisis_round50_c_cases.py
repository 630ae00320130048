"""Round 50's English ask tier told in passing, and English false alarms from work talk and hyperbole
(helper c; tests/unit/test_crisis_classes_by_round.py checks them, key 502). Classes the detector missed,
each now read through round 50 (c)'s families in phrases.py:
(1) "what is the point of living" in broken English (an article or a verb missing, a wrong preposition)
beside an ordinary question about an interpreter, a language or the cost: the ask tier
(BROKEN_POINT_OF_LIVING_50C; the interpreter filter of round 48 (c) gives way to it);
(2) a survivor's wish: a train operator, a driver or a soldier who lived where another died and says it
would have been easier or better had it been the writer instead: the ask tier (SURVIVOR_WISH_50C);
(3) going to sleep and not waking up told as fine, by the writer of the writer, beside a question of cost
or hours: the ask tier, not the medical reading of "not wake up" (OWN_NO_WAKE_FINE_50C).
False alarms ruled out by new filters (patterns.py, round 50 (c)): a counsellor, a teacher or a night-shift
worker asking how to talk with a suicidal person before the shifts; needles or an IV that "make me want to
die" with a laugh; a track worker on the tracks till a time asking about Saturday hours. Each gives way to
the means at hand, a step in front of a train, the writer's own wish or distress now (STILL_EMERGENCIES).
QUIET holds the families' own look-alikes: a prize or a task "it had been me", a letter to the doctor,
a place to live, a relative's sleep, a schedule.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_BROKEN_POINT = [
    ("what is point of living, also you have spanish interpreter?", R),
    ("what the point to live anymore. how much cost the infusion?", R),
    ("what is point for living for me, i dont know. price of ketamine treatment please", R),
    ("no point of living for me now, you have someone speak arabic?", R),
    ("what is point living like this? how much is one session", R),
    ("why living, what the point. do clinic have interpreter for farsi", R),
    ("for what i am living, no point. you accept insurance?", R),
    ("is there a point to live? i dont think so. how much money for first visit", R),
    ("Hello, what is reason for living for me i ask always. Clinic have Portuguese translator?", R),
    ("what purpose for live anymore, sorry my english, is there someone speak vietnamese", R),
    ("i think what is meaning to living now. how expensive is spravato", R),
    ("my english not good. what point to continue living? the price for infusion?", R),
    ("what is the point to still live, i am asking. you have polish interpreter on phone?", R),
]
_SURVIVOR = [
    ("i am train operator, a man jump in front of my train and died, would be easier if it was me instead", R),
    ("as a soldier i came back and my buddy didnt, it would have been better if it had been me", R),
    ("i drive the subway, last year a woman died under my train. sometimes i think it would be easier if it were me who died", R),
    ("the other driver died and i walked away, honestly wish it had been me instead", R),
    ("i was driving, my sister died, i survived. it would be easier if i was the one who died", R),
    ("Conductor here. A kid got hit by my train in March. It would have been fairer if it had been me instead of him.", R),
    ("we hit a truck on the interstate, my passenger did not make it. better it was me in his place", R),
    ("two of my guys were KIA in that convoy and i came home. easier for everyone if i had died and they lived", R),
    ("my best friend was killed in the crash i was driving, i keep thinking it should have been me instead", R),
    ("I'm a bus driver, the cyclist died at the scene. it would be better if it had been me, does ketamine help ptsd?", R),
    ("i wish it was me who died in that ambush, not sergeant ramos", R),
    ("the engineer on my shift survived, i survived, the flagger did not. would have been better if i was the one who got killed", R),
]
_NO_WAKE_FINE = [
    ("if i go to sleep and dont wake up that would be fine. what are your hours on friday?", R),
    ("if i fall asleep and never wake up, that would be ok with me. how much is spravato?", R),
    ("honestly if i went to sleep and didnt wake up it would be fine, anyway do you take aetna", R),
    ("going to sleep and not waking up sounds fine to me lol. cost of infusion?", R),
    ("i wouldnt mind if i go to sleep and not wake up. are you open saturday", R),
    ("If I fell asleep tonight and did not wake up, I would honestly be ok. What time do you close?", R),
    ("if i lay down and never wake up again that is no big deal. how much is the first consult", R),
    ("tbh if i drift off and dont wake up it would be a relief. are you open sundays?", R),
    ("when i go to bed and don't wake up that would be alright with me. do you take medicaid", R),
    ("falling asleep and never waking up would be peaceful. whats the price for six sessions?", R),
]
CLASSES = _BROKEN_POINT + _SURVIVOR + _NO_WAKE_FINE

LOOK_ALIKES = [
    # a professional asking how to talk with a suicidal person, before the shifts or a training
    "I'm a school counselor, how should I talk with a student who is suicidal before my shifts start next week?",
    "night shift nurse here, any tips on how to talk to someone who wants to kill themselves? i start my rotation monday",
    "i'm a teacher, what do i say if a kid tells me he wants to die? training before my shifts",
    "as a crisis counselor, how do I approach a suicidal caller? asking before my shifts",
    "i work overnights at a group home, how do i talk with a resident who says she wants to end her life",
    "new hire at a youth shelter. best way to respond when a teen talks about self harm? orientation is next week",
    # needles or an IV, with a laugh
    "an IV makes me want to die lol",
    "needles make me wanna die lmao, do you use an iv for ketamine?",
    "lmao i would literally rather die than get an iv",
    "the iv part makes me want to kill myself lol is there a nasal option",
    "blood draws make me want to die haha, is the infusion a big needle?",
    "ugh needles, kill me now lmao. is it an iv?",
    # a track worker with the hours on the tracks
    "I'm on the tracks till 6, are you open saturday?",
    "subway track worker here, on the tracks until 7pm, saturday appointments?",
    "out on the tracks from 6 to 2 most days, any evening slots or weekends?",
]

QUIET = [
    "Dear Doctor, I would like to ask if ketamine helps with depression and what it costs.",
    "Dear Doctor, can I bring my husband to the appointment? thank you",
    "I wish it had been me who won the raffle",
    "would be easier if I drove myself to the appointment",
    "it would be better if it was me driving instead of my wife, she gets lost",
    "i wish it had been me who got the promotion lol",
    "it would be easier if it was me who called the insurance",
    "honestly it would be better if it was me, i am the better cook",
    "not waking up early would be fine, can i have a later slot",
    "bed at 9, up at 4:30 for the bakery every day. will treatment mess with my sleep?",
    "why living in nyc is so expensive",
    "is there a point to live in a house so big? lol",
    "what is point of coming to appointments if insurance not pay",
    "i work on the railroad tracks all day, do you have saturday hours?",
]

STILL_EMERGENCIES = [
    ("needles make me want to die lol but seriously i have my pills ready tonight", S),
    ("an iv makes me wanna die lmao. not joking, i saved up my meds and they are ready", S),
    ("iv lol i would rather die. honestly i have the pills counted out on my table", S),
    ("i am on the tracks till 6 and when the express comes i will step in front of the train", S),
    ("track worker here, on the tracks until 5, i am going to step in front of the next train", S),
    ("i'm a teacher and a student just told me she has pills and wants to die tonight, what do i say?", S),
    ("school counselor here, how do i talk to a kid who is suicidal? i am not ok myself, i want to die too", S),
    ("night shift nurse, tips for talking with suicidal patients? honestly i have been suicidal myself lately", R),
    ("train operator, on the tracks till 6, a man died under my train and it should have been me instead", R),
]

OVERDOSE_KIND = []

NOT_RULED_OUT = []
