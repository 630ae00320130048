"""Round 14's crisis false-alarm classes (data; tests/unit/test_crisis_classes_by_round.py
checks them): look-alikes written here, never copied from an evaluation set, that
must be ruled out and overrule DIET; and the emergencies beside them that the
look-alike filters must not swallow. Round 14 was about false alarms, so CLASSES
holds no new detection family."""

from tests.unit.crisis_classes import M, O, R, S  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # hyperbole with a twist: the wish names a harmless cause
    "i wanted to die of embarrassment when i tripped in front of the receptionist",
    "when my boss read my text out loud i literally wanted to die... of shame",
    "me quise matar... de la risa con ese video",
    "mi primo me mata de la risa, es lo mejor del dia",
    "that chemistry final killed me, i am dead, just bury me in the library",
    "the bar exam murdered me, bury me under the textbooks please",
    "not die, just scream really loud for a minute",
    "my 5 year old screamed i am gonna die when i put broccoli on her plate",
    "mi hija de 4 anos grita que se va a morir cada vez que le doy verduras",
    "se me murio el celular en medio de la llamada, me pueden volver a llamar?",
    "mi telefono se murio, por eso no conteste",
    "my friend said the hike almost killed him but he exaggerates everything",
    "dice que el gimnasio casi lo mata pero es bien exagerado",
    # self-harm word play
    "cut my own bangs and it was basically self harm lmao",
    "me corte el fleco yo sola, fue practicamente autolesion jaja",
]

QUIET = []

# The look-alike filters stop where the emergency starts.
STILL_EMERGENCIES = [
    ("i want to die", S),
    ("me quiero matar", S),
    ("i want to die of this pain, i have the pills ready", S),
    ("i want to die. of course i have a plan", S),
    ("the exam killed me, i want to kill myself tonight", S),
    ("mi hijo dice que se quiere morir y tiene las pastillas de mi mama", S),
    ("i cut my bangs and then i cut my arms, i am bleeding a lot", M),
    ("se me murio mi mama y me quiero matar", S),
    ("i took all my pills", O),
    ("me tome todas mis pastillas", O),
]
