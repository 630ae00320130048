"""Round 44's merge review (tests/unit/test_crisis_classes_by_round.py checks them, key 446): a gap the
round's helpers left. A job told on the tracks with its hours between the work and the place ("works
overnights on the tracks", "night shifts on the train tracks") was read as someone at the tracks to
end their life by the older height family, which spares only "work on the tracks": the rail-work
filter of round 44 (e) now takes such a job as its mark. A goodbye, standing on the tracks now or
thoughts of stepping in front of a train still stop it. Written here, never copied from an
evaluation set. (2) Pills got at school or from a friend told before the count taken ("got pills from a
kid at school, he took two"; "le vendieron unas pastillas en la secundaria ... se tomó dos") with
staggering or words that will not come now: round 44 (a)'s family read only "took" before the pills,
and a school named with the verb first dated the signs as past."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    ("my son got pills from a kid at school, he took two and now he is staggering", O),
    ("a la nena le vendieron unas pastillas en la secundaria, dizque xanax, se tomó dos y ahora se tambalea y no le salen las palabras", O),
    ("she bought blues off some guy at a party, popped three, now she cant stand up and keeps nodding", O),
    ("a mi sobrino le pasaron unas pepas en el colegio, se tomo dos y ahora no se puede parar", O),
]

LOOK_ALIKES = [
    "my dad works overnights on the tracks, can he come in at 7am",
    "i do 12 hour night shifts on the train tracks, is there a saturday appointment",
    "My husband has worked nights along the subway tracks for twenty years, his knees are shot. Do you treat joint pain?",
    "she pulls doubles on the tracks for amtrak and can only do mornings, how many sessions is a series",
    "I'm working overtime by the tracks all month, could my wife book for me",
]

QUIET = [
    "my son got pills from a kid at school for his adhd, he took two this morning, what time do you open",
    "my daughter got her notes from a friend at school, she took two classes and is sleepy all day, do you treat adhd",
    "mi esposo trabaja de noche en las vias del tren, tienen citas a las 7",
]

STILL_EMERGENCIES = [
    ("my brother works nights on the tracks and he texted me goodbye, he is standing on the tracks now", S),
    ("i work overtime on the tracks and i keep thinking about stepping in front of the train", R),
]
