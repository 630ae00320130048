"""Patterns built from the stored compiled code behave exactly as `re.compile`'s,
the file is used only when it is current, and any trouble with it falls back to
compiling."""

import marshal
import re

import pytest

from bot.core import compiled_patterns as cp
from bot.core import regex_prefilter
from bot.core.regex_prefilter import required_literals

PATTERNS = [
    (r"\b(?:overdos\w*|not breathing|no respira)\b", 0),
    (r"(?P<who>my (?:son|daughter|friend)) (?:is|was) (?P<state>blue|grey|cold)", 0),
    (r"(?<!not )\bgoing to (?:end|kill) (?:it|myself)\b", re.IGNORECASE),
    (r"(?:(?!(?:not|no|never)\b)[\w']+,? ){0,4}(?:pills?|pastillas)", 0),
    (r"^\s*(?:sí|si|claro)[.!]*\s*$", re.IGNORECASE | re.MULTILINE),
    (r"(\d{1,2})/(\d{1,2})/(\d{2,4})", 0),
]
TEXTS = [
    "he took too much and is NOT BREATHING", "my son is blue and cold", "my friend was grey",
    "I'm going to end it tonight", "i'm not going to end it", "Going To Kill Myself",
    "i counted all my pills", "no tengo pastillas", "Sí!", "si claro", "born 3/14/1985", "",
]


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch):
    """Each test starts as a new process would: no pattern objects shared yet."""
    monkeypatch.setattr(cp, "_SHARED", {})


def behaviour(pattern):
    return [(pattern.pattern, pattern.flags, pattern.groups, dict(pattern.groupindex))] + [
        (m.span(), m.groups(), m.groupdict()) if m else None for m in map(pattern.search, TEXTS)
    ] + [pattern.findall(t) for t in TEXTS] + [pattern.sub("_", t) for t in TEXTS]


def test_a_pattern_built_from_stored_code_behaves_as_re_compiles_it(tmp_path, monkeypatch):
    path = tmp_path / "patterns.marshal"
    with cp.compiled_through(path) as compiled:
        for pattern, flags in PATTERNS:
            compiled.compile(pattern, flags)
    assert compiled.path.exists() and compiled.path.parent == tmp_path

    # the next start: nothing is parsed or compiled, all comes from the file
    monkeypatch.setattr(cp, "_SHARED", {})
    monkeypatch.setattr(cp, "compile_spec", lambda *a: pytest.fail("compiled again"))
    with cp.compiled_through(path) as compiled:
        for pattern, flags in PATTERNS:
            assert behaviour(compiled.compile(pattern, flags)) == behaviour(re.compile(pattern, flags))


def test_the_file_is_written_only_when_the_patterns_changed_and_keeps_only_those_used(tmp_path, monkeypatch):
    path = tmp_path / "patterns.marshal"
    path = cp.for_this_build(tmp_path / "patterns.marshal")
    with cp.compiled_through(tmp_path / "patterns.marshal") as compiled:
        for pattern, flags in PATTERNS:
            compiled.compile(pattern, flags)
    stamp = path.stat().st_mtime_ns

    monkeypatch.setattr(cp, "_SHARED", {})
    unchanged = cp.CompiledPatterns(tmp_path / "patterns.marshal")
    for pattern, flags in PATTERNS:
        unchanged.compile(pattern, flags)
    assert unchanged.save() is False and path.stat().st_mtime_ns == stamp

    monkeypatch.setattr(cp, "_SHARED", {})
    changed = cp.CompiledPatterns(tmp_path / "patterns.marshal")
    changed.compile(*PATTERNS[0])
    changed.compile(r"\bnew pattern\b")
    assert changed.save() is True
    _, specs = marshal.loads(path.read_bytes())
    assert set(specs) == {PATTERNS[0], (r"\bnew pattern\b", 0)}


def test_a_file_from_another_python_build_is_ignored(tmp_path):
    path = cp.for_this_build(tmp_path / "patterns.marshal")
    spec = cp.compile_spec(r"\bfoo\b")
    # the stored code claims to be another pattern's: used, it would match "foo"
    path.write_bytes(marshal.dumps(((cp.FORMAT, "2.7.18", 0, 2, 4), {(r"\bbar\b", 0): spec})))
    with cp.compiled_through(tmp_path / "patterns.marshal") as compiled:
        assert compiled.compile(r"\bbar\b").search("a bar") is not None
        assert compiled.compile(r"\bbar\b").search("a foo") is None
    build, specs = marshal.loads(path.read_bytes())
    assert build == cp.BUILD and set(specs) == {(r"\bbar\b", 0)}


@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps([1, 2, 3]), marshal.dumps("x")])
def test_a_damaged_file_means_compiling_afresh(tmp_path, content):
    path = cp.for_this_build(tmp_path / "patterns.marshal")
    path.write_bytes(content)
    with cp.compiled_through(tmp_path / "patterns.marshal") as compiled:
        for pattern, flags in PATTERNS:
            assert behaviour(compiled.compile(pattern, flags)) == behaviour(re.compile(pattern, flags))
    assert marshal.loads(path.read_bytes())[0] == cp.BUILD


def test_a_read_only_place_only_costs_the_compilation(tmp_path):
    blocked = tmp_path / "a-file-not-a-directory"
    blocked.write_text("")
    with cp.compiled_through(blocked / "patterns.marshal") as compiled:
        assert compiled.compile(*PATTERNS[0]).search("not breathing")
    assert not compiled.path.exists()


def test_each_python_build_keeps_its_own_file(tmp_path):
    assert cp.for_this_build(tmp_path / "p.marshal") != tmp_path / "p.marshal"
    assert cp.for_this_build(tmp_path / "p.marshal").suffix == ".marshal"


def test_without_a_file_patterns_are_shared_in_the_process(tmp_path):
    with cp.compiled_through(None) as first:
        one = first.compile(*PATTERNS[1])
    with cp.compiled_through(None) as second:
        assert second.compile(*PATTERNS[1]) is one
        assert second.compile_filtered(*PATTERNS[1]) == (one, required_literals(*PATTERNS[1]))


def test_the_literal_prefilters_are_kept_beside_the_code(tmp_path, monkeypatch):
    path = tmp_path / "patterns.marshal"
    with cp.compiled_through(path) as compiled:
        first = [compiled.compile_filtered(pattern, flags)[1] for pattern, flags in PATTERNS]
    assert first == [required_literals(pattern, flags) for pattern, flags in PATTERNS]
    assert first[0] == {"overdos", "not breathing", "no respira"} and first[2] is None  # IGNORECASE: none

    # the next start: the sets come from the file, nothing is parsed
    monkeypatch.setattr(cp, "_SHARED", {})
    monkeypatch.setattr(cp, "compile_spec", lambda *a: pytest.fail("compiled again"))
    with cp.compiled_through(path) as compiled:
        assert [compiled.compile_filtered(pattern, flags)[1] for pattern, flags in PATTERNS] == first


def test_a_stored_prefilter_that_is_not_a_set_of_strings_means_compiling_afresh(tmp_path):
    path = cp.for_this_build(tmp_path / "patterns.marshal")
    code = cp.compile_spec(r"\bfoo\b")[:-1]
    for literals in ("foo", frozenset({""}), frozenset(), frozenset({1})):
        path.write_bytes(marshal.dumps((cp.BUILD, {(r"\bfoo\b", 0): code + (literals,)})))
        cp._SHARED.clear()
        with cp.compiled_through(tmp_path / "patterns.marshal") as compiled:
            assert compiled.compile_filtered(r"\bfoo\b") == (re.compile(r"\bfoo\b"), frozenset({"foo"}))


def test_the_file_depends_on_the_prefilter_source():
    assert regex_prefilter.fingerprint() in cp.BUILD


def test_the_crisis_detector_reads_the_same_from_stored_patterns(tmp_path, monkeypatch):
    from bot.crisis.detector import CrisisDetector
    from tests.unit import crisis_round19_cases, crisis_round20_cases

    texts = [case if isinstance(case, str) else case[0] for module in (crisis_round19_cases, crisis_round20_cases)
             for name in ("CLASSES", "LOOK_ALIKES", "QUIET", "STILL_EMERGENCIES") for case in getattr(module, name)]
    compiled = CrisisDetector(pattern_file=tmp_path / "crisis.marshal")
    monkeypatch.setattr(cp, "_SHARED", {})
    monkeypatch.setattr(cp, "compile_spec", lambda *a: pytest.fail("compiled again"))
    stored = CrisisDetector(pattern_file=tmp_path / "crisis.marshal")

    def readings(detector):
        return [(sorted(d.category for d in found), ruled_out) for found, ruled_out in map(detector.analyze, texts)]
    assert len(texts) > 100 and readings(stored) == readings(compiled)
