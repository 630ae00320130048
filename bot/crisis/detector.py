"""Deterministic crisis detection: pure logic over spaCy's Matcher, no I/O.

`CrisisDetector().detect(text)` returns a `Detection` (category and the matched
pattern) when a message describes an emergency happening now, else None. It is
one layer of three (with DIET's crisis intents and the Rasa component that runs
this detector on every message), so that no single classifier decides alone.

Steps: normalise panic spellings (normalize.py); match the patterns
(patterns.py) on lower-case text and lemmas; drop matches that are negated in
their clause ("i am not having any thoughts of self harm"), about the past or a
habit ("my dad overdosed in 2015"; not the date of a birth, nor, for thoughts
of suicide, a time inside the past month), a faint the sentence says is over
("he passed out, he is fine"), inside an idiom ("my pain is killing me"),
about anyone in a conditional ("what do i do if someone overdoses"), or topic
words inside an information question ("can you overdose on ketamine?"); turn
generic signs into overdose or medical; pick the most urgent category left.
A wish told as past, and the look-alikes of a past, a recovery, a story or
faith, give way where the message tells a danger now (patterns.PRESENT_DANGER:
"she wanted to die years ago, but now she has the pills again").

The ~1,400 phrase and idiom regexes each carry a literal prefilter
(bot.core.regex_prefilter): a regex runs on a message only when the message
contains one of the strings every match of it contains, which skips almost
all of them; a LiteralIndex finds those regexes without a search for every
string. `CrisisDetector(prefilter=False)` runs every regex (to compare).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from bot.crisis import categories
from bot.crisis import patterns as P
from bot.crisis import phrases as F
from bot.crisis import tail_guard
from bot.core.compiled_patterns import CompiledPatterns, compiled_through
from bot.core.regex_prefilter import LiteralIndex, Literals
from bot.crisis.normalize import normalize

TOPIC_PREFIX = "!"
MAX_CHARS = 5000
UNRESPONSIVE, CYANOSIS, BREATHING, CONTEXT = "unresponsive", "cyanosis", "breathing", "context"
GENERIC = (UNRESPONSIVE, CYANOSIS, BREATHING)
END = " ."  # appended so that "$" also matches the end of the message
COORDINATORS = {"and", "or", ",", "y", "o"}


@dataclass(frozen=True)
class Detection:
    category: str
    pattern: str
    text: str  # the matched words, for tests and debugging; never logged

    def __str__(self) -> str:
        return self.category


def _token_specs(token: str) -> List[dict]:
    """Matcher alternatives for one syntax token (a Matcher token checks one
    attribute set, so "@turn|went" becomes a lemma spec and a text spec)."""
    optional = token.startswith("?") or token == "_"
    token = token.lstrip("?")
    if token == "_":
        specs = [{"IS_PUNCT": False, "LOWER": {"NOT_IN": sorted(P.NEGATORS | P.CONJUNCTIONS)}}]
    elif token == "$":
        specs = [{"IS_PUNCT": True}, {"LOWER": {"IN": sorted(P.CONJUNCTIONS)}}]
    else:
        values = token.split("|")
        specs = [{"LOWER": {"IN": [v.lstrip("@") for v in values]}}]
        lemmas = [v[1:] for v in values if v.startswith("@")]
        if lemmas:
            specs.append({"LEMMA": {"IN": lemmas}})
    return [dict(spec, OP="?") if optional else spec for spec in specs]


def compile_pattern(pattern: str) -> List[List[dict]]:
    """Every Matcher pattern for one syntax pattern, one per mix of alternatives."""
    choices = [_token_specs(token) for token in pattern.lstrip(TOPIC_PREFIX).split()]
    return [list(combination) for combination in itertools.product(*choices)]


def _groups() -> Dict[str, List[str]]:
    return {
        UNRESPONSIVE: P.UNRESPONSIVE_SIGNS, CYANOSIS: P.CYANOSIS_SIGNS,
        BREATHING: P.BREATHING_SIGNS, CONTEXT: P.OPIOID_CONTEXT, **P.CATEGORY_PATTERNS,
    }


def _phrase_groups() -> Dict[str, List[str]]:
    return {
        UNRESPONSIVE: F.UNRESPONSIVE, CYANOSIS: F.CYANOSIS, BREATHING: F.BREATHING,
        **F.CATEGORY_PHRASES,
    }


Compile = Callable[..., "re.Pattern[str]"]


def _any_of_pattern(expressions: List[str]) -> str:
    return r"\b(?:" + "|".join(expressions) + r")\b"


def _any_of(expressions: List[str], compile: Compile) -> "re.Pattern[str]":
    return compile(_any_of_pattern(expressions))


def _phrase_words(pattern: str) -> str:
    """A phrase family's words as a regex: a comma may follow any word ("5 weeks old, fever")."""
    return pattern.lstrip(TOPIC_PREFIX).replace(" ", ",? ")


def pattern_file_in(var_dir: Path) -> Path:
    """The compiled-pattern file of a var directory (bot.core.compiled_patterns
    tags its name with the Python build)."""
    return var_dir / "cache" / "crisis-patterns.marshal"


def default_pattern_file() -> Optional[Path]:
    """Where the detector keeps its compiled patterns between starts
    (bot.core.compiled_patterns): the var directory's cache, or nowhere when
    the settings cannot be read."""
    from bot.core.settings import Settings, SettingsError

    try:
        return pattern_file_in(Settings.from_env().var_dir)
    except SettingsError:
        return None


@lru_cache(maxsize=1)
def _nlp():
    """Blank English with lookup lemmas (tables from spacy-lookups-data)."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.get_pipe("lemmatizer").initialize()
    return nlp


class CrisisDetector:
    def __init__(self, nlp=None, pattern_file: Optional[Path] = None, prefilter: bool = True,
                 tail_guards: bool = True) -> None:
        """`pattern_file`: where compiled patterns are kept between starts
        (default_pattern_file() when None; bot.core.compiled_patterns).
        `prefilter`: skip a phrase or idiom regex on a message that holds none
        of its literals (same results; False runs them all, for comparison).
        `tail_guards`: run a leading "none of these words from here to the end"
        lookahead once per message (bot.crisis.tail_guard; same results; False
        leaves it to the regex engine at every position, for comparison)."""
        from spacy.matcher import Matcher

        self.nlp = nlp or _nlp()
        self.matcher = Matcher(self.nlp.vocab, validate=True)
        self._keys: Dict[int, Tuple[str, str]] = {}
        for group, pattern_list in _groups().items():
            for index, pattern in enumerate(pattern_list):
                key = f"{group}:{index}"
                self.matcher.add(key, compile_pattern(pattern))
                self._keys[self.nlp.vocab.strings[key]] = (group, pattern)
        with compiled_through(pattern_file or default_pattern_file()) as compiled:
            regex = compiled.compile
            any_of = partial(_any_of, compile=regex)
            guarded = partial(_guarded, compiled, prefilter=prefilter, split=tail_guards)
            # Each idiom on its own, so that every one finds its longest span (one
            # alternation would stop at the first idiom that fits).
            self._idioms = [guarded(idiom) for idiom in P.IDIOMS]
            self._own_crisis = any_of([P.OWN_CRISIS])
            self._relief_from_an_end = any_of([F.RELIEF_FROM_AN_END])
            self._quoted = regex(P.QUOTED)
            self._past, self._habit = any_of(P.PAST_MARKERS), any_of(P.HABIT_MARKERS)
            self._now = any_of(P.NOW_MARKERS)
            self._treated = any_of(P.TREATED_MARKERS)
            self._recent, self._births = any_of(P.RECENT_MARKERS), any_of(P.BIRTH_ANCHORS)
            self._ideation = any_of([P.RECENT_IDEATION])
            self._ongoing = any_of(P.ONGOING_MARKERS)
            self._recovered, self._events = any_of(P.RECOVERED), any_of([P.RECOVERED_EVENTS])
            self._reassured = any_of(P.REASSURANCE)
            self._prepared, self._unprepared = any_of(P.PREPAREDNESS), any_of(P.PREPARED_UNDONE)
            self._named = any_of(P.NAMED_NOW)
            self._present_danger = any_of(P.PRESENT_DANGER)
            # filters whose stops are read over the whole message, and the mark a message must hold
            self._whole_stops = {i: any_of([words]) for i, words in P.STOPS_ANYWHERE_IN_MESSAGE.items()}
            self._whole_needs = {i: regex(words) for i, words in P.MARK_REQUIRED_IN_MESSAGE.items()}
            self._phrases = [
                (group, pattern, *guarded(_phrase_words(pattern)))
                for group, pattern_list in _phrase_groups().items() for pattern in pattern_list
            ]
            self._phrase_index = LiteralIndex([literals for _, _, _, literals in self._phrases])
            self._idiom_index = LiteralIndex([literals for _, literals in self._idioms])
            # round 31: a clinical case for an exam or a class, in Spanish too (patterns.STUDY_CASE_MARKER)
            self._study = any_of(F.STUDY_MARKERS + [P.STUDY_CASE_MARKER])
            self._not_study = any_of(F.NOT_STUDY)
            self._overdose_kinds = {kind: any_of(words) for kind, words in P.OVERDOSE_KINDS.items()}
            self._handled, self._undone = any_of(P.HANDLED), any_of(P.HANDLED_UNDONE)
            self._laughter, self._annoyance = regex(P.LAUGHTER), any_of(P.ORDINARY_ANNOYANCES)
            self._serious = any_of(P.NOT_A_JOKE)
            self._routine = any_of(P.ROUTINE_USE)
            self._fed_up, self._practical = any_of(P.FED_UP), regex("|".join(P.PRACTICAL_ASKS))
            self._naloxone_word = regex(P.NALOXONE_WORD_42D)
            self._clinic_dose, self._naloxone_given = regex(P.CLINIC_DOSE_MARK_42D), regex(P.NALOXONE_GIVEN_42D)

    def detect(self, text: str) -> Optional[Detection]:
        """The most urgent detection (categories.py's priority): first aid for an
        overdose or another emergency comes before crisis-line guidance, which
        the overdose and medical answers also point to."""
        return categories.most_urgent(self.detect_all(text))

    def detect_all(self, text: str) -> List[Detection]:
        return self.analyze(text)[0]

    def analyze(self, text: str) -> Tuple[List[Detection], bool]:
        """(detections, whether crisis words were present but ruled out): a
        message whose crisis words are negated, past, idiomatic or asked about
        ("i have never had a seizure") must not be read as a crisis by DIET
        either."""
        if not text or not text.strip():
            return [], False
        normalized = normalize(text[:MAX_CHARS])
        doc = self.nlp(normalized + END)
        idioms = self._idiom_spans(normalized)
        scopes = _Scopes(doc)
        spans, context_negators, context_words, ruled_out = [], [], [], False
        study = bool(self._study.search(normalized)) and not self._not_study.search(normalized)
        # Asking ahead is not an emergency, unless it is happening as they write
        # ("we made a plan for his taper and he is seizing right now").
        prepared = bool(self._prepared.search(normalized)) and not self._unprepared.search(normalized)
        for group, pattern, start, end in self._matches(doc, normalized):
            if study:  # studying or writing about it: topics are not events, signs are topics
                lo, hi = scopes.question[_anchor(doc[start:end])]
                impersonal = not any(t.lower_ in P.PERSONAL for t in doc[lo:hi])
                if pattern.startswith(TOPIC_PREFIX) or impersonal:
                    ruled_out = True  # "the triad: pinpoint pupils, slow breathing..."
                    continue
                pattern = TOPIC_PREFIX + pattern
            if prepared and group not in P.RISK_GROUPS and group != CONTEXT:
                ruled_out = True  # "what do we do if i have a seizure? asking ahead"
                continue
            if group == CONTEXT:
                context_negators.append(_negator(doc, start, P.CONTEXT_NEGATION_WINDOW))
                context_words.append(doc[start:end].text)
            elif _negator(doc, start) is None and \
                    not self._suppressed(doc[start:end], group, pattern, idioms, scopes):
                spans.append((group, pattern, doc[start:end]))
            else:
                ruled_out = True
        # "mi marido me amenazo con matarme", "my brother is choking our mom": a killing or
        # choking word inside someone's threat or attack is that person's violence, not the
        # writer's wish to die nor a blocked airway.
        # An injury told in the same sentence as the attack is the attack's ("squeezed my neck
        # till i could not breathe, he is in the next room"): the violence guidance says 911.
        attacks = [span for group, _, span in spans if group == P.VIOLENCE]
        spans = [(group, pattern, span) for group, pattern, span in spans
                 if not any(_attack_tells(group, pattern, span, a) for a in attacks)]
        # A drug word counts unless negated by a negator of its own ("no drugs"),
        # not one that belongs to a sign before it ("no respira, tomo fentanilo").
        drug_context = any(
            i is None or any(span.start <= i < span.end for _, _, span in spans) for i in context_negators
        )
        # Round 42 (d): a faint after a ketamine or Spravato dose given at a clinic, where the only
        # drug word is naloxone asked about ("should i give narcan?"): the dose explains the signs,
        # a medical emergency (911), not the naloxone steps alone.
        if drug_context and context_words and all(self._naloxone_word.fullmatch(w) for w in context_words) \
                and self._clinic_dose.search(normalized) and not self._naloxone_given.search(normalized):
            drug_context = False
        detections = _refine_self_injury(
            _refine_overdose(_resolve(spans, drug_context), normalized, self._overdose_kinds))
        # Words that look like a crisis with no pattern matched (DIET's reading
        # alone) are overruled by an idiom ("the price will be the death of
        # me"), by a message that is only about the past ("my uncle died by
        # suicide when i was a kid") or by one that says nothing is happening.
        handled = [m.end() for m in self._handled.finditer(normalized)]
        ruled_out = ruled_out or bool(idioms) or self._reassured.search(normalized) is not None \
            or bool(handled and self._undone.search(normalized, handled[-1]) is None) \
            or self._joking(normalized) \
            or self._weary(normalized) \
            or (self._past.search(normalized) is not None and self._now.search(normalized) is None)
        # ...but never where a danger is told now (the means at hand, a farewell under way, a time
        # set for today, the writer's own act just done): DIET still reads such a message (round 29, part C).
        return detections, ruled_out and not detections and not self._danger_now(normalized, scopes.memo)

    def _idiom_spans(self, text: str) -> List[Tuple[int, int]]:
        """Spans of the look-alike filters (idioms) that match and do not give way."""
        spans = []
        for index in self._idiom_index.passing(text):
            for match in self._idioms[index][0].finditer(text):
                if not self._filter_gives_way(index, text, match):
                    spans.append(match.span())
        return spans

    def _filter_gives_way(self, index: int, text: str, match: "re.Match[str]") -> bool:
        """Whether look-alike filter `index`, matched at `match`, stops: at the writer's own
        crisis told beside it, or (an absence with a date) at relief from knowing of an end
        ("i feel better now that i know i won't be here next week"). Checked only for the
        filters that matched, so ordinary messages pay nothing for it."""
        if index in P.STOPPED_AT_OWN_CRISIS and self._own_crisis_besides(text, match):
            return True
        # stops anywhere in the message (before the filter's words too); and a filter whose
        # mark (laughter, a song, a question) the message lacks
        if index in self._whole_stops and self._whole_stops[index].search(text):
            return True
        if index in self._whole_needs and self._whole_needs[index].search(text) is None:
            return True
        if index in P.STOPPED_AT_PRESENT_DANGER and self._danger_now(text):
            return True
        return index in P.STOPPED_AT_RELIEF and self._relief_from_an_end.search(text) is not None

    def _danger_now(self, text: str, memo: Optional[dict] = None) -> bool:
        """A danger told now anywhere in the message, outside quotes (patterns.PRESENT_DANGER: the
        means at hand, a farewell under way, a time set for today, the writer's own act just done):
        a past, a recovery, a story or faith told beside it does not rule the message out (round 29,
        part C: "she wanted to die years ago, but now she is saying goodbye and has the pills")."""
        if memo is not None and "danger_now" in memo:
            return memo["danger_now"]
        found = self._present_danger.search(self._quoted.sub(_blank, text)) is not None
        if memo is not None:
            memo["danger_now"] = found
        return found

    def _own_crisis_besides(self, text: str, match: "re.Match[str]") -> bool:
        """The writer's own wish, plan or means, or a danger now, told anywhere in the message
        outside the look-alike filter's own words and outside quotes (a lyric, a leaflet):
        such a filter stops there, before its words as well as after them (round 22: "ya
        compre las pastillas para esta noche. me quiero morir jajaja le mande el audio")."""
        rest = text[:match.start()] + _blank(match) + text[match.end():]
        return self._own_crisis.search(self._quoted.sub(_blank, rest)) is not None

    def _matches(self, doc, normalized: str):
        """(group, pattern, start, end) token spans from the Matcher patterns and
        the phrase families (regular expressions over the normalised text)."""
        for match_id, start, end in self.matcher(doc):
            yield (*self._keys[match_id], start, end)
        for index in self._phrase_index.passing(normalized):
            group, pattern, regex, _ = self._phrases[index]
            for m in regex.finditer(normalized):
                span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if span is not None and len(span):
                    yield group, pattern, span.start, span.end

    def _suppressed(self, span, group: str, pattern: str, idioms: List[Tuple[int, int]],
                    scopes: "_Scopes") -> bool:
        if any(span.start_char < end and start < span.end_char for start, end in idioms):
            return True
        doc, anchor = span.doc, _anchor(span)
        # "positive test last week and now a stabbing pain": a match that runs
        # into a clause saying "now" is happening now. A wish or an attempt told as past is
        # read as now when the message tells a danger now elsewhere (round 29, part C).
        if self._not_now(doc, scopes.sentence[anchor], group, scopes.memo) \
                and not self._now.search(span.text) \
                and not (group in P.RISK_GROUPS and self._danger_now(doc.text, scopes.memo)):
            return True
        if group in GENERIC and self._over(doc, anchor, span.text):
            return True
        if group not in P.RISK_GROUPS + GENERIC and self._handled_by_professional(doc.text, span):
            return True
        if self._joke(doc, anchor):
            return True
        lo, hi = scopes.question[anchor]
        # "does it help if you just don't see the point anymore": the visitor's
        # own words in the second person; asking directly is safe.
        # "if a bus hit me i would not mind": the writer, not anyone.
        # "what do i do if someone took...? she is my roommate": someone named is not anyone (round 24).
        if _generic_conditional(doc, lo) and not self._named.search(doc.text) and not (group == P.POSSIBLE_RISK and (
                doc[lo + 1].lower_ == "you"
                or (doc[lo + 1].lower_ in {"a", "an"} and any(t.lower_ in P.FIRST_PERSON for t in span)))):
            return True
        # "is the monitoring because people stop breathing?": a sign of people in
        # general, asked about, is a topic (not for suicide risk).
        if group not in P.RISK_GROUPS and _about_people_in_general(doc, span):
            return True
        return pattern.startswith(TOPIC_PREFIX) and _asks(doc, lo, hi, scopes)

    def _not_now(self, doc, bounds: Tuple[int, int], group: str, memo: dict) -> bool:
        """Past, hypothetical or (for physical signs) habitual, with no sign of
        now; memoised per clause so long messages stay linear."""
        key = (bounds, group in P.RISK_GROUPS, group == P.POSSIBLE_RISK)
        if key not in memo:
            clause = self._dated_elsewhere(doc[slice(*bounds)].text, group)
            habit = group not in P.RISK_GROUPS and self._habit.search(self._routine.sub(_blank, clause))
            # A time at the head of a sentence ("Last month, he passed out and
            # we gave him narcan") reaches over its "and"s, up to the full stop.
            head = doc[_sentence_start(doc, bounds[0]):][:6]
            opening = self._past.search(self._dated_elsewhere(head.text, group))
            leads = opening is not None and len(head) > 1 and opening.start() <= head[1].idx - head[0].idx
            sentence = doc[_sentence_start(doc, bounds[0]):_sentence_end(doc, bounds[1])].text
            past = self._past.search(clause) or leads or self._treated.search(sentence)
            memo[key] = bool(past or habit) and not self._now.search(clause)
        return memo[key]

    def _dated_elsewhere(self, text: str, group: str) -> str:
        """The text without times that do not date the event: the time of a
        birth ("pari hace 3 semanas"), for suicide risk a duration that runs
        up to now ("dice desde hace semanas que se quiere morir"), and for a
        possible risk a time inside the screener's past month ("suicidal
        thoughts in the last month")."""
        text = self._births.sub(_blank, text)
        if group in P.RISK_GROUPS:
            text = self._ongoing.sub(_blank, text)
        if group == P.POSSIBLE_RISK and self._ideation.search(text):
            return self._recent.sub(_blank, text)
        return text

    def _handled_by_professional(self, text: str, span) -> bool:
        """After the event, a pharmacist, poison control, a doctor or the ER
        said it is harmless or checked the person ("poison control said it
        was fine"), and nothing after that says it has turned bad again ("but
        now she is not breathing"). Not for suicide risk (a checked body says
        nothing about the wish), nor for states such as not breathing."""
        handled = [m for m in self._handled.finditer(text) if m.start() >= span.start_char]
        if not handled:
            return False
        return self._undone.search(text, max(handled[-1].end(), span.end_char)) is None

    def _joking(self, text: str) -> bool:
        return self._laughter.search(text) is not None and self._serious.search(text) is None \
            and self._annoyance.search(text) is not None

    def _weary(self, text: str) -> bool:
        """Fed up with the pain or an errand beside a practical question, and
        nothing serious said ("harta de este dolor, lo cubre el Medicaid?")."""
        return self._fed_up.search(text) is not None and self._practical.search(text) is not None \
            and self._serious.search(text) is None

    def _joke(self, doc, anchor: int) -> bool:
        """Hyperbole marked as a joke: laughter ("haha", "lol", a laughing
        emoji) in the message and an everyday annoyance (a wait, a bill,
        paperwork, traffic) in the same sentence as the words, with nothing
        that makes it serious (a time, means, a plan, "not joking")."""
        if self._laughter.search(doc.text) is None or self._serious.search(doc.text):
            return False
        sentence = doc[_sentence_start(doc, anchor):_sentence_end(doc, anchor + 1)].text
        return self._annoyance.search(sentence) is not None

    def _over(self, doc, anchor: int, matched: str) -> bool:
        """A faint or a collapse in a sentence that says the person is fine
        again ("he passed out at dinner, he is fine")."""
        if not self._events.search(matched):
            return False
        sentence = doc[_sentence_start(doc, anchor):_sentence_end(doc, anchor + 1)].text
        return self._recovered.search(sentence) is not None


def _filtered(compiled: CompiledPatterns, pattern: str, prefilter: bool) -> Tuple["re.Pattern[str]", Literals]:
    """The regex and its literal prefilter (None, never skip, when `prefilter` is off)."""
    regex, literals = compiled.compile_filtered(pattern)
    return regex, literals if prefilter else None


def _guarded(compiled: CompiledPatterns, body: str, prefilter: bool, split: bool) -> Tuple[object, Literals]:
    """_filtered(r"\b(?:body)\b"), its leading tail guards run once per message
    (bot.crisis.tail_guard) when `split` and the body has them. A match of the
    whole is a match of its rest at the same place, so the rest's literals
    prefilter the whole and the whole is never compiled."""
    parts = tail_guard.split(body) if split else None
    if parts is None:
        return _filtered(compiled, _any_of_pattern([body]), prefilter)
    guards, rest = parts
    regex, literals = _filtered(compiled, _any_of_pattern([rest]), prefilter)
    return tail_guard.TailGuarded(regex, [compiled.compile(guard) for guard in guards]), literals


def _resolve(spans: List[Tuple[str, str, object]], drug_context: bool) -> List[Detection]:
    """Generic signs become an overdose with drug context, or when a person who
    does not respond also breathes badly or is blue, and nothing else explains
    it; else medical.
    A generic sign inside a self-harm phrase ("sleep and not wake up") is read
    as that phrase."""
    wishes = [span for group, _, span in spans if group in P.RISK_GROUPS]
    spans = [(group, pattern, span) for group, pattern, span in spans
             if group not in GENERIC or not any(_overlap(span, w) for w in wishes)]
    kinds = {group for group, _, _ in spans}
    # Unresponsive with another opioid-overdose sign (SAMHSA: slow or no
    # breathing, blue lips) and nothing else explaining it: naloxone steps.
    signs = UNRESPONSIVE in kinds and len(kinds & set(GENERIC)) >= 2 and P.MEDICAL not in kinds
    generic_kind = P.OVERDOSE if drug_context or signs else P.MEDICAL
    return [Detection(generic_kind if group in GENERIC else group, pattern, span.text)
            for group, pattern, span in spans]


def _refine_overdose(detections: List[Detection], text: str, kinds: dict) -> List[Detection]:
    """Which overdose guidance fits: intentional (any suicide risk in the message,
    or the writer took too many pills themselves) gets 911, Poison Help,
    naloxone and 988; a non-opioid drug or medicine with no opioid named gets
    911, Poison Help and the recovery position; anything else (opioids, street
    drugs, a bystander's signs with no drug named) gets the naloxone steps."""
    if not any(d.category == P.OVERDOSE for d in detections):
        return detections
    at_risk = any(categories.get(d.category).at_risk for d in detections)
    if at_risk or kinds["intentional"].search(text):
        kind = categories.OVERDOSE_INTENTIONAL.key
    elif kinds["non_opioid"].search(text) and not kinds["opioid"].search(text):
        kind = categories.POISONING.key
    else:
        return detections
    return [Detection(kind, d.pattern, d.text) if d.category == P.OVERDOSE else d for d in detections]


def _refine_self_injury(detections: List[Detection]) -> List[Detection]:
    """Self-injury done and bleeding now (phrases.SELF_INJURY_NOW) gets 911 and
    pressure on the wound before 988, not the self-harm guidance alone."""
    return [Detection(categories.SELF_INJURY.key, d.pattern, d.text)
            if d.category == P.SELF_HARM and d.pattern in F.SELF_INJURY_NOW else d for d in detections]


def _blank(match: "re.Match[str]") -> str:
    """Spaces in place of a match, so that offsets into the text still hold."""
    return " " * len(match.group())


def _attack_tells(group: str, pattern: str, span, attack) -> bool:
    """Whether `span` (of `group`, read by `pattern`) is part of what someone's attack `attack`
    tells: a wish or a killing word overlapping it, or a medical sign in its sentence.

    An attack never swallows a reading about the attacker's own death: a relative's death wish
    told with the weapon at hand ("has his rifle, says nobody would miss him",
    F.SUICIDE_BESIDE_A_WEAPON) is his suicide risk as well as his threat (round 38, helper k)."""
    if pattern in F.SUICIDE_BESIDE_A_WEAPON:
        return False
    if group in P.RISK_GROUPS:
        return _overlap(span, attack)
    if group == P.MEDICAL or group in GENERIC:
        return _sentence_start(span.doc, span.start) == _sentence_start(attack.doc, attack.start)
    return False


def _overlap(a, b) -> bool:
    return a.start < b.end and b.start < a.end


def _sentence_start(doc, i: int) -> int:
    """Index of the first token of the sentence (up to . ! ? ;) holding token i."""
    while i > 0 and doc[i - 1].text not in {".", "!", "?", ";"}:
        i -= 1
    return i


def _sentence_end(doc, i: int) -> int:
    """Index just past the sentence (up to . ! ? ;) holding token i - 1."""
    while i < len(doc) and doc[i].text not in {".", "!", "?", ";"}:
        i += 1
    return i


def _is_separator(token) -> bool:
    return token.is_punct or token.lower_ in P.CONJUNCTIONS


def _opens_clause(doc, i: int) -> bool:
    word = doc[i].lower_
    if word in P.STARTERS:
        return True
    # "if someone in my family ...": a possessive after a preposition is no new subject
    return word in P.SUBJECT_RESTARTS and i > 0 and doc[i - 1].lower_ not in P.STARTERS \
        and not (word in P.POSSESSIVES and doc[i - 1].lower_ in P.PREPOSITIONS)


def _anchor(span) -> int:
    """The match's first word that is not a separator ("and will not wake")."""
    return next((t.i for t in span if not _is_separator(t)), span.start)


class _Scopes:
    """Clause bounds for every token of a message, computed once (linear).
    sentence: split only at punctuation and conjunctions (the scope of "years
    ago"); question: also at wh-words, "if" and a new subject (the scope of a
    question or a conditional)."""

    def __init__(self, doc) -> None:
        self.sentence = _clause_bounds(doc, starters=False)
        self.question = _clause_bounds(doc, starters=True)
        self.memo: dict = {}


def _clause_bounds(doc, starters: bool) -> List[Tuple[int, int]]:
    """(start, end) of the clause each token is in; separators form their own."""
    bounds: List[Tuple[int, int]] = []
    lo = 0
    for i, token in enumerate(doc):
        if _is_separator(token) or (starters and i > lo and _opens_clause(doc, i)):
            bounds.extend([(lo, i)] * (i - lo))
            lo = i + 1 if _is_separator(token) else i
            if _is_separator(token):
                bounds.append((i, i + 1))
    bounds.extend([(lo, len(doc))] * (len(doc) - lo))
    return bounds


def _negator(doc, start: int, window: int = P.NEGATION_WINDOW) -> Optional[int]:
    """Index of a negator earlier in the same clause, before a new subject or
    "stop", if there is one."""
    if doc[start].lower_ in P.STARTERS:  # "do not know what i would be here for"
        return None
    for i in range(start - 1, max(-1, start - 1 - window), -1):
        word = doc[i].lower_
        if word in P.NEGATORS:
            # Spanish "si no ..." negates the condition, not the threat that
            # follows it ("si no me dan la cita hoy me tiro del puente"), but
            # it does negate its own object ("si no tengo ideas suicidas").
            if word == "no" and start - i > 2 and doc[start].lower_ in P.SPANISH_CONSEQUENCE_OPENERS \
                    and any(doc[j].lower_ == "si" for j in range(max(0, i - 3), i)) \
                    and not any(_is_separator(doc[j]) for j in range(max(0, i - 3), i)):
                return None
            return i
        # Spanish "nunca he tenido": "he" is "i have", the negation reaches on.
        if word == "he" and i > 0 and doc[i - 1].lower_ in P.SPANISH_NEGATORS:
            continue
        if _is_separator(doc[i]) or word in P.NEGATION_STOPS or _opens_clause(doc, i):
            return None
    return None


def _generic_conditional(doc, lo: int) -> bool:
    """ "if someone overdoses", "when you can not breathe": about anyone."""
    if doc[lo].lower_ not in P.CONDITIONALS:
        return False
    return lo + 1 < len(doc) and doc[lo + 1].lower_ in P.GENERIC_SUBJECTS


def _about_people_in_general(doc, span) -> bool:
    """The sign's subject is people in general ("people", "patients", "la
    gente") in a sentence that asks ("...because people stop breathing?") and
    names no one in particular."""
    start, end = _sentence_start(doc, span.start), _sentence_end(doc, span.end)
    if end >= len(doc) or doc[end].text != "?":
        return False
    before = [t.lower_ for t in doc[start:span.start]]
    return bool(before) and before[-1] in P.PEOPLE_IN_GENERAL \
        and not any(t.lower_ in P.PERSONAL for t in doc[start:end])


def _says_that(doc, lo: int) -> bool:
    """Spanish "que" after "creo", "dice", "parece"... is "that", not "what"
    (accents are folded, so "que" and "qué" look alike): "creo que es una
    convulsion" tells, it does not ask."""
    return doc[lo].lower_ == "que" and lo > 0 and doc[lo - 1].lower_ in P.QUE_THAT_HEADS


def _asks(doc, lo: int, hi: int, scopes: _Scopes) -> bool:
    """An information question: opens with a question word (or a pair such as "se
    puede"), or ends with "?"
    without naming anyone ("ketamine and suicidal thoughts?")."""
    if doc[lo].lower_ in P.QUESTION_STARTS and not _says_that(doc, lo):
        return True
    if lo + 1 < hi and (doc[lo].lower_, doc[lo + 1].lower_) in P.QUESTION_OPENING_PAIRS:
        return True
    # "quisiera saber si hay riesgo de sobredosis", "i'd like to know whether...": an embedded question (round 25)
    if any(doc[i].lower_ in P.EMBEDDED_QUESTION_OPENERS and doc[i - 1].lower_ in P.EMBEDDED_QUESTION_HEADS
           for i in range(max(lo, 1), hi)) or (doc[lo].lower_ in P.EMBEDDED_QUESTION_OPENERS and lo > 0
                                                and doc[lo - 1].lower_ in P.EMBEDDED_QUESTION_HEADS):
        return True
    if hi - lo <= 3 and lo > 1 and doc[lo - 1].lower_ in COORDINATORS:
        return _asks(doc, *scopes.question[lo - 2], scopes)  # "what is x and y"
    ends_with_question = hi < len(doc) and doc[hi].text == "?"
    return ends_with_question and not any(t.lower_ in P.PERSONAL for t in doc[lo:hi])
