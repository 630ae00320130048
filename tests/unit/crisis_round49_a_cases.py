"""Round 49's English poisoning and overdose told without the usual words (helper a;
tests/unit/test_crisis_classes_by_round.py checks them, key 490). Classes the detector missed or read as the
wrong kind, each now read through round 49 (a)'s families in phrases.py:
(1) a household or car chemical (windshield-washer fluid, antifreeze, lamp oil, bleach, a cleaner, paint thinner,
rubbing alcohol) kept in a drink container (a sports-drink, water, soda or juice bottle) and drunk by mistake, by
the writer or someone else, with a sign or just drunk: a poisoning now, Poison Help and 911
(DRINK_CONTAINER_CHEMICAL_49A; patterns.py makes it a poisoning, OVERDOSE_KIND);
(2) a child or a teenager who took pills belonging to someone else (a friend, a grandparent, a relative) and now
acts drunk, cannot walk straight, slurs or keeps nodding off: an overdose (CHILD_TOOK_SOMEONES_PILLS_ACTS_DRUNK_49A).
Look-alikes: an overdose by accident long ago told in broken or simple English by a writer careful now who asks
a question is ruled out by a new filter (patterns.py, round 49 (a)) that gives way to use, signs or distress now
(STILL_EMERGENCIES). QUIET holds the families' own look-alikes: a question about what to do if a child swallows
a cleaner, a washer-fluid refill, a fluid stored in a bottle, a teen acting drunk about a crush, the poison-control
number for the fridge. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_CONTAINER = [
    ("my dad drank windshield washer fluid from a gatorade bottle by mistake, now he says his vision is blurry", O),
    ("my roommate keeps washer fluid in an old gatorade bottle and i just drank a few big gulps of it", O),
    ("my son chugged lamp oil out of a soda bottle, he is coughing and throwing up", O),
    ("someone put bleach in a powerade bottle and my wife drank some, her throat is burning", O),
    ("grandpa drank paint thinner that was in an old water bottle in the garage, he's dizzy", O),
    ("accidentally drank window cleaner that was in a water bottle, my throat burns", O),
    ("my husband took a swig of washer fluid from a gatorade bottle thinking it was his drink", O),
    ("gulped some of the blue stuff in the gatorade bottle in the truck, turns out it was windshield washer fluid", O),
    ("my little brother drank degreaser from a coke bottle in the shed, he is puking", O),
    ("drank like half a bottle of what i thought was water but it was antifreeze, feeling dizzy", O),
    ("we found out my mom sipped from a water bottle that had bleach in it, she's throwing up now", O),
    ("my uncle downed half a mountain dew bottle that was actually lamp oil, hes coughing alot", O),
    ("my girlfriend had a couple swigs from the powerade in my car but it was windshield washer fluid, her vision is blurry now", O),
    ("grabbed the wrong bottle, drank paint thinner out of a smartwater bottle. throat burning bad", O),
    ("my grandma drank rubbing alcohol by accident, it was in a water bottle next to her bed and now she is so drowsy", O),
]
_SOMEONES_PILLS = [
    ("my 15 yo took some of her grandmas pills and now shes acting drunk and cant walk straight", O),
    ("my daughter took a couple of her grandpa's pills, she's acting really drunk and can't talk right", O),
    ("my teenager took pills that belong to his buddy, now he's stumbling around and slurring his words", O),
    ("my teenager took her friend's pills and now she cant walk straight", O),
    ("my son took a few of his grandpa's pain pills and now he is acting drunk and slurring", O),
    ("she is acting super drunk and cant talk after she took some pills from her friend at school", O),
    ("my 14 year old stole pills from my moms purse and keeps nodding off on the couch", O),
    ("my nephew took his brothers meds at the party now he cant stand up and hes mumbling", O),
    ("our 16yo took some of grandpas sleeping pills, she's wobbling around and can barely talk", O),
    ("my daughter swallowed a bunch of her aunts tablets, now shes stumbling and slurring", O),
    ("my son swallowed pills from his friend's bag and now he is slurring and keeps nodding off", O),
    ("my 13 year old got into nana's medication, she's acting wasted and can barely talk", O),
]
CLASSES = _CONTAINER + _SOMEONES_PILLS

LOOK_ALIKES = [
    # an overdose by accident long ago, told in broken or simple English, careful now, with a question
    "i had overdose by mistake many years ago, since then i am very careful. ketamine safe for me?",
    "long time ago i overdose by mistake on pills. now i very careful. ketamine is ok for me?",
    "in 2015 i accidentally od on my pain pills, now i am fine and careful, can i do the infusion",
    "when i was young i take too many pills by accident, was in hospital. now no more problem, spravato ok?",
    "drank a whole gatorade at the gym before my infusion, is that ok",
]

QUIET = [
    "what should i do if my toddler swallows a cleaner?",
    "just refilled the washer fluid in my car, is it ok to drive to the clinic?",
    "i keep windshield washer fluid in an old gatorade bottle in the trunk, is that dumb",
    "my teen is acting drunk about her crush lol",
    "my son is acting drunk over his crush, he took his allergy pill this morning, normal?",
    "what is the poison control number? want it for the fridge magnet",
]

STILL_EMERGENCIES = [
    ("long time ago i overdose by mistake, now i very careful, but today i took 30 pills and i feel dizzy", O),
    ("years ago i overdose by accident, now careful. but my friend just took a bunch of pills and is not breathing", O),
]

OVERDOSE_KIND = [(text, "poisoning") for text, _ in _CONTAINER if not text.startswith(("gulped", "my roommate"))]

NOT_RULED_OUT = []
QUIET += [
    "i drink a powerade every morning and clean with bleach at work, does that matter for ketamine",
]
