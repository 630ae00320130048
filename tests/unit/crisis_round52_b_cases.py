"""Round 52's English self-harm told by a relative or a friend at a height now who says he will jump, and four
English false alarms (helper b; tests/unit/test_crisis_classes_by_round.py checks them, key 521). The class the
detector missed, now read through round 52 (b)'s family in phrases.py:
(1) a brother, a wife, a son, a roommate or a friend on a roof, a ledge, a balcony, a fire escape, a bridge or a high
floor now, who says, texts or threatens that he will jump (or sends a goodbye from there), told in a hurry by the
writer driving or on the way there, often with a question of what to do or whether to call 911 ("friend on top
of building threatening jump. on my way", "she is on the 30th floor balcony saying she will jump"): self-harm
(THIRD_PERSON_AT_HEIGHT_WILL_JUMP_52B); a son or a daughter told so is this family's, not round 28's small child
climbing (medical), unless the child is told as small.
False alarms ruled out by round 52 (b)'s filters in patterns.py (LOOK_ALIKES): a novelist, a screenwriter, a
playwright, a film or a nursing student asking what an overdose looks like for a book, a scene or a class; "i could
die", "kill me now", "i will die of embarrassment" over a photo of the wrong insurance card, a typo in the form, a
selfie or a voice message sent by mistake; a roommate's or a friend's joke about jumping off a bridge over an exam,
a grade or a game, with a laugh or "joking"; a question whether ketamine or Spravato with beer, wine or alcohol can
cause an overdose, nobody having taken anything. Each gives way to a danger told beside it: someone's signs or
help asked now, the writer's own wish told another way, "not joking", a plan, a place now, a goodbye, someone who
has just taken or drunk it (STILL_EMERGENCIES). QUIET holds the family's neighbours: a jump into a pool, on a
trampoline, over a gap, the line jumped, a bungee jump, a dream, a film, a time long gone.
Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_AT_HEIGHT_WILL_JUMP = [
    ("my friend is out on a ledge on the 11th floor threatening to jump, i'm on my way there, do i call 911 first?", S),
    ("she's on the 30th floor balcony saying she'll jump, I'm about 20 min out, should I keep her on the phone", S),
    ("friend on top of building threatening jump. on my way. call 911??", S),
    ("my wife is on the balcony of our 18th floor apartment and says she will jump, im stuck in traffic trying to get home", S),
    ("my brother's on the roof of his dorm, texting me he'll jump if anyone comes up, i'm driving there now what do i say", S),
    ("my son is standing on the edge of the parking garage roof and says he will jump, im in the car, please tell me what to do", S),
    ("dad on the fire escape 6th floor saying he will jump. i'm in an uber. what do i do", S),
    ("my girlfriend is on the manhattan bridge and keeps texting me she will jump, im driving over there right now", S),
    ("uncle on the bridge railing says he will jump, cops not there yet, i am on the highway", S),
    ("my sister just facetimed me from the roof of her building, she says she is going to jump, im 15 minutes away", S),
    ("hes on the ledge. says hell jump. im driving. hurry what do i do", S),
    ("my roommate is up on the rooftop threatening to jump and i'm running back from the library, should i call campus police", S),
    ("My husband climbed over the railing on the balcony, 14th floor, and says he's going to let go. I'm on my way home. Please help", S),
    ("best friend sitting on the edge of the roof with her legs over saying she will jump tonight, im on my way", S),
    ("my cousin is on the top floor of the garage threatening to jump and i am driving there, please", S),
    ("mom is out on the window ledge on the 9th floor saying she'll jump. I'm in a cab. what do I tell her", S),
    ("my bf is on the verrazano bridge saying he will jump, i am in the car on the belt parkway, what do i do", S),
    ("a friend of mine is at the top of the parking structure saying she is going to jump. I'm 5 minutes away", S),
    ("my son texted me a picture from the bridge saying goodbye, he says he will jump, i'm on my way", S),
    ("my brother is standing on the ledge of the 20th floor and threatening to jump, i'm on the train over there, should i call 911 or the crisis line", S),
    ("MY DAUGHTER IS ON THE ROOF SAYING SHE WILL JUMP IM DRIVING THERE NOW", S),
    ("my ex is up on the overpass and texted me he's gonna jump, i'm heading there, what do i say to keep him talking", S),
    ("my friend is on the 15th fl balcony threating to jump im otw", S),
    ("he's on the bridge, he says he'll jump, I'm 10 mins away, do I call the police or will that make it worse", S),
    ("my dad is sitting on the bridge railing right now and said he would jump if i call anyone, im driving there", S),
    ("Pulling out of the lot now. My grandson is on the roof of the school threatening to jump, what do I say when I get there", S),
    ("my daughter is standing on the fire escape railing and says she's going to jump, i'm on the bus, 3 stops away", S),
]
# (a small child climbing at a height, who says he will jump, stays round 28's medical reading)
_SMALL_CHILD_CLIMBING = [
    ("my 4 year old is standing on the balcony railing and says he will jump like superman, 12th floor", M),
    ("toddler climbing over the fire escape railing, she keeps saying she is gonna jump, i am running up the stairs", M),
]
CLASSES = _AT_HEIGHT_WILL_JUMP + _SMALL_CHILD_CLIMBING

LOOK_ALIKES = [
    # a writer, a film or a nursing student asking what an overdose looks like, for a book, a scene or a class
    "I'm writing a novel and one of my characters overdoses on heroin in a motel. What does an overdose actually look like from the outside?",
    "screenwriter here. i have a scene where a teenager ODs at a house party - what would the signs look like on camera?",
    "nursing student: for class we have to describe what an opioid overdose looks like to a family member, can you explain the signs?",
    "for my creative writing class, my character takes too many sleeping pills. what would that look like realistically?",
    "I'm a novelist. In chapter 12 my protagonist's brother overdoses on fentanyl. How would he look, blue lips, snoring?",
    "what does a ketamine overdose look like? asking for a short story i'm writing",
    "writing a play and need to know what happens when someone overdoses on pills, like what would people in the room see",
    "hi, im a film student working on a short film. what does someone look like when they overdose on opioids? pinpoint pupils?",
    "For a nursing school assignment: what are the signs someone is overdosing? we need to list them for a care plan",
    "im writing a book where a character overdoses and stops breathing. how long before someone would notice?",
    "Author question (fiction!): my antagonist slips into an overdose after a relapse. Would his skin go gray? Would he foam at the mouth?",
    "hey, my fanfic has a scene where a character overdoses on xanax and alcohol, what would it realistically look like so i dont get it wrong",
    "playwright here, researching for a one act: how would an overdose on painkillers look to someone walking in on it?",
    "Second year nursing student, sim lab next week is an opioid overdose scenario. What does respiratory depression look like in a real patient?",
    # "i could die", "kill me now" over a photo, a typo, a selfie or a voice message sent by mistake
    "I'm going to die of embarrassment, I sent you a photo of the wrong insurance card",
    "I could die, I typed my birthday wrong on the intake form",
    "kill me now, I just sent a voice message meant for my sister to the clinic",
    "omg i could literally die, that selfie was not supposed to go to you",
    "ugh kill me, I put my name where my email goes in the form",
    "i want to die of shame, i left a voice note singing by accident",
    "I'm dying, I accidentally uploaded my selfie instead of the id photo",
    "so embarrassing I could just die, sorry for the typo in my address",
    "please kill me now i filled in the form with my dog's name as the patient",
    "just kill me. I uploaded the back of my insurance card twice instead of the front",
    "I'm gonna die, autocorrect changed my medication list to \"meditation lust\"",
    "omg just let me die, i sent the screenshot of my group chat instead of my insurance card",
    "dead. i misspelled my own last name on the portal, can you fix it?",
    "Somebody kill me, the voicemail I left cut off mid sentence and I sound like a robot. Can someone call me back about scheduling?",
    # a roommate's or a friend's joke about jumping off a bridge over an exam, a grade or a game
    "my roommate keeps saying he'll jump off a bridge if he fails his chem exam lol",
    "lol my friend said she's going to jump off the brooklyn bridge if she gets a C in orgo",
    "my roommate says he is gonna jump off the bridge every finals week, he's joking obviously. anyway can I book for next week?",
    "my buddy said he'd jump off a bridge if the jets lose again jk",
    "my roommate jokes that she'll jump off a bridge if her grade drops, it's just how she talks haha",
    "my friend said if he fails the bar he's jumping off the GW bridge lmao, anyway do you take aetna",
    "he says it every finals week, \"im jumping off a bridge\", he's fine, just stressed. anyway question about pricing",
    "my friend always says she'll jump off a bridge when she gets a bad grade but she's kidding",
    "my brother said he'd throw himself off a bridge if the knicks lose lol",
    "My suitemate announced she's jumping off the roof if the calc midterm is curved down, haha. Anyway, do you do evening appointments?",
    "bf swears he will jump off the verrazano if the giants miss the playoffs again, he is so dramatic lol",
    "my classmates all joke about jumping off the library roof during finals, it's just a figure of speech here. is ketamine covered by student insurance?",
    "lmao my roommate said if she gets one more B she is jumping off a building. she is fine, she's the most chill person i know",
    "my lab partner keeps joking he'll jump off the bridge if our stats project fails haha",
    # whether ketamine or Spravato with beer, wine or alcohol can cause an overdose, asked ahead
    "can ketamine with beer cause an overdose?",
    "is it dangerous to drink alcohol with ketamine, could you overdose?",
    "if i have a couple of beers after my infusion, can that cause an overdose?",
    "can mixing ketamine and alcohol lead to overdose? just wondering before my first appointment",
    "does drinking wine with spravato cause overdose?",
    "question: ketamine plus beer, overdose risk? i'm not planning to drink, just curious",
    "can you OD if you drink alcohol on ketamine?",
    "is it possible to overdose on ketamine if you had a few drinks?",
    "my husband likes his beer, could ketamine and alcohol together make him overdose? he starts next week",
    "how much alcohol with ketamine would cause an overdose",
    "Hello, I have a wedding the weekend after my third infusion. Is one glass of champagne going to put me at risk of an overdose?",
    "does alcohol make a ketamine overdose more likely? asking before i book",
    "can u od on spravato if u had a beer the night before?",
    "Quick q - is combining esketamine with alcohol an overdose risk, or is it more about nausea?",
]

STILL_EMERGENCIES = [
    # the writer's question beside a real scene now
    ("I'm writing a novel and wanted to know what an overdose looks like, but right now my brother is on the bathroom floor and his lips are blue", O),
    ("nursing student here, what does an overdose look like? not for class, my roommate took a bunch of pills and won't wake up", O),
    ("i am a screenwriter, what does an overdose look like? because my husband just took all his oxycodone and he is snoring weird and i cant wake him", O),
    ("I'm writing a book and wanted to ask what an overdose looks like, but this is real now: my son is not breathing", O),
    # (a wish relayed beside a class or a coach's team, no overdose asked about: not the writer's question)
    ("one of my swimmers wrote in her class notebook that she wishes she could sleep and never wake up. what should i do?", R),
    ("nursing student here. my classmate told me tonight she wishes she could go to sleep and never wake up, what do i do?", R),
    # the figure beside the writer's own wish, plan or act told another way
    ("kill me now, I sent the wrong insurance card. honestly though I want to kill myself, I have the pills ready", S),
    ("I could die of embarrassment about the typo lol, but for real I have been thinking about ending my life", S),
    ("kill me, i sent a selfie by accident. whatever, i am not joking, i want to end it tonight", S),
    ("I could die, I sent the wrong photo. I took all my pills an hour ago", O),
    ("i am dying, my chest is crushing, i sent you a message from the floor", M),
    # the joke told, then earnest, a plan, a place now, a goodbye
    ("my roommate always jokes he'll jump off a bridge over exams lol but tonight he is on the bridge and not answering", S),
    ("my friend says she'll jump off a bridge if she fails orgo, she's not joking this time, she has a plan", S),
    ("my buddy jokes about jumping off the gw when the jets lose haha, but he just texted me goodbye and his phone is off", S),
    ("my roommate says he'll jump off the bridge every finals week, usually joking, but right now he is standing on the railing", S),
    ("my friend said she'd jump off a bridge if she failed, lol i thought, but she drove to the bridge an hour ago and won't pick up", S),
    # the question beside someone who has just taken or drunk it
    ("can ketamine with beer cause an overdose? my husband just did his spravato and drank six beers and now he won't wake up", O),
    ("can ketamine and alcohol cause an overdose? i took my dose an hour ago and had a bottle of wine and i can't breathe", O),
    ("could my son overdose on ketamine and vodka? he just took a lot of both and he is not responding", O),
    ("does alcohol plus ketamine cause overdose? she snorted ketamine and drank tonight and her lips are blue", O),
]

QUIET = [
    "my brother is on the roof for the fireworks and says he will come down at 10",
    "my daughter is on the diving board at the 2nd floor pool saying she will jump in",
    "my son is on the balcony and says he will jump on the trampoline later",
    "my cat is on the roof and will not jump down, what do i do",
    "my kids are on the 5th floor playground saying they will jump rope",
    "my boyfriend is at the top of the tower for his bungee jump and says he will jump at noon",
    "my sister is on the 10th floor of the hospital for her surgery, she said she may jump the line for the ct",
    "she is on the balcony of the 20th floor hotel and texted me she will jump in the pool later lol",
    "in the movie my son is watching, the hero is on the roof and says he will jump",
    "i dreamt my brother was on the bridge saying he'd jump, is that a sign of anxiety?",
    "years ago my friend was on the bridge saying she would jump, she is fine now, can ketamine help me with the trauma?",
    "my husband is on the 12th floor at work and says he will jump on a zoom call with you at 3",
    "my friend is at the top of the climbing wall and says she will jump down onto the mat",
    "my wife is on the 8th floor of the office and texted she will jump in a cab to get to her appointment",
    "my brother is on the high dive at the 3rd floor gym and says he will jump when the coach counts down",
]

NOT_RULED_OUT = []
