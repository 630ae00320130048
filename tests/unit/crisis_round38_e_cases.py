"""Round 38's violence at home now (helper e; tests/unit/test_crisis_classes_by_round.py checks them,
key 383), English (second-language English too) and Spanish: someone hurt, choked or threatened at
home right now, told by the victim or by a witness who is hiding. An attack told as just now or
tonight (choked until blacking out, grabbed by the throat, pushed to the floor, slammed into the wall,
"me empujo", "me dio con la cabeza contra la pared", "me agarro del cuello") with the attacker still
there or coming back (still yelling in the living room, gone for beer and back soon, "sigue gritando
afuera", "esta afuera del cuarto"), or the writer hiding or locked in (the bedroom, the bathroom, the
nursery with the kids, "encerrada en el bano"): a grandmother and her grandson, a nanny or a home care
worker who saw the father or a client's son attack, an ex who got in and will not leave and broke
the phone ("said he's gonna f*** me up when i come out"), a woman pushed with her baby in her arms,
bleeding. Look-alikes kept quiet: abuse long past told to explain PTSD, a TV plot, neighbours arguing
loudly with no harm, a child's pillow fight, "my boss is going to kill me". Written here, never
copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. choked until blacking out just now, the attacker gone and coming back
    ("he choked me until i blacked out just now, he went to get beer and he'll be back soon. my neck hurts and my voice sounds weird", V),
    ("my boyfriend strangled me till i passed out like 10 min ago, he left to the store for more beer and is coming back. my throat hurts so bad and my voice is all raspy", V),
    ("i just woke up on the floor, he choked me til everything went black. he went out for beer, back any minute, my neck is killing me", V),
    ("husband squeezed my throat until i lost consciousness, he is gone to buy beer and come back soon, my voice sound strange and neck hurt", V),
    ("mi esposo me ahorco hasta que me desmaye hace un rato, fue por cervezas y ya viene de regreso. me duele el cuello y tengo la voz rara", V),
    ("me apreto el cuello hasta que perdi el conocimiento, salio a comprar cerveza y va a volver pronto, me duele mucho la garganta", V),
    # 2. an old woman grabbed by the throat by a grandson tonight, still yelling, locked in the bedroom
    ("i am 81 years old, my grandson grabbed me by the throat and pushed me down tonight. he is still yelling in the living room and i locked myself in the bedroom", V),
    ("my grandson pushed me to the floor tonight and grabbed my neck. he's still out there screaming, i locked my bedroom door, i'm 79", V),
    ("my son shoved me down the hall tonight and grabbed me by the neck, i'm 84, he is still hollering in the kitchen, i'm locked in my room", V),
    ("tengo 81 anos, mi nieto me agarro del cuello y me tiro al piso esta noche, sigue gritando en la sala y yo estoy encerrada en mi cuarto", V),
    ("mi nieto me empujo y me apreto el cuello esta noche, todavia esta gritando en la sala, me encerre en la recamara", V),
    # 3. a nanny or a home care worker, the attack in front of them, hiding with the kids or the client
    ("i'm the nanny, the father just slammed the mother into the wall in front of the kids, he's still screaming downstairs. i locked the kids and me in the nursery", V),
    ("im a babysitter, the dad threw the mom against the wall in front of the children and is still yelling, i locked us in the kids room", V),
    ("i am home care worker. my client son is drunk, he push her to the floor and say he going to kill her. i am in bedroom with her, he still in the apartment shouting", V),
    ("caregiver here, my client's son came home drunk and pushed her down, now he says he is going to kill her. we are locked in her bedroom and he is still shouting in the apartment", V),
    ("soy la nana, el papa estrello a la mama contra la pared enfrente de los ninos y sigue gritando, me encerre con los ninos en su cuarto", V),
    ("cuido a una senora mayor, su hijo llego borracho y la tiro al piso, dice que la va a matar. estamos encerradas en el cuarto y el sigue gritando afuera", V),
    # 4. an ex who got in and will not leave, the phone broken, typing from the bathroom
    ("my ex got into my apartment and won't leave, he broke my phone, i'm typing from the bathroom on my ipad. he said he's gonna f*** me up when i come out", V),
    ("my ex boyfriend pushed his way into my place and refuses to leave. he smashed my phone, i'm hiding in the bathroom, he says he is going to mess me up when i come out", V),
    ("ex husband broke in and will not go, he broke my phone, i'm locked in the bathroom writing on my laptop, he keeps saying he will beat me when i come out", V),
    ("mi ex se metio a mi departamento y no se quiere ir, me rompio el telefono, te escribo desde el bano. dice que me va a partir la cara cuando salga", V),
    ("mi ex entro a la casa y no se va, quebro mi celular, estoy encerrada en el bano y me esta amenazando con que cuando salga me va a golpear", V),
    # 5. Spanish: pushed with the baby in arms, a head against the wall, bleeding, the partner outside the room
    ("mi pareja me empujo con la bebe en brazos y me dio con la cabeza contra la pared, me sale sangre y el esta afuera del cuarto", V),
    ("mi esposo me estrello la cabeza contra la pared, estoy sangrando y sigue gritando afuera del cuarto", V),
    ("mi novio me agarro del cuello y me aventó contra el ropero, estoy encerrada en el bano y el sigue gritando afuera", V),
    ("mi marido me empujo cuando tenia al nino cargado, me pegue en la cabeza y me sale sangre, el sigue en la sala", V),
    ("my husband pushed me while i was holding the baby and hit my head into the wall, i'm bleeding and he is right outside the room", V),
    ("my partner slammed my head on the wall while i had my baby in my arms, there's blood and he's outside the bedroom door", V),
]

LOOK_ALIKES = [
    # "my boss is going to kill me" while hiding from work, a TV plot, abuse long past told to explain PTSD
    "i'm hiding in the bathroom at work, my boss is gonna kill me when i come out lol. can i reschedule?",
    "estoy escondida en el bano del trabajo, mi jefe me va a matar cuando salga jaja. puedo cambiar la cita?",
    "in the movie the husband grabbed her by the throat and she locked herself in the bathroom, so scary. do you take aetna?",
    "my ex used to choke me and i would lock myself in the bathroom, that was 10 years ago, now i have ptsd",
    "when i was 8 my stepdad threw my mom against the wall and i hid in the closet. i still have nightmares, can you help with ptsd?",
    "my dog knocked me down in the yard and he is still barking at the mailman, can i reschedule?",
]

QUIET = [
    # abuse long past told to explain PTSD
    "my ex choked me until i blacked out years ago and i still have nightmares, could ketamine help with ptsd?",
    "when i was a kid my dad grabbed me by the throat and pushed me down all the time, now i have ptsd, do you treat that?",
    "hace muchos anos mi ex pareja me ahorcaba y me empujaba contra la pared, ahora tengo estres postraumatico, ustedes lo tratan?",
    "my first husband used to slam my head into the wall, that was 15 years ago, i still get flashbacks. is ketamine good for trauma?",
    # a TV plot
    "in the show last night the husband choked her until she blacked out and then went to get beer, so dark lol. anyway do you have evening appointments?",
    "en la novela de anoche el esposo la empujo con el bebe en brazos y la golpeo contra la pared, que fuerte. ustedes atienden los sabados?",
    "the episode tonight had the grandson grabbing his grandma by the throat, i had to turn it off. what time do you open tomorrow?",
    # neighbours arguing loudly with no harm
    "the neighbors are yelling at each other again tonight, nobody is getting hurt, just loud. it keeps me awake, can ketamine help with sleep?",
    "los vecinos estan gritando otra vez esta noche, solo discuten, nadie se pega, pero no me dejan dormir. tienen citas manana?",
    # a child's pillow fight
    "my kids are having a pillow fight in the bedroom and my son is yelling that he's gonna kill his sister lol. do you have childcare during sessions?",
    "mis hijos estan en guerra de almohadas y el nino grita que va a matar a su hermana jaja. puedo llevarlos a la cita?",
    # "my boss is going to kill me" idioms
    "my boss is going to kill me when he sees i'm late again, can i move my appointment to friday?",
    "mi jefe me va a matar si llego tarde otra vez, puedo cambiar la cita para el viernes?",
    "my mom is gonna kill me when she finds out i scratched her car lol, anyway how much is the consult?",
    # a child or a sibling at play, a teen slamming doors, loud people with no harm
    "my toddler pushed me down on the couch and is still screaming with laughter lol. do you have childcare?",
    "my brother and i were wrestling, he pushed me to the floor and we are still laughing, anyway can i book friday?",
    "the kids are having a pillow fight, my son threw his sister onto the bed and they are still screaming and laughing",
    "mi hijo y su primo pelean con almohadas, el nino empujo a la nina a la cama y siguen gritando jaja",
    "my son slammed the door and is still yelling in his room because i took his phone, teenagers lol",
    "my husband is still yelling at the football game in the living room, i locked myself in the bedroom to read lol",
    "de nina mi papa aventaba a mi mama contra la pared y yo me escondia en el closet, ahora tengo ansiedad",
    "my ex won't leave me alone, keeps texting, i blocked him. can ketamine help with anxiety?",
    "my physical therapist pushed me to the floor for exercises and is still here, is that normal?",
]

STILL_EMERGENCIES = [
    ("my ex choked me years ago and i have ptsd, but tonight he came back, choked me again and he is still in the living room, i'm locked in the bathroom", V),
    ("hace anos mi ex me pegaba y tengo trauma, pero ahorita me agarro del cuello y sigue gritando afuera del cuarto, estoy encerrada en el bano", V),
    ("the neighbors argue loudly all the time, but right now i can hear him beating her and she is screaming for help", V),
    ("my boss is going to kill me for missing work lol, but my husband just grabbed me by the throat and he is still in the kitchen, i'm locked in the bathroom", V),
    ("mi jefe me va a matar si falto jaja, pero mi pareja me empujo contra la pared y sigue gritando afuera del cuarto, estoy encerrada", V),
    ("when i was a kid my dad used to hit us, and tonight my brother pushed me to the floor and grabbed my neck, he is still in the living room yelling", V),
]
