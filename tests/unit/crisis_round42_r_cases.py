"""Round 42's merge review (tests/unit/test_crisis_classes_by_round.py checks them, key 427): someone
who sent the writer their passwords or account access and cannot be reached now is a farewell sign in
Spanish as in English, with or without a means named (round 42 (a)'s filter reads the silence as a
silence, not as a body that does not respond, so nothing else read these). Written here, never copied
from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    ("mi primo me paso todas sus claves del banco anoche y desde entonces no contesta", S),
    ("mi amiga nos envio sus contraseñas a las dos y ahora no responde, tengo miedo", S),
    ("mi papa me dejo sus claves de las cuentas en un papel y no lo puedo localizar", S),
    ("my roommate texted me all her passwords at 2am and her phone goes straight to voicemail", S),
    ("he emailed us his logins and the bank pin and hasnt answered anyone since", S),
]

LOOK_ALIKES = [
    "my coworker sent me his passwords for the shared drive because he is on vacation",
]

QUIET = []

STILL_EMERGENCIES = []
