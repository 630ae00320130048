"""Round 47's the English ask tier (helper d; tests/unit/test_crisis_classes_by_round.py checks them, key 473):
passive wishes told in passing that the detector missed; each now reaches at least the ask tier (possible
risk; self-harm also fits) through round 47 (d)'s families in phrases.py:
(1) a night-shift nurse, an ER tech, an EMT or a paramedic, told tiredly, who envies or is jealous of the
patients who overdose, do not wake up or do not make it, who wishes it were them on the stretcher, the
gurney or in the body bag, or who envies "them" when a patient is lost or a code fails;
(2) a loss (sight, a leg, a job, a partner) and no reason or point to keep going, keep on going, carry on
or go on since then, typed by dictation or a screen reader (commas everywhere, few capitals); a lasting
loss of sight told with its date or "since" is no longer read as a sudden loss of vision (a new filter in
patterns.py, round 47 (d)), so the wish beside it is what is read;
(3) the thoughts referred to obliquely and told as back ("those thoughts are back", "the dark thoughts
again, you know which ones", "the old thoughts are creeping back in"), with a reassurance ("not going to
act on them", "not gonna do anything", "i'm safe"): the reassurance does not rule them out.
Look-alikes: no reason to keep going to a task or a place, or to continue a treatment (physical therapy,
infusions insurance won't pay for), is ruled out by a new filter; a lasting blindness asked about (a
screen reader, a guide dog) is ruled out. QUIET: thoughts with an object (quitting a job, germs), racing
thoughts at night, a nurse envious of a colleague's schedule, thoughts asked ahead ("if those thoughts
come back"). STILL_EMERGENCIES hold the same scenes with a danger now (sight lost suddenly this morning,
a wish to die beside physical therapy). Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. a night-shift health worker who envies the patients who overdose or die
    ("night shift in the ER and honestly part of me wishes it were me on the stretcher. does ketamine help burnout?", R),
    ("I'm an EMT and lately I get jealous of the overdoses we bring in. Is that something you treat?", R),
    ("nurse here, 12s on nights. sometimes i envy the patients who don't wake up. how do i start treatment", R),
    ("paramedic, 15 years. when we lose someone i catch myself envying them. is that depression?", R),
    ("i work nights in the icu and part of me wishes i was the one in the bed not waking up", R),
    ("as a medic I've started feeling jealous of the ODs, like they got out. can ketamine help with that?", R),
    ("tired. night shift ED tech. part of me wishes it was me on the gurney. what does treatment look like", R),
    ("ER doc here. when a code fails i feel envious of the patient. not great. do you see healthcare workers?", R),
    ("EMS 10 yrs, i kinda wish i was the one in the body bag some nights. how much is an infusion", R),
    ("im a night nurse n sometimes part of me wishes it were me on that stretcher instead, so tired", R),
    ("Respiratory therapist on nights. I'm honestly envious of the ones who never wake up. Do you take Cigna?", R),
    ("my husband is a firefighter medic and he told me he gets jealous of the patients who don't make it. can he come in?", R),
    ("so tired man, third night in a row, kinda jealous of the OD in bay 4 ngl. what's the wait for a consult", R),
    # 2. no reason to keep going since a loss, typed with commas everywhere
    ("after the glaucoma took my eyes,, i see no reason to keep going,, does ketamine do anything for that,", R),
    ("i went blind in march , and since then there is no reason , to carry on , is there help for that", R),
    ("the stroke took my left arm , and now , there is no point , to carry on", R),
    ("since i went blind, i see no reason, to go on, is ketamine for me", R),
    ("since losing my sight,there is no point,to keep going,what are your hours", R),
    ("since the amputation,, no reason to keep on going,, ,, my daughter says try ketamine,", R),
    ("since i lost my job , theres no point , to carry on , thank you", R),
    ("there is no reason for me to keep going since my wife passed in june", R),
    ("no point , in , going , on , after , the , amputation", R),
    ("i do not have a reason to keep going anymore since losing my sight", R),
    ("i lost my sight last spring, and i cant find a reason to keep going", R),
    ("nothing to keep going for since i lost my sight", R),
    ("my wife left in june,, since then,, no reason to keep on going,, do you take tricare", R),
    ("what is the reason to keep going since i went blind", R),
    # 3. the old thoughts told as back, with a reassurance
    ("the old thoughts are creeping back in. i'm safe, not going to do anything, but should i call my doctor?", R),
    ("ugh those thoughts are back again. not gonna do anything dont worry. when is the next available slot", R),
    ("my old thoughts came back last night, you know the kind. not acting on them. can ketamine help faster?", R),
    ("having those thoughts again. not going to do anything about it. do you take aetna", R),
    ("the old familiar thoughts again, the ones from before. not planning anything. can i get in sooner", R),
    ("those thoughts r back. not gonna act on em. how soon can i book", R),
    ("been having the thoughts again, u know which ones. i'm not going to do anything, promise. are you open sunday", R),
    ("I'm safe, I promise, but those thoughts are back. Can I move my booster infusion up a week?", R),
    ("the same old thoughts are resurfacing since my last infusion wore off. wont do anything, just letting you know", R),
    ("My daughter says the bad thoughts are back but she is not going to do anything. Can she be seen this week?", R),
]

LOOK_ALIKES = [
    # no reason to keep going to a task or a place, or to continue a treatment
    "no reason to keep going to physical therapy if it doesn't help, right? can ketamine help my back instead",
    "there's no point continuing the infusions if my insurance won't pay. what's the cash price?",
    "no reason to keep going with the sessions if i feel fine now?",
    "I lost my job in march and there's no reason to keep going to that side of town, can i switch clinics",
    "no point going to the gym anymore since my knee surgery, can ketamine help pain?",
    # a lasting blindness told with its date or "since", asked about
    "since i lost my sight, i use a screen reader, do you have an accessible intake form",
    "i went blind in 2015 from glaucoma, is ketamine safe with my eye drops",
    "blind since birth, can my guide dog come to the appointment",
    "since i lost my vision last year i cant drive, do you have transport",
]

QUIET = [
    "those thoughts about quitting my job are back, not going to do anything rash though. do you have evening slots?",
    "intrusive thoughts about germs again. does ketamine help OCD?",
    "racing thoughts at night again, can't sleep. is ketamine good for insomnia?",
    "my racing thoughts are back at night, not gonna lie it's rough. do you treat sleep problems?",
    "I'm a nurse and honestly I'm jealous of my coworker's schedule, she gets all the weekends off. do you have evening hours?",
    "jealous of the day shift nurses lol. what time do you close",
    "jealous of the patients who never make it to their appointments on time, they still get seen",
    "i envy people who never wake up before noon",
    "wish it was me on the beach instead of this night shift",
    "wish i was the one in the bed sleeping instead of charting at 3am",
    "if those thoughts come back, should i call you or my therapist",
    "what if the old thoughts come back after i stop the infusions",
    "can you send those thoughts again, i mean the notes from my last visit",
    "ER nurse, do you see a lot of people who overdose? just curious how the infusions are monitored",
    "does ketamine help with thoughts of death? asking for my mother",
]

STILL_EMERGENCIES = [
    ("since i lost my sight suddenly this morning in my left eye, my face feels numb, what do i do", M),
    ("i went blind in my right eye an hour ago out of nowhere", M),
    ("no reason to keep going to physical therapy. honestly i want to die", S),
    ("there's no point continuing the infusions, i have the pills counted out and i am taking them tonight", S),
    ("I'm an EMT and I have the narcan kit but I'm going to take all the fentanyl from the box tonight", S),
]
