"""Round 48's English ask tier and two false alarms (helper c; tests/unit/test_crisis_classes_by_round.py
checks them, key 482). Missed wishes now reach at least the ask tier (possible risk; self-harm also fits)
through round 48 (c)'s families in phrases.py:
(1) a new mother who thinks her baby would be better off with another mother, with someone else raising
it, or raised by a relative instead of her, told beside an ordinary question (nursing, pumping, the spray)
(BABY_BETTER_WITH_ANOTHER_48C);
(2) chronic pain with a conditional wish not to exist ("if it is permanent i will not stick around"),
and "i can not see myself sticking around much longer" said alone (CONDITIONAL_PAIN_NOT_AROUND_48C,
SEE_MYSELF_GONE_48C); the token pattern "can|could not see" no longer reads picturing oneself as a loss
of sight (CAN_NOT_SEE_48C in phrases.py, a narrow change to patterns.MEDICAL_SIGNS);
(3) "why bother" or "what is the point" thoughts told as coming back, even beside "i am not in danger"
(WHY_BOTHER_BACK_48C).
False alarms now ruled out by two new filters in patterns.py (round 48, helper C): a medical interpreter
or a translator relaying a patient's or a relative's condition with a question; pills kept from
grandchildren or children (a lockbox, a high shelf, child-proof caps) after a near miss where nothing was
swallowed. STILL_EMERGENCIES hold the same scenes with a danger now (a relayed wish to die, a seizure now,
a pill missing, a sleepy toddler). QUIET holds the families' look-alikes: a baby better off with a
pacifier, the bottle or formula, not wanting to be around crowds or smokers, "why bother with insurance".
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_NEW_MOTHER = [
    ("3 weeks postpartum and i honestly think my son would be better off with a different mom. can i pump after a ketamine session?", R),
    ("my newborn deserves a mother who isn't me. someone else should raise her. is spravato ok if im nursing", R),
    ("i keep thinking my daughter would have a better life if somebody else raised her. does the nasal spray get into breastmilk?", R),
    ("had my baby in january. i feel like she'd be happier with another mother, not me. do u take medicaid", R),
    ("My infant would honestly do better with my sister as his mom. Is esketamine compatible with breastfeeding?", R),
    ("ppd is rough. i think my husband should just raise the baby without me. how long is the waitlist", R),
    ("pretty sure my twins would be better off being raised by my parents instead of me. can i still breastfeed on treatment?", R),
    ("my little one would be better off with someone else raising him tbh. what does an intake cost", R),
    ("new mom. my baby would be better off with a better mother than me. is it safe to nurse on the spray", R),
    ("6 wks pp, i truly believe my girl would be happier with her dad alone. do you see postpartum patients", R),
    ("i think someone else could mother my baby better, someone else should adopt her. can you treat postpartum depression? still breastfeeding", R),
    ("sometimes i feel like our newborn would thrive with a different family. is ketamine safe for nursing moms?", R),
]
_CONDITIONAL_PAIN = [
    ("if my crps is permanent i do not want to be around anymore. does ketamine help with that?", R),
    ("if this back pain never goes away i can't see myself sticking around much longer", R),
    ("honestly if the nerve pain is forever, i dont wanna be here. what are the infusion costs", R),
    ("if the doctors cannot fix this i dont think i will be around in a year. do you treat fibromyalgia", R),
    ("should this pain never ease up I don't see myself here much longer. Do you accept Medicare?", R),
    ("if this is how it is going to be for the rest of my life, i'm not sure i want to stick around", R),
    ("if the migraines never stop i wont stick around, i mean it. how soon can i start", R),
    ("i dont want to be around if this pain is forever. is there a sliding scale", R),
    ("If my neuropathy will not get better I do not think I can keep going. What's the first step?", R),
    ("when they tell me the pain is permanent i really dont want to exist. can ketamine help crps", R),
    ("i can't see myself being around much longer with this pain. do you take tricare", R),
    ("if the fibro never lets up, idk if i want to stick around. whats ur phone number", R),
]
_WHY_BOTHER = [
    ("the why bother thoughts are creeping back in. I'm not in danger, just want to move my appointment up", R),
    ("whats the point thoughts again this week. not in danger, just letting u know", R),
    ("those what is the point feelings are returning. i'm safe, can i get in sooner?", R),
    ("I have noticed the 'why even bother' thinking has started again. I am not in any danger. Is there an earlier opening?", R),
    ("back to thinking what's the point of it all. not in danger, promise. do you have weekend hours", R),
    ("the why bother mood is back lol. not in danger tho. can i book another infusion", R),
    ("been catching myself thinking why bother again. no plans. can ketamine help", R),
    ("i keep thinking what is even the point. i am not in danger. when is the next slot", R),
    ("that why-bother feeling keeps coming back, not in danger, just tired of it", R),
    ("whats-the-point thoughts are resurfacing. not in danger. do you take aetna", R),
]
CLASSES = _NEW_MOTHER + _CONDITIONAL_PAIN + _WHY_BOTHER

LOOK_ALIKES = [
    # an interpreter or a translator relaying a patient's or a relative's condition, with a question
    "i'm translating for my father, he has had seizures for years, is ketamine safe for him?",
    "medical interpreter here. the patient says her chest hurts all the time from fibromyalgia. what do you offer?",
    "I interpret for my grandmother, she has CRPS and says she can't breathe when the pain flares. What treatments do you have?",
    "my mom only speaks spanish so i am translating, she has had chest pain for months with her anxiety, do you treat that?",
    "translating for my uncle: he passes out sometimes from his blood pressure, he has a long history. what are the options",
    # pills kept from children after a near miss, nothing swallowed
    "my granddaughter almost got into my pill bottle so i moved everything to a lockbox, any other tips?",
    "my toddler nearly opened my oxy bottle, the child proof cap held. should i keep it on a higher shelf?",
    "caught my 3 year old with my pill bottle, it was still closed, nothing swallowed. where do i buy a medication safe?",
    "the grandkids got into the bathroom cabinet but couldn't open any of the child-resistant caps. storage advice?",
    "my grandson grabbed my pain pills off the counter but i took it away before he opened it. now they're locked up, is that enough?",
]

QUIET = [
    "my baby is better off with a pacifier at night, is that ok with the spray?",
    "honestly my daughter does better with formula, can i start ketamine now that i'm not nursing",
    "my son would be better off with a different pediatrician, any recommendations?",
    "i do not want to be around crowds when my pain flares, can i get a private room?",
    "i don't want to be around smokers during the infusion, is the building smoke free?",
    "if my pain never stops i don't want to be around people, i get so cranky. can i bring headphones",
    "why bother with insurance if it doesn't cover anything, is self pay cheaper?",
    "why bother calling, nobody answers. can i book online?",
    "i can't see myself working at this clinic forever lol, are you hiring nurses part time?",
    "i keep my pills in a lockbox so the grandkids can't reach them, can the spray go in there too?",
    "I am translating for my mom, she has CRPS, what do you offer?",
]

STILL_EMERGENCIES = [
    ("i'm translating for my mother, she says she wants to die because of the pain, what can you offer", S),
    ("interpreting for my dad, he is having a seizure right now, what do i do", M),
    ("my granddaughter almost got into my pill bottle, now two pills are missing and she's very sleepy, i have a lockbox now", O),
    ("my toddler nearly opened my oxy, the cap held, but he chewed one that was on the floor and is not waking up", O),
]

OVERDOSE_KIND = []

NOT_RULED_OUT = []
