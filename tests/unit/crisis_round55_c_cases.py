"""Round 55's English emergencies told calmly or sideways, in many voices (helper c; tests/unit/test_crisis_classes_by_round.py
checks them, key 550): Caribbean English and patois, learners of English, literal or formal registers, text-speak,
clinicians, veterans and police. Classes the detector missed, each now read through round 55 (c)'s families in
phrases.py:
(1) a lethal plan told calmly by a clinician or a technician: a drug drawn up or set aside at work (pentobarbital,
potassium, insulin, propofol, fentanyl) kept in a locker, a bag or a pocket, a time ("i'm off at 11", "after my
shift") and the act on oneself: self-harm (CLINICIAN_LETHAL_PLAN_55C);
(2) a gun by a slang or a job's name ("my piece", "service weapon", "my nine", "the .38", "di strap") sat with or
held for hours, with despair or "too late": self-harm (GUN_HELD_FOR_HOURS_55C);
(3) preparatory acts told as a last time (clothes washed one last time, one last walk with the dog, the apartment
cleaned for whoever finds it) with the means on one's person and a time: self-harm (LAST_TIME_WITH_MEANS_55C);
(4) wrists or arms cut, told plainly, with the bleeding now, in a dressing room, a work bathroom or backstage:
self-harm (CUT_WRISTS_BLEEDING_NOW_55C; round 48 (a)'s filter of a cut by accident read "at work" as the
accident and now stops at it);
(5) the ask tier told sideways: riding "like i want the bus to win", "not trying to die, just don't care", thoughts
of being dead counted per day after a plan denied, a patois prayer to be taken home, "not there but not far" beside
a profession's suicide rate (an older "suicide rate" filter now stops at it) (WANT_THE_VEHICLE_TO_WIN_55C,
COUNTED_THOUGHTS_OF_DEATH_55C, PRAY_TO_BE_TAKEN_55C, NOT_THERE_BUT_CLOSE_55C);
(6) an overdose told as a pill count with its signs (several tramadol or oxycodone at once, then jerking, a racing
heart, too sleepy: already read, kept here), and a blood-pressure or a sugar medicine taken twice by mistake, told
in patois, with weakness, sweat or the heart jumping: an overdose (DOUBLED_PRESSURE_SUGAR_MED_SIGNS_55C).
False alarms ruled out by round 55 (c)'s filters in patterns.py (LOOK_ALIKES): a nurse's teaching question about the
blood-pressure checks after a Spravato dose, a teacher's joke that the kids "overdosed on Takis" or that the mile
run "killed them". Each gives way to a danger told now (STILL_EMERGENCIES).
QUIET holds the families' neighbours: a nurse's own insulin taken after a shift, a gun licence or storage question,
one last walk before a move, a cut by accident at work, a team that should win, a prayer for a safe trip home.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_CLINICIAN_PLAN = [
    ("ICU nurse here. I drew up a syringe of potassium chloride at work and it is in my locker. I'm off at 11 and I will push it into myself at home.", S),
    ("vet tech. the pentobarbital i set aside is in my bag. after my shift tonight im using it on myself", S),
    ("As an anesthesiologist I have propofol drawn up in my backpack. My shift ends at 7 and then I will inject all of it.", S),
    ("im a paramedic, got a vial of fentanyl in my locker. off at midnight and thats when i end it", S),
    ("mi a nurse, mi put up di insulin inna mi locker, after mi shift tonight mi a go tek it all", S),
    ("I am vet technician. I keep the pentobarbital in my locker. After my shift finish today I will use it for myself.", S),
    ("pharmacist. walked out with fentanyl patches from the vault, they are in my car. when i clock out i am putting them all on myself", S),
    ("Respiratory therapist. I have insulin pens stashed away in my scrubs. When I get off at 11 I am taking all of it.", S),
    ("CRNA, writing this calmly. Propofol is drawn up and sitting in my coat pocket. Once I clock out I am going to do it.", S),
    ("i work at an animal hospital. put aside some euthasol, its in my purse. after my shift i will inject it into my arm", S),
    ("nurse on nights. the kcl is in my lunch box. i finish at 7am and that is when i will be gone", S),
    ("doc here. i took insulin home from the unit, its in my car. off at 11 and im going to take the whole pen", S),
]
_GUN_FOR_HOURS = [
    ("been sitting with my piece in my lap for three hours. its too late for me", S),
    ("officer here. had my service weapon in my hand since midnight. nothing matters anymore", S),
    ("holding my nine for hours now, no point in any of it", S),
    ("got the .38 on the table in front of me for hours now, its too late", S),
    ("mi siddung wid di strap inna mi lap from evening, mi cyaa tek it no more", S),
    ("retired cop. been in the garage with my old service revolver all night. too late to fix any of it", S),
    ("vet. sat on the porch with my off duty piece since 9pm. nobody would miss me", S),
    ("Good evening. I have been holding my pistol for several hours. I think it is too late for me.", S),
    ("had my glock in my mouth like 2 hours ago and its still in my hand, im so done with everything", S),
    ("me a hold di gun fi hours now, mi tired of dis life", S),
]
_LAST_TIME = [
    ("washed all my clothes one last time and i have the pills in my pocket. doing it when i get home", S),
    ("took the dog for one last walk. the pills are in my jacket. tonight when i get home", S),
    ("I cleaned the apartment for whoever finds me. pills in my bag, when I get home it is done.", S),
    ("mi wash out all mi clothes one last time, di tablet dem inna mi pocket, when mi reach home", S),
    ("fed the cat one last time and left the door unlocked for whoever finds me. razor blade in my backpack, tonight", S),
    ("Last walk with Buddy today. I have the bottle in my coat pocket and I will take it when I get home.", S),
    ("i cleaned every inch so whoever finds it wont have to. the rope is in my car. tonight", S),
    ("Made my bed for the final time. The sleeping pills are with me in my bag. Later tonight.", S),
    ("one last coffee at my fav spot, meds in my hoodie pocket, when i get back home its over", S),
]
_CUT_WRISTS = [
    ("i cut my wrists in the bathroom at work, bleeding wont stop", S),
    ("i cut my wrists in the dressing room and its bleeding more than i thought", S),
    ("cut both wrists in the staff bathroom and the blood is running down my arm", S),
    ("i cut my arms in the staff toilet, blood is running down my arm", S),
    ("just cut my wrists backstage before the show, bleeding way more than i thought", S),
    ("I have cut my wrist deep in the work restroom. It is bleeding heavily.", S),
    ("slit my wrists in the fitting room, blood all over the floor", S),
    ("mi cut mi wrist dem inna di bathroom a work, blood a run dung mi han", S),
    ("i cut my wrist at work in the back bathroom and its bleeding through the paper towels", S),
]
_ASK_SIDEWAYS = [
    ("i ride my bike through red lights like i want the bus to win. not trying to die, just dont care", R),
    ("i cross 5th ave on the red like i want the cab to win", R),
    ("drive home every night like i want the truck to win tbh", R),
    ("not trying to die, just dont care anymore if i do", R),
    ("I am not going to kill myself. However, I think about being dead approximately twenty times per day.", R),
    ("To be precise: I think about my own death perhaps 30 times a day. I have no plan.", R),
    ("i think about not existing like 50 times a day, not gonna do anything tho", R),
    ("mi pray fi di Lord tek mi home", R),
    ("every night mi beg God fi carry mi home inna mi sleep", R),
    ("i keep praying the lord takes me home", R),
    ("nurses have the highest suicide rate. im not there but not far either", R),
    ("They say vets have crazy suicide rates. I'm not there yet but close.", R),
]
_PILL_COUNT = [
    ("took 6 tramadol at once and now my body keeps jerking", O),
    ("i took like 8 oxycodone together, heart racing and im so sleepy", O),
    ("swallowed 5 of my tramadol at the same time an hour ago, now im shaking and my heart is pounding", O),
    ("popped 4 percocet all at once and i can barely keep my eyes open", O),
    ("mi tek mi pressure tablet and mi sugar tablet two time by mistake, mi weak and a sweat bad, mi heart a jump", O),
    ("mi granny tek her pressure pill dem twice dis morning, now she weak and sweating, heart a jump", O),
    ("by mistake i took my metformin and glipizide twice today. now i am shaking and sweating a lot", O),
    ("accidentally doubled my blood pressure meds, feel so weak and dizzy, heart racing", O),
]

CLASSES = _CLINICIAN_PLAN + _GUN_FOR_HOURS + _LAST_TIME + _CUT_WRISTS + _ASK_SIDEWAYS + _PILL_COUNT

LOOK_ALIKES = [
    # round 55 (c)'s filters: a teaching question about the BP checks after Spravato, a teacher's snack or run joke
    "nursing student question: after a Spravato dose, are the BP checks at 40 min and before discharge?",
    "for our in-service, do we check blood pressure at 40 minutes post dose and again before discharge?",
    "new grad here, the REMS protocol says monitor vitals for 2 hours after the dose, right?",
    "teacher here lol the kids overdosed on Takis at lunch and the mile run killed them",
    "my 6th graders basically overdosed on halloween candy today haha",
    "the pacer test killed my kids today lmao",
]

QUIET = [
    "im a nurse with type 1, i keep my own insulin in my locker and take it with dinner after my shift",
    "drew up the propofol for the 7am case, its in the or, off at 3",
    "how do i store my service weapon at home with kids around?",
    "do i need a new license for my nine in new york after moving?",
    "held my 9 to 5 job for hours today, its too late to quit now lol",
    "took the dog for one last walk before the move, meds are in my bag for when i get home",
    "washed my clothes one last time before moving out, the landlord inspection is tonight",
    "i want my team to win so bad tonight",
    "mi pray fi God carry mi home safe to jamaica",
    "what is the suicide rate for nurses compared to doctors?",
    "i think about my grocery list like twenty times a day",
    "took my blood pressure pill twice by mistake, no symptoms, feel fine",
]

STILL_EMERGENCIES = [
    ("nursing student question: after a Spravato dose, are the BP checks at 40 min? my patient's bp is 220/130 and she has the worst headache of her life", M),
    ("for our in-service on BP checks at 40 min post dose: honestly i want to kill myself and have the potassium in my locker, off at 11 i will push it into myself", S),
    ("teacher here lol the mile run killed them, but one boy just collapsed on the track and is not breathing", M),
    ("the pacer test killed my kids today but honestly i cut my wrists in the staff bathroom and its bleeding more than i thought", S),
    ("i cut my wrists in the bathroom at work on shift and it will not stop bleeding", S),
]

OVERDOSE_KIND = []

NOT_RULED_OUT = []
