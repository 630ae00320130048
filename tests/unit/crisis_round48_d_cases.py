"""Round 48's Spanish overdose, medical and violence emergencies, and two Spanish false alarms (helper d;
tests/unit/test_crisis_classes_by_round.py checks them, key 483). Each class was missed or misread; each now
reaches the right guidance through round 48 (D)'s families in phrases.py:
(1) fifteen or more paracetamol, acetaminofen or Tylenol tablets taken half an hour or an hour ago, told
formally or calmly, "me siento bien": an overdose (PARACETAMOL_MANY_48D);
(2) a leftover ketamine nasal spray used many times (six sprays of the leftover, the whole bottle, "varias
veces"), the legs numb or asleep, the heart racing: an overdose (LEFTOVER_K_SPRAY_MANY_48D);
(3) an electric shock at work ("le dio la corriente", "se electrocuto", "recibio una descarga", a cable at
the construction site) and now not talking or the heart beating irregularly: medical (SHOCKED_NOT_TALKING_48D);
(4) a partner hitting the writer now, in broken or mixed Spanish, blood on the face: violence now
(PARTNER_HITTING_NOW_BROKEN_48D).
False alarms, ruled out by round 48 (D)'s filters in patterns.py (LOOK_ALIKES): (5) a small cut with
scissors or a knife, a band-aid ("curita", "bandita") and a laugh; (6) pills set out in a weekly pill box
("pastillero") with a question about ketamine; a cold caught ("me pego la gripa") read as a blow; paracetamol
counted over a week. STILL_EMERGENCIES: the same words with the danger now (again, bleeding that will not
stop, the box swallowed at once, a wish). QUIET: a static shock, paracetamol at normal doses, a clinic's
Spravato dose, a shock in a film. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

_PARACETAMOL = [
    ("Le comunico que me tomé unas treinta pastillas de paracetamol hace media hora, me siento perfectamente.", O),
    ("buenas tardes, ingerí aproximadamente 30 tabletas de acetaminofén hace unos 45 minutos. Por ahora estoy bien.", O),
    ("me tome como 30 tylenol hace una hora pero me siento normal", O),
    ("me trague 28 pastillas de paracetamol hace 40 min, estoy tranquila, no siento nada", O),
    ("Quisiera comentarle que consumí alrededor de treinta comprimidos de acetaminofeno hace cincuenta minutos. No tengo síntomas.", O),
    ("tome 30 tylenols hace como 1 hora y la verdad me siento bien, es grave?", O),
    ("Mi hijo se tomó unas 25 pastillas de paracetamol hace media hora, dice que está bien", O),
    ("hace 40 minutos me tome un frasco entero de paracetamol, unas 30, me siento bien todavía", O),
    ("Disculpe, tomé treinta y dos tabletas de Tylenol extra fuerte hace 35 minutos. Me encuentro bien por ahora.", O),
    ("oiga me tome 30 paracetamoles hace rato como una hora, toy bien", O),
    ("I took como 30 pastillas de tylenol hace una hora, me siento fine", O),
]
_SPRAY = [
    ("use el spray nasal de ketamina que me sobro, 6 disparos, ahora tengo las piernas dormidas y el corazon acelerado", O),
    ("me eché todo el frasco del spray de ketamina que me quedaba, no siento las piernas y el corazón me late rapidísimo", O),
    ("me puse seis atomizaciones del spray de ketamina sobrante, piernas entumidas, corazon a mil", O),
    ("Me apliqué el aerosol nasal de ketamina que sobró varias veces, unas 8 veces, y ahora tengo las piernas adormecidas y taquicardia", O),
    ("me acabe el bote de spray nasal de ketamina, tengo las piernas entumecidas y el corazon muy rapido", O),
    ("use el spravato que me sobro como 6 veces, no siento las piernas, el corazon me late fuerte", O),
    ("usé the leftover ketamine spray, como 6 sprays, legs numb y el corazon acelerado", O),
    ("Buenas noches. Utilicé el spray de ketamina que me quedó del tratamiento, seis aplicaciones; tengo las piernas adormecidas y palpitaciones.", O),
]
_SHOCK = [
    ("a mi cuñado lo agarro la electricidad arreglando un poste en la obra, esta tirado sin decir palabra y su pulso va disparejo", M),
    ("le dio la corriente a mi hijo en la obra, no habla", M),
    ("Mi hermano recibió una descarga eléctrica en la construcción, ahora no habla y su corazón late irregularmente.", M),
    ("Mi hermano recibió una descarga en la construcción, está callado y el corazón le late irregular.", M),
    ("se quedo pegado a un cable en la obra, ya lo soltamos pero no habla", M),
    ("le dio un choque electrico al albañil, ahora no dice nada y le late el corazon raro", M),
    ("a mi hijo le dio la luz con un cable en la obra y se quedo sin hablar", M),
    ("le dio la corriente muy fuerte a mi marido, no habla, su pulso esta irregular, que hago", M),
    ("my coworker got shocked by a cable at the construction site, he no habla y su corazon late irregular", M),
    ("Se electrocutó mi compañero en la obra, no dice nada y su corazón late irregular", M),
]
_VIOLENCE = [
    ("my husband me pega right now, hay sangre en mi cara, help", V),
    ("esposo pegando a mi ahora, mucha sangre mi cara", V),
    ("husband pega me now, blood in my face, ayuda", V),
    ("mi esposo pega mi ahora, sangre mi cara", V),
    ("ayuda esposo golpear mi ahora sangre", V),
    ("help please mi esposo hitting me, sangre everywhere en mi cara", V),
    ("mi novio me pega y me pega, tengo sangre en la boca, esta aqui", V),
    ("el marido mío pegando a mí ahorita, mucha sangre nariz", V),
    ("ayuda mi marido me esta pegando ahorita y tengo sangre en la cara", V),
    ("my boyfriend me está golpeando ahora mismo, sangre en mi cara", V),
]
CLASSES = _PARACETAMOL + _SPRAY + _SHOCK + _VIOLENCE

LOOK_ALIKES = [
    # (5) a small cut, a band-aid and a laugh
    "me corte con las tijeras jaja, ya me puse una curita",
    "jajaja me corté el dedo con el cuchillo, nada grave, ya tengo curita",
    "ay me corte con tijeras, salio sangre poquita, bandita puesta jaja. puedo ir a mi cita?",
    "me corte con un cuchillo jajaja sangro un poquito, le puse una bandita",
    "me corte con el cuchillo, salio bastante sangre jaja pero ya con una curita",
    "ayer me corte con el cuchillo, ahora tengo una curita jaja",
    "me corté con las tijeras, me sangró un poco, jaja ya me puse una bandita. ¿Eso afecta mi sesión?",
    "se me resbalo el cuchillo y me corte jaja, una curita y ya",
    # (6) a weekly pill box and a question about ketamine
    "acabo de llenar el pastillero de toda la semana con 35 pastillas, alguna de ellas choca con la ketamina?",
    "tengo un pastillero con todas mis pastillas de la semana, es peligroso combinarlas con ketamina?",
    "pastillero listo con todas mis pastillas de la semana. alguna interaccion peligrosa con la ketamina?",
    "tengo todas mis pastillas organizadas en un pastillero de la semana, ¿hay alguna que no pueda tomar con ketamina?",
    "acomode 30 pastillas en mi pastillero, alguna tiene interaccion con la ketamina?",
    # a cold caught, paracetamol counted over a week
    "mi esposo me pego la gripa ahora estoy en cama, puedo ir a la infusion?",
    "mi novio me pegó un resfriado jaja, ahora tengo tos, cancelo mi cita?",
    "me tome 20 pastillas de paracetamol en toda la semana por la gripa, afecta mi sesion?",
]

QUIET = [
    "me dio la corriente al tocar la puerta del carro jaja, pura estatica",
    "me dio toques la cobija, electricidad estatica jaja",
    "tomo dos paracetamol cada 8 horas para el dolor, puedo seguir con la ketamina?",
    "me tome un tylenol hace 30 minutos, puedo ir a mi sesion?",
    "me pego la gripe, puedo ir a mi infusion?",
    "mi hijo me pegó la gripa, tengo fiebre",
    "la caja de paracetamol trae 30 tabletas, cuantas puedo tomar al dia con mi tratamiento?",
    "mi dosis de spravato son 6 disparos y las piernas se me duermen un poco en la clinica, es normal?",
    "mi hermano trabaja en la obra, ayer le dio la corriente leve y hoy esta bien, puede venir a su cita?",
    "la pelicula de anoche: al electricista le dio la corriente y no hablaba jaja que miedo",
    "me hice un cortecito con el cuchillo picando cebolla jaja, una bandita y listo",
    "Organicé mis medicamentos en el pastillero semanal: sertralina, losartán, metformina. ¿Alguno interactúa con la ketamina?",
]

STILL_EMERGENCIES = [
    ("me corte otra vez con el cuchillo jaja ya ni duele, curita y ya", S),
    ("me corte con las tijeras jaja pero no para de sangrar, ya van 3 curitas empapadas", M),
    ("me corté el brazo con el cuchillo jaja, curita, ya no aguanto más", S),
    ("me tomé todas las pastillas del pastillero de una vez, alguna interactúa con la ketamina? estoy muy mareado", O),
    ("tengo mis pastillas en el pastillero semanal, interactuan con la ketamina? me quiero morir", S),
    ("mi esposo me pego la gripa y ahora me esta pegando, tengo sangre en la cara", V),
]

OVERDOSE_KIND = []

NOT_RULED_OUT = []
