"""Round 47's Spanish self-harm emergencies told by plans and by a professional (helper b;
tests/unit/test_crisis_classes_by_round.py checks them, key 471). Each reads as a suicide emergency
(self-harm; an intentional overdose also fits) through round 47 (b)'s families in phrases.py:
(1) pills (opioids such as oxicodona, oxycontin, percocet, morfina, or any pills) gathered, saved up,
hidden or put aside for a named day ("para el viernes", "pa'l sábado", "para el día de mi cumpleaños"),
often beside an everyday question (Medicaid, the insurance, a price, an appointment): the stockpile and
the day are a plan; "juntando / guardando / acumulando / ahorrando / apartando / escondiendo pastillas",
first person or relayed, and the English equivalents ("gathering my oxys for friday");
(2) a professional (a psychologist, a psychoanalyst, a therapist, a social worker, a teacher, a school
counselor), often writing formally in Spanish ("me permito informar", "mi paciente", "mi consultante"),
or in English ("my client emailed a goodbye"), reports that a patient, a client or a student sent a
farewell message and has a lethal amount of medicine ready or at hand, or cannot be reached.
Look-alikes: a patient who said goodbye because of a move, a new clinic or the end of a treatment and
no longer answers is ruled out by a new filter (patterns.py, round 47 (b)); it gives way to the means or
a farewell with a danger now (STILL_EMERGENCIES). QUIET holds the families' own look-alikes: money saved
for Friday, documents gathered for Medicaid, pills packed for a trip, pills rationed to last until a
day, a pharmacy refill for the weekend, a professional asking about a referral, REMS or a patient's
attempt years ago. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. pills gathered or saved up for a named day, beside an everyday question
    ("Estoy juntando la oxicodona para el viernes. ¿Medicaid cubre las infusiones?", S),
    ("voy acumulando oxycontin para el dia de mi cumpleaños. aceptan seguro?", S),
    ("estoy ahorrando pastillas para el viernes, una pregunta, tienen cita disponible la proxima semana", S),
    ("junte todos los percocet para el sábado. cuanto es el precio sin seguro?", S),
    ("mi hijo esta juntando pastillas para el viernes, lo encontre en su cuarto. que seguro aceptan", S),
    ("las estoy guardando pa'l viernes las oxis, oigan cuanto sale la cita", S),
    ("ola buenas, aki juntando mis pastis pal sabado jaja. kuanto cobran la primera cita?", S),
    ("Para el día de mi cumpleaños ya tengo juntadas las pastillas. Quería saber si el seguro de mi trabajo cubre ketamina.", S),
    ("Tengo 62 años, voy escondiendo la morfina de mi esposo para el viernes. ¿Cuánto cuesta una cita?", S),
    ("ando apartando mis clonazepam para este sábado, q precio tiene la consulta sin aseguranza?", S),
    ("Mi abuela lleva semanas acumulando sus pastillas para el domingo, dice que ya está cansada. ¿Atienden con Medicare?", S),
    ("bro estoy stockeando, o sea juntando percocets pal viernes. do u guys take medicaid?", S),
    ("I've been gathering my oxys for friday. does medicaid cover ketamine?", S),
    ("been putting aside my pills for saturday. do u take united healthcare", S),
    ("my brother is hoarding his tramadol for his birthday next week, how soon can he get an appointment?", S),
    # 2. a professional reports a patient's farewell with the means at hand or no answer
    ("Estimados, me permito informar que mi paciente me envió un mensaje de despedida y tiene una cantidad letal de medicamentos a la mano. No logro comunicarme con ella.", S),
    ("Soy psicóloga. Mi paciente me mandó un correo despidiéndose, tiene las pastillas preparadas y no contesta el teléfono. ¿Qué debo hacer?", S),
    ("Buenas tardes, soy psicoanalista. Le escribo porque un paciente me dejó un mensaje de adiós; dice que tiene suficientes pastillas para no despertar y no responde.", S),
    ("Le informo que una alumna me escribió una carta de despedida y tiene los medicamentos listos. No la puedo localizar.", S),
    ("Soy trabajadora social, mi usuario me envió un mensaje de despedida, tiene una dosis letal de insulina lista y no contesta.", S),
    ("Me permito informarle que mi paciente, la señora R., me envió anoche un mensaje de despedida. Refiere tener a la mano una cantidad letal de clonazepam. No he logrado comunicarme con ella.", S),
    ("Estimado equipo: como su terapeuta, debo informarles que mi consultante me escribió para despedirse. Tiene sus medicamentos reunidos y no responde a mis llamadas.", S),
    ("Doctor, soy el profesor de Andrés. Me permito comunicarle que mi alumno publicó un mensaje de despedida y dice que tiene las pastillas de su abuela juntas. No contesta.", S),
    ("Soy trabajadora social. Mi usuario me envió un mensaje de despedida y no contesta desde hace dos horas.", S),
    ("Disculpe la molestia, soy psicoanalista. Mi analizante me dejó un audio de despedida; tiene una cantidad mortal de somníferos. Está ilocalizable.", S),
    ("My client emailed me a goodbye this morning, says she has the pills ready, and she is not answering her phone.", S),
    ("I'm a therapist. A patient texted me a farewell message and has a lethal dose of his meds at hand. He isn't picking up.", S),
    ("Dear team, I'm writing as her psychologist. My client sent me a farewell email an hour ago; she says she has enough of her medication set aside to end things and she is not answering.", S),
    ("school counselor here - one of my students sent a goodbye text to me, says he has his dads oxys counted out. cant reach him", S),
]

LOOK_ALIKES = [
    # a patient who said goodbye for a move, a new clinic or the end of a treatment, and no longer answers
    "Mi paciente se despidió porque se mudó a otra clínica y ya no contesta mis correos.",
    "My client said goodbye because she moved to another clinic, and she's not answering my emails now, is that normal?",
    "Soy terapeuta. Mi paciente se despidió porque terminó su tratamiento, y ahora no contesta. ¿Le puedo mandar la factura?",
    "Me permito informar que una consultante se despidió por mudanza a otra ciudad y no responde a mis correos; ¿pueden enviarle su expediente?",
    "my patient sent a goodbye card since she is relocating to Texas, and she hasn't replied to my email about her records. can you transfer them?",
]

QUIET = [
    # the plan family's look-alikes
    "Estoy ahorrando dinero para el viernes, cuanto cuesta la infusion?",
    "estoy juntando los documentos para Medicaid para el viernes, que mas necesito?",
    "guardo las pastillas para el viaje, puedo llevar mis medicinas en el avion?",
    "voy a recoger el resurtido de mis pastillas para el fin de semana en la farmacia, ustedes mandan la receta?",
    "estoy guardando las pastillas para el viaje del sabado, cuantas me pueden dar?",
    "las estoy ahorrando para que me alcancen hasta el viernes que es mi cita",
    "ahorrando dinero para las pastillas del viernes, tienen plan de pagos?",
    "I'm saving money for friday's infusion, do you take payment plans?",
    "I picked up my refill for the weekend at the pharmacy, can I take it before the infusion?",
    "estoy juntando las recetas para el viernes, el seguro las pide todas?",
    "voy juntando puntos de la farmacia para el sabado jaja, aceptan cupones?",
    # the professional family's look-alikes
    "Soy psicóloga y quisiera saber cómo hacer una referencia de una paciente a su clínica.",
    "Me permito consultar sobre el programa REMS de Spravato para mi paciente.",
    "Soy terapeuta, mi paciente tuvo un intento de suicidio hace años, ¿puede recibir ketamina?",
    "I'm a therapist. My client attempted years ago with pills; can she still get ketamine? Asking for a referral.",
    "Le escribo como psicólogo de un paciente que se despidió de mí porque ya terminó su proceso; quisiera referirlo a ustedes.",
]

STILL_EMERGENCIES = [
    # a move or the end of a treatment told, and a farewell with the means or a wish now
    ("My client said goodbye because she moved to another clinic, and now she sent a farewell text, has her pills lined up and is not answering.", S),
    ("Mi paciente se despidió porque se muda a otra ciudad, pero anoche me mandó un mensaje de despedida, tiene una cantidad letal de pastillas y no contesta.", S),
    ("Soy terapeuta. Mi paciente terminó su tratamiento y hoy me escribió que se quiere morir, tiene los medicamentos listos y no contesta.", S),
]
