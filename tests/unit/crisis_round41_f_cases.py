"""Round 41's false alarms, part 2 (helper f; tests/unit/test_crisis_classes_by_round.py checks them,
key 415), English and Spanish, harmless messages that the trained model read as emergencies, ruled
out by look-alike filters (patterns.py, round 41's false alarms, part 2, helper f): (1) a home health
aide, a caregiver or a nursing assistant studying for a certification, asking what the signs of an
overdose are; (2) a child who drank ordinary water (tap water, the bathroom sink, the garden hose), a
parent laughing or calm asking if that matters; (3) a psychiatric stay long ago for suicidal thoughts,
the writer stable for years, asking about Spravato maintenance or how often; (4) a parent's overdose on
sleeping pills long ago, asking whether the risk runs in families or whether ketamine is safe for the
writer; (5) Spravato's boxed warning about suicidal thoughts and behaviours asked about, no thoughts
of the writer's own told; (6) a barber's or a stylist's small nick on a client that already stopped
bleeding, before an unrelated question; (7) coca-leaf tea (mate de coca) and drug tests or ketamine,
from an Andean writer; (8) a houseplant or a garden plant that died, told with sadness and laughter,
then a question. Each family's STILL_EMERGENCIES hold the same scene beside a danger now (a client who
took all her pills, bleach or a pool beside the water, the thoughts back, the parent's pills kept for
tonight, the writer's own thoughts since starting, bleeding that will not stop or a faint, cocaine
snorted with chest pain, the writer's own wish or a child who ate the poisoned leaves). Written here,
never copied from an evaluation set. No new detection class, so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 1. a caregiver studying for a certification asks the signs of an overdose
    "I'm a home health aide studying for my certification exam, what are the signs of an opioid overdose?",
    "soy cuidadora de ancianos y estoy estudiando para mi certificacion, cuales son los sintomas de una sobredosis?",
    "caregiver here, taking my CNA test next week. how can you tell if someone is overdosing?",
    "estoy sacando mi certificado de asistente de salud en el hogar, como se reconoce una sobredosis de pastillas?",
    "studying for my HHA certification - what does an overdose look like in an elderly client?",
    "CNA in training here. what are overdose symptoms i should watch for in patients on morphine?",
    "trabajo cuidando a una senora mayor y me estoy certificando, que senales tiene una sobredosis de opioides?",
    # 2. a child who drank ordinary water
    "jaja my 3 year old just drank water from the bathroom sink, is that a problem?",
    "mi hijo tomo agua de la manguera del jardin jajaja, le pasa algo?",
    "my daughter drank tap water out of the bathroom faucet lol should i worry",
    "el nene se tomo agua del grifo del bano, es malo?",
    "toddler drank from the garden hose haha, is hose water bad for kids?",
    "mi nina se tomo como medio vaso de agua de la llave del bano jaja es peligroso?",
    "se bebio agua de la manguera mi hijo jajaja, no pasa nada verdad?",
    # 3. a psychiatric stay long ago, stable for years, asking about maintenance
    "I was hospitalized for suicidal thoughts back in 2021 but I've been stable for over two years. How often are maintenance Spravato sessions?",
    "hace tres anos estuve internada por ideas suicidas, llevo dos anos estable. cada cuanto son las sesiones de mantenimiento de spravato?",
    "had a psych hospitalization for suicidal ideation years ago, stable since. do you do maintenance esketamine?",
    "stable 3 years now after an inpatient stay for suicidal thoughts, how frequent are spravato maintenance doses",
    "two years stable since my psych ward stay for suicidal thoughts. what is the maintenance schedule for spravato?",
    "estuve hospitalizado por intento de suicidio hace 4 anos y estoy estable, cada cuanto se hace el spravato de mantenimiento?",
    # 4. a parent's sleeping-pill overdose long ago: heredity, safety
    "my mom overdosed on sleeping pills 15 years ago. does that kind of thing run in families? is ketamine safe for me?",
    "mi papa tuvo una sobredosis de pastillas para dormir hace 15 anos, eso es hereditario? la ketamina es segura para mi?",
    "my father took an overdose of ambien back in 2010, I'm wondering if the risk is genetic before starting ketamine",
    "hace quince anos mi mama se tomo un frasco de pastillas para dormir. se hereda ese riesgo? puedo hacerme la ketamina?",
    "dad OD'd on sleeping pills when i was a teen, about 15 yrs ago. does that change whether ketamine is safe for me?",
    # 5. Spravato's boxed warning asked about
    "What does the black box warning on Spravato about suicidal thoughts and behaviors mean? Does it apply to me as an adult?",
    "el spravato tiene una advertencia de caja negra sobre pensamientos suicidas, que significa eso? aplica para mi?",
    "read the boxed warning for esketamine about suicidality in young adults - does it apply if i'm 45?",
    "la advertencia del spravato dice riesgo de conductas suicidas, eso es para todos?",
    "la caja del spravato advierte sobre pensamientos y conductas suicidas, por que?",
    "why does spravato have a boxed warning about suicidal thoughts and behavior?",
    # 6. a barber's or a stylist's nick on a client, the bleeding stopped
    "I'm a barber and I nicked a client's ear with the clippers today, it stopped bleeding right away. Anyway, do you take walk-ins?",
    "soy estilista y le hice una cortadita a una clienta con la navaja, ya dejo de sangrar. a que hora abren?",
    "barber here lol, small nick on a customer's neck with the razor, bleeding stopped in a sec. do you guys accept cigna?",
    "le corte poquito la oreja a un cliente en la barberia, ya no sangra jaja. tienen citas el sabado?",
    "hairdresser, cut a client's finger a tiny bit with my shears, it already stopped bleeding. what's your address?",
    "barbero aqui, le di un cortecito a un cliente con la navaja pero ya paro la sangre. cuanto cuesta la consulta?",
    # 7. coca-leaf tea, drug tests, ketamine
    "soy de bolivia y tomo mate de coca, es verdad que sale positivo en el examen de drogas? afecta la ketamina?",
    "I'm Peruvian and drink coca tea every morning. Is it true it shows up on a drug test? Can I still do ketamine?",
    "dicen que el mate de coca da positivo a cocaina en los analisis, es cierto? tengo cita de ketamina",
    "my aunt sent me coca leaf tea from Cusco, I heard it can make you fail a drug screen. does it interact with ketamine?",
    "en colombia mascamos hoja de coca, me van a hacer prueba de drogas antes del tratamiento?",
    "el mate de coca sale en el antidoping? tomo todos los dias, soy de la paz",
    # 8. a plant that died, sadness and laughter, then a question
    "my chile plant died, so sad lol. anyway, what are your hours on saturday?",
    "se me murio la planta de albahaca, que pena jaja. una pregunta, cuanto cuesta la consulta?",
    "mi planta de chile se murio, ay que tristeza jajaja. tienen citas para el martes?",
    "my pepper plant didn't make it, I'm devastated lol. can I reschedule my session?",
    "se me seco la mata de aji, que pena jaja, ustedes atienden los sabados?",
    "my chili plant is dead rip lol, anyway how do i book",
]

QUIET = [
    # the filters' stops leave these to DIET (a client's overdose told, a bottle under the sink)
    "i'm a caregiver studying for my hha exam and my client overdosed, how do i tell?",
    "my daughter drank water from under the sink, it was in a bottle, is that bad?",
]

STILL_EMERGENCIES = [
    # 1. a client who took the pills now
    ("I'm a home health aide studying for my certification but my client just took all her pills and is not breathing, what do i do", O),
    ("soy cuidadora y estoy estudiando para la certificacion, pero mi paciente se tomo todas las pastillas y no despierta", O),
    # 2. bleach, pills or a pool beside the water
    ("my toddler drank water from the sink but it had bleach in it and now he is throwing up", O),
    ("mi hijo tomo agua de la manguera jaja pero despues se tomo el cloro y esta vomitando", O),
    ("my 2 year old was drinking from the garden hose and then fell in the pool, he is not breathing", M),
    ("la nena tomo agua del grifo y luego se trago unas pastillas de mi bolsa, no despierta", O),
    # 3. the thoughts back, the writer's own wish
    ("I was hospitalized for suicidal thoughts years ago and stable for two years but the thoughts are back and i want to die, how often is spravato maintenance", S),
    ("estuve internada por ideas suicidas hace anos, estable dos anos, pero ultimamente quiero morirme. cada cuanto es el spravato de mantenimiento?", S),
    ("I was in the psych ward years ago for suicidal thoughts, stable 2 years, but lately i think about ending it, can i get spravato maintenance", R),
    # 4. the parent's pills kept, the same wish
    ("my mom overdosed on sleeping pills 15 years ago and i have her pills now, i want to do the same tonight", S),
    ("mi mama tuvo una sobredosis de pastillas para dormir hace 15 anos y yo tambien me quiero matar igual", S),
    ("my mom overdosed on sleeping pills yesterday, years ago she did it too, is it hereditary?", O),
    # 5. the writer's own thoughts
    ("does the spravato black box warning about suicidal thoughts apply to me? i have been having suicidal thoughts since i started it", S),
    ("la advertencia de caja negra del spravato habla de pensamientos suicidas, yo tengo pensamientos suicidas desde que empece, que hago", S),
    ("the spravato warning about suicidal thoughts scares me because i already think about killing myself", S),
    # 6. bleeding again, a faint, the writer cutting
    ("i'm a barber and cut a client's neck with the razor, it stopped bleeding but now started again and won't stop, there is a lot of blood", M),
    ("soy estilista y le corte la oreja a una clienta, ya paro la sangre pero se desmayo y no responde", M),
    ("i'm a stylist and cut a client's ear, it stopped bleeding, but then she went home. anyway i've been cutting myself again", S),
    # 7. cocaine used, chest and heart
    ("i drink mate de coca but last night i also did a lot of coke and my chest hurts and my heart is racing", O),
    ("tomo mate de coca pero ayer me meti perico y tengo el corazon acelerado y dolor en el pecho", M),
    # 8. the writer's own wish, a child poisoned
    ("my chile plant died lol so sad, honestly i want to die too, nothing matters", S),
    ("se murio mi planta jaja que pena, ya no quiero vivir", S),
    ("se me murio la planta de albahaca jaja que pena, mi hijo se comio las hojas con el veneno para plagas y esta vomitando", O),
]
