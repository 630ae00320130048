"""The deterministic crisis detector: gates on the phrase set, new phrasings it
must generalise to, look-alikes it must leave alone, normalisation, and inputs
that must not break it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from bot.crisis.categories import FITTING
from bot.crisis.detector import CrisisDetector
from bot.crisis.normalize import normalize
from tests.unit.crisis_classes import blind_texts

PHRASES = Path(__file__).resolve().parents[1] / "data" / "crisis" / "phrases.yml"
DATA = yaml.safe_load(PHRASES.read_text(encoding="utf-8"))
KINDS = ("overdose", "self_harm", "medical_emergency")
MAX_FALSE_ALARM_RATE = 0.02
O, S, M = "overdose", "self_harm", "medical_emergency"

EMERGENCIES = [(kind, message) for kind in KINDS for message in DATA[kind]]


@pytest.fixture(scope="module")
def detector() -> CrisisDetector:
    return CrisisDetector()  # loads spaCy once for the module


def category(detector: CrisisDetector, text: str):
    detection = detector.detect(text)
    return detection.category if detection else None


# --- (1) the phrase set's gates ------------------------------------------------

@pytest.mark.parametrize("kind,message", EMERGENCIES, ids=[m[:60] for _, m in EMERGENCIES])
def test_every_emergency_in_the_phrase_set_is_detected(detector, kind, message):
    assert detector.detect(message) is not None


@pytest.mark.parametrize("kind,message", EMERGENCIES, ids=[m[:60] for _, m in EMERGENCIES])
def test_emergencies_get_the_category_whose_guidance_fits(detector, kind, message):
    assert category(detector, message) in FITTING[kind]


def test_false_alarms_on_look_alikes_stay_within_the_gate(detector):
    calm = DATA["not_emergency"]
    alarms = [m for m in calm if detector.detect(m) is not None]
    assert len(alarms) / len(calm) <= MAX_FALSE_ALARM_RATE, alarms


# --- (2) new phrasings, not in the phrase set ---------------------------------

NEW_EMERGENCIES = [
    ("my chest is killing me and i'm sweating", M),
    # overdose: slang, typos, caps, no punctuation, narcan during an emergency
    ("my roommate took a handful of xanax and now hes snoring weird and wont wake", O),
    ("someone in the bathroom is turning blue, there's a needle", O),
    ("i gave her narcan but shes still not responding", O),
    ("HE SHOT UP AND NOW HES NOT BREATHING", O),
    ("mom swallowed the whole bottle of her pain pills", O),
    ("narcan isnt working hes still blue", O),
    ("she took too many percs and is barely breathin", O),
    ("is my boyfriend overdosing?? he took fentanyl and wont respond", O),
    ("am i overdosing", O),
    ("help my friend took something and wont wake up", O),
    ("he snorted a line and collapsed", O),
    ("my son is passed out and his lips are grey", O),  # blue + unresponsive: naloxone is safe
    ("idk if she took anything but she's blue and not breathing", O),
    ("what do i do if he stops breathing after taking oxy", O),
    ("mi novio no responde y usó fentanilo", O),
    # self-harm: intent, plans, means, passive wishes, third person, postpartum
    ("i'm going to hang myself tonight", S),
    ("how many pills would it take to kill me", S),
    ("i've been cutting again and i can't stop", S),
    ("i dont think i can go on anymore", S),
    ("im planning to overdose on my meds this weekend", S),  # a plan, not yet taken
    ("i have a bottle of pills and i want to take them all", S),
    ("THERE IS NO POINT IN LIVING", S),
    ("what is the most painless way to kill myself", S),
    ("im thinking about stepping in front of a train", S),
    ("nobody would care if i was gone", S),
    ("i have intrusive thoughts about drowning my baby", S),
    ("my sister keeps saying she wants to die", S),
    ("sometimes i think about killing myself", S),  # recurring thoughts are current
    ("i'm not okay and want to die", S),
    ("i cant stop hurting myself", S),  # double negative is not a negation
    ("honestly i just want to disappear forever and never wake up", S),
    ("no quiero seguir viviendo", S),
    ("estoy pensando en suicidarme", S),
    # medical: airway, heart, stroke, seizure, bleeding, collapse
    ("my husband just collapsed on the kitchen floor", M),
    ("my throat feels like its closing up after the infusion", M),
    ("shes having a seizure right now and her lips are blue", M),
    ("my dad is slurring his words and his face looks droopy", M),
    ("having crushing pressure in my chest", M),
    ("my baby is choking", M),
    ("cant breathe help", M),
    ("my BP is 220/130 after spravato and my head is pounding", M),
    ("she fell and hit her head and now she is confused", M),
    ("he is bleeding really bad and it wont stop", M),
    ("my wife suddenly cant move her right arm", M),
    ("is he having a stroke his face is drooping", M),
    ("he fell off a ladder and isn't moving", M),
    ("she has a history of seizures and she's seizing right now", M),
    ("tengo dolor en el pecho y no puedo respirar", M),
    ("me estoy ahogando", M),
]

LOOK_ALIKES = [
    # negation, including a negator earlier in the clause
    "i'm not having thoughts of self harm",
    "i have no plan or intent to hurt myself",
    "i am not suicidal and have never attempted",
    "i would never kill myself",
    "i'm not overdosing, i just feel a bit sleepy",
    "never had a seizure or stroke",
    # the past, long-standing conditions and habits
    "my grandfather overdosed years ago",
    "i used to cut myself in high school",
    "my brother died by suicide last year",
    "i had chest pain checked out and it was fine",
    "i have epilepsy, is ketamine safe",
    "my throat feels tight when i'm anxious sometimes",
    # information questions and conditionals about anyone
    "what does an overdose look like",
    "can spravato cause seizures",
    "does ketamine make suicidal thoughts worse",
    "will ketamine hurt my baby if im breastfeeding",
    "what should i do if someone is not breathing",
    "how do i know if someone is overdosing",
    "what are the warning signs of suicide",
    "do i need my epipen for the appointment",
    # idioms and ordinary clinic messages using the same words
    "this homework is killing me",
    "i overdosed on caffeine lol",
    "how do i end my subscription",
    "i'm writing a paper about suicide prevention",
    "my depression is not responding to treatment",
    "my doctor isn't responding to my messages",
    "i have blue cross insurance",
    "she has blue eyes",
    "i can't swallow pills, is there a liquid option",
    "it's hard to wake up in the morning on my meds",
    "i took all my morning pills like you said",
    "the appointment took too much time",
    "i'm going to jump in the shower then call you",
    "i want to cut back on my dose",
    "i won't be here next week can we reschedule",
    "i hurt myself at the gym",
    "my cat is choking on a hairball lol",
    "my leg went numb from sitting in the chair",
    "i'm not breathing well through my nose because of allergies",
    "i'm dying to get started",
]


def test_hand_written_cases_are_new():
    known = {m for messages in DATA.values() for m in messages}
    assert not known & ({t for t, _ in NEW_EMERGENCIES} | set(LOOK_ALIKES))


@pytest.mark.parametrize("text,expected", NEW_EMERGENCIES, ids=[t[:60] for t, _ in NEW_EMERGENCIES])
def test_new_phrasings_of_emergencies(detector, text, expected):
    assert category(detector, text) in FITTING[expected]


@pytest.mark.parametrize("text", LOOK_ALIKES, ids=[t[:60] for t in LOOK_ALIKES])
def test_new_look_alikes_do_not_fire(detector, text):
    assert detector.detect(text) is None


# --- (2b) the failure classes of blind round 2, each in words of our own --------

R = "possible_risk"
ROUND2_CLASSES = [
    # bystander signs with no drug named: dusky lips, chin on chest, shaken, slow breaths
    ("found my cousin in the hallway, lips ashy and he wont come to when i shake him", O),
    ("her fingertips are going bluish and her head dropped forward", O),
    ("he's breathing maybe once every ten seconds and i cant wake him", O),
    # ingestions told by count, by "the rest of", "on purpose", "all at once"
    ("i took like 30 of my lamotrigine", O),
    ("she swallowed the rest of her clonazepam an hour ago", O),
    ("se tomo todas sus pastillas de dormir de golpe", O),
    ("took way more oxycodone than i was supposed to and now im itchy and sleepy", O),
    # children and medicines, patches, batteries
    ("my 3 year old was sucking on a lidocaine patch and seems out of it", O),
    ("mi nieto de 2 anos se metio a la boca las pastillas de la presion", O),
    ("my toddler swallowed a button battery from the remote", M),
    # preparation, goodbyes, places, self-injury as an act
    ("my oxy pills are counted out on my nightstand for later", S),
    ("i know exactly how much it would take, i looked it up", S),
    ("bought a bag of charcoal and some tape today", S),
    ("my dad texted take care of the dogs for me and now wont pick up", S),
    ("tell my mom i tried, im sorry for everything", S),
    ("i keep stepping closer to the edge of the platform", S),
    ("estoy sentado en la azotea del edificio ahora", S),
    ("i keep banging my head against the wall until i see stars", S),
    ("me estoy cortando los brazos otra vez", S),
    ("my wife is in the garage and the engine is running with the door shut", S),
    # passive wishes and hopelessness: ask directly
    ("id honestly be fine if a truck hit me tomorrow", R),
    ("i keep praying not to wake up", R),
    ("running out of reasons to keep going with this pain", R),
    ("me siento como un estorbo para todos", R),
    # head injury, children, burns, water, infants, meningitis, glucose, blood pressure
    ("my son hit his head at the park and there's clear fluid coming from his nose", M),
    ("the baby is 6 weeks old and has a fever and wont feed", M),
    ("my daughter's ribs are sucking in with every breath", M),
    ("hot grease spilled all over his arm and the skin is peeling", M),
    ("pulled my nephew out of the pool, he's coughing and pale", M),
    ("high fever and a really stiff neck since this morning", M),
    ("his glucose meter says HI and he keeps vomiting", M),
    ("my reading is 210/125 and my vision is blurry", M),
]
ROUND2_LOOK_ALIKES = [
    "the copay is going to kill me lol",
    "me muero de ganas de empezar el tratamiento",
    "i almost died of embarrassment at my last visit",
    "for my pharmacology final, why does naloxone wear off so fast",
    "the intake form asks if i ever had thoughts of hurting myself, do i have to answer",
    "i have had anaphylaxis twice before, do you keep epinephrine there",
    "could i accidentally take too much of the spray at home",
    "my husband thinks i will hurt myself with the spray, how do i explain it",
    "burned my hand on the stove yesterday, can i still come in",
    "i watched a film about the suicide barrier on a famous bridge",
    "my wife gave me her old car, does parking cost extra",
    "i ate the rest of the cake before my appointment, is that ok",
]


ROUND3_CLASSES = [
    # medical red flags beyond the usual ones
    ("throwing up what looks like coffee grounds and my stool is black", M),
    ("7 weeks pregnant with sharp pain on my left side and my shoulder hurts, feel faint", M),
    ("gave birth last week and i am soaking a pad every hour with big clots", M),
    ("my uncle fell off the ladder and the bone is poking through his shin", M),
    ("got shocked by a live wire at the job site and my chest feels weird", M),
    ("bleach splashed into my eyes while cleaning, they burn so bad", M),
    ("my grandma is diabetic and she is shaking, sweaty and not making sense", M),
    ("after my infusion today she is having a seizure on the couch", M),
    ("a wasp stung me and now my face is puffing up", M),
    ("oxygen reading is 82 and he is confused", M),
    ("bebe de 2 meses con fiebre y bien flojito", M),
    # overdoses told by dose, count or a caregiver's mistake
    ("i think i gave my father his morphine twice tonight and he is very hard to wake", O),
    ("used the ketamine spray like 12 times since noon and i cant feel my legs", O),
    ("swallowed about 30 of my seroquel", O),
    ("me tome las pastillas de dormir con unas cervezas y la respiracion esta lenta", O),
    ("put on a second fentanyl patch without taking off the old one", O),
    # plans told by schedule, method or place
    ("the emails are scheduled for 6am and the will is signed", S),
    ("waiting until everyone is asleep, then i go", S),
    ("i am at the bus stop and i will step in front of the next bus", S),
    ("sitting on the fire escape with my legs over the edge", S),
    ("mañana cuando no haya nadie lo hago", S),
    # possible risk, more ways
    ("everything feels pointless lately, do you take medicaid", R),
    ("i am just dead weight to my family", R),
    ("i keep praying to god to take me in my sleep", R),
    ("honestly exhausted from existing", R),
    ("tengo 17 y a veces pienso en la muerte", R),
]
ROUND3_LOOK_ALIKES = [
    "where can i pick up free narcan kits for my building",
    "for my pharm final: miosis, respiratory depression, and what else?",
    "two summers ago my brother passed out and we gave him narcan, he is fine now",
    "de chiquito me dieron convulsiones por fiebre, puedo hacer el tratamiento",
    "estoy escribiendo una novela donde alguien tiene una sobredosis",
    "gun to my head i would still choose the infusion",
    "my breathing is fine, just checking if my inhaler is ok with the spray",
]


def test_round3_cases_are_not_copied_from_the_blind_sets():
    blind = blind_texts()
    assert not blind & ({t.lower() for t, _ in ROUND3_CLASSES} | {t.lower() for t in ROUND3_LOOK_ALIKES})


@pytest.mark.parametrize("text,expected", ROUND3_CLASSES, ids=[t[:60] for t, _ in ROUND3_CLASSES])
def test_round3_failure_classes_are_detected(detector, text, expected):
    if expected == R:
        assert category(detector, text) in (R, S)
    else:
        assert category(detector, text) in FITTING[expected]


@pytest.mark.parametrize("text", ROUND3_LOOK_ALIKES, ids=[t[:60] for t in ROUND3_LOOK_ALIKES])
def test_round3_look_alikes_do_not_fire(detector, text):
    assert detector.analyze(text)[0] == []


ROUND4_CLASSES = [
    # the same medicine again or too often; household poisons; renarcotisation
    ("my aunt gave dad his oxycodone and then i gave it again an hour later, he is very hard to rouse", O),
    ("she has been taking tylenol every 2 hours instead of every 6 and now she looks yellowish", O),
    ("mi hijo de 4 años se tomo cloro de una botella de agua", O),
    ("le dimos narcan y desperto pero se esta volviendo a dormir", O),
    ("my grandpa took the whole week of his pill organizer at once", O),
    # plans: timed messages, means in hand, windows, a plan that is still on
    ("i put a message on a timer for 6am so they find out after", S),
    ("tengo la navaja en la mano ahora mismo", S),
    ("estoy en la ventana del piso 9 y no se si saltar", S),
    ("the er sent me home but the plan is still tonight", S),
    # passive wishes in other words
    ("it would be a relief if i just got sick and never recovered", R),
    ("my dad says he is checking out of life and sees no reason to keep going", R),
    ("siento que soy un estorbo y ya no tengo fuerzas para seguir", R),
    # medical: burns, blood pressure after birth, infection, after a block, sugar, smoke, CO
    ("hot oil splashed on my arm and the skin is white and leathery", M),
    ("had my baby last week and my blood pressure is 168/112 with a pounding headache", M),
    ("the spot where they did my injection is leaking pus and i have a fever of 103", M),
    ("they did the nerve block this morning and now i am short of breath", M),
    ("his meter reads 35 and he is sweaty and confused", M),
    ("we ran the generator in the garage and now everyone has a headache and feels dizzy", M),
    ("mi hija tiene 3 semanas y tiene fiebre y no quiere comer", M),
]
ROUND4_LOOK_ALIKES = [
    "the nerve pain feels like getting electrocuted, how fast does the spray work",
    "what should my wife do if i have a seizure after the infusion? asking before my first one",
    "my son had an asthma attack last night and ended up in the er, he is home and fine now",
    "i'd die for an earlier appointment lol",
    "how does the clinic handle a patient who says they feel suicidal during a session",
    "having my wisdom teeth out next month, is that a problem",
]


def test_round4_cases_are_not_copied_from_the_blind_sets():
    blind = blind_texts()
    assert not blind & ({t.lower() for t, _ in ROUND4_CLASSES} | {t.lower() for t in ROUND4_LOOK_ALIKES})


@pytest.mark.parametrize("text,expected", ROUND4_CLASSES, ids=[t[:60] for t, _ in ROUND4_CLASSES])
def test_round4_failure_classes_are_detected(detector, text, expected):
    if expected == R:
        assert category(detector, text) in (R, S)
    else:
        assert category(detector, text) in FITTING[expected] | ({"poisoning"} if expected == O else set())


@pytest.mark.parametrize("text", ROUND4_LOOK_ALIKES, ids=[t[:60] for t in ROUND4_LOOK_ALIKES])
def test_round4_look_alikes_do_not_fire(detector, text):
    assert detector.analyze(text)[0] == []


ROUND6_CLASSES = [
    ("i keep letting the trains go by, maybe the next one", S),
    ("he bought a one way ticket and said he won't need the return", S),
    ("estoy arriba del andamio y pienso soltarme", S),
    ("my son ate 6 of the thc gummies from my purse and won't stay awake", O),
    ("she is on the bathroom floor, a syringe on the floor next to her, not responding", O),
    ("my roommate took too much ghb and is going in and out", O),
    ("the baby has a fever and purple dots that do not fade when i press a glass on them", M),
    ("grandpa is on warfarin, hit his head and keeps asking the same question over and over", M),
    ("since chemo he has a fever of 103 with shaking chills", M),
    ("i have basically given up, is there treatment for that", R),
    ("ya pronto dejo de molestarlos a todos", R),
]
ROUND6_LOOK_ALIKES = [
    "the season finale where she jumps off the bridge made me cry, what time do you open",
    "our podcast episode is about why they call it 'the suicide disease', can we quote you",
    "seizure free since 2018, can i get infusions",
]


@pytest.mark.parametrize("text,expected", ROUND6_CLASSES, ids=[t[:60] for t, _ in ROUND6_CLASSES])
def test_round6_failure_classes_are_detected(detector, text, expected):
    if expected == R:
        assert category(detector, text) in (R, S)
    else:
        assert category(detector, text) in FITTING[expected] | ({"poisoning"} if expected == O else set())


@pytest.mark.parametrize("text", ROUND6_LOOK_ALIKES, ids=[t[:60] for t in ROUND6_LOOK_ALIKES])
def test_round6_look_alikes_do_not_fire(detector, text):
    assert detector.analyze(text)[0] == []


def test_round6_cases_are_not_copied_from_the_blind_sets():
    blind = blind_texts()
    assert not blind & ({t.lower() for t, _ in ROUND6_CLASSES} | {t.lower() for t in ROUND6_LOOK_ALIKES})


ROUND8_CLASSES = [
    # opioid patches stuck on one's own skin: several, someone else's, to get high
    ("my brother put three of dad's duragesic patches on his chest to get high and now he won't wake up", O),
    ("se pego tres parches de morfina de su tia para drogarse y ahora casi no habla", O),
    # a bystander's signs inside a booking question: slow to respond, a bit blue
    ("can i move my appointment to friday? also my wife used earlier and now shes slow to respond and her lips are a little bit blue", O),
    ("quiero cambiar la cita del lunes, pero mi hermano se metio algo y tarda mucho en responder, tiene los labios morados", O),
    # drugs taken and a body that stops answering
    ("snorted some ket an hour ago and i can not feel my legs and i keep throwing up", O),
    ("se metio cocaina con tusi y no puede mover el cuerpo, vomito dos veces", O),
    # breaths counted per minute; a needle still in the arm
    ("my boyfriend breathes maybe 4 times a minute and theres a syringe still in his hand", O),
    ("mi vecino respira como 2 veces por minuto", O),
    # gas let out on purpose
    ("turned on all the burners without lighting them and shut the windows", S),
    ("deje abiertas todas las hornillas y cerre la puerta de la cocina", S),
    # the time of the act, told without a method
    ("sunday night after everyone is asleep. that is when.", S),
    ("el viernes en la madrugada. ese es el momento.", S),
    # how much it takes not to wake up
    ("how many of my sleeping pills would it take to never wake up", S),
    ("cuantas pastillas de dormir hacen falta para no despertar", S),
    # a threat tied to a condition, with the means at hand
    ("if the pain does not stop by tonight i will kill myself, i have the means", S),
    ("si no me dan cita hoy me mato, tengo con que", S),
    # a note on a door that warns whoever opens it
    ("my brother left a note on the bathroom door that says do not come in, call the police", S),
    ("hay una nota pegada en la puerta de mi mama que dice no entres, llama al 911", S),
    # passive risk: how much longer, not caring, not a burden for long, another mother
    ("not sure how much longer i can keep living like this, whats the soonest appointment", R),
    ("no se cuanto tiempo mas voy a aguantar, tienen cita esta semana?", R),
    ("honestly i do not even care what happens to me anymore", R),
    ("ya no me importa lo que me pase, solo quiero dormir", R),
    ("my father keeps saying he will not be a burden for much longer", R),
    ("ya no voy a ser una carga por mucho tiempo", R),
    ("i think my twins would be happier with a different mother", R),
    ("creo que mis hijos estarian mejor con otra madre, yo sobro en esta casa", R),
    # thoughts of suicide within the screener's past month
    ("I had some suicidal thoughts last week, can i still book a consult", R),
    ("he tenido pensamientos de matarme esta semana, aceptan medicaid?", R),
    # a first seizure, or what looked like one, and a person who does not answer
    ("my daughter had something like a seizure in the car and now she is not answering us", M),
    ("mi hijo tuvo lo que parecia una convulsion y ahora no responde", M),
    ("my husband just had his first seizure ever, he is confused", M),
    # an allergic reaction to a new antibiotic
    ("since i started the amoxicillin this afternoon my lips are swelling and i have hives everywhere", M),
    ("took the new antibiotic an hour ago and now i am itching all over and wheezing", M),
    ("se me hincharon los labios y tengo ronchas desde que empece la penicilina", M),
    # carbon monoxide: a household sick together beside a fuel-burning appliance
    ("everyone at home has a headache and feels sick to their stomach since the furnace came on", M),
    ("the space heater has been on all night and my husband and i are both dizzy and nauseous", M),
    # a blood-pressure reaction after a dose
    ("my wife used her nasal spray an hour ago, now she is pale with a cold sweat and says her head is about to explode", M),
    ("despues del tratamiento tengo sudor frio y siento que la cabeza me va a explotar", M),
    # after a birth: a seizure, a faint, the worst headache
    ("gave birth 10 days ago and i just fainted, my vision is blurry", M),
    ("had my baby 2 weeks ago and last night i had a seizure", M),
    ("di a luz hace dos semanas y tengo el peor dolor de cabeza de mi vida", M),
    # chest pain and breathlessness told of someone else, in Spanish
    ("a mi papa le duele el pecho y le falta el aire", M),
    ("a mi esposa le falta el aire y no puede hablar bien", M),
    # the look-alike markers stop where the emergency starts
    ("i would rather die than live like this", S),
    ("i was laughing and suddenly my chest hurts and my left arm is numb", M),
    ("i took my night pills twice, that is my zinc and my methadone", O),
    ("she passed out and she is fine now but her lips are blue", M),
]
ROUND8_LOOK_ALIKES = [
    "i put two lidocaine patches on my lower back, is that ok before the infusion?",
    "my mom wears a fentanyl patch for cancer pain, can she still do spravato",
    "your front desk is really slow to respond to my emails, can i book online instead",
    "the last time i had iv ketamine i vomited afterwards, should i fast",
    "i breathe 12 times a minute when i meditate, is that good",
    "i do not know how much longer i can keep doing this commute every week, do you have telehealth",
    "how long can i keep doing this treatment safely?",
    "abri el gas para cocinar y olia raro, llame a la compania",
    "gas has been on in the oven since noon, roasting a ham for my mom's party, are you open tomorrow",
    "tomorrow at 3pm, that is when my appointment is",
    "how much ketamine does it take to kill the pain",
    "no tengo con que pagar la consulta, hay descuentos?",
    "if this does not work i will try tms",
    "i do not care what happens with insurance, i just want to book",
    "the copay will not be a problem for much longer, my new insurance starts in january",
    "my baby is so much happier with her other grandma around lol",
    "me sobro tiempo antes de la cita, puedo llegar antes?",
    "i had suicidal thoughts years ago in college, does that disqualify me",
    "de joven pense mucho en suicidarme, eso fue hace veinte anos, me aceptan igual?",
    "i felt hopeless last month but the infusions helped a lot, now i am doing great",
    "is a first seizure a known risk with esketamine?",
    "does amoxicillin cause a rash?",
    "the boiler broke so no hot water, can i reschedule",
    "everyone in my family has headaches, is migraine genetic?",
    "my head is going to explode with all this paperwork lol",
    "after each spravato session my cheeks go red for an hour, anyone else?",
    "i gave birth 3 months ago, can i do spravato while breastfeeding",
    "me falta el aire cuando subo escaleras desde siempre, eso afecta el tratamiento?",
    "the insurance company will not answer us, can you call them",
    "la clinica tarda mucho en responder los correos, hay otro numero?",
    "i called twice and they are really slow to respond, is anyone there?",
    "the kids have headaches and the oven is broken, can we come later",
    "i can not get up early, my head is about to explode lol",
]
# Look-alikes whose crisis words are ruled out, so that DIET's reading is
# overruled too (harmless doses, a faint that is over, a handled event,
# information questions, hyperbole, laughter, a person one "ends it" with).
ROUND8_RULED_OUT = [
    "took my night meds twice by mistake, they are only probiotics and magnesium",
    "my aunt fainted at the christmas party from the heat, she is fine, can she do ketamine for her depression",
    "my uncle overdosed on heroin on saturday and is now admitted and stable, do you take referrals from the hospital",
    "mi primo tomo demasiadas pastillas ayer, esta internado y estable, lo pueden atender despues?",
    "es verdad que las pastillas falsas pueden tener fentanilo?",
    "what is naloxone and do i need a prescription",
    "i would rather die than sit in traffic for two hours, do you have a brooklyn office",
    "prefiero morirme que ir al dentista jaja, las infusiones duelen?",
    "i need to end things with my therapist, can i switch to one of yours",
    "every visit dad announces he is 'ready to go', meaning he wants to leave the rehab place and get home. can you see him for depression?",
    "how do you handle it when a patient says they want to die during an infusion?",
    "que hace el personal cuando una paciente dice que se quiere morir durante la infusion?",
    "me cortaba de joven, ahora tengo 40, eso importa para el tratamiento?",
    "my chest hurt from laughing so hard at the comedy show, anyway are you open sunday",
    "casi me ahogo de la risa con el video, cuanto cuesta la consulta",
    "when the bill came i nearly had a stroke over the total lol, is there a payment plan",
    "por poco me da un infarto con la factura del hospital, aceptan medicaid?",
]


def test_round8_cases_are_not_copied_from_the_blind_sets():
    blind = blind_texts()
    ours = {t.lower() for t, _ in ROUND8_CLASSES} | {t.lower() for t in ROUND8_LOOK_ALIKES + ROUND8_RULED_OUT}
    assert not blind & ours


@pytest.mark.parametrize("text,expected", ROUND8_CLASSES, ids=[t[:60] for t, _ in ROUND8_CLASSES])
def test_round8_failure_classes_are_detected(detector, text, expected):
    if expected == R:
        assert category(detector, text) in (R, S)
    else:
        assert category(detector, text) in FITTING[expected] | ({"poisoning"} if expected == O else set())


@pytest.mark.parametrize("text", ROUND8_LOOK_ALIKES, ids=[t[:60] for t in ROUND8_LOOK_ALIKES])
def test_round8_look_alikes_do_not_fire(detector, text):
    assert detector.analyze(text)[0] == []


@pytest.mark.parametrize("text", ROUND8_RULED_OUT, ids=[t[:60] for t in ROUND8_RULED_OUT])
def test_round8_look_alikes_are_ruled_out_and_overrule_diet(detector, text):
    assert detector.analyze(text) == ([], True)


def test_round2_cases_are_not_copied_from_the_blind_sets():
    blind = blind_texts()
    assert not blind & ({t.lower() for t, _ in ROUND2_CLASSES} | {t.lower() for t in ROUND2_LOOK_ALIKES})


@pytest.mark.parametrize("text,expected", ROUND2_CLASSES, ids=[t[:60] for t, _ in ROUND2_CLASSES])
def test_round2_failure_classes_are_detected(detector, text, expected):
    if expected == R:
        assert category(detector, text) in (R, S)
    else:
        assert category(detector, text) in FITTING[expected]


@pytest.mark.parametrize("text", ROUND2_LOOK_ALIKES, ids=[t[:60] for t in ROUND2_LOOK_ALIKES])
def test_round2_look_alikes_do_not_fire_and_overrule_diet(detector, text):
    detections, ruled_out = detector.analyze(text)
    assert detections == []


# --- (3) normalisation ---------------------------------------------------------

@pytest.mark.parametrize("raw,expected", [
    ("hes not breating rn", "he is not breathing right now"),
    ("HE\u2019S NOT BREATHING", "he is not breathing"),
    ("She ODd", "she overdosed"),
    ("that's odd", "that is odd"),  # "odd" is only an overdose after a pronoun
    ("i think im od ing", "i think i am overdosing"),
    ("my friend is odding", "my friend is overdosing"),
    ("i want to kill my self", "i want to kill myself"),
    ("no one would care", "nobody would care"),
    ("he hasn't moved", "he has not moved"),
    ("won't", "will not"),
    ("mi mamá está teniendo una convulsión", "mi mama esta teniendo una convulsion"),
    ("bp 210/120", "bp 210 over 120"),
    ("pleeeeease", "pleease"),
    ("i wanna kms", "i want to kill myself"),
    ("my bf took fent", "my boyfriend took fentanyl"),
    # "'s" after a noun or a time word is "is" (or "has" before a participle), never a possessive
    ("the gun's loaded", "the gun is loaded"),
    ("tomorrow's the day", "tomorrow is the day"),
    ("my brother's not breathing", "my brother is not breathing"),
    ("the baby's been throwing up", "the baby has been throwing up"),
    ("my mom's pills", "my mom's pills"),
    ("today's appointment", "today's appointment"),
    ("let's talk", "let's talk"),
    # round 38 (k): "rn" is a registered nurse where the job comes with it, else "right now"
    ("I'm an RN", "i am an rn"),
    ("as an rn i know the signs", "as an rn i know the signs"),
    ("ICU RN here, quick question", "icu rn here, quick question"),
    ("night shift rn here", "night shift rn here"),
    ("im a night shift rn", "i am a night shift rn"),
    ("soy rn de la uci", "soy rn de la uci"),
    ("RN, BSN, 12 years", "rn, bsn, 12 years"),
    ("the rn said he is fine", "the rn said he is fine"),
    ("im scared rn", "i am scared right now"),
    ("he's not breathing rn", "he is not breathing right now"),
    ("we're at the ER rn", "we are at the er right now"),
    ("my dad is in the icu rn here, help", "my father is in the icu right now here, help"),
    ("im on night shift rn", "i am on night shift right now"),
    ("i need to call her rn", "i need to call her right now"),
])
def test_normalize(raw, expected):
    assert normalize(raw) == expected


# --- (4) inputs that must not break it -----------------------------------------

# A guard against catastrophic backtracking, not a speed measurement (that is
# bench/'s job): a long message takes about 1 s here when the machine is quiet
# and up to 3 s beside a CI run; a pattern that backtracks badly takes minutes.
BACKTRACKING_GUARD_SECONDS = 15.0


@pytest.mark.parametrize("text", [
    "", " ", "\n\t  ", "\U0001f62d\U0001f62d\U0001f62d", "\U0001f642" * 3000, "a" * 5000,
    "word " * 1000, "?!?!...", "\u00bf\u00a1", "\x00\x01",
])
def test_empty_odd_and_long_input_returns_none_quickly(detector, text):
    started = time.perf_counter()
    assert detector.detect(text) is None
    assert time.perf_counter() - started < BACKTRACKING_GUARD_SECONDS


def test_a_long_message_is_still_read(detector):
    started = time.perf_counter()
    assert category(detector, "word " * 900 + "i want to die") == S
    assert time.perf_counter() - started < BACKTRACKING_GUARD_SECONDS


def test_every_phrase_family_has_its_vocabulary_filled_in():
    """A family written as r"..." instead of rf"..." keeps "{W}" literally and
    never matches anything."""
    import re

    from bot.crisis import phrases

    families = [*phrases.CATEGORY_PHRASES.values(), phrases.UNRESPONSIVE, phrases.BREATHING,
                phrases.CYANOSIS, phrases.STUDY_MARKERS]
    for family in families:
        for pattern in family:
            assert not re.search(r"\{[A-Z_]+\}", pattern), pattern
            assert not re.search(r"\\\\[a-z]", pattern), pattern  # "\\w" in an rf-string
            re.compile(pattern)
