"""Round 39's false alarms (helper c; tests/unit/test_crisis_classes_by_round.py checks them, key
392), English and Spanish: (1) a fainting or collapse that is over: a faint in a dentist's or a tattoo
chair, come round, before a question about monitoring; a colleague seen collapsing from a heart attack
years or decades ago, now the writer's PTSD, asked how to explain it; a workplace drill or simulation
where the writer played the unconscious victim ("simulacro"); (2) a condition's nickname: trigeminal
neuralgia as "the suicide disease", cluster headaches as "suicide headaches", told by someone who
manages it or asked about (a writer who then says they think about it themselves is still a possible
risk); (3) idioms and jokes: "i literally died" with a skull emoji, a friend who will kill himself if
his team loses with laughter, a threat to kill herself if he did not text back, resolved in the same
message; (4) a firearm locked away for a spouse's security job, mentioned at a psychologist's
suggestion, the writer's own risk denied; (5) past and managed: PTSD from a collapse years ago, an
allergic reaction to penicillin a year ago, over, before an MCAS question; (6) minor accidents and
ordinary care: a kitchen cut with a band-aid, a child's fever treated at the box dose; (7) fiction
and research: a story for English class, overdoses given to lab mice for a study (patterns.py, round
39's false alarms, helper c). Each family's STILL_EMERGENCIES hold its words beside a real emergency
now or the writer's own wish. Written here, never copied from an evaluation set. No new detection
class, so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 1. a fainting or collapse that is over: a chair, a colleague long ago (PTSD), a drill's victim
    'I passed out once in the dentist chair when they gave me the numbing shot, came to after a few seconds and was fine. Should I ask about monitoring during ketamine?',
    'got lightheaded and fainted in the tattoo chair last year, woke up right away, the artist gave me juice. do you guys monitor blood pressure during the infusion?',
    'me desmaye una vez en la silla del dentista, volvi en mi enseguida. ustedes monitorean la presion durante la sesion?',
    'About 20 years ago I watched a coworker collapse from a heart attack at the warehouse, he was unconscious on the floor. I still have PTSD from it. How do I explain that to the doctor at intake?',
    'hace como 25 anos vi a un companero caerse de un infarto en la fabrica, quedo inconsciente, desde entonces tengo estres postraumatico, como le explico eso al psiquiatra?',
    'we had a fire drill at work and i had to play the unconscious victim on the floor lol, they carried me out. anyway can i book for thursday?',
    'en el simulacro del trabajo yo era la victima que no respiraba, los brigadistas practicaron conmigo. aceptan seguro de 1199?',
    'heads up for my chart: i blacked out once getting a tattoo on my ribs, was out maybe 10 seconds, came around fine. will someone be watching my vitals?',
    'I fainted at the dentist years ago, they laid me back and I came to. Does that mean I need extra monitoring for ketamine?',
    'In 1998 I saw my coworker collapse with a heart attack on the loading dock, he stopped breathing and we did CPR. I have PTSD since. How should I explain it in my evaluation?',
    "my therapist wants me to explain my PTSD: decades ago a colleague dropped from a heart attack in front of me, he wasn't breathing. how do i bring it up with your doctor?",
    'vi a mi companero de trabajo desplomarse de un ataque al corazon hace muchos anos, no respiraba. tengo trauma, como lo explico en la consulta?',
    'During the CPR drill at work I was the victim who was unresponsive and not breathing haha. Do you need a referral?',
    "in our company's emergency simulation i got picked to be the unconscious guy, lay there for 20 mins. anyway is ketamine covered by cigna?",
    'fue un simulacro en la escuela, yo hice de la desmayada en el piso, todo actuado. tienen cita el lunes?',
    'una vez me desmaye haciendome un tatuaje, desperte al ratito y todo bien, preguntan eso en la evaluacion?',
    'hicimos un simulacro de emergencia en la oficina y me toco ser la victima inconsciente, jaja. queria preguntar por los horarios',
    'me quede inconsciente unos segundos en el dentista cuando me sacaron una muela, ya desperte bien. necesito monitoreo extra?',
    # 2. a condition's nickname: the suicide disease, suicide headaches
    "I've had trigeminal neuralgia for 9 years, people call it the suicide disease, but I'm managing it with carbamazepine. Is ketamine used for it?",
    'tengo neuralgia del trigemino hace anos, le dicen la enfermedad del suicidio, pero la tengo controlada. la ketamina ayuda?',
    'my husband gets cluster headaches, some call them suicide headaches. does ketamine help with those?',
    "what are suicide headaches? my doctor thinks i might have cluster headaches and i'm curious if you treat them",
    'las cefaleas en racimo que les dicen dolores de cabeza suicidas, las tratan ustedes?',
    "I've lived with trigeminal neuralgia 15 years, the 'suicide disease' they call it. It's under control with meds. Can ketamine help with flares?",
    'neuralgia del trigemino desde hace 10 anos, la llaman la enfermedad suicida, ya la manejo bien, preguntaba si la ketamina sirve',
    "Do you treat cluster headaches? I've heard them called suicide headaches and mine are bad in spring.",
    'mi esposo tiene cefalea en racimos, les dicen dolores suicidas. lo pueden atender?',
    # 3. idioms and jokes: literally died, a threat over a team with laughter, a threat resolved
    'I literally died of embarrassment 💀 when I called the doctor mom. is there parking at your clinic?',
    'me mori de la verguenza 💀 cuando me cai en la oficina jaja. tienen citas los sabados?',
    "my buddy says he'll kill himself if the Jets lose again 😂 anyway does insurance cover the infusion?",
    'mi amigo dice que se mata si pierde el America jajaja. pregunta: cuanto cuesta la consulta?',
    "my roommate swears she'll kill herself if the Knicks blow another lead lmao. what are your hours?",
    "a girl at the bar said she would kill herself if I didn't text her back haha, so I texted her and she was super happy. anyway, what do I need for my first visit?",
    'una chava en el bar me dijo que se mataba si no le escribia jaja, le escribi y quedo feliz. bueno, cuanto dura la primera cita?',
    'me mori jajaja 💀 el agua estaba helada. a que hora abren?',
    "my brother always says he'll kill himself if the Yankees lose 😂😂 what's the price for the first session?",
    'mi primo dice que se va a matar si el Madrid pierde la final jaja 😂. aceptan seguro?',
    "this chick told me she'd kill herself if i didn't text back lol so i texted and she was all happy. anyway do you take cigna",
    # 4. a firearm locked away, the writer's own risk denied
    "My husband keeps a pistol locked in a safe because he works security. My psychologist said to ask if that matters before starting depression treatment. I'm fine, no thoughts of hurting myself.",
    'mi esposo tiene una pistola guardada bajo llave por su trabajo de seguridad. la psicologa me dijo que preguntara si eso importa antes del tratamiento. estoy bien, no tengo pensamientos de hacerme dano.',
    "there's a gun in the house, locked up, my wife is a security guard. my therapist told me to mention it before ketamine for depression. to be clear i have no thoughts of self harm.",
    "My wife keeps her pistol locked up for her security job. My psychologist suggested I ask whether that matters before starting treatment for depression. I'm okay, I don't have any thoughts of hurting myself.",
    'mi marido guarda su pistola con candado porque es guardia de seguridad, mi psicologo me sugirio preguntar si eso importa. yo estoy bien, no tengo ideas de hacerme dano',
    # 5. past and managed: PTSD from a collapse, an allergic reaction over
    "I have PTSD from a building collapse I survived years ago, it's well managed, but it flares up around the anniversary. Would a booster infusion help then?",
    'tengo estres postraumatico por un derrumbe en la obra hace anos, lo tengo bien controlado pero en el aniversario empeora. me sirve un refuerzo?',
    'had an allergic reaction to penicillin about a year ago, hives all over, it went away. do you treat MCAS?',
    'hace un ano tuve una reaccion alergica a la penicilina con ronchas, ya paso. tratan el sindrome de activacion mastocitaria?',
    "years ago I got trapped when the scaffold collapsed at a job site, PTSD since, it's well managed with therapy, just rough every anniversary. Could a booster help?",
    'I had a reaction to penicilin a year ago, hives and itching, it cleared up. Do you see patients with MCAS?',
    'tuve alergia a la penicilina el ano pasado, me salieron ronchas, ya se me quito, atienden mastocitosis?',
    # 6. minor accidents and ordinary care: a kitchen cut, a child's fever
    'me corte con un cuchillo lavando los trastes, me puse una curita y ya. puedo ir a mi cita?',
    'me corte el dedo con el cuchillo lavando platos, le puse una curita y ya, nada grave. sigue en pie mi cita?',
    # 7. fiction and research: a story for class, overdoses given to lab mice
    "I'm writing a story for English class about a girl who wants to kill herself and her friend who saves her. What would a real clinic do?",
    'estoy escribiendo un cuento para la clase de ingles sobre una chica que se quiere matar y su amiga la salva. que haria una clinica de verdad?',
    'I work in a lab where we give mice overdoses of ketamine for a study, nothing to do with people. Does your clinic take Aetna?',
    'trabajo en un laboratorio donde les damos sobredosis a ratones para un estudio, nada que ver con personas. aceptan medicaid?',
    "For my English class I'm writing a short story where a girl wants to kill herself and her best friend saves her. What would a real clinic do in that situation?",
    'escribo un cuento para mi clase sobre una muchacha que se quiere suicidar y su amigo la rescata, que hace una clinica de verdad?',
    'our lab overdoses mice on ketamine for a research study, nothing to do with people lol. anyway does your clinic take BCBS?',
    'en el laboratorio les damos sobredosis de ketamina a los ratones para un estudio, nada que ver con humanos. aceptan blue cross?',
]

QUIET = [
    'jumped in the lake this morning and i literally died 💀 the water was freezing. anyway do you have saturday slots?',
    "cut my finger with a knife washing dishes, put a band-aid on it and that's it. can i still come to my appointment tomorrow?",
    "my daughter had a fever, gave her Tylenol per the box dose and now she's playing. do you have a pediatrician or know one?",
    'mi hijo tenia fiebre, le di tylenol segun la caja y ya esta jugando. ustedes tienen pediatra?',
    'the ice bath at the gym, i literally died lmao 💀 anyway can i book a consult',
    'una muchacha en el bar dijo que se suicidaba si no le contestaba jaja, le conteste y quedo contenta. tienen horario en la noche?',
    'sliced my thumb with a knife doing the dishes, band aid on, totally fine. still ok to come in today for my appt?',
    "my 4 year old had a fever of 102, gave him children's tylenol the dose on the box and now he's running around. do you know a good pediatrician?",
    'mi nena tuvo calentura, le di tylenol infantil lo que dice la caja y ya anda jugando. me recomiendan un pediatra?',
]

STILL_EMERGENCIES = [
    ('I fainted at the dentist once and came to fine, but right now my wife fainted in the dentist chair and she is not waking up', M),
    ('me desmaye una vez en el tatuaje y volvi en mi, pero ahora mi hija se desmayo en la silla del tatuaje y no despierta', M),
    ('years ago I saw a coworker collapse with a heart attack, I have PTSD, and now my dad just collapsed and he is not breathing', M),
    ('hace anos vi a un companero desplomarse de un infarto, tengo trauma, y ahora mi esposo se desplomo y no respira', M),
    ('we were doing a cpr drill and i played the victim, but then my coworker actually collapsed for real and is unresponsive', M),
    ('en el simulacro me tocaba ser la victima pero mi companera se desmayo de verdad y no respira', M),
    ('I have trigeminal neuralgia, they call it the suicide disease, and sometimes I think about it myself', R),
    ('tengo neuralgia del trigemino, la enfermedad del suicidio, y a veces se me cruzan esos pensamientos', R),
    ('cluster headaches, the suicide headaches, I get them and honestly I think about ending it', R),
    # ...and the writer who understands the nickname now, or thinks it too
    ("my trigeminal neuralgia got so bad this year, now I understand why people call it the suicide disease. do you see new patients?", R),
    ('me duele la cara por la neuralgia del trigemino, le dicen la enfermedad del suicidio y ahorita entiendo por que, hasta lo he pensado', R),
    ("my friend jokes he'll kill himself if the Mets lose lol but tonight he has a gun and he's not joking", S),
    ('mi amigo dice que se mata si pierde el america jaja, pero ahora en serio tiene la pistola en la mano y dice que se quiere morir', S),
    ("she said she'd kill herself if I didn't text back, I texted and she was fine, but now she sent a goodbye note and isn't answering", S),
    ("my husband keeps his pistol locked in a safe for his security job, I said I'm fine but honestly I want to use it on myself tonight", S),
    ('mi esposo guarda su pistola bajo llave, le dije a la psicologa que estoy bien pero la verdad quiero matarme con ella', S),
    ('I had an allergic reaction to penicillin a year ago with hives, it went away, but now I took amoxicillin and my throat is swelling', M),
    ('hace un ano tuve una reaccion alergica a la penicilina, ya se me quito, pero ahora otra vez tengo ronchas y no puedo respirar', M),
    ('me corte con un cuchillo lavando los trastes, me puse una curita pero no para de sangrar y es profundo', M),
    ('me corte lavando los platos pero la verdad fue a proposito, quiero cortarme mas', S),
    ("in our lab we overdose mice for a study, and I injected myself with the ketamine and I can't breathe", O),
    ('en el laboratorio les damos sobredosis a los ratones para un estudio y me inyecte la ketamina, no puedo respirar', O),
]
