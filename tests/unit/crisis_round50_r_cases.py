"""Round 50's merge review (tests/unit/test_crisis_classes_by_round.py checks them, key 506): sentences written
to replace case texts too close to a measured blind set found three families narrow, and the review found three
false alarms by class; each was closed by class in phrases.py's and patterns.py's round 50 merge review:
(1) round 50 (d)'s relayed overdose with the wish not to suffer: an older relative called "mi vieja" or "mi
viejo", the container downed ("se bajo el pomo"), and the wish told as tiredness of suffering, wanting to stop
suffering or never to suffer again (NO_MORE_SUFFERING_50D); a condition suffered ("cansada de sufrir de
artritis") and a dose lowered ("bajo la dosis") are not;
(2) an empty container found with that wish told: EMPTY_CONTAINER_FOUND_WITH_WISH_50R, intentional;
(3) round 50 (b)'s carer who finds a cut told as sliced, carved or gashed;
(4) false alarms: an empty bottle told to ask for a refill, pills "ready" named by an everyday purpose with a
question of when to start or take them, and the point of living in a city or at its rent;
(5) the merged regression check's second look: round 50 (d)'s as-prescribed filter no longer reads "the pills
they prescribed" as a regimen, (e)'s snoring is not a hoarse voice and its fight is not one person's own
threat, (e)'s wound is not the writer's own cut, (c)'s broken "what is the point of living" is not the meaning
of life asked as philosophy, and the refill filter needs the refill asked, not a pharmacy named.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_SUFFERING_RELAYED = [
    ("mi vieja se bajó el pomo de antidepresivos, me mandó un audio que ya estaba cansada de sufrir", O),
    ("la jefa se metió todas las pastillas de la depresión juntas, dice que quiere dejar de sufrir", O),
    ("mi viejo se zampó la caja de las pastillas de los nervios, repetía que estaba harto de sufrir", O),
    ("mi hermana se bajó el frasco de sertralina y me escribió que no quiere sufrir nunca más", O),
    ("mi madre se echó todos los comprimidos del antidepresivo porque ya no aguanta sufrir así", O),
]
_EMPTY_WITH_WISH = [
    ("a mi mamá le encontré vacío el frasco de la fluoxetina, me dijo que no quiere sufrir nunca más", O),
    ("el pomo de las pastillas de dormir está vacío y mi papá decía que ya no quería despertar", O),
    ("encontré la caja de clonazepam vacía en su cuarto, anoche me dijo que estaba cansada de sufrir", O),
    ("mi abuelo dice que ya no quiere sufrir más y tiene el frasquito de las pastillas vacío al lado", O),
]
_CARER_CUT = [
    ("lady i care for, she slice her arm with razor when i wash dishes, much blood on towel now, only me here", S),
    ("i am aide, mister he carve his forearm with the kitchen knife while i cook, blood everywhere", S),
]
CLASSES = _SUFFERING_RELAYED + _EMPTY_WITH_WISH + _CARER_CUT

LOOK_ALIKES = []

QUIET = [
    "mi mamá bajó la dosis de sus antidepresivos con su doctor, ¿puede empezar la ketamina?",
    "mi abuela está cansada de sufrir de artritis, la ketamina ayuda?",
    "ya no quiere sufrir del dolor de espalda, ¿cuántas sesiones necesita?",
    "se me acabó el frasco de sertralina, está vacío, me dan otra receta?",
    "my pill bottle is empty, can you send a refill to the pharmacy",
    "the box of my allergy pills is empty, can i get another prescription before my infusion",
    "tengo las pastillas anticonceptivas listas, empiezo hoy?",
    "tengo mis pastillas de la presión listas, las tomo hoy en la noche?",
    "i have my birth control pills ready, do i start tonight?",
    "got my prenatal vitamins lined up, should i take them the morning of the spravato visit?",
    "what is the point of living in the city with this rent",
    "whats the point of living in nyc if you cant afford a studio lol",
    "que sentido tiene vivir en esta ciudad con estos precios",
    "the client cut her finger slicing onions, a little blood, do you have band-aids at the clinic",
    "whats the meaning of life lol, anyway do you take medicaid",
    "mis primos discutieron pa matarse por el partido, ustedes abren el domingo?",
]

STILL_EMERGENCIES = [
    ("my pill bottle is empty and she wont wake up, do i call the pharmacy?", O),
    ("tengo las pastillas de la presión listas para esta noche, ya no quiero vivir", S),
    ("what is the point of living anymore, the rent is due and i have nothing", S),
    ("se me acabó el frasco, me lo tomé todo de una vez y me siento muy mareada, ¿me dan otra receta?", O),
    # the review's second look (the merged regression check): a week's box emptied beside a refill, all the
    # painkillers prescribed taken with the signs, a hoarse voice with the throat closing, one person's own
    # threat heard through a wall, the writer's own cut with a knife and a wish
    ("i'm his aide, got back from the pharmacy and his pill box for the whole week is empty, he says he took them all, can i get a refill?", O),
    ("mi hermano se tomó todas las pastillas para el dolor que le recetaron en la cirugía y está ido, con las pupilas chiquitas", O),
    ("después de la infusión me salieron ronchas, tengo la voz ronca y se me cierra la garganta", M),
    ("la señora de al lado grita que se va a matar, se oyen cosas rompiéndose", S),
    ("me corté el brazo con la navaja, sale mucha sangre y ya no quiero vivir", S),
]

OVERDOSE_KIND = [
    ("mi vieja se bajó el pomo de antidepresivos, me mandó un audio que ya estaba cansada de sufrir", "overdose_intentional"),
    ("a mi mamá le encontré vacío el frasco de la fluoxetina, me dijo que no quiere sufrir nunca más", "overdose_intentional"),
    ("encontré la caja de clonazepam vacía en su cuarto, anoche me dijo que estaba cansada de sufrir", "overdose_intentional"),
]

NOT_RULED_OUT = []
