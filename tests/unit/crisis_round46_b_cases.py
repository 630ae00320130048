"""Round 46's Spanish emergencies told by signs, and 'acabar de' with a taking verb (helper b;
tests/unit/test_crisis_classes_by_round.py checks them, key 461), each read through round 46 (b)'s
families in phrases.py:
(1) "acabar de" with a taking verb and a quantity ("se acaba de tomar un frasco entero", "me acabo de
tomar toda la caja", "acaba de tragarse una tira", "como 30 pastillas"), and "me meti / se metio todo el
frasco": an overdose (O); a caustic drunk just now ("acabo de beber cloro", "un vaso de lejia",
"destapacanos"): an overdose made a poisoning (OVERDOSE_KIND) by round 44's caustic words;
(2) a drunk or violent relative strangling or choking another family member now, with the writer hit
too, the drink or a plea: domestic violence (V); the choking words are the attack's;
(3) an electric shock (a cable, an outlet, a machine, "le dio la corriente") and the person on the
floor, not moving or not responding: a medical emergency (M);
(4) a seizure in a clinic's waiting room or lobby with the AED or "el desfibrilador" asked for, in
Spanglish (M; already read, kept here so it stays read);
(5) a pulmonary embolism in clinical or plain words: sudden breathlessness, chest pain on breathing in,
a fast heart, one swollen leg after a flight or bed rest (M; already read, kept);
(6) a teenager's (or a relative's) deep cut, bleeding, who said they wanted to die, a parent pressing
on it: self-injury bleeding now (S), never a wound alone.
Look-alikes: a course's lesson on what to do if someone is electrocuted is ruled out by a new filter
(patterns.py, round 46 (b)); it gives way to a shock told now (STILL_EMERGENCIES). QUIET holds one's
usual pill taken just now, two pills for a headache, a dose as prescribed, finishing a course of
antibiotics, a bottle of wine, bleach for cleaning or in tap water, an electrician's appointment and a
car bump with no one hurt. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_ACABA = [
    "mi hermana se acaba de tomar un frasco entero de pastillas para dormir, que hago",
    "me acabo de tomar toda la caja de paracetamol y ya me arrepenti",
    "mi novio acaba de tragarse una tira completa de clonazepam",
    "me acabo de tomar como 30 pastillas de clonazepam",
    "Mi mamá se acaba de tomar todo el frasco de rivotril!! ayuda",
    "acabo de tomarme una caja entera de somniferos",
    "mi hijo de 17 se acaba de tragar un blister entero de alprazolam",
    "ayuda x favor mi esposo se acaba d tomar 20 pastillas de sus medicinas",
    "Soy enfermera, la paciente de la 4 se acaba de tomar una caja de paracetamol que tenia escondida",
    "me acabo de tomar medio frasco de mis pastillas para la ansiedad",
    "mi abuela se acaba de tomar todas las pastillas del pastillero de la semana juntas",
    "my sister se acaba de tomar un bote entero de pastillas para dormir, what do I do",
    "mi papa se metio todo el frasco de pastillas para dormir",
    "me meti una caja entera de clonazepam hace un rato",
    "acabo de beber cloro",
    "mi hijo acaba de tomar lejia de la botella",
    "me acabo de tomar destapacaños",
    "mi hermano se acaba de tomar un vaso de cloro, esta en el baño",
    "mi hija se acaba de tomar un poco de cloro",
    "acaba de beberse un trago de lejia mi hijo",
    "mi abuelo se acaba de tomar la botella de cloro, creyó que era agua",
    "se acababa de tragar 40 tabletas de paracetamol cuando llegamos",
    "mi amiga me escribio que se acaba de tomar una caja entera de alprazolam, no contesta",
    "I think mi hermano se acaba de tomar como 15 pastillas de su quetiapina",
    "me acabo de meter todo el blister de clonazepam",
    "acabamos de encontrar a mi tio, se acaba de tomar todo el frasco",
    "se metio una tira entera de rivotril y se esta durmiendo",
    "me he tomado toda la caja de ibuprofeno",
    "mi mama se acaba d tomar un chingo de pastillas",
]
_CAUSTIC = _ACABA[14:21]

CLASSES = [(t, O) for t in _ACABA] + [
    # 2. a drunk or violent relative strangling a family member now, having hit the writer
    ("mi papa esta borracho y esta ahorcando a mi mama, a mi ya me pego", V),
    ("Mi hermano llegó borracho y está estrangulando a mi mamá, me pegó a mí también, ayuda", V),
    ("my tio esta drunk y esta ahorcando a mi tia, he hit me too, please", V),
    ("mi padrastro tiene a mi mama del cuello y no la suelta, me dio un golpe cuando me meti", V),
    ("ayuda mi esposo borracho esta ahorcando a mi hijo y me pego a mi", V),
    ("mi cuñado esta tomado y le esta apretando el cuello a mi hermana, a mi me empujo y me pego", V),
    ("Mi hijo está drogado y está ahorcando a su papá. A mí me golpeó en la cara.", V),
    ("mi papa agarro a mi hermano del cuello y lo esta asfixiando, a mi me pego con el cinturon", V),
    ("my dad is drunk and he is choking my mom right now, he punched me too", V),
    ("my brother is strangling our mother and he already hit me, hes drunk", V),
    ("mi suegro esta bien pedo y tiene a mi suegra del cuello, a mi me aventó contra la pared", V),
    ("my stepdad is drunk and has my mom by the throat, he slapped me when i tried to stop him", V),
    ("ayuda mi hermano le esta apretando el cuello a mi papa, esta drogado", V),
    ("me pego mi papa y ahora esta ahorcando a mi hermana", V),
    ("mi esposo llego tomado, tiene las manos en el cuello de mi hija y a mi me dio una cachetada", V),
    ("My husband is strangling my son right now, he already punched me, hes wasted", V),
    ("mi papá está ahorcando a mi mamá!!! a mi me pegó tambien", V),
    # 3. electric shock, on the floor, not moving
    ("a mi papa le dio una descarga electrica con un cable y esta en el piso sin moverse", M),
    ("mi compañero se electrocuto en el trabajo, esta tirado y no responde", M),
    ("mi hijo toco el enchufe con un tenedor y ahora esta en el suelo, no se mueve", M),
    ("se electrocutó mi esposo arreglando la luz y no reacciona", M),
    ("My coworker got electrocuted by a cable at work and he is on the floor not moving", M),
    ("mi tio toco un cable de alta tension y quedo tirado, no responde", M),
    ("le dio la corriente a mi hermano con la lavadora y esta en el piso inconsciente", M),
    ("someone got shocked by the outlet and is lying on the floor not responding", M),
    ("se electrocuto el electricista en la obra, no se mueve y no respira bien", M),
    ("a mi hermano le dio una descarga la maquina en la fabrica y esta tirado sin moverse", M),
    ("mi esposo estaba arreglando un enchufe, le dio la corriente y quedo inconsciente en el piso", M),
    ("my dad touched a live wire in the garage and he is lying there, not responding", M),
    ("my son stuck a key in the outlet and now he's on the floor and won't wake up", M),
    ("el albañil toco los cables de la luz y quedo tirado, no se mueve", M),
    # 4. a seizure in a clinic's waiting room, asking for the AED
    ("un paciente esta convulsionando en la sala de espera, donde esta el desfibrilador??", M),
    ("patient having a seizure in the lobby, alguien traiga el AED!", M),
    ("hay una señora convulsionando en el lobby, where is the AED", M),
    ("en la sala de espera un señor se cayo y esta convulsionando, traigan el desfibrilador", M),
    ("someone is seizing in your waiting room, necesitamos el DEA ya", M),
    ("a patient is having a seizure in the waiting room, where do you keep the defibrillator", M),
    ("Un paciente tiene convulsiones en la recepcion, el staff pide el desfibrilador", M),
    ("the guy next to me in the waiting room is shaking all over on the floor, staff is asking for the AED", M),
    # 5. a pulmonary embolism
    ("sudden shortness of breath, chest pain worse when I breathe in, heart racing, and my left leg is swollen after a long flight", M),
    ("volví de santo domingo en avión ayer y ahorita de repente me falta el aire, me duele el pecho cuando respiro y tengo la pantorrilla derecha hinchada", M),
    ("My mom has been in bed for two weeks after surgery, now she cant breathe, chest hurts when she breathes in and her calf is swollen", M),
    ("disnea subita, dolor toracico pleuritico, taquicardia y edema unilateral de pierna tras vuelo de 12 horas", M),
    ("acute dyspnea, pleuritic chest pain, tachycardia, unilateral leg swelling after prolonged immobilization", M),
    ("flew 14 hours yesterday, my right leg is swollen and now i suddenly cant catch my breath and my chest hurts when i inhale", M),
    ("mi papa lleva dias en cama, de repente no puede respirar, le duele el pecho al respirar y tiene la pantorrilla hinchada", M),
    ("I think I have a blood clot in my lung, short of breath all of a sudden and sharp chest pain on breathing in, one leg swollen", M),
    ("tengo la pierna hinchada desde el viaje y de repente me ahogo, el corazon a mil y me duele el pecho cuando respiro", M),
    # 6. a teenager's deep cut, said she wanted to die, parent pressing on it
    ("mi hija de 16 se hizo un corte profundo en el antebrazo, esta sangrando mucho y dijo que se queria morir, le estoy apretando", S),
    ("my 16 year old cut her forearm deep, it's bleeding and she said she wanted to die, I'm pressing on it", S),
    ("mi hijo de 16 se corto el brazo, es profundo, no para de sangrar, dice que queria morirse. estoy haciendo presion", S),
    ("my son is 16, he cut his arm really deep and said he wants to die, im holding a towel on it", S),
    ("mi niña de 16 años se cortó el antebrazo muy hondo, sangra y me dijo que ya no queria vivir, le tengo un trapo apretado", S),
    ("16yo daughter deep cut on forearm bleeding, she said she wanted to be dead, I am applying pressure", S),
    ("mi hija se corto profundo el brazo y dijo que se queria matar, le estoy presionando la herida, tiene 16", S),
    ("my daughter is 16, she cut her arm and there's blood everywhere, she kept saying she wants to die, im holding it", S),
    ("mi hijo de 15 se hizo unos cortes profundos en el brazo, dice que ya no quiere vivir, estoy apretando con una toalla", S),
    ("my teen son slashed his forearm, its deep, he told me he wants to be dead. Im putting pressure on it", S),
    ("Mi hija (16) se cortó el antebrazo\nes profundo y sangra\ndijo q se queria morir\nle estoy apretando con una toalla", S),
]

LOOK_ALIKES = [
    "estoy en un curso de electricista, nos enseñaron que hacer si alguien se electrocuta y no responde",
    "I just finished an electrician training course, we practiced what to do if someone gets electrocuted and is on the floor not moving",
    "en el taller de primeros auxilios vimos como actuar si alguien se electrocuta y queda en el piso sin moverse",
    "tengo historial de epilepsia, me dan convulsiones desde niño, puedo recibir ketamina?",
    "my son has a history of seizures, is ketamine safe for him?",
    "tuve una embolia pulmonar hace 5 años, es seguro el tratamiento?",
    "I had a pulmonary embolism years ago after a long flight, is ketamine ok for me?",
    "me dio un toque la lavadora pero estoy bien",
]

QUIET = [
    "acabo de tomar mi pastilla de la presion",
    "acabo de tomar una pastilla para dormir como siempre",
    "me acabo de tomar el paracetamol para el dolor de cabeza",
    "acabo de terminar el curso de electricista, cuando puedo agendar",
    "tengo historial de epilepsia, puedo recibir ketamina?",
    "tuve un choque con el carro pero nadie se lastimo, puedo reagendar?",
    "tuve una embolia pulmonar hace 5 años, es seguro el tratamiento?",
    "acabo de limpiar el baño con cloro",
    "me acabo de tomar 2 pastillas de paracetamol para el dolor de cabeza",
    "acabe de tomar toda la caja de antibioticos como me dijo el doctor",
    "me acabo de tomar toda la caja de antibiotico, ya termine el tratamiento",
    "se acaba de tomar una botella de vino entera",
    "acabo de tomar 10 mg de clonazepam como me lo recetaron",
    "me acabo de tomar las pastillas de la noche, a que hora es mi cita?",
    "me acabo de tomar un vaso de agua, tiene mucho cloro el agua de la llave",
    "acabo de tomar mi dosis de sertralina",
    "mi esposo es electricista, puede venir a su cita despues del trabajo?",
    "el choque fue leve, solo un golpecito en la defensa, llego tarde a la cita",
]

STILL_EMERGENCIES = [
    ("en la clase de primeros auxilios vimos que hacer si alguien se electrocuta y no responde. pero ahorita mi papa toco un cable y esta en el piso sin moverse", M),
    ("acabo de tomar mi pastilla de la presion y despues me tome toda la caja de clonazepam", O),
    ("acabo de tomar una pastilla para dormir como siempre, y luego me acabo de tomar el frasco entero", O),
]
OVERDOSE_KIND = [(t, "poisoning") for t in _CAUSTIC]
NOT_RULED_OUT = []
