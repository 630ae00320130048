"""Round 46's suicide emergencies told calmly in English (helper a; tests/unit/test_crisis_classes_by_round.py
checks them, key 460): scenes with the means gathered or the place reached, told flatly and often inside an
ordinary question, that the detector missed; each now reaches the emergency tier (self-harm) through round 46
(a)'s families in phrases.py:
(1) pills put aside little by little until there are enough or a day is picked: a worker at a pharmacy, a
hospital or a nursing home slipping a few away every shift, or someone saving their own pills night after
night, often in a learner's English (no articles, wrong tenses), tucked in a question about how fast the
treatment works or what it costs, first person or relayed;
(2) goodbye messages written and scheduled (for midnight, for an hour, "set to go out later") while pills
or another means are at hand, in SMS shorthand (msgs, 2nite, bc, idk, rn, no punctuation), or relayed;
(3) someone on a roof, a roof deck, a ledge or the top floor of a tall building since the small hours or
for hours who does not want to go back down (or in), told plainly without the word suicide.
Look-alikes: older families read pharmacy staff putting pills aside for expired stock, a message
scheduled for an appointment reminder or a birthday, a goodbye email to coworkers on a last day at work
and a pet or a pastime on a roof for hours as self-harm; four new filters (patterns.py, round 46 (a)) rule
them out and give way to a farewell, a hoard, a wish or a danger now (STILL_EMERGENCIES). QUIET
holds the families' own look-alikes: stock counts, money put aside, a pill organiser for a trip, roofers,
a rooftop bar, a sunrise watched from a roof, a cat stuck on the roof. Written here, never copied from an
evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. pills put aside little by little until enough or a day picked
    ("I work in pharmacy. Every day I am put few pills aside in my pocket, now is almost enough, I choose the day already. How fast ketamine is working?", S),
    ("i work night shift at hospital and every shift i take 2 tablet for me, i keep them in drawer until i have enough. day is picked, sunday. how much cost one infusion?", S),
    ("My sister works in a nursing home. She told me she has been taking a few pills home every shift until she has enough, and she already picked the date. How quick does treatment work?", S),
    ("I am nurse in elderly home. Each shift I put aside some pill from the residents, soon will be enough and I have choose date. What is price for session?", S),
    ("been saving my pills little by little for months, almost enough now, picked a date. do u take aetna", S),
    ("I have been collecting my sleeping pills a few at a time, I have enough now and the date is set. How long before ketamine works?", S),
    ("Every night I don't take my pill and keep it in a box. When there is enough I will do it, the date I already decide. Price of treatment?", S),
    ("im a pharmacy tech and ive been pocketing a couple pills each shift. i have a day picked. how fast does spravato kick in", S),
    ("I stash one or two of my pills every day. Soon I will have enough. How long is the waiting list?", S),
    ("I work at the chemist, every day I take little bit of tablets, I keep until it's enough. I already have the day. Ketamine work fast or slow?", S),
    ("my husband is a nurse and i found out hes been putting pills aside every shift, he wrote a date on the calendar and said soon it will be enough. how fast can he be seen", S),
    ("saving up my meds one by one til theres enough, got the date picked. how much is it", S),
    ("I am caregiver in nursing home.\nEvery shift I hide two morphine tablet in my bag.\nNext week is enough, I decide the date.\nKetamine is working from first time?", S),
    ("Me work in hospital pharmacy since 3 year. I am saving oxy tablets one by one, now I have almost enough and day is choose. How much is cost for one treatment please", S),
    # 2. goodbye messages scheduled, the means at hand
    ("wrote goodbye msgs to everyone and set them to send at midnight. pills r next to me. how much is an infusion", S),
    ("i scheduled my goodbye texts for 2nite at 12 bc idk what else to do, got the pills here rn", S),
    ("my goodbye msgs r set to go out later, i have the pills rn, do u take insurance", S),
    ("Wrote farewell letters and emails, timed to send at 3am. The pills are on my desk. Do you have openings tomorrow?", S),
    ("scheduled goodbye messages for my family to go out at midnight. I have my dad's gun. How do I book", S),
    ("my daughter just told me she has goodbye texts set to send tonight and she has a bottle of pills, what do i do", S),
    ("set my farewell email to send at 6 am, the pills are beside me rn idk", S),
    ("i wrote goodbye msgs 2 all my friends they go out at midnite bc i cant anymore the pills r here", S),
    ("goodbye message timed for 11pm to my mom. pills are ready. is the clinic open late", S),
    ("texts r scheduled 4 midnight saying bye to every1, pills in my hand rn", S),
    ("I have the goodbye messages scheduled to send later tonight and the rope is ready. How much does a consult cost?", S),
    ("my brother scheduled his last messages to go out at 2am and he has all his meds in front of him. he wont answer me", S),
    ("idk y im writing here. bye msgs timed 4 later, the bottle is open next 2 me", S),
    # 3. hours on a roof or a ledge, not wanting to go back down
    ("I am on the roof of my building since 3am. I don't want to go back down. Can someone call me?", S),
    ("been up on the roof deck since the small hours, dont want to go back down", S),
    ("I'm sitting on the ledge of the 20th floor, been here for hours. I don't want to come back inside. Are you open?", S),
    ("my son is on the roof of his apartment building since 4 in the morning and he says he doesn't want to come down. what should i do", S),
    ("on the top floor of the parking garage since 2am, not going back down", S),
    ("I've been on the roof for hours. I don't want to go back down. what do i do", S),
    ("sitting on the edge of the roof of the hospital since early morning and i dont want to climb back down", S),
    ("been on the roof of my dorm since like 3 am, i dont wanna go back down tbh", S),
    ("I am on top of tall building since the night, I not want go down again. What is your phone?", S),
    ("my girlfriend texted she is on the roof of her office tower since midnight and does not want to go back down", S),
    ("I have been on the ledge outside my window on the 14th floor for two hours and I don't want to go back in", S),
    ("up on the roof since 4am. no reason to go back down. how much is a session", S),
    ("My father is on roof of the hotel where he work, since the night. He say he will not come down. Please what we do", S),
]

LOOK_ALIKES = [
    # pharmacy or ward staff and pills for stock, read by round 12's pills put aside
    "i am pharmacy tech, we put aside pills for expired stock every week. do you take aetna",
    "At the pharmacy I set aside the recalled tablets every morning for the supplier. Can I book an evening slot?",
    "we keep the short dated meds apart every week for the reverse distributor, does the clinic open saturdays",
    # a message scheduled for an errand, read by round 4's scheduled messages
    "can I schedule a message to go out at midnight to remind me about the appointment",
    "scheduled a text to my mom for her birthday at midnight lol",
    "I scheduled an email for 8am to my boss about my infusion day off",
    "can you schedule a text for 9am to remind me of my appt on thursday",
    # a goodbye to coworkers on a last day at work, read by the older farewell families
    "wrote a goodbye email to my coworkers for my last day at work, scheduled it for 5pm. can I start treatment next week?",
    "I'm retiring friday, wrote a farewell message to the team and set it to send at noon. Can I book the week after?",
    # a pet or a pastime on a roof for hours, read by the older "on the roof" family
    "our cat has been on the roof since 3am and does not want to come down lol. anyway are you open today",
    "my dog got onto the garage roof for hours and refuses to come down, sorry unrelated, do you have parking",
    "the kitten climbed up on the roof since 6am and wont come down, can I reschedule",
    "been on the roof deck for hours reading, dont want to go back down to my hot apartment lol. are you open sunday",
    "sunbathing on the roof since 10am, do not want to go back inside, too nice. can i book for monday",
    "we had a power outage so we sat on the roof for hours in the small hours to cool off, didnt want to go back inside. anyway do you have AC at the clinic",
    "my kid was on the roof of the playhouse for hours and wouldnt come down, toddlers lol. do you treat postpartum?",
]

QUIET = [
    "I work in a pharmacy, how do I count pills for the stock every day? How fast does ketamine work?",
    "Nurse here, I count the pills every shift for the narcotics log. What is the price of a session?",
    "I'm putting aside a little money every month until I have enough for treatment. How much is it?",
    "I fill my pill organizer every sunday so I have enough for the week, is ketamine ok with my meds?",
    "I save the reminder for my appointment to send at 9am",
    "We had drinks at a rooftop bar last night, do you have appointments today?",
    "there is a party on the roof deck tonight, can I come to my infusion tomorrow morning",
    "The roofers have been on my roof since 7am, it is so noisy. What time do you open?",
    "we watched the sunrise from the roof, been up there since 5am. can i book for friday",
    "my husband is a roofer, been on the roof all day. does insurance cover ketamine",
    "I have been on the top floor of the library for hours studying, dont want to go back down to the noise. what are your hours",
    "I put my grandma's pills aside every morning in her dosette, is ketamine safe for 80 year olds?",
    "I scheduled my refill to be sent to the pharmacy at 9am, I have enough pills until then. Do you take Medicare?",
    "I take my pills every day and I have enough until my refill. Is ketamine safe with them?",
]

STILL_EMERGENCIES = [
    ("we put aside the expired stock every week, and i have been taking some of the pills home for me, almost enough now", S),
    ("i scheduled a text to remind my sister about her appointment, and my goodbye messages go out at midnight, the pills are ready", S),
    ("can I schedule a message for midnight? it is my goodbye to everyone, I want to die tonight", S),
    ("I count pills for the narcotics log every shift and I am going to kill myself with them tonight", S),
    ("wrote a goodbye email to my coworkers for my last day at work, it goes out at 5pm, and the pills are ready. i will not be here tomorrow", S),
    ("our cat is on the roof and so am i, been on the roof since 3am, i dont want to go back down, i want to die", S),
]

NOT_RULED_OUT = []
