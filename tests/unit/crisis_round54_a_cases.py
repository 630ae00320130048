"""Round 54's suicide risk told without the usual words, the ask tier in a learner's English and in text-speak, and
three English false alarms (helper a; tests/unit/test_crisis_classes_by_round.py checks them, key 540). Classes the
detector missed, each now read through round 54 (a)'s families in phrases.py:
(1) someone at the edge of a subway or a train platform, or on the tracks, with the train coming and an apology or a
goodbye: self-harm (PLATFORM_EDGE_FAREWELL_54A);
(2) a loaded gun at hand now (in the truck, the glovebox, the nightstand, the lap) told with despair or a farewell:
self-harm (LOADED_GUN_WITH_DESPAIR_54A);
(3) a nurse, a pharmacist, a paramedic or a vet tech who took a lethal drug home from work (potassium, insulin,
fentanyl, euthanasia solution) with a date or an intent, told calmly: self-harm (WORK_MEANS_TAKEN_HOME_54A);
(4) "it will be better if i am not here after friday" with the means already bought, beside a clinic question:
self-harm (NOT_HERE_AFTER_MEANS_READY_54A);
(5) preparatory acts (a pet given away or rehomed, debts paid, letters written, the apartment cleaned out) with no
alarm, no work or no appointment needed tomorrow: self-harm (PREPARED_WITH_NO_TOMORROW_54A);
(6) dying in one's sleep told as fine in a learner's English or text-speak (OK_TO_DIE_ASLEEP_54A);
(7) everyone better off without me in text-speak, "every1 wud b beter of with out me" (BETTER_OFF_WITHOUT_ME_TEXT_54A);
(8) wishing or praying that God takes me or calls me home, or a relative of herself (GOD_TAKE_ME_54A);
(9) not caring if the plane, the tunnel, the bridge or the building comes down with me in it, hoping the train
crashes (HOPE_IT_COMES_DOWN_54A);
(10) a bare "just so done", "so over everything" (SO_DONE_BARE_54A); (6) to (10) the ask tier.
False alarms ruled out by round 54 (a)'s filters in patterns.py (LOOK_ALIKES) where they fired, and left alone by the
families where they did not (QUIET): a platform's safety asked; a loaded gun stored, kept or carried for hunting; an
alarm or an appointment not needed after a move or a retirement, a pet rehomed for an allergy; and, for the families,
a late train, a drug diversion policy, "god took my father", a slow tunnel, a fear of flying, "so done with this
commute", "i sleep like im dead". Each gives way to a danger told beside it (STILL_EMERGENCIES).
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_PLATFORM_EDGE = [
    ("standing at the edge of the platform, the train is coming. sorry mom", S),
    ("im on the subway platform right past the yellow line, i can hear the train coming, tell my mom im sorry", S),
    ("at the very edge of the platform at 59th, next train in 2 min. im sorry for everything", S),
    ("i am at platform edge, the train come soon. sorry for my family", S),
    ("climbed down on the tracks at the station, the 6 train is coming. tell my kids i love them", S),
    ("sitting on the edge of the platform with my legs hanging over, train is almost here. please tell my sister sorry", S),
    ("im standing on the tracks and i can see the train lights coming. goodbye everyone", S),
    ("walking on the railroad tracks, i hear the horn, the train is coming. tell my mom i am sorry", S),
    ("at the edge of the metro platform rn, train pulling in, forgive me", S),
    ("Standing On The Platform Edge. Train Is Coming. I'm Sorry I Couldn't Be Better", S),
    ("between the tracks now in the subway tunnel, the train is coming, sorry for being a burden", S),
    ("on the platform edge by the tracks, the express is coming, tell everyone i said goodbye", S),
]
_LOADED_GUN = [
    ("the revolver is loaded and sitting next to me in the truck. i cant do this anymore", S),
    ("got my dads pistol in my lap, its loaded. tell my kids i loved them", S),
    ("loaded shotgun on the bed beside me, i keep looking at it", S),
    ("theres a loaded 9mm in my glovebox and im parked by the lake. nothing matters anymore", S),
    ("my rifle is loaded and leaning on the chair next to me. im so tired of everything", S),
    ("i keep staring at the gun in my nightstand. its loaded. nobody would even notice", S),
    ("vet here. sidearm loaded on the kitchen table in front of me. been sitting here an hour. sorry", S),
    ("the glock is loaded and in my hand. i just wanted someone to know", S),
    ("i have my pistol loaded in my lap, i am very tired of life, goodbye", S),
    ("put one bullet in the revolver, its on the nightstand. i keep looking at it", S),
    ("its loaded and sitting next to me. the gun i mean. i cant keep going", S),
    ("loaded the shotgun and put it on the passenger seat. this is the last time i message anyone", S),
]
_MEANS_FROM_WORK = [
    ("icu nurse here. i took two vials of potassium chloride home from the med cart. i know exactly how much it takes. saturday", S),
    ("i am a pharmacist and ive been putting aside fentanyl from the returns. i have enough now and i picked the date", S),
    ("paramedic. pocketed a few vials of fentanyl off the rig, they are at my place. after my last shift friday it ends", S),
    ("vet tech, i brought home a bottle of euthanasia solution from the clinic. i know the dose for my weight. calm about it actually", S),
    ("nurse here, i pulled extra insulin out of the pyxis and took it home. planning to use all of it on sunday", S),
    ("took home some pentobarbital from work (vet clinic). it is in my fridge. i have decided on next week", S),
    ("as a nurse i know how much insulin it would take. brought the pens home from the unit. after my daughters birthday", S),
    ("rn, i have been diverting morphine from the pyxis for weeks and saving it for one night. this weekend", S),
    ("ems here. i kept the vials i was supposed to waste. enough to not wake up. the date is set", S),
    ("pharmacy tech. brought home a bottle of potassium from the hospital pharmacy. it will be quick, i checked. next tuesday", S),
    ("i took the euthasol home from the animal hospital. its for me, not for a pet. thursday night", S),
    ("i work nights on a med surg floor and i have been taking dilaudid vials home. i have enough for me now. after christmas", S),
]
_NOT_HERE_AFTER = [
    ("how much is the spravato session? it will be better if im not here after friday anyway, i already bought the pills", S),
    ("what are your hours on saturday. after my sons wedding it will be better if i am not here. i have the rope already", S),
    ("is the consult 150? after the 15th its better if im not around, i got everything ready", S),
    ("after christmas it will be better if i am not here. i bought what i need. do you have openings next week?", S),
    ("can i pay with card? after payday its better if im not here anymore, already got the pills saved up", S),
    ("better for everyone if im not here after monday. i already bought the gun. what time do you close", S),
    ("do you do evening appointments? after my exam on the 3rd it will be better if i am gone, the bottle is ready", S),
    ("i think after my moms birthday it will be better if i am not here. i have all the pills. how much is the first visit", S),
    ("it would be better if i wasnt here after this weekend, i have the charcoal already. do u take aetna", S),
    ("after the holidays better i am not here no more. i buy already the pills. the doctor is there on tuesday?", S),
]
_PREPARED_ENDING = [
    ("gave my dog to my sister today, paid off my credit card, wrote letters to everyone. tomorrow i wont need my alarm", S),
    ("found a new home for my cat and cleaned out the apartment. wont need to get up for work tomorrow", S),
    ("paid all my debts and wrote the letters. you can cancel my appointment, i wont need it", S),
    ("gave the cat to the neighbor, left notes for my kids, the apartment is clean. no alarm for me tomorrow", S),
    ("everything is in order. the dog went to a good family, bills paid, letters in the drawer. i will not need to wake up for work anymore", S),
    ("i rehomed my dog today and paid back everyone i owe. tomorrow i dont need to set an alarm", S),
    ("cleaned out my apartment and gave away my stuff, wrote a letter to my mom. i wont be needing the appointment on monday", S),
    ("my cat has a new home now, debts are paid, letters are written. wont need my alarm tmrw", S),
    ("gave away my dog n paid off my loans. tmrw i wont hav to get up for work ever again", S),
    ("paid off the last debt, wrote to my brother, gave the bird to my niece. please cancel thursday, i will not need it", S),
]
_OK_NOT_WAKING = [
    ("if i dont wake up its fine", R),
    ("honestly if i dont wake up tmrw its fine lol", R),
    ("if i die in my sleep tonight thats ok with me", R),
    ("if i die sleeping is ok for me", R),
    ("wudnt mind if i didnt wake up", R),
    ("i would be ok to die in my sleep", R),
    ("if i dont wake up 2moro its all good", R),
    ("dying in my sleep would be fine by me tbh", R),
    ("if i go in my sleep tonite idc", R),
    ("ok with not waking up tbh", R),
    ("if i pass in my sleep so be it", R),
    ("if i sleep and dont wake up no problem for me", R),
]
_BETTER_OFF_TEXT_SPEAK = [
    ("every1 wud b beter of with out me", R),
    ("evry body better off w/o me", R),
    ("they wud all b better of w out me", R),
    ("ppl wud b better off w/o me fr", R),
    ("my fam wud be beter off without me", R),
    ("evry1 wld b better of witout me", R),
    ("evryone is beter off wthout me", R),
    ("the world wud b better off w/o me tbh", R),
    ("every 1 would b better of without me", R),
    ("evrybody wud b happier w/o me", R),
    ("my kids r better off w/o me", R),
    ("every one wud b beter off with out me in there life", R),
]
_GOD_TAKE_ME = [
    ("i just want god to take me", R),
    ("every night i pray god takes me in my sleep", R),
    ("lord please take me now", R),
    ("i wish god would call me home already", R),
    ("god pls just take me im so tired", R),
    ("my grandma keeps saying she prays god takes her soon", R),
    ("my father says every day he wants god to take him", R),
    ("i asked jesus to take me home tonight", R),
    ("wish god would just take me already", R),
    ("i hope the lord calls me home soon", R),
    ("i beg allah to take my soul", R),
    ("praying the good lord takes me tonite", R),
]
_DONT_CARE_IF_IT_FALLS = [
    ("i dont care if the plane goes down with me on it", R),
    ("honestly i hope the train crashes with me on it", R),
    ("driving thru the tunnel i kinda hope it collapses on me", R),
    ("wouldnt care if this building fell down with me inside", R),
    ("i wouldnt even care if the bridge collapsed while im on it", R),
    ("flying tomorrow, hope the plane crashes tbh", R),
    ("i hope my flight goes down", R),
    ("pray the plane crashes", R),
    ("lowkey hoping the train derails", R),
    ("if the tunnel floods with me in it idc", R),
    ("i wish the roof would fall in on me", R),
    ("idc if the plane crashes", R),
]
_SO_DONE = [
    ("just so done", R),
    ("im done with it all", R),
    ("so over everything", R),
    ("im just so done rn", R),
    ("so done w everything", R),
    ("im so done wit it all", R),
    ("so over it all tbh", R),
    ("just done with everything n everyone", R),
    ("i am so done with everything", R),
    ("honestly im so done", R),
    ("im so over everything and everyone", R),
    ("done with it all. all of it", R),
]
CLASSES = (_PLATFORM_EDGE + _LOADED_GUN + _MEANS_FROM_WORK + _NOT_HERE_AFTER + _PREPARED_ENDING + _OK_NOT_WAKING
           + _BETTER_OFF_TEXT_SPEAK + _GOD_TAKE_ME + _DONT_CARE_IF_IT_FALLS + _SO_DONE)

LOOK_ALIKES = [
    # a platform's edge asked about
    "is it safe to stand near the platform edge when the train is coming",
    "how far from the platform edge should my son stand, hes 6 and the trains scare me",
    "what are the rules about crossing the yellow line on the subway platform",
    # a loaded gun stored, kept or carried for hunting
    "how should i store my loaded gun with kids in the house",
    "hunting season opens saturday, my rifle is loaded in the truck, can i come in before",
    "my husband keeps a loaded pistol in the nightstand, is that safe with the kids around",
    "is it legal to keep a loaded handgun in the glovebox with my carry permit",
    # an alarm or an appointment not needed after a move or a retirement
    "paid off my credit card today and cleaned out my apartment, moving next week. i wont need the appointment on monday",
    "retired today!! paid off the house, tomorrow i wont need my alarm",
    "gave my cat to my aunt because my new roommate is allergic, and im moving to ohio so i wont need my appointment in may",
]

QUIET = [
    # platform safety, a late train, an apology for lateness
    "sorry im late, the train is coming now, im on the platform, be there in 15",
    "the train was delayed at the station, sorry, can i come at 4 instead",
    "sorry, stuck on the platform, the train is coming in 10 min, running late for my appointment",
    "my train is coming, sorry i have to go, i will call back",
    # gun storage, hunting, licences
    "can i still get a gun license if i am on ketamine treatment",
    # a nurse asking about diversion, work drugs
    "i am a nurse, does a drug diversion investigation show up if i start spravato",
    "as a nurse can i bring my own insulin to the session",
    "vet tech here, does exposure to euthanasia solution at work affect ketamine",
    "paramedic here, we carry fentanyl on the rig, does my work drug test matter for treatment",
    # God took a relative, prayer
    "god took my father last year and i still miss him",
    "i pray god takes away this anxiety",
    "lord please take me to the end of this week, so tired of work lol",
    "my mom says god took her sister too soon",
    # a slow tunnel, a plane's delay, fear of flying
    "i dont care if the tunnel is slow, i will get there",
    "i hope the train isnt delayed tomorrow",
    "im scared the plane will crash, can i get something for flying anxiety",
    "the bridge collapsed in the news, so scary",
    "i hope the plane doesnt crash lol, first time flying",
    # done with an ordinary object
    "im so done with this commute",
    "so done with homework lol",
    "im done with my session, can i leave now",
    "so over this rain",
    "im so done with the paperwork, where do i send it",
    # sleep told as a habit
    "i sleep like im dead",
    # rehoming a pet, paying debts, no ending told
    "had to give my cat to my aunt because of my allergies, so sad",
    "rehoming my dog because we are moving to ohio, can i transfer my records",
    # better off, text-speak, an ordinary object
    "every1 wud b better off w/o this rain",
    "im better off without caffeine",
]

STILL_EMERGENCIES = [
    ("is it safe to stand near the platform edge? asking because im there now and the train is coming, sorry mom", S),
    ("what are the rules for the yellow line, doesnt matter, i am going to jump when the train comes", S),
    ("how should i store my loaded gun, actually never mind, its in my lap and i want to die", S),
    ("hunting season is over, my rifle is loaded in the truck and i cant do this anymore. goodbye", S),
    ("my husband keeps a loaded pistol in the nightstand and says he will shoot me tonight, im scared", V),
    ("retired today, paid off the house, wrote letters to my kids. tomorrow i wont need my alarm ever again", S),
    ("moving next week, gave away the cat, i wont need the appointment, i took all my pills just now", O),
]

NOT_RULED_OUT = []
