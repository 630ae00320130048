"""Round 48's English medical emergencies told by a medic, a bystander or a cook (helper a;
tests/unit/test_crisis_classes_by_round.py checks them, key 480): scenes the detector missed, read as an
overdose or read as self-injury; each now reaches the medical emergency through round 48 (a)'s families in
phrases.py:
(1) a first responder's or a nurse's shorthand for a patient's state now ("pt", "unresp", "pulseless",
"agonal", "+loc", "bp 70 over 40", "mvc", "gsw"): EMS_SHORTHAND_GRAVE_NOW_48A (with a crash, a fall or a
wound and no drug, a low rate beside a low GCS is no longer read as an overdose: patterns.py's round 48 (a)
filter of the rate);
(2) a friend or a relative hit by a car or knocked off a bike just now, lying in the road, bleeding or not
moving: STRUCK_BY_VEHICLE_HURT_NOW_48A;
(3) an open fracture, the bone through the skin or a limb bent the wrong way after a fall: OPEN_FRACTURE_NOW_48A;
(4) heavy bleeding with a tourniquet, a belt or a strap tied round a limb, or asked about beside the bleeding:
TOURNIQUET_ON_A_BLEED_48A;
(5) the same scenes told with a hedge about 911 ("maybe no 911?", "should i just drive him");
(6) a cut by accident (cooking, a box cutter at work, a glass that broke) that will not stop bleeding:
ACCIDENTAL_CUT_BLEEDING_48A, medical, not the self-injury guidance (patterns.py's round 48 (a) filter of the
cut's object gives way to a cut done on purpose, which stays self-harm: STILL_EMERGENCIES).
QUIET holds the look-alikes: a first-aid class, a crash years ago, a show, a healed bone, a chart note about an
old patient, a small cut that stopped, a dented car. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_SHORTHAND = [
    ("on scene MVC, pt pulseless, agonal resp, starting CPR", M),
    ("medic here: rollover, driver unresp, GCS 5, bp 70/40", M),
    ("EMT, 45yo male, LOC x5 min, BP 70/40, sats 82, en route", M),
    ("pt is agonal, no radial pulse, need ALS now", M),
    ("ems: 2 pts from the MVC, one unresp, one with +LOC", M),
    ("pt hypotensive 70/40, tachy 150, diaphoretic after a fall from the roof", M),
    ("pt went into vfib, shocking now", M),
    ("agonal resps, pt is pulseless, need backup at the intersection", M),
    ("27M s/p MVC, +LOC, c/o neck pain, BP 80/50", M),
    ("nurse here, GSW to the chest, pt unresponsive, sbp 60s", M),
    ("MVC, pt GCS 5, RR 6, BP 70/40", M),
    ("pt fell from a ladder, GCS 7, RR 8, pupils unequal", M),
    ("off-duty nurse here, found a cyclist down, unresp, snoring resps, pupils blown", M),
]
_STRUCK = [
    ("my friend just got hit by a car and hes lying in the road not moving", M),
    ("my sister was knocked off her bike by a car, she's on the pavement bleeding", M),
    ("omg a car just hit my cousin hes on the ground not moving", M),
    ("My mother got run over by a van in the parking lot, she cant get up and shes bleeding", M),
    ("a driver hit my boyfriend on his scooter, he's lying in the road", M),
    ("my husband got struck by a car while jogging, hes laying in the street with blood coming from his head", M),
    ("a car clipped my brother on his bike and he's not getting up", M),
    ("my dad was hit by a truck crossing the street and he is lying there", M),
    ("gf hit by car, lying in the road, bleeding", M),
    ("some guy hit my friend with his car and drove off, she is lying there not moving", M),
    ("my friend got doored on his bike and is lying in the street bleeding", M),
    ("a bus hit my grandpa at the crosswalk, he is unconscious", M),
]
_FRACTURE = [
    ("i fell skateboarding and i can see bone in my arm", M),
    ("my ankle is facing backwards after i fell", M),
    ("compound fracture, bone through the skin, he fell off his bike", M),
    ("fell off the trampoline and her arm has an extra bend, bone visible", M),
    ("i can see the bone through my skin after the fall", M),
    ("his leg is pointing the wrong way, he fell from the ladder just now", M),
    ("my son fell out of the tree and theres bone poking out of his shin", M),
    ("She slipped on the stairs and her wrist is bent at a weird angle with the bone showing", M),
    ("wiped out on my dirt bike, my leg is twisted sideways and i cant feel my foot", M),
    ("grandma fell in the bathroom, her hip looks wrong and a bone is sticking out", M),
]
_TOURNIQUET = [
    ("i tied a belt around his thigh to stop the bleeding", M),
    ("made a tourniquet with my shirt, his leg won't stop bleeding", M),
    ("put a tourniquet on her arm, it's still bleeding through", M),
    ("tq is on his leg but blood keeps coming", M),
    ("blood is spurting from his leg, should i use a belt as a tourniquet?", M),
    ("he cut his leg with the chainsaw, blood pumping, i tied my belt around it", M),
    ("used a shoelace as a tourniquet on her arm, the blood won't stop", M),
    ("wrapped a strap tight around his arm above the gash, its still gushing", M),
    ("my coworker's hand got caught in the machine, bleeding everywhere, i tied a belt round his forearm", M),
    ("Should I tie a belt above the wound? He is bleeding so much from his thigh", M),
]
_HEDGE = [
    ("my friend got hit by a car but he says no ambulance, maybe no 911?", M),
    ("he fell and the bone is sticking out, do i really need to call 911 or can i drive him", M),
    ("she's bleeding a lot from her leg, i put a belt on it, should i just drive her to the er", M),
    ("do i really have to call an ambulance, my son's arm is bent the wrong way after he fell", M),
    ("is it worth calling 911, my dad was knocked off his bike and is lying in the road", M),
    ("pt unresp after the crash, pulseless, maybe no 911 since we are close to the hospital?", M),
    ("knife slipped and it wont stop bleeding, do i really need 911 or just drive myself", M),
    ("my brother got hit by a truck, he is bleeding from his head, can we just drive him ourselves?", M),
]
_KITCHEN = [
    ("knife slipped while i was cutting onions and now my finger wont stop bleeding", M),
    ("cut myself really deep chopping veggies, it's been bleeding for 20 min", M),
    ("my knife slipped and i cut myself bad, its not stopping", M),
    ("i cut my hand on a broken bottle and the bleeding isn't stopping", M),
    ("cut my hand opening a can, been holding pressure 15 min still bleeding", M),
    ("i accidentally cut my wrist with a knife while cooking, it won't stop bleeding", M),
    ("box cutter slipped at work, deep cut on my palm, bleeding won't stop", M),
    ("broke a wine glass washing dishes and cut my hand, blood is soaking through the towel", M),
    ("cut my leg on sheet metal at work and it's gushing", M),
    ("sliced my thumb on the mandoline making dinner, cant get it to stop bleeding", M),
    ("the glass table shattered and cut my arm, so much blood and it keeps coming", M),
    ("Cut myself with the utility knife on shift, deep, still bleeding heavily, help", M),
]
CLASSES = _SHORTHAND + _STRUCK + _FRACTURE + _TOURNIQUET + _HEDGE + _KITCHEN

LOOK_ALIKES = []

QUIET = [
    "in my first aid class they taught us about tourniquets, how tight should it be?",
    "i was hit by a car 5 years ago and still have back pain, can ketamine help?",
    "in the show last night a guy got hit by a car and was lying in the road",
    "my leg was broken last year and the bone healed fine",
    "pt unresp on arrival last week, note for chart",
    "cut my finger while cooking, it stopped bleeding, can i still come",
    "my car got hit by a truck in the parking lot, do i really need to call 911 for insurance?",
    "should I keep a tourniquet in my car kit? which brand do medics recommend",
    "I'm an EMT, does ketamine help with the stress from MVC calls?",
    "my son broke his arm when he was little, the bone healed crooked, is that a problem?",
    "nicked my finger slicing bread, just a small cut, put a bandaid on it",
]

STILL_EMERGENCIES = [
    ("i cut my arm on purpose with a kitchen knife and it wont stop bleeding", S),
    ("i did it again with the box cutter from work, cut my thigh and it wont stop", S),
    ("knife slipped, i cut my hand and it wont stop bleeding, help me", M),
    ("the knife slipped but honestly i wanted to die anyway, cut my wrist and its not stopping", S),
    ("pt found down next to an empty pill bottle, rr 6, gcs 8", O),
]

NOT_RULED_OUT = []
