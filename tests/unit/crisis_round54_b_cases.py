"""Round 54's medical emergencies told by a carer, a worker or in a few words, and a cough syrup taken to excess
(helper b; tests/unit/test_crisis_classes_by_round.py checks them, key 541). Classes the detector missed, each now
read through round 54 (b)'s families in phrases.py:
(1) an allergic reaction told by a teacher, a babysitter, a coach or a grandparent: after a cookie, a cake, a snack,
nuts, shellfish or a new food (or a sting at camp), hives, welts or spots with a swollen lip, tongue or eyes, vomiting
with hives after a sting, or the throat tight or closing, the voice hoarse, swallowing hard, the EpiPen at home:
medical (ALLERGY_TOLD_BY_CARER_54B);
(2) decompression sickness: a sandhog, a caisson worker or a diver with the joints aching, a blotchy or marbled rash,
numbness, tingling, weakness, confusion or trouble breathing after a shift under compressed air or after coming up
from a dive ("the bends"): medical (DECOMPRESSION_SIGNS_54B);
(3) an electric shock (a live wire, an outlet, an electric fence, a third rail, a cord chewed, a shock off a line or
an appliance) with burn marks where it went in or out, the heart skipping, fluttering or racing, numbness, a fall,
a moment out: medical (ELECTRIC_SHOCK_SIGNS_54B);
(4) choking told in a few words ("little one choking!! help", "choking toddler help", "mom chokin on a pill", "my
uncle cant breathe choking on chicken"): medical (CHOKING_TERSE_54B);
(5) a cough syrup or a cold medicine taken to excess (a whole bottle of Robitussin, Delsym or NyQuil, "dxm", "robo",
"tussin", "lean", "purple drank") with hallucinations, burning up, a racing heart, vomiting, not walking, too sleepy
or breathing slowly: an overdose (COUGH_SYRUP_EXCESS_54B); dextromethorphan gets the Poison Help steps
(patterns.py's overdose kind), codeine and lean keep the naloxone steps (OVERDOSE_KIND).
Their neighbours stay silent (QUIET): how to use an EpiPen, an allergy of years ago, hives asked about with MCAS; a
diving or tunnel-work question with no signs now, a dive bar, carpal tunnel; "shocked by the price", a static shock
from a doorknob, a charger question, shock therapy; "i choked at the game", "choked up at the wedding", a choking
hazard; how much cough syrup is safe, whether NyQuil interacts with ketamine, lean long ago, a lean bulk.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_ALLERGY_CARER = [
    ("one of my 2nd graders ate a cookie at lunch and says her throat feels tight, her epipen is at home", M),
    ("babysitting tonight, the little boy had a bite of cake and now his voice is hoarse and he keeps saying his throat is closing", M),
    ("student in my class says she cant swallow after the peanut butter snack, her lips are swelling up, the nurse is out", M),
    ("im the coach, one of my players ate a granola bar and now his throat feels tight and his eyes are puffy. no epipen with him", M),
    ("my granddaughter ate shrimp at dinner and her lip is all swollen and she has hives everywhere", M),
    ("the kid im nannying tried cashews for the first time, now big welts on his face and his tongue looks swollen", M),
    ("CHILD IN MY CLASSROOM HAS HIVES AND HER EYES ARE SWELLING SHUT AFTER THE BIRTHDAY CUPCAKES", M),
    ("camp counselor here, a camper got stung by a bee and now he is throwing up and covered in hives", M),
    ("teacher here, a boy with a nut allergy ate a brownie, he says his throat is itchy and tight and he sounds hoarse, his epi pen is not in his bag", M),
    ("my neighbor's son i'm watching ate pad thai, he has red spots all over and his lips are puffing up", M),
    ("preschooler tried a new food at snack time, now welts on her arms and her face is swelling", M),
    ("student ate cafeteria lunch, says throat closing, trouble swallowing, left her epipen at home!!", M),
    ("grandson eat peanut cookie, now his lip very big and he have spots in all body", M),
    ("my 7 yo nephew had a fish stick and now hes wheezing and his face is all swollen up, hives too", M),
    ("one of the kids at daycare got stung by a wasp and she's vomiting with hives all over her legs", M),
    ("my coworker's daughter is here at the office, she ate a walnut brownie and says her tongue feels big and her throat is tight", M),
    ("grandma here, my grandbaby ate scrambled egg for the first time and now has welts all over and her eyes are puffy", M),
    ("lunch duty teacher: kid ate a shrimp roll, voice going hoarse, cant swallow, epipen is in his locker???", M),
    ("BABYSITTER HERE!! kid ate a pb cookie, says his throat feels tight, no epi pen in the diaper bag", M),
]
_DECOMPRESSION = [
    ("sandhog here, came off a shift under pressure and my knees and elbows are killing me, skin is all blotchy", M),
    ("my husband works in the tunnel under compressed air, after his shift his shoulder is in agony and his hands are numb", M),
    ("came up from a dive an hour ago, now my arm is tingling and i feel weak and kind of confused", M),
    ("after our dive today my buddy has a mottled rash on his chest and joint pain, i think he has the bends", M),
    ("caisson worker, just got out of the lock and my legs are numb and tingly, hard to walk", M),
    ("i think i have the bends, surfaced too fast and my joints hurt bad", M),
    ("my son went scuba diving this morning and now he is short of breath and his skin is blotchy", M),
    ("diver here, after 2 dives today i have pins and needles in both legs and my shoulder aches", M),
    ("dad is a tunnel worker, came home after a compressed air shift and he is confused and can't walk straight", M),
    ("DIVING THIS MORNING NOW MY HIP AND KNEE HURT REALLY BAD AND MY SKIN HAS A MARBLED RASH", M),
    ("we surfaced from a deep dive, my wife has numbness in her arm and trouble breathing", M),
    ("i dive for work, came up 30 mins ago and now my elbow is aching and my fingers are numb, is it decompression sickness", M),
    ("my bf is a commercial diver, he came up from a dive 2 hrs ago and his shoulder is throbbing and his fingers tingle", M),
    ("sandhog shift ended at 6, now i got the bends bad, knees and hips aching and feeling dizzy", M),
]
_ELECTRIC_SHOCK = [
    ("my son touched a live wire in the garage, there's a burn mark on his hand and on his foot", M),
    ("got shocked by the outlet, my heart keeps skipping and fluttering", M),
    ("my husband got electrocuted fixing the light, he fell off the ladder and was out for a few seconds", M),
    ("my daughter grabbed the electric fence, now her arm is numb and her heart is racing", M),
    ("coworker touched a live cable at the site and passed out for a bit, he's awake now but confused", M),
    ("kid stuck a fork in the outlet, there is a black burn on his finger and he says his arm feels numb", M),
    ("my friend touched the third rail and got thrown, there's a burn where it went in and one on his foot where it came out", M),
    ("i got zapped by a live wire at work, now my heart is pounding and skipping beats", M),
    ("electrician here, took a shock off a 220 line, my chest feels fluttery and my arm is tingling", M),
    ("MY DAD GOT ELECTROCUTED BY THE POWER LINE AND HE IS NOT WAKING UP", M),
    ("my toddler chewed through a phone charger cord and got a shock, her lip is burned and she's not acting right", M),
    ("got an electric shock from the dryer, burn marks on my palm and my heartbeat feels irregular", M),
    ("my uncle was on the roof and touched the power line, he has a burn on his hand and one on his foot and his heart is going crazy", M),
    ("fork in the outlet!! my 4 yr old got shocked by the outlet, burn on his fingers and his arm is numb", M),
]
_CHOKING_TERSE = [
    ("little one choking!! help", M),
    ("baby choking on a blueberry", M),
    ("my uncle cant breathe choking on chicken", M),
    ("BABY CHOKING HELP", M),
    ("son choking on a coin", M),
    ("help my daughter is choking", M),
    ("grandma choking on her food cant breathe", M),
    ("choking toddler help what do i do", M),
    ("my husband choking on a piece of meat", M),
    ("he's choking!!! on candy", M),
    ("my baby choking on milk and turning blue", M),
    ("student choking in the lunchroom, cant talk", M),
    ("man choking at the restaurant", M),
    ("mom chokin on a pill", M),
    ("HELP CHOKING BABY", M),
    ("my grandpa is choking on a chicken bone!!", M),
]
_COUGH_SYRUP = [
    ("my 15 year old drank a whole bottle of robitussin and now he's hallucinating and burning up", O),
    ("my son took a bunch of dxm, his heart is racing and he cant walk straight", O),
    ("i think my daughter is robo tripping, she drank two bottles of cough syrup and keeps throwing up", O),
    ("my friend chugged a bottle of delsym and now he's seeing things and his skin is super hot", O),
    ("drank a whole bottle of nyquil, i cant stay awake and my breathing feels slow", O),
    ("my brother has been sipping lean all night and now he is so sleepy and breathing slow", O),
    ("my cousin drank purple drank and he won't wake up, his breathing is really slow", O),
    ("took like 20 dextromethorphan gels, everything is spinning and my heart is going so fast", O),
    ("my teen drank tussin, he's hallucinating and throwing up, very hot to the touch", O),
    ("roommate drank an entire bottle of promethazine codeine syrup, she's barely breathing", O),
    ("my boyfriend took a whole bottle of cough syrup, he's vomiting and can't stand up", O),
    ("i drank the whole bottle of robitussin dm an hour ago, now im seeing things and my heart won't slow down", O),
    ("he been drinking lean, now he nodding out and breathing real slow", O),
    ("MY SON DRANK A WHOLE BOTTLE OF NYQUIL HE IS SO SLEEPY AND WONT WAKE UP", O),
    ("my 16 yo been robo tripping all night, now he is burning up and cant stand", O),
    ("pls help my roommate drank 2 bottles of tussin and shes seeing bugs and throwing up", O),
]
CLASSES = _ALLERGY_CARER + _DECOMPRESSION + _ELECTRIC_SHOCK + _CHOKING_TERSE + _COUGH_SYRUP

LOOK_ALIKES = []

QUIET = [
    # an epipen asked about, an allergy long ago, hives as a condition
    "how do i use an epipen? the school wants all the teachers trained before the field trip",
    "as a babysitter what are the steps to give an epi pen, the parents left one just in case",
    "my son had a reaction to peanuts years ago, hives and a swollen lip, he is fine now. can he sit with me during my session",
    "do you treat MCAS? i get hives all the time and my doctor thinks it is stress",
    "my daughter gets hives whenever she eats strawberries, should we get her tested before school starts",
    "ate a cookie at the party, now my voice is hoarse from all the singing lol",
    "the kids i babysit ate so much cake tonight they are bouncing off the walls",
    "i teach second grade and we are not allowed to bring peanut butter cookies, is that normal?",
    # a dive or tunnel work asked about, no signs now
    "can i go scuba diving the week after my ketamine infusion?",
    "i used to be a sandhog, worked under compressed air for 20 years. does that matter for spravato?",
    "my dad had the bends years ago, he recovered fine. is ketamine safe for him?",
    "went to a dive bar last night, my legs are sore from dancing, can i still come in today",
    "my shoulder aches after diving practice at the pool, can i take advil before my infusion",
    "carpal tunnel from work, my fingers are numb at night, does ketamine help nerve pain",
    "i need to decompress after work, my shoulders ache from stress all week",
    "my husband is a tunnel worker on the new subway line, can he come to my appointment after his shift",
    # shocked by a price, a static shock, a charger, shock therapy
    "i was shocked by the price of the spray, my heart is racing lol",
    "got a static shock from the doorknob again, my finger is tingling, winter is the worst",
    "is it safe to charge my phone next to me during the infusion?",
    "i had shock therapy years ago and it made me confused for a while, is ketamine different",
    "got a shock when i saw the bill, my heart skipped a beat haha",
    "my tens unit gives little shocks and my muscles twitch, is that ok with spravato",
    # choked at a game, choked up, a hazard, a question ahead, a choking long ago
    "i choked at the game last night, missed two free throws in a row",
    "choked up at my daughter's wedding, happy tears all day",
    "is popcorn a choking hazard for a toddler?",
    "my baby was choking on a grape last week, she is fine now. can i bring her to my appointment",
    "my brother is choking back tears every time he talks about dad, is that grief",
    "the choking game on tiktok scares me, how do i talk to my kid about it",
    # cough syrup asked about, lean long ago, a lean bulk
    "how much cough syrup is safe to take before my ketamine infusion?",
    "does nyquil interact with ketamine? i took some last night and i am a little sleepy",
    "i took nyquil as directed last night, still a bit drowsy, can i drive to my appointment",
    "i used to drink lean in high school, i have been clean for 5 years, does that matter for spravato",
    "doing a lean bulk at the gym, i am so sleepy after workouts, is that normal",
    "is it ok to take robitussin for my cough the day of my spravato session?",
]

# round 43's filter of work killing the body gives way to the bends told beside it
STILL_EMERGENCIES = [
    ("sandhog on the new line, this job is killing my knees and tonight after the air lock my legs went numb and i feel confused", M),
    ("came off my tunnel shift in compressed air, my elbows are killing me and my skin is all mottled", M),
]

NOT_RULED_OUT = []

# dextromethorphan (robitussin, delsym, tussin, dxm, nyquil) gets the Poison Help steps; codeine and lean the naloxone steps
OVERDOSE_KIND = [
    ("my son took a bunch of dxm, his heart is racing and he cant walk straight", "poisoning"),
    ("my friend chugged a bottle of delsym and now he's seeing things and his skin is super hot", "poisoning"),
    ("my teen drank tussin, he's hallucinating and throwing up, very hot to the touch", "poisoning"),
    ("my 15 year old drank a whole bottle of robitussin and now he's hallucinating and burning up", "poisoning"),
    ("took like 20 dextromethorphan gels, everything is spinning and my heart is going so fast", "poisoning"),
    ("MY SON DRANK A WHOLE BOTTLE OF NYQUIL HE IS SO SLEEPY AND WONT WAKE UP", "poisoning"),
    ("my cousin drank purple drank and he won't wake up, his breathing is really slow", "overdose"),
    ("roommate drank an entire bottle of promethazine codeine syrup, she's barely breathing", "overdose"),
    ("he been drinking lean, now he nodding out and breathing real slow", "overdose"),
]
