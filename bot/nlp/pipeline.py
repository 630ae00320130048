"""Build the clinic's spaCy pipeline from code: blank English, lookup lemmas, EntityRuler.

Nothing is downloaded: the lemma tables come from the ``spacy-lookups-data``
package in the lock file and are serialised into the pipeline directory, and the
entity patterns come from ``vocabulary.yml`` beside this module. Rasa's
``SpacyNLP`` loads the result by path (see config.yml).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

import yaml

VOCABULARY_FILE = Path(__file__).with_name("vocabulary.yml")
ENTITY_LABELS = ("condition", "other_condition", "treatment", "medication")
FINGERPRINT_FILE = "clinic_fingerprint.txt"
# "{my|the|her}" in a form: one fixed phrase per choice (see expand_form).
_ALTERNATION = re.compile(r"\{([^{}]*)\}")


def expand_form(form: str) -> List[str]:
    """A form's fixed phrases: each ``{a|b}`` group is replaced by each choice.

    "after {my|the} {second|last} birth" -> "after my second birth", "after my
    last birth", "after the second birth", "after the last birth". A family of
    phrases with a word between ("after my second delivery", "después de mi
    segundo parto") is written once but still matched as fixed phrases: Rasa
    takes an entity's value from the text matched and maps it to the canonical
    value through the synonyms generated from this list, which a spaCy token
    pattern's free-form match would bypass.
    """
    match = _ALTERNATION.search(form)
    if match is None:
        if "{" in form or "}" in form:
            raise ValueError(f"unbalanced braces in vocabulary form {form!r}")
        return [form]
    head, tail = form[: match.start()], form[match.end():]
    return [" ".join(phrase.split()) for choice in match.group(1).split("|")
            for phrase in expand_form(head + choice + tail)]


def load_vocabulary(path: Path = VOCABULARY_FILE) -> Dict[str, Dict[str, List[str]]]:
    """Return ``{label: {canonical: [surface forms]}}``, families expanded, checked for shape."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or set(raw) - set(ENTITY_LABELS):
        raise ValueError(f"{path}: top-level keys must be among {ENTITY_LABELS}")
    seen: Dict[str, Tuple[str, str]] = {}
    for label, entries in raw.items():
        for canonical, forms in entries.items():
            if not forms or not all(isinstance(f, str) and f.strip() for f in forms):
                raise ValueError(f"{path}: {label}/{canonical} needs non-empty strings")
            forms = entries[canonical] = list(dict.fromkeys(
                phrase for form in forms for phrase in expand_form(form)))
            for form in forms:
                key = form.lower()
                if key in seen and seen[key] != (label, canonical):
                    raise ValueError(
                        f"{path}: {form!r} is listed under both "
                        f"{seen[key]} and {(label, canonical)}"
                    )
                seen[key] = (label, canonical)
    return raw


def iter_patterns(vocabulary: Dict[str, Dict[str, List[str]]]) -> Iterator[dict]:
    for label, entries in vocabulary.items():
        for canonical, forms in entries.items():
            for form in forms:
                yield {"label": label, "pattern": form, "id": canonical}


def synonyms(vocabulary: Dict[str, Dict[str, List[str]]]) -> Dict[str, List[str]]:
    """Rasa synonyms: canonical value -> lower-cased surface forms that differ from it."""
    result: Dict[str, List[str]] = {}
    for entries in vocabulary.values():
        for canonical, forms in entries.items():
            variants = sorted({f.lower() for f in forms} - {canonical})
            if variants:
                result[canonical] = variants
    return result


def fingerprint() -> str:
    """Changes whenever the vocabulary, this builder or spaCy's version changes."""
    import spacy

    digest = hashlib.sha256()
    for source in (VOCABULARY_FILE, Path(__file__)):
        digest.update(source.read_bytes())
    digest.update(spacy.__version__.encode())
    return digest.hexdigest()


def build_nlp():
    """Return the in-memory pipeline (used by the builder and by unit tests)."""
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe(
        "entity_ruler", config={"phrase_matcher_attr": "LOWER", "validate": True}
    )
    # Patterns are added while the ruler is alone in the pipeline, so they are
    # only tokenised (matching is on LOWER and needs nothing else).
    ruler.add_patterns(list(iter_patterns(load_vocabulary())))
    # Lookup lemmas need no tagger: "overdosed" -> "overdose", "pills" -> "pill".
    # The crisis detector matches on lemmas.
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    # Loads the lemma tables from spacy-lookups-data; the ruler keeps its patterns.
    nlp.get_pipe("lemmatizer").initialize()
    return nlp


def build(out_dir: Path, *, force: bool = False) -> bool:
    """Write the pipeline to ``out_dir``; return False when it was already current."""
    current = fingerprint()
    stamp = out_dir / FINGERPRINT_FILE
    if not force and stamp.exists() and stamp.read_text().strip() == current:
        return False
    tmp_dir = out_dir.with_name(out_dir.name + ".tmp")
    shutil.rmtree(tmp_dir, ignore_errors=True)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    nlp = build_nlp()
    nlp.meta["name"] = "clinic_en"
    nlp.meta["description"] = "Blank English + lookup lemmas + clinic EntityRuler"
    nlp.to_disk(tmp_dir)
    (tmp_dir / FINGERPRINT_FILE).write_text(current + "\n")
    shutil.rmtree(out_dir, ignore_errors=True)
    tmp_dir.rename(out_dir)  # readers never see a half-written pipeline
    return True


def render_synonyms_yaml() -> str:
    """The text of data/nlu/synonyms.yml, generated from the vocabulary."""
    lines = [
        "# GENERATED from bot/nlp/vocabulary.yml by `python -m bot nlp build`;",
        "# edit the vocabulary, not this file (a test checks they agree).",
        'version: "3.1"',
        "nlu:",
    ]
    for canonical, variants in synonyms(load_vocabulary()).items():
        lines.append(f"- synonym: {json.dumps(canonical)}")
        lines.append("  examples: |")
        lines.extend(f"    - {v}" for v in variants)
    return "\n".join(lines) + "\n"
