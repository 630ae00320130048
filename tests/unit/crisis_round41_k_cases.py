"""Round 41's known gaps (helper k; tests/unit/test_crisis_classes_by_round.py checks them, key 416),
left by round 41's other helpers, English and Spanish. Detected now: (1) a cut by accident that had
stopped and bleeds again beside dizziness or a faint (the older "cut by accident" filter gives way);
(2) an accident on an object (a fence, broken glass, a nail, barbed wire, a saw) whose bleeding will not
stop, read as a medical emergency rather than the writer's own cutting; (3) a child's milligram total
between 1900 and 2099 ("se trago 2000 mg"), a dose and not a year. Quiet or ruled out now: (4) a small
cut of a finger by accident (the knife slipped, cooking); (5) a stroke years ago whose after-effects
remain; (6) not waking someone else up ("better not to wake up the baby"); (7) "lived long enough" in a
place or to know something; (8) God carrying the writer through; (9) "nobody would notice if i" and an
ordinary act of mischief; (10) a caregiver's certification question about the signs of someone who took
too many pills. STILL_EMERGENCIES hold each scene beside a danger now. Survivor guilt ("it should have
been me driving") is left as it is read (the ask tier). Written here, never copied from an evaluation
set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. a cut by accident bleeding again, with dizziness or a faint
    ("i cut my finger while cooking, it stopped but now it started bleeding again and i feel dizzy", M),
    ("me corte el dedo cocinando, ya habia parado pero volvio a sangrar y estoy mareada", M),
    ("my son cut his knee on a rock, it stopped, now it is bleeding again and he looks faint", M),
    ("i nicked my thumb chopping onions and now i am lightheaded and it started to bleed again", M),
    ("se corto la mano con un vidrio, ahora sangra de nuevo y se desmayo", M),
    # 2. an accident on an object, bleeding that will not stop
    ("i cut my leg on a fence and it wont stop bleeding", M),
    ("I sliced my hand open on broken glass and the blood will not stop", M),
    ("my son cut his foot on a nail at the park and its still bleeding and wont stop", M),
    ("al saltar la cerca me raje la pierna con el alambre de puas, sigue saliendo sangre y no para", M),
    ("a mi esposo se le resbalo la sierra electrica y se abrio la mano, la sangre no para", M),
    ("gashed my shin on sheet metal in the garage, blood is gushing out", M),
    # 3. a milligram total that looks like a year
    ("mi bebe se trago 2000 mg de paracetamol", O),
    ("my toddler swallowed 1950 mg of tylenol", O),
    ("mi hijo se tomo 2000 miligramos de ibuprofeno", O),
    ("my 4 year old swallowed 2000 mg of acetaminophen from the bottle", O),
    ("la nena se comio 2000 mg de vitaminas de hierro", O),
]

LOOK_ALIKES = [
    # 4. a small cut of a finger by accident
    "se me resbalo el cuchillo y me corte el dedo",
    "the knife slipped and i cut my finger",
    "se me fue el cuchillo picando cebolla y me corte el pulgar",
    "i accidentally cut my thumb opening a box, do i need a bandaid?",
    "me corte la mano sin querer lavando los platos, nada grave",
    # 5. a stroke years ago, the after-effects still there
    "tuvo un derrame hace 5 anos y todavia tiene la boca torcida",
    "my dad had a stroke 6 years ago and his face still droops on one side",
    "mi mama tuvo una embolia hace 3 anos y le quedo el brazo sin fuerza",
    "le dio un derrame en 2015 y todavia habla un poco arrastrado",
    "my grandma had a stroke years ago and her speech is still slurred, can she get ketamine?",
    # 6. not waking someone else
    "mejor no despertar al bebe",
    "better not to wake up the baby",
    "please don't wake up the kids when you come in",
    "mejor no despierten a la nena, ya se durmio",
    "i try not to wake up my roommates when i leave at 5",
    # 7. lived long enough in a place or to know something
    "I have lived long enough in this city to know the trains",
    "i've lived long enough here to know which buses come late",
    "he vivido lo suficiente en este pais para saber como funciona",
    "we have lived long enough in this neighborhood to know everyone",
    "been around long enough to know the front desk closes early on fridays",
    # 8. God carrying the writer through
    "god can take me through this",
    "god will get me through this",
    "the lord will carry me through this",
    "my faith helps me through this, god will see me through it",
    "jesus will take me through these hard times",
    # 9. nobody would notice an ordinary act
    "nobody would notice if I swam in the pool after hours",
    "nobody would notice if i took a nap at my desk",
    "no one would notice if i left work early friday",
    "nobody would even notice if i borrowed a pen from the front desk lol",
    "nobody would notice if i ate the last donut",
    # 10. a caregiver's study question
    "home health aide certification question: signs someone took too many pills?",
    "CNA exam practice: what happens when a patient took too many pills?",
]

QUIET = [
    "trying not to wake up my husband",
    "nadie se daria cuenta si me meto a la piscina de noche",
    "dios me va a llevar de la mano en esto",
    "i cut my finger while cooking yesterday, it bled a little and stopped, i got dizzy from the sight of blood lol",
    "i cut my leg on a fence yesterday, it stopped bleeding, is a tetanus shot needed?",
]

STILL_EMERGENCIES = [
    ("the knife slipped and i cut my finger, it will not stop bleeding", M),
    ("se me resbalo el cuchillo y me corte el dedo, la sangre sale a chorros", M),
    ("my dad had a stroke 6 years ago and his face still droops, but today suddenly he can not talk", M),
    ("tuvo un derrame hace 5 anos y todavia tiene la boca torcida, pero hoy de repente no puede hablar", M),
    ("better not to wake up the baby but my husband will not wake up and is not breathing", M),
    ("I have lived long enough in this city to know the trains and i want to die", S),
    ("god can take me through this, or take me home tonight, i want to die", S),
    ("nobody would notice if i swam out too far and never came back", R),
    ("home health aide certification question: my client took too many pills and will not wake up", O),
]
