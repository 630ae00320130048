"""Round 46's English false alarms and a shared distress stop (helper e; tests/unit/test_crisis_classes_by_round.py
checks them, key 464). Harmless messages read as emergencies or as the ask tier, now ruled out by look-alike
filters (patterns.py, round 46's section, helper e), and distress after a joke that was ruled out:
(1) money or a business told with body words and an emoji ("my savings are bleeding out", "my portfolio is
dying", "my 401k is flatlining", "our savings are on life support"), then ("for real though") a question
about the cost, a payment plan, HSA or insurance;
(2) a medicine (an antidepressant, a blood-pressure pill) taken twice by mistake some hours ago, the
writer, a parent or a spouse feeling fine, asking whether it matters before a visit, a session or an
infusion (round 37's filter needed a pharmacist consulted);
(3) a relative (or the writer) praying that God takes her pain away, relief of the pain and not death,
in a treatment question ("god take her" and "take me" stay the ask tier);
(4) a shared "distress told now" stop: "i am not ok", "i am struggling", "i can not cope", "i need to talk
to someone", "can someone call me", "i am breaking down", "no estoy bien", "ya no puedo mas", "necesito
hablar con alguien". Every joke and hyperbole filter (the old "killing me" idiom among them), the
detector's joke, hyperbole and weariness readings and its past reading give way to it, so such a message
is not ruled out (NOT_RULED_OUT) and the trained model's reading stands; a joke without that turn is
still ruled out (LOOK_ALIKES), as are errands ("not ok with the price", "call me back about my
appointment", "need to talk to someone about my bill").
STILL_EMERGENCIES hold the same scenes with a danger now (a wrist bleeding beside the savings, a double
dose with dizziness and a racing heart, a prayer beside a wish to die). Written here, never copied from an
evaluation set. No new detection class, so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 1. money told with body words, then a question about the cost or the payment
    "my savings are bleeding out 😭💸 for real though, how much is the full series of infusions?",
    "lol my portfolio is dying 💀 for real tho do you take payment plans",
    "my bank account is hemorrhaging money 😩 for real though what does one infusion cost",
    "my wallet is literally bleeding 🩸😂 for real tho how much is spravato without insurance",
    "my 401k is flatlining lol 📉 for real though can i pay with hsa card",
    "my credit card is screaming and bleeding 😭 for real tho is there a payment plan for the 6 infusions",
    "bro my business is dying 💀💀 for real though how much do u charge per session",
    "my paycheck bled out before the 15th 😂 for real though, do you accept care credit?",
    "mi cuenta de banco esta sangrando jaja 😭 for real though how much is the consult",
    "My husband says our savings are on life support lol. For real though, what's the out of pocket cost?",
    "my stocks are bleeding red all week 😩 for real, do you bill insurance after or do i pay upfront?",
    # 2. a medicine taken twice by mistake, fine, a visit asked about
    "I took my sertraline twice by mistake this morning, about 5 hours ago. I feel fine. Does that matter for my appointment tomorrow?",
    "accidentally took my blood pressure pill two times today, feel totally fine, is it a problem before my infusion on thursday?",
    "i think i took my lexapro 2x today by accident lol, it was like 6 hours ago and i feel normal. should i tell the nurse at my visit?",
    "Double-dosed my lisinopril by mistake around 8am, feel fine now. Is it ok to come for my ketamine session this afternoon?",
    "my mother took her amlodipine twice this morning by mistake, she is fine, does she need to reschedule her infusion?",
    "took my wellbutrin twice by accident yesterday morning, I feel ok. do I need to mention it before my spravato appointment?",
    "oops i took my zoloft two times today, no symptoms at all, does it change anything for tomorrow's session?",
    "I accidently taked my pressure pill 2 times this morning, I feel good, it is problem for the ketamine visit?",
    "my dad took his losartan twice by mistake about four hours ago, he feels normal. should he still come to his appointment?",
    "took my venlafaxine dose twice (forgot i had already taken it), feeling fine, will that affect my infusion friday?",
    "I may have taken my escitalopram twice today, it's been 3 hours and I feel fine, does that matter before my visit?",
    "tome mi pastilla de la presion dos veces por error hace unas horas, me siento bien, importa para la cita de mañana?",
    "I took my vitamin D twice by mistake and feel fine. does that matter for my infusion tomorrow?",
    "i took my prozac twice this am, my bad, feeling normal. is it ok for my spravato later?",
    "Husband took his metoprolol twice by mistake at breakfast, he seems fine. Does he still come in for his infusion today?",
    # 3. a prayer that God takes the pain away, a treatment question
    "My mom keeps praying that God takes her pain away. Would ketamine help her nerve pain?",
    "my abuela prays every night for god to take her pain away, can ketamine infusions help with fibromyalgia?",
    "my wife has stage 4 and she asks god to take her pain away, can your clinic do ketamine for cancer pain?",
    'Dad prays "lord take this pain from me". Does ketamine work for phantom limb pain?',
    "my sister keeps praying for god to take the pain away from her migraines, do you treat chronic migraine?",
    "grandma prays that jesus takes her pain away every night, does medicare cover ketamine for nerve pain?",
    "I pray God will take my mother's pain away. What does a ketamine infusion for neuropathy cost?",
    "mom begs God to please take her pain away, her back is so bad. is ketamine an option for her?",
    "Oh Lord take her pain away, she has trigeminal neuralgia. Do you treat that?",
    "as her hospice nurse i hear her ask god every day to take her suffering away. can ketamine be given at home?",
    # 4. a joke without a distress turn is still ruled out, errands included
    "lol my boss is killing me. anyway what are your hours",
    "kill me now lmao, finals week. do you have evening appointments?",
    "me muero de risa jaja mi perro. a que hora abren?",
    "lol the wait is killing me 😂 can someone call me back about my appointment?",
    "haha i'm not ok with these prices lol 😂 do you do payment plans?",
    "haha the traffic is killing me. do i need to talk to someone about my bill?",
    "lmao this wifi is killing me, i can't cope with this wifi lol. are you open saturday?",
]

# the families' own look-alikes with nothing to read
QUIET = [
    "this rent is killing my savings, they're on life support 😵 for real though do you do sliding scale?",
    "Our little bakery is dying 😞 honestly though, is there a sliding scale for the ketamine sessions?",
    "my mom prays a lot and keeps a rosary by her bed, does ketamine interfere with her heart medicine?",
    "lol my boss is killing me. if i am not ok after the infusion can someone call me?",
    "jaja no puedo mas de la risa con mi perro. cuanto cuesta la consulta?",
    "my mom accidentally took 2 of her blood pressure pills this morning, she is fine, should we still come to her consult?",
]

STILL_EMERGENCIES = [
    # 1. the money joke beside a person bleeding, or a wish
    ("my savings are bleeding out lol, for real though i cut my wrist and it won't stop bleeding, how much is the ER?", S),
    ("lol my portfolio is dying 💀 for real though i want to die, how much does an infusion cost?", S),
    ("my business is on life support 😭 honestly i'm going to kill myself tonight, do you take payment plans?", S),
    # 2. the double dose with signs now, more pills, or on purpose
    ("took my sertraline twice by mistake this morning and now i'm dizzy, my heart is racing and i threw up. does it matter for my appointment?", O),
    ("my mom took her blood pressure pill twice by mistake, she feels fine but now she passed out and won't wake up, should she skip her infusion?", O),
    ("I took my lexapro twice, actually I took the whole bottle on purpose. I feel fine, does it matter for my visit?", O),
    # 3. the prayer beside a wish to die or to be taken home
    ("my mom prays god takes her pain away and says she wants to die, can ketamine help her?", R),
    ("i pray god takes my pain away, honestly i want to die, is ketamine for me?", S),
    # 4. a joke, then distress beside a wish
    ("lol my boss is killing me. for real though i'm not ok, i want to kill myself", S),
]

# A turn after a joke or a hyperbole to how the writer is now, with no crisis words: nothing is detected
# and nothing rules the message out, so the trained model's reading stands.
NOT_RULED_OUT = [
    "lol my boss is killing me. ok for real though, i'm struggling, can someone call me",
    "haha this paperwork is killing me lol. honestly i can't cope anymore, i need to talk to someone",
    "jaja mi jefe me esta matando 😂 pero ya en serio no estoy bien, necesito hablar con alguien",
    "kill me now lmao, finals week. ngl tho i'm not ok",
    "this traffic will be the death of me haha... tbh i'm really not doing well, can somebody please call me",
    "im ded 💀 my kid drew on the wall. but fr i'm breaking down, i need someone to talk to",
    "lol i'm dying, three shifts in a row. real talk i am struggling so bad",
    "my coworkers are murdering me lol. anyway im not okay, pls call me",
    "me muero de risa jaja mi perro. ya en serio, no estoy bien",
    "lmao i swear i'm going to die if i have to wait on hold again. honestly i'm falling apart",
    "bored to death at work lol. but honestly I've been struggling lately",
    "My husband says the kids are killing him lol. He's not the one to ask but I am not ok and I need to talk to someone.",
    "haha shoot me, taxes. jokes aside, i'm not coping, could someone call me today?",
    "the bill is gonna be the death of me lol. for real tho i dont feel ok",
    "i'm dead 😂 my crush saw my search history. ok but actually i'm struggling and idk who to talk to",
    "esta fila me esta matando jaja. pero ya en serio no ando bien, alguien me puede llamar?",
    # a prayer for the pain to go, beside not bearing it much longer: the prayer filter gives way
    "Lord please take my pain away, I can't do this much longer. Does ketamine help CRPS?",
]
