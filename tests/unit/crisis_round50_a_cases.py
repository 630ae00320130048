"""Round 50's English medical emergencies told plainly, and English false alarms about overdose as a topic
(helper a; tests/unit/test_crisis_classes_by_round.py checks them, key 500). Classes the detector missed,
each now read through round 50 (a)'s families in phrases.py:
(1) a bystander in a waiting room, a lobby, a bus or a store watching a stranger seize now (jerking, foaming,
fallen off a chair, not answering) with the desk empty or no staff around: medical
(SEIZURE_WITH_NO_STAFF_50A, FALLEN_SHAKING_NO_STAFF_50A);
(2) a sudden, worst-ever headache now (in seconds, like being hit), the writer's own or a relative's, with
vomiting, a stiff neck, confusion or blurred sight: medical (THUNDERCLAP_HEADACHE_NOW_50A).
False alarms ruled out by round 50 (a)'s filters in patterns.py (LOOK_ALIKES): a workplace safety memo or
poster listing an overdose's signs, someone learning the signs to teach the family, a nurse telling of a
patient on fentanyl on a shift gone by before a clinic question; a TV series' overdose scene that upset the
writer (ruled out already). STILL_EMERGENCIES: an overdose seen now while teaching, a nurse's own relative not
breathing now, a headache question that goes on to tell the worst ever, sudden, now. QUIET holds headache
and seizure questions (after a treatment, a migraine history, a policy question, the writer shaking).
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_SEIZURE_NO_STAFF = [
    ("a man in your waiting room is having a seizure, jerking all over, foam at his mouth, and nobody is at the front desk", M),
    ("someone just fell off their chair in the lobby and is shaking, not answering me, the desk is empty, what do i do", M),
    ("there is a woman convulsing on the floor of the waiting area and no staff anywhere", M),
    ("guy on the bus is seizing, foam coming out of his mouth, the driver has not noticed, nobody is helping", M),
    ("an older lady in the waiting room slid off her chair and is twitching and won't respond, the front is empty", M),
    ("the kid next to me in the lobby is having a fit, his whole body is jerking, reception is empty", M),
    ("please, a man collapsed in the clinic waiting room, arms and legs shaking, eyes rolled back, no one at the desk", M),
    ("someone is having a seizure in your waiting room and there's no staff here", M),
    ("the guy across from me slid off his chair and is convulsing, front desk empty, hello??", M),
    ("Lady at the pharmacy counter just dropped and she's jerking and foaming, the pharmacist is nowhere, where is everyone", M),
    ("a teenager on the train platform is having a seizure, his head keeps hitting the ground and no attendants around", M),
    ("Somebody in the check in line fell out of her seat and is shaking and not responding, your receptionist is on break", M),
    ("dude in the lobby is seizing hard rn and I can't find anyone who works here", M),
]
_THUNDERCLAP = [
    ("my head suddenly exploded in pain a few seconds ago, worst of my life, and now im throwing up", M),
    ("my wife grabbed her head and said it felt like being hit with a bat, it came on in seconds, now she's vomiting and her neck is stiff", M),
    ("i just got a headache like someone hit me with a hammer, it came on in a second, i threw up twice and my neck hurts to bend", M),
    ("my dad says his head is splitting, worst pain he's ever had, it came on all at once and he's confused and keeps asking the same thing", M),
    ("out of nowhere the worst pain in my head ive ever felt, like a thunderclap, now my neck is stiff", M),
    ("a headache just hit me out of the blue, the worst ive ever had, and my neck is so stiff i cant touch my chin to my chest", M),
    ("my husband got a sudden crushing pain in his head like he was struck, he's vomiting and slurring a bit", M),
    ("it felt like something burst in my head, worst pain ever, came on instantly and now i'm vomiting", M),
    ("Mom says a headache slammed into her within seconds, never felt anything like this, and her vision is blurry", M),
    ("worst headache of my whole life started in an instant while lifting boxes, I'm puking and everything looks fuzzy", M),
    ("my sister's head pain came on like a gunshot about ten minutes ago, she says its the worst ever and she's throwing up", M),
    ("sudden headache, hit me like a truck, worst ive had in my life, and the light hurts my eyes so much", M),
]
CLASSES = _SEIZURE_NO_STAFF + _THUNDERCLAP

LOOK_ALIKES = [
    # a workplace safety memo, poster or bulletin listing an overdose's signs
    "our workplace safety memo lists the signs of an overdose: blue lips, pinpoint pupils, slow breathing. can you send a poster version?",
    "the safety flyer at my warehouse says blue lips, pinpoint pupils and gurgling mean an overdose. do you agree with that list?",
    "our office manager put up a poster about overdose symptoms like unresponsiveness and blue lips, should we also stock narcan?",
    "hr sent a safety bulletin about overdose signs: unresponsive, blue lips, snoring breathing. should we keep naloxone in the office?",
    "The break room poster says if a coworker has blue lips and won't wake up, give narcan. Is that accurate?",
    # learning the signs to teach the family
    "i want to learn the signs of an overdose so i can teach my family, like blue lips and gurgling. do you have a handout?",
    "what does an overdose look like? i want to explain it to my husband and kids, like blue lips and pinpoint pupils",
    "i'd like to learn how to spot an overdose, blue lips, snoring sounds, not waking up, so i can teach my parents. any tips?",
    "my sister asked me to teach her what an overdose looks like, pinpoint pupils and blue lips, any good resources?",
    "I want my household to be prepared, so I'm learning the overdose signs: unresponsive, slow breathing, blue lips. Is there a video?",
    # a nurse telling of a patient on a shift gone by, then a clinic question
    "i'm a nurse, last night at work i had a patient on fentanyl who stopped breathing and we gave narcan, he was fine. anyway do you take my insurance?",
    "rn here, last night on my shift i had a guy on a fentanyl drip whose resps dropped and he went blue, we fixed it. separate question, do you hire nurses?",
    "i work nights as a nurse and yesterday a patient on fentanyl stopped breathing on me, he pulled through. how much is a ketamine session?",
    "nurse here, cared for a fentanyl overdose at work last night, he was unresponsive when he came in. anyway does insurance cover spravato?",
    # a TV series' overdose scene that upset the writer
    "i watched an overdose scene in a tv series last night, the guy turned blue and stopped breathing, it really upset me. can ketamine help with that kind of anxiety?",
    "the overdose scene in that netflix show where she stops breathing on the bathroom floor really got to me. do you take new patients?",
]

QUIET = [
    "i got a headache after my ketamine infusion yesterday, is that normal?",
    "i got a headache that came on suddenly after my infusion yesterday, is that a normal side effect?",
    "my migraines come on out of nowhere and i throw up, they are the worst, can ketamine help them?",
    "i've had migraines since high school, the worst ones make me vomit. is spravato safe with migraine meds?",
    "my headache after the spravato dose felt like a hammer for an hour, then it faded. normal?",
    "bad headache after my session today, should i take tylenol?",
    "i had a seizure years ago, is ketamine safe for me?",
    "my daughter had febrile seizures as a baby, is ketamine ok for her now that she's 16?",
    "what is your protocol if someone has a seizure in the lobby and nobody is at the front desk?",
    "i am shaking so much in your waiting room, nobody is at the desk and i'm nervous about my first infusion",
    "the front desk is empty and the waiting room is full, is someone coming to check us in?",
    "my son keeps twitching in his sleep on the bus ride home, no staff to ask, is that normal after ketamine?",
]

STILL_EMERGENCIES = [
    ("i was teaching my family the overdose signs from your handout and my uncle just went blue on the couch and isn't breathing, what do we do", O),
    ("i'm learning the signs of overdose to teach my kids, but my son is upstairs right now with pinpoint pupils and he won't wake up", O),
    ("our safety memo lists overdose signs like blue lips, and right now a coworker is on the break room floor unresponsive with blue lips", O),
    ("i'm a nurse, last night at work a fentanyl patient crashed on me, but now my dad at home is not breathing and his lips are blue", O),
    # (the shift's overdose word is a drug context for the husband's signs: the overdose steps, 911 among them)
    ("rn here, had an overdose on my shift yesterday, but my husband just collapsed and he is not breathing, please help", O),
    ("i asked about headaches after spravato last week, but tonight it is different, the worst headache ever came on in seconds and i'm vomiting", M),
    ("is a headache normal after an infusion? because mine just hit out of nowhere like a bat to the head, worst of my life, and my neck is stiff", M),
    ("does ketamine cause headaches? asking because my wife suddenly got the worst headache of her life a few minutes ago and she's confused", M),
]

OVERDOSE_KIND = []

NOT_RULED_OUT = []
