import pytest

from bot.cli import SYNONYMS_FILE
from bot.nlp import pipeline


@pytest.fixture(scope="module")
def nlp():
    return pipeline.build_nlp()


@pytest.mark.parametrize("text, label, canonical", [
    ("i was diagnosed with rsd two years ago", "condition", "CRPS"),
    ("Complex Regional Pain Syndrome in my left foot", "condition", "CRPS"),
    ("does it help fibro", "condition", "fibromyalgia"),
    ("I have TRD", "condition", "treatment-resistant depression"),
    ("my ptsd from the army", "condition", "PTSD"),
    ("ppd after my second baby", "condition", "postpartum depression"),
    ("mast cell activation syndrome flare", "condition", "MCAS"),
    ("how much is esketamine", "treatment", "Spravato"),
    ("do you do the SGB shot", "treatment", "stellate ganglion block"),
    ("ketamine nose spray for pain", "treatment", "ketamine nasal spray"),
    ("should i keep narcan at home", "medication", "naloxone"),
    ("he took percs", "medication", "oxycodone"),
    # misspelled and phonetic lay names (question round 7's class)
    ("post part um depresion, do you help", "condition", "postpartum depression"),
    ("tengo depresion pos parto", "condition", "postpartum depression"),
    ("tuve a mi bebe hace 3 meses y no me siento bien", "condition", "postpartum depression"),
    ("do you treat mass cell activation", "condition", "MCAS"),
    ("my oxycotin and percosets", "medication", "oxycodone"),
    ("been on opiods for my back for years", "medication", "opioids"),
])
def test_lay_names_map_to_canonical_values(nlp, text, label, canonical):
    ents = [(e.label_, e.ent_id_) for e in nlp(text).ents]
    assert (label, canonical) in ents


@pytest.mark.parametrize("text", [
    # the birth told with a word between (question round 11's class)
    "ive been depressed after my second birth, do you treat that",
    "since baby number two i feel nothing",
    "so low after my last delivery",
    "since the 2nd baby everything is grey",
    "depresion despues de mi segundo parto, ustedes atienden eso?",
    "desde el último embarazo ando apagada",
    "después de tener a mi tercer bebé no levanto cabeza",
    "desde que nacio mi segunda hija estoy mal",
    "despues de la segunda cesarea me dio la depre",
])
def test_which_birth_with_a_word_between_is_postpartum(nlp, text):
    assert ("condition", "postpartum depression") in [(e.label_, e.ent_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text", [
    # the birth told as the baby's arrival, or a new mother's words (question round 39's class)
    "ever since our baby arrived home i feel like a stranger to myself",
    "after my twins came i stopped enjoying anything, can you help",
    "since i had my daughter i cannot stop crying, is that something you see",
    "after having our son im just numb",
    "is new mother depression something you treat",
    "desde que llego la nena no tengo ganas de nada",
    "despues de que tuve al niño me siento vacía, ustedes tratan eso?",
])
def test_the_baby_arriving_is_postpartum(nlp, text):
    assert ("condition", "postpartum depression") in [(e.label_, e.ent_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text", [
    "since the package arrived my knee hurts",
    "since i had covid my pain is worse",
])
def test_other_arrivals_are_not_postpartum(nlp, text):
    assert ("condition", "postpartum depression") not in [(e.label_, e.ent_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text", [
    # a birth told as recent (question round 29's class)
    "my daughter just had a baby and cries all day, can you help her",
    "i recently gave birth and feel empty",
    "mi cuñada acaba de tener una niña y no sale de la cama",
    "acabo de dar a luz y ando muy triste",
    "recién parida y sin ganas de nada, atienden eso?",
    # ...or with how long ago (question round 30's class)
    "my sister had her baby two months ago and she isn't herself",
    "gave birth 6 weeks ago, is this normal",
    "mi hija tuvo su bebé hace tres semanas y llora todo el tiempo",
    "mi nuera dio a luz hace un mes y no quiere ni comer",
])
def test_a_recent_birth_is_postpartum(nlp, text):
    assert ("condition", "postpartum depression") in [(e.label_, e.ent_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text", [
    # the birth with no article, in the perfect or misspelled (question round 40's class)
    "been in a fog since baby, is this what you treat",
    "anxious and low after baby, do you see moms",
    "mi prima ha dado a luz hace nada y está apagadísima",
    "he dado a luz en septiembre y no me reconozco",
    "mi nuera tubo su bebe en agosto y no sale del cuarto",
    "mi hija tuvo al bebé y desde entonces no come",
])
def test_a_birth_told_without_an_article_or_misspelled_is_postpartum(nlp, text):
    assert ("condition", "postpartum depression") in [(e.label_, e.ent_id_) for e in nlp(text).ents]


@pytest.mark.parametrize("text", [
    "el médico ya ha dado luz verde para empezar",
    "since babysitting my nephew my back hurts",
])
def test_other_uses_of_the_words_are_not_postpartum(nlp, text):
    assert ("condition", "postpartum depression") not in [(e.label_, e.ent_id_) for e in nlp(text).ents]


def test_a_delivery_without_a_person_is_not_a_birth(nlp):
    # "the last delivery" may be the pharmacy's
    assert list(nlp("did the spray come in since the last delivery").ents) == []


def test_a_family_of_forms_expands_to_fixed_phrases():
    assert pipeline.expand_form("{after|since} {my|the} birth") == [
        "after my birth", "after the birth", "since my birth", "since the birth"]
    assert pipeline.expand_form("plain phrase") == ["plain phrase"]
    with pytest.raises(ValueError, match="braces"):
        pipeline.expand_form("after {my birth")


def test_longest_match_wins(nlp):
    ents = [(e.text, e.ent_id_) for e in nlp("is ketamine nasal spray covered").ents]
    assert ents == [("ketamine nasal spray", "ketamine nasal spray")]


def test_lemmas_come_from_lookup_tables(nlp):
    assert [t.lemma_ for t in nlp("he overdosed on pills")][1:] == ["overdose", "on", "pill"]


def test_ordinary_words_are_not_entities(nlp):
    assert list(nlp("what time do you open on saturday").ents) == []


def test_generated_synonyms_file_is_current():
    assert SYNONYMS_FILE.read_text(encoding="utf-8") == pipeline.render_synonyms_yaml()


def test_vocabulary_refuses_a_form_under_two_meanings(tmp_path):
    bad = tmp_path / "vocabulary.yml"
    bad.write_text("condition:\n  A: [same]\n  B: [Same]\n")
    with pytest.raises(ValueError, match="both"):
        pipeline.load_vocabulary(bad)


def test_build_writes_once_and_skips_when_current(tmp_path):
    out = tmp_path / "clinic_en"
    assert pipeline.build(out) is True
    assert (out / "meta.json").exists()
    assert pipeline.build(out) is False
    assert pipeline.build(out, force=True) is True
