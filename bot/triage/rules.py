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


# Answers to the risk screen, in the PHQ-9's own scale (plus "unsure" for an
# answer we could not read twice: asking directly is safe, so it counts).
RISK_SCREEN_ANSWERS = ("not_at_all", "several_days", "more_than_half", "nearly_every_day",
                       "yes", "unsure")
RISK_SCREEN_LABELS = {
    "not_at_all": "not at all",
    "several_days": "on several days",
    "more_than_half": "on more than half the days",
    "nearly_every_day": "nearly every day",
    "yes": "yes (how often not said)",
    "unsure": "answer unclear",
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
    """Normalised answers (see bot.triage.parsing). None means not asked/unknown."""

    condition: str
    symptom_duration: Optional[str] = None  # under_6_months | 6_to_12_months | over_1_year
    prior_iv_ketamine: Optional[str] = None  # yes | no | unsure
    antidepressants_tried: Optional[int] = None  # 0, 1, 2, 3 (3 = three or more)
    prior_sgb: Optional[str] = None
    current_opioid_use: Optional[str] = None
    pregnancy_status: Optional[str] = None  # pregnant | breastfeeding | recent_birth | none
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
    """When `applies`, add `flag` for physician review and raise urgency to `urgency`."""

    name: str
    applies: Callable[[Answers], bool]
    flag: str
    urgency: Urgency = Urgency.ROUTINE


def _trd_signal(a: Answers) -> bool:
    # Spravato's TRD indication: depression that has not responded to at least
    # two antidepressants (prescribing information, clinical studies).
    return a.antidepressants_tried is not None and a.antidepressants_tried >= 2


FLAG_RULES: Tuple[FlagRule, ...] = (
    FlagRule("risk_screen_positive",
             lambda a: screens_positive(a.self_harm_thoughts),
             "Thoughts of being better off dead or of self-harm in the last two weeks "
             "(PHQ-9 item 9)", Urgency.URGENT),
    FlagRule("spravato_contraindication",
             lambda a: a.spravato_contraindications == "yes",
             "Reports an aneurysm or AVM, bleeding in the brain, or an allergy to "
             "ketamine/esketamine (Spravato label contraindications)", Urgency.SOON),
    FlagRule("spravato_contraindication_unsure",
             lambda a: a.spravato_contraindications == "unsure",
             "Unsure about aneurysm/AVM, brain bleed or ketamine allergy history"),
    FlagRule("blood_pressure",
             lambda a: a.high_blood_pressure in ("yes", "unsure"),
             "High blood pressure that may not be controlled (Spravato raises blood pressure)"),
    FlagRule("psychosis",
             lambda a: a.psychosis_history in ("yes", "unsure"),
             "History of psychosis reported or uncertain"),
    FlagRule("substance_use",
             lambda a: a.substance_use in ("yes", "unsure"),
             "Substance use reported (abuse and misuse warning)"),
    FlagRule("pregnant",
             lambda a: a.pregnancy_status == "pregnant",
             "Pregnant (Spravato is not recommended in pregnancy)", Urgency.SOON),
    FlagRule("breastfeeding",
             lambda a: a.pregnancy_status == "breastfeeding",
             "Breastfeeding (Spravato is not recommended while breastfeeding)", Urgency.SOON),
    FlagRule("recent_birth",
             lambda a: a.pregnancy_status == "recent_birth",
             "Gave birth within the last year"),
    FlagRule("current_opioids",
             lambda a: a.current_opioid_use == "yes",
             "Currently taking opioids"),
    FlagRule("active_opioid_dependence",
             lambda a: a.condition == OPIOID and a.current_opioid_use == "yes",
             "Opioid dependence with current opioid use: urgent callback, "
             "make sure naloxone (Narcan) is at hand", Urgency.URGENT),
    FlagRule("cannot_stay_or_ride",
             lambda a: a.can_stay_and_ride == "no",
             "Cannot stay about 2 hours or has no ride home (needed for Spravato)"),
)

PATHWAYS: Dict[str, str] = {
    CHRONIC_PAIN: "IV ketamine infusions, with ketamine nasal spray for breakthrough "
                  "pain between infusions",
    PTSD: "a stellate ganglion block (SGB), with ketamine nasal spray for symptoms "
          "that linger afterwards",
    POSTPARTUM: "IV ketamine infusions to start, then ketamine nasal spray for maintenance",
    MCAS: "ketamine alongside antihistamines and your other MCAS treatments",
    OPIOID: "ketamine for pain relief and to ease dependence symptoms, together with "
            "a plan for your opioid use",
    OTHER: "a consultation with one of the clinic's physicians about your situation",
}


def _pathway(a: Answers) -> str:
    if a.condition == DEPRESSION:
        if _trd_signal(a) or a.interested_in_spravato:
            return "Spravato (esketamine) nasal spray, taken in the office under supervision"
        return ("a consultation about your depression treatment so far, and whether "
                "Spravato could fit later")
    return PATHWAYS.get(a.condition, PATHWAYS[OTHER])


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
    return Result(
        pathway=_pathway(answers),
        flags=[rule.flag for rule in applied],
        urgency=urgency,
        notes=notes,
    )


DURATION_LABELS = {
    "under_6_months": "less than 6 months",
    "6_to_12_months": "6 to 12 months",
    "over_1_year": "more than a year",
}

NEXT_STEP = {
    Urgency.ROUTINE: "A staff member can call you to set up a consultation.",
    Urgency.SOON: "Some answers need a physician's review, so we'd like staff to call you soon.",
    Urgency.URGENT: "We'd like staff to call you back urgently.",
}


def summary_text(answers: Answers, result: Result) -> str:
    """The plain-language summary the visitor reads at the end of the form."""
    lines = [
        "Here's a summary of what you told me. It is not a diagnosis or a decision "
        "about treatment: one of the clinic's physicians decides what fits you.",
        f"- You'd like help with: {CONDITION_LABELS.get(answers.condition, answers.condition)}",
        f"- What the clinic would likely discuss: {result.pathway}",
    ]
    if result.flags:
        lines.append("- For the physician to review: " + "; ".join(result.flags))
    lines.append(f"- Next step: {NEXT_STEP[result.urgency]}")
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
