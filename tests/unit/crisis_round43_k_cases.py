"""Round 43's questions read as crises and known gaps (helper k; tests/unit/test_crisis_classes_by_round.py
checks them, key 436), English, Spanish and Spanglish. Look-alikes ruled out by filters (patterns.py,
round 43's section, helper k): (1) "in and out of" a station, a terminal, the subway, an airport, the
city or work, told as the writer's commute or errands beside a question about where the clinic is or
when it opens ("entro y salgo de la estacion"), not someone drifting in and out of consciousness;
(2) a condition that "does not respond" to a treatment, a medicine or a class of them (MCAS and
antihistamines, a depression and SSRIs, "no responde al tratamiento"), not a person who does not
respond. Quiet messages: (3) a sister or a wife "super down", "bien down" or "muy depre" after a baby,
asking about postpartum depression care (no wish to die). New readings: (4) someone who sent passwords
or account access, or gave belongings away, and whom nobody can reach now ("nobody can reach him", "no
one has heard from her", "can't get hold of him", "nadie sabe nada de el") is a farewell under way (S);
(5) a Raynaud's the writer denies ("not my Raynaud's") with a hand or fingers blue or white and cold for
hours is a medical emergency (M). STILL_EMERGENCIES hold each filter's scene beside a danger now
(consciousness coming and going, not breathing, a throat closing, a wish to die). Written here, never
copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 4. access sent or belongings given away, and nobody can reach the person now
    ("my brother sent me all his passwords last week and nobody can reach him", S),
    ("She emailed me her bank logins yesterday and no one has heard from her since.", S),
    ("my coworker forwarded me all his account info on friday and now we cant get hold of him", S),
    ("he handed me his passwords and we haven't heard from him since sunday, what do i do", S),
    ("My friend gave away all his guitars and no one has heard from him in two days", S),
    ("my sister gave away her jewelry and her cat is staying with me for a while, nobody knows where she is", S),
    ("my dad texted me his pin and bank details and now his phone is off", S),
    ("mi hermano me mando sus contraseñas y nadie sabe nada de el", S),
    ("mi amiga me envio sus claves del banco y no la podemos localizar desde ayer", S),
    ("mi primo regalo todas sus cosas y no hemos sabido nada de el", S),
    ("mi papa me paso sus contrasenas la semana pasada y su celular esta apagado", S),
    ("mi amigo le dio sus discos a su hermano y nadie lo ha podido localizar", S),
    # 5. a Raynaud's the writer denies, a limb blue or white and cold for hours
    ("not my Raynaud's, my hand is blue and cold for hours", M),
    ("this isnt my raynauds, my fingers have been white and cold for hours now", M),
    ("I know what my Raynaud's feels like and this is not it, my toes are blue and cold for hours", M),
    ("it's not raynaud's, her hand has been purple and cold for hours", M),
    ("no es mi raynaud, tengo la mano azul y fria desde hace horas", M),
    ("esto no es el raynaud, tengo los dedos morados y frios desde hace horas", M),
    ("nothing like my raynauds, my fingers are blue and cold and numb for hours", M),
    ("my raynauds never lasts like this, the hand is blue and icy cold for hours", M),
]

LOOK_ALIKES = [
    # 1. in and out of a station, a terminal, the subway, the city or work
    "I'm in and out of Penn Station every day, is the clinic close?",
    "im in and out of grand central all day for work, which location is closer",
    "I'm in and out of Port Authority twice a day, is there a location near the bus terminal?",
    "my husband is in and out of Union Station for work, do you have evening hours",
    "we're in and out of JFK a lot, can she do her infusions around our trips?",
    "in and out of the subway all day lol, which train stop is closest to you",
    "I'm always in and out of Manhattan, do you have an office there?",
    "entro y salgo de la estación todos los días, queda cerca la clínica?",
    "ando entrando y saliendo de la estacion central, a que hora abren",
    "mi esposo entra y sale del aeropuerto por su trabajo, tienen citas en la noche?",
    "entro y salgo del metro diario, hay una parada cerca de ustedes?",
    "im in n out of penn station everyday, parking near u or should i take the train",
    # 2. a condition that does not respond to a treatment
    "tengo mcas que no responde a los antihistamínicos, la ketamina ayuda?",
    "my mcas doesn't respond to antihistamines anymore, can ketamine help",
    "mi depresion no responde al tratamiento ni a los medicamentos",
    "my depression hasn't responded to three SSRIs, am I a candidate for ketamine?",
    "my son's OCD did not respond to any of the meds they tried, does your clinic see teens",
    "Mi mamá tiene una depresión que no responde a los antidepresivos, ustedes la pueden atender?",
    "my wife has mast cell activation and she barely responds to H1 and H2 blockers, do you treat that",
    "el dolor de mi esposo ya no responde a los analgésicos, la ketamina sirve para el dolor cronico?",
    "my pain stopped responding to gabapentin, is ketamine an option for crps",
    "she never responded well to therapy or to lexapro, what else is there",
    "tengo urticaria cronica que no reacciona a los antihistaminicos, me pueden ayudar?",
    "my anxiety is not responding to meds, how much is a consult",
]

QUIET = [
    # 3. a sister or a wife "super down" after a baby, postpartum care asked about
    "my sister has been super down since she had the baby, she cries all day, can ketamine help with ppd",
    "mi esposa anda bien down desde que nacio la niña y no quiere hacer nada, ustedes tratan la depresion post parto?",
    "my wife is muy depre since the baby, is that postpartum depression? do you treat it",
    "mi cuñada está bien bajoneada desde que tuvo al bebé, la pueden ver?",
    "my sis is bien down after the baby, like super sad all the time, do yall do postpartum?",
    "mi hermana esta muy depre desde el parto, do you guys treat postpartum depression?",
    "My wife has been really down since our son was born, is Zurzuvae or ketamine better for postpartum?",
    "mi esposa esta super down desde que nacio el bebe, no duerme y llora, tienen algo para la depresion postparto?",
    "my daughter in law is so down after her c-section and the baby, who can she talk to at your clinic",
    "sister is super depressed since baby came, 6 weeks postpartum, do u take medicaid",
]

STILL_EMERGENCIES = [
    # 1. the commute beside consciousness coming and going
    ("my husband is at Penn Station and he's in and out of consciousness", M),
    ("im at grand central and my friend keeps going in and out, he is barely breathing", M),
    ("mi hermano esta en la estacion y esta entrando y saliendo de la conciencia, no responde", M),
    # 2. a treatment not working beside a person not responding or an anaphylaxis now
    ("my mcas doesn't respond to antihistamines and right now my throat is closing", M),
    ("mi mama tiene mcas que no responde a los antihistaminicos y ahora no responde y no respira bien", M),
    ("his depression doesn't respond to meds and now he is unresponsive on the floor", M),
    # 3. a sister down after a baby, with a wish to die
    ("mi hermana esta super depre despues del parto, ya no quiere vivir", S),
    ("my sister is super down after the baby and says she wants to die", S),
    # 5. the Raynaud's filter still gives way to a denied Raynaud's
    ("not raynauds this time, my fingers are white and cold for hours", M),
]
