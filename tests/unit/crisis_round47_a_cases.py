"""Round 47's English self-harm emergencies told sideways (helper a; tests/unit/test_crisis_classes_by_round.py
checks them, key 470): scenes whose act or danger is carried by something other than the usual words, that the
detector missed or read as the wrong kind; each now reaches the emergency tier through round 47 (a)'s families
in phrases.py:
(1) self-injury happening now told mostly through emoji (a knife, a dagger, a razor, a drop of blood, a
bandage with a drop) with "it won't stop" / "i can't stop it" and an apology or a plea, no word like "cut":
self-injury bleeding now (EMOJI_SELF_INJURY_NOT_STOPPING_47A);
(2) a bystander's report that a friend or a relative sent a farewell by arrangements: a pet handed over ("take
care of my cat for me", "find my dog a good home"), a key left (under the mat, with the neighbour), and now
does not answer calls or texts (FAREWELL_PET_KEY_NO_ANSWER_47A);
(3) everything in the medicine cabinet or all the pills in the house swallowed just now, told calmly, woozy or
sleepy, with an ordinary question: the intentional overdose guidance (ALL_PILLS_IN_HOUSE_TAKEN_47A, made
intentional in patterns.py; OVERDOSE_KIND).
Look-alikes: a pet handed over or a key left for a move, a trip, an allergy or a pet sitter is ruled out by a
new filter (patterns.py, round 47 (a)) that gives way to a farewell, a wish or a danger now (STILL_EMERGENCIES).
QUIET holds the families' own look-alikes: a kitchen or shaving cut with an emoji, a nosebleed, a period, a
tattoo, a party that won't stop; a friend on a trip not answering; a medicine cabinet cleaned out or full of
pills asked about, the day's usual pills. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_EMOJI = [
    ("🔪🩸 the bleeding keeps going, forgive me, please", S),
    ("apologies 🔪🩸🩸 there is so much and it keeps coming, help", S),
    ("🩸🩸🩸 it wont stop bleeding sorry", S),
    ("did it again 🔪 and it won't stop, sorry for this", S),
    ("🩹🩹 not enough, it keeps going 🩸 sorry", S),
    ("forgive me pls 🔪🩸 towel soaked already and it keeps coming", S),
    ("🗡️💧💧 the bathroom floor, it keeps going, im sorry babe", S),
    ("sorry. 🔪🩸🩹 its not stopping", S),
    ("🔪 sry it wont stop", S),
    ("bleeding will not quit 🩸🩸 sorry sorry, dont be mad", S),
    ("i apologise for texting this 🪒🩸 it keeps going and my hands are shaking", S),
    ("🔪🩸🩹 idk what to do it won't stop", S),
    ("soz 🩸🩹 it keeps coming", S),
    ("🩸🩸 mama forgive me, it keeps pouring out", S),
]
_FAREWELL = [
    ('my best friend texted me "take care of my cat for me" and told me the key is under the mat. now she won\'t answer my calls. what do i do?', S),
    ("my brother sent me a message saying find his dog a good home and that the spare key is with the neighbour. hes not picking up his phone. what should i do", S),
    ("my mom texted me to take care of her cat and that the key is under the mat, now she is not answering texts or calls, what do I do", S),
    ('friend sent "pls look after biscuit for me, key\'s under the mat" and now hes not answering. what should i do??', S),
    ("my sister texted that I should find her dog a good home and the key is under the flower pot. she won't pick up. what do I do", S),
    ("got a weird text from my dad, said to take care of his cat and the key is with mrs lopez next door. he isnt answering his phone, what do i do", S),
    ("my roommate left a note saying take care of my cat and the key is on the table, now she won't answer her phone", S),
    ("Mi tia me mando un text: take care of my dog for me, the key is with the neighbor. Now she no answer calls. What I do?", S),
    ("bf sent me 'feed luna for me ok, spare key in the mailbox' and his phone goes straight to voicemail now. what do i do", S),
    ("My grandson wrote me to find his cat a good home and that he left the key under the mat. He does not answer the phone. What should I do?", S),
]
_CABINET = [
    ("i just swallowed everything in the medicine cabinet. feeling kind of woozy. who will feed my cat", S),
    ("I took all the pills in the house about an hour ago. I feel sleepy. What time do you open tomorrow?", S),
    ("just took every pill in the medicine cabinet, feeling numb and drowsy, do you take insurance", S),
    ("swallowed all the pills in the house. getting sleepy now. can someone feed my dog", S),
    ("i ate everything in the medicine cabinet, im so drowsy, anyway what are your hours", S),
    ("took all the pills in the cabinet. kinda woozy. is the clinic open sunday", S),
    ("emptied the medicine cabinet into my mouth, feeling floaty and sleepy. who feeds the cat now", S),
    ("took whatever was in the bathroom cabinet. everything feels far away. does my cat need a sitter", S),
    ("downed all the meds in the house w some wine, kinda numb now. whats ur address", S),
    ("I have swallowed all of the tablets from the medicine drawer. I am very calm and sleepy. Who will walk my dog tomorrow?", S),
]
CLASSES = _EMOJI + _FAREWELL + _CABINET

LOOK_ALIKES = [
    # a pet handed over or a key left for a move, a trip, an allergy or a pet sitter
    "my friend is moving abroad, she asked me to take care of her cat and left the key under the mat, now she is not answering, is that normal?",
    "my brother is on vacation in mexico, he asked me to feed his dog and the key is with the neighbor, he hasnt answered my texts in 2 days lol",
    "we're moving to a no pets building so we have to find our dog a good home, the key is with the landlord, he is not answering. tips?",
    "my sister had to find her cat a new home because of her allergy, she left the key with me, she is not picking up",
    "I left the key under the mat for the pet sitter to take care of my cat while I'm at my infusion",
]

QUIET = [
    "cut my finger chopping onions 🔪🩸 lol, can I still come tomorrow?",
    "🔪🩸 the horror movie marathon won't stop lol sorry for spamming",
    "sorry for the late reply 🔪🍰 cutting the cake now, the party won't stop lol",
    "🩸 sorry tmi my period won't stop this month, is ketamine ok?",
    "sorry 🔪 my kid won't stop playing with the kitchen knives lol",
    "got a new tattoo 🩸🩹 it won't stop oozing, sorry, can I still do my infusion?",
    "i cut myself shaving 🪒🩸 it stopped, sorry can i come at 3",
    "my friend is on a trip and not answering his texts, and he asked me to water his plants. is that normal",
    "I cleaned out the medicine cabinet and threw away all the old pills, how do I dispose of them?",
    "my medicine cabinet is full of pills, can ketamine interact with any of them?",
    "took all my pills this morning like usual, can I still have my infusion at 2?",
    "took everything out of the medicine cabinet to clean it, where do I drop off expired pills?",
]

STILL_EMERGENCIES = [
    ("cut my finger chopping onions 🔪🩸 and it won't stop bleeding, sorry", M),
    ("sliced my hand with the bread knife 🔪🩸 blood everywhere it won't stop help", M),
    ("my friend is moving abroad and texted me to take care of her cat, key under the mat, says goodbye forever, now she is not answering", S),
    ("my brother is on a trip, he sent me find his dog a good home and the key is with the neighbor, and that he does not want to live anymore. not answering", S),
]

OVERDOSE_KIND = [(text, "overdose_intentional") for text, _ in _CABINET]

NOT_RULED_OUT = []
