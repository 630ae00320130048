"""Round 38's intentional poisoning (helper p; tests/unit/test_crisis_classes_by_round.py checks it,
key 385), English and Spanish: a poison or household chemical (bleach, antifreeze, rat poison,
pesticide, drain cleaner, cloro, lejia, anticongelante, raticida, matarratas, insecticida) swallowed ON
PURPOSE, told by the person or by a relative, with a sign of intent beside it: after a quarrel, a fight
or a break-up, locked in a room and not opening the door, "to take her own life", "para quitarse la
vida", "ya no quiere vivir", "queria morirme", no turning back, regret for the act, sad over a
partner, a goodbye, or the writer's own swallowing of a poison ("me tome el matarratas"). It must
get the intentional overdose guidance (the overdose steps, then 988 and "are you safe"): CLASSES
expect S, whose fitting guidance holds overdose_intentional and not plain poisoning. A poison
swallowed by accident (a toddler, a water bottle, "thinking it was water", "sin querer", "por
accidente") stays a plain overdose or poisoning (STILL_EMERGENCIES, O). Written here, never copied
from an evaluation set. No look-alike class. OVERDOSE_KIND holds the exact guidance each must get: every
class the intentional overdose, every accident the poisoning guidance (Poison Help, no 988)."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # English: after a quarrel, a fight or a break-up
    ("my sister drank bleach tonight right after a big argument with her husband", S),
    ("after a fight with his dad my brother swallowed antifreeze from the garage", S),
    ("my daughter drank drain cleaner after her boyfriend broke up with her this afternoon", S),
    ("my wife had a bad quarrel with her mother and then drank the pesticide from the shed", S),
    # English: locked in, not opening; not wanting to live
    ("my son drank bleach and locked himself in his room, he won't open the door", S),
    ("she swallowed rat poison and she is not answering the door of the bathroom", S),
    ("my husband drank antifreeze, he said he doesn't want to live anymore", S),
    # Spanish: tras una pelea, una discusion, una ruptura
    ("mi hermana se tomo el cloro despues de una pelea con su esposo", S),
    ("mi hijo bebio anticongelante porque lo dejo la novia ayer", S),
    ("se peleo con su mama y se tomo el raticida que estaba en la bodega", S),
    ("mi prima tomo lejia luego de discutir con su marido", S),
    # Spanish: encerrado, no abre; quitarse la vida
    ("mi papa se tomo el insecticida y se encerro en el cuarto, no quiere abrir", S),
    ("mi tia tomo matarratas para quitarse la vida, la estamos llevando", S),
    ("mi cunado se tomo la lejia y se encerro en el bano, no nos abre la puerta", S),
    # a wish just past, no turning back, regret, sad over a partner; the writer's own swallowing
    ("me bebi el anticongelante hace un rato, queria morirme y ahora me arrepiento", S),
    ("ya no hay vuelta atras, me trague el matarratas que habia en el patio", S),
    ("my aunt drank the weed killer, she has been depressed over her husband, now she is vomiting", S),
    ("i just drank a cup of bleach, no turning back now", S),
]

LOOK_ALIKES = []

QUIET = []

STILL_EMERGENCIES = [
    # accidents stay a plain overdose or poisoning, even beside a quarrel
    ("my toddler drank bleach from under the sink while i was arguing with my husband", O),
    ("my grandpa drank antifreeze out of a water bottle thinking it was water", O),
    ("mi nino se tomo veneno para ratas por accidente, esta vomitando", O),
    ("mi hijo tomo cloro sin querer despues de pelear con su hermano por la tele", O),
    ("the baby got into the drain cleaner and swallowed some", O),
    ("mi bebe se tomo el insecticida confundiendolo con jugo", O),
    # a stated wish beside a poison already read as suicide risk
    ("i drank the rat poison to end it", S),
    ("tome anticongelante para morirme", S),
]

# the exact guidance: on purpose is the intentional overdose; the accidents (kind O) get Poison Help
OVERDOSE_KIND = [(text, "overdose_intentional") for text, _ in CLASSES] + [
    (text, "poisoning") for text, kind in STILL_EMERGENCIES if kind == O]
