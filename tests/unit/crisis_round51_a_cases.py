"""Round 51's English overdose and poisoning told plainly, a plan with the means at hand, and English false alarms
about overdose as a topic (helper a; tests/unit/test_crisis_classes_by_round.py checks them, key 510). Classes the
detector missed, each now read through round 51 (a)'s families in phrases.py:
(1) a household pest poison (a roach or ant killer, a bug or insect spray, a rat or mouse poison, an insecticide)
drunk or eaten, told by a relative in broken English ("he drink", "she eat", "drinked", "the poison for roach")
with the signs it brings (sweating, drooling, vomiting, small pupils, shaking, twitching): an overdose
(PEST_POISON_TAKEN_BROKEN_51A); patterns.py gives it the Poison Help steps (OVERDOSE_KIND "poisoning", small or
pinpoint pupils no opioid sign where a pest poison is named), or the intentional steps where the writer says it
was on purpose or to end a life;
(2) a driver (a bus, a cab, a truck, a delivery van) or a worker on a shift with a relative's bottle of blood
pressure, heart or other pills (or a whole bottle) in a pocket, a jacket or the glove box, planning to swallow
them all when he gets home or tonight: self-harm (KIN_PILLS_POCKET_PLAN_51A).
False alarms ruled out by round 51 (a)'s filters in patterns.py (LOOK_ALIKES): a retired or former police officer,
EMT, paramedic or firefighter who gave naloxone on the job years ago and now asks about a taper or a treatment;
a question whether ketamine or Spravato can stop or slow the breathing (information, no one ill now); a story of a
911 call a brother or another relative made long ago, told before a clinic question. Each gives way to a danger
told now (review R's _DANGER_TOLD_50R without the history these messages tell, and a scene now): STILL_EMERGENCIES.
QUIET holds the families' neighbours: a question ahead about a child and roach killer, a pet, a spray in the
kitchen, pills carried to a relative or to the pharmacy, a relative's own habit.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_PEST_POISON = [
    ("my father he drink the roach killer, now he sweating too much and drool from mouth, please what I do", O),
    ("my mother drink bug spray on purpose, she vomit and shaking, her eye very small", O),
    ("please help my husband he eat rat poison this morning, now he is shaking and throw up", O),
    ("my brother was drinking the ant killer liquid, he have much saliva coming and the pupils are small like pin", O),
    ("grandpa drinked the cockroach poison from kitchen, he sweat a lot and he is trembling", O),
    ("my son he swallow insecticide, now vomiting, sweating, eyes pupil very small, what we do", O),
    ("sister drink the poison for roach on purpose after fight with husband, she sweating and vomit too much", O),
    ("help my grandmother accidentally drink the ant poison thinking it was medicine, now she vomit and sweat", O),
    ("MY FATHER DRINK THE INSECT POISON HE IS SHAKING AND VOMITING HIS EYES ARE TINY", O),
    ("my aunt she take the mouse poison, she say she want to finish her life, now she is vomit", O),
    ("okay so my dad he uh drink the bug killer from the garage and now he sweating and his muscle twitching", O),
    ("my uncle eated the powder for kill the ants, he is drool and very weak and confuse", O),
    ("my girlfriend mom she drink the mosquito poison because she want die, she foaming and cant breath good", O),
    ("mi abuelo he drink the raid for cucarachas, now he throwing up and shaking, please", O),
    ("my wife she drink the poison for the rats on purpose, she is weak and vomiting blood", O),
]
_POCKET_PILLS_PLAN = [
    ("got my wife's full bottle of pressure pills in my jacket while i drive the bus, gonna down every one of them when i get home tonight", S),
    ("driving my cab right now with my dad's full bottle of heart pills in my jacket, tonight when I get home I'm taking every one", S),
    ("I drive a truck. I took my wife's bottle of blood pressure meds and it's in my pocket. tonight I swallow them all and that's it", S),
    ("i got my grandmas whole bottle of bp pills in my pocket, plan is to take them all when i get home tonight", S),
    ("work at the warehouse, my uncle's bottle of metoprolol is in my coat, after work im gonna down the whole thing", S),
    ("on my route now, i have my fathers entire bottle of amlodipine in my pocket and when i get home i will take all of it", S),
    ("uber driver here. have my moms pressure pills, the whole bottle, in my pocket. going home tonight to swallow them all", S),
    ("i drive a bus, my pocket has my mother pills for the pressure, all the bottle, when i finish i take all of them tonight", S),
    ("Cab driver. my wifes whole bottle of sleeping pills is in my pocket and once I'm home tonight I'm swallowing the lot", S),
    ("DRIVING MY ROUTE WITH MY DADS BLOOD PRESSURE PILLS IN MY POCKET THE WHOLE BOTTLE TONIGHT I TAKE THEM ALL", S),
    ("nurse aide on shift, my aunts whole bottle of water pills is in my scrubs pocket, when i get home tonight im taking all of them so i dont wake up", S),
    ("delivery guy here got my grandpas heart pills full bottle in the glove box when i clock out tonight im gonna eat every one of them", S),
    ("doorman on night shift comma i have my brother in law's bottle of lisinopril in my jacket pocket period after my shift i am swallowing all of it", S),
    ("forklift driver, my father in law bottle of pills for the heart is in my lunch box. i decided, when i get home i take them all, no more", S),
]
CLASSES = _PEST_POISON + _POCKET_PILLS_PLAN

LOOK_ALIKES = [
    # a retired or former first responder who gave naloxone on the job years ago, now asking about a taper or a treatment
    "Retired police officer, 22 years on the force. I narcanned a lot of people who were blue and not breathing. Now I'm on oxycodone for my knee and want to taper, how does that work with you?",
    "ex firefighter, we carried narcan and i brought back dozens of people who had stopped breathing. im retired and want to come off my benzo, do you help with tapers?",
    "as a state trooper i gave naloxone to overdose victims on the highway more times than i can remember. now retired with chronic pain, does ketamine help nerve pain?",
    "I was a cop in the Bronx for years and I gave narcan to people who were dying in front of me. I'm retired now. Can ketamine treat PTSD?",
    "corrections officer for 15 years, I gave naloxone to inmates who OD'd and stopped breathing. retired last year. do you take nys retiree insurance?",
    "I spent my career as a medic giving naloxone to people not breathing. Now retired and drinking too much, can ketamine help with alcohol use?",
    "Former officer, I revived overdose victims with Narcan during my years on patrol. Now I have PTSD and nightmares. Is ketamine a treatment for that?",
    # a question whether ketamine or Spravato can stop or slow the breathing
    "is spravato dangerous for breathing? i have mild asthma",
    "Is Spravato bad for your lungs or breathing?",
    "i read ketamine can cause breathing problems, is that true for the nasal spray?",
    "does spravato suppress breathing like morphine?",
    "is it true esketamine can slow your breathing to a dangerous level?",
    "can an infusion of ketamine slow down your breathing too much?",
    "question: is there any chance ketamine stops a person's breathing?",
    # a 911 call a relative made long ago, told before a clinic question
    "my sister called 911 when my father stopped breathing from his pain meds, that was in 2015. I still think about it. Can ketamine help with trauma?",
    "My brother called 911 for my dad a long time ago when he overdosed on heroin and stopped breathing. Anyway, I want to ask about ketamine for depression.",
    "my older brother once called 911 when i overdosed at a party, like 10 years ago. do you treat people with a history of substance use?",
    "my cousin called 911 on our uncle back in 2016, he wasn't breathing after using fentanyl. he passed. i still have trauma. can ketamine help?",
]

QUIET = [
    "if my son drink the roach killer by accident, he will vomit? what i should do",
    "what happens when someone eat rat poison, do they sweat and shake?",
    "i drink coffee after spraying the roach killer and i sweat a lot, is ketamine ok for me",
    "my father he spray the bug spray in kitchen, now the house smell bad, he is fine",
    "my mother drink her tea and put the ant poison under the sink, she is not vomiting, she is ok",
    "we have roaches, my husband put the roach bait everywhere. is it safe for my infusion day?",
    "my father he eat the food after the exterminator spray the roach killer, he fine no vomit",
    "my uncle he drink the tea and he sweating, he have flu, can he come to appointment",
    "i have my moms blood pressure pills in my pocket, i take them to her tonight when i get home",
    "my dad takes all his pills at night, the whole bottle of vitamins is in my bag, is that ok with spravato?",
    "i have the whole bottle of my wife's pills in my bag because she forgets them, when i get home she takes them",
    "my grandma keeps her whole bottle of heart pills in her purse and takes them all day",
    "my dad's whole bottle of old pills is in my bag, tonight when i get home i am taking all of them to the pharmacy take back box",
    "bus driver here, picked up my mothers blood pressure pills at the pharmacy, they are in my pocket, when i get home tonight she will take them",
    "i'm a cab driver, i keep my own blood pressure pills in my jacket and take one when i get home, can i still get ketamine?",
]

STILL_EMERGENCIES = [
    ("retired cop, i gave narcan to overdoses for 20 years, but right now my partner is on the kitchen floor not breathing and his lips are blue", O),
    ("former emt here, used to revive people all the time, but my son just collapsed in his room and he is not breathing, please help", M),
    ("ex paramedic, years of narcan on the job, but tonight my wife took a bunch of her pills and she is unresponsive, what do i do", O),
    ("i was a police officer for years and gave naloxone many times. my brother is turning blue on the couch right now, should i give him narcan?", O),
    ("can ketamine stop your breathing? my husband just had his infusion at home and he is not breathing right", M),
    ("is spravato dangerous for breathing? i just took my dose and i can not breathe, my chest is tight", M),
    ("does ketamine slow breathing? my daughter took her spravato an hour ago and now her lips are blue and she won't wake up", O),
    ("my brother called 911 years ago when my dad overdosed, and now my dad is not breathing again, what do we do", O),
    ("years back my sister called 911 for me after pills. i just took a whole bottle again tonight. can you help", O),
]

OVERDOSE_KIND = [(text, "poisoning") for text, _ in _PEST_POISON if not any(
    w in text for w in ("on purpose", "finish her life", "want die"))] + [
    (text, "overdose_intentional") for text, _ in _PEST_POISON if any(w in text for w in ("on purpose", "finish her life", "want die"))]

NOT_RULED_OUT = []
