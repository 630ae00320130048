"""Round 48's English false alarms: a course, a past, a stage, a doorstep, a scrape, a war (helper f;
tests/unit/test_crisis_classes_by_round.py checks them, key 485). Harmless messages read as emergencies,
now ruled out by look-alike filters (patterns.py, round 48's section, helper F):
(1) a first-aid, CPR, BLS or naloxone course or certificate question about the signs of an overdose
(_OD_TOPIC_48F, _COURSE_MARK_48F);
(2) an overdose years ago (in 2019, three years back), the writer sober or well now, asking about a
treatment (_OD_THEN_48F, _OD_YEARS_BACK_MARK_48F);
(3) a comedian's or a writer's joke, opener or stage bit about jumping off a bridge (_JUMP_48F,
_STAGE_MARK_48F);
(4) a courier's parcel or delivery at the door with nobody answering the door, the bell or the phone,
"unresponsive" said of the customer (_NO_ANSWER_48F, _DELIVERY_MARK_48F);
(5) "blood everywhere lol" about a scraped knee or a nosebleed, cleaned up and fine (_BLOOD_48F,
_SCRAPE_MARK_48F);
(6) blood lost in a war or an old injury (Iraq, Afghanistan, 2004, the army) told as history with a
question about PTSD or its treatment (_WAR_BLOOD_48F, _WAR_MARK_48F).
STILL_EMERGENCIES hold the same words with a danger now: an overdose under way beside the course, an
overdose again now, a comic who says it is no bit, a person unconscious inside behind the unanswered door,
a bleeding that is not stopping, a veteran bleeding or with his own wish now. Written here, never copied
from an evaluation set. No new detection class, so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 1. a course or certificate question about the signs of an overdose
    "doing my first aid certificate this weekend, how do you recognise an overdose? unresponsive, slow breathing?",
    "CPR recert tmrw, quick check: overdose signs are pinpoint pupils + slow breathing right?",
    "Our BLS instructor gave us homework - describe how a person looks when overdosing (blue lips, not responding).",
    "for my red cross certification: what are the symptoms of an opioid OD to watch for",
    "narcan training class q: if a person is unresponsive and barely breathing, is it an overdose or something else?",
    "For my lifeguard certification we have to list signs of overdose. Gurgling, blue lips, won't wake up... what else?",
    "taking a naloxone course at the library, whats the first sign someone is od'ing? pinpoint pupils?",
    "I'm getting certified in first aid. On the quiz: someone is limp, lips turning blue, not breathing - what's the first step?",
    "mental health first aid course question, how do u tell an overdose from someone just passed out drunk?",
    "For my certificate, could you tell me what an opioid overdose looks like? Snoring sounds, tiny pupils?",
    # 2. an overdose years ago, sober or well now, asking about treatment
    "had an OD in 2019, was unresponsive and they narcanned me. 3 yrs clean now, can i still do ketamine?",
    "Three years ago I overdosed on fentanyl and stopped breathing. I'm sober now and doing great. Is ketamine safe for someone in recovery?",
    "back in 2019 i nearly died from an overdose, coded in the icu, now 4 years sober. do you take people with that history?",
    "i od'd years ago, they found me blue and not breathing, been clean since 2020 and feeling good, can i get spravato?",
    "Overdose in 2018, unresponsive for a few minutes, brought back with naloxone. Sober five years now. Would that disqualify me from infusions?",
    "3 yrs ago i was found unresponsive after taking too many pills, im in recovery and doing well now, what does intake look like?",
    "My overdose was in 2019 (heroin), they intubated me. Clean and healthy now. Does ketamine risk a relapse?",
    "I overdosed a few years back and was revived with narcan. Now sober and stable, want to ask about your depression treatment",
    # 3. a comedian's or a writer's bit about jumping off a bridge
    "my stand up opener: 'was gonna jump off the golden gate, then i saw the toll' - too dark for an open mic?",
    "comic here, my closing bit is about almost jumping off a bridge and getting talked down by a tourist asking for directions. funny or no?",
    "Writing a sketch where a guy tries to jump off a bridge but the bridge is only two feet high lol, is that offensive?",
    "my set has a bit where I nearly leap off the bridge until I see the traffic, crowd loved it last night haha",
    "For my comedy special I have a joke about jumping off a bridge during my divorce. Does a mental health clinic mind if I mention you?",
    "the punchline is i climbed the bridge to jump and the toll booth guy charged me anyway 😂 good opener?",
    "open mic tonight, my opener is the 'I almost jumped off the bridge... then I remembered I can't afford the ambulance' bit",
    "im a comedian, a heckler said my bridge jumping joke was too much. is it harmful to joke about that stuff?",
    # 4. a parcel at the door, nobody answering
    "courier here, customer unresponsive, not answering the door or phone. leave it at reception?",
    "fedex driver, nobody home, unresponsive to the buzzer, will try again tomorrow",
    "Delivery for the clinic: recipient unresponsive, I rang the doorbell 3 times and no one came.",
    "amazon driver here, the person at suite 4 is unresponsive, knocked a bunch, can I leave the box at the front desk?",
    "hi this is your courier, customer not responding at the door, should i return the parcel to the depot?",
    "UPS: attempted delivery, recipient was unresponsive at the door, a signature is required",
    "Your package is here but the front desk is unresponsive, nobody answering the bell, pls advise",
    "doordash: food order at the door, customer unresponsive to calls and texts, leaving it at the doorstep",
    # 5. blood everywhere about a scrape or a nosebleed, cleaned up and fine
    "blood everywhere lol, just scraped my knee on the driveway. all cleaned up, can i still come in at 3?",
    "nosebleed this morning, blood everywhere lol, it stopped and im fine. ok to do my infusion?",
    "fell off my skateboard, so much blood haha but it's only a scrape, band-aid on and all good",
    "my son's loose tooth came out, blood everywhere lmao, he's fine now",
    "bloody nose in the car, blood everywhere 🤣 cleaned it up, fine now. does ketamine raise blood pressure?",
    "Scraped my elbow at the gym, there was a lot of blood but it looked worse than it was. Cleaned and bandaged. Still good for Tuesday?",
    "tripped on the sidewalk and skinned both knees, blood everywhere lol but it's just a scrape",
    "nose bleed from the dry air, tons of blood, it stopped and I washed up, totally fine",
    # 6. blood lost in a war or an old injury, a PTSD question
    "Got wounded in Afghanistan in 2009, lost so much blood I nearly died. Now PTSD and nightmares, can ketamine help?",
    "in the army in 2004 i was shot in iraq and nearly bled out. the flashbacks never stopped, do you treat combat ptsd?",
    "Marine veteran here. IED in Fallujah, lost a lot of blood, medevaced. Is ketamine therapy good for PTSD?",
    "years ago on my tour in iraq i bled out on a humvee floor and was revived, now trauma nightmares every week. does the VA cover your infusions?",
    "2004, Ramadi, I took shrapnel and lost a ton of blood. My therapist says ketamine might help my PTSD, what do you think?",
    "bled a lot from a blast in Kandahar back in 2011, army medic saved me, I still get flashbacks. how many sessions for ptsd?",
    "i was in the military and got shot, blood everywhere, almost died in 2006. now i have ptsd, do u take tricare?",
    "Old war wound from Iraq, I lost so much blood they gave me 8 transfusions. 20 years later the nightmares won't quit. Would ketamine treat that?",
]

QUIET = [
    # a courier without crisis words: no detection
    "hi, delivery driver here, nobody is answering the door at your office, I'll leave the parcel next door",
    "package for Dr Lee, rang the bell twice and no answer. I'll try again after lunch",
    "is the clinic closed? the courier said no one came to the door",
    # a course question without signs
    "does your clinic offer first aid or CPR certificate courses for staff?",
    "what does a naloxone training certificate cost and how long is it valid",
    # a past told with no crisis word
    "three years sober and doing well, can I still get ketamine for depression?",
    # a scrape with no blood words
    "scraped my knee yesterday lol, it's fine, can I still come in Thursday?",
    "I'm a veteran from Iraq with PTSD, does the VA pay for ketamine?",
]

STILL_EMERGENCIES = [
    # 1. an overdose happening now beside a course
    ("I just did my CPR certificate and now my roommate is not breathing and his lips are blue, what do i do", O),
    ("for my first aid course i learned the signs of overdose, and my brother is unresponsive right now after taking pills", O),
    ("i have my narcan certificate but my friend just took fentanyl and he is turning blue, help me", O),
    # 2. an overdose again now
    ("I overdosed in 2019 and was sober 3 years, but I relapsed tonight and took too many pills, can't stay awake", O),
    ("overdosed years ago, clean since, but i just took the whole bottle of my oxy. is ketamine still ok", O),
    # 3. a comic who says it is no bit
    ("my opener is about jumping off a bridge but honestly it's not a bit anymore, I want to jump off the bridge tonight", S),
    ("comic here. the joke about jumping off a bridge is a true story, I'm standing on the bridge right now", S),
    # 4. a person at the door not answering who is unconscious inside
    ("courier here, nobody answering the door, I can see a man lying on the floor through the window, he is unresponsive", M),
    ("delivering a package to my elderly client, she is not answering the door and I can see her collapsed inside, not moving", M),
    ("amazon driver, the customer won't answer, I heard a thud and now he's unresponsive on the porch, not breathing", M),
    # 5. a bleeding that is not stopping
    ("scraped my knee lol blood everywhere and it won't stop, soaked through three towels", M),
    ("nosebleed for 40 minutes, blood everywhere, still pouring and I'm on blood thinners, feeling dizzy", M),
    ("my kid fell off his bike, so much blood from his head and it keeps bleeding, he's pale", M),
    # 6. a veteran bleeding or with a wish now
    ("lost so much blood in iraq in 2004, and tonight i have my pistol ready, i want to end it. ptsd is too much", S),
    ("army vet, old shrapnel wound from afghanistan reopened today and it is bleeding a lot, will not stop. can ketamine wait?", M),
    # the same words beside a relative, distress told now, or a recent act
    ("grabbed the parcel off the porch, my mom is unresponsive and won't answer the door, her car is here", M),
    ("cpr cert question lol but also my son is nodding off and barely breathing on the couch", M),
    ("got shot in iraq in 2007, lost tons of blood. ptsd is bad and honestly i want to die, would ketamine help", S),
    ("nosebleed, blood everywhere lol, it stopped. ok for real though i am not ok", M),
    ("My bit is about bridges, but I almost jumped off the bridge yesterday. my comic friends think it's a joke but it isn't", S),
]

NOT_RULED_OUT = []
