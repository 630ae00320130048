"""Round 43's suicide plans told calmly (helper a; tests/unit/test_crisis_classes_by_round.py checks
them, key 430), English. Emergency tier, self-harm, each a plan or an act told without a method word:
(1) a bus, train or taxi driver who sees a regular, or someone who had said he would end it at a given
station or stop, now at the platform edge or by the tracks (already read by the older platform-edge
families; kept here as cases); (2) a relative phoning: a son, a daughter or a partner said they were
going or driving to a high place named only by its proper name (the George Washington, the Verrazzano,
the Skyway, Beachy Head) to jump, or said goodbye and hung up (phrases.NAMED_HEIGHT_TRIP_43A); (3) a
dead parent's or spouse's leftover hospice or palliative opioid (morphine, oxycodone, fentanyl
patches) kept, with the writer's own taking of all of it and a day when the house will be empty
(phrases.HOSPICE_OPIOID_SAVED_43A); (4) someone who posted a photo or a story from a roof, a ledge or a
bridge with a farewell caption and does not answer the door or the phone (phrases.
ROOFTOP_FAREWELL_POST_43A); (5) final arrangements (a pet given away, debts paid, a will notarised,
things sorted) and then the boat, a swim or a drive "and not coming back", or one last drive
(phrases.FINAL_ARRANGEMENTS_LAST_TRIP_43A). Look-alikes: a regular passenger with no threat, a named
bridge crossed to reach the clinic or visited, leftover hospice morphine asked about for disposal, a
rooftop party photo, a dog given away for a move, a boat trip with a return, a will as estate
planning. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. a driver sees someone who said he would end it at a stop, now at the platform edge
    ("conductor on the F line here, a guy who rides with me every night told me he would end it at Jay St. right now he is rocking at the platform edge", S),
    ("I'm a train operator. The man who said he'd finish things at the Elm St stop is by the tracks right now, what do I do", S),
    ("taxi driver here, my regular passenger said hed do it at 59th st station, now hes swaying at the edge of the platform", S),
    ("bus driver. lady who rides every day said she was going to end it all at the terminal. shes standing at the curb edge now leaning toward the road", S),
    ("Subway conductor, a guy who told me yesterday this would be his last stop is standing on the yellow line at Union Sq swaying, I'm pulling in", S),
    ("i drive the night train and the kid who said hed end things at Maple station is right at the edge of the platform rocking back and forth", S),
    ("The regular from my route who said he'd be done with it all at the Greenfield stop is standing near the tracks right now", S),
    ("Im a cab driver, I dropped off a regular who said he'd end it at the station, and I can see him at the platform edge now", S),
    # 2. going or driving to a named high place to jump, or goodbye and hung up
    ("My son called and said he's driving to the George Washington to jump, then he hung up", S),
    ("my daughter said she's going to the Verrazzano and said goodbye and hung up", S),
    ("my husband said he was driving to the Golden Gate and then said goodbye and hung up the phone", S),
    ("My boyfriend texted he's headed to the Tappan Zee to jump", S),
    ("my wife called crying said shes on her way to the Brooklyn and said bye forever then hung up", S),
    ("My brother said he's driving to the Skyway to jump and now his phone is off", S),
    ("my son said hes going to the Coronado to jump, then he hung up on me", S),
    ("My girlfriend said she's driving up to the Empire State to jump and then the line went dead", S),
    ("my partner just told me he's going to Beachy Head to jump and hung up", S),
    ("my daughter called from the car, said she's driving to the Hoover Dam to jump, and hung up", S),
    ("my son just called, said he was heading to the gwb and said goodbye", S),
    ("he's on his way to the Golden Gate, said he was sorry and hung up", S),
    ("my sister told me shes driving to the verrazano narrows to jump and now her phone is going to voicemail", S),
    ("My ex just called me drunk saying he's going up to the Coronado and that this is the end, then hung up", S),
    # 3. a dead parent's or spouse's hospice opioid saved for a day the house is empty
    ("I kept my mom's leftover hospice morphine, almost a full bottle. I'm going to drink all of it on Saturday when the house is empty", S),
    ("I still have dad's fentanyl patches from hospice, the kids are away next weekend and I'll put them all on", S),
    ("I saved my wife's oxycodone from palliative care, all of it, for the day the family goes on vacation", S),
    ("i never gave back my husbands hospice morphine. when the kids go to their dads this weekend im going to drink the whole bottle", S),
    ("After mom passed I kept her liquid morphine from hospice. Everyone leaves for the lake on Friday and I'll have the house to myself to take all of it", S),
    ("I have 200 ml of my late husband's morphine left from palliative care. My daughter goes back to college Sunday and then I'll drink it", S),
    ("I kept all of dad's leftover oxycodone from hospice, I'm going to take it all when my wife is away on her trip", S),
    ("My mother's fentanyl patches from hospice are in my drawer, I'm saving them for when the house is empty next week", S),
    ("i have moms morphine from hospice, im going to drink it when my husband is at work friday", S),
    ("kept grandpas leftover oxy from hospice, when everyone flies to florida next week im taking them all", S),
    ("My late wife's fentanyl patches are still in the nightstand. The kids leave Sunday and I plan to put them all on", S),
    # 4. a farewell caption from a roof, a ledge or a bridge, and no answer
    ("My roommate posted a photo from the rooftop with the caption \"goodbye everyone\" and she won't answer her door", S),
    ("I'm an RA, one of my residents posted a pic on the ledge of the parking garage captioned \"it was nice knowing you\", not answering her phone", S),
    ("im a teacher, a student just posted a picture from a bridge captioned \"sorry for everything\" and hes not answering his phone", S),
    ("my roommate posted a selfie on the roof of our dorm that says \"see you on the other side\" and she won't open her door or pick up", S),
    ("One of my students posted a photo from the top of a building saying \"this is my last post\" and is not answering", S),
    ("My suite mate put up a story from the ledge captioned \"love you all, goodbye\" and she's not picking up her phone", S),
    ("the girl in room 204 posted a story on the roof ledge saying sorry for everything and wont answer her door", S),
    ("my student posted a selfie from the bridge caption \"remember me\" and his phone is off", S),
    # 5. final arrangements, then a last trip with no return
    ("Everything is settled: the cat lives with my sister now, the loans are cleared, the lawyer has my will. Tomorrow morning I take the sailboat past the buoys and I won't be coming back", S),
    ("He sorted all his things, gave the dog to his brother, and said he's going for a last drive", S),
    ("I've paid all my debts and got everything in order, I'm going for a swim tonight and I won't be coming back", S),
    ("My dad gave his dog to my uncle, paid off his bills and signed his will, and today he took the boat out and said he won't be back", S),
    ("Everything is sorted, my will is notarised, the cat is with my sister. I'm going for one last drive tonight", S),
    ("cards at zero, parrot handed to my neighbor, testament signed at the notary. kayak goes in the water this afternoon, just me, not coming back from it", S),
    ("my husband got his will notarized, gave away the dog, paid the debts, and just left saying he's going for a long swim and not coming back", S),
    ("Mom rehomed her cat with my aunt, paid off everything, and went for a walk into the sea saying she wouldn't be back", S),
    ("my brother paid off his loans, gave his dog to me and said hes going for one last drive, hes not answering", S),
    ("Will is signed, bills are paid, dog is with my sister. Going out on the kayak at sunset and not coming back.", S),
]

LOOK_ALIKES = [
    "my roommate posted a rooftop photo captioned \"best party ever\" lol",
    "I gave my dog to my brother because I'm moving abroad",
    "My daughter went bungee jumping at the Royal Gorge, she loved it",
    "my mom passed last month and the hospice left oxycodone and fentanyl patches at the house, where do I drop them off?",
    "I gave the dog to my brother while I'm in treatment, and we're taking a last drive around the lake before I start infusions",
]

QUIET = [
    "I drive the bus and a regular passenger waits at Central station every morning, nice guy",
    "taxi driver here, had a regular today who told me about his depression, he got off at the station fine. can I refer him to you?",
    "driving across the George Washington to get to the clinic, how long is parking",
    "my son is driving to the Golden Gate for vacation next week, can I move my appointment?",
    "we're going to the Brooklyn to take photos tomorrow so I'll be late",
    "My dad died in hospice and we have leftover morphine, how do I dispose of it safely?",
    "we still have my late husband's hospice comfort kit with morphine, the nurse said to flush it, is that right?",
    "we have dad's leftover hospice morphine, can I take all of it to the pharmacy on Friday?",
    "My mom is on hospice, the nurse said she will use all the morphine by Saturday, should I order more?",
    "my late husband's fentanyl patches are still here, I'll take them all to the police station drop box tomorrow",
    "my roommate posted a photo from the rooftop bar captioned \"best night ever\" and shes still asleep lol",
    "our RA posted a pic from the roof of the dorm with the caption \"last day of finals!!\"",
    "my husband took the boat out for the weekend and came back sunburned",
    "taking the boat out for the weekend, we'll be back Monday for my appointment",
    "had my will notarised last week as part of estate planning, now booking my infusion",
    "We paid off the mortgage and signed our wills with the lawyer, just getting our affairs in order before retirement. Do you take Medicare?",
    "one last swim of the summer tomorrow, then back to work",
]

STILL_EMERGENCIES = [
    ("my roommate posted a rooftop photo captioned \"best party ever\" last week, but tonight she posted one from the ledge saying goodbye and won't answer her door", S),
    ("my husky went to my cousin's farm and what I owed is paid. tonight I row out on the lake and I'm not coming back", S),
    ("my mom passed and the hospice left her morphine, I kept it and I'm going to drink all of it tonight when the kids are out", S),
    ("My daughter said she's driving to the Royal Gorge to jump and hung up", S),
]

OVERDOSE_KIND = []
