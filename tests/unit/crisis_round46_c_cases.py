"""Round 46's the English ask tier, thoughts told in passing (helper c; tests/unit/test_crisis_classes_by_round.py
checks them, key 462): passive thoughts told beside a question (is it depression, is it normal, should I say it
at intake) that the detector missed or ruled out; each now reaches at least the ask tier (possible risk;
self-harm also fits) through round 46 (c)'s families in phrases.py:
(1) someone who works alone (nights, a guard, a driver, a watchman) who says, or is relayed as saying, that
nobody would notice or care if they disappeared or vanished, "if I disappear, nobody will notice", "it would
be days before anyone noticed", asking whether it is depression;
(2) a resident assistant, a coach, a teacher or a manager relaying that a student, a player or a worker would
rather be dead (die) than fail, flunk out or go on like this (older filters read "rather die than <thing>"
and a "track" team as a song's: both give way now, patterns.py round 46 (c));
(3) intrusive thoughts of crashing the car, steering or swerving into traffic, a wall, a tree or a barrier,
since a Spravato dose or a new medicine, told as not planned, asking if that is normal;
(4) urges to cut or burn oneself again, with a past of self-harm, not acted on, asking what to do or whether
to mention it at intake.
Look-alikes: an urge to cut back or down on coffee, caffeine or sugar (the older token family "urge to cut"
read it as self-harm) is ruled out by a new filter; it gives way to self-harm told beside it
(STILL_EMERGENCIES). The jokes' "rather die than be caught in those shoes", crashing on a couch, a car crash
years ago, cutting hair, urges to smoke again and "if I disappear for a week I am on vacation" stay quiet.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. works alone, nobody would notice if they vanished
    ("I work night shifts alone as a security guard and if I disappeared nobody would notice. Is that depression? Can the clinic help?", R),
    ("im a long haul trucker, on the road alone for weeks. honestly if i vanished no one would even notice. is that depression or what", R),
    ("I drive a cab overnight. If I just disappeared tomorrow nobody would care. Could ketamine help with that?", R),
    ("night guard here, 12 hrs alone every night. sometimes i think if i vanished nobody would notice for days. do you treat this?", R),
    ("My brother works nights alone as a watchman and he told me if he disappeared nobody would notice. Can you help him?", R),
    ("security guard, alone all nite. if i dissapeared no1 would notice tbh. can u help w that", R),
    ("Working alone nights as a driver, I feel like if I vanished off the face of the earth nobody would even care. Do you take Aetna?", R),
    ("I am a night guard. If I disappear, nobody will notice. It is depression? Your clinic can help me?", R),
    ("nobody would notice if i disappeared honestly, i work alone overnight at a gas station. would ketamine help", R),
    ("my husband drives trucks alone, he says if he vanished no one would miss him or notice. is that depression", R),
    ("I work the night shift by myself at a parking booth and if I disappeared it would be days before anyone noticed. Can you help?", R),
    ("Delivery driver, solo routes 6 nights a week.\nIf I dropped off the face of the earth not a soul would notice.\nIs this depression?", R),
    # 2. a professional relaying "rather be dead than fail / than go on like this"
    ("I'm a resident assistant and one of my students told me she would rather be dead than fail out of school. What should I do?", R),
    ("As a coach, one of my players said he'd rather be dead than fail this season. Can your clinic help teens?", R),
    ("I'm a teacher. A student said she would rather die than fail her exams. Is that something to worry about?", R),
    ("RA here. a freshman on my floor keeps saying he'd rather be dead than fail. do you see college students?", R),
    ("my student told me \"I'd rather be dead than fail chemistry\". I'm a school counselor, what are next steps", R),
    ("I coach high school track and a kid said he would rather die than fail. Should I be worried?", R),
    ("Im a teacher and a student wrote in her journal she would rather be dead than fail. Can parents bring her?", R),
    ("one of my residents (im an RA) said shed rather be dead than flunk out. is this an emergency?", R),
    ("my athlete told me he rather be dead than fail, he is 19. do you treat that age?", R),
    ("I manage a team and one of my workers told me he would rather be dead than go on like this. Can he come in?", R),
    ("A worker on my crew said he would rather not be alive than go on like this. Does your clinic take referrals from employers?", R),
    ("As her manager I'm worried, she said she would rather be dead than continue like this. Do you take referrals?", R),
    ("I am professor, my student say to me he would rather die than let his parents down. Where he can get help?", R),
    # 3. intrusive thoughts of crashing the car, not planned
    ("Since my Spravato dose I keep getting thoughts of crashing the car into a wall. I'm not planning to, is that normal?", R),
    ("after my spravato treatment i had thoughts of steering into traffic. not planning to do it. is that normal?", R),
    ("Since starting the new med I get these thoughts of swerving into a tree when I drive. Not going to do it. Normal?", R),
    ("my wife says since her ketamine infusion she has thoughts of crashing the car. she's not planning to. is that a side effect?", R),
    ("ever since the spravato i picture steering into the wall on the highway. im not planning to. is it normal??", R),
    ("Since the Spravato I have thought of crash my car in the wall. I not plan to do it. This is normal?", R),
    ("When driving home after treatment I had the thought to steer into a concrete barrier. I'm not planning to. Is that normal?", R),
    ("my son got a new antidepressant and says he has thoughts about crashing his car on purpose. he's not planning to. normal?", R),
    ("Since my dose I keep imagining turning the wheel into oncoming cars. Not planning to, just is that normal?", R),
    ("i keep thinking about swerving into oncoming traffic since my spravato. not gonna do it. is that normal", R),
    ("After my last dose I keep thinking about crashing my car into a truck. I won't do it but is that normal?", R),
    # 4. urges to cut or burn oneself again
    ("I used to burn myself and I've been getting the urge to do it again. Should I tell them at my intake appointment?", R),
    ("I used to self harm. Lately I want to cut again but I didn't do it. Is okay to say this in intake?", R),
    ("i relapsed in my head, want to cut again so bad but havent. should i tell at intake?", R),
    ("My urges to self-harm are back after years. Haven't acted. Will it affect my intake?", R),
    ("i have a history of self harm and the urge to cut is back. havent acted on it. should i mention it at intake?", R),
    ("I'm 5 years clean from cutting and the urges are coming back. Not acted on them. Can ketamine help?", R),
    ("my daughter used to self harm and she told me she has urges to cut again. she hasn't. what should we do", R),
    ("the urge to burn myself is back, i havent done it yet, what do i do", R),
    ("I used to cut in high school and now I have the urge to do it again. should i tell at intake?", R),
    ("used to cut, and the urges are back now. haven't acted. do i mention it on the forms?", R),
]

LOOK_ALIKES = [
    "the urge to cut back on caffeine again is strong lol, does caffeine affect the infusion?",
    "trying to cut sugar and cutting back on coffee before my first session, good idea?",
    "I have the urge to cut down on carbs again before my infusion, is fasting needed?",
    "my coach said I need to cut back on energy drinks, do they interact with ketamine?",
    "my coworker said she would rather be dead than caught in those shoes lol. do you take aetna?",
    "she'd rather die than be seen in that outfit haha. what time do you open",
    "my husband says he'd rather die than miss the game haha, can he reschedule?",
    "I was in a car crash years ago and have chronic pain since. Can ketamine help?",
    "he crashed the car into a pole years ago and has had back pain ever since. is ketamine safe for him?",
    "I keep thinking about cutting my hair short after treatment, is that weird lol",
]

QUIET = [
    "If I disappear for a week it's because I'm on vacation, can I reschedule my infusion?",
    "if i vanish from the group chat it's because i'm busy with work, can i book saturday",
    "I crashed on the couch after my spravato dose, is it normal to be that tired?",
    "after the infusion i crashed on my friend's couch for the night, is that ok",
    "Quit cigarettes in March and these past weeks the pull to light up is back. Can ketamine treatment do anything for cravings?",
    "I'm worried about crashing the car after the infusion, do I need a driver?",
    "I used to cut my own hair and now I have the urge to do it again lol",
    "I have intrusive thoughts about germs since my new medication, is that normal?",
    "since my spravato i keep thinking about driving to the beach, is that normal?",
    "I work nights alone as a security guard. Do you have appointments in the morning?",
]

STILL_EMERGENCIES = [
    ("trying to cut back on coffee but tonight I cut myself again and it won't stop bleeding", S),
    ("she'd rather die than be seen in that outfit lol. but seriously I am going to kill myself tonight", S),
    ("I was in a car crash years ago and tonight I am going to drive my car into a wall to end it", S),
    ("my student said he would rather die than fail, and now he texted me goodbye and says he is on the roof", S),
]

OVERDOSE_KIND = []

NOT_RULED_OUT = []
