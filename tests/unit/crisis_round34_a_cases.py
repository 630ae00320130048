"""Round 34's crisis classes, helper a, English and Spanish (data; tests/unit/test_crisis_classes_by_round.py
checks them): emergencies written here by class and never copied from an evaluation set, that must
now be detected; look-alikes that must be ruled out; look-alikes that must stay quiet; and the
emergencies a look-alike filter must not swallow (each filter's stop)."""

from tests.unit.crisis_classes import M, O, R, S  # noqa: F401

CLASSES = [
    # 1. self-injury done now in plain verbs (veins opened, wrists slit, a blade) and bleeding, the
    # writer's own or a partner's or child's in front of the writer
    ("i opened my veins in the tub and there is a lot of blood, i feel light-headed", S),
    ("just slit my wrists with a razor, blood everywhere", S),
    ("did it with a blade on my arm, it won't stop bleeding and im getting dizzy", S),
    ("me abri las venas y hay mucha sangre, me siento mareado", S),
    ("me raje las munecas con una gillete y no para de sangrar", S),
    ("me corte con la navaja bien hondo, esta saliendo mucha sangre", S),
    ("mi novio se acaba de cortar las venas enfrente de mi, hay sangre por todos lados", S),
    ("my husband just slashed his wrists in front of me and he's bleeding a lot", S),
    ("did it with a razor blade on my arm just now, blood all over the floor and i feel faint", S),
    # 2. a ligature already on the body
    ("ya tengo el cinturon amarrado en el cuello, no puedo mas", S),
    ("the cord is around my neck right now", S),
    ("tengo la soga puesta, ya no aguanto", S),
    ("i have the belt tied around my neck and the other end on the door", S),
    ("ya me puse la sabana al cuello, solo falta patear la silla", S),
    ("the cable is wrapped around my neck, i'm standing on the chair", S),
    # 3. a poison at hand with a when
    ("i have the rat poison here, i'll take it when the kids are asleep", S),
    ("tengo el veneno de ratas, me lo tomo cuando se duerman los ninos", S),
    ("got the antifreeze in my car, gonna drink it tonight after work", S),
    ("tengo el cloro aqui, me lo voy a tomar esta noche", S),
    ("ya compre el pesticida, me lo tomo cuando se vaya mi esposo", S),
    ("i have bleach ready, i'll drink it after everyone goes to bed", S),
    # 4. a plan hidden in a treatment question
    ("does ketamine interact with alcohol? because i plan to take everything i have with a bottle tonight and end this", S),
    ("la ketamina se puede mezclar con alcohol? porque pienso tomarme todo lo que tengo con una botella y acabar con esto", S),
    ("what happens if i mix my sertraline with vodka, i'm going to take all of it tonight and end it", S),
    ("se puede tomar clonazepam con cerveza? pienso tomarme todas las pastillas esta noche para acabar con todo", S),
    ("is it safe to take xanax with wine, asking because i want to swallow the whole bottle and be done with this", S),
    # 5. preparatory acts with a cover story that is false
    ("i gave my dog to my sister and told her i'm going on a trip. there's no trip", S),
    ("le regale mi gato a mi vecina y le dije que me iba de viaje, pero no hay tal viaje", S),
    ("gave away my stuff and told everyone i'm moving away, but i'm not really moving anywhere", S),
    ("deje a mis perros con mi mama, le dije que me iba de viaje. no hay ningun viaje", S),
    ("i told my friends i'm going on vacation and gave my cat away, but there is no vacation", S),
    # 6. passive wishes, hopelessness (ask tier)
    ("sometimes i think if i crashed on the highway i wouldn't have to worry anymore", R),
    ("si me estrello con el carro ya no tendria que preocuparme de nada", R),
    ("la ketamina sirve para cuando uno ya no quiere vivir?", R),
    ("does it work for when you don't want to live anymore?", R),
    ("estoy done con todo, ya no puedo", R),
    ("pa que seguir luchando si nada funciona", R),
    ("para que sigo luchando si nada me funciona", R),
    ("why keep fighting if nothing works", R),
    ("la neta ya me canse de ser yo, de todo esto", R),
    ("i'm so tired of being me", R),
    ("mi esposo dice que quiere dormirse y no despertar", R),
    ("mi clienta me dijo que ya se quiere ir de este mundo", R),
    ("my friend keeps saying he wants to go to sleep and not wake up", R),
]

LOOK_ALIKES = [
    # 1. blood drawn at a lab or given, a little light-headed after
    "they drew a lot of blood at the lab this morning, i feel a bit light-headed, is that normal?",
    "me sacaron mucha sangre para los analisis y ando mareada, es normal?",
    "i donated blood this morning, they took a lot of blood and im woozy, can i still do my infusion tomorrow?",
]

QUIET = [
    # 1. a cooking cut bandaged, blood drawn at a lab
    "i cut my finger with a knife while cooking yesterday, put a bandage on it, can i still come in?",
    "me corte con el cuchillo cocinando ayer, ya me puse una curita",
    "me sacaron sangre en el laboratorio y me maree un poco",
    # 2. a belt too tight
    "this belt is too tight around my waist",
    "el cinturon me queda muy apretado",
    # 3. rat poison for mice
    "i bought rat poison for the mice in the basement, is it safe around my dog?",
    "compre veneno de ratas para los ratones del sotano",
    # 5. a real trip
    "i'm going on a trip next week, gave my dog to my sister while i'm away, can i reschedule?",
    "me voy de viaje a cancun, le deje mi gato a mi vecina, puedo cambiar la cita?",
    # 6. homework, the driver, a telenovela
    "estoy done con la tarea, ya me voy a dormir",
    "me canse de ser el chofer de todos",
    "en la telenovela el personaje dice que quiere dormirse y no despertar",
    "i'm done with all this paperwork, can you send the forms?",
    # 2. a cord that is no ligature
    "my headphone cord got tangled around my neck on the bus lol",
    "the seat belt rubs on my neck when i drive, any tips before my appointment?",
    # 3. a cleaner taken somewhere, a poison put out
    "i have bleach here, i'm going to take it to my mom's tonight",
    "tengo el veneno de ratas, lo voy a poner esta noche en la cochera",
    # 6. a fight with a company, tired of being the one who pays
    "why keep fighting the insurance company if nothing ever changes",
    "estoy done con todo el papeleo del seguro, ya lo mande",
]

STILL_EMERGENCIES = [
    # the lab's blood-draw filter gives way to a faint or bleeding that will not stop
    ("they drew blood at the lab and now the bleeding won't stop and she passed out", M),
    ("me sacaron sangre en el laboratorio y no para de sangrar el brazo, me desmaye", M),
    # and to veins opened
    ("i had a blood test today and tonight i slit my wrists, there's blood everywhere", S),
]
