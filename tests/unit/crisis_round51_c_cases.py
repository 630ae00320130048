"""Round 51's English ask tier told in passing: broken or telegraphic, indifferent, with a laugh, taken back,
misspelled; and a household false alarm (helper c; tests/unit/test_crisis_classes_by_round.py checks them, key 512).
Classes the detector missed, each now read through round 51 (c)'s families in phrases.py:
(1) a telegraphic wish in capitals or a learner's English, the words in an odd order or a verb missing ("THINK
BETTER DEAD", "better dead i think", "me want die", "no want live", "LIFE WHAT POINT", "point of life what?
nothing"): the ask tier (TELEGRAPHIC_WISH_51C);
(2) the writer's own indifference to living or dying, told plainly or beside a spouse's ("i could care less if i
live or die", "idc if i live or die anymore", "live or die, i do not care", "nobody cares if i live or die, not
even me"): the ask tier (INDIFFERENT_LIVE_OR_DIE_51C);
(3) "might as well not exist", "might as well be gone", "may as well disappear", with a laugh or an emoji: the
ask tier (MIGHT_AS_WELL_GONE_51C);
(4) "would it even matter if i was gone" in more orders and tenses ("i wonder if it would even matter if i was
gone", "it would not matter if i was gone anyway", "if i was gone would it even matter"), taken back with "i am
fine", "never mind", "jk" or a clinic question: the ask tier (WOULD_IT_MATTER_GONE_51C; a take-back after a laugh
or "never mind" is no recovery: patterns.py's round 51 (c) ongoing marker, and the treatment-effect question
filter gives way to these families);
(5) "no reason to keep going" misspelled or run together inside a message about pain or depression ("no reson to
keep goin", "dont see no reason to keep goin"): the ask tier (NO_REASON_KEEP_GOING_SPELLED_51C).
False alarm ruled out by a new filter (patterns.py, round 51 (c)): a partner's snoring, a baby's crying, a dog's
barking "killing" the writer or the spouse, or the writer joking about killing the snorer, with a laugh or a
question about sleep. It gives way to a danger told now (review R's _DANGER_TOLD_50R), violence told as done or
feared, and breathing or waking signs (STILL_EMERGENCIES).
QUIET holds the families' own look-alikes: "dead better" as British "much better", a place to die, dead skin,
"at what point in life", a thing that "might as well not exist", gone for a trip, here or not for a call, keep
going to the gym or with treatment.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_TELEGRAPHIC = [
    ("THINK BETTER DEAD. WHAT TIME YOU OPEN TOMORROW", R),
    ("BETTER DEAD I THINK. how much for ketamine treatment", R),
    ("dead better think i sometimes, sorry my english", R),
    ("MAYBE BETTER DEAD ME. I DONT KNOW. NEED APPOINTMENT", R),
    ("ALWAYS THINK BETTER BE DEAD, CAN COME SATURDAY?", R),
    ("think dead is better, i am tired everything. spravato price?", R),
    ("ME WANT DIE NOW NO MORE. my son say call you", R),
    ("i want dead, wife say go doctor. you take medicaid?", R),
    ("no want live anymore. is interpreter for russian?", R),
    ("LIFE WHAT POINT. NO POINT. HELP DEPRESSION", R),
    ("life what point anymore, you have appointment on monday?", R),
    ("POINT OF LIFE WHAT? NOTHING. NEED KETAMINE", R),
    ("my life no meaning anymore, how long is infusion", R),
    ("live for what, i ask every night. doctor speak polish?", R),
    ("THINK ABOUT DEAD ALL DAY. WORK, HOME, THINK DEAD", R),
]
_INDIFFERENT = [
    ("my husband doesnt care if i live or die and honestly neither do i", R),
    ("he couldnt care less whether i live or die and tbh i couldnt either", R),
    ("honestly i could care less if i live or die at this point", R),
    ("idc if i live or die anymore, do you take cigna", R),
    ("live or die, i dont care anymore. the depression won", R),
    ("me no care live or die, only pain every day", R),
    ("nobody cares if i live or die, not even me lol", R),
    ("not caring if i wake up or not lately. is there a waitlist", R),
    ("I don't care anymore if I live or die. My therapist gave me your number.", R),
    ("i stopped caring whether im alive or dead, been like this for months", R),
    ("my wife says she does not care whether i live or die and i feel the same", R),
    ("Honestly idgaf if I live or die. How much is the first visit?", R),
    ("i couldnt care less whether im alive or dead, just tired", R),
]
_MIGHT_AS_WELL = [
    ("i might as well not exist lol", R),
    ("might as well not exist haha nobody notices me at work", R),
    ("honestly might as well be gone 😂", R),
    ("i might as well just disappear lol no one would notice", R),
    ("might as well be dead lmao. anyway do you have evening slots", R),
    ("I might as well not be here at all haha", R),
    ("lol might as well vanish, no one texts me back", R),
    ("might as well not even exist tbh 🙃", R),
    ("i may as well be gone haha, whatever", R),
    ("might as well disappear for good lol. what are your hours", R),
    ("feel like i might as well not exist lol, do you do evening sessions", R),
    ("ugh may as well not wake up 💀 is spravato covered by fidelis", R),
]
_MATTER_GONE = [
    ("does it even matter if i'm gone? forget i said that lol", R),
    ("does it even matter if i am gone, nvm im fine", R),
    ("i keep wondering if it would matter at all if i was gone. all good tho", R),
    ("would it make any difference if i wasnt around. nevermind", R),
    ("would it even matter if i didnt wake up tomorrow lol im ok", R),
    ("would it even matter if i wasnt alive. jk im fine. how much is a session", R),
    ("wouldnt matter if i was gone anyway. never mind, is parking free?", R),
    ("if i was gone for good would it matter to anyone? forget it, is oscar health in network", R),
    ("does it matter if im here or not, whatever. can i book online", R),
    ("Sometimes I think it would not even matter to anyone if I disappeared. Anyway, is the clinic open Sunday?", R),
    ("would it really change anything if i just vanished lol never mind", R),
    ("will it matter to anybody if i died tomorrow. sorry ignore that, what is the cost", R),
]
_NO_REASON_SPELLED = [
    ("no reson to keep goin with this depression", R),
    ("dont see no reason to keep goin, so tired of hurting", R),
    ("back pain 8 years and honestly no reasn to keep going", R),
    ("i got no reason 2 keep going my depression is so bad", R),
    ("theres no reson to kep going, the migraines never stop", R),
    ("depressed since my divorce no reson keep goin", R),
    ("cant find a reson to keep going anymore the pain is everywhere", R),
    ("i have no reasson to keep goin. do u treat chronic pain", R),
    ("fibro flare again. i dont have any reson to keep goign", R),
    ("So depressed. No reason to keep goin. Does ketamine work fast", R),
    ("not one reson to keep going with this life, my body hurts all the time", R),
]
CLASSES = _TELEGRAPHIC + _INDIFFERENT + _MIGHT_AS_WELL + _MATTER_GONE + _NO_REASON_SPELLED

LOOK_ALIKES = [
    # a partner's snoring, a baby's crying, a dog's barking "killing" the writer or the spouse, with a laugh or a sleep question
    "I'm killing my husband with my snoring lol",
    "my husband says my snoring is literally killing him lol",
    "hubby snorin is killin me lol",
    "his snoring nearly killed me last night lol",
    "my snoring is killing my husband's sleep, any advice before my infusion?",
    "his snoring, i swear i am going to kill him lol. any sleep tips?",
    "if he snores one more time tonight im going to kill him haha",
    "my wife's snoring is gonna be the end of me haha, can ketamine help me sleep",
    "the babys crying is killin me lol is ketamine ok while breastfeeding",
    "my neighbor's dog barking all night is killing my wife lol, she can't sleep",
    "his snoring is killing us both 😂 do you have morning appointments? i need sleep",
    "my snoring is slowly killing my wife lmao, will spravato make me snore more",
]

QUIET = [
    # the telegraphic wish's neighbours
    "this new phone is dead better than the old one",
    "my mother says better die at home than in hospital, can hospice come",
    "i want dead skin removed, do you do facials",
    "my social life, what for? i work nights lol. can i book a friday slot",
    "half life what for, how long does ketamine stay in the body",
    "life insurance what for, i am 25",
    "no want live in queens, too far. you have manhattan office?",
    "i think dead batteries in the scale, it shows nothing",
    # the indifference's neighbours
    "this plant will live or die, i do not care, it was a gift",
    "the project lives or dies on friday, i could care less honestly",
    # might as well
    "my insurance might as well not exist lol",
    "i might as well be gone for the weekend, can i move my appointment",
    "might as well disappear into the couch after the infusion lol",
    "might as well die trying haha, booking the 7am slot",
    # would it matter
    "would it matter if i was gone for a week of treatment? i work remotely",
    "does it matter if i am here or not when the nurse calls?",
    # keep going
    "no reson to keep goin to the gym when i am this tired lol",
    "is there any reason to keep going with treatment if i feel better?",
    "no reason to keep going to physical therapy, my knee is healed",
    "i keep going back and forth about ketamine, what does it cost",
]

STILL_EMERGENCIES = [
    ("his snoring is killing me lol but seriously i took all my pills tonight", S),
    ("my husband snores and is killing me lol. now he is not breathing and i can not wake him up", M),
    ("the babys crying is killing me lol. honestly i want to die, i am not ok", S),
    ("his snoring is killing me lol, he just hit me and he is choking me", V),
    ("i might as well not exist lol, i have the pills counted out for tonight", S),
]

OVERDOSE_KIND = []

NOT_RULED_OUT = []
