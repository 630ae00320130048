"""Every triage rule, and the guarantee that the result never decides eligibility."""

import pytest

from bot.triage import rules as triage
from bot.triage.rules import Answers, Urgency, assess, required_questions, summary_text


def test_questions_depend_on_the_condition():
    assert required_questions(None) == ["triage_condition", "symptom_duration"]
    pain = required_questions(triage.CHRONIC_PAIN)
    assert "prior_iv_ketamine" in pain and "spravato_contraindications" not in pain
    assert "prior_sgb" in required_questions(triage.PTSD)
    depression = required_questions(triage.DEPRESSION)
    assert "antidepressants_tried" in depression
    assert set(triage.SPRAVATO_QUESTIONS) <= set(depression)
    for condition in triage.CONDITION_LABELS:
        questions = required_questions(condition)
        assert questions[:2] == ["triage_condition", "symptom_duration"]
        assert {"current_opioid_use", "pregnancy_status"} <= set(questions)


@pytest.mark.parametrize("condition", [triage.DEPRESSION, triage.POSTPARTUM, triage.PTSD])
def test_mood_and_trauma_triage_ask_phq9_item_9(condition):
    assert triage.RISK_SCREEN in required_questions(condition)


@pytest.mark.parametrize("condition", [triage.CHRONIC_PAIN, triage.MCAS, triage.OPIOID, triage.OTHER])
def test_other_triage_does_not_ask_the_risk_screen(condition):
    assert triage.RISK_SCREEN not in required_questions(condition)


@pytest.mark.parametrize("answer", ["several_days", "more_than_half", "nearly_every_day",
                                    "yes", "unsure"])
def test_a_positive_risk_screen_ends_the_questions(answer):
    questions = required_questions(triage.DEPRESSION, risk_screen=answer)
    assert questions[-1] == triage.RISK_SCREEN
    assert "pregnancy_status" not in questions and "psychosis_history" not in questions


def test_not_at_all_continues_the_triage():
    questions = required_questions(triage.DEPRESSION, risk_screen="not_at_all")
    assert questions.index(triage.RISK_SCREEN) < questions.index("pregnancy_status")
    assert "not_at_all" in triage.RISK_SCREEN_ANSWERS and not triage.screens_positive("not_at_all")
    assert not triage.screens_positive(None)


def test_risk_screen_answer_reaches_the_physician_with_its_frequency():
    result = assess(Answers(triage.POSTPARTUM, self_harm_thoughts="nearly_every_day"))
    assert "PHQ-9 item 9: nearly every day" in result.notes
    assert result.urgency == Urgency.URGENT


def test_all_questions_cover_every_condition_once():
    every = triage.all_questions()
    assert len(every) == len(set(every))
    for condition in triage.CONDITION_LABELS:
        assert set(required_questions(condition, interested_in_spravato=True)) <= set(every)


def test_spravato_questions_for_anyone_asking_about_spravato():
    assert set(triage.SPRAVATO_QUESTIONS) <= set(
        required_questions(triage.POSTPARTUM, interested_in_spravato=True))


@pytest.mark.parametrize("condition, expected", [
    (triage.CHRONIC_PAIN, "IV ketamine infusions, with ketamine nasal spray for breakthrough"),
    (triage.PTSD, "stellate ganglion block"),
    (triage.POSTPARTUM, "IV ketamine infusions to start, then ketamine nasal spray"),
    (triage.MCAS, "alongside antihistamines"),
    (triage.OPIOID, "ease dependence symptoms"),
    (triage.OTHER, "consultation"),
])
def test_pathway_per_condition(condition, expected):
    assert expected in assess(Answers(condition=condition)).pathway


def test_depression_with_two_or_more_antidepressants_points_to_spravato():
    assert "Spravato" in assess(Answers(triage.DEPRESSION, antidepressants_tried=2)).pathway
    result = assess(Answers(triage.DEPRESSION, antidepressants_tried=3))
    assert any("treatment-resistance signal" in n for n in result.notes)


def test_depression_with_fewer_antidepressants_gets_a_consultation():
    result = assess(Answers(triage.DEPRESSION, antidepressants_tried=1))
    assert result.pathway.startswith("a consultation")


RULE_CASES = {
    "spravato_contraindication": (Answers(triage.DEPRESSION, spravato_contraindications="yes"), Urgency.SOON),
    "spravato_contraindication_unsure": (Answers(triage.DEPRESSION, spravato_contraindications="unsure"), Urgency.ROUTINE),
    "blood_pressure": (Answers(triage.DEPRESSION, high_blood_pressure="yes"), Urgency.ROUTINE),
    "psychosis": (Answers(triage.DEPRESSION, psychosis_history="yes"), Urgency.ROUTINE),
    "substance_use": (Answers(triage.DEPRESSION, substance_use="yes"), Urgency.ROUTINE),
    "pregnant": (Answers(triage.POSTPARTUM, pregnancy_status="pregnant"), Urgency.SOON),
    "breastfeeding": (Answers(triage.POSTPARTUM, pregnancy_status="breastfeeding"), Urgency.SOON),
    "recent_birth": (Answers(triage.POSTPARTUM, pregnancy_status="recent_birth"), Urgency.ROUTINE),
    "pregnancy_unknown": (Answers(triage.DEPRESSION, pregnancy_status="unsure"), Urgency.ROUTINE),
    "current_opioids": (Answers(triage.CHRONIC_PAIN, current_opioid_use="yes"), Urgency.ROUTINE),
    "active_opioid_dependence": (Answers(triage.OPIOID, current_opioid_use="yes"), Urgency.URGENT),
    "cannot_stay_or_ride": (Answers(triage.DEPRESSION, can_stay_and_ride="no"), Urgency.ROUTINE),
    "risk_screen_positive": (Answers(triage.PTSD, self_harm_thoughts="several_days"), Urgency.URGENT),
}


def test_every_rule_has_a_case():
    assert set(RULE_CASES) == {rule.name for rule in triage.FLAG_RULES}


@pytest.mark.parametrize("name", sorted(RULE_CASES))
def test_each_rule_flags_and_sets_urgency(name):
    answers, urgency = RULE_CASES[name]
    rule = next(r for r in triage.FLAG_RULES if r.name == name)
    result = assess(answers)
    assert rule.flag in result.flags
    assert result.urgency == urgency


@pytest.mark.parametrize("name", sorted(RULE_CASES))
def test_no_rule_fires_on_reassuring_answers(name):
    rule = next(r for r in triage.FLAG_RULES if r.name == name)
    calm = Answers(triage.DEPRESSION, spravato_contraindications="no", high_blood_pressure="no",
                   psychosis_history="no", substance_use="no", pregnancy_status="none",
                   current_opioid_use="no", can_stay_and_ride="yes",
                   self_harm_thoughts="not_at_all")
    assert rule.flag not in assess(calm).flags
    assert assess(calm).urgency == Urgency.ROUTINE


def test_highest_urgency_wins():
    answers = Answers(triage.OPIOID, current_opioid_use="yes", pregnancy_status="pregnant")
    assert assess(answers).urgency == Urgency.URGENT


def test_summary_never_decides_eligibility_and_names_the_physician():
    for condition in triage.CONDITION_LABELS:
        for answers in (Answers(condition), Answers(condition, pregnancy_status="pregnant",
                                                    current_opioid_use="yes")):
            text = summary_text(answers, assess(answers)).lower()
            assert "physicians decides" in text and "not a diagnosis" in text
            for forbidden in ("you are eligible", "you qualify", "not eligible", "you are a candidate",
                              "you have "):
                assert forbidden not in text


# --- What the visitor reads ---------------------------------------------------

def every_kind_of_answers():
    """Answers covering every condition, every rule and every value of every question."""
    values = {q: triage.YES_NO_ANSWERS for q in triage.VISITOR_TOPICS}
    values["pregnancy_status"] = triage.PREGNANCY_STATUSES
    values[triage.RISK_SCREEN] = triage.RISK_SCREEN_ANSWERS
    for condition in triage.CONDITION_LABELS:
        for spravato in (False, True):
            yield Answers(condition, interested_in_spravato=spravato)
            yield Answers(condition, antidepressants_tried=3, symptom_duration="over_1_year")
            for question, options in values.items():
                for value in options:
                    yield Answers(condition, interested_in_spravato=spravato, **{question: value})
            everything = {q: "yes" for q in values}
            everything.update(pregnancy_status="pregnant", can_stay_and_ride="no")
            yield Answers(condition, **everything)
    for answers, _ in RULE_CASES.values():
        yield answers


# Staff and clinical wording that must never reach the visitor.
STAFF_ONLY = ("reported", "reports", "flag", "positive", "substance use", "contraindication",
              "phq", "urgency", "review:", "abuse", "misuse", "warning", "history of",
              "treatment-resistance", "signal", "unclear", "not known", "naloxone",
              "urgent callback", "under supervision", "breakthrough", "status")


def test_no_visitor_summary_contains_staff_only_words():
    for answers in every_kind_of_answers():
        text = summary_text(answers, assess(answers)).lower()
        for word in STAFF_ONLY:
            assert word not in text, (word, answers)
        for flag in assess(answers).flags:
            assert flag.lower() not in text


def test_no_visitor_summary_says_anyone_is_eligible_or_not():
    for answers in every_kind_of_answers():
        text = summary_text(answers, assess(answers)).lower()
        assert "physicians decides" in text and "not a diagnosis" in text
        for word in ("eligible", "qualify", "qualifies", "candidate", "you have ", "diagnosed"):
            assert word not in text, (word, answers)


@pytest.mark.parametrize("question", sorted(triage.VISITOR_TOPICS))
def test_a_declined_answer_reads_as_declined_never_as_a_finding(question):
    answers = Answers(triage.DEPRESSION, **{question: triage.DECLINED})
    said = triage.visitor_answers(answers)
    assert said == [f"You said you'd rather not answer the question about "
                    f"{triage.VISITOR_TOPICS[question]}. That's okay."]


def test_declining_the_substance_question_is_not_substance_use():
    answers = Answers(triage.DEPRESSION, substance_use=triage.DECLINED)
    visitor = summary_text(answers, assess(answers))
    assert "you'd rather not answer the question about alcohol or drug use" in visitor
    assert "worries you" not in visitor
    staff = triage.staff_summary(answers, assess(answers))
    assert "Preferred not to answer: substance use" in staff


@pytest.mark.parametrize("question", sorted(triage.VISITOR_TOPICS))
def test_an_unsure_answer_reads_as_unsure(question):
    said = triage.visitor_answers(Answers(triage.DEPRESSION, **{question: triage.UNSURE}))
    assert said == [f"You weren't sure about the question on {triage.VISITOR_TOPICS[question]}."]


@pytest.mark.parametrize("name", sorted(RULE_CASES))
def test_each_rule_is_told_to_the_visitor_in_their_own_words(name):
    answers, _ = RULE_CASES[name]
    said = triage.visitor_answers(answers)
    assert said and all(line.startswith(("You said", "You weren't sure")) for line in said)
    assert "\n  - " + said[0] in summary_text(answers, assess(answers))


def test_reassuring_answers_add_nothing_for_the_physician():
    calm = Answers(triage.DEPRESSION, spravato_contraindications="no", high_blood_pressure="no",
                   psychosis_history="no", substance_use="no", pregnancy_status="none",
                   current_opioid_use="no", can_stay_and_ride="yes", self_harm_thoughts="not_at_all")
    assert triage.visitor_answers(calm) == []
    assert "go over these answers" not in summary_text(calm, assess(calm))


def test_one_line_per_question_even_when_two_rules_read_it():
    answers = Answers(triage.OPIOID, current_opioid_use="yes")
    assert triage.visitor_answers(answers) == ["You said you're taking opioids now."]


def test_visitor_and_staff_see_the_same_pathway_in_their_own_words():
    for answers in (Answers(c) for c in triage.CONDITION_LABELS):
        result = assess(answers)
        pathway = triage._pathway(answers)
        assert result.pathway == pathway.staff
        text = summary_text(answers, result)
        assert pathway.visitor in text and pathway.staff not in text


# --- What staff read ------------------------------------------------------------

def test_staff_summary_keeps_the_clinical_wording():
    answers = Answers(triage.DEPRESSION, substance_use="yes", psychosis_history="unsure",
                      spravato_contraindications="yes")
    text = triage.staff_summary(answers, assess(answers))
    assert "Review: Substance use reported (abuse and misuse warning)" in text
    assert "Review: History of psychosis reported or uncertain" in text
    assert "(Spravato label contraindications)" in text
    assert "Note: Not sure: psychosis history" in text


def test_not_sure_about_pregnancy_goes_to_the_physician():
    for value in (triage.UNSURE, triage.DECLINED):
        result = assess(Answers(triage.DEPRESSION, pregnancy_status=value))
        assert any("Pregnancy/breastfeeding status not known" in flag for flag in result.flags)


def test_every_pregnancy_status_but_none_goes_to_the_physician():
    for value in triage.PREGNANCY_STATUSES:
        flagged = bool(assess(Answers(triage.DEPRESSION, pregnancy_status=value)).flags)
        assert flagged == (value != "none"), value


def test_a_declined_risk_screen_still_counts():
    assert triage.screens_positive(triage.DECLINED)
    result = assess(Answers(triage.DEPRESSION, self_harm_thoughts=triage.DECLINED))
    assert result.urgency == Urgency.URGENT
    assert "PHQ-9 item 9: preferred not to answer" in result.notes


def test_staff_summary_carries_flags_and_urgency():
    answers = Answers(triage.OPIOID, current_opioid_use="yes", symptom_duration="over_1_year")
    text = triage.staff_summary(answers, assess(answers))
    assert "Urgency: urgent callback" in text and "Symptoms for more than a year" in text
    assert "naloxone" in text


def test_the_domain_form_lists_every_question_and_each_is_asked():
    import yaml
    from bot.core.settings import PROJECT_DIR

    domain = yaml.safe_load((PROJECT_DIR / "domain.yml").read_text(encoding="utf-8"))
    assert set(domain["forms"]["triage_form"]["required_slots"]) == set(triage.all_questions())
    for question in triage.all_questions():
        assert f"utter_ask_{question}" in domain["responses"], question
        for mapping in domain["slots"][question]["mappings"]:
            assert "crisis_possible_risk" in mapping.get("not_intent", []), question
