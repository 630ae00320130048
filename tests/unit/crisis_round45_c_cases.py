"""Round 45's the ask tier in English (helper c; tests/unit/test_crisis_classes_by_round.py checks them, key
452): passive wishes told in passing, beside a practical question, that the detector missed; each now
reaches at least the ask tier (possible risk; self-harm also fits) through round 45 (c)'s families in
phrases.py:
(1) an intrusive thought on the water or up high, told as not acted on: on a ferry, a boat, a cruise ship,
a dock, a pier, a kayak or a bridge walk, looking down and thinking how easy it would be, "it would not
take much", "one step and it's done", "I'm not going to do anything", told by the writer or relayed;
(2) a teenager (14-17), or a relative's teenager, who hates being alive, hates living or existing, or
wishes they were not alive, inside a practical question (minimum age, parents coming, asking a parent);
(3) trapped or stuck with no exit or no escape in life, beside a payment plan, insurance or the cost
("no way out" alone was already read);
(4) an elderly parent relayed in learner's English who asks or prays God to take her or let her go, or
wants to go (be) with her late husband since he died.
Look-alikes: "no way out" of a lease, a contract, a membership or a parking garage is ruled out by a new
filter (patterns.py, round 45 (c)); it gives way to a wish to die, a life told as trapped, or a danger now
(STILL_EMERGENCIES). QUIET holds the families' own look-alikes: a ferry schedule, a teen asking the age
limit, praying for a good outcome, a mother who misses her late husband, "hate living in this city".
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. an intrusive thought on the water or a height, not acted on
    ("My husband told me that on the ferry he looked down and thought it would not take much. He says he won't do anything. Can he get an appointment?", R),
    ("on the boat i looked over the side and thought one step and its done. i'm not going to, i just want help", R),
    ("Standing on the deck of the ship I kept thinking how simple it would be. I would never do it but it scares me.", R),
    ("my daughter said on the ferry she looked down at the water and thought how easy it would be. she says she wont do anything", R),
    ("walking across the bridge downtown i looked down and thought it would not take much. im not going to do anything", R),
    ("on the kayak in the middle of the lake i thought how easy it would be to just let go. not going to do anything", R),
    ("on the water taxi i kept looking down thinking how easy it would be. I'm not going to do anything. What are your hours?", R),
    ("On a cruise ship balcony I looked down at the ocean and thought it wouldn't take much to go over. I'm fine, not doing anything", R),
    ("we took a boat tour and i kept staring at the water thinking it wouldnt take much. im not gonna do anything", R),
    ("sitting on the dock with my feet over the edge thinking how easy it would be to just slip in. i wont do anything dont worry", R),
    ("Out on the pier at night I looked down and thought how easy it would be.\nI'm safe, I'm not going to act on it. Do you take Cigna?", R),
    ("I was on the ferry looking at the water and it crossed my mind how easy it would be, I won't do anything about it", R),
    ("my brother was fishing off the jetty and said he looked down and thought it would not take much, he will not do anything he says. can he book a consult", R),
    # 2. a teenager who hates being alive, inside a practical question
    ("im 14 and i hate being alive. whats the minimum age to get ketamine?", R),
    ("I am 16, I hate my life and I hate being alive, do my parents need to come to the appointment?", R),
    ("I'm 17 and honestly I hate living. How do I ask my parents about trying ketamine?", R),
    ("15 y/o here, i wish i wasnt alive most days. do i need a parent to sign?", R),
    ("15 here, honestly i hate being alive. do my parents have to sign anything?", R),
    ("im 16 i just hate existing. how old do you have to be for treatment", R),
    ("my son is 15 and he says he hates being alive. what is the youngest age you treat?", R),
    ("I'm 17. I wish I weren't alive. Can I come without my parents?", R),
    ("I hate being alive and I'm only 16, how do I bring this up with my mom?", R),
    ("i'm 14 & i hate bein alive, do u treat teens", R),
    ("my daughter is 15, she told me she wishes she was not alive. do you see teenagers or do we need a referral", R),
    ("16 yo. hate living tbh\nhow do i ask my dad to take me to a clinic", R),
    # 3. trapped with no exit in life, beside a practical question
    ("I feel trapped with no exit. How much is a session?", R),
    ("I feel like I'm trapped and there's no exit. What does it cost?", R),
    ("I feel trapped, no exit. How much does it cost?", R),
    ("i am stuck in my life with no escape. do you do payment plans", R),
    ("honestly feeling so trapped, no way out, does insurance cover any of this", R),
    ("There is no way out for me. Do you have payment plans?", R),
    ("my wife feels trapped in her life, she says no exit from this life. is it covered by blue cross?", R),
    ("i feel cornered and there is no escape. whats the price for an infusion", R),
    # 4. an elderly parent who asks God to take her, relayed in learner's English
    ("My mom she always asking God let her go, she want to be with my dad who die last year. You treat old people?", R),
    ("My mother say she want to go with my father, since he die she say this. Is ketamine safe for 75 years old?", R),
    ("My father he pray every night God take him. He is 82. What is the price?", R),
    ("Since my dad died my mom says she just wants to be with him now. Do you see seniors?", R),
    ("my mom ask God to let her go since my father died, she is 78, is treatment ok for old people?", R),
    ("My mother want to go be with my father since he die. She say this every day. Do you treat elderly?", R),
    ("my grandmother keep asking god to come take her, since grandpa pass away she is very sad. ketamine is ok for 85?", R),
    ("My mother is 80, after my father passed she begs God to let her die. Can she come with me to appointment?", R),
    ("mi mother pray to god for take her, she want go with my late father. how much cost the visit", R),
]

LOOK_ALIKES = [
    "Is there no way out of the lease?",
    "is there any way out of my contract? no way out of the lease it seems",
    "The parking garage had no way out, I was stuck for an hour.",
    "there is no way out of this gym membership lol, can I cancel my appointment?",
    "no way out of the payment plan once you sign? asking before I book",
    "the parking lot by your office has no exit on the east side, where do I leave",
    "My mom says there is no way out of her phone contract until March, can she pay with a card?",
    "there's no way out of the parking structure after 9pm?? how do I get my car after the infusion",
    "no way out of the cancellation fee i guess, ok rebook me for friday",
]

QUIET = [
    "What time does the ferry leave?",
    "I'm 16, what is the age limit?",
    "I pray for a good outcome.",
    "My mother misses her late husband very much since he died.",
    "i hate living in this city, i am 17, do i need my parents",
    "the ferry ride was so easy, it would not take much time to get there. what are your hours",
    "I looked at the ferry schedule, it would not take long. I'm not going to drive.",
    "My mom wants to go with my dad to the appointment, he passed the screening",
    "we pray every day that God helps my mother, she is 79, is ketamine ok for her",
    "im 15, do my parents have to come with me or can my aunt bring me",
    "My father died last year and my mother is very lonely, she talks about him every day. Do you help with grief?",
    "is there a boat or a ferry from the island to your clinic",
]

STILL_EMERGENCIES = [
    ("no way out of the lease and no way out of my life, i want to die", S),
    ("there is no way out of this contract, i have the pills counted and i am taking them tonight", S),
    ("The parking garage has no way out and I'm going to jump off the top level tonight", S),
    ("no way out of the lease. i am going to kill myself", S),
]
