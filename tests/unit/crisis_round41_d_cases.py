"""Round 41's violence now and medical emergencies spelled by ear (helper d; tests/unit/
test_crisis_classes_by_round.py checks them, key 413), English and Spanish: (1) violence now with a
child taken: a drunk parent or partner hit the writer and took a child by force, or is driving off
drunk with the child (violence guidance, 911); a custody question, a parent who picked a child up from
school, "he took the car" and an old incident stay quiet; (2) stroke signs in Caribbean Spanish
spelled by ear (Dominican, Puerto Rican, Cuban: "la cara caia de un lao", "la boca torcia", "no pue
hablal", "el brazo muelto", "ehta hablando raro"); (3) an accidental deep cut at the wrist or the hand
with a kitchen knife, blood spurting or pumping and not stopping, spelled by ear ("the blud is spurtin
out", "wont stap", "sangre a chorro", "no para de sangral"): a medical emergency, the self-harm reading
of an accidental cut ruled out. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. violence now with a child taken
    ("my husband is drunk, he hit me and grabbed our son and drove off with him", V),
    ("my ex showed up wasted, punched me and took my daughter by force, now hes driving drunk with her", V),
    ("boyfriend is drunk, slapped me and snatched the baby out of my arms, he just sped off in his truck", V),
    ("her father shoved me into the door and took the kids, he has been drinking all night and he is behind the wheel", V),
    ("he is driving drunk with my 4 year old in the back seat, he knocked me down when i tried to stop him", V),
    ("my partner kicked me and dragged our toddler to the car, he is hammered and drove away", V),
    ("mi esposo esta borracho, me pego y se llevo a la nina a la fuerza en el carro", V),
    ("el papa de mi hijo llego bien tomado, me golpeo y se llevo al nino manejando asi", V),
    ("mi pareja me dio una cachetada y se llevo a mi bebe a la fuerza, anda bien borracho y se fue en la camioneta", V),
    ("mi ex me empujo, me arranco a mi hija de los brazos y se fue manejando borracho", V),
    ("mi marido bien jumo me dio una trompada y se arranco con los nenes en el carro", V),
    ("el padre de mis hijos esta ebrio y se fue manejando con los ninos, antes me tiro al piso", V),
    # 2. stroke signs in Caribbean Spanish spelled by ear
    ("mi abuela tiene la cara caia de un lao y no pue hablal bien", M),
    ("a mi papi se le viro la boca pa un lao y el brazo no lo mueve", M),
    ("mi mai tiene la boca torcia y el brazo izquierdo muelto, ayuda", M),
    ("mi tio de repente tiene la cara chueca y habla enredao", M),
    ("la boca se le fue pal lao y habla mocho, el brazo lo tiene muelto", M),
    ("ayuda mi abuela tiene la boca vira y ehta hablando como rara", M),
    ("a mi esposo se le cayo la cara pa un lado y no se le entiende na", M),
    ("mi suegra tiene el brazo derecho dolmio y no pue hablal, ehta asustá", M),
    ("mi abuelo no pue movel la mano y tiene la boca tolcia", M),
    ("a mami se le tolcio la boca de repente y no le salen las palabras", M),
    # 3. an accidental deep cut at the wrist or the hand, spelled by ear
    ("i cut my wrist wit the kitchen nife by acident and the blud is spurtin out it wont stap", M),
    ("sliced my hand open cuttin onions, blood pumpin out evry time", M),
    ("my husband cut his hand real deep cutting up chicken, bloods squirting everywhere", M),
    ("accidentally cut my wrist on a broken glass washing dishes and the blood is shooting out", M),
    ("my son slipped with the bread knife, his palm is open and the blud will not stahp", M),
    ("me corte la muneca con el cuchiyo de la cosina sin querel y sale sangre a chorro", M),
    ("se me fue el cuchiyo picando cebolla y me abri la mano, no para de sangral", M),
    ("mi mama se corto la muneca sin querer con el cuchillo, sangra a borbotones", M),
    ("a mi nena se le fue el cuchiyo picando yuca y se abrio la palma, la sangre no se le para", M),
    ("mi esposo se corto el dedo bien hondo cortando carne y la sangre brinca a chorro", M),
]

LOOK_ALIKES = []

QUIET = [
    "my ex took the kids for the weekend, can i still come to my appointment",
    "who has custody of the kids if he drinks, my lawyer said to ask",
    "my husband picked our son up from school today so i can make my appointment",
    "he took the car so i need a ride to the clinic",
    "years ago my father got drunk, hit my mom and took me away in his car, it still gives me nightmares",
    "mi ex se llevo el carro y no tengo como llegar a la cita",
    "el papa de la nina se la llevo el fin de semana, le toca la visita",
    "tengo el cuello torcido de dormir mal, puedo ir a la cita",
    "i cut my finger with the kitchen knife by accident, it bled a little, can i still come tomorrow",
    "my husband accidentally sliced his thumb while chopping onions, it is bandaged now",
    "me corte cocinando y sangro un poquito, ya paro",
    "my grandson grabbed the baby and ran off laughing, they were playing tag",
    "my husband used to drive drunk with the kids in the car, is that something to bring up in therapy",
    "mi papa solia manejar borracho con nosotros en el carro, todavia me da ansiedad",
]

STILL_EMERGENCIES = [
    # the older accidental-cut filter (a cut while cooking, "sin querer") gives way to heavy bleeding now
    ("me corte la mano cocinando y la sangre sale a chorro, no para", M),
    ("se corto sin querer el dedo pelando papas y sangra a borbotones", M),
    # and an accidental cut told beside the writer's own wish is read as self-harm
    ("i cut my wrist while cooking and honestly i want to die", S),
    ("me corte la muneca sin querer pero la verdad me quiero morir", S),
    ("my wife cut her wrist in the kitchen, it was not an accident, she wants to die", S),
]
