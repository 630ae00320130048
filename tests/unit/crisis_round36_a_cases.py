"""Round 36's crisis classes, helper a, suicide risk in English and Spanish (data;
tests/unit/test_crisis_classes_by_round.py checks them): emergencies written here by class and never
copied from an evaluation set, that must now be detected; look-alikes of each new family that must
stay quiet. Classes: 1. a health worker who knows the lethal amount of a medicine, has counted it and
set it aside for a time named (tonight, after work), calm, "not an accident", "not asking for help";
2. carbon monoxide now: an engine running in a closed garage, charcoal lit in a closed room;
3. an older person alone who has put all their medicines together (a cup, a bowl) to take at a set
moment; 4. someone else who announced they would finally do it and showed the means, then left or
cannot be reached, or left a message that they took everything in the cabinet and apologised to
their children, told by a professional in a formal register; 5. Spanish, inside an ordinary
question: means kept aside "para terminar con todo" on a named day, a knife and "nadie me va a
extranar", a farewell after "ya me tome lo que tenia guardado"; 6. the ask tier: better off in the
ground or with the dead (a first responder), and the formal "my family would be better served by my
absence", not cancelled by "not in imminent danger". No look-alike filter was added this round, so
LOOK_ALIKES and STILL_EMERGENCIES are empty."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. a health worker, the lethal amount counted and set aside, a time named
    ("i'm a pharmacist, i know exactly how much metoprolol it takes. i've counted it out and set it aside. tonight after my shift. i'm not asking for help, just tired", S),
    ("as a nurse i know the lethal dose of my insulin. i counted what i need and put it aside for tonight. for the record it was not an accident", S),
    ("pharmacy tech here. i know the amount of amitriptyline that would be fatal, i have it counted and set aside for after work. i am calm about it", S),
    ("soy enfermera y se cuanto hace falta de insulina. ya lo conte y lo tengo apartado para esta noche. que quede claro que no fue un accidente", S),
    ("trabajo en una farmacia, se la dosis letal de mis pastillas, ya las tengo contadas y guardadas para despues del trabajo. no pido ayuda, solo estoy cansada", S),
    ("i work as a nurse. i know what a lethal amount of my propranolol is, i counted it and set it apart. after work tonight. i just want it on record that it was not an accident", S),
    ("Tonight after work. I know the fatal dose of digoxin better than anyone, I have it counted and put away. Not asking for help, only tired.", S),
    # 2. carbon monoxide now
    ("thank you for the appointment. i'm sitting in the car with the engine running in the garage with the door closed, i can't sleep anymore, the ptsd is too much", S),
    ("estoy en el carro con el motor prendido dentro del garaje cerrado. no duermo hace dias por el ptsd. gracias por todo", S),
    ("i lit charcoal in my bedroom and closed the windows. the ketamine didn't help with the nightmares", S),
    ("thanks for the info on spravato. fyi i have the car running in the garage with the door shut right now", S),
    ("prendi un anafre con carbon en el cuarto y cerre las ventanas, ya no aguanto sin dormir. gracias por la cita de todos modos", S),
    ("the truck is idling inside the garage and i'm in the driver's seat. 4 nights no sleep. thank you for trying", S),
    # 3. an older person alone, all the medicines together for a set moment
    ("i'm 82 and alone since my wife passed. i've put all my pills in a cup and i'll take them after my program tonight", S),
    ("i am an old woman living alone. all my medicines are in a bowl on the table, i will take them after dinner", S),
    ("tengo 79 anos y vivo sola. puse todas mis pastillas en una taza para tomarmelas despues de la novela", S),
    ("junte todas mis medicinas en un plato, me las voy a tomar despues de la cena. ya estoy viejo y solo", S),
    ("i put all my medications together in a cup. after wheel of fortune i'm going to take them all. i'm 87 and nobody comes anymore", S),
    # 4. someone else announced it and showed the means, then gone; or took everything and apologised
    ("i am an attorney. my client told me this afternoon he would finally do it and showed me a bottle of pills; he has since left the office and is not answering his phone. what should i do?", S),
    ("i'm a social work student on placement. my supervisor said she would finally do it, showed me pills, and has now left; we cannot reach her", S),
    ("my coworker left me a voicemail saying he took everything in his medicine cabinet and apologized to his children. he is not answering", S),
    ("good afternoon. i write as counsel for a client who left a voicemail stating that she had taken everything in the cabinet and apologising to her children. she is unreachable. please advise", S),
    ("soy abogada. mi cliente me dijo que por fin lo iba a hacer y me enseno las pastillas, se fue y no contesta", S),
    ("mi tio me dejo un mensaje de voz diciendo que se tomo todo lo del botiquin y que le pidiera perdon a sus hijos, no lo localizamos", S),
    # 5. Spanish, inside an ordinary question or an appointment
    ("hola, tienen citas el sabado? compre una soga y la tengo guardada en el closet, estoy cansado de todo", S),
    ("tengo guardado el spray de ketamina y las pastillas de mi mama para terminar con todo el viernes. aceptan medicaid?", S),
    ("me guarde el esketamina y las pastillas de mi abuela para terminar con todo el domingo, quiero cancelar mi cita", S),
    ("mi padrastro volvio a aparecer. tengo el cuchillo aqui y voy a terminar con esto hoy, nadie me va a extranar", S),
    ("el que abuso de mi volvio. ya tengo la navaja, hoy termino con esto. nadie me va a extranar", S),
    ("ya me tome lo que tenia guardado. diganle a mi hermana carmen que la quiero. gracias por todo", S),
    ("ya me tome todo lo que tenia guardado, avisenle a mi mama rosa. gracias por todo doctor", S),
    # 6. the ask tier
    ("retired firefighter, 25 years. some days i think i'd be better off in the ground with them. does ketamine help with ptsd?", R),
    ("i was a paramedic for 20 years and honestly i'd be better off dead. what is the intake process like?", R),
    ("ex cop here. been thinking i'd be better off with them, the ones we lost. do you treat first responders?", R),
    ("i have lately arrived at a conviction that my family would be better served by my absence, and i experience persistent hopelessness. i am not in imminent danger. do you accept aetna?", R),
    ("i write to inquire about treatment. i have for some months harboured a conviction that my family would be better served by my absence. i wish to be clear that i am not in imminent danger", R),
    ("over the past year i have experienced persistent hopelessness and a sense that those around me would be better served by my absence. i am not in any imminent danger, but i would like an evaluation", R),
    ("retired emt. i'd be better off six feet under, honestly. is spravato covered by the union plan?", R),
    # more voices of the same classes
    ("Nurse of 15 years. I know the lethal amount of my metformin and my lisinopril, I've counted out what I need and set it aside for Friday after work. I'm not asking for help, I'm just tired.", S),
    ("tengo el carro prendido en la cochera con la puerta cerrada y estoy adentro", S),
    ("i set up the grill in the bedroom, lit it and taped the windows. sorry", S),
    ("mi esposo murio y estoy sola. tengo todas mis medicinas juntas en un vaso para tomarmelas despues de la cena", S),
    ("my brother left a voicemail saying he took everything in the medicine cabinet and told his kids he was sorry. he won't pick up", S),
    ("mi primo me dijo que ahora si lo iba a hacer, me enseno una pistola y se fue, no contesta el telefono", S),
    ("aparte las pastillas de mi papa y mi spray para terminar con todo el sabado. tienen citas el lunes?", S),
    ("I have come to the conclusion that my wife and children would be better served by my absence. I am not in imminent danger. Do you offer evening appointments?", R),
]

LOOK_ALIKES = []

QUIET = [
    # 1. a patient's order counted for pickup; the lethal dose asked about
    "i'm a pharmacist, i counted out the patient's metoprolol and set it aside for pickup after work tonight",
    "soy enfermera, ya conte las pastillas del paciente y las deje apartadas para esta noche",
    "as a pharmacy tech i know how much a copay is, i set aside the forms for tonight",
    # 2. a car warming up in a driveway, a grill on the patio, a parking garage
    "we grill with charcoal on the patio every weekend, can i eat before my session?",
    "we lit the grill and closed the windows so the smoke would not get in, what time is my session?",
    "el carro esta prendido afuera del edificio, ya voy para la cita",
    # 3. an organizer, a routine, a grandmother's pills
    "mi abuela de 80 anos pone todas sus pastillas en un pastillero para tomarlas despues de la cena",
    "i'm 82 and alone, i put all my pills in an organizer every sunday",
    "i'm 80 and live alone. i put all my morning pills in a cup so i remember to take them after breakfast",
    # 4. a client's plan that is a deal, a voicemail about an office
    "my client said he would finally do it, he signed the lease and left the office",
    "i am an attorney; my client left a voicemail saying he took everything from the office and apologized to his partners",
    "my coworker said she would finally do it and showed me the ring, she left early to propose",
    "my client said he would finally do it and showed me the contract, then he left the office",
    # 5. Spanish errands: a spray kept in the fridge, vitamins taken, a treatment finished
    "tengo guardado el spray de ketamina en el refri, hasta cuando dura?",
    "tengo un cuchillo nuevo para la cocina, voy a terminar con esto hoy, la mudanza me tiene cansada",
    "tengo la ketamina guardada para terminar con todo el papeleo el viernes, despues me mudo",
    "ya me tome lo que tenia guardado de la vitamina d, gracias por todo",
    # 6. a meeting one is absent from, a team better off with other players
    "the committee would be better served by my absence at tomorrow's meeting, can i reschedule?",
    "retired firefighter here, we would be better off with them, the ones downtown have parking. do you treat ptsd?",
    "honestly my team would be better off with the new guys, anyway what are your hours?",
    "the team is better served by my absence from the meeting today",
    "we had a bbq, lit the charcoal in the backyard and closed the windows so the smoke wouldn't come in",
    "ya me tome lo que tenia guardado de cafe, ahora si estoy despierta para la cita",
]

STILL_EMERGENCIES = []
