"""The failure classes of crisis rounds 9 to 46, fixed by class (one data module
per round: tests/unit/crisis_round<N>_cases.py), the crisis false alarms of
question round 21 (tests/unit/crisis_question_round21_cases.py, keyed 121: a
question round N is keyed 100 + N; round 32's Spanish classes are keyed 232, round 33's false alarms 333,
round 34's overdose and medical classes 341, false alarms 342, violence 343; round 35's
overdose, medical and violence 351, false alarms 352, leftover gaps 353; round 36's suicide risk 36,
violence at home now 361, false alarms 362, leftover gaps 363; round 37's misses 37, false alarms 372,
a condition's habitual symptoms 373, known gaps 374; round 38's suicide risk 38, overdose and medical 381,
false alarms 382, violence at home now 383, known gaps 384, intentional poisoning 385; round 39's suicide risk 39,
overdose and medical 391, false alarms 392, known gaps 394, suicide risk left over 395, overdose and medical left
over 396, false alarms left over 397; round 40's suicide risk 40, overdose and medical 401, false alarms 402 and 403,
phone and speech look-alikes 404, in-and-out and giving look-alikes 405; round 41's suicide risk under way 41,
passive wishes inside a question 411, poisoning and milligrams 412, violence now and medical spelled by ear 413,
false alarms 414 and 415, known gaps 416; round 42's suicide plans told calmly 42, Spanish intentional overdoses
and ask-tier wishes 421, overdoses and poisonings told by signs 422, violence now and a faint after a dose
elsewhere 423, false alarms 424, a limb's colour as a chronic symptom 425, gaps left by the round's helpers 426,
the merge review's access sent and silence 427; round 43's suicide plans told calmly 430, Spanish suicide risk
and wishes 431, passive wishes inside a question 432, overdose and medical told in clinical Spanish 433,
false alarms in English 434 and in Spanish 435, questions read as crises and known gaps 436, the merge review's
self-injury habit and drowning now 437; round 44's overdose and medical misses 440, Spanish suicide
emergencies told calmly or by a third party 441, the ask tier in English 442, the Spanish ask tier and gaps 443,
false alarms in English 444 and in Spanish 445, the merge review's work on the tracks 446; round 45's suicide
emergencies told calmly 450, overdose and medical emergencies told by signs 451, the ask tier in English 452 and
in Spanish 453, false alarms in English 454 and in Spanish 455, the merge review's denied reassurance, a turn to
how one is after a joke, a suicide announced for today beside an exam and comrades' suicides understood 456;
round 46's suicide emergencies told calmly in English 460, Spanish emergencies told by signs and 'acabar de' with
a taking verb 461, the ask tier in English 462 and in Spanish with a wish beside the means 463, false alarms in
English with a shared distress stop 464 and in Spanish 465, the merge review's attempts told pronoun first,
figurative choking and a relative strangling another 466; round 47's English self-harm emergencies told sideways
470, Spanish self-harm emergencies told by plans and by a professional 471, Spanish medical emergencies told by
a bystander 472, the English ask tier 473, false alarms in English 474 and in Spanish 475, the merge review's plan to take
the means, a .45 told after an article and 'no estoy bien' never a recovery 476; round 48's English medical
emergencies told by a medic's shorthand, a bystander or a cook 480, English danger now told around something
ordinary (the means set up beside a treatment question, a height with a joke, an ex at the door, the bare thoughts
back) 481, the English ask tier (a new mother's baby better off with another, a conditional wish in chronic pain,
why bother thoughts back) with false alarms of an interpreter relaying and of pills stored from children 482,
Spanish overdose (paracetamol told calmly, a leftover ketamine spray), an electric shock at work, violence now in
broken Spanish and false alarms (a small cut with a band-aid and a laugh, a weekly pill box) 483, Spanish
self-harm told by dictation or by a question with 'because I am about to', the Spanish ask tier held back by
children, a relayed threat, no one would miss me, and 'ya no aguanto' said of an annoyance 484, English false
alarms (a first-aid course, an overdose years ago, a comic's bridge bit, a courier's unanswered door, a scrape's
blood, a war's blood) 485, the merge review's day with its own event, dying of tiredness and work choking the
writer 486; round 49's English poisoning and overdose told without the usual words (a chemical drunk from a
drink bottle, a teenager on someone else's pills) 490, a vehicle left at a bridge, a cliff or a height (the
writer deciding in it, or a relative's car left there with an apology and no answer), in English and Spanish,
with the trip's look-alikes 491, English preparatory behaviour told by deeds (a farewell by acts with the means
waiting, goodbyes scheduled with pills gathered or an apology) 492, the English ask tier told in broken or
relayed English (an old or ill relative's death wish relayed, the writer's own passive wish beside a practical
question) with false alarms of 'die' for 'dye' and not waking up early 493, the Spanish ask tier told beside a
question or relayed (a wish in the subjunctive, a relative's wish not to wake, Costa Rican and Spain's
indifference to dying, a spouse a burden better gone) and a burden to a budget said as a joke 494, Spanish
overdose now (a mood medicine taken whole after a practical question, an insulin pen injected whole, a friend's
pills at school) and Spanish false alarms (a laughing heart attack over a baby who does not sleep, a dish to die
for, a teen groggy with sleep) 495, the merge review's whole container taken in Spanish, living of no interest, an
accident wished for as a favour and an insulin pen named whole 496; round 50's English medical emergencies told
plainly (a seizure in a waiting room with no staff, a thunderclap headache) and English false alarms about overdose
as a topic (a safety memo, signs learned to teach the family, a nurse's shift gone by) 500, English self-harm told
by deeds with a day named, by an old man with his gun behind a locked door who says he is a burden, by an aide who
finds a cut wrist, and thoughts back with a plan, with false alarms of a church group's topic and a dark place
years ago better now on treatment 501, the English ask tier told in passing (a broken 'what is point for living'
beside an interpreter or a cost question, a survivor's wish it had been the writer instead, going to sleep and
not waking up told as fine) with false alarms of a professional asking how to talk with a suicidal person,
needles or an IV with a laugh and a track worker's hours 502, Spanish overdose told in a formal or medical
register, a relative's mood pills taken with no more suffering wished, half a ketamine spray at once with
confusion or a racing heart, and all the pills taken as prescribed 503, Spanish and Spanglish street-drug
overdose told by a bystander (K2 or spice smoked, the person stiff and down; a fentanyl-laced vape, a faint and
snoring) with Spanish false alarms (a song called 'Sobredosis', a fight 'pa matarse', snoring as a habit) 504,
Spanish self-harm and ask tier told quietly (a mother after giving birth with the pills at hand tonight, 'ya ni
quiero estar aqui' with no place named, a relative's wish to be dead from pain, with a gun at home) and a window
joke over the rent 505, the merge review's relayed wish not to suffer told more ways, an empty container found with
that wish, a carer's find told as sliced or carved, and false alarms of a refill, pills for a purpose and a city's
rent 506;
round 51's English pest poison drunk told in broken English and a relative's pills in a driver's pocket for
tonight, with false alarms of a retired responder's naloxone, a breathing question and a 911 story long ago 510;
round 51's English self-harm told by a place by the water (a seawall or a pier, can not swim, nobody would
notice, the water right there) or by a relative drinking with his gun who says he is done or names his pension, with
false alarms of a birth's dark time past, a school project on the phrase 'i want to die' and a dorm suicide in a show or
a play 511;
round 51's English ask tier told in passing (a telegraphic wish in capitals or a learner's English, the
writer's own indifference to living or dying, 'might as well not exist' with a laugh, 'would it even matter if i
was gone' taken back with 'i am fine', 'no reason to keep going' misspelled) with false alarms of a snoring
partner or a crying baby 'killing' the writer or the spouse 512;
round 51's Spanish medical emergencies, a poisoning and violence now (a child who swallowed a household product, a man
beating a woman seen by a nanny or a cleaner, a fall with a limb bent and the mind clouded, shaking all over after a
ketamine session) with Spanish false alarms (a relative's allergy attack over, a day's work that 'killed' the writer,
a chronic pain that kills at night) 513;
round 51's Spanish ask tier told by relatives, in church words or as a burden (a widowed parent's wish to
go with the late spouse, the writer a burden with a wish to be gone, no will left to go on and the Lord asked to take
the writer, a wish to disappear relayed after a birth) with false alarms of a carga as a load, going on with a
treatment, a ride asked of 'Señor' and stretch marks made to disappear 515;
round 51's Spanish self-harm told by a place (a car on a bridge with a farewell, the next train at a
station, the tracks) and a burn to feel something else, with Spanish false alarms (a husband's 'killing' over nails
with a laugh, a relative who 'se quiere matar trabajando') 514;
round 52's Spanish ask tier told as not waking up being better (a conditional, a morning wished away, a wish put to
God, relayed by a relative) and as indifference to everything, living included, in slang ('me vale madre', 'me importa
un carajo', 'me chupa un huevo'), with false alarms of waking up with a pain, living alone or somewhere and waking
someone else 523;
round 52's English ask tier told in passing in a learner's English or relayed (eyes closed never to open, an
accident on the road as easier, a survivor's wish to have died with the others, waiting to join the one who died,
praying every night to die, not knowing why one keeps going, 'dont want be hear no more', a relative's wish to
vanish) and a clinician's referral of passive SI now, with false alarms of a move, a break from social media and
SI denied in a list 520;
round 52's English self-harm told by a relative or a friend at a height now (a roof, a ledge, a balcony, a bridge, a
high floor) who says or texts he will jump, the writer on the way, with false alarms of a writer asking what an
overdose looks like, 'i could die' over a photo or a typo sent, a friend's bridge joke over an exam or a game and
ketamine with alcohol asked ahead 521;
round 52's Spanish emergencies told by a bystander or telegraphically (someone on the floor not waking after pills
bought online, on Instagram or on the street; a very high blood pressure with the worst headache or clouded sight
after a Spravato or ketamine dose; a fall told in a few words, the head bleeding and no answer) with false alarms of
a very high reading asked in a condition or told as before and a fall of last year, over 522;
round 52's leftover classes: a Spanish threat to one's own life on a loss's condition ('si pierdo el trabajo me
mato', 'si me dejas me mato') read as the ask tier, self-harm with the means or a plan beside it, a pest poison
swallowed with the grave signs given the Poison Help steps, with false alarms of a timing question 'at what point in
life', everyday objects of 'go on', 'stay', 'get up' and 'live', where to live, a snorer 'like a dying walrus' and a
Spanish bridge story dated by the writer's age then 524;
round 53's English emergencies told sideways (a farewell posted to a squad, a server, a choir or a group chat with
the means taken or the car taken; a baby or a toddler limp after a hot stroller, a hot car or the sun; a deep burn
white, leathery or charred that does not hurt) and the ask tier in a learner's English ('better if i not wake up',
'if i sleep and no wake up is ok for me'), with false alarms of empty Spravato devices thrown away, a shop's Narcan
story of last month with training asked, a paint smell's mild headache, voice-to-text's 'knife cut', the word
suicide asked about by an interpreter, a pastor or a teacher, a joking heart attack, a gutter, the card game bridge
and photos at a bridge, and a regular dose doubled by mistake with no symptoms 530;
round 53's Spanish of New York chats (no accents, Spanglish, typos): a lethal plan told calmly by a clinician or a
student (the means set aside and a date, after the thesis, a patient's stockpile for this week), snoring or gurgling
behind a locked bathroom door with no answer, chest pain with sweating at work, an ex breaking in with threats, a cut
spurting blood after a fight, and the Spanish ask tier told in passing ('para q sigo', 'mejor me hubiera quedado en
el choque', 'ya nada vale la pena', a relative's wish to go, the bare 'me suicido', with a time now self-harm), with
false alarms of work that 'me va a matar' and a snorer heard from the bathroom 531;
round 54's suicide risk told without the usual words (at a platform's edge with the train coming and a goodbye, a
loaded gun at hand with despair, a lethal drug taken home from work by a nurse, a pharmacist, a paramedic or a vet tech
with a date, 'better if i am not here after friday' with the means bought, a pet rehomed and debts paid with no alarm
needed tomorrow) and the ask tier in a learner's English and text-speak (dying in one's sleep told as fine, 'every1
wud b beter of with out me', praying that God takes me, not caring if the plane goes down, a bare 'just so done'), with
false alarms of a platform's safety asked, a loaded gun stored or taken hunting, and an alarm not needed after a move
or a retirement 540;
round 54's medical emergencies told by a carer, a worker or in a few words (an allergic reaction told by a teacher,
a babysitter or a grandparent; decompression sickness after a dive or a shift under compressed air; an electric shock
with burns, a skipping heart or numbness; choking told telegraphically) and a cough syrup taken to excess (dxm,
Robitussin, Delsym, NyQuil, lean) with dextromethorphan given the Poison Help steps, with look-alikes of an EpiPen
asked about, a dive or tunnel question, a price or a static shock, choking at a game, and a cough syrup dose asked 541;
round 55's Spanish ask tier told softly or relayed ('estaria bien no existir' beside a denied plan, a dream of dying
and waking sad it was not true, a fall onto the subway tracks shrugged off as tiredness, a pastor, a teacher or a
friend in nursing school relaying a wish to be dead or that God forgot him) and Spanish emergencies (a farewell
audio from a rooftop or a bridge relayed from another country, a fall at home with a broken hip and no one there,
a collapse with no pulse or gasps after chest pain behind 'no es homework' or a joke, a seizure in a waiting room
in Spain's Spanish, six opioid pills with heavy eyes, a body seen under a locked bathroom door), with false alarms of
a teacher's fentanyl and naloxone leaflets, an extra blood-pressure pill checked days ago and a healed burn's nerve
pain 551;
round 55's English emergencies told calmly or sideways in many voices (a clinician's drug kept in a locker for after
the shift, a gun by a slang name held for hours with despair, a last time's chores with the means on one's person,
wrists cut with the bleeding now at work or backstage, riding 'like i want the bus to win', thoughts of being dead
counted per day, a patois prayer to be taken home, 'not there but not far' beside a suicide rate, a pressure or
sugar pill doubled with its signs), with false alarms of a teaching question about the BP checks after Spravato and
a teacher's Takis or mile-run joke 550),
and round 9's contraction bug ("won't" inside quotes became "wo not"). A round's NOT_RULED_OUT texts hold no
crisis words and must not be ruled out either."""

from __future__ import annotations

import pytest

from bot.crisis.detector import CrisisDetector
from bot.crisis.normalize import normalize
from tests.unit import (crisis_round9_cases, crisis_round10_cases, crisis_round11_cases, crisis_round12_cases,
                        crisis_round13_cases, crisis_round14_cases, crisis_round15_cases,
                        crisis_round16_cases, crisis_round17_cases, crisis_round18_cases,
                        crisis_round19_cases, crisis_round20_cases, crisis_round21_cases,
                        crisis_round22_cases, crisis_round23_cases, crisis_round24_cases,
                        crisis_round25_cases, crisis_round26_cases, crisis_round27_cases,
                        crisis_round28_cases, crisis_round29_cases,
                        crisis_round30_cases, crisis_round31_cases, crisis_round32_cases,
                        crisis_round32_es_cases, crisis_round33_cases, crisis_round33_fa_cases,
                        crisis_round34_a_cases, crisis_round34_b_cases, crisis_round34_c_cases,
                        crisis_round34_e_cases, crisis_round35_a_cases, crisis_round35_b_cases,
                        crisis_round35_c_cases, crisis_round35_e_cases, crisis_round36_a_cases,
                        crisis_round36_b_cases, crisis_round36_c_cases, crisis_round36_e_cases,
                        crisis_round37_a_cases, crisis_round37_c_cases, crisis_round37_d_cases,
                        crisis_round37_k_cases, crisis_round38_a_cases, crisis_round38_b_cases,
                        crisis_round38_c_cases, crisis_round38_e_cases, crisis_round38_k_cases,
                        crisis_round38_p_cases, crisis_round39_a_cases, crisis_round39_b_cases,
                        crisis_round39_c_cases, crisis_round39_d_cases, crisis_round39_e_cases,
                        crisis_round39_f_cases, crisis_round39_k_cases, crisis_round40_a_cases,
                        crisis_round40_b_cases, crisis_round40_c_cases, crisis_round40_d_cases,
                        crisis_round40_e_cases, crisis_round40_f_cases, crisis_round41_a_cases,
                        crisis_round41_b_cases, crisis_round41_c_cases, crisis_round41_d_cases,
                        crisis_round41_e_cases, crisis_round41_f_cases, crisis_round41_k_cases,
                        crisis_round42_a_cases, crisis_round42_b_cases, crisis_round42_c_cases,
                        crisis_round42_d_cases, crisis_round42_e_cases, crisis_round42_k_cases,
                        crisis_round42_m_cases, crisis_round42_r_cases,
                        crisis_round43_a_cases, crisis_round43_b_cases, crisis_round43_c_cases,
                        crisis_round43_d_cases, crisis_round43_e_cases, crisis_round43_f_cases,
                        crisis_round43_k_cases, crisis_round43_r_cases,
                        crisis_round44_a_cases, crisis_round44_b_cases, crisis_round44_c_cases,
                        crisis_round44_d_cases, crisis_round44_e_cases, crisis_round44_f_cases,
                        crisis_round44_r_cases,
                        crisis_round45_a_cases, crisis_round45_b_cases, crisis_round45_c_cases,
                        crisis_round45_d_cases, crisis_round45_e_cases, crisis_round45_f_cases,
                        crisis_round45_r_cases,
                        crisis_round46_a_cases,
                        crisis_round46_b_cases,
                        crisis_round46_c_cases,
                        crisis_round46_d_cases, crisis_round46_e_cases,
                        crisis_round46_f_cases, crisis_round46_r_cases,
                        crisis_round47_a_cases, crisis_round47_b_cases,
                        crisis_round47_c_cases, crisis_round47_d_cases,
                        crisis_round47_e_cases, crisis_round47_f_cases,
                        crisis_round47_r_cases,
                        crisis_round48_a_cases, crisis_round48_b_cases,
                        crisis_round48_c_cases, crisis_round48_d_cases,
                        crisis_round48_e_cases, crisis_round48_f_cases,
                        crisis_round48_r_cases,
                        crisis_round49_a_cases, crisis_round49_b_cases,
                        crisis_round49_c_cases, crisis_round49_d_cases,
                        crisis_round49_e_cases, crisis_round49_f_cases,
                        crisis_round49_r_cases,
                        crisis_round50_a_cases,
                        crisis_round50_b_cases,
                        crisis_round50_c_cases,
                        crisis_round50_d_cases,
                        crisis_round50_e_cases,
                        crisis_round50_f_cases, crisis_round50_r_cases,
                        crisis_round51_a_cases,
                        crisis_round51_b_cases,
                        crisis_round51_c_cases,
                        crisis_round51_d_cases,
                        crisis_round51_f_cases,
                        crisis_round51_e_cases,
                        crisis_round52_d_cases,
                        crisis_round52_a_cases,
                        crisis_round52_b_cases,
                        crisis_round52_c_cases,
                        crisis_round52_e_cases,
                        crisis_round53_f_cases,
                        crisis_round53_g_cases,
                        crisis_round54_a_cases,
                        crisis_round54_b_cases,
                        crisis_round55_d_cases,
                        crisis_round55_c_cases,
                        crisis_question_round21_cases)
from tests.unit.crisis_classes import copied_from_blind_sets, fits

ROUNDS = {9: crisis_round9_cases, 10: crisis_round10_cases, 11: crisis_round11_cases,
          12: crisis_round12_cases, 13: crisis_round13_cases, 14: crisis_round14_cases,
          15: crisis_round15_cases, 16: crisis_round16_cases, 17: crisis_round17_cases,
          18: crisis_round18_cases, 19: crisis_round19_cases, 20: crisis_round20_cases,
          21: crisis_round21_cases, 22: crisis_round22_cases,
          23: crisis_round23_cases, 24: crisis_round24_cases,
          25: crisis_round25_cases, 26: crisis_round26_cases,
          27: crisis_round27_cases, 28: crisis_round28_cases,
          29: crisis_round29_cases, 30: crisis_round30_cases,
          31: crisis_round31_cases, 32: crisis_round32_cases,
          232: crisis_round32_es_cases,  # round 32, Spanish classes
          33: crisis_round33_cases,
          333: crisis_round33_fa_cases,  # round 33's false alarms
          34: crisis_round34_a_cases,  # round 34, suicide risk
          341: crisis_round34_b_cases,  # round 34, overdose and medical
          342: crisis_round34_c_cases,  # round 34, false alarms
          343: crisis_round34_e_cases,  # round 34, violence at home
          35: crisis_round35_a_cases,  # round 35, suicide risk
          351: crisis_round35_b_cases,  # round 35, overdose, medical and violence
          352: crisis_round35_c_cases,  # round 35, false alarms
          353: crisis_round35_e_cases,  # round 35, leftover gaps
          36: crisis_round36_a_cases,  # round 36, suicide risk
          361: crisis_round36_b_cases,  # round 36, violence at home now
          362: crisis_round36_c_cases,  # round 36, false alarms
          363: crisis_round36_e_cases,  # round 36, leftover gaps
          37: crisis_round37_a_cases,  # round 37, misses (a)
          372: crisis_round37_c_cases,  # round 37, false alarms (c)
          373: crisis_round37_d_cases,  # round 37, a condition's habitual symptoms (d)
          374: crisis_round37_k_cases,  # round 37, known gaps (k)
          38: crisis_round38_a_cases,  # round 38, suicide risk (a)
          381: crisis_round38_b_cases,  # round 38, overdose and medical (b)
          382: crisis_round38_c_cases,  # round 38, false alarms (c)
          383: crisis_round38_e_cases,  # round 38, violence at home now (e)
          384: crisis_round38_k_cases,  # round 38, known gaps (k)
          385: crisis_round38_p_cases,  # round 38, intentional poisoning (p)
          39: crisis_round39_a_cases,  # round 39, suicide risk
          391: crisis_round39_b_cases,  # round 39, overdose and medical
          392: crisis_round39_c_cases,  # round 39, false alarms
          394: crisis_round39_k_cases,  # round 39, known gaps
          395: crisis_round39_d_cases,  # round 39, suicide risk left over (d)
          396: crisis_round39_e_cases,  # round 39, overdose and medical left over (e)
          397: crisis_round39_f_cases,  # round 39, false alarms left over (f)
          40: crisis_round40_a_cases,  # round 40, suicide risk (a)
          401: crisis_round40_b_cases,  # round 40, overdose and medical (b)
          402: crisis_round40_c_cases,  # round 40, false alarms, part 1 (c)
          403: crisis_round40_d_cases,  # round 40, false alarms, part 2 (d)
          404: crisis_round40_e_cases,  # round 40, phone and speech look-alikes (e)
          405: crisis_round40_f_cases,  # round 40, in-and-out and giving look-alikes (f)
          41: crisis_round41_a_cases,  # round 41, suicide risk under way (a)
          411: crisis_round41_b_cases,  # round 41, passive wishes inside a question (b)
          412: crisis_round41_c_cases,  # round 41, poisoning and milligrams (c)
          413: crisis_round41_d_cases,  # round 41, violence now and medical spelled by ear (d)
          414: crisis_round41_e_cases,  # round 41, false alarms, part 1 (e)
          415: crisis_round41_f_cases,  # round 41, false alarms, part 2 (f)
          416: crisis_round41_k_cases,  # round 41, known gaps (k)
          422: crisis_round42_c_cases,  # round 42, overdoses and poisonings told by signs (c)
          42: crisis_round42_a_cases,  # round 42, suicide plans told calmly (a)
          421: crisis_round42_b_cases,  # round 42, Spanish intentional overdoses and ask-tier wishes (b)
          424: crisis_round42_e_cases,  # round 42, false alarms (e)
          423: crisis_round42_d_cases,  # round 42, violence now and a faint after a dose elsewhere (d)
          425: crisis_round42_k_cases,  # round 42, a limb's colour as a chronic symptom (k)
          426: crisis_round42_m_cases,  # round 42, gaps left by the round's helpers (m)
          430: crisis_round43_a_cases,  # round 43, suicide plans told calmly, English (a)
          431: crisis_round43_b_cases,  # round 43, Spanish suicide risk and wishes (b)
          432: crisis_round43_c_cases,  # round 43, passive wishes inside a question, English (c)
          433: crisis_round43_d_cases,  # round 43, overdose and medical told in clinical Spanish (d)
          434: crisis_round43_e_cases,  # round 43, false alarms, English (e)
          435: crisis_round43_f_cases,  # round 43, false alarms, Spanish (f)
          436: crisis_round43_k_cases,  # round 43, questions read as crises and known gaps (k)
          437: crisis_round43_r_cases,  # round 43, the merge review's self-injury habit and drowning now (r)
          440: crisis_round44_a_cases,  # round 44, overdose and medical misses (a)
          441: crisis_round44_b_cases,  # round 44, Spanish suicide emergencies told calmly or by a third party (b)
          442: crisis_round44_c_cases,  # round 44, the ask tier in English, passive thoughts told in passing (c)
          443: crisis_round44_d_cases,  # round 44, Spanish ask tier and Spanish gaps (d)
          444: crisis_round44_e_cases,  # round 44, false alarms, English (e)
          445: crisis_round44_f_cases,  # round 44, Spanish false alarms (f)
          446: crisis_round44_r_cases,  # round 44, the merge review's work on the tracks (r)
          450: crisis_round45_a_cases,  # round 45, suicide emergencies told calmly (a)
          451: crisis_round45_b_cases,  # round 45, overdose and medical emergencies told by signs (b)
          452: crisis_round45_c_cases,  # round 45, the ask tier in English (c)
          453: crisis_round45_d_cases,  # round 45, the Spanish ask tier (d)
          454: crisis_round45_e_cases,  # round 45, English false alarms (e)
          455: crisis_round45_f_cases,  # round 45, Spanish false alarms (f)
          456: crisis_round45_r_cases,  # round 45, the merge review's 'acabar de', denied reassurance, a turn to how one is (r)
          460: crisis_round46_a_cases,  # round 46, suicide emergencies told calmly in English (a)
          461: crisis_round46_b_cases,  # round 46, Spanish emergencies told by signs, and 'acabar de' with a taking verb (b)
          462: crisis_round46_c_cases,  # round 46, the English ask tier, thoughts told in passing (c)
          463: crisis_round46_d_cases,  # round 46, Spanish ask tier, and a wish with the means at hand (d)
          464: crisis_round46_e_cases,  # round 46, English false alarms and a shared distress stop (e)
          465: crisis_round46_f_cases,  # round 46, Spanish false alarms (f)
          466: crisis_round46_r_cases,  # round 46, the merge review's attempts told pronoun first, figurative choking, a relative strangling another (r)
          470: crisis_round47_a_cases,  # round 47, English self-harm emergencies told sideways: emoji, a farewell by a pet and a key, the medicine cabinet (a)
          471: crisis_round47_b_cases,  # round 47, Spanish self-harm emergencies told by plans and by a professional (b)
          472: crisis_round47_c_cases,  # round 47, Spanish medical emergencies told by a bystander (c)
          473: crisis_round47_d_cases,  # round 47, the English ask tier: envy of patients, no reason since a loss, the old thoughts (d)
          474: crisis_round47_e_cases,  # round 47, English false alarms: a past told as past beside a question now (e)
          475: crisis_round47_f_cases,  # round 47, Spanish false alarms: pain hyperbole as a figure, a cooking mishap, an old attempt told as well (f)
          476: crisis_round47_r_cases,  # round 47, the merge review's plan to take the means, a .45 after an article, 'no estoy bien' (r)
          480: crisis_round48_a_cases,  # round 48, English medical emergencies: a medic's shorthand, a car, a bone, a tourniquet, a hedge, a kitchen cut (a)
          481: crisis_round48_b_cases,  # round 48, English danger now told around something ordinary (b)
          482: crisis_round48_c_cases,  # round 48, the English ask tier and false alarms of an interpreter and stored pills (c)
          483: crisis_round48_d_cases,  # round 48, Spanish overdose, medical and violence now, and two Spanish false alarms (d)
          484: crisis_round48_e_cases,  # round 48, Spanish self-harm and ask tier, and 'ya no aguanto' said of an annoyance (e)
          485: crisis_round48_f_cases,  # round 48, English false alarms: a course, an old overdose, a stage bit, a doorstep, a scrape, a war (f)
          486: crisis_round48_r_cases,  # round 48, the merge review's day with its own event, dying of tiredness, work choking the writer (r)
          490: crisis_round49_a_cases,  # round 49, English poisoning and overdose told without the usual words: a chemical in a drink bottle, someone's pills (a)
          491: crisis_round49_b_cases,  # round 49, a vehicle left at a bridge, a cliff or a height, the writer deciding or a relative's apology (b)
          492: crisis_round49_c_cases,  # round 49, English preparatory behaviour told by deeds: a farewell by acts, goodbyes scheduled (c)
          493: crisis_round49_d_cases,  # round 49, the English ask tier told in broken or relayed English, and 'die' for 'dye' (d)
          494: crisis_round49_e_cases,  # round 49, the Spanish ask tier: a subjunctive wish, a relayed wish not to wake, regional indifference, a spouse a burden (e)
          495: crisis_round49_f_cases,  # round 49, Spanish overdose now (a mood medicine taken whole, an insulin pen, a friend's pills at school) and Spanish false alarms (f)
          496: crisis_round49_r_cases,  # round 49, the merge review's whole container in Spanish, living of no interest, an accident as a favour, an insulin pen named whole (r)
          500: crisis_round50_a_cases,  # round 50, English medical emergencies told plainly (a seizure with no staff, a thunderclap headache) and overdose-as-topic false alarms (a)
          501: crisis_round50_b_cases,  # round 50, English self-harm told by deeds with a day, an old man's gun behind a locked door, an aide's find of a cut wrist (b)
          502: crisis_round50_c_cases,  # round 50, the English ask tier told in passing (broken 'what point for living', a survivor's wish, not waking up told as fine) and false alarms (c)
          503: crisis_round50_d_cases,  # round 50, Spanish overdose told in a formal register, a relative's mood pills with no more suffering, half a ketamine spray (d)
          504: crisis_round50_e_cases,  # round 50, Spanish and Spanglish street-drug overdose by a bystander (K2, a fentanyl vape), songs and fights (e)
          505: crisis_round50_f_cases,  # round 50, Spanish self-harm and ask tier told quietly (postpartum pills tonight, 'ya ni quiero estar aqui', a relayed wish from pain) and a window joke (f)
          506: crisis_round50_r_cases,  # round 50, the merge review's relayed wish not to suffer, an empty container with that wish, a carer's sliced arm, and refills, pills for a purpose and a city's rent (r)
          510: crisis_round51_a_cases,  # round 51, English pest poison drunk told in broken English, a relative's pills in a driver's pocket for tonight, and responder, breathing and 911-story false alarms (a)
          511: crisis_round51_b_cases,  # round 51, English self-harm at the water's edge (can not swim, nobody would notice) or by a relative drinking with his gun, and topic false alarms (b)
          512: crisis_round51_c_cases,  # round 51, the English ask tier told in passing (telegraphic, indifferent, 'might as well not exist', 'would it matter if i was gone', a misspelled 'no reason to keep going') and a snoring joke (c)
          513: crisis_round51_d_cases,  # round 51, Spanish poisoning of a child by a household product, a man beating a woman seen by a nanny, a fall with a limb bent and confusion, shaking after ketamine, and an allergy over, a day that 'killed me', a pain that kills at night (d)
          515: crisis_round51_f_cases,  # round 51, the Spanish ask tier told by relatives, in church words or as a burden (a widow's wish to go with the spouse, 'ya no tengo animo de seguir', a relayed wish to disappear after a birth) and a carga as a load (f)
          514: crisis_round51_e_cases,  # round 51, Spanish self-harm told by a place (a car on a bridge with a farewell, the next train, the tracks), a burn to feel something else, and Spanish false alarms (nails, overwork) (e)
          523: crisis_round52_d_cases,  # round 52, the Spanish ask tier: not waking up told as better, indifference to living in slang ('me vale madre, hasta vivir'), and waking with a pain, living alone, waking someone (d)
          520: crisis_round52_a_cases,  # round 52, the English ask tier told in passing (eyes never to open, an accident as easier, a survivor's wish, waiting to join the dead, praying to die, why keep going, misspelled 'dont want be here') and a clinician's passive SI, with a move, a social-media break and a denial list (a)
          521: crisis_round52_b_cases,  # round 52, English self-harm by a relative at a height now who says he will jump, and false alarms of a writer's overdose question, 'i could die' over a typo, a bridge joke, ketamine with beer (b)
          522: crisis_round52_c_cases,  # round 52, Spanish street pills and someone down, a pressure crisis after a dose, a telegraphic fall with the head bleeding, and a reading asked ahead or told as before (c)
          524: crisis_round52_e_cases,  # round 52, leftovers: a Spanish threat on a loss's condition ('si me dejas me mato'), a pest poison's grave signs given Poison Help, and 'point in life', 'reason to go on vacation', where to live, a snorer and a Spanish past by age (e)
          530: crisis_round53_f_cases,  # round 53, English emergencies told sideways (an online farewell with the means taken, a child limp after the heat, a deep burn that does not hurt), the ask tier in a learner's English, and eight English false alarms (f)
          531: crisis_round53_g_cases,  # round 53, Spanish of New York chats: a calm lethal plan told by a clinician or a student, snoring behind a locked bathroom door, chest pain with sweat at work, an ex breaking in, a spurting cut after a fight, and the bare ask tier ('para que sigo', 'ya nada vale la pena', 'me suicido') (g)
          540: crisis_round54_a_cases,  # round 54, suicide risk told without the usual words (a platform's edge, a loaded gun at hand, drugs taken home from work, 'better if i am not here after', a pet rehomed with no alarm tomorrow) and the ask tier in a learner's English and text-speak, with three English false alarms (a)
          541: crisis_round54_b_cases,  # round 54, medical emergencies told by a carer, a worker or in a few words (an allergy at school, the bends, an electric shock, terse choking) and a cough syrup overdose, dextromethorphan given Poison Help (b)
          551: crisis_round55_d_cases,  # round 55, the Spanish ask tier told softly or relayed (not existing as a wish, a dream of dying, the tracks shrugged off, a relayed wish to be dead), a farewell from a height relayed from afar, a fall alone, a collapse after chest pain, a seizure in Spain's Spanish, an opioid count with heavy eyes, a body under the bathroom door, and a teacher's fentanyl leaflets (d)
          550: crisis_round55_c_cases,  # round 55, English emergencies told calmly or sideways (a clinician's drug in a locker for after the shift, a gun held for hours, a last time's chores with the means, wrists cut bleeding at work), the ask tier told sideways, a doubled pressure or sugar pill with signs, and a BP-check question and a Takis joke (c)
          427: crisis_round42_r_cases,  # round 42, the merge review's access sent and silence (r)
          121: crisis_question_round21_cases}  # question round 21 (100 + N)


def cases(attribute: str):
    return [pytest.param(*((case,) if isinstance(case, str) else case), id=f"r{n}-{str(case)[:60]}")
            for n, module in ROUNDS.items() for case in getattr(module, attribute)]


@pytest.fixture(scope="module")
def detector() -> CrisisDetector:
    return CrisisDetector()


@pytest.mark.parametrize("n", ROUNDS)
def test_cases_are_not_copied_from_the_blind_sets(n):
    module = ROUNDS[n]
    ours = [t for t, _ in module.CLASSES + module.STILL_EMERGENCIES] + module.LOOK_ALIKES + module.QUIET
    assert not copied_from_blind_sets(ours)


@pytest.mark.parametrize("text,expected", cases("CLASSES"))
def test_failure_classes_are_detected(detector, text, expected):
    found = detector.detect(text)
    assert found is not None and fits(found.category, expected), found


@pytest.mark.parametrize("text", cases("LOOK_ALIKES"))
def test_look_alikes_are_ruled_out_and_overrule_diet(detector, text):
    assert detector.analyze(text) == ([], True)


@pytest.mark.parametrize("text", cases("QUIET"))
def test_the_new_families_leave_their_own_look_alikes_alone(detector, text):
    assert detector.analyze(text)[0] == []


@pytest.mark.parametrize("text,expected", cases("STILL_EMERGENCIES"))
def test_the_look_alike_filters_stop_where_the_emergency_starts(detector, text, expected):
    found = detector.detect(text)
    assert found is not None and fits(found.category, expected), found


@pytest.mark.parametrize("text,kind", [
    pytest.param(t, k, id=f"r{n}-{t[:60]}") for n, module in ROUNDS.items() for t, k in getattr(module, "OVERDOSE_KIND", [])])
def test_overdose_guidance_fits_the_substance(detector, text, kind):
    """A caustic or a chemical swallowed gets the Poison Help steps, never the naloxone steps alone."""
    found = detector.detect(text)
    assert found is not None and found.category == kind, found


@pytest.mark.parametrize("text", [
    pytest.param(t, id=f"r{n}-{t[:60]}") for n, module in ROUNDS.items() for t in getattr(module, "NOT_RULED_OUT", [])])
def test_distress_is_never_ruled_out(detector, text):
    """No crisis words, but nothing rules the message out: the trained model's reading stands."""
    assert detector.analyze(text) == ([], False)


@pytest.mark.parametrize("raw,expected", [
    ("she said 'won't need it'", "she said 'will not need it'"),   # not "wo not"
    ("'can't' do it", "'can not' do it"),
    ("I won\u2019t be around", "i will not be around"),
    ("shan't", "shall not"),
    ("we'll see, they're here, we've been", "we will see, they are here, we have been"),
    ("he'd never been born", "he had never been born"),
    ("she'd rather die", "she would rather die"),
    ("purple-ish lips", "purplish lips"),
])
def test_contractions_expand_to_real_words(raw, expected):
    assert normalize(raw) == expected


@pytest.mark.parametrize("raw,expected", [
    # round 20: Spanish spelled by ear, respelled onto the crisis lexicon
    ("mi ermano no rrespira", "mi hermano no respira"),
    ("los lavios asules", "los labios azules"),
    ("tiene una sovredosis, no se dispierta", "tiene una sobredosis, no se despierta"),
    ("norrespira, aiudenme", "no respira, ayudenme"),
    ("unas pastiyas, la voca morada", "unas pastillas, la boca morada"),
    ("es una sobre dosis", "es una sobredosis"),
    ("ya no quiero vivil", "ya no quiero vivir"),
    ("no quiero ta vivo", "no quiero estar vivo"),
    ("ta respirando raro", "esta respirando raro"),
    # ...and real words one slip away from them left alone
    ("la semana pasada", "la semana pasada"),
    ("se desperto con una mirada rara el verano pasado", "se desperto con una mirada rara el verano pasado"),
    ("did he respond to the first responders", "did he respond to the first responders"),
    ("vivi en queens", "vivi en queens"),
])
def test_spanish_spelled_by_ear_is_respelled(raw, expected):
    assert normalize(raw) == expected
