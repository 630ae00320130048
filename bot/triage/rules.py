"""Triage rules: the visitor's answers in, a likely pathway, flags and urgency out.

Pure and table-driven (no I/O, no Rasa): `required_questions` says which questions
to ask for a condition, `assess` applies the rule tables below. Nothing here
diagnoses or decides eligibility: the result names what the clinic would likely
discuss and what a physician must review. Sources for the clinical basis of each
rule are in docs/clinical-content.md ("Triage rules").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Callable, Dict, List, Optional, Tuple

from bot.clinic.language import EN, ES, pick

# --- Conditions ---------------------------------------------------------------

CHRONIC_PAIN = "chronic_pain"
DEPRESSION = "depression"
PTSD = "ptsd"
POSTPARTUM = "postpartum_depression"
MCAS = "mcas"
OPIOID = "opioid_dependence"
OTHER = "other"

CONDITION_LABELS: Dict[str, str] = {
    CHRONIC_PAIN: "chronic nerve pain (such as CRPS, fibromyalgia or trigeminal neuralgia)",
    DEPRESSION: "depression",
    PTSD: "PTSD",
    POSTPARTUM: "postpartum depression",
    MCAS: "mast cell activation syndrome (MCAS)",
    OPIOID: "opioid dependence",
    OTHER: "something else",
}
# The same, as a Spanish-speaking visitor reads them (CONDITION_LABELS stays the
# staff's and the English visitor's wording).
CONDITION_LABELS_ES: Dict[str, str] = {
    CHRONIC_PAIN: "dolor crónico de los nervios (como CRPS, fibromialgia o neuralgia del trigémino)",
    DEPRESSION: "depresión",
    PTSD: "trastorno de estrés postraumático (PTSD)",
    POSTPARTUM: "depresión posparto",
    MCAS: "síndrome de activación de mastocitos (MCAS)",
    OPIOID: "dependencia de los opioides",
    OTHER: "otra cosa",
}


def condition_label(condition: str, language: str = EN) -> str:
    """A condition as the visitor reads it, in the conversation's language."""
    labels = pick({EN: CONDITION_LABELS, ES: CONDITION_LABELS_ES}, language)
    return labels.get(condition, condition)

# Canonical entity values (bot/nlp/vocabulary.yml) -> triage condition.
ENTITY_TO_CONDITION: Dict[str, str] = {
    "CRPS": CHRONIC_PAIN,
    "fibromyalgia": CHRONIC_PAIN,
    "trigeminal neuralgia": CHRONIC_PAIN,
    "neuropathic pain": CHRONIC_PAIN,
    "depression": DEPRESSION,
    "treatment-resistant depression": DEPRESSION,
    "PTSD": PTSD,
    "postpartum depression": POSTPARTUM,
    "MCAS": MCAS,
    "opioid dependence": OPIOID,
}

# --- Questions ----------------------------------------------------------------
# Slot names double as question ids; the form asks them in this order.

COMMON_FIRST = ("triage_condition", "symptom_duration")
# PHQ-9 item 9 (thoughts of being better off dead or of self-harm in the last two
# weeks), asked in depression, postpartum depression and PTSD triage. Any answer
# but "not at all" ends the questions and asks directly about suicide
# (docs/clinical-content.md, [PHQ-9]).
RISK_SCREEN = "self_harm_thoughts"
BY_CONDITION: Dict[str, Tuple[str, ...]] = {
    CHRONIC_PAIN: ("prior_iv_ketamine",),
    DEPRESSION: ("antidepressants_tried", RISK_SCREEN),
    PTSD: ("prior_sgb", RISK_SCREEN),
    POSTPARTUM: ("antidepressants_tried", RISK_SCREEN),
    MCAS: (),
    OPIOID: (),
    OTHER: (),
}
COMMON_LAST = ("current_opioid_use", "pregnancy_status")
# Spravato label contraindications and REMS practicalities, plus what the
# prescriber must weigh (blood pressure, psychosis, substance use).
SPRAVATO_QUESTIONS = (
    "spravato_contraindications",
    "high_blood_pressure",
    "psychosis_history",
    "substance_use",
    "can_stay_and_ride",
)
def considers_spravato(condition: Optional[str], interested_in_spravato: bool) -> bool:
    """Spravato is the FDA-approved option for depression; ask its questions then,
    or whenever the visitor asked about Spravato."""
    return condition == DEPRESSION or interested_in_spravato


# Answer values (the slots are text; bot.triage.parsing produces these).
# "unsure" is also what an answer we could not read twice is noted as; "declined"
# is "I'd rather not say", which is never read as a finding.
UNSURE = "unsure"
DECLINED = "declined"
YES_NO_ANSWERS = ("yes", "no", UNSURE, DECLINED)
PREGNANCY_STATUSES = ("pregnant", "breastfeeding", "recent_birth", UNSURE, DECLINED, "none")

# Answers to the risk screen, in the PHQ-9's own scale (plus "unsure" for an
# answer we could not read twice, and "declined": asking directly is safe, so
# both count).
RISK_SCREEN_ANSWERS = ("not_at_all", "several_days", "more_than_half", "nearly_every_day",
                       "yes", UNSURE, DECLINED)
RISK_SCREEN_LABELS = {
    "not_at_all": "not at all",
    "several_days": "on several days",
    "more_than_half": "on more than half the days",
    "nearly_every_day": "nearly every day",
    "yes": "yes (how often not said)",
    UNSURE: "answer unclear",
    DECLINED: "preferred not to answer",
}


def screens_positive(answer: Optional[str]) -> bool:
    """True when the PHQ-9 item-9 answer is anything but "not at all"."""
    return answer is not None and answer != "not_at_all"


def required_questions(condition: Optional[str], interested_in_spravato: bool = False,
                       risk_screen: Optional[str] = None) -> List[str]:
    """The questions to ask, in order. After a positive risk screen nothing more
    is asked: the conversation turns to the visitor's safety."""
    if condition not in CONDITION_LABELS:
        return list(COMMON_FIRST)
    questions = list(COMMON_FIRST) + list(BY_CONDITION[condition]) + list(COMMON_LAST)
    if considers_spravato(condition, interested_in_spravato):
        questions += list(SPRAVATO_QUESTIONS)
    if RISK_SCREEN in questions and screens_positive(risk_screen):
        return questions[: questions.index(RISK_SCREEN) + 1]
    return questions


def all_questions() -> List[str]:
    """Every question any condition may ask, in asking order (the form's slots)."""
    ordered: List[str] = []
    for condition in CONDITION_LABELS:
        for question in required_questions(condition, interested_in_spravato=True):
            if question not in ordered:
                ordered.append(question)
    return ordered


# --- Answers and result -----------------------------------------------------


class Urgency(IntEnum):
    ROUTINE = 0
    SOON = 1
    URGENT = 2

    @property
    def label(self) -> str:
        return {0: "routine", 1: "soon", 2: "urgent callback"}[int(self)]


# Labels as stored with a lead, most urgent first.
URGENCY_LABELS = tuple(u.label for u in sorted(Urgency, reverse=True))


@dataclass(frozen=True)
class Answers:
    """Normalised answers (see bot.triage.parsing). None means not asked/unknown;
    yes/no questions hold one of YES_NO_ANSWERS."""

    condition: str
    symptom_duration: Optional[str] = None  # under_6_months | 6_to_12_months | over_1_year
    prior_iv_ketamine: Optional[str] = None  # yes | no | unsure
    antidepressants_tried: Optional[int] = None  # 0, 1, 2, 3 (3 = three or more)
    prior_sgb: Optional[str] = None
    current_opioid_use: Optional[str] = None
    pregnancy_status: Optional[str] = None  # PREGNANCY_STATUSES
    self_harm_thoughts: Optional[str] = None  # RISK_SCREEN_ANSWERS
    spravato_contraindications: Optional[str] = None
    high_blood_pressure: Optional[str] = None
    psychosis_history: Optional[str] = None
    substance_use: Optional[str] = None
    can_stay_and_ride: Optional[str] = None
    interested_in_spravato: bool = False


@dataclass(frozen=True)
class Result:
    pathway: str
    flags: List[str] = field(default_factory=list)
    urgency: Urgency = Urgency.ROUTINE
    notes: List[str] = field(default_factory=list)


@dataclass(frozen=True)
class FlagRule:
    """When `applies`, add `flag` for physician review and raise urgency to `urgency`.
    `question` is the answer the rule reads: the visitor's summary repeats that
    answer in plain words (VISITOR_SAID), never the staff wording of `flag`."""

    name: str
    question: str
    applies: Callable[[Answers], bool]
    flag: str
    urgency: Urgency = Urgency.ROUTINE


_NOT_A_CLEAR_NO = ("yes", UNSURE, DECLINED)


def _trd_signal(a: Answers) -> bool:
    # Spravato's TRD indication: depression that has not responded to at least
    # two antidepressants (prescribing information, clinical studies).
    return a.antidepressants_tried is not None and a.antidepressants_tried >= 2


FLAG_RULES: Tuple[FlagRule, ...] = (
    FlagRule("risk_screen_positive", RISK_SCREEN,
             lambda a: screens_positive(a.self_harm_thoughts),
             "Thoughts of being better off dead or of self-harm in the last two weeks "
             "(PHQ-9 item 9)", Urgency.URGENT),
    FlagRule("spravato_contraindication", "spravato_contraindications",
             lambda a: a.spravato_contraindications == "yes",
             "Reports an aneurysm or AVM, bleeding in the brain, or an allergy to "
             "ketamine/esketamine (Spravato label contraindications)", Urgency.SOON),
    FlagRule("spravato_contraindication_unsure", "spravato_contraindications",
             lambda a: a.spravato_contraindications in (UNSURE, DECLINED),
             "Unsure about aneurysm/AVM, brain bleed or ketamine allergy history"),
    FlagRule("blood_pressure", "high_blood_pressure",
             lambda a: a.high_blood_pressure in _NOT_A_CLEAR_NO,
             "High blood pressure that may not be controlled (Spravato raises blood pressure)"),
    FlagRule("psychosis", "psychosis_history",
             lambda a: a.psychosis_history in _NOT_A_CLEAR_NO,
             "History of psychosis reported or uncertain"),
    FlagRule("substance_use", "substance_use",
             lambda a: a.substance_use in _NOT_A_CLEAR_NO,
             "Substance use reported (abuse and misuse warning)"),
    FlagRule("pregnant", "pregnancy_status",
             lambda a: a.pregnancy_status == "pregnant",
             "Pregnant (Spravato is not recommended in pregnancy)", Urgency.SOON),
    FlagRule("breastfeeding", "pregnancy_status",
             lambda a: a.pregnancy_status == "breastfeeding",
             "Breastfeeding (Spravato is not recommended while breastfeeding)", Urgency.SOON),
    FlagRule("pregnancy_unknown", "pregnancy_status",
             lambda a: a.pregnancy_status in (UNSURE, DECLINED),
             "Pregnancy/breastfeeding status not known (Spravato is not recommended "
             "in pregnancy or while breastfeeding)"),
    FlagRule("recent_birth", "pregnancy_status",
             lambda a: a.pregnancy_status == "recent_birth",
             "Gave birth within the last year"),
    FlagRule("current_opioids", "current_opioid_use",
             lambda a: a.current_opioid_use == "yes",
             "Currently taking opioids"),
    FlagRule("active_opioid_dependence", "current_opioid_use",
             lambda a: a.condition == OPIOID and a.current_opioid_use == "yes",
             "Opioid dependence with current opioid use: urgent callback, "
             "make sure naloxone (Narcan) is at hand", Urgency.URGENT),
    FlagRule("cannot_stay_or_ride", "can_stay_and_ride",
             lambda a: a.can_stay_and_ride == "no",
             "Cannot stay at least 2 hours or has no ride home (needed for Spravato)"),
)

@dataclass(frozen=True)
class Pathway:
    """What the clinic would likely discuss: in staff words, and in plain words
    for the visitor's summary (the same treatment, no other claim)."""

    staff: str
    visitor: str
    visitor_es: str

    def for_visitor(self, language: str = EN) -> str:
        return pick({EN: self.visitor, ES: self.visitor_es}, language)


PATHWAYS: Dict[str, Pathway] = {
    CHRONIC_PAIN: Pathway(
        "IV ketamine infusions, with ketamine nasal spray for breakthrough pain between infusions",
        "ketamine through an IV, plus a ketamine nasal spray for pain that flares up "
        "between visits",
        "ketamina por vía intravenosa (IV), más un spray nasal de ketamina para el dolor "
        "que aumenta entre visitas"),
    PTSD: Pathway(
        "a stellate ganglion block (SGB), with ketamine nasal spray for symptoms that "
        "linger afterwards",
        "a stellate ganglion block (SGB), then a ketamine nasal spray if some symptoms stay",
        "un bloqueo del ganglio estelar (SGB), y después un spray nasal de ketamina si "
        "quedan algunos síntomas"),
    POSTPARTUM: Pathway(
        "IV ketamine infusions to start, then ketamine nasal spray for maintenance",
        "ketamine through an IV at first, then a ketamine nasal spray to help you stay well",
        "ketamina por vía intravenosa (IV) al principio, y después un spray nasal de "
        "ketamina para ayudarle a seguir bien"),
    MCAS: Pathway(
        "ketamine alongside antihistamines and your other MCAS treatments",
        "ketamine, used with antihistamines and your other MCAS care",
        "ketamina, junto con antihistamínicos y sus otros tratamientos para el MCAS"),
    OPIOID: Pathway(
        "ketamine for pain relief and to ease dependence symptoms, together with "
        "a plan for your opioid use",
        "ketamine to help with pain and with symptoms of opioid dependence, plus a plan "
        "for your opioid use",
        "ketamina para ayudar con el dolor y con los síntomas de la dependencia de los "
        "opioides, más un plan para su uso de opioides"),
    OTHER: Pathway(
        "a consultation with one of the clinic's physicians about your situation",
        "a visit with one of the clinic's physicians to talk about your situation",
        "una consulta con uno de los médicos de la clínica para hablar de su situación"),
}
SPRAVATO_PATHWAY = Pathway(
    "Spravato (esketamine) nasal spray, taken in the office under supervision",
    "Spravato (esketamine), a nasal spray you use at the clinic while staff watch over you",
    "Spravato (esketamina), un spray nasal que usted se aplica en la clínica mientras el "
    "personal le vigila")
DEPRESSION_CONSULT_PATHWAY = Pathway(
    "a consultation about your depression treatment so far, and whether Spravato "
    "could fit later",
    "a visit to talk about what you've tried for depression, and if Spravato might "
    "help later",
    "una consulta para hablar de lo que ha probado para la depresión, y de si Spravato "
    "podría ayudarle más adelante")


def _pathway(a: Answers) -> Pathway:
    if a.condition == DEPRESSION:
        if _trd_signal(a) or a.interested_in_spravato:
            return SPRAVATO_PATHWAY
        return DEPRESSION_CONSULT_PATHWAY
    return PATHWAYS.get(a.condition, PATHWAYS[OTHER])


# Staff names of the yes/no questions, for the notes on unsure and declined answers.
STAFF_QUESTION_LABELS: Dict[str, str] = {
    "prior_iv_ketamine": "prior IV ketamine",
    "prior_sgb": "prior SGB",
    "current_opioid_use": "current opioid use",
    "pregnancy_status": "pregnancy/breastfeeding",
    "spravato_contraindications": "aneurysm/AVM, brain bleed or ketamine allergy",
    "high_blood_pressure": "uncontrolled high blood pressure",
    "psychosis_history": "psychosis history",
    "substance_use": "substance use",
    "can_stay_and_ride": "can stay 2 hours and has a ride home",
}


def _answered(answers: Answers, value: str) -> List[str]:
    """Staff labels of the questions answered with `value` (unsure or declined)."""
    return [label for question, label in STAFF_QUESTION_LABELS.items()
            if getattr(answers, question) == value]


def assess(answers: Answers) -> Result:
    """Apply every rule; the highest urgency of the rules that apply wins."""
    applied = [rule for rule in FLAG_RULES if rule.applies(answers)]
    urgency = max((rule.urgency for rule in applied), default=Urgency.ROUTINE)
    notes = []
    if answers.condition in (DEPRESSION, POSTPARTUM) and _trd_signal(answers):
        notes.append("Two or more antidepressants tried (treatment-resistance signal)")
    if answers.prior_iv_ketamine == "yes":
        notes.append("Has had IV ketamine before")
    if answers.prior_sgb == "yes":
        notes.append("Has had a stellate ganglion block before")
    if answers.self_harm_thoughts:
        notes.append("PHQ-9 item 9: "
                     + RISK_SCREEN_LABELS.get(answers.self_harm_thoughts, answers.self_harm_thoughts))
    if answers.symptom_duration:
        notes.append(f"Symptoms for {DURATION_LABELS.get(answers.symptom_duration, answers.symptom_duration)}")
    for value, label in ((UNSURE, "Not sure"), (DECLINED, "Preferred not to answer")):
        if _answered(answers, value):
            notes.append(f"{label}: " + ", ".join(_answered(answers, value)))
    return Result(
        pathway=_pathway(answers).staff,
        flags=[rule.flag for rule in applied],
        urgency=urgency,
        notes=notes,
    )


DURATION_LABELS = {
    "under_6_months": "less than 6 months",
    "6_to_12_months": "6 to 12 months",
    "over_1_year": "more than a year",
}

# --- What the visitor reads ---------------------------------------------------
# Plain words (grade 8 or lower), said to the visitor ("you said..."), kind and
# non-stigmatising. Staff words (flag texts, "reported", "positive",
# "contraindication", PHQ-9) stay in staff_summary. An unsure or declined answer
# is said as such, never as a finding. Nothing here says whether anyone is
# eligible: the physician decides. Every text has its Spanish version beside it
# (usted, plain words), picked by the conversation's language; the Spanish ones
# are listed in docs/clinical-content.md for the clinic's bilingual clinician.

NEXT_STEP = {
    Urgency.ROUTINE: "A staff member can call you to set up a consultation.",
    Urgency.SOON: "Some answers need a physician's review, so we'd like staff to call you soon.",
    Urgency.URGENT: "We'd like staff to call you back urgently.",
}
NEXT_STEP_ES = {
    Urgency.ROUTINE: "Alguien del personal puede llamarle para hacer una cita de consulta.",
    Urgency.SOON: ("Un médico debe revisar algunas de sus respuestas, así que nos gustaría "
                   "que el personal le llame pronto."),
    Urgency.URGENT: "Nos gustaría que el personal le devuelva la llamada de forma urgente.",
}

# Each question as the visitor would name it ("the question about ...").
VISITOR_TOPICS: Dict[str, str] = {
    RISK_SCREEN: "thoughts of being better off dead or of hurting yourself",
    "prior_iv_ketamine": "IV ketamine you may have had before",
    "prior_sgb": "a stellate ganglion block (SGB) you may have had before",
    "current_opioid_use": "opioid pain medicines",
    "pregnancy_status": "pregnancy and breastfeeding",
    "spravato_contraindications": "an aneurysm, bleeding in the brain or an allergy to ketamine",
    "high_blood_pressure": "high blood pressure",
    "psychosis_history": "psychosis, hallucinations or delusions",
    "substance_use": "alcohol or drug use",
    "can_stay_and_ride": "staying at least 2 hours and getting a ride home",
}
VISITOR_TOPICS_ES: Dict[str, str] = {
    RISK_SCREEN: "pensamientos de que sería mejor estar muerto o de hacerse daño",
    "prior_iv_ketamine": "ketamina por vía IV que quizás recibió antes",
    "prior_sgb": "un bloqueo del ganglio estelar (SGB) que quizás recibió antes",
    "current_opioid_use": "medicinas opioides para el dolor",
    "pregnancy_status": "el embarazo y la lactancia",
    "spravato_contraindications": ("un aneurisma, un sangrado en el cerebro o una alergia "
                                   "a la ketamina"),
    "high_blood_pressure": "la presión arterial alta",
    "psychosis_history": "psicosis, alucinaciones o delirios",
    "substance_use": "el uso de alcohol o drogas",
    "can_stay_and_ride": "quedarse por lo menos 2 horas y tener quien le lleve a casa",
}
_LAST_2_WEEKS = ("you've had thoughts of being better off dead or of hurting yourself. "
                 "Thank you for telling me.")
_LAST_2_WEEKS_ES = ("ha tenido pensamientos de que sería mejor estar muerto o de hacerse "
                    "daño. Gracias por decírmelo.")
# What the visitor said, for each answer a rule sends to the physician.
VISITOR_SAID: Dict[Tuple[str, str], str] = {
    (RISK_SCREEN, "several_days"): "You said that on some days in the last 2 weeks, " + _LAST_2_WEEKS,
    (RISK_SCREEN, "more_than_half"): ("You said that on more than half the days in the last "
                                      "2 weeks, " + _LAST_2_WEEKS),
    (RISK_SCREEN, "nearly_every_day"): ("You said that nearly every day in the last 2 weeks, "
                                        + _LAST_2_WEEKS),
    (RISK_SCREEN, "yes"): "You said that in the last 2 weeks, " + _LAST_2_WEEKS,
    ("spravato_contraindications", "yes"): ("You said you've had an aneurysm or AVM, bleeding "
                                            "in the brain, or an allergic reaction to ketamine."),
    ("high_blood_pressure", "yes"): "You said your blood pressure may not be well controlled.",
    ("psychosis_history", "yes"): ("You said that at some point you've had psychosis, "
                                   "hallucinations or delusions."),
    ("substance_use", "yes"): "You said your use of alcohol or drugs worries you or others.",
    ("pregnancy_status", "pregnant"): "You said you're pregnant.",
    ("pregnancy_status", "breastfeeding"): "You said you're breastfeeding.",
    ("pregnancy_status", "recent_birth"): "You said you gave birth in the last year.",
    ("current_opioid_use", "yes"): "You said you're taking opioids now.",
    ("can_stay_and_ride", "no"): ("You said staying at least 2 hours, or getting a ride home, "
                                  "may be hard."),
}
VISITOR_SAID_ES: Dict[Tuple[str, str], str] = {
    (RISK_SCREEN, "several_days"): ("Usted dijo que algunos días de las últimas 2 semanas "
                                    + _LAST_2_WEEKS_ES),
    (RISK_SCREEN, "more_than_half"): ("Usted dijo que más de la mitad de los días de las "
                                      "últimas 2 semanas " + _LAST_2_WEEKS_ES),
    (RISK_SCREEN, "nearly_every_day"): ("Usted dijo que casi todos los días de las últimas "
                                        "2 semanas " + _LAST_2_WEEKS_ES),
    (RISK_SCREEN, "yes"): "Usted dijo que en las últimas 2 semanas " + _LAST_2_WEEKS_ES,
    ("spravato_contraindications", "yes"): ("Usted dijo que ha tenido un aneurisma o una "
                                            "malformación de los vasos (AVM), un sangrado en "
                                            "el cerebro o una reacción alérgica a la ketamina."),
    ("high_blood_pressure", "yes"): ("Usted dijo que su presión arterial quizás no está bien "
                                     "controlada."),
    ("psychosis_history", "yes"): ("Usted dijo que alguna vez ha tenido psicosis, "
                                   "alucinaciones o delirios."),
    ("substance_use", "yes"): ("Usted dijo que su uso de alcohol o drogas le preocupa a usted "
                               "o a otras personas."),
    ("pregnancy_status", "pregnant"): "Usted dijo que está embarazada.",
    ("pregnancy_status", "breastfeeding"): "Usted dijo que está dando el pecho.",
    ("pregnancy_status", "recent_birth"): "Usted dijo que dio a luz en el último año.",
    ("current_opioid_use", "yes"): "Usted dijo que ahora toma opioides.",
    ("can_stay_and_ride", "no"): ("Usted dijo que quedarse por lo menos 2 horas, o conseguir "
                                  "quien le lleve a casa, puede ser difícil."),
}
_VISITOR_SAID_ANY = {
    UNSURE: "You weren't sure about the question on {topic}.",
    DECLINED: "You said you'd rather not answer the question about {topic}. That's okay.",
    None: "The physician will ask you about {topic}.",
}
_VISITOR_SAID_ANY_ES = {
    UNSURE: "Usted no estaba seguro de la respuesta a la pregunta sobre {topic}.",
    DECLINED: "Usted prefirió no contestar la pregunta sobre {topic}. Está bien.",
    None: "El médico le preguntará sobre {topic}.",
}
_SUMMARY = {
    EN: ("Here's a summary of what you told me. It is not a diagnosis or a decision "
         "about treatment: one of the clinic's physicians decides what fits you.",
         "You'd like help with", "What the clinic might talk with you about",
         "The physician will want to go over these answers with you:", "Next step"),
    ES: ("Este es un resumen de lo que usted me dijo. No es un diagnóstico ni una decisión "
         "sobre su tratamiento: uno de los médicos de la clínica decide qué le conviene.",
         "Quiere ayuda con", "De qué podría hablar la clínica con usted",
         "El médico querrá repasar con usted estas respuestas:", "Próximo paso"),
}


def _visitor_said(question: str, value: str, language: str = EN) -> str:
    topic = pick({EN: VISITOR_TOPICS, ES: VISITOR_TOPICS_ES}, language)[question]
    said = pick({EN: VISITOR_SAID, ES: VISITOR_SAID_ES}, language)
    if (question, value) in said:
        return said[(question, value)]
    any_answer = pick({EN: _VISITOR_SAID_ANY, ES: _VISITOR_SAID_ANY_ES}, language)
    return any_answer.get(value, any_answer[None]).format(topic=topic)


def visitor_answers(answers: Answers, language: str = EN) -> List[str]:
    """The answers the physician will go over, as the visitor said them: those a
    rule sends for review, then any other the visitor was unsure of or declined."""
    questions: List[str] = []
    for rule in FLAG_RULES:
        if rule.applies(answers) and rule.question not in questions:
            questions.append(rule.question)
    questions += [q for q in VISITOR_TOPICS
                  if q not in questions and getattr(answers, q) in (UNSURE, DECLINED)]
    return [_visitor_said(q, getattr(answers, q), language) for q in questions]


def summary_text(answers: Answers, result: Result, language: str = EN) -> str:
    """The plain-language summary the visitor reads at the end of the form, in
    the conversation's language."""
    intro, wants, pathway, review, next_step = pick(_SUMMARY, language)
    lines = [
        intro,
        f"- {wants}: {condition_label(answers.condition, language)}",
        f"- {pathway}: {_pathway(answers).for_visitor(language)}",
    ]
    said = visitor_answers(answers, language)
    if said:
        lines.append(f"- {review}")
        lines += [f"  - {line}" for line in said]
    lines.append(f"- {next_step}: {pick({EN: NEXT_STEP, ES: NEXT_STEP_ES}, language)[result.urgency]}")
    return "\n".join(lines)


def staff_summary(answers: Answers, result: Result) -> str:
    """A compact summary for clinic staff (kept with the lead)."""
    parts = [
        f"Condition: {CONDITION_LABELS.get(answers.condition, answers.condition)}",
        f"Likely pathway: {result.pathway}",
        f"Urgency: {result.urgency.label}",
    ]
    parts += [f"Note: {note}" for note in result.notes]
    parts += [f"Review: {flag}" for flag in result.flags]
    return "\n".join(parts)
