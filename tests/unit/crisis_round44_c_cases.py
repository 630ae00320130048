"""Round 44's ask tier in English, passive thoughts told in passing (helper c; tests/unit/
test_crisis_classes_by_round.py checks them, key 442). Passive thoughts and wishes told in passing,
mostly inside a question about a treatment: the ask tier (possible risk; phrases.py and patterns.py,
round 44's ask tier in English, helper c), unless a means and a time are told. The families: (1) an
intrusive thought at a place of danger told as not acted on (a platform, a bridge, a balcony, a roof:
how easy it would be, just one step, picturing the jump); (2) clipped weariness with life ("why even
bother anymore", "some days i wonder why bother", "what's the point some days"); (3) a relative in
chronic pain (fibromyalgia, CRPS) who would rather be dead than live years more of it, relayed; (4) a
relative who says he won't be around to worry about the future or won't be here for that; (5) a
teenager who feels like a waste of space and thinks a parent would be less stressed without them; (6)
known gaps: not being around by the date, the appointment or the call given (round 43 (c)'s filter of
an absence ruled some out), and weariness of life with sleeping tablets saved for tonight (a self-harm
emergency). Their look-alikes are ruled out or stay quiet: a weekend away, "why bother calling
insurance", a waste of space on a phone, a parent less stressed by an appointment, a crowded platform,
tired of the life in the city, away for a session, the point of an intake call. STILL_EMERGENCIES hold
those scenes beside a danger now. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. an intrusive thought at a place of danger, not acted on
    ("waiting on the subway platform this morning i caught myself thinking how easy it would be, just one step. not going to do anything, but does ketamine help with thoughts like that?", R),
    ("Every time I'm on the balcony I think about how simple it would be to just lean over. I'd never do it. Can infusions quiet that?", R),
    ("crossing the bridge on my commute i keep picturing going over the railing. im not suicidal, is spravato good for intrusive thoughts", R),
    ("at the train platform i get this urge, like one step forward and done. i won't act on it. do you treat OCD-type thoughts with ketamine?", R),
    ("our apt is on the 18th floor and on the balcony i think it would be so easy to jump. i'm safe, just asking if ketamine helps with that", R),
    ("Standing near the edge of the metro platform yesterday, thought: one small step. I'm not going to do anything. Is this something your clinic treats?", R),
    ("up on the roof of my building to smoke and i think how easy it would be. no plan, i would never. does ketamine work for that kind of thing", R),
    ("driving over the overpass i imagine just letting go of the wheel and going over. i wouldn't do it. can therapy plus ketamine help", R),
    ("on the tracks side of the platform i think about stepping off in front of the train. i'm not gonna, but can spravato help with intrusive thoughts?", R),
    ("My teen says on the school trip to the cliffs she kept thinking how easy it would be to fall. She says she won't do anything. Do you treat 16 year olds?", R),
    ("i live on the 9th floor & sometimes on the balcony its like just one step. i never would, does ketamine help w that", R),
    # 2. clipped weariness with life
    ("some days i wonder why bother. is ketamine covered by cigna?", R),
    ("why even bother anymore tbh. hows the waitlist", R),
    ("honestly why bother some days. what does a first infusion cost", R),
    ("why bother anymore. do I need a referral for spravato?", R),
    ("most days, why even bother. can ketamine help with that feeling", R),
    ("lately its like why bother. do u take medicaid", R),
    ("What's the point some days. Does the nasal spray work faster than pills?", R),
    ("whats the point anymore honestly. how many infusions does it take", R),
    ("why do i even bother. r u open saturdays", R),
    ("Some days I just think, why bother with anything. Could ketamine help?", R),
    # 3. a relative in chronic pain who would rather be dead than live years more of it
    ("wife has CRPS in both legs. last night she told me honestly she would rather be dead than keep hurting like this for decades. i dont think shed act on it. is ketamine an option for her", R),
    ("My husband has CRPS in his leg and told me he would rather die than spend the rest of his life hurting like this. He has no plan. Do you treat CRPS?", R),
    ("my dad (fibro for 10 yrs) says he'd rather not be alive than face more years of this. he would never act on it. is ketamine an option for him", R),
    ("wife has complex regional pain syndrome, she says honestly she'd rather be dead than keep living with this pain. do infusions help CRPS", R),
    ("My sister with fibromyalgia said she would rather die than suffer like this for decades more. She's not suicidal she says. Is ketamine covered for pain?", R),
    ("grandma has nerve pain and keeps telling us she'd rather go to sleep and not wake up than have this pain for years. can she get ketamine at 80", R),
    ("my partner has crps and says he would rather be dead than deal with this for another 30 years. he wouldnt do anything. how much is the infusion series", R),
    ("my mom w fibro said she'd rather not be here than live with the pain another decade. do u take medicare", R),
    # 4. a relative who won't be around to worry about the future
    ("my dad says he won't be around to worry about his retirement. no plan or anything, can he try ketamine for depression?", R),
    ("my husband keeps saying he won't be here for that whenever we talk about our daughter's wedding. do you treat men in their 60s", R),
    ("My grandfather told us he won't be around to see it when we talked about next Christmas. Can he do ketamine at 78?", R),
    ("my brother says he wont be around to worry about the bills next year. does insurance cover infusions", R),
    ("My father said he's not going to be here for any of that when I mentioned the trip next summer. Is ketamine safe with heart meds?", R),
    ("my mom always says she won't be around to deal with it when we talk about the house. is that depression? can ketamine help", R),
    ("my husband jokes he won't be alive to pay off the mortgage. he's not joking i think. do you see couples for intake", R),
    ("my son told me he won't be around for the future anyway so why save. can a 20 yr old get spravato", R),
    # 5. a teenager who feels like a waste of space
    ("ngl i feel like a waste of space fr, my mom would be less stressed if i was gone. can i get ketamine at 16", R),
    ("lowkey im a waste of space, my dad would be way less stressed without me around. do u treat teens", R),
    ("im literally a waste of oxygen lol my mom would be so much less stressed if i wasnt here. can minors get spravato", R),
    ("bruh i feel like a waste of space. my parents would have less stress if i disappeared. do yall see teens", R),
    ("gg i'm a waste of space irl, mom would chill out if i wasnt around. how old do u have to be for ketamine", R),
    ("tbh just a waste of space, my mum would be less stressed with me gone. is there a teen program", R),
    ("i'm such a waste of space, my dad wouldn't be so stressed if i was gone. do you need parent consent for ketamine", R),
    ("idk im just a waste of space and my mom would be less stressed if i was gone. can a 15 yo do infusions", R),
    # 6. known gaps: not around by the date given; weary of life with tablets saved for tonight
    ("thanks for all your work. i won't be around by the date you gave me", R),
    ("the scheduler said six weeks. i won't be around by my appointment, sorry for the trouble with your schedule", R),
    ("i wont be here by the day you gave me so dont bother holding the slot. my family will understand", R),
    ("Not going to be around by the appt on the 20th. Thanks for your work.", R),
    ("I won't be here by the 14th, don't hold the spot. I told my family I love them.", R),
    ("honestly i won't be around by march, thanks for trying to schedule me at work hours", R),
    ("i will not be alive by the time you call back, my family knows", R),
    ("I am tired of this life. The sleeping tablets I keep for tonight.", S),
    ("i tired of this life, i save sleeping pills many weeks, tonight i will take", S),
    ("me very tired of this life my friend. i have collected sleeping tablets for this night", S),
    ("tired of this life. have sleeping tablets saved up for tonight. sorry", S),
    ("I am finish with this life. I have keep all my sleeping pills and tonight is the night.", S),
    ("i have enough of life. sleeping tablets are ready, tonight i take them", S),
]

LOOK_ALIKES = [
    "i won't be around that weekend, can we reschedule my infusion",
    "i am tired of this life in the city, is there a clinic closer to the suburbs",
    "So sick of the life in this small town, do you have telehealth?",
    "my sister won't be here for that session, she is in florida. can my husband come instead",
    "My husband won't be around for the intake call, he works nights. Can I do it alone?",
    "whats the point of the intake call if i already did the forms",
    "What's the point of a second consult if my psychiatrist already referred me?",
    "my mom has fibromyalgia and says she would rather die than go back to that rheumatologist. can ketamine help fibro?",
]

QUIET = [
    "why bother calling insurance if they always deny it? do you do self pay",
    "why even bother with the portal, can i just call",
    "my claim got denied again so why bother. do you have a sliding scale",
    "this app is a waste of time and space on my phone",
    "the forms are a waste of space in my inbox lol",
    "my mom would be less stressed if i got the appointment this week",
    "my dad would be less stressed if i was gone for the weekend at camp, so can we book friday",
    "the platform was so crowded i almost missed the train to your clinic",
    "we live on the 12th floor with a balcony, is parking available at your office",
    "the bridge traffic is so bad, is there a later slot",
    "how easy would it be to get to your clinic from the train station?",
    "from my balcony i can see how easy it would be to walk to your office, is there parking",
    "my dad won't be around to drive me on tuesday, can i take an uber after the infusion",
    "my mom says she won't be around to pick me up at 3, is there a waiting area",
    "recovery is one step at a time, the subway platform was my first trip alone in months",
]

STILL_EMERGENCIES = [
    ("i am tired of this life in the city and i have saved my sleeping pills for tonight", S),
    ("my sister won't be here for that session. she just texted goodbye and took all her pills", O),
    ("whats the point of the intake call, i want to die and i have the pills here", S),
    ("my mom would be less stressed if i was gone for good. i have pills saved up", S),
]
