"""domain.yml, the crisis rules, the database and the fail-safe agree with the one
declaration of crisis categories (bot/crisis/categories.py)."""

from pathlib import Path

import yaml

from bot.crisis import categories as C
from bot.crisis.guidance import load_guidance
from bot.core.models import ESCALATION_CATEGORIES
from bot.language.responses import language_of

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
RULES = yaml.safe_load((ROOT / "data" / "crisis_rules.yml").read_text(encoding="utf-8"))["rules"]


def actions_after(intent):
    """For each rule that starts from `intent`, the actions it takes."""
    for rule in RULES:
        steps = rule["steps"]
        if steps and steps[0].get("intent") == intent:
            yield [s["action"] for s in steps if "action" in s]


def test_every_category_intent_and_response_is_in_the_domain():
    for category in C.CATEGORIES:
        assert category.intent in DOMAIN["intents"], category.key
        assert category.response in DOMAIN["responses"], category.key


def test_the_slot_that_picks_the_guidance_takes_exactly_the_catalogue_keys():
    slot = DOMAIN["slots"]["crisis_category"]
    assert slot["values"] == [c.key for c in C.CATEGORIES]
    assert slot["mappings"] == [{"type": "from_entity", "entity": "crisis_category"}]
    assert "crisis_category" in DOMAIN["entities"]


def test_each_overdose_kind_has_its_own_variation():
    variations = DOMAIN["responses"]["utter_crisis_overdose"]
    english = [v for v in variations if language_of(v) == "en"]  # each has its Spanish twin
    conditioned = {c["value"] for v in english for c in v.get("condition") or []
                   if c["name"] == "crisis_category"}
    assert conditioned == {C.OVERDOSE_INTENTIONAL.key, C.POISONING.key}
    assert sum(1 for v in variations if not v.get("condition")) == 1


def test_every_crisis_intent_has_rules_that_give_its_guidance_first():
    for category in C.CATEGORIES:
        found = list(actions_after(category.intent))
        assert found, category.intent
        for actions in found:
            first = [a for a in actions if a != "action_deactivate_loop"][0]
            assert first == category.response, (category.intent, actions)
            assert ("action_record_escalation" in actions) == category.escalates, category.intent


def test_crisis_intents_interrupt_both_forms():
    for category in C.CATEGORIES:
        loops = {r.get("condition", [{}])[0].get("active_loop") for r in RULES
                 if r["steps"][0].get("intent") == category.intent}
        assert {"triage_form", "intake_form"} <= loops, category.intent


def test_crisis_intents_are_never_taken_as_form_answers():
    for name, slot in DOMAIN["slots"].items():
        for mapping in slot.get("mappings", []):
            excluded = mapping.get("not_intent")
            if excluded and "crisis_medical" in excluded:
                urgent = {c.intent for c in C.CATEGORIES if c.tier is not C.Tier.URGENT}
                assert urgent <= set(excluded), name


def test_the_database_takes_every_category_that_is_paged():
    assert tuple(ESCALATION_CATEGORIES) == C.ESCALATION_KEYS
    assert C.POSSIBLE_RISK.key not in ESCALATION_CATEGORIES  # asking pages no one
    assert C.CONFIRMED_RISK.key in ESCALATION_CATEGORIES


def test_the_fail_safe_says_what_the_assistant_would_say_for_each_category():
    guidance = load_guidance()
    intentional = guidance[C.OVERDOSE_INTENTIONAL.key][0]
    assert "1-800-222-1222" in intentional and "988" in intentional and "Are you safe" in intentional
    assert "1-800-222-1222" in guidance[C.POISONING.key][0]
    assert "other nostril" in guidance[C.OVERDOSE.key][0] and "1-800-222-1222" not in guidance[C.OVERDOSE.key][0]
    assert "are you thinking about ending your life?" in guidance[C.POSSIBLE_RISK.key][0]
    assert set(C.BY_KEY) <= set(guidance)


def test_priorities_are_distinct_and_labels_present():
    assert len({c.priority for c in C.CATEGORIES}) == len(C.CATEGORIES)
    assert all(c.label for c in C.CATEGORIES)
    assert C.label("old-category") == "old-category"
