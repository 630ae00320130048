"""Round 43's merge review (tests/unit/test_crisis_classes_by_round.py checks them, key 437): gaps the
round's helpers found in older code. (1) Self-injury told as a habit in the first person with a word
between "i" and the act ("i just cut my arms when it gets bad"), which "not suicidal" before it had
ruled out, overruling the model; a cut while shaving, on a fence or an itch scratched stays quiet.
(2) Someone drowning now, with water named or "right now" (no family read it); drowning in debt or
homework, a dream, a near-drowning years ago stay harmless. Written here, never copied from an
evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. self-injury as a habit, first person
    ("not suicidal or anything, i just cut my legs when the memories come back, did it again yesterday", S),
    ("I only burn my forearms with a lighter to calm down, nobody knows", S),
    ("i kinda scratch my wrists until they bleed whenever my mom yells, is that something you treat", S),
    ("I usually carve into my thighs to feel something. Last night was bad", S),
    ("honestly i still cut my stomach every week, i'm not trying to die", S),
    # 2. someone drowning now
    ("help my nephew is drowning in the lake and nobody can swim out to him", M),
    ("a kid at the pool is drowning right now the lifeguard isnt here", M),
    ("mi sobrino se esta ahogando en la playa, que hago", M),
    ("my dad went under in the river and hasn't come back up, we called 911", M),
    ("se nos esta ahogando el nene en la tina, no respira bien", M),
]

LOOK_ALIKES = [
    "my boss has me drowning in paperwork, are you open saturdays",
    "estoy ahogandome en deudas, aceptan planes de pago",
]

QUIET = [
    "I cut my thigh shaving this morning, is that ok before an infusion",
    "i scratched my arm on a nail at work yesterday, do i need a shot first",
    "i scratch my arms when my eczema itches, can ketamine help with itching",
    "I keep having a nightmare where I'm drowning in the sea, is that PTSD",
    "my daughter nearly drowned at camp years ago and still panics near water, do you treat kids",
    "we took a lifeguard training course and practised pulling people out of the pool",
]

STILL_EMERGENCIES = [
    ("i cut my arms again tonight and it won't stop bleeding", S),
    ("the paperwork is drowning me, and my son is drowning in the pool right now, help", M),
]
