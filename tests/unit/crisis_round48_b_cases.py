"""Round 48's English danger now told around something ordinary (helper B; tests/unit/test_crisis_classes_by_round.py
checks them, key 481): the danger is told in passing, beside an ordinary question or a joke, and the detector missed
it or ruled it out; each now reaches its tier through round 48 (B)'s families in phrases.py:
(1) the means already set up, a rope, a cord, a belt or a leash tied or hung on a beam, a rafter, a closet rod, a
tree or a ceiling fan, told beside a question about the treatment or the clinic ("anyway, does it work?"):
self-harm (LIGATURE_SET_WITH_QUESTION_48B);
(2) writing from a height now, on a roof edge, a ledge, a balcony rail or a bridge rail, floors up or right now, with
a laugh or "jk... or not": self-harm, and the laugh no longer rules it out (AT_HEIGHT_NOW_48B, made serious for the
detector's joke readings and the older joke filters in patterns.py);
(3) an ex, an abuser or a stalker who found the writer and is at the door or in the building now, threatening:
violence now (FOUND_ME_AT_DOOR_48B);
(4) the thoughts told bare as back ("having thoughts again", "the thoughts are back"), no "of what", no
reassurance: the ask tier (BARE_THOUGHTS_AGAIN_48B).
Look-alikes: a rope for a swing, a hammock, a boat, a punching bag or lights, and work or a party at a height
(roofers, window washers, a rooftop bar) are ruled out by two new filters (patterns.py, round 48 (B)) that give way
to the writer's own wish, distress now or the joke that means it (STILL_EMERGENCIES). QUIET holds the families'
own look-alikes: an agreed custody handover at the door, second thoughts, thoughts about a job or on an office,
racing thoughts. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_LIGATURE = [
    ("the rope is already hanging off the beam in my garage. anyway, does spravato actually work for depression?", S),
    ("tied the belt around the closet rod earlier, it's ready. btw do you guys take blue cross", S),
    ("cord is knotted over the rafter in the attic now. random q but how many infusions does ketamine take", S),
    ("I have hung a rope from the big maple out back. Separately, is esketamine approved for treatment resistant depression?", S),
    ("rope's up on the joist in the basement already. anyways is spravato worth it", S),
    ("got the extension cord looped over the stair railing. also what does a ketamine session cost", S),
    ("the leash is tied around the pipe in the laundry room, all set. quick question, do you accept medicaid?", S),
    ("threw a rope over the tree branch and tied it off an hour ago. does ketamine work on depression like mine", S),
    ("belt buckled to the top of the door already lol. anyway do u do spravato or just infusions", S),
    ("cords tied to the ceiling fan in my room rn. unrelated but is spravato covered by medicare?", S),
    ("My necktie is fastened to the banister. By the way, how quickly does esketamine start working?", S),
    ("rope hangs from the beam in the shed now, knot done. so does ketamine help depression or is it hype", S),
]
_HEIGHT = [
    ("sitting on the roof ledge of my building rn, 14 floors up lol. the funny guy is always the one right", S),
    ("perched on the balcony railing on the 19th floor haha jk... or not", S),
    ("im standing on the edge of the parking garage roof right now lol", S),
    ("legs hanging off the rooftop edge 11 stories up lmao, class clown signing off", S),
    ("on the ledge outside my apartment window, 9 floors up. lol jk. or am i", S),
    ("currently on the bridge railing, like 60 feet up haha who would even miss the funny one", S),
    ("i am out on the ledge of the hotel 22 floors up lol jk... unless", S),
    ("sat on the balcony rail 16 floors up rn lmao", S),
    ("standing on top of the parking garage wall right now, 7 levels up, haha jk... or not", S),
    ("Im on the roof edge rn lol the funny ones always go first", S),
]
_AT_THE_DOOR = [
    ("my ex found my new place and is outside my door right now saying he will kill me", V),
    ("he tracked me down, he is in the lobby of my building threatening me, what do i do", V),
    ("my abusive ex figured out where i live and he is banging on my door rn, im so scared", V),
    ("My ex-husband found my address and is standing outside the apartment yelling that I will regret leaving", V),
    ("the guy who used to hit me found me, he is in the hallway outside my unit right now", V),
    ("my stalker is outside my window rn, he found my apartment, i am hiding in the bathroom", V),
    ("my ex girlfriend found where i moved and is at my front door screaming threats", V),
    ("ex bf found me. hes downstairs right now banging on the door, he said he will hurt me", V),
    ("My former partner has found my new home and is waiting at my gate threatening to hurt me", V),
    ("she found my apartment and is at my door now saying i am dead", V),
]
_THOUGHTS = [
    ("i am having thoughts again", R),
    ("the thoughts are back", R),
    ("having the thoughts again... can i come in sooner", R),
    ("My daughter told me tonight that the thoughts have come back.", R),
    ("been getting those thoughts again, idk", R),
    ("thoughts r back", R),
    ("I have been having thoughts again since Sunday. Is that normal between infusions?", R),
    ("started having thoughts again, not sure who to tell", R),
    ("the dark thoughts are coming back", R),
    ("ugh the thoughts returned", R),
]
CLASSES = _LIGATURE + _HEIGHT + _AT_THE_DOOR + _THOUGHTS

LOOK_ALIKES = [
    # a rope for a swing, a hammock, a boat, a punching bag or lights
    "tied a rope over the beam in the garage for the punching bag. anyway does spravato work?",
    "hung the extension cord over the rafters for the christmas lights, btw do you take aetna",
    "the hammock rope is tied to the oak tree now, anyway is spravato covered",
    "we strung a rope on the big tree branch for the kids' tire swing, quick question about ketamine sessions",
    # work or a party at a height
    "roofers are sitting on the ledge 10 floors up lol",
    "window washing today, i am hanging off the ledge 40 floors up rn haha",
    "my crew is on the roof edge 6 floors up redoing shingles lol",
    "rooftop party on the 14th floor tonight lol, sitting on the ledge with drinks",
    "sitting on the balcony rail at the rooftop bar 12 floors up lol, is the clinic open saturday",
]

QUIET = [
    "my ex is outside my door right now for the custody handover we agreed on",
    "my ex is here for the custody exchange we set up, he is waiting outside my door rn",
    "having second thoughts about my appointment on friday, can i move it",
    "i have thoughts about the job offer again, should i take it before starting infusions?",
    "any thoughts on the new office? the parking looks better",
    "racing thoughts are back since i went off coffee, is that a side effect",
    "i keep getting thoughts again about switching careers",
    "the rope for the boat is tied to the dock, do you do ketamine infusions on weekends?",
]

STILL_EMERGENCIES = [
    ("tied a rope over the beam for the punching bag but really its for my neck. does spravato work?", S),
    ("hammock rope is tied to the tree, chair under it now, i want to die. anyway is spravato covered", S),
    ("im sitting on the ledge 12 floors up at work lol jk or not", S),
    ("rooftop party on the 14th floor, sitting on the ledge, i want to jump", S),
]

NOT_RULED_OUT = []
