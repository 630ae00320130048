"""Round 43's passive wishes inside a question, English (helper c; tests/unit/test_crisis_classes_by_round.py
checks them, key 432). A passive wish or ideation told in passing, mostly inside an ordinary question about
a wait, a cost, insurance or a treatment: the ask tier (possible risk; phrases.py and patterns.py, round
43's passive wishes inside a question, helper c). The families: (1) unsure of still wanting to be around
(here, alive, existing) by the date of the next opening, any person ("not sure i will want to be around
by then", "he is not sure he will want to be around by then", "not sure i will make it that long"); (2) a
first responder's survivor wish: wishing to have been in the towers, the building when it came down, the
crash or the fire, or gone down with the crew; (3) an elderly writer's weariness of life in learner's
English ("i tired to live", "i not want to be anymore", "i am too old to be", "i finish with life", "i
have enough of life"); (4) someone's "no point going on" since a divorce, a loss or a diagnosis, relayed by
a teacher, a coach or a counsellor (who is not studying a case) or told by the writer; (5) "just existing
until i am not", "waiting to not exist", "counting down the days until i am gone" beside a cost or an
insurance question. Their look-alikes are ruled out: a schedule ("not sure i will be around that week, i
travel"), a wish to have been at an event ("in new york for the parade"), tired of living in a place or
with someone, no point going on with a medicine or a therapist, getting by on coffee or ramen until a
date, a 9/11 or first responder with PTSD asking about treatment with no wish told. STILL_EMERGENCIES hold
those scenes beside a danger now (pills taken, a plan for tonight, chest pain now, a gun in hand). Written
here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. unsure of still wanting to be around by the next opening
    ("how long is the wait for the next appointment? not sure I'll want to be around by then", R),
    ("Next opening is in March? honestly not sure i'll still want to be here by then", R),
    ('6 weeks wait?? idk if ill even wanna be here in 6 weeks tbh', R),
    ("is there anything sooner, I don't know if I'll want to be alive by the time you have an opening", R),
    ('if the first slot is in april i might not want to be around by then', R),
    ('by the time you can see me I may not even want to be here anymore. any cancellations list?', R),
    ('Not sure I will still want to exist by then. How long is the waitlist?', R),
    ("wait is 3 months? not sure i'll make it that long honestly", R),
    ("first available is 8 weeks out?? not sure i'll still wanna be around by then lol", R),
    ('ok the intake is in june. honestly dont know if ill want to be alive by june', R),
    ("No sooner appointments? I'm not sure I'll want to exist anymore by the time my turn comes", R),
    ('3 month wait for spravato, not sure I will even want to be here by the time you call', R),
    ('my husband asked about the waitlist, he said he is not sure he will want to be around by then', R),
    ("Can I be put on a cancellation list? I doubt I'll want to be around in a few weeks.", R),
    ('I might not even want to be alive by the date of the appointment. anything earlier?', R),
    ('not sure ill still be alive by then honestly. how long is the wait', R),
    # 2. a first responder's survivor wish
    ("I'm a 9/11 responder with PTSD. Some days I wish I had been in the towers when they came down. Do you treat PTSD?", R),
    ("retired fdny, I'd rather have been in the north tower with my brothers. some days I wish I'd been in the towers. do you take the WTC health program?", R),
    ('firefighter, ptsd from a building collapse. i wish i was in the building when it came down. is ketamine covered?', R),
    ('I was a medic at the crash. I wish I had died in the crash with them. How do I get an intake?', R),
    ('part of me wishes i had gone down with my crew that day. do you treat first responders?', R),
    ('I should have died at ground zero with my brothers. Does insurance cover ketamine for PTSD?', R),
    ('EMT here, our rig was hit, my partner died. I wish I had been in the car when it crashed instead of him. can i see someone', R),
    ("I'm a retired NYPD officer, worked the pile for months. Sometimes I wish I'd died in the collapse with the others. Is there a PTSD program?", R),
    ('Sometimes I wish I had been inside the south tower when it fell. Do you accept the WTC Health Program?', R),
    ('paramedic 15 yrs, still think i should have been in that crash instead of my partner. do you treat ptsd and depression', R),
    ('9/11 responder. wish i went down with my brothers that morning. what do infusions cost?', R),
    ("I'm an ex firefighter, I wish I'd burned in that fire with my crew. Do you take workers comp?", R),
    # 3. an elderly writer's weariness of life in learner's English
    ('I am old man, I am tired of living. Can ketamine help for depression?', R),
    ('I not want to be anymore, I am too old to be. I finish with life. You take Medicare?', R),
    ('I am 82 years. I tired to live. My daughter say I call you.', R),
    ('I am finish with life, is the treatment ok for old people?', R),
    ('me I have enough of life. how much cost the infusion', R),
    ('my mother is 90, she say she not want live anymore. She tired from life. You help old people?', R),
    ('I want not to be more. I am too old for live. Please how I make appointment?', R),
    ('i am very tired of the life, i am 79. is ketamine safe in my age', R),
    ('Hello. I am 88 years old woman. I am too old to be. Every day I tired of live. Do you visit at home?', R),
    ('Doctor, my English not good. I not want to be anymore in this world. How much for consultation?', R),
    ('I am 76, widow, I finish with the life. Is possible the ketamine for old?', R),
    ('My father is 91 and he say he is tired to live, he not want to live more. Can he come?', R),
    ('please, I am old, I have enough from life. My son find your clinic. You take Medicare?', R),
    ('i am done with life i am 83 years, what is the cost', R),
    # 4. no point going on, relayed (or told)
    ("I'm a teacher and one of my student's mom told me there's no point going on since the divorce. Can she come in?", R),
    ("As his coach I'm worried, he told me there is no point going on after his diagnosis. do you see teens?", R),
    ("I'm a school counselor, a parent confided she sees no point in going on since her husband died. What's your intake process?", R),
    ('a student told me whats the point of carrying on since her mom passed. Do you work with teenagers?', R),
    ("my neighbor keeps saying there's no point in living since his wife died, can he get an appointment", R),
    ("she said she doesn't see the point of going on anymore since the diagnosis, do you take her insurance?", R),
    ("As her teacher I noticed changes. Her mother told me there's no point in going on since the divorce. Do you see children and parents?", R),
    ('I coach a high school team and a dad told me he sees no reason to go on since his cancer diagnosis. Do you take referrals from coaches?', R),
    ("I'm a counselor. A student keeps saying there's no point going on since his brother died. How does a referral work?", R),
    ('my friend told me whats the point in carrying on since she lost the baby. can she book online?', R),
    ('No point going on honestly. do you take cigna', R),
    # 5. just existing until i am not, beside a cost or insurance question
    ("do you take Aetna? asking because honestly im only existing till im not anymore", R),
    ("how much does it cost out of pocket, I'm basically waiting to not exist anyway", R),
    ("is ketamine covered by blue cross? i'm just counting down the days until i'm gone", R),
    ("price for 6 infusions? I'm just existing till I die tbh", R),
    ('do you take medicaid, honestly im just waiting for my time to be up', R),
    ("what's the self pay rate. i'm counting down my days anyway", R),
    ('im kinda just surviving until it ends. does aetna cover spravato', R),
    ("Is this covered by insurance? I've just been existing until I'm not for a while now.", R),
    ("What's the cost per session, I'm only existing till i'm gone at this point", R),
    ("does medicare pay for spravato? I'm just waiting to die at this point", R),
    ("how much without insurance, I'm counting down the days until it's over anyway", R),
    ('is there a sliding scale? just existing until i stop existing lol', R),
    ("my insurance denied it. I'm just here waiting to not exist", R),
]

LOOK_ALIKES = [
    "not sure I'll be around that week, I travel",
    'might not be here the week of the 12th, I have a conference. can we reschedule?',
    "I'm not sure I will be in town next month because of work, is telehealth possible?",
    'I wish I had been in New York for the parade',
    'wish i could have been at the game last night, do you have evening slots?',
    "I wish I had been there for my daughter's graduation but I was sick. anyway, can I book?",
    'I am tired of living in this apartment',
    'i am tired of live with my son, he is noisy. do you have morning appointment?',
    'so tired of living in this city, the traffic to your clinic is crazy. do you do telehealth?',
    'no point going on with the old medicine',
    "there's no point continuing with the lexapro, it does nothing, can ketamine replace it?",
    'no reason to keep going with my therapist if insurance wont pay. how much are infusions?',
    'just existing on coffee until my vacation',
    'surviving on ramen till payday lol, do you have payment plans?',
    "I'm a 9/11 responder with PTSD, do you treat that?",
    'retired firefighter, ground zero worker, PTSD and nightmares. Is ketamine covered by the WTC health program?',
]

QUIET = [
    "I'm not sure I'll be able to make the 9am, can we do later?",
    'not sure I will want to keep the thursday slot, can I switch to friday?',
    "I don't know if I will want to continue with therapy after the infusions, is that normal?",
    'i might not want to be here for the whole 2 hours, can my husband wait with me?',
    "I wish I had been at my dad's side when he passed. Grief is hard. do you treat grief?",
    'I wish I had been in the building when the fire drill happened, I missed the training',
    'I am tired of waiting for the insurance approval',
    "i am too old to be starting new medications? i'm 81",
    'I have enough of the pills for a month, do I need a refill?',
    'no point going on about it, can I just book the consult?',
    'we are just waiting until the insurance approves it',
    'counting down the days until my first infusion!',
    'existing patients only? or do you take new ones',
]

STILL_EMERGENCIES = [
    ("not sure I'll be around that week, I travel. actually I took all my pills an hour ago", O),
    ('I wish I had been in New York for the parade. I want to kill myself tonight', S),
    ('I am tired of living in this apartment. I have the rope ready, tonight is the night', S),
    ('no point going on with the old medicine, I swallowed the whole bottle 20 minutes ago', O),
    ('just existing on coffee until my vacation but right now I have crushing chest pain and cant breathe', M),
    ("I'm a 9/11 responder with PTSD, I have my gun in my hand right now and I want to end it", S),
]
