"""Round 53's English emergencies told sideways (an online farewell with the means taken, a small child limp after
the heat, a deep burn that does not hurt), the ask tier in a learner's English, and eight English false alarms
(helper f; tests/unit/test_crisis_classes_by_round.py checks them, key 530). Classes the detector missed, each now
read through round 53 (f)'s families in phrases.py:
(1) a farewell posted online (a gamer logging off for good to his squad, a choir member's "last post", a goodbye to
a group chat or a server) with the means already taken or at hand (pills taken, something swallowed, the car
keys taken and the writer driving off somewhere): self-harm (ONLINE_FAREWELL_WITH_MEANS_53F);
(2) a baby or a toddler limp, floppy, not responding or not waking after a hot stroller, a hot car or the sun:
medical (CHILD_LIMP_AFTER_HEAT_53F);
(3) a burn from a stove, an iron, hot oil or a chemical, told now, with the skin white, leathery, waxy or charred
and no pain, because it is deep: medical (DEEP_BURN_NO_PAIN_53F);
(4) the ask tier said in a learner's English: "better if i not wake up", "is better i dont wake tomorrow", "if i
sleep and no wake up is ok for me", often inside a clinic question (NOT_WAKE_BETTER_LEARNER_53F).
False alarms ruled out by round 53 (f)'s filters in patterns.py (LOOK_ALIKES) where they fired, and left alone by
the families where they did not (QUIET): empty Spravato or nasal spray devices in the garbage and how to dispose
of them; a shop or a workplace telling last month's Narcan story (revived, all fine) and asking about naloxone
training; a paint or a cleaning smell giving a mild headache, asked about before a visit; voice-to-text's "knife
cut" for "nice cut" and a cooking cut that is fine; an interpreter, a pastor or a teacher asking how to speak of,
translate or define the word suicide; a joking "heart attack" ("you'll give me a heart attack with these late
empanadas"); a gutter cleaned and a jump down onto a ladder, the card game bridge, photos at the Brooklyn Bridge;
a calm question about a regular dose doubled by mistake with no symptoms. Each gives way to a danger told beside it
(review R's _DANGER_TOLD_50R and the families' own signs): STILL_EMERGENCIES.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_ONLINE_FAREWELL_WITH_MEANS = [
    ("gg squad, logging off for good tonight. took the whole bottle of my sleeping pills before this match. been real", S),
    ("hey guys, this is my last time on the discord. already swallowed a bunch of pills. love you all, dont look for me", S),
    ("logging off forever fellas, the pills are kicking in. thanks for all the raids", S),
    ("final message to the raid team: i took all my pills an hour ago. thanks for the years, take care of each other", S),
    ("to my choir family, this is my last post. thank you for every rehearsal and every laugh. i took the car keys and i am driving to the lake", S),
    ("last post here. thanks everyone in the choir for putting up with me. i have the car and i'm going somewhere nobody will find me", S),
    ("to the group chat: i swallowed everything in my medicine cabinet. just wanted to say goodbye to you all", S),
    ("goodbye group chat. i swallowed something from under the sink, it will be over soon. thank you all", S),
    ("this is my final post. thanks for being my online family. the pills are in my hand and i am taking them now", S),
    ("signing off for good, squad. took 40 of my mom's pills. it was fun gaming with you", S),
    ("Last stream ever, chat. I already took the pills, thanks for everything, don't be sad", S),
    ("bye server. i wont be back online. i took a whole pack of tylenol so this is it", S),
    ("my last message to this group: thank you for the friendship. i drank the bleach already, do not call anyone", S),
    ("this will be my last post on here. thank you choir for the music. i have my dad's car and i am driving to the bridge", S),
    ("gonna log off permanently boys. swallowed the rest of my oxy. gg wp", S),
    ("last time posting in this group. i took all my sertraline and i have more next to me. love yall", S),
]
_CHILD_LIMP_AFTER_HEAT = [
    ("my baby was in the stroller in the sun for an hour and now she's floppy and won't respond", M),
    ("left my toddler in the hot car for like 20 minutes, he is limp and not waking up", M),
    ("the stroller cover was on all afternoon at the park, it was so hot, my 8 month old is limp and barely responding", M),
    ("found my son strapped in the car seat, the car was an oven, now he is floppy and wont open his eyes", M),
    ("baby overheated in the pram at the beach, she is all limp and not responding to me", M),
    ("my 2 yr old fell asleep in the hot car while i was in the store, now he is really floppy and not responding", M),
    ("we were at the fair in the heat all day and my infant is limp and won't wake up properly", M),
    ("MY BABY IS LIMP AFTER BEING IN THE HOT CAR PLEASE HELP", M),
    ("toddler was in the sun in her stroller too long, shes very hot and floppy and not answering me", M),
    ("my grandson was in the car in the sun with the windows up, he's limp and unresponsive", M),
    ("newborn in the stroller at the outdoor market, its 100 degrees, he is floppy and not crying anymore", M),
    ("my daughter 18 months got too hot in the car, she is limp like a rag doll and won't look at me", M),
]
_DEEP_BURN_NO_PAIN = [
    ("i burned my hand on the stove, the skin is white and leathery and it doesn't even hurt", M),
    ("spilled hot oil on my arm, the skin looks charred and i cant feel anything there", M),
    ("got drain cleaner on my leg, the spot is white and waxy and doesnt hurt at all, is that good?", M),
    ("the iron fell on my daughter's foot, the skin is white and stiff, she says it doesn't hurt", M),
    ("burned my forearm on the oven rack just now, it went white and leathery and weirdly there is no pain", M),
    ("hot grease splashed on my husband's hand, the skin is charred black and he says he feels nothing", M),
    ("i got bleach and some other cleaner on my skin, now its a white patch that feels like leather and doesnt hurt", M),
    ("my son touched the stove burner, the burn is white in the middle and it does not hurt him, is that normal", M),
    ("burnt myself with the curling iron, skin went kind of white and leathery, no pain at all", M),
    ("oil burn on my wrist, its white and hard and numb, should i just put cream on it", M),
]
_NOT_WAKE_BETTER_LEARNER = [
    ("better if i not wake up", R),
    ("is better i dont wake tomorrow. what time you open?", R),
    ("if i sleep and no wake up is ok for me. how much cost the spray?", R),
    ("sometimes i think better i no wake up in morning, doctor can help me?", R),
    ("for me is more better if not wake up tomorrow", R),
    ("i sleep and not wake up, is ok for me. you take medicaid?", R),
    ("is better for me if i dont wake up no more. i need appointment", R),
    ("better i no wake tomorrow, my life is very hard", R),
    ("if tomorrow i no wake up is okay for me, i am tired. how long is the ketamine?", R),
    ("i think is better if i sleep and never wake up. can i see doctor this week", R),
    ("my mother she say is better she dont wake up tomorrow. she can come for the treatment?", R),
    ("hello i want information. is better i not wakeup in morning. how much cost", R),
]
CLASSES = _ONLINE_FAREWELL_WITH_MEANS + _CHILD_LIMP_AFTER_HEAT + _DEEP_BURN_NO_PAIN + _NOT_WAKE_BETTER_LEARNER

LOOK_ALIKES = [
    # empty spravato or nasal spray devices in the garbage, disposal asked
    "we found a few empty spravato bottles in the garbage after my dad's sessions, how do we dispose of them safely?",
    "there are empty spravato bottles in the garbage, how do i get rid of them",
    "empty nasal spray bottles in the trash can, my kid might find them, how should i dispose",
    "can i throw the empty esketamine spray bottles in the garbage or do i bring them back",
    # last month's narcan story at a shop or a workplace, all fine, training asked
    "our cafe had a guy overdose in the restroom a few weeks ago, one of us gave him narcan and he woke up, EMS took him and he is ok. can you train our employees?",
    "last month at the store a customer od'd in the bathroom, we gave him narcan and he came back, all fine. do you do naloxone training for staff?",
    "two weeks ago at the gym we revived a member with naloxone, he's okay now. can your team teach our trainers?",
    # an interpreter, a pastor, a teacher asking about the word
    "i am a medical interpreter, how should i translate the word suicide for a family that speaks only spanish?",
    "as an interpreter, should i say the word suicide directly or soften it",
    "i teach esl, how do i explain the word suicide to my adult students?",
    "pastor here, how do i use the word suicide in a sermon at a funeral?",
    # a roof, a ladder and a chore
    "got up on the roof to fix the antenna, jumped down to the deck, my knee is fine. can i still do the spray",
    "i was up on the roof cleaning gutters and jumped down onto the ladder",
    "jumped off the roof onto the ladder while doing the gutters, no injury",
    # the card game bridge
    "playing bridge tonight with friends, can i drive after spravato",
    "i have bridge club tonight, can i come at 3 instead",
    # a regular dose doubled by mistake, no symptoms
    "i accidentally took a double dose of my usual medication, no symptoms, what should i do",
    "i took my regular dose twice by mistake this morning, i feel fine, is it ok",
    "took two doses of my lamotrigine instead of one, no symptoms, should i worry",
    "accidentally took my regular blood pressure pill twice today, i feel totally fine, can i still come in for the spray",
    "what happens if i take my sertraline dose twice by accident? i feel normal, just asking",
    "i think i took my morning lexapro twice by mistake, no symptoms, should i skip tomorrow's",
    "took my sertraline twice by accident, feel fine, not dizzy, do i skip tomorrow",
]

QUIET = [
    "threw away the empty spravato devices, is there a special way to dispose the empty nasal sprays",
    "at my job someone overdosed last month and we brought him back with narcan, everybody ok. where can we get trained on naloxone",
    # a paint or cleaning smell with a mild headache
    "they painted my apartment today and the smell gives me a mild headache, does that matter for my spravato visit tomorrow?",
    "the cleaning products at work gave me a slight headache, is that a problem before my infusion?",
    "smelled paint thinner all day and now a little headache. will that matter for my ketamine visit",
    # voice to text's knife cut, a cooking cut that is fine
    "my barber gave me a knife cut lol i meant nice cut, voice to text. anyway is there parking at the clinic",
    "sorry voice to text wrote knife cut, i said nice cut, my haircut looks great. can i book for friday",
    "cut my finger chopping onions, its fine, bandaid on. can i still come in today?",
    "i got a knife cut making dinner, it's fine now, can i still get the infusion",
    # the word asked about
    "as a pastor how do i talk about suicide in a sermon without hurting anyone?",
    "im a teacher and a student asked what the word suicidal means, how do i explain it to a 10 year old",
    "what is the best way to say suicide in haitian creole, i interpret for your patients",
    # a joking heart attack
    "you'll give me a heart attack with these late empanadas lol, are you open until 7?",
    "my mom almost had a heart attack when she saw the bill haha, do you take payment plans",
    "you guys are gonna give me a heart attack with all these forms 😂",
    # gutters, the card game, photos at a bridge
    "was cleaning the gutters and jumped down onto the ladder, all good. can i reschedule to thursday",
    "i have bridge club on tuesdays, can my sessions be on wednesday instead",
    "my bridge partner and i play tuesday nights, will the session make me too foggy",
    "at the brooklyn bridge taking photos, how long to walk to your office from here",
    # a doubled dose asked ahead
    "if i double my dose by mistake one day but feel ok, do i need to do anything",
    # the families' neighbours: a farewell with no means, a trip, meds as usual
    "logging off for tonight squad, took my meds and going to bed. gg",
    "this is my last post before my surgery, see you all in two weeks!",
    "goodbye group chat, i'm leaving for vacation, took the car and heading to the beach, see you in a week",
    "signing off for good from this server, moving to a new one, grabbed my stuff. bye guys",
    # a child in a stroller or in the heat and fine, or long ago
    "my baby napped in the stroller in the shade and now she is sleepy but fine",
    "my toddler has a cold and seems floppy and tired, should i bring him to the appointment",
    "my son was in the hot car for 5 minutes last summer, he is fine now",
    # a burn healed, red and painful, a scar
    "i burned my hand on the stove last year, the scar is white and doesn't hurt",
    "my burn is white and does not hurt anymore, it is healing",
    "burned my finger on the iron, it's red and hurts a lot",
    # waking someone else, waking early
    "better if i not wake the baby, she sleeps finally",
    "if i sleep during spravato and not wake up is ok? i heard you sleep",
    "better for me if i wake up early and take the bus",
]

STILL_EMERGENCIES = [
    ("found empty spravato bottles in the garbage and my son is passed out on the couch, he won't wake up", O),
    ("there are empty nasal spray bottles in the trash and my husband is not breathing right", O),
    ("last month we narcanned a guy in the shop and he made it. now there's another man in the bathroom not breathing, what do we do", M),
    ("our shop used narcan last month, he was fine. right now a customer is blue on the floor, do i give another dose?", O),
    ("i am an interpreter and honestly i have been thinking about suicide myself lately, how do i translate the word for patients", S),
    ("as a pastor how do i talk about suicide, my own son said he wants to kill himself tonight", S),
    ("was cleaning the gutters, jumped from the roof to the ladder and missed, fell and cant move my legs", M),
    ("my husband was on the roof fixing the antenna and says he will jump, he is standing on the edge", S),
    ("i play bridge tonight but honestly i want to die, i am going to the bridge after", S),
    ("took my lantus dose twice by mistake, no symptoms yet, what do i do", O),
    ("accidentally took my zoloft twice, i felt fine at first but now i am dizzy and my heart is racing", O),
    ("my 3 year old took my pill twice by accident, she seems fine", O),
    ("i took my meds twice by mistake and i feel fine, actually i want to take the whole bottle", S),
]

NOT_RULED_OUT = []
