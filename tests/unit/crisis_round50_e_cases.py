"""Round 50's Spanish and Spanglish street-drug overdose told by a bystander, with Spanish false alarms about
songs and fights (helper e; tests/unit/test_crisis_classes_by_round.py checks them, key 504). Classes the
detector missed or read as the wrong emergency, each now read through round 50 (e)'s families in phrases.py:
(1) someone who smoked K2, spice or synthetic marijuana and is stiff, down or not responding, the writer
asking about naloxone: an overdose with the naloxone steps (SYNTH_WEED_SMOKED_DOWN_50E; synthetic cannabis
joins the opioid kind in patterns.py, a street drug that may hold fentanyl);
(2) a friend who vaped or smoked something that held fentanyl, fainted and snores or gurgles, told in Spanish
or Spanglish: an overdose with the naloxone steps (FENT_LACED_FAINTED_NOISE_50E).
False alarms ruled out by round 50 (e)'s filters in patterns.py (LOOK_ALIKES): a song, an album or a singer's
track called "Sobredosis", a telenovela's scene; a fight, an argument or a match told "pa matarse" or "se iban
a matar" as emphasis; snoring as a habit asked about beside the treatment. Each
gives way to someone down now, a drug taken, a wound or the writer's own wish (STILL_EMERGENCIES): a fight
that ends with someone stabbed or shot and bleeding is a medical emergency (WOUNDED_IN_FIGHT_50E). QUIET
holds K2 and vapes asked about as a topic, a betrayal "por la espalda", a stab of pain.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_SYNTH_WEED = [
    ("un hombre cayó redondo tras fumar spice frente a la bodega, rígido, no contesta, el narcan le sirve?", O),
    ("mi amigo fumo marihuana sintetica y se quedo rigido, no reacciona, le pongo naloxona?", O),
    ("el vato fumo K2 y se puso todo rigido, no responde, le echo narcan??", O),
    ("se fumo un spice y ahora esta tirado, rigido, no me responde. le doy naloxona o no?", O),
    ("my friend smoked spice y se cayo, esta duro como tabla y no contesta, naloxone sirve?", O),
    ("un muchacho en la parada del bus fumo k2, se cayo y esta tieso. le pongo el narcan que traigo?", O),
    ("mi primo le dio unos jalones a un cigarro de mota sintetica y se desmayo, esta rigido, funciona la naloxona en eso?", O),
    ("a guy just smoked k2 and collapsed, se puso tieso y no reacciona, should i give him narcan?", O),
    ("mi hermano fumo spice hace rato, esta en el piso todo tieso y no contesta, le aplico naloxona?", O),
    ("despues de fumar marihuana sintetica mi compa quedo rigido y no responde, tengo narcan, se lo doy?", O),
    ("este señor fumo K2 aqui afuera del local y se quedo duro, no se mueve ni responde, narcan ayuda o no?", O),
    ("my roommate hit some spice y ahora esta rigid, no responde, do i give narcan?", O),
    ("un amigo fumo k 2 y se desmayo, esta tieso como palo, le puedo dar naloxona?", O),
]
_FENT_LACED = [
    ("mi compa fumo de un vape que tenia fentanilo y se desmayo, esta roncando raro", O),
    ("mi amiga vapeo algo que estaba cortado con fentanilo, se desmayo and she's snoring", O),
    ("my homie smoked something que tenia fentanilo, se desmayo and he's snoring real loud", O),
    ("mi amigo fumo algo cortado con fentanilo, se desmayo y hace ruidos como gorgoteo", O),
    ("el vape de mi novio tenia fentanilo, se desmayo y ronca bien fuerte, que hago", O),
    ("my friend vapeo un pen que tenia fentanyl, he passed out y esta haciendo ruidos raros", O),
    ("le pasaron un vape y estaba cortado con fentanilo, se desmayo, hace unos ruidos como que se ahoga", O),
    ("mi amigo se desmayo despues de fumar algo que tenia fentanilo, and he's making gurgling sounds", O),
    ("the cart he vaped was cut with fentanilo, se desmayo and now he's snoring weird", O),
    ("mi amiga jalo de un vape con fentanilo, se desvanecio y ahora ronca como si se ahogara", O),
    ("mi amigo vapeo algo que tenia fenta y se privo, esta roncando", O),
    ("my boy vapeo algo que tenia fenty, se desmayo, he's snoring loud af", O),
    ("mi novio fumo algo con fentanilo, se quedo desmayado y hace como ronquidos", O),
]
CLASSES = _SYNTH_WEED + _FENT_LACED

LOOK_ALIKES = [
    # a song, an album, a singer's track, a telenovela's scene
    "me encanta el album Sobredosis, lo escucho todo el dia",
    "pusieron el tema sobredosis en la boda y todos bailamos jaja",
    "ese cantante saco una rola sobre una sobredosis, esta muy triste la letra",
    "el disco nuevo de mi artista favorito se llama Overdosis, ya lo escucharon?",
    "puedo traer audifonos para escuchar mi playlist? la primera es la cancion Sobredosis",
    "en el capitulo de hoy de la telenovela la protagonista tuvo una sobredosis, llore",
    # a fight, an argument or a match told as emphasis
    "mis hermanos discutieron pa matarse por la herencia",
    "el clasico estuvo pa matarse, los dos equipos se iban a matar en la cancha",
    "mi esposo y mi suegra se pelean pa matarse cada domingo jaja",
    "en la junta de vecinos se iban a matar por el estacionamiento",
    "los niños se pelearon por la tele, casi se matan, ya les quite el control",
    "la final estuvo intensa, los jugadores se querian matar",
    # snoring as a habit asked about beside the treatment
    "mi esposo ronca mucho, eso afecta el tratamiento?",
    "mi marido ronca como tren, la ketamina le puede empeorar eso?",
    "ronco bastante, me van a dejar dormir durante la infusion?",
    "my wife snores a lot, does that matter for spravato?",
]

QUIET = [
    "el K2 tiene fentanilo? es verdad?",
    "oye, la marihuana sintetica a veces trae fentanilo o es mito?",
    "los vapes de thc pueden venir cortados con fentanilo? pregunto por mi hijo",
    "is k2 the same as spice? does it have fentanyl in it?",
    "mi hijo fuma spice, eso interfiere con la ketamina?",
    "le pongo mucha spice a la comida, afecta el tratamiento?",
    "me duele como una punalada desde que discuti con mi jefe",
    "en el video los vapes tenian fentanilo y la gente se desmayaba, es cierto?",
    "mi hermana dice que la pelea con su novio fue una punalada trapera",
]

STILL_EMERGENCIES = [
    # the song or the show, then someone down now
    ("estabamos oyendo la cancion sobredosis y ahora mi amigo no despierta, que hago", O),
    ("me encanta el album Sobredosis pero ahorita mi amiga esta tirada en el piso y no responde", O),
    ("pusimos la rola de sobredosis en la fiesta y mi primo se desmayo, no reacciona", O),
    # the fight that ends with a wound
    ("se pelearon pa matarse y ahora uno esta apuñalado y sangrando mucho", M),
    ("mis primos se iban a matar en la fiesta y uno acabo con una herida de navaja, esta sangrando", M),
    ("la pelea estaba pa matarse y uno salio picado, le sale mucha sangre", M),
    ("discutieron pa matarse y le enterro un cuchillo, no para de sangrar", M),
    ("mis tios discutieron pa matarse y le dieron un balazo a mi tio", M),
    ("el partido estuvo pa matarse, a un aficionado le pegaron en la cabeza y esta inconsciente", M),
    # snoring beside something taken or smoked now
    ("mi esposo ronca mucho pero hoy se tomo unas pastillas y no lo puedo despertar", O),
    ("mi esposo ronca mucho y ahorita fumo k2 y esta tieso, no responde", O),
]

# the naloxone steps: synthetic cannabis and a fentanyl-laced vape keep the opioid guidance, even beside alcohol
OVERDOSE_KIND = [(text, "overdose") for text, _ in _SYNTH_WEED + _FENT_LACED] + [
    ("mi amigo fumo k2 y se tomo unas cervezas, ahora esta tieso y no responde, le pongo narcan?", "overdose"),
]

NOT_RULED_OUT = []
