"""Round 50's English self-harm told by deeds, by a caregiver, or about an old man with a gun (helper b;
tests/unit/test_crisis_classes_by_round.py checks them, key 501). Classes the detector missed, each now read
through round 50 (b)'s families in phrases.py:
(1) a farewell told by deeds with a day named: borrowed things given back, debts paid, letters written, a pet
handed to a neighbour, a room emptied, and a weekday or a date when it will be over
(FAREWELL_BY_DEEDS_WITH_A_DAY_50B): self-harm;
(2) an old husband, father or grandfather with his service revolver or a gun behind a locked door, who has
said he is a burden or that everyone would be better off, relayed now (OLD_MAN_GUN_LOCKED_IN_BURDEN_50B):
self-harm;
(3) a caregiver or an aide, in broken English, who finds the person in their care has cut a wrist or an arm
while the aide was in the shower or the kitchen, bleeding now (CARER_FINDS_WRIST_CUT_50B): self-injury;
and thoughts back now with a plan after years of being well (THOUGHTS_BACK_WITH_A_PLAN_50B): self-harm.
False alarms ruled out by two new filters (patterns.py, round 50 (b)): a Bible study or a church group that
discusses suicide and faith as a topic, and the writer's dark place years ago, better now on hormone therapy or
treatment, beside a clinic question (LOOK_ALIKES); each gives way to the writer's own means ready, thoughts
back tonight or a plan (STILL_EMERGENCIES). QUIET holds the families' own look-alikes: an aide's ordinary cut
(a finger, a shaving nick), a retired officer's gun safe, a move with its chores, a plan for treatment.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_FAREWELL_BY_DEEDS = [
    ("returned my neighbor's drill, paid what i owed everyone, gave rex to the family across the street. by thursday it's finished", S),
    ("i've been closing things out. books back to the library, car loan paid, a letter for each of my sisters. it'll be done monday", S),
    ("cleaned my apartment top to bottom, gave the cat to my cousin, returned all the borrowed stuff. wednesday is when it stops", S),
    ("all my debts are squared away and my room is cleaned out and the dog is with the neighbors now. after tuesday none of it will matter", S),
    ("took back everything i had borrowed, cleared every debt, the letters are in the drawer. by the weekend i will be gone", S),
    ("paid my last bills, returned my friends things, left letters for everyone. on the 3rd it all ends", S),
    ("Gave away the dog, cleaned out my closet, returned the borrowed tools. Friday night it ends for good.", S),
    ("I've paid everyone back and written my letters and found a home for my dog. Saturday I'm done.", S),
    ("gave my dog to the lady next door and returned my brothers truck and paid off what i owed. by friday this will all be over", S),
    ("paid back my brother, returned the library books, cleaned out my room. friday its done", S),
    ("settled every debt, wrote letters for mom and my sister, emptied my room. it will all be over by the 14th", S),
    ("everything is returned, debts paid, letters written. saturday is the day", S),
]
_OLD_MAN_GUN = [
    ("my grandfather locked himself in the garage with his old revolver from the army. he's been telling us he's a burden", S),
    ("my father in law has his service pistol and locked the bedroom door, he said we'd be better off without him. what do we do", S),
    ("grandpa is in his room with the door locked and his gun. he kept saying everyone would be better off", S),
    ("my husband is 79, he got his old revolver out of the closet and locked himself in the den, keeps saying he's only a burden to me now", S),
    ("grandad locked the shed door and has his service revolver in there. he told my mum last week he's a burden on everyone", S),
    ("my elderly father has his old gun and wont open the door, he says he is a burden to the family", S),
    ("My father has been saying he's a burden, now he's locked in his room with the rifle.", S),
    ("my dad is 88 and took his navy pistol into the workshop, the door is locked, last night he said mom would be better off", S),
    ("papaw won't come out of the bedroom, he has the old colt from vietnam and keeps saying he's nothing but a burden", S),
]
_CARER_FINDS_CUT = [
    ("i am home aide. i go in the shower room for clean, when i come back mrs rosa she cut her wrist with razor. blood coming, what i do now", S),
    ("please help, i caregiver for old man, i leave him 10 minute for cook, he cut the arm with the kitchen knife, bleeding very much", S),
    ("i work like aide for grandma, i go to kitchen and she take the scissor and cut her wrist, much blood on the bed", S),
    ("sorry my english. i take care of mister tom. i was washing dishes and he cut himself arm with glass, blood not stop", S),
    ("help i am caregiver, the lady i take care she is cut her wrists in bathroom when i make lunch. she bleeding", S),
    ("i am nurse aide at house, i was out for 5 min to shower, the client he make cut on his arm with blade, lot of blood now", S),
    ("the man i care for, when i go shower he cut the wrist. now bleeding, he say he want die", S),
    ("i look after old woman, when i go bathroom she cut arm many times with knife, blood on floor", S),
    ("I am carer, I come back from kitchen and sir has cut his wrist. The towel is full of blood", S),
    ("lady i care for, she slice her arm with razor when i wash dishes, much blood on towel now, only me here", S),
]
_THOUGHTS_BACK_PLAN = [
    ("i was in a really dark place a few years back, better on hrt since, but tonight it all came back and i worked out a plan. what do i do?", S),
    ("the urges are back this week after 4 good years and i know exactly how i would do it", S),
]
CLASSES = _FAREWELL_BY_DEEDS + _OLD_MAN_GUN + _CARER_FINDS_CUT + _THOUGHTS_BACK_PLAN

LOOK_ALIKES = [
    # a church group's topic
    "our bible study is reading about judas and suicide this week, how do we talk about it with faith?",
    "at church we discussed whether suicide is a sin, our pastor wants to know if ketamine treatment is something he can recommend",
    "my small group at church is discussing suicide and faith, we want to invite someone from your clinic",
    "in sunday school we talked about suicide and whether god forgives it. do you offer group talks?",
    "Our women's prayer group wants a lesson on suicide, scripture and grace. Could a clinician speak?",
    # a dark place years ago, better now on treatment, a clinic question
    "back in 2019 everything got so bleak i did not want to be alive, but since starting testosterone my mood is steady. can i do spravato while on T?",
    "a couple years back i wanted to end my life. since starting testosterone i feel like myself. is ketamine ok with hrt?",
    "when i was 19 i was in a very dark place and wanted to die. i'm 30 now and on treatment, doing great. do you take cigna?",
    "i went through a suicidal phase years ago but i'm so much better now on estrogen, what are your hours?",
]

QUIET = [
    "i am aide, i cut my finger with kitchen knife when i cook for mister tom, i put bandage, it is ok",
    "when i shave mister john i make small nick on his cheek, i clean and put bandaid",
    "the lady i care for cut her finger on a can, i wash and bandage it, small cut",
    "i am caregiver, grandma scratch her arm on the door by accident, little blood, i put bandage",
    "retired deputy here, i keep my service revolver in a safe. is that a problem for ketamine therapy?",
    "my grandpa is a retired marine and still has his old service revolver in a locked cabinet, can he do infusions?",
    "i am a retired police officer, i have a gun safe at home. do i need to tell you about my firearm permit before treatment?",
    "returned the keys, paid the last rent, cleaned out my room. by friday it's done and i'm moving to denver",
    "paid off my car loan and returned the library books, by friday it's done, the semester is finally over",
    "my back pain came back this week and i have a plan with my doctor, can i book ketamine?",
    "the cancer came back and i have a treatment plan now, does ketamine help with the depression?",
]

STILL_EMERGENCIES = [
    ("our bible study talked about suicide and faith tonight and honestly i have my pills ready right now", S),
    ("we discussed suicide in church small group last night. i didn't say anything but i've got the pills lined up on my nightstand", S),
    ("at bible study they said suicide is a sin but i want to die anyway, i have the bottle next to me", S),
    ("i was in a dark place years ago and got better on hormone therapy, but the thoughts came back tonight and i have a plan. can i get in tomorrow?", S),
    ("years ago i was suicidal, i've been stable on meds, but this week the thoughts are back and i know how i'd do it. do you have openings?", S),
    ("my grandpa is a retired marine with his service revolver, he locked himself in the garage and keeps saying he is a burden to all of us", S),
    ("i'm a retired cop, i keep my gun in a safe, but lately i've been thinking everyone would be better off without me and i have it out now", S),
    ("i am her aide, i cut my finger cooking for mrs lee, but when i came back from the bathroom she had cut her wrist and is bleeding now", S),
]

OVERDOSE_KIND = []

NOT_RULED_OUT = []
