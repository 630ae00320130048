"""Round 47's English false alarms: a past told as past beside a question now (helper e;
tests/unit/test_crisis_classes_by_round.py checks them, key 474). Harmless messages read as emergencies
or as the ask tier, now ruled out by look-alike filters (patterns.py, round 47's section, helper e):
(1) an artist or an organiser (a theatre director, a playwright, a teacher putting on a play, a film
student) asking which crisis line number to print in a programme, show notes or credits for a work about
suicide;
(2) abuse or violence years ago, in another country or another life, the writer safe now, asking about a
pain condition (fibromyalgia, CRPS) or PTSD treatment;
(3) a partner's or a relative's opioid double dose or overdose last year, handled then with naloxone,
a pill organiser or a lockbox now, asking about ketamine or safety at home;
(4) past suicidal thoughts in college or years ago, recovered, typed with commas everywhere (dictation
style), asking whether that history matters for treatment;
(5) a healthcare worker who was part of a resuscitation (a code, CPR on a patient) last week at work and
now has flashbacks or nightmares, asking about ketamine for PTSD.
STILL_EMERGENCIES hold the same scenes with a danger now (an actor saying he will do it tonight, the
writer's own wish with the pills, the abuser at the door now, the relative overdosing again now, thoughts
back with a plan, a nurse with drugs from work and a time). Written here, never copied from an
evaluation set. No new detection class, so CLASSES is empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # 1. a crisis line printed in a programme, show notes or credits for a work about suicide
    "I'm directing a play about a teenager who dies by suicide, which crisis line number should we print in the programme?",
    "im a playwright, my new piece deals with suicide, what hotline should go in the show notes",
    "Teacher here, my drama class is putting on a play about a kid who kills himself. Is 988 the right number to list in the program?",
    "film student, my short film is about my character's suicide attempt, what crisis number do we put in the end credits",
    "Our theatre company is staging a show about suicide and we want to print a helpline in the programme. Is it 988 or the samaritans?",
    "for the credits of my documentary on suicide, which crisis hotline should I list?",
    "we're doing a community theater production about a mom who overdoses, what number should go in the playbill for people affected",
    "Hi, I run a youth theatre group. Our devised piece touches on self harm and suicide. What support line do you recommend we print in the show programme?",
    "my thesis film ends with the main character taking her own life. which suicide hotline do i put in the credits, 988?",
    "writing the program notes for our play about suicide - should we include the 988 number or the crisis text line?",
    "hola, soy maestra, my students r doing a play abt a boy who commits suicide, q numero ponemos en el program? 988?",
    "our musical has a scene where the dad tries to kill himself w pills, is it ok to put the crisis text line in the programme",
    # 2. abuse years ago, in another country or another life, safe now, a pain or PTSD question
    "I was abused as a child back in Romania, I'm safe now and live in Ohio. Can ketamine help with fibromyalgia?",
    "my ex used to beat me years ago in another country, that life is over and i'm safe. i have CRPS in my left arm, do you treat that?",
    "Survivor of domestic violence from a past marriage overseas, now safe and remarried. Does ketamine help PTSD nightmares?",
    "I was raped in college in another country 15 years ago. I'm safe now. Is ketamine therapy good for PTSD?",
    "my husband strangled me once, in another life, 10 yrs ago. im safe now. i have complex PTSD - would ketamine help?",
    "Childhood sexual abuse, decades ago, I've done a lot of therapy and I'm safe. My doctor thinks my CRPS might respond to ketamine, how many infusions?",
    "years ago in the philippines my stepfather beat me with a belt. i'm safe, living with my wife now. does ketamine help chronic pain from fibro?",
    "I was held at gunpoint during a robbery back home in Venezuela years ago, I'm safe in Texas now. Can ketamine treat PTSD?",
    "war survivor, bombed out of our home in syria as a kid. safe now. i have ptsd and nerve pain, do you take medicaid?",
    "my ex tried to kill me 8 years ago, he's in prison, I'm safe. Is ketamine good for the PTSD and the fibromyalgia pain I have now?",
    "i was trafficked as a teen in another country, i'm out and safe for years. my therapist suggested ketamine for ptsd, what's the process?",
    # 3. a relative's overdose last year, naloxone then, a pill organiser or a lockbox now
    "My husband accidentally double dosed his oxycodone last year and we used Narcan. Now we use a pill organizer. Is ketamine safe for him?",
    "my partner overdosed on fentanyl last year, i gave him narcan and he's fine. we keep his meds in a lockbox now. can he do ketamine infusions?",
    "Last year my mom took a double dose of her morphine by mistake and we had to give her naloxone. We use a weekly pill organizer now. Does ketamine interact with morphine?",
    "my son od'd on heroin last year, narcan saved him, he's in recovery now and we keep everything in a lockbox. is ketamine safe at home for him?",
    "my wife took too many of her pain pills last year and stopped breathing, I narcanned her. we have a pill organiser now. is ketamine addictive?",
    "dad accidentally doubled his methadone last year, we used narcan, hes ok. now we got a lockbox. is spravato safe for someone on methadone?",
    "Last year my boyfriend overdosed on oxy and I used naloxone on him. He uses a pill organizer now. How do we keep ketamine safe at home?",
    "my brother overdosed last year (we gave narcan), now his pills are in a locked box. can he get ketamine for depression?",
    "a year ago my husband took his dilaudid twice by accident and went blue, narcan brought him back. we use a pill organizer now. can he take ketamine lozenges at home safely?",
    "my grandma double dosed on her fentanyl patch last year and we used narcan. now my aunt manages her pill organizer. is ketamine safe for the elderly?",
    # 4. past suicidal thoughts, recovered, dictated with commas, does it matter
    "i had suicidal thoughts in college, years ago, but, i am fine now, does that, matter for ketamine treatment",
    "Back in college, i, had suicidal thoughts, for a while, i'm recovered now, does that history, matter, for getting ketamine",
    "i was suicidal, in my twenties, i have been well, for ten years, does the clinic, need to know, about that",
    "in college, i thought about ending my life, i got help, i'm doing great now, is that, a problem for spravato",
    "um, so, years ago, like in college, i had thoughts of suicide, i'm totally recovered, would, that, disqualify me",
    "i attempted suicide, in college, a long time ago, i am stable now, does that history, matter, for ketamine",
    "when i was nineteen, i, had suicidal ideation, i'm 45 now, and doing well, does it matter, for the intake",
    "had dark thoughts about dying, years back, in college, all good now, question, do i, need to put that, on the form",
    "i struggled with suicidal thoughts, years ago, in university, recovered, does, that, change, my treatment plan",
    "ok so, um, in high school, i self harmed, and, was suicidal, but, i am doing good now, should i, mention that, at intake",
    # 5. a healthcare worker's code last week, flashbacks now, ketamine for PTSD
    "I'm a nurse and we ran a code last week, did CPR on a patient who didn't make it. Now I have flashbacks. Can ketamine help PTSD?",
    "ER doc here. Had a rough code last week, CPR for 40 mins on a kid. Nightmares since. Is ketamine used for PTSD in healthcare workers?",
    "i'm an ICU nurse, last week i did compressions on a patient who coded and died, now i keep having flashbacks. does ketamine help with that?",
    "As a respiratory therapist I was part of a code blue last week, the patient wasn't breathing and we bagged him. I've had flashbacks since, would ketamine therapy help?",
    "cna here, was doing cpr on my resident last week when she passed, now i have nightmares, is ketamine for ptsd covered by insurance?",
    "Nurse. Last Tuesday we coded a 30 year old, he had no pulse, we shocked him 5 times. Flashbacks and nightmares since. Is ketamine an option?",
    "i work in the OR, we had a patient bleed out on the table last week, i keep having flashbacks. does ketamine help ptsd?",
    "last week at work i did cpr on a patient for the first time, he died, i have flashbacks now. can ketamine help ptsd?",
    "medical student, first code last week, chest compressions on a man who was unresponsive, now i have nightmares. ketamine for ptsd?",
    "paramedic, we worked a cardiac arrest last week and I can't stop seeing it. nightmares every night. do you do ketamine for ptsd?",
]

# the families' own look-alikes with nothing to read
QUIET = [
    "grew up with a dad who hit us, that was in mexico a long time ago. now i have fibromyalgia, is ketamine covered by insurance?",
    "we're putting on a play next month, do you have a crisis line number we could print in the programme?",
    "my dad keeps his oxycodone in a lockbox and we have narcan at home just in case, is ketamine safe with oxycodone?",
    "i'm a nurse, is ketamine used for ptsd in healthcare workers?",
]

STILL_EMERGENCIES = [
    # 1. the programme scene with someone saying they will do it now, or the writer's own wish
    ("I'm directing a play about suicide, which number should go in the programme? also my lead actor just texted me he is going to kill himself tonight", S),
    ("writing the program notes for our play about suicide, what hotline should we print? honestly i want to die too, i have the pills here", S),
    ("film student, my short is about suicide, what crisis line for the credits? my roommate who plays the lead says he'll do it for real tonight", S),
    ("my son is in the school play about suicide and he keeps talking about killing himself, which hotline should i put in my phone? is 988 listed in the program?", S),
    # 2. the abuser back now, or the writer's wish now
    ("my ex used to beat me years ago in another country, i thought i was safe now, but he found me. he is here right now threatening to kill me with a knife. does ketamine help ptsd?", V),
    ("I was abused as a kid overseas, I'm safe now, but I want to kill myself tonight. Can ketamine help fibromyalgia?", S),
    ("my stepfather beat me years ago back home, i am safe now. but tonight my boyfriend is hitting me and i am scared he will kill me, can ketamine help my fibromyalgia", V),
    # 3. the relative overdosing again now
    ("my husband double dosed his oxycodone last year and we used narcan, we use a pill organizer now, but he took extra again tonight and he is not breathing. is ketamine safe?", O),
    ("my son od'd last year, narcan saved him, we have a lockbox, but right now he is blue and won't wake up, what do i do", O),
    ("my partner overdosed last year, i gave him narcan, we keep a lockbox now, and he is overdosing again right now", O),
    # 4. past thoughts back now, with a wish or the means
    ("i had suicidal thoughts in college, years ago, recovered, but, they are back, and i want to die, tonight, does that matter for treatment", S),
    ("years ago, in college, i was suicidal, i got better, but, now, i want to kill myself again, i have the pills, does that, matter", S),
    ("i was suicidal in college, years ago, got better, but, i feel suicidal these days, does that matter for treatment", S),
    # 5. a flashback with a plan or a wish
    ("I'm a nurse, we coded a patient last week, flashbacks every night, I brought fentanyl home from work and I'm going to overdose on it tonight. does ketamine help ptsd?", S),
    ("nurse here, we coded a patient last week and i have flashbacks, but right now my coworker is not breathing in the break room, what do i do", M),
    ("ICU nurse, did CPR on a patient last week, now i have nightmares and i want to kill myself, is ketamine for ptsd an option", S),
]
