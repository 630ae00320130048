"""Phrase families: regular expressions over the normalised message, for crisis
language that token patterns (patterns.py) express badly: long, loosely ordered
phrases, Spanish word order, and families with many interchangeable words.

Each family is one class of what people write (C-SSRS screener categories,
lethal means, preparatory acts, bystander signs...), written from that class's
vocabulary, never from a single failing message. A match goes through the same
checks as a Matcher match (negation, past, idioms, information questions); a
string starting with "!" is a topic, silenced inside an information question.
Text is normalised first (normalize.py): lower case, accents folded,
contractions expanded ("can not", "will not", "i am", "do not").
"""

from __future__ import annotations

from typing import Dict, List

from bot.crisis import categories

# --- shared vocabulary (regular-expression alternations) ----------------------

W = r"(?:(?!(?:not|no|never|nunca|without)\b)[\w']+,? )"  # one word (never a negator) and its space: W{0,3}
SOMEONE = (
    rf"(?:he|she|they|him|her|them|my {W}?(?:son|daughter|kid|child|husband|wife|partner|"
    r"boyfriend|girlfriend|brother|sister|mother|father|mom|dad|roommate|friend|grandma|"
    r"grandpa|grandmother|grandfather|uncle|aunt|cousin|neighbor|coworker|buddy|baby|toddler)|"
    rf"mi {W}?(?:hijo|hija|esposo|esposa|novio|novia|hermano|hermana|mama|papa|amigo|amiga|"
    r"roommate|abuelo|abuela|tio|tia|vecino|vecina|pareja|companero|companera))"
)
FIREARM = r"(?:guns?|pistol|handgun|rifle|shotgun|revolver|glock|firearm|weapon|service weapon|\.?45|9mm|arma|pistola|escopeta)"
LIGATURE = r"(?:rope|noose|belt|cord|extension cord|ligature|soga|cuerda|correa)"
# Where someone stands or waits to die (not "on the train", "by the window").
HEIGHT_AT = (
    r"(?:bridge|roof|rooftop|ledge|cliff|overpass|tracks|train tracks|subway tracks|edge of (?:the )?\w+|"
    r"puente|techo|azotea|vias|rieles|borde de \w+( \w+)?)"
)
BLADE = r"(?:knife|knives|razor|razors|blade|blades|box cutter|cuchillo|navaja|gillette)"
SOON = (
    r"(?:tonight|today|tomorrow|this weekend|this week|sunday|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|after i send this|when (?:everyone|they) (?:is|are) asleep|in the morning|"
    r"esta noche|hoy|manana|este fin de semana|el (?:domingo|lunes|martes|miercoles|jueves|viernes|sabado))"
)
PILLS = (
    r"(?:pills|tablets|capsules|meds|medication|medications|medicine|prescription|bottle|"
    r"pastillas|pildoras|medicamentos|medicinas|frasco|pomo|bote|"
    r"tylenol|acetaminophen|acetaminofen|advil|ibuprofen|aspirin|xanax|klonopin|ativan|valium|"
    r"ambien|benadryl|nyquil|sertraline|zoloft|lexapro|prozac|wellbutrin|trazodone|amitriptyline|"
    r"lithium|seroquel|gabapentin|lyrica|oxy\w*|percocet|percs|vicodin|norco|hydros?|methadone|"
    r"morphine|suboxone|fioricet|adderall|insulin|sleeping pills|blood pressure pills|heart pills)"
)
MANY = (
    r"(?:all|whole|entire|every|everything|bunch|handful|fistful|\d{2,}|twenty|thirty|forty|fifty|"
    r"sixty|hundred|todo|toda|todas|todos|entero|entera|un monton|muchas|demasiadas|como \d+)"
)
# Medicine taken as it should be ("all my morning pills like you said").
AS_TOLD = r"(?:,? (?:\w+ ){0,4}(?:as|like) (?:you said|prescribed|directed|instructed|usual|always|the doctor said))"
TOOK = (
    r"(?:took|taken|take|swallowed|downed|popped|ate|chewed|drank|overdosed on|tomo|tome|tomado|"
    r"se tomo|me tome|se comio|me comi|comio|trago|se trago|me trague)"
)

# --- self-harm: an emergency (method, intent, plan, preparation, acts) --------

SELF_HARM: List[str] = [
    # means at hand or obtained (C-SSRS: method; preparatory behaviour)
    rf"(?:have|got|bought|holding|hold|grabbed|loaded|cleaning|cleaned|with|in) (?:my |his |her |a |the |dads |dad's )?{W}?{FIREARM}\b(?! (?:range|safety|license|permit|show|class))",
    rf"{FIREARM} (?:in my (?:lap|hand|mouth|room)|at my head|to my head|next to me|beside me|loaded|ready|al lado|en la mano)",
    rf"(?:tengo|tiene) (?:mi |su |una |el |la )?{FIREARM}",
    rf"(?:the |a |my )?{LIGATURE} (?:is )?(?:ready|already|tied|up|lista|listo|amarrada)",
    rf"(?:have|got|bought|tied|tie|tying|took) (?:the |a |my )?{W}?{LIGATURE}\b(?! (?:for|to hold))",
    rf"(?:tengo|tiene) (?:la |una )?{LIGATURE}",
    rf"(?:on|at|by|near|under|over) (?:the )?{HEIGHT_AT}\b(?! (?:station|stop|view|near your|from your))",
    rf"(?:estoy|esta|estan|parad[oa]|sentad[oa]|subid[oa]) (?:en|al|arriba de) (?:el |la )?{HEIGHT_AT}",
    rf"(?:jump|jumping|throw myself|tirar(?:me|se)?|lanzar(?:me|se)?|tirarse) {W}{{0,3}}(?:off|from|in front of|into|de|del|al|desde|por)\b",
    rf"(?:se|me) va a tirar|se quiere tirar|me voy a tirar",
    rf"(?:walk|drive|driving|go|going|heading) (?:into|to|off) (?:the )?(?:river|bridge|traffic|ocean|tracks|lake|gw bridge|george washington)",
    rf"(?:car|engine|carro) (?:is )?(?:running|on|prendido|encendido) {W}{{0,3}}(?:garage|garaje)",
    rf"(?:staring at|looking at|holding|grabbed|have) (?:the |a |my )?{BLADE}(?: block)?\b(?! (?:to cook|for cooking))",
    # pills saved up or counted (preparatory behaviour)
    rf"(?:saving|saved|stockpiling|stockpiled|stashing|stashed|hoarding|hoarded|counting|counted|collecting|collected|set aside|setting aside|guardadas|guardando|contando|conto|contó) {W}{{0,4}}{PILLS}",
    rf"{PILLS} {W}{{0,3}}(?:saved|saved up|set aside|ready|guardadas|listas)",
    rf"(?:enough|suficientes) {W}{{0,3}}(?:to|para) (?:die|do it|end it|not wake up|morir|no despertar)",
    rf"(?:have|got|tengo) (?:the |my )?pills (?:and|ready|now)",
    # a plan, a time, a decision (intent, plan)
    rf"(?:tonight|today|this weekend|tomorrow|sunday|saturday) (?:is|will be) (?:it|the (?:night|day)|when i do it)",
    rf"(?:i am|im) (?:doing|going to do) it {SOON}",
    rf"(?:doing it|do it|hacerlo|lo hago|me voy) {SOON}",
    rf"{SOON} (?:lo hago|me voy|me mato|es la noche|es el dia)",
    rf"(?:picked|chose|chosen|set|have|got|tengo|escogi|escogido|elegi) (?:the |a |ya |la |el )?(?:date|day|place|spot|time|fecha|sitio|lugar|dia)",
    rf"(?:picked|chose|chosen|set) {SOON}",
    rf"(?:ya )?(?:tengo )?todo (?:planeado|listo|decidido)",
    rf"(?:i have|i|ive|already|have|has|she has|he has) (?:decided|made (?:up )?my (?:mind|decision)|made the decision)\b(?! (?:to (?:try|start|book|come|get|go ahead|do the|schedule)))",
    rf"(?:ya )?(?:lo )?(?:decidi|he decidido|tome la decision)\b",
    rf"(?:my )?last (?:night|day|week|message|text|time (?:you will|anyone will))\b(?! (?:i (?:took|had|used)|of (?:treatment|the)))",
    rf"(?:mi )?(?:ultima|ultimo) (?:noche|dia|semana|mensaje)",
    rf"(?:will not|do not think i will|dont think ill|not going to) make it (?:past|through|to) {SOON}",
    rf"(?:not|never) (?:going to be|be) (?:coming back|around|here) (?:for|after|much longer)",
    rf"(?:will not|wont|not) (?:need|be needing) (?:it|them|the appointment|the appt|my appointment)",
    # preparatory acts: notes, wills, goodbyes, giving away, affairs in order
    rf"(?:wrote|written|writing|left|leave|finished|escribi|escribio|dejo|dejó) {W}{{0,2}}(?:a |the |my |his |her |una |la |su )?(?:note|notes|letter|letters|goodbye|carta|cartas|nota)\b",
    rf"(?:the |a |her |his )?(?:note|letter|carta|nota) (?:is |was |on |left )",
    rf"(?:put|putting|got|getting|have) (?:my |his |her )?affairs in order|(?:updated|changed|made|wrote) (?:my |his |her )?will\b|arregle todo|arreglo todo",
    rf"(?:gave|give|giving|given|regalo|regale|regalando|dio|le dio) {W}{{0,2}}(?:away )?(?:my |his |her |all |su |sus |mi |mis )?{W}?(?:stuff|things|belongings|possessions|dog|cat|pets?|jewelry|watch|ring|cosas|perro|gato|reloj|anillo|joyas)\b(?! (?:food|a bath|treats|medicine|medication))",
    rf"(?:said|saying|say|texted|sent|called|calling) (?:me |us |everyone )?(?:goodbye|bye|see y(?:a|all|ou all)|his goodbyes|her goodbyes)",
    rf"(?:diciendo|dijo|me dijo|mando|mandó) {W}{{0,2}}(?:adios|despedida|que se despedia)",
    rf"(?:sorry|perdon|perdonenme|forgive me)\W+{W}?(?:i love you|te quiero|los quiero)",
    rf"(?:life insurance|seguro de vida) {W}{{0,6}}(?:pays|pay out|covers|cover|better off|paga)",
    rf"(?:calm|peaceful|at peace|tranquil[oa]) {W}{{0,4}}(?:now|finally|for the first time|after deciding|decided|por primera vez)",
    rf"(?:calm|peaceful|at peace|tranquil[oa]) {W}{{0,3}}(?:decided|decidi|decidio)|(?:decided|decidi|decidio) {W}{{0,3}}(?:calm|peace|tranquil[oa])",
    rf"stopped taking (?:my |his |her )?{W}?(?:pills|meds|medication|medicine|insulin) {W}{{0,2}}(?:on purpose|so (?:i|he|she) can (?:go|die))",
    # self-harm told as an act
    rf"(?:burned|burnt|burning|burn) (?:my|his|her|myself|himself|herself) ?{W}?(?:with|w) (?:a |the )?(?:lighter|cigarette|iron)",
    rf"(?:scratched|scratching|scratch|picked|picking|carved|carving|carve|cutting|cut|hitting|hit|punched|punching|banging|bang|slamming) {W}{{0,4}}(?:til|till|until|to the point) (?:it |they |i )?(?:bled|bleed|bleeding|broke|bruised)",
    rf"(?:carved|carving|carve) {W}{{0,3}}(?:into|in) (?:my|his|her)",
    rf"(?:cutting|cut) {W}{{0,8}}(?:too deep|too far|a lot of blood|so much blood|pretty deep|deep)",
    rf"(?:want|going|wants) to do (?:worse|something worse) to (?:myself|himself|herself)",
    rf"(?:using|use) the (?:razor|blade|knife) (?:instead|next|now|on myself)",
    rf"me (?:queme|corte|cortaba|estoy cortando|doy golpes|pego)|se (?:esta cortando|corta|quemo|quema)\b",
    # a third person at risk
    rf"{SOMEONE} {W}{{0,3}}(?:going to|gonna|about to|wants to|trying to|threatening to|plans to|says (?:he|she|they) will|va a|quiere) (?:end it|end (?:his|her|their) life|kill (?:himself|herself|themselves)|jump|hang|shoot (?:himself|herself)|matarse|suicidarse|tirarse|quitarse la vida|end everything)",
    rf"(?:i|we) (?:am|are|m) (?:about to|going to) be (?:one|another statistic)",
    rf"22 a day",
    rf"(?:saying|said|says|posted|wrote|texted|sent) {W}{{0,6}}(?:see yall|see ya|see you all|bye forever|goodbye forever)",
    rf"(?:and|to|going to|want to|planning to) end (?:this|it)\b(?! (?:treatment|appointment|pain|subscription|relationship|conversation|chat))",
    rf"how (?:tall|high|far) (?:does|do|is|would) (?:a |the )?(?:building|bridge|roof|fall|drop)",
    rf"(?:going to|about to|want to|plan to|planning to|will|ready to) jump {SOON}",
]

# --- possible risk: ask directly (hopelessness, burden, passive wishes) -------

POSSIBLE_RISK: List[str] = [
    # a burden; better off without me
    r"(?:a|such a|being a|feel like a|just a) burden",
    r"(?:una|ser una|soy una) carga",
    r"(?:better|fine|happier|easier) (?:off )?without (?:me|him|her)",
    rf"(?:world|everyone|everybody|they|family|kids|children|wife|husband|baby) {W}{{0,2}}(?:be|is|are) {W}?(?:better|fine|happier) (?:off )?(?:without|with(?:out)? a different)",
    r"(?:mejor|mejores) sin (?:mi|el|ella)",
    r"(?:estariamos|estarian|estaria[n]?) mejor sin",
    # hopelessness
    r"no way out|no (?:hay )?salida|(?:what|whats|what is) the point|no point (?:anymore|in (?:anything|living|trying|going on))",
    r"(?:nothing|it) (?:will|is) (?:ever )?(?:going to )?(?:get|getting) better",
    r"(?:hopeless|no hope|last hope|lost (?:all )?hope|sin esperanza|no hay esperanza|mi ultima esperanza)",
    r"(?:no le veo|no veo) (?:el )?sentido|(?:pa|para) que seguir|ya no puedo mas",
    r"(?:do not|dont|will not) know what (?:i will|ill|i would|i am going to) do if (?:this|it) (?:does not|doesnt|fails|will not)",
    # done, tired, giving up
    r"(?:done|finished) with (?:everything|it all|all of (?:it|this)|this life|life|living|fighting)",
    r"(?:tired|sick) of (?:fighting|everything|it all|trying|being here)",
    r"(?:ready|want|going) to give up|giving up on (?:everything|life|myself)",
    r"(?:cansad[oa]|hart[oa]) de (?:todo|luchar|vivir)",
    # passive wishes (C-SSRS: wish to be dead)
    rf"(?:wish|hope|hoping|pray|praying) {W}{{0,3}}(?:would not|will not|do not|did not|didnt|wouldnt|never) wake up",
    r"(?:disappointed|sad|upset|angry) (?:that )?i (?:am|woke up|wake up) (?:still )?(?:here|alive|up)",
    r"(?:do not|dont|not) (?:really )?care (?:if|whether) i (?:live|die|wake)|(?:do not|dont) care what happens to me",
    r"no (?:me|le) importa (?:si|lo que) (?:vivo|vive|muero|muere|me pase|le pase)",
    r"(?:not|never) meant to be (?:here|alive)|(?:lived|have lived) long enough|ready to go\b|god (?:should|would|could|can) (?:just )?take me",
    rf"(?:wish|wishes|want|wants) {W}{{0,2}}(?:could |to )?(?:just )?disappear",
    r"(?:quisiera|quiero|quiere) (?:no despertar|desaparecer)|irse con dios|lista para irse|listo para irse",
    r"nadie (?:se daria cuenta|me extranaria|notaria) si (?:yo )?no",
    rf"(?:do not|dont|can not) see (?:the|any) point (?:of|in) (?:being (?:around|here|alive)|living|going on|anything)",
    rf"(?:better|happier|easier|fine|better off) (?:off )?if i (?:was|were) (?:not around|not here|gone|dead|never born)",
    r"nothing matters (?:anymore|to me)|stopped caring about (?:anything|everything)",
    rf"(?:easier|better) if (?:a|the) (?:truck|car|bus|train) {W}{{0,2}}(?:hit|hits|killed)",
    # thoughts of suicide mentioned in passing (with "i" or "my")
    rf"(?:i|i have|i get|i keep|i am|i been|i have been|my) {W}{{0,2}}(?:suicidal thoughts|thoughts of (?:suicide|dying|death|ending it|killing myself|not being here|not wanting to be here|hurting myself))",
    rf"(?:tengo|tenia|me dan|me vienen) {W}?pensamientos (?:de muerte|de suicidio|suicidas|de no querer vivir)",
    r"think(?:ing)? about (?:just )?(?:ending it|not being here|dying)",
    r"(?:not wanting|do not want|dont want) to be (?:here|alive) (?:anymore|lately)",
]

# --- overdose: what has been taken, and bystander signs ----------------------

OVERDOSE: List[str] = [
    rf"{TOOK} {W}{{0,4}}{MANY} {W}{{0,3}}{PILLS}\b(?!{AS_TOLD})",
    rf"{TOOK} {W}{{0,2}}(?:my|his|her|their|mis|sus) {W}?(?:whole|entire|month|week|monthly|weekly)",
    rf"{TOOK} {W}{{0,2}}(?:the )?{PILLS} {W}{{0,2}}(?:i had been|i have been|i been|ive been|he had been|she had been) (?:saving|stockpiling|keeping)",
    rf"(?:i|me|se|{SOMEONE}) {W}{{0,2}}{TOOK} {W}{{0,3}}(?:extra|double|too much|more than|twice|three times|two doses|de mas|doble)\b(?! (?:time|money|effort|care))",
    rf"(?:pill bottles?|bottles?|frasco|pomo) {W}{{0,2}}(?:are |is |esta |estan )?(?:empty|vacio|vacios|vacia)",
    rf"(?:did|doing|took|snorted|used|smoked) (?:a lot|too much|way too much|a ton|a bunch) of (?:k|ket|ketamine|coke|molly|dope)",
    rf"(?:pressed|fake|laced|cut with|contaminated|tainted) {W}{{0,3}}(?:fent\w*|pills?|percs?|xanax|bars|m30s?|30s?|coke|weed|molly)",
    rf"(?:ate|swallowed|got into|chewed|drank|se comio|se tomo|se trago) {W}{{0,4}}(?:edibles|gummies|pill organizer|strips|patch|patches|jarabe|syrup|children'?s tylenol)",
    # a child and a medicine within reach (poisoning or overdose either way)
    rf"(?:\d+ ?(?:year|yr|month|mo)s? old|\d+ ?yo|toddler|baby|kid|kids|nene|nena|nino|nina|bebe|son|daughter|hijo|hija) {W}{{0,6}}(?:ate|swallowed|chewed|got into|found|drank|se comio|se tomo|se trago|comio) {W}{{0,4}}{PILLS}",
    rf"{TOOK} {W}{{0,2}}(?:the )?{PILLS} (?:i|he|she)(?: had| would)? been (?:saving|stockpiling|keeping|hiding)",
    r"(?:overdid|overdone) it",
]

UNRESPONSIVE: List[str] = [
    r"(?:will not|won't|not|can not|cannot|no) (?:wake up|wake|answer me|respond|open (?:his|her|their) eyes)",
    r"(?:can not|could not|cannot) keep (?:him|her|them|my eyes|(?:his|her) eyes) (?:awake|open)",
    r"keeps? (?:drifting off|falling asleep|nodding off|passing out)",
    r"(?:chest|breathing) (?:is )?(?:barely|hardly) (?:moving|there)",
    r"breathing (?:maybe |like |only )?\d+ times? (?:a|per) minute",
    r"(?:forgetting|forget) to breathe",
    r"(?:slumped|slumping|collapsed|limp|floppy) (?:over|against|on)",
    r"no (?:se )?(?:despierta|responde|reacciona|contesta|mueve)|no (?:lo|la|le) (?:puedo|podemos) despertar",
    r"(?:sigue|esta) sin (?:despertar|responder|reaccionar)",
    r"(?:no abre|no puede abrir) los ojos|(?:bien|muy) dormid[oa]|casi no (?:puede|puedo) mantener los ojos",
    r"tirad[oa] (?:en|por) (?:el|la) (?:piso|suelo|bano|escalera|calle|sofa|cama)",
]
BREATHING: List[str] = [
    r"respira (?:muy )?(?:despacito|despacio|lento|raro|poquito|bajito|mal)",
    r"(?:ronca|roncando|roncara|gargaras|gorgoteo)",
    r"(?:hard|difficult|trouble) (?:to )?breathe|(?:can not|cannot) take a (?:deep )?breath",
    r"(?:whistling|wheezing) (?:sound|noise)?|ribs (?:are )?(?:sucking|pulling) in",
]
CYANOSIS: List[str] = [
    rf"(?:boca|labios|cara|unas|dedos) {W}?(?:morad[oa]s?|azul(?:es)?|gris(?:es)?)",
    r"(?:esta|se puso|se esta poniendo|se ve) (?:como )?(?:azul|morad[oa]|gris)",
    r"(?:face|lips|skin) (?:is |are |looks |look )?(?:a )?(?:weird |strange |kind of |kinda )?(?:purple|blue|gray|grey)(?: color)?",
]

# --- medical emergencies -----------------------------------------------------

MEDICAL: List[str] = [
    # anaphylaxis
    rf"(?:throat|tongue|lips|lengua|garganta|labios) {W}{{0,3}}(?:swell\w*|swollen|tight\w*|clos\w*|weird|hinch\w*|cerrando|cierra)",
    r"(?:swelling|swollen|hinchazon) (?:in|of|en) (?:my |his |her |la )?(?:throat|tongue|lips|garganta|lengua|labios)",
    rf"se (?:me |le )?(?:hincho|esta hinchando|esta cerrando|cerro) {W}{{0,2}}(?:la garganta|la lengua|los labios|el ojo|la cara)",
    r"(?:no (?:encuentro|tengo|tenemos) (?:la )?epipen|(?:do not|dont) have an? epipen|can not find (?:the |my |her |his )?epipen)",
    # chest pain, heart
    rf"!(?:pain|pressure|tightness|heaviness|squeezing|stabbing|crushing|ripping|tearing) {W}{{0,5}}(?:chest|heart|pecho|shoulder blades)",
    rf"!(?:chest|pecho) {W}{{0,3}}(?:pain|pressure|tight|hurts|heavy|stabbing|dolor|aprieta)",
    rf"(?:heart|corazon) {W}{{0,3}}(?:going to explode|va a explotar|racing and|pounding and|me late rapidisimo)",
    rf"(?:cold sweat|sudad[oa]|sweating) {W}{{0,4}}(?:chest|pale|palid[oa])|palid[oa] y sudad[oa]",
    r"(?:calf|leg) (?:is )?(?:swollen|hot)|after a long flight",
    # stroke
    rf"(?:face|mouth|cara|boca) {W}{{0,3}}(?:looks off|drooping|droops|is down|is crooked|caida|torcida|dormida|se le cayo)|half (?:of )?(?:his|her|my) face",
    r"(?:can not|cannot|could not) (?:grip|hold (?:the|a) (?:cup|fork|glass|phone)|lift (?:his|her|my) arm|walk straight|talk right|find (?:his|her|my) words)",
    rf"(?:dropped|drops) {W}{{0,2}}(?:fork|cup|glass|phone)|se me durmio (?:la mitad|el brazo|la cara)|mitad de la cara",
    rf"(?:sudden|suddenly|de repente) {W}{{0,3}}(?:vision loss|blind|numb|weak|confused|can not speak)",
    r"(?:worst|peor) (?:headache|dolor de cabeza)|dolor de cabeza (?:horrible|que no se quita|muy fuerte)|(?:splitting|pounding|thunderclap) headache",
    r"(?:neck|cuello) (?:is |esta )?(?:stiff|tieso|rigido)",
    r"(?:vision|veo|seeing) (?:is )?(?:blurry|borroso|spots|lucecitas)",
    # seizures
    rf"(?:jerking|shaking|twitching|convulsing|temblando|convulsionando) {W}{{0,3}}(?:on the (?:floor|ground|bed)|en el (?:piso|suelo)|foaming|espuma)",
    rf"(?:on the (?:ground|floor)|en el (?:piso|suelo)) {W}{{0,2}}(?:shaking|jerking|twitching|temblando|convulsionando)",
    r"(?:foaming|espuma) (?:at|en|por) (?:the |la )?(?:mouth|boca)|eyes rolled back|went stiff (?:and|&) (?:shook|started shaking)",
    r"(?:slumped over|fell over) and (?:is )?(?:twitching|shaking|jerking)",
    # head injury red flags
    rf"(?:hit|bumped|banged|smacked|pego|golpeo) {W}{{0,3}}(?:head|cabeza) {W}{{0,8}}(?:threw up|throwing up|vomit\w*|puked|sleepy|confused|out for|knocked out|dormid[oa]|confundid[oa]|not crying|staring)",
    rf"(?:fell|se cayo|rolled off) {W}{{0,10}}(?:threw up|throwing up|vomit\w*|sleepy|confused|confundid[oa]|dormid[oa]|not crying|soft swelling|chichon)",
    r"(?:knocked out|was out for|lost consciousness|perdio el conocimiento)",
    rf"(?:blood thinners|anticoagulantes) {W}{{0,6}}(?:confused|confundid[oa]|sleepy|sueno|fell|hit)",
    r"keeps asking the same (?:questions|thing)|does not know what day it is",
    # blood pressure crisis, fainting, children
    rf"(?:bp|blood pressure|presion) {W}{{0,3}}(?:1[89]\d|2\d\d)(?: over \d+)?",
    rf"(?:presion|bp|blood pressure) {W}{{0,3}}\d+ over 1[1-9]\d",
    rf"(?:just )?(?:fainted|se desmayo) {W}{{0,4}}(?:at work|pain|dolor|pregnant|embarazada|chest|pecho)",
    r"(?:fever|fiebre) (?:of )?(?:10[4-9]|4[01])|purple rash|rash that (?:does not|doesnt) fade",
    r"(?:locked|left|trapped) in (?:a|the) hot car",
    r"breathing (?:really |very )?fast and|whistling sound",
    r"(?:cold|white|blue) and (?:white|numb|cold)",
    r"(?:a lot of|so much|lots of) blood|blood everywhere",
    r"nosebleed that (?:will not|wont) stop|me sangra la nariz",
    rf"(?:pregnant|embarazada) {W}{{0,4}}(?:fainted|bleeding|pain in my belly|dolor)",
    r"(?:went|go|goes|going) stiff",
]

# --- messages about studying or writing: signs become topics -----------------

STUDY_MARKERS: List[str] = [
    r"(?:studying|study|studies) (?:for|about|on)", r"(?:emt|nursing|medical|pharmacy|pa) (?:school|exam|class|student)",
    r"(?:health|psych|psychology|pharmacology|first aid|cpr|biology) (?:class|course|exam)",
    r"(?:writing|write|doing) (?:a |my )?(?:paper|essay|report|project|thesis|story|novel|article)",
    r"(?:for|in) (?:a |my )?(?:class|course|training|exam|homework|assignment)", r"for school",
    r"(?:i am|i'm) (?:a |an )?(?:nurse|emt|paramedic|doctor|student|therapist|counselor|pharmacist)",
    r"(?:estudiando|estudio) para", r"para (?:una|mi) clase",
]

CATEGORY_PHRASES: Dict[str, List[str]] = {
    categories.SELF_HARM.key: SELF_HARM,
    categories.POSSIBLE_RISK.key: POSSIBLE_RISK,
    categories.OVERDOSE.key: OVERDOSE,
    categories.MEDICAL.key: MEDICAL,
}
