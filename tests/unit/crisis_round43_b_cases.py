"""Round 43's Spanish suicide risk and wishes (helper b; tests/unit/test_crisis_classes_by_round.py checks
them, key 431), in Spanish (with and without accents, Spanglish, typos), told in the first person or by a
relative or a friend: (1) a friend's or a classmate's farewell told by the worried friend: thanks for
everything, a pet, the plants or the children left in someone's care, belongings given away, now no
answer, and medicines at hand from a job (a nurse, a pharmacy) or another means (self-harm); (2) an
ordinary question (the insurance, the VA, the hours) followed by a gun put in the mouth or to the head
last night, and the gun beside the writer or the relative now (self-harm); (3) an older person (a retired
doctor or teacher, a grandmother) who finds no meaning in the days and nothing to live for, asking
whether ketamine could help (the ask tier); (4) a mother or a father with a chronic pain condition (CRPS,
fibromyalgia) who said she wished she had not woken up this morning, relayed by a child (the ask tier);
(5) pills or a bottle taken "with the idea of not waking" (an intentional overdose).
Look-alikes: a friend's farewell before a move abroad or a trip; a gun kept at home asked about for a VA
form or a permit; older people bored in retirement wanting a hobby; wishing one had not woken so early;
a sleeping pill taken to sleep through the night. STILL_EMERGENCIES hold those scenes beside a danger now.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. a friend's farewell, silence and a means or belongings given away
    ("mi amiga Carla me mando un mensaje dandome las gracias por todo y pidiendome que cuide a su gato, ya regalo sus libros y ahora no contesta. es enfermera y tiene acceso a medicamentos en el hospital", S),
    ("Mi compañero de clase escribió en el grupo: gracias por todo, cuiden a mi perro. Regaló todas sus cosas la semana pasada y ya no responde. Trabaja en una farmacia", S),
    ("mi mejor amigo me escribio \"gracias por todo hermano, cuidame a mis plantas\" y ya le regalo su guitarra a su primo. no me contesta el cel y trabaja en farmacia, tiene acceso a pastillas", S),
    ("my friend Luis me mando un text que decia thank you for everything y que le cuide a su gata. he gave away his books y ahora no answer. es nurse y tiene access a meds", S),
    ("mi amigo se despidio: gracias por todo, cuida a mi gato porfa. regalo sus libros y ya no contesta, es farmaceutico", S),
    ("Estoy preocupada, mi amiga me dio las gracias por todo y me pidio que le cuide a su perrita. Ha estado regalando sus cosas y ahora no contesta. Ella tiene acceso a medicinas en su trabajo de enfermera.", S),
    ("mi compañera de cuarto dejo una nota: gracias por todo, cuiden a Michi. regalo sus libros, no contesta y tiene una pistola", S),
    ("my homie me dijo gracias por todo bro, take care of my dog, y ahora no contesta. trabaja en la pharmacy del walgreens", S),
    # 2. a gun put in the mouth or to the head last night, the gun beside them now
    ("hola tengo una pregunta sobre el seguro, cubre la ketamina? anoche me puse la pistola en la boca y ahora la tengo al lado", S),
    ("Pregunta del VA: aceptan el seguro de tricare? anoche mi esposo se puso el arma en la cabeza y la pistola esta a su lado ahora", S),
    ("cuanto cuesta la consulta? anoche me puse el arma en la sien y todavia esta aqui junto a mi", S),
    ("tengo una duda con el VA sobre mi claim. anoche me meti la pistola en la boca, la tengo aqui a mi lado", S),
    ("mi papa es veterano y pregunta por el seguro del va. anoche se puso la pistola en la boca y ahorita la tiene al lado", S),
    ("quisiera saber si aceptan medicaid. last night i put the gun in my mouth y el arma esta al lado mio ahora", S),
    ("una pregunta del seguro: anoche me puse la pistola en la cabeza. la tengo a mi lado ahora mismo", S),
    ("q horarios tienen? anoche me puse la pistola en la boca y la tengo aqui al lado", S),
    ("Buenas, ¿el VA cubre el tratamiento? Anoche mi hijo se puso la escopeta en la boca y la tiene junto a él en el cuarto", S),
    ("aceptan blue cross? anoche me pegue el revolver a la cabeza, la tengo en la mesa cargada", S),
    # 3. no meaning in the days, nothing to live for, ketamine asked about
    ("soy medico jubilado de 78 años, no le encuentro sentido a los dias, nada por que vivir. la ketamina me podria ayudar?", R),
    ("Soy maestra retirada y ya no le encuentro sentido a los días. No tengo nada por lo que vivir. ¿Puede ayudarme la ketamina?", R),
    ("mi abuela dice que no le encuentra sentido a los dias y que ya no tiene nada para vivir, la ketamina le serviria?", R),
    ("tengo 82 años, enviude, no le veo sentido a los dias, no tengo por que vivir. sirve la ketamina para eso?", R),
    ("soy doctor retirado, los dias no tienen sentido para mi, no tengo razon para vivir. podria ayudarme la ketamina", R),
    ("me jubile hace 3 anos y no le encuentro sentido a los dias, no hay nada por que vivir. funciona la ketamina en personas mayores?", R),
    ("mi abuelo fue profesor toda su vida y ahora dice que no tiene nada por que vivir, les funciona la ketamina a los viejitos?", R),
    ("soy enfermera jubilada, no le encuentro sentido a mis dias. la ketamina sirve para gente de mi edad?", R),
    # 4. a parent's wish not to have woken, relayed by a child
    ("mi papa con su fibromialgia me confeso en el desayuno: ojala no me hubiera despertado hoy", R),
    ("Mi madre tiene fibromialgia y esta mañana me dijo \"ojalá no me hubiera despertado\". ¿La ketamina le puede ayudar?", R),
    ("mi papa con sindrome de dolor regional complejo me dijo hoy ojala no me hubiera despertado", R),
    ("mi mamá sufre de fibromialgia y me dijo que ojala no hubiera despertado hoy, que hago?", R),
    ("my mom tiene crps y me dijo ojala no me hubiera despertado this morning", R),
    ("mi madre con fibro dice que ojala no se hubiera levantado hoy, que ojala no hubiera despertado. pueden atenderla?", R),
    ("mi papá tiene fibromialgia hace años y en el desayuno dijo ojala ya no despertara, me asusté", R),
    ("mi vieja con el crps me dijo ojala no hubiese amanecido, la ketamina le ayudaria?", R),
    # 5. pills taken with the idea of not waking
    ("tomé las pastillas con la idea de no despertar", O),
    ("se tomó el frasco con la idea de no despertarse", O),
    ("me tome todas las pastillas con la idea de no despertar mas", O),
    ("mi hermano se tomo el frasco entero de clonazepam con la idea de no despertarse", O),
    ("me tome las pastillas para dormir con la idea de no volver a despertar", O),
    ("me trague el bote de pastillas con la idea de ya no despertar", O),
    ("mi mama se tomo las pastillas de la presion con la intencion de no despertar", O),
]

OVERDOSE_KIND = [
    ("tomé las pastillas con la idea de no despertar", "overdose_intentional"),
    ("se tomó el frasco con la idea de no despertarse", "overdose_intentional"),
    ("me trague el bote de pastillas con la idea de ya no despertar", "overdose_intentional"),
    ("me tome las pastillas para dormir con la idea de no volver a despertar", "overdose_intentional"),
]

LOOK_ALIKES = [
    "mi amiga se muda a mexico y me dijo gracias por todo, cuida a mi gato mientras estoy en Mexico",
    "mi amigo se va a vivir a España, me regalo sus libros y me pidio que cuide sus plantas. gracias por todo me dijo",
    "mi compañera se va de intercambio a Francia, me dio las gracias por todo y me pidio cuidar a su perro hasta que regrese",
    "tengo una pistola en casa, tengo que ponerlo en el formulario del VA?",
    "pregunta sobre el formulario del va: debo declarar el arma que tengo en la casa?",
    "mi esposo tiene un rifle en la casa, el formulario del intake pregunta si hay armas, que pongo?",
    "estoy jubilado y aburrido, quiero un pasatiempo. que me recomiendan?",
    "mi abuela se aburre en su retiro, busca un hobby",
    "soy maestra retirada y me aburro mucho en casa, conocen clases de pintura para adultos mayores?",
    "ojala no me hubiera despertado tan temprano, hoy estoy cansadisimo",
    "mi mama dice que ojala no se hubiera despertado tan temprano, los vecinos hacen ruido",
    "tome la pastilla para dormir con la idea de no despertarme en toda la noche",
    "me tome la melatonina con la idea de no despertar a medianoche como siempre",
]

QUIET = [
    "mi amigo me dio las gracias por todo en su fiesta de cumpleaños",
    "soy medico jubilado y quiero saber si la ketamina sirve para el dolor cronico",
    "mi mama tiene fibromialgia y hoy se desperto con mucho dolor, la ketamina le ayuda?",
]

STILL_EMERGENCIES = [
    ("mi amiga se muda a mexico, me dijo gracias por todo y cuida a mi gato, pero ya no contesta y es enfermera con acceso a medicamentos", S),
    ("tengo una pistola en casa para el formulario del VA, pero anoche me la puse en la boca y la tengo al lado", S),
    ("tome la pastilla para dormir con la idea de no despertarme en toda la noche, pero me tome todo el frasco", O),
    ("ojala no me hubiera despertado tan temprano, ya no quiero vivir, me quiero morir", S),
]
