"""Round 39's known gaps (helper k; tests/unit/test_crisis_classes_by_round.py checks them, key 394),
English and Spanish: (1) intent told with pills that are not opioids (heart or blood-pressure pills,
acetaminophen, ibuprofen) swallowed after a fight, or "did not want to live", "ya no queria vivir",
"porque ya no aguantaba": an intentional overdose (phrases.TAKEN_WITH_INTENT_39K, an overdose family
and the intentional kind: 988 and "are you safe" follow); a forgetful parent, a child or a mix-up keep
the non-opioid Poison Help steps; (2) household poisons drunk with intent (kerosene, lamp oil, gasoline,
antifreeze, cleaning products, cloro, lejia): intentional, by accident Poison Help; (3) the writer's own
wish to use a spouse's or a parent's gun on themselves: self-harm, not the relative's violence
(phrases.OWN_USE_OF_RELATIVES_GUN_39K), while a relative threatening the writer with his gun stays
violence (phrases.RELATIVE_GUN_ON_ME_39K); (4) trigeminal neuralgia and "now i finally see why it is
called the suicide disease": possible risk (phrases.TN_FINALLY_GET_IT_39K; round 26's nickname filter
gives way to it), a plain fact stays quiet; (5) a nurse or an aide with a palliative-care question
who tells her OWN wish to die ("y la verdad yo tambien quiero morirme"): self-harm, never a study topic
(phrases.OWN_WISH_BESIDE_A_QUESTION_39K); (6) hopelessness about treatments that failed with
weariness of living: possible risk (phrases.TRIED_ALL_WEARY_39K), a plain "nothing worked, what else
do you offer" stays quiet; (7) false alarms silenced (patterns.py): heavy menstrual bleeding asked
about as routine, a child who bit a detergent pod and spat it out, fine, a prescribed dose taken as
prescribed with mild dizziness asked about. Written here, never copied from an evaluation set."""

from tests.unit.crisis_classes import M, O, R, S, V  # noqa: F401

CLASSES = [
    # 1. non-opioid pills with intent
    ("after the fight with my husband i swallowed a handful of his heart pills, i just didnt want to live anymore", S),
    ("me tome un punado de las pastillas de la presion de mi mama porque ya no aguantaba mas", S),
    ("took like 15 of my blood pressure pills after we argued, didnt want to be here anymore", S),
    ("mi hermana se tomo como veinte pastillas de tylenol despues de pelear con el novio, dice que ya no queria vivir", S),
    ("i swallowed a bunch of acetaminophen after my dad yelled at me, i just wanted it all to stop", S),
    ("me trague las pastillas del corazon de mi abuelo, ya no queria vivir", S),
    ("my son took a bunch of his ibuprofen after the breakup, he told me he didnt want to live", S),
    ("mi esposa se tomo las pastillas para la presion despues de una discusion fuerte conmigo, no queria seguir", S),
    ("mi mama se tomo todas sus pastillas de la presion despues de pelear con mi papa, esta mareada", S),
    # 2. household poisons with intent
    ("drank kerosene after a fight with my wife, my throat is burning", S),
    ("mi hijo se tomo gasolina despues de pelear con su papa, esta vomitando", S),
    ("me tome productos de limpieza porque ya no aguantaba", S),
    ("my brother drank lamp oil last night after his girlfriend left him, hes coughing", S),
    ("mi tia se tomo cloro, queria morirse", S),
    ("mi primo se bebio la lejia porque ya no aguantaba mas la situacion", S),
    ("i chugged some cleaning products because i couldnt take it anymore", S),
    # 3. the writer's own wish with a relative's gun
    ("my husband has a pistol for work and i want to use it on myself tonight", S),
    ("mi esposo tiene una pistola por su trabajo y quiero usarla contra mi misma esta noche", S),
    ("my dad keeps a gun in his closet and ive been thinking of using it on myself", S),
    ("mi papa guarda un arma en el closet y estoy pensando en usarla conmigo", S),
    ("el arma de mi marido esta en el cajon y quiero pegarme un tiro con ella", S),
    ("my wife's handgun is in the nightstand, i keep thinking about shooting myself with it", S),
    # 4. trigeminal neuralgia: now i get why
    ("i have trigeminal neuralgia and now i finally get why they call it the suicide disease", R),
    ("tengo neuralgia del trigemino y ahora entiendo por que le dicen la enfermedad del suicidio", R),
    ("trigeminal neuralgia flare for 3 weeks, i finally see why its called the suicide disease", R),
    ("con esta neuralgia del trigemino ya entiendo por que la llaman la enfermedad suicida", R),
    ("three weeks into this trigeminal neuralgia flare and i totally understand now why people call it the suicide disease", R),
    # 5. a nurse's palliative-care question and her own wish
    ("soy enfermera de cuidados paliativos, pregunta sobre la sedacion paliativa, y la verdad yo tambien quiero morirme", S),
    ("im a hospice nurse, how do we dose morphine for air hunger? honestly i want to die myself", S),
    ("as a palliative care aide i have a question about comfort care, but i also want to die, i think about it every day", S),
    # 6. treatments failed, weary of living
    ("para que sigo intentando si nada me funciona, ya estoy cansada de vivir asi", R),
    ("why do i even keep trying, nothing works for me, im so tired of all of it", R),
    ("ya me canse de intentar todo, nada sirve, estoy harta de vivir asi", R),
    ("para que sigo con los tratamientos si nada me funciona, ya no tengo ganas de nada", R),
    ("whats the point of trying another treatment if nothing ever works, im exhausted of living this way", R),
    ("estoy cansado de probar de todo y nada funciona, para que sigo", R),
    # more of classes 1 to 6, other voices
    ("she swallowed all her metoprolol after they argued, she is in the bathroom", S),
    ("tome anticongelante porque ya no queria seguir viviendo", S),
    ("ingeri queroseno despues de una pelea con mi pareja", S),
    ("i downed a whole bottle of tylenol because i didnt want to be alive anymore", S),
    ("se tomo el liquido de limpieza despues de que el novio la dejo", S),
    ("mi hijo se tomo like 10 pills de la presion de su abuela after a fight con la novia", S),
    ("my mom drank gasoline to die, shes coughing", S),
    ("bebio aceite de lampara porque ya no aguantaba mas, esta tosiendo", S),
    ("my boyfriend's glock is in the car and im thinking about using it on myself", S),
    ("la escopeta de mi suegro esta en el garage y tengo ganas de dispararme", S),
    ("TN sufferer here, i totally get now why its nicknamed the suicide disease", R),
    ("CNA en hospicio, tengo una duda sobre la morfina para la disnea, pero la verdad yo tambien quiero morirme", S),
    ("soy auxiliar de enfermeria en hospicio, como se maneja el dolor al final de la vida? y yo misma quiero morirme, no puedo mas", S),
    ("ya no se para que sigo intentando, nada me funciona y estoy cansada de vivir", R),
]

# the intentional kind for class 1-2; accidents keep the Poison Help steps
OVERDOSE_KIND = [
    ("me tome un punado de las pastillas de la presion de mi mama porque ya no aguantaba mas", "overdose_intentional"),
    ("mi hermana se tomo como veinte pastillas de tylenol despues de pelear con el novio, dice que ya no queria vivir", "overdose_intentional"),
    ("me tome productos de limpieza porque ya no aguantaba", "overdose_intentional"),
    ("my mom is forgetful and took her blood pressure pills twice today, she feels dizzy", "poisoning"),
    ("mi papa se confundio y se tomo las pastillas de la presion dos veces, esta mareado", "poisoning"),
    ("my kid drank some lamp oil by accident, he is coughing", "poisoning"),
    ("mi nino se tomo gasolina sin querer, esta tosiendo", "poisoning"),
    ("tome anticongelante porque ya no queria seguir viviendo", "overdose_intentional"),
    ("se tomo el liquido de limpieza despues de que el novio la dejo", "overdose_intentional"),
    ("my dad drank kerosene thinking it was water, he is vomiting", "poisoning"),
    ("the baby swallowed a few of grandma's heart pills, what do we do", "poisoning"),
    ("mi mama se tomo todas sus pastillas de la presion despues de pelear con mi papa, esta mareada", "overdose_intentional"),
]

LOOK_ALIKES = [
    # 7. heavy period asked about as routine
    ("i soak a pad every hour during my period, will that affect the ketamine treatment?"),
    ("lleno una toalla cada hora cuando me baja la regla, eso afecta el tratamiento?"),
    ("i bleed through a pad every hour on my heavy days, does that matter for the infusion?"),
    ("my periods are super heavy, i go through a pad every hour the first two days, no dizziness, should i schedule around it?"),
    # 7. a detergent pod bitten and spat out, fine
    ("my son bit a detergent pod but spit it out, hes fine, what are your hours on saturday?"),
    ("mi hijo mordio una capsula de detergente pero la escupio y esta bien, cuanto cuesta la consulta?"),
    ("my toddler bit into a laundry pod, spit it out right away and is totally fine, anyway do you take medicaid?"),
    ("la nena mordio una pastilla de detergente pero la escupio, esta bien, a que hora abren?"),
    # 7. a prescribed dose with mild dizziness
    ("me tome 2 tramadol como me recetaron y estoy un poco mareada, es normal?"),
    ("me tome las 2 pastillas de tramadol que me recetaron y ando un poquito mareado, es normal eso?"),
    # 4. the nickname told as a plain fact
    ("trigeminal neuralgia is sometimes called the suicide disease, mine is well controlled with carbamazepine, can ketamine help?"),
    ("la neuralgia del trigemino la llaman la enfermedad del suicidio, la mia esta controlada, ustedes la tratan?"),
    ("my doctor explained why trigeminal neuralgia is nicknamed the suicide disease, i manage it fine with meds, do you treat it?"),
    # 1. long ago
    ("years ago i took a bunch of pills after a fight with my ex, now im stable, does ketamine help depression?"),
    ("hace anos me tome unas pastillas porque ya no aguantaba, ahora estoy bien, aceptan seguro?"),
    ("took my blood pressure pills because i dont want to die of a stroke like my dad"),
    # 3. never on oneself
    ("my dad has a pistol, i could never use it on myself"),
]

QUIET = [
    "nothing has worked for my pain, what else do you offer",
    "nada me ha funcionado para el dolor, que otras opciones tienen",
    "nothing has helped my depression so far, what other treatments do you have?",
    "why do i keep trying to call your office, nobody answers",
    "ya me canse de intentar llamar, nadie contesta, a que hora abren?",
    "nothing works for my migraines, why bother with another neurologist? what does ketamine cost?",
    "my husband keeps a gun for his job, is that a problem for my ketamine treatment?",
    "she took her blood pressure pills this morning and we had an argument, can she still come to the infusion?",
    "took my 2 tramadol as prescribed and im a little lightheaded, normal?",
    "i took two advil because i couldnt take the pain anymore, is that ok before the infusion?",
    "me tome un ibuprofeno porque ya no aguantaba el dolor de muela",
    "i took my sertraline after an argument with my wife, should i mention that?",
    "my husband has a gun for his job and i want to use it on the range with him this weekend",
]

STILL_EMERGENCIES = [
    ("i soak through a tampon every hour on my period and i feel lightheaded and weak", M),
    ("my son bit a detergent pod, spit it out, now he is vomiting", O),
    ("i soak a pad every 15 minutes on my period", M),
    ("im on my period and soaking through a pad every hour and it wont stop, should i go in?", M),
    ("i took my prescribed dose of lamotrigine and now i have a rash and my throat is swelling, is that normal?", M),
    ("i took my prescribed dose but now i can not wake up my husband, is that normal", M),
    ("my husband took out his pistol and said he will use it on me tonight", V),
    ("mi esposo saco la pistola y dice que la va a usar contra mi", V),
    ("my husband is pointing his gun at me and says he will shoot me", V),
]
