"""Round 51's English self-harm told by a place by the water or by a relative's gun, and English false alarms
about suicide as a topic (helper b; tests/unit/test_crisis_classes_by_round.py checks them, key 511). Classes the
detector missed, each now read through round 51 (b)'s families in phrases.py:
(1) the writer at the water's edge (a pier, a seawall, a dock, a jetty, a boardwalk, a bridge's railing), come on
a bike, an e-bike, a scooter or on foot, who says two of three things: they can not swim, nobody would notice, the
water is right there (WATER_EDGE_CANT_SWIM_UNNOTICED_51B): self-harm;
(2) a husband, a father, a son or a boyfriend drinking now with his gun in the backyard, the garage, a shed or a
car, who says he is done, or that the family would be better off (or taken care of) with his pension or his life
insurance, or without him, told by the spouse or a child (RELATIVE_DRINKING_WITH_GUN_DONE_51B): self-harm.
False alarms ruled out by three new filters (patterns.py, round 51 (b), whose stops are review R's shared ones less
each look-alike's own words): dark thoughts after a birth years ago, the writer better now, asking about ketamine
for what remains; a student's school project on the phrase "i want to die" (what it means, why people say it); a
show or a play about a suicide in a dorm, watched or staged, beside a clinic or a general question (LOOK_ALIKES).
Each gives way where a danger is told now: thoughts back this week with pills saved, a new baby weeks old, the
writer's own wish beside the phrase, a plan, the means at hand tonight (STILL_EMERGENCIES). The older idiom "to
die for" no longer covers "i want to die for real". QUIET holds the families' own look-alikes: a morning ride
along the seawall, a phobia of the ferry or of bridges, a new flat on the waterfront, a child who can not swim
yet, a beer after hunting season, guns in a safe, a retired officer's pension, a coverage question, the writer's
own "i am done" with a husband's drinking.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_WATER_EDGE = [
    ("rode my e-bike down to the seawall after my shift. never learned to swim and honestly nobody would notice", S),
    ("walked out to the tip of the jetty. the waves are right there, i cant swim and no one would notice for days", S),
    ("Biked to the sea wall in Red Hook. Water right there. Never learned to swim. Nobody would even notice.", S),
    ("im 16 and im on my bike by the river walk railing. i cant swim. no one would notice im gone", S),
    ("I am 74 years old. I walked to the promenade with my cane. The river is right there and I do not swim. "
     "Nobody would notice an old woman.", S),
    ("i am at the sea wall with my bicycle, water is just there, i not know how to swim, nobody will notice me", S),
    ("okay so I'm standing at the edge of the boardwalk comma the ocean is right there comma I can't swim comma "
     "nobody would notice", S),
    ("SITTING ON THE END OF THE DOCK WITH MY SCOOTER. WATER RIGHT THERE. NEVER LEARNED TO SWIM", S),
    ("rode the citi bike out to the esplanade and locked it up. the east river is right below the rail and i dont "
     "know how to swim", S),
    ("parked my scooter on the waterfront walkway at 2am. nobody is around, i can't swim, the water is so close", S),
    ("sitting on the breakwater with my bike, the lake's right there. no1 would notice till morning", S),
    ("got off my ebike at the harbor wall, the tide is right under my feet. who would even notice", S),
    ("just me and the seawall tonight, i cant swim lol and who would even miss me honestly", S),
    ("walked my bike onto the old pier, the water looks so dark and deep from here. i never learned how to swim", S),
    ("I'm on the staten island ferry at the back railing, i can't swim and nobody would notice if i went over", S),
]
_RELATIVE_GUN_DRINKING = [
    ("my husband is out in the backyard with a bottle of bourbon and his 9mm, he keeps telling me he's done", S),
    ("dad has been drinking all night in the garage and his shotgun is leaning on the workbench. he told mom she'd be "
     "better off with his pension", S),
    ("im 13. my dad is drunk in his truck in the driveway and the gun is on the seat next to him. he said hes done. "
     "mom is at work", S),
    ("my son (26) is sitting in his car behind the house drinking vodka with a pistol in his lap, he texted me im done", S),
    ("My husband has been drinking since noon. He took the rifle out to the shed and told me the life insurance will "
     "take care of me and the kids.", S),
    ("my husband drink a lot tonight, he is in garage with the gun, he say the pension money go to us, he is finish", S),
    ("husband drunk in the backyard cleaning his glock, keeps saying we would all be better off collecting his life "
     "insurance", S),
    ("my father is wasted on the back porch with his hunting rifle across his knees, he says he's done with all of it", S),
    ("my stepdad is drinking in the car in the garage and he has the 38 with him. he told my mom the insurance money "
     "would take care of us", S),
    ("my husband is in the garage drinking whiskey he has his gun he says me and the kids will be fine with his pension", S),
    ("my boyfriend has been putting away beers in the backyard and brought out his old revolver, keeps saying he is "
     "done, what do i do", S),
    ("MY DAD IS DRUNK IN THE GARAGE WITH A SHOTGUN SAYING WE GET HIS PENSION AND WE WILL BE FINE", S),
    ("my son came home hammered and went straight to the backyard with his AR, he keeps saying he's done, he's so done", S),
    ("daddy is in the car in the garage with a beer and his gun and he told me to tell mommy the policy is paid up. "
     "i'm 10", S),
    ("my husband's been drinking in the garage all evening, the rifle is on the hood of the car, he said y'all will be "
     "better off without him", S),
]
CLASSES = _WATER_EDGE + _RELATIVE_GUN_DRINKING

LOOK_ALIKES = [
    # dark thoughts after a birth told as past, better now, a question for what remains
    "after my daughter was born two years ago i had really dark thoughts, like i wanted to die. i'm much better now "
    "but some of it lingers, can ketamine help with what's left?",
    "postpartum two years back i didnt want to live anymore, better now thank god, but still some anxiety. do you "
    "treat that with ketamine?",
    "two years ago, right after having my baby, i wished i could just not wake up. i'm doing so much better now. "
    "could ketamine help with the depression that's still hanging around?",
    "my ppd was awful 2 years ago, i felt like my family would be better off without me. i'm recovered mostly. do "
    "you offer ketamine for residual symptoms?",
    "i had dark thoughts after my son was born, this was 2 years ago, i used to think about driving into a wall. "
    "i'm better but the fog never fully lifted. what does a consult cost?",
    "When my twins were born in 2022 I had intrusive thoughts of ending my life. That passed with therapy. Is "
    "ketamine used for the low mood that stayed?",
    "after my c-section in 2022 i was in a really dark place and honestly suicidal. today i'm way better. does ketamine "
    "help residual depression?",
    "Had postpartum psychosis with my first, 3 yrs ago, thought my family would be better off without me. Stable now "
    "on meds. Is ketamine safe with lithium?",
    # a school project on the phrase
    'for health class i have to present on the phrase "i want to die" and why people say it so much. can i '
    'interview a therapist at your clinic?',
    'my health teacher assigned us to research why people say "i wanna kill myself" as a joke. do you have any '
    'info on that?',
    'my daughter (14) has a health class project on what "i want to die" means when kids say it, could she email '
    'someone there?',
    'doing a project for health on suicide language, like why ppl say "i\'m gonna kms". do u have pamphlets',
    "Our group poster for health class is about the expression kill me now and whether it is just hyperbole. Is "
    "there a clinician we could quote?",
    "my teacher wants us to write about why teens post 'kms' online. can i use your site as a source for my project?",
    # a show or a play about a suicide in a dorm, watched or staged
    "i'm directing a student play about a girl who kills herself in her dorm room. are you open on saturdays? a few "
    "of us want to learn about treatment",
    "we're putting on a play set in a college dorm where a girl takes her own life. could a counselor from your "
    "clinic come to a rehearsal?",
    "saw a play about a freshman who overdosed on purpose in her dorm. do you take insurance?",
    "just binged a series where the roommate hangs himself in the residence hall, heavy stuff. how long is a "
    "ketamine session?",
    "our drama club is rehearsing a one act about a college student who ends her life in the dorms, is there a "
    "pamphlet we could hand out after?",
    "my daughter's college is doing a production of a play where a student dies by suicide in her dorm, she is in it. "
    "what signs should i look for?",
]

QUIET = [
    "i bike along the seawall every morning before work, it clears my head. can i ride my e-bike home after an "
    "infusion?",
    "i can't swim so the ferry ride to staten island gives me panic attacks. is that something ketamine treats?",
    "our new apartment is on the waterfront and the water is right there, love it. is there parking near your clinic?",
    "my kids can't swim yet so we stay on the boardwalk, nobody goes in the water there. are you open sundays?",
    "went fishing off the dock with my grandson, i never learned to swim but the water was calm. can i book for "
    "tuesday?",
    "i am scared of bridges, the water is right there under the car and i can not swim. do you treat phobias?",
    "my husband likes a beer in the backyard and cleans his rifle after hunting, he says he is done for the season. "
    "can he start spravato?",
    "my father drinks in the garage and keeps his guns in a safe, we worry about the drinking. do you treat alcohol use?",
    "my husband retired from the police, he's done, we live on his pension now. he has a beer at night and keeps his "
    "pistol locked up. does ketamine interact with alcohol?",
    "my son had a few beers at the gun range and says he is done with shooting sports, he wants to try ketamine for "
    "anxiety",
    "does my husband's life insurance cover ketamine? he drinks a bit and owns a rifle, asking for the intake form",
    "my dad got drunk at the bbq and shot the nerf gun at the kids, then said he's done for the night lol",
    "my husband gets drunk every night and cleans his guns. i am done. how do i get him into treatment?",
    "my husband drinks beer and keeps his rifle by the bed, is it ok with the ketamine?",
]

STILL_EMERGENCIES = [
    ("after my son was born two years ago i wanted to die, then i got better on zoloft. but this week the thoughts are "
     "back and i have a bottle of pills saved. can ketamine help?", S),
    ("two years postpartum, back then i wished i could disappear. i thought i was better but tonight i want to die "
     "again. do you have openings?", S),
    ("my ppd was two years ago and i recovered, but i just had my second baby 3 weeks ago and i keep thinking about "
     "killing myself. what do i do", S),
    ('for my health class project i am writing about why people say "i want to die". but for me it is not a phrase. '
     'i want to die and i have pills saved, can i talk to someone?', S),
    ('health class presentation on the phrase "kill me now". not going to lie, i keep thinking about killing myself '
     'this week and i have a plan.', S),
    ("my group is doing a school project on why teens say they want to die casually. i am not joking when i say it. "
     "i have the pills ready tonight", S),
    ("we watched a show about a girl who kills herself in her dorm and now i keep thinking i should do the same "
     "tonight. i have the pills. is ketamine fast?", S),
    ("i'm directing a play about a freshman's suicide in the dorms and honestly i want to die too, i have a plan. "
     "are you open today?", S),
    ("saw a movie about a college roommate who took her own life and i relate to her so much, i have pills saved up "
     "in my dorm. what do i do?", S),
    ("i want to die for real", S),
]

OVERDOSE_KIND = []

NOT_RULED_OUT = []
