"""Round 46's Spanish false alarms (helper f; tests/unit/test_crisis_classes_by_round.py checks them, key
465): harmless Spanish messages that the detector (or the trained model) read as emergencies or as the ask
tier, ruled out by look-alike filters (patterns.py, round 46's Spanish false alarms, helper f) or left with
no detection:
(1) a brother's or another relative's overdose years ago, often in another country, told as background
before a question about treating the writer's back pain (a hernia, sciatica) without opioids, spelled by
ear too ("tubo una sobre dosis ase anos");
(2) a household object, a chore or a baby who will not sleep that "me va a matar" (the washing machine,
the sewing machine, ironing, diapers), with laughter or a laughing emoji, beside a postpartum question;
(3) fibromyalgia spelled by ear ("fibro mialgia", "le duele todo el querpo"), a chronic pain question,
not an emergency of today (no crisis words: QUIET);
(4) a sister's or a friend's suicide attempt in the past, well now and in treatment, told as background
(already ruled out by older filters: kept here as look-alikes);
(5) a friend (or the writer) who "se quiere morir" whenever she sees her ex, teased with laughter or "es
broma";
(6) an overdose in a TV series, a film or a soap, then whether naloxone works on any drug (already
ruled out by older filters);
(7) ketamine called a horse tranquilliser that leaves people "como muerto", hearsay, asking whether the
treatment is like that (already ruled out by round 43 (f)'s filter).
Each family's STILL_EMERGENCIES hold the same scene with a danger now (the brother not breathing now, the
mother who wants to harm the baby or to vanish, the friend who means it and has the pills, the sister
who took the pills today). Written here, never copied from an evaluation set. No new detection class,
so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 1. a relative's overdose long ago or abroad, then back pain without opioids
    "Perdí a un tío por sobredosis allá en Puebla cuando yo era joven y desde entonces no quiero pastillas fuertes. Tienen algo para la espalda que no sea opioide?",
    "hace años mi hermano tuvo una sobredosis en venezuela, gracias a dios sobrevivio. Yo tengo dolor lumbar cronico y no quiero opioides, la ketamina sirve para el dolor?",
    "mi primo fallecio por sobredosis de fentanilo en estados unidos hace 5 años. ahora yo tengo hernia de disco y el doctor quiere darme oxicodona, hay alternativas sin opioides?",
    "mi hermano tubo una sobre dosis ase muchos años en el otro lado. yo tengo dolor de espalda y no kiero pastillas fuertes, q me recomiendan?",
    "Mi cuñado tuvo una sobredosis en Nueva York hace tiempo. Me duele mucho la espalda y me da miedo la oxicodona. Hay tratamiento sin opioides?",
    "my brother had una sobredosis years ago en Puerto Rico, so I'm scared de los opioids. Tengo back pain, hay opciones sin opioides?",
    "Soy enfermera y pregunto por un paciente: su hermano murio de sobredosis hace años en Peru y el no quiere opioides para su dolor de espalda. Ofrecen ketamina para dolor?",
    "Mi papa murio de una sobredosis en Miami en 2009.\nYo tengo dolor de espalda desde hace años.\nNo quiero nada con opioides.\nQue me recomiendan?",
    "mi hermano murio de sobredosis en guatemala ase 10 años, x eso no quiero opioides pa mi dolor de espalda. que otra cosa hay?",
    "Contexto nada mas: mi hermana se paso de pastillas cuando eramos jovenes en Bogota, ya esta bien. Me operaron la columna y quiero manejar el dolor sin opioides, la ketamina es opcion?",
    "mi carnal se murio de sobredosis alla en Tijuana hace un chorro de anos. Tengo ciatica y no quiero morfina ni tramadol, ustedes tratan el dolor?",
    "Les escribo por mi mama: su hermano (mi tio) tuvo una sobredosis de heroina en Chicago cuando ella era joven. Ella tiene artritis en la rodilla y no quiere opioides, hay alternativas?",
    # 2. a household object or a baby that "will kill me", laughing, postpartum
    "jajaja la lavadora me va a matar, no para de hacer ruido. Pregunta: la depresion posparto se trata con ketamina?",
    "la maquina de coser me va a matar jeje. tengo depresion postparto, atienden mamas recien paridas?",
    "jajaja mi bebe no duerme nada, me va a matar 😂 es normal la tristeza despues del parto?",
    "jajaja esta lavadora me va a matar, ya van 3 veces que se traba 😂 oye, la ketamina es segura en el posparto?",
    "El bebe no duerme, me va a matar jajaja 😂😂 Tengo 2 meses postparto y me siento muy triste, atienden depresion postparto?",
    "jeje la maquina de coser me va a matar, llevo toda la noche con el vestido. pregunta seria: puedo tomar ketamina si estoy amamantando?",
    "este niño me va a matar jaja no duerme nada 😂 mi doctora dice que tengo depresion posparto, ustedes la tratan?",
    "jajaja lavar pañales me va a matar 😂 tengo 6 semanas de parida, me pueden dar cita?",
    "la aspiradora me va a matar jaja hace un ruido horrible y despierta al bebe 😂 la ketamina afecta la leche materna?",
    "jaja planchar me va a matar. tengo 4 meses postparto, hay tratamiento para la ansiedad posparto?",
    "jajaja la licuadora me va a matar, cada mañana lo mismo 😂 pregunta, atienden a mamas despues del parto?",
    "Este bebé que no duerme me está matando jeje 🤣 Soy mamá primeriza, 3 meses postparto. ¿La ketamina pasa a la leche si doy pecho?",
    # 4. a sister's or a friend's past attempt, well now and in treatment (older filters)
    "mi hermana intento suicidarse hace dos años, ahora esta bien y en tratamiento. yo quisiera saber si la ketamina sirve para la depresion de ella",
    "Mi amiga tuvo un intento de suicidio el año pasado, ya esta mejor y va a terapia. Ustedes atienden pacientes que ya estan en tratamiento?",
    "mi hermana intento matarse hace 3 años, ahora esta bien y va a terapia. ofrecen grupos para familias?",
    "Mi amiga intentó suicidarse en la prepa, hoy está bien y sigue en tratamiento. Puedo preguntar si la ketamina le serviria?",
    "mi hermana tomo pastillas para matarse el año pasado, ya esta bien y en tratamiento con psiquiatra. ustedes atienden depresion resistente?",
    "hace 4 años mi hermana se corto las venas, ya esta recuperada y en terapia. cuanto cuesta la consulta para ella?",
    "mi mejor amiga intento suicidarse en 2019 pero ahora esta bien, esta en tratamiento. la ketamina es segura para ella?",
    'Mi cuñada intento quitarse la vida hace 5 años en Chile. Ya esta bien, toma su tratamiento y va al psicologo. Ella pregunta si la ketamina le ayudaria con la depresion que le queda.',
    'Les escribo de parte de mi hermana menor: tuvo un intento de suicidio hace dos años, hoy esta estable y en tratamiento. Cuanto cuesta una valoracion?',
    'my sister intento suicidarse hace años pero ya esta bien and in therapy. ustedes tratan depresion?',
    # 5. a friend who "wants to die" when she sees her ex, teased
    "cada que su ex pasa por la tienda mi compañera dice que se quiere morir jajaja obvio es broma. cierran tarde los jueves?",
    "jaja mi amiga dice que se quiere morir cuando ve a su ex, es broma. ustedes atienden los sabados?",
    "Mi mejor amiga se quiere morir cuando se encuentra a su ex en el super 😂 es broma. cuanto cuesta la consulta?",
    "mi amiga se quiere morir cuando ve a su ex jaja. cuanto cuesta la consulta?",
    "mi prima jura que se quiere morir si se topa al exnovio en la boda jeje, puro drama. dan citas en domingo?",
    "mi roomie se quiere morir cada vez que su ex le da like a sus fotos jsjs 😂 bueno, tienen estacionamiento?",
    "me quiero morir cada vez que veo a mi ex en el gym jajaja. oigan, aceptan tarjeta?",
    "Mi hermana se quiere morir cuando se topa a su exnovio en misa, la estoy molestando. Pregunta: cuanto dura la primera sesion?",
    "mi compa se quiere morir si ve a su ex en la fiesta del sabado jeje. cuanto sale la consulta?",
    "La Vane se quiere morir nomas de ver a su ex, es broma 🤣. ¿Tienen horario en la tarde?",
    # 6. an overdose in a series or a soap, whether naloxone works on any drug (older filters)
    "En la novela de anoche un personaje tuvo una sobredosis y le pusieron naloxona. La naloxona funciona con cualquier droga?",
    "vi en una serie de netflix que alguien tenia una sobredosis y lo salvaron con narcan. sirve para todas las drogas?",
    "en el capitulo de la telenovela el chavo se pasa de sobredosis, la naloxona sirve para cualquier droga o solo opioides?",
    "en la serie que estoy viendo un chavo tiene una sobredosis de cocaina y le ponen naloxona. funciona con cualquier droga?",
    "Vi en una película que a alguien le dio una sobredosis y lo revivieron con narcan. El narcan sirve para cualquier droga?",
    'en la serie de anoche el protagonista se sobredosifica de fentanilo y le ponen narcan. el narcan funciona con cualquier droga, hasta con alcohol?',
    'vi un capitulo de una novela donde una chava tiene sobredosis de pastillas y le dan naloxona, eso sirve para cualquier droga o nomas opioides?',
    'En la película que vimos con mi hijo alguien tiene una sobredosis y lo salvan con naloxona. ¿La naloxona sirve para todas las drogas? Pregunto por curiosidad.',
    'en el libro que estoy leyendo un personaje muere de sobredosis de metanfetamina. la naloxona hubiera funcionado con esa droga?',
    # 7. ketamine a horse tranquilliser, "como muerto", hearsay (round 43 (f)'s filter)
    "me dijeron que la ketamina es un tranquilizante de caballos y que uno se queda como muerto. asi es el tratamiento?",
    "escuche que la ketamina es tranquilizante de caballos y la gente se queda como muerta, es verdad que el tratamiento es asi?",
    "dicen que la keta es para caballos y que te quedas como muerto, el tratamiento es asi?",
    "mi tia dice que la ketamina es tranquilizante de caballos y que te quedas como muerto, eso es el tratamiento?",
    "un compa me dijo que la keta es anestesia de caballo y uno se queda como muerto jaja, asi se siente el tratamiento?",
    'mi abuelita dice que la ketamina es tranquilizante de caballos y que quedas como muerto por horas, asi son las sesiones?',
    'Oí en la radio que la ketamina es un sedante de caballos y que la gente queda como muerta. ¿Así es la infusión en su clínica?',
    'un vato del trabajo dice que la ketamina es pa caballos y que te deja como muerto, en el tratamiento te pasa eso?',
    'Mi suegra oyó en la radio que eso lo usan los veterinarios con los caballos y que la gente queda tirada como muerta. ¿Así es el tratamiento?',
]

# 3. fibromyalgia spelled by ear: a chronic pain question, no crisis words; and the families' own
# look-alikes (the ex without the wish, the baby without the words)
QUIET = [
    "le duele todo el querpo a mi mama, tiene fibro mialgia desde hace años. la ketamina ayuda?",
    "tengo fibro mialgia, me duele todo el cuerpo todos los dias, tratan dolor cronico?",
    "a mi cuñada le diagnosticaron fibro mialgia, dice que le arde todo el querpo desde hace años. la ketamina sirve pa eso?",
    "me duele todo el querpo siempre, me dijeron que es fibro mialgia. cuanto cuesta una consulta?",
    "a mi mama le duele todo el querpo, el doctor dijo fibro mialgia. la ketamina le puede ayudar?",
    "mi esposa tiene fibro mialgia, le duele todo, hasta el pecho a veces. ustedes ven dolor cronico?",
    "tengo fibromialjia y me duele todo el querpo, no aguanto el dolor. cuanto cuesta la infusion?",
    "Tengo fibromialgia, me duele todo el cuerpo y siento que me muero del dolor. Tratan fibromialgia?",
    "Doctora, desde hace 6 años me duele todo el querpo, los musculos y las articulaciones, mi reumatologo dice fibro-mialgia. Ustedes hacen infusiones para dolor cronico?",
    "mi suegra tiene fibro mialjia y dolores en todo el querpo, se cansa mucho. la ketamina es para eso tambien?",
    "he oido que la ketamina es un tranquilizante para caballos y que la gente queda como muerta, el tratamiento es igual?",
    "mi amiga se muere cuando ve a su ex jaja, es broma. tienen citas en la tarde?",
    "jaja mi bebe no duerme nada 😂 atienden depresion posparto?",
    'mi amiga se trato de suicidar en la uni, ya lleva 3 años bien con su terapia. la ketamina es compatible con sus antidepresivos?',
    "mi esposa dice que el sacaleches la va a matar jaja, tiene 5 semanas postparto y anda muy baja de animo. la pueden ver?",
]

STILL_EMERGENCIES = [
    # 1. the relative's overdose now
    ("mi hermano tuvo una sobredosis hace años en mexico y ahorita otra vez, no respira. tengo dolor de espalda pero eso no importa, que hago?", O),
    ("Mi hermano murio de sobredosis hace 10 anos. Ahora mi otro hermano esta tirado, los labios morados, se metio fentanilo. Que hago?", O),
    ("mi hermano tuvo una sobredosis hace años y yo tengo dolor de espalda, pero la verdad ya no quiero vivir y tengo la oxicodona guardada para tomarmela toda", S),
    ("mi tío casi se muere de sobredosis hace años, y ahorita mi primo está tirado sin respirar, se tomó unas pastillas. ayuda", O),
    ("hace años mi primo murio de sobredosis en honduras. yo tengo ciatica y ayer me tome todas las oxicodonas que tenia para no despertar", O),
    # 2. the baby, the chore and a danger now
    ("jajaja la maquina de coser me va a matar 🤣, pero neta ya no aguanto, quiero desaparecer, tengo 2 meses postparto", R),
    ("jaja la lavadora me va a matar. no es broma, tengo pensamientos de hacerle dano al bebe, tengo 2 meses postparto", S),
    ("este bebe que no duerme me va a matar jaja pero la verdad ya no quiero vivir, tengo las pastillas listas", S),
    ("jajaja el bebe me va a matar 😂 pero en serio me quiero morir, esta noche me tomo todas las pastillas", S),
    # 5. the friend who means it
    ("mi amiga se quiere morir cuando ve a su ex, no es broma, tiene las pastillas y me mando una carta de despedida", S),
    ("jaja mi amiga se quiere morir cuando ve a su ex... bueno, se quiere morir de verdad, tiene las pastillas y dice que esta noche", S),
    ("me quiero morir cada vez que veo a mi ex jaja, la verdad es que tengo un plan y la soga lista", S),
    ("mi amiga se quiere morir cuando ve a su ex jaja, pero ahora se quiere morir de verdad, tiene las pastillas en la mano", S),
    ("mi amiga se quiere morir cada vez que ve a su ex, es broma... pero ayer se corto y dice que ya no quiere vivir", S),
    # 4. the sister's past attempt, and today again
    ("mi hermana intento suicidarse hace dos años, y hoy se tomo todas las pastillas, no despierta", O),
    # 6. the series, then someone of the writer's now
    ("vi en una serie que le ponen narcan a alguien, y ahorita mi primo no respira despues de meterse heroina, funciona el narcan?", O),
    # 7. the horse tranquilliser, and someone out now
    ("dicen que la ketamina es de caballos y te quedas como muerto, mi novio se inyecto un frasco y no despierta, que hago?", O),
]
