"""Round 52's English ask tier told in passing, in a learner's English or relayed, and a clinician's referral of a
patient with passive suicidal ideation now (helper a; tests/unit/test_crisis_classes_by_round.py checks them, key
520). Classes the detector missed, each now read through round 52 (a)'s families in phrases.py (the ask tier):
(1) a passive wish told beside an ordinary clinic question, often in a second-language English: closing the eyes
and never opening them again (CLOSE_EYES_NEVER_OPEN_52A); an accident on the road, a car, a bus or a truck hitting
the writer told as easier, simpler or a relief, in either order (EASIER_IF_HIT_52A); a survivor's wish to have died
with the others in a war, a fire or a bombing, or "why i did not die with them" (WISH_DIED_WITH_THEM_52A); a
bereaved parent or spouse "just waiting to join" the one who died (WAITING_TO_JOIN_52A); praying every night to
die, told by an old writer in nerve pain or relayed about a parent (PRAY_TO_DIE_52A); a blind, deaf or disabled
writer who does not know why he keeps going (WHY_KEEP_GOING_52A); "dont want be hear no more" misspelled
(NOT_BE_HERE_SPELLED_52A); a relative who tells the writer she wishes she could vanish or does not want to be around,
often after a birth (RELAYED_WISH_TO_VANISH_52A);
(2) a therapist, an NP, a PCP, a social worker or a case manager referring a patient who has passive SI now
("passive SI", "endorses passive thoughts of death", "wishes she would not wake up", plan and intent denied)
(CLINICIAN_PASSIVE_SI_52A, read as a topic so that a question about passive SI in general is none, and
THIRD_PERSON_WISH_NOT_WAKE_52A).
Older filters that covered such sentences give way to the families (a worry that someone will kill with a thing, a
war wound, a sports team or a car); a survivor's wish is not dated by the deaths' year (patterns.py).
False alarms ruled out by round 52 (a)'s filters in patterns.py (LOOK_ALIKES): waiting to join someone where the
message tells no death (a move); disappearing from social media, a group chat or to a spa for a weekend; SI denied
in a list that names the passive kind too. Each gives way to a danger told now or a wish for good (STILL_EMERGENCIES).
QUIET holds the families' neighbours: resting the eyes during an infusion, a waitlist, praying for the pain to go,
a car that picks the writer up, a dye, going to the wrong entrance, an hour's visit, "denies SI/HI", "no SI", a
history of SI with none now, a long-standing passive SI told as stable or managed, a clinic's screening policy asked about.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_PASSIVE_WISH_IN_PASSING = [
    # eyes closed, never to open
    ("i want close my eyes and never open again, this is what i feel every day. you take medicaid?", R),
    ("sometimes i wish close my eyes tonight and not open them anymore. how much cost the ketamine?", R),
    ("my mother tell me she want to close her eyes and not open never again. she is 70, can she do infusion?", R),
    ("honestly id love to shut my eyes and never open them. whats the wait time for a consult", R),
    ("I WANT CLOSE MY EYES AND NOT OPEN EVER AGAIN. HOW MUCH FOR CONSULT", R),
    # an accident on the road told as easier
    ("sometime i think it more easy if a truck hit me on road. my english not good sorry", R),
    ("accident on highway would be easier for me than this life. what is price for first infusion?", R),
    ("maybe if a car hit me would be better, i am so tired. do you accept molina", R),
    ("my husband say it is more easy for him if a bus kill him, he has much pain. can he come tuesday?", R),
    ("i think better if car kill me on the road, then no more pain. do you take fidelis", R),
    # a survivor's wish to have died with the others
    ("i wish i died in the war with my sisters. now i have bad dreams every night. can ketamine help ptsd?", R),
    ("why i did not die with my sisters in the war, i ask god every day. i need help for trauma", R),
    ("i wish the bomb took me too with my mother and my kids. do you have farsi speaking doctor?", R),
    ("i wish i died in 2015 with my parents in the bombing. now i live in brooklyn, do you take emblem?", R),
    # waiting to join the one who died
    ("my son died 2 years ago, i am just waiting to join him. my daughter says i should try ketamine", R),
    ("since my daughter passed i'm only waiting to go be with her. can you help grief?", R),
    ("my twins were stillborn. i am just waiting until i can be with them. do you take oscar", R),
    ("my wife lost our daughter in 2021 and she says she is only waiting to be with her again. do you take couples?", R),
    # praying every night to die
    ("i am 78 and i pray every night to die because trigeminal neuralgia pain is too much. can ketamine help?", R),
    ("my father is 80, he prays every night that god takes him, the nerve pain in his face is terrible", R),
    ("My mom begs god every night to let her die, her shingles pain never stopped. Do you treat postherpetic neuralgia?", R),
    # not knowing why one keeps going
    ("i am blind since 10 years, i dont know why i keep going. can ketamine help depression?", R),
    ("my uncle is blind and he says he doesnt know why he keeps going. can he come with his guide dog?", R),
    ("deaf since birth and almost blind now, tbh i dunno why i keep going. how does the intake work", R),
    # "dont want be here anymore" misspelled
    ("dont want be hear no more. how much is the treatment", R),
    ("dnt wana b here anymor. do u take cigna", R),
    ("me no want be here anymore. ketamine how much", R),
    # a relayed wish to vanish, after a birth or not
    ("my daughter gave birth 5 weeks ago and keeps telling me she wishes she could vanish. is spravato ok when breastfeeding?", R),
    ("my sister just had her baby and she tells me she does not want to be around anymore. can i book for her?", R),
    ("my son's wife just gave birth and she texts me that she wishes she could vanish forever. can she come?", R),
]
_CLINICIAN_PASSIVE_SI = [
    ("Hi, I'm a therapist referring a 34yo client with TRD. She has current passive SI, no plan or intent. Do you have openings?", R),
    ("NP here, referring pt for ketamine eval. Endorses passive thoughts of death, denies plan/intent. Please call me back.", R),
    ("I'm her PCP. She reports she sometimes wishes she would not wake up, no plan. Can we refer her to your clinic?", R),
    ("therapist here: client has current passive SI, no plan or intent, medically stable. next available intake?", R),
    ("social worker referring a client, 52M, passive SI daily, no intent or plan, can you see him soon?", R),
    ("referral: 28F MDD, current passive SI without plan, failed 3 SSRIs. fax number?", R),
    ("my patient wishes he would not wake up in the morning, no plan or intent. does your clinic take referrals from psychiatrists?", R),
    ("I am a psychiatric NP. pt endorses passive death wish, no si plan. interested in spravato", R),
    ("PCP referral for 45F with TRD: +passive SI, -plan, -intent. Please advise next available.", R),
    ("Hi, I'm a case manager. My client says he wishes he was dead but denies any plan. Is there an intake line for providers?", R),
    ("psychiatrist referring 29 y/o male, PHQ-9 item 9 positive, passive death wishes, no plan, safety plan in place", R),
    ("NP referral: pt w/ current passive SI, no plan/intent, failed 4 antidepressants. fax?", R),
    ("HI THIS IS HER THERAPIST. SHE ENDORSES PASSIVE SI, NO PLAN. PLEASE CALL ME.", R),
    ("my client has been endorsing passive si since her divorce, no plan or intent. what does the ketamine intake look like?", R),
    ("Therapist referral: 38F, MDD recurrent, passive SI most days (denies plan or intent). Please contact me.", R),
    ("This is Sarah from the PCP office. Our pt reports passive death wishes and insomnia; no plan. Referral faxed.", R),
    ("Case manager referring 60 y/o veteran, endorses passive SI, safety plan done. When is next available?", R),
    ("I'm his therapist. He has been having passive SI for two weeks, no plan. Can he be seen urgently?", R),
    ("NP at a community clinic: patient reports she wishes she wouldn't wake up some mornings. denies plan. Can she start Spravato?", R),
    ("hi im a school social worker, my student (18) endorses passive si, no plan. do you see young adults?", R),
    ("Is there a fax number? I'm referring a pt who endorses passive SI.", R),
    ("Hello. I am writing as Ms. R's therapist; she continues to endorse passive SI without plan. We would like a ketamine consult.", R),
]
CLASSES = _PASSIVE_WISH_IN_PASSING + _CLINICIAN_PASSIVE_SI

LOOK_ALIKES = [
    # waiting to join someone where no death is told: a move
    "my husband got a job in denver and i am just waiting to join him. can i transfer my care to a clinic there?",
    "my wife is already in atlanta with her new job, im only waiting to be with her, do you have a clinic down there",
    # disappearing from social media, a chat or to a spa
    "i want to disappear from social media for a while lol. anyway do you post on instagram",
    "my wife had a baby and wants to disappear to the spa for a weekend lol",
    "i wanna vanish off instagram for a week lol. do u guys have a tiktok",
    "honestly i just want to disappear from the group chat, my cousins are so loud. what are your hours",
    # SI denied in a list that names the passive kind too
    "client denies SI, including passive thoughts of death. please send intake forms",
    "pt denies SI/HI (incl. passive death wish). please fax intake forms",
    "no SI, not even passive thoughts of death, per her therapist. can she start spravato?",
]

QUIET = [
    "i like to close my eyes and rest after the infusion, is that ok?",
    "during the infusion can i close my eyes and not open them until the end?",
    "i want to close my eyes during the infusion and not open them until the nurse comes, is that ok",
    "my son is waiting to join the waitlist, how long is it",
    "since my dad passed my mom is waiting to join my sister in florida for the winter. can she transfer her care?",
    "i pray for the pain to go away every night. can ketamine help neuralgia?",
    "my grandma prays every night for her grandchildren",
    "my mom prays every night that god takes care of us",
    "would be easier if a car picked me up after the infusion, do you have a shuttle?",
    "if i have a car accident on the way will insurance cover it",
    "i wish i was there with my sisters during the war",
    "i do not know why i keep going to the wrong entrance",
    "i dont know why i keep getting headaches after the spray",
    "i do not know why i keep waking up at 3am. is that a side effect?",
    "dont want to be here no more than an hour, how long is the visit?",
    "after the birth my wife does not want to be here in the city anymore, we are moving",
    "my sister just had her baby and she tells me she wants to be around more for her son",
    "therapist referring a client with TRD, denies SI/HI. do you take BCBS?",
    "NP referral: 45M, no SI, no HI, failed 4 meds. how to send records?",
    "client has history of SI years ago, none now. can you see her?",
    "what is your clinic's policy for screening patients with passive SI before an infusion?",
    "do you accept patients with passive suicidal ideation? I'm a therapist asking in general",
    "pt denies passive or active SI. intake?",
    "hx of passive SI in 2019, resolved. currently stable on sertraline. referral for ketamine?",
    "Therapist here: does your intake screen for passive SI? what tool do you use?",
    "Referral for 50M with TRD. Denies SI, HI. Passive SI: none. Please call.",
    "pt denies active SI, denies passive SI. referral for ketamine",
    "can ketamine help with passive suicidal ideation? I'm a therapist asking for my practice",
    # a long-standing passive SI told as stable or managed
    "LCSW referring a 47F with TRD; long-standing, stable passive SI, weekly therapy and a safety plan. How do I send the referral?",
    "my client has chronic passive SI that has been stable for years with therapy. what paperwork do you need from me?",
]

STILL_EMERGENCIES = [
    # waiting to join, no death told, beside a danger now
    ("my husband is in denver and i am just waiting to join him, but i have the pills counted out for tonight", S),
    ("i am just waiting to join him. i want to kill myself", S),
    ("i still have my moms leftover hospice morphine and i am just waiting to be with her now", S),
    # disappearing from social media beside a wish for good or a danger now
    ("i want to disappear from social media and from this world, i am going to kill myself tonight", S),
    ("wants to disappear to the beach for the weekend, but right now she took all her pills and is not waking up", O),
    # SI denied in a list beside a danger now
    ("pt denies SI, including passive thoughts of death, but she just swallowed the whole bottle of her pills", O),
    ("client denies SI, including passive death wishes, but today he says he wants to kill himself and has a gun", S),
]

NOT_RULED_OUT = []
