"""Round 14's crisis false-alarm classes (data; tests/unit/test_crisis_classes_by_round.py
checks them): look-alikes written here, never copied from an evaluation set, that
must be ruled out and overrule DIET; and the emergencies beside them that the
look-alike filters must not swallow. Round 14 was about false alarms, so CLASSES
holds no new detection family."""

from tests.unit.crisis_classes import M, O, R, S  # noqa: F401

CLASSES = []

LOOK_ALIKES = [
    # hyperbole with a twist: the wish names a harmless cause
    "i wanted to die of embarrassment when i tripped in front of the receptionist",
    "when my boss read my text out loud i literally wanted to die... of shame",
    "me quise matar... de la risa con ese video",
    "mi primo me mata de la risa, es lo mejor del dia",
    "that chemistry final killed me, i am dead, just bury me in the library",
    "the bar exam murdered me, bury me under the textbooks please",
    "not die, just scream really loud for a minute",
    "my 5 year old screamed i am gonna die when i put broccoli on her plate",
    "mi hija de 4 anos grita que se va a morir cada vez que le doy verduras",
    "se me murio el celular en medio de la llamada, me pueden volver a llamar?",
    "mi telefono se murio, por eso no conteste",
    "my friend said the hike almost killed him but he exaggerates everything",
    "dice que el gimnasio casi lo mata pero es bien exagerado",
    # self-harm word play
    "trimmed my own fringe last night, honestly self harm lol",
    "me corte el fleco yo sola, fue practicamente autolesion jaja",
    # work that meets suicide or overdose: chaplains, hospice, responders' spouses, volunteers, naloxone trainings
    "i am a hospice nurse, do you have resources on depression at the end of life for my patients?",
    "as a hospice nurse i see a lot of end of life depression, what resources do you recommend?",
    "im a hospital chaplain and i sit with families after suicides, i think i have secondary trauma, can ketamine help?",
    "i work with families bereaved by suicide and it is wearing me down, is ketamine used for burnout?",
    "soy capellan en un hospital y acompano a familias despues de suicidios, creo que tengo trauma secundario",
    "my wife is a firefighter and she has seen so many overdoses, now she has ptsd, do you treat that?",
    "mi esposo es bombero, ha visto muchas sobredosis y ahora tiene estres postraumatico",
    "mi hermano es paramedico y ha atendido cientos de sobredosis, no duerme bien",
    "i would like to volunteer in suicide prevention, do you know any programs?",
    "quiero ser voluntaria en prevencion del suicidio, saben donde puedo empezar?",
    "we had a naloxone training at work today and it felt empowering",
    "tuvimos una capacitacion de naloxona en el trabajo y me senti empoderada",
    "mi hija es enfermera de cuidados paliativos y esta agotada, la ketamina ayuda con el burnout?",
    # fiction and news: a character in a novela or a show, a headline about ketamine and suicidal thoughts
    "in my novela a character took a bunch of pills and they pumped her stomach, is that real?",
    "en la telenovela la protagonista se tomo unas pastillas y le hicieron un lavado de estomago, eso es real?",
    "on a tv show a guy overdosed on pills and they pumped his stomach, do hospitals really do that?",
    "in the series the villain swallowed a whole bottle of sleeping pills, would that really kill someone?",
    "i read in the newspaper that ketamine gets rid of suicidal thoughts in hours, is that true?",
    "el periodico dice que la ketamina quita los pensamientos suicidas en unas horas, es cierto?",
    "a headline said spravato erases suicidal ideation overnight, sounds too good to be true",
    # a denial before an information question; a screening answered no
    "no soy suicida para nada, nomas quisiera saber si la esketamina trae advertencia de ideas suicidas",
    "im not suicidal or anything, i just want to know if spravato has a warning about suicidal thoughts",
    "not suicidal at all, does the esketamine label carry a warning for suicidality?",
    "mi terapeuta me pregunto si tenia pensamientos de hacerme dano y le dije que no",
    "my therapist asked if i had thoughts of suicide and i told her no",
    "la psicologa me pregunto si pensaba en suicidarme, le dije que no, eso afecta mi cita?",
    # expected treatment effects told calmly and over
    "i felt floaty after my spravato dose just like the leaflet said, i was sitting with my family",
    "after the spravato i felt kind of floaty, as the pamphlet said, my sister sat with me",
    "me senti flotando despues del spravato como decia el folleto, estaba con mi familia",
    "my blood pressure went up during the session but it came back down before i left",
    "la presion me subio durante la sesion pero bajo antes de irme",
    "my legs were numb for a minute after the session, then fine, was that dissociation?",
    "se me durmieron las piernas un minuto despues de la sesion y luego bien, eso es disociacion?",
    # pills kept in order: a weekly organiser filled, a daily count told as a routine
    "i fill my mom's weekly pill organizer and worry she will mix them up someday, how do i store them safely?",
    "le lleno el pastillero semanal a mi mama y me preocupa que algun dia se confunda",
    "i take 14 pills a day, very organized, will ketamine interact with them?",
    "tomo 12 pastillas al dia, muy organizada, la ketamina interactua con ellas?",
    # everyday things: a watch's fall detection, a healed rib, pills that do not work, a form
    "my smartwatch fall detection called 911 when i dropped the watch",
    "mi reloj llamo al 911 porque detecto una caida cuando se me cayo",
    "i have an old rib fracture that healed but it hurts when i laugh, my doctor already checked it",
    "tengo una fractura de costilla vieja, ya sano, me duele cuando me rio, ya me vio el doctor",
    "harta de pastillas que no me sirven, por eso quiero probar la ketamina",
    "i am so sick of pills that dont work, i want to try something different",
    "ya no aguanto mas con este papeleo del seguro",
    "i cant take this form anymore, it is so long",
    "the intake form asks about overdose history, i never had one, do i leave it blank?",
]

QUIET = []

# The look-alike filters stop where the emergency starts.
STILL_EMERGENCIES = [
    ("i want to die", S),
    ("me quiero matar", S),
    ("i want to die of this pain, i have the pills ready", S),
    ("i want to die. of course i have a plan", S),
    ("the exam killed me, i want to kill myself tonight", S),
    ("mi hijo dice que se quiere morir y tiene las pastillas de mi mama", S),
    ("i cut my bangs and then i cut my arms, i am bleeding a lot", M),
    ("se me murio mi mama y me quiero matar", S),
    ("i took all my pills", O),
    ("me tome todas mis pastillas", O),
    # work that meets suicide or overdose: chaplains, hospice, responders' spouses, volunteers, naloxone trainings
    ("i am a hospice nurse and i want to kill myself tonight", S),
    ("i sit with families after suicides and now i have the pills ready to do it myself", S),
    ("we had a naloxone training and now my coworker is not breathing after using fentanyl", O),
    ("mi esposo es bombero y se tomo todas las pastillas para dormir", O),
    ("soy voluntaria en prevencion del suicidio pero esta noche me quiero matar", S),
    ("i volunteer in suicide prevention but tonight i want to kill myself", S),
    ("my husband has seen so many overdoses and now he took a bunch of my oxycodone and wont wake up", O),
    # fiction and news: a character in a novela or a show, a headline about ketamine and suicidal thoughts
    ("in the show a character took pills and now i took all my pills too", S),
    ("i was watching a movie and the guy took a bunch of pills, and then my son swallowed a bottle of my pills", O),
    ("i read that ketamine removes suicidal thoughts, i have them right now and i have a plan", S),
    ("la ketamina quita los pensamientos suicidas? yo tengo ganas de matarme hoy", S),
    # a denial before an information question; a screening answered no
    ("spravato has a warning about suicidal thoughts and i am having them right now, i want to kill myself", S),
    ("my therapist asked if i had thoughts of suicide and i told her no but i lied, i have the pills ready", S),
    ("no soy suicida pero me tome todas las pastillas", S),
    # expected treatment effects told calmly and over
    ("my blood pressure went up to 210 over 130 during the session and now i have a crushing headache", M),
    ("i felt floaty as the leaflet said but now my husband is not breathing after the spravato", M),
    # pills kept in order: a weekly organiser filled, a daily count told as a routine
    ("my mom mixed up her pill organizer and took a whole week of pills at once, now she is very sleepy and confused", O),
    ("she takes 14 pills a day and today she took all of them at once", O),
    ("tomo 12 pastillas al dia y hoy me tome todas las del mes para no despertar", S),
    # everyday things: a watch's fall detection, a healed rib, pills that do not work, a form
    ("my watch called 911 because i fell and hit my head and i cant get up", M),
    ("i dropped my watch when i fell down the stairs and it called 911, i hit my head and i cant get up", M),
    ("my ribs hurt and i cant breathe after the car crash", M),
    ("ya no puedo mas con esta vida, me quiero matar", S),
]
