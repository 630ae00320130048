"""Turn what a website visitor types into validated intake fields for a clinic lead.

Pure functions: text in, a `Parsed` value out (or a bool / `Confirmation`). Each
refusal carries a short machine key (`problem`) that the form turns into a message.
Values are personal health information: nothing here does I/O or logs.

Every function accepts odd input (None, empty, 100 000 characters, emoji, HTML,
SQL, control characters) without raising, and quickly: long text is refused by
length before any pattern is run on it.
"""

from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass
from datetime import date
from typing import Any, List, Optional, Tuple, Union

import dateparser
import phonenumbers
from email_validator import EmailNotValidError, validate_email

from bot.intake.fields import INTAKE_FIELDS, NOT_GIVEN

MAX_NAME_CHARS = 100
MAX_DESCRIPTION_CHARS = 1000
MAX_SHORT_TEXT_CHARS = 120  # best time, insurance
MIN_AGE = 18
MAX_AGE = 120
EARLIEST_BIRTH_YEAR = 1900

# Short answers (consent, contact method, confirmation, skip) longer than this are
# not short answers: they are treated as unclear rather than searched for keywords.
_MAX_ANSWER_CHARS = 300
_MAX_DATE_CHARS = 120
_MAX_PHONE_CHARS = 200



@dataclass(frozen=True)
class Parsed:
    value: Optional[str]  # normalised value, None if not accepted
    problem: Optional[str] = None  # a short machine key when not accepted

    @property
    def ok(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class Confirmation:
    kind: str  # "confirm" | "change" | "unclear"
    field: Optional[str] = None  # one of FIELDS when kind == "change" and the text names one


# --- shared helpers -----------------------------------------------------------------


def _text(value: Any) -> str:
    """Any input as a str ('' for None), so callers never have to guard."""
    if value is None:
        return ""
    return value if isinstance(value, str) else str(value)


def _clean(text: str) -> str:
    """Lower case, curly apostrophes straightened, punctuation dropped, spaces collapsed."""
    text = text.casefold().replace("’", "'").replace("‘", "'")
    text = re.sub(r"[^\w\s']", " ", text)
    return " ".join(text.split())


def _short_answer(text: Any) -> str:
    """The cleaned text of a short answer; '' when it is blank or far too long to be one."""
    raw = _text(text)
    if len(raw) > _MAX_ANSWER_CHARS:
        return ""
    return _clean(raw)


_POLITE = r"(?:please|pls|plz|thanks|thank you|thx|ty|ok|okay|um+|uh+|hmm+|well)"


def _without_politeness(cleaned: str) -> str:
    """Drop a leading or trailing 'please', 'thanks', 'um'..., which change no answer."""
    cleaned = re.sub(rf"^(?:{_POLITE}\s+)+", "", cleaned)
    return re.sub(rf"(?:\s+{_POLITE})+$", "", cleaned)


# --- skipping -------------------------------------------------------------------------

_SKIP_PHRASES = {
    "skip", "pass", "next", "n a", "na", "no thanks", "no thank you", "not applicable",
    "no comment", "move on", "next question", "i'll pass", "ill pass", "i pass", "later",
    "not now", "skip for now", "i don't want to say", "i dont want to say",
    "don't want to say", "dont want to say", "i'd rather not", "id rather not",
    "i would rather not", "rather not", "none of your business", "not telling",
    "i'd prefer not", "i prefer not", "prefer not", "decline to answer", "decline",
    # Spanish (issue 15), with and without accents
    "saltar", "saltar esta pregunta", "saltar pregunta", "saltarla", "sáltela", "saltela",
    "sáltala", "saltala", "siguiente", "siguiente pregunta", "paso", "omitir", "después",
    "despues", "luego", "prefiero no decir", "prefiero no decirlo", "prefiero no contestar",
    "prefiero no responder", "no quiero decir", "no quiero decirlo", "no quiero contestar",
    "no quiero responder", "no aplica", "sin comentarios",
}
_SKIP = re.compile(
    r"^(?:(?:can we|can i|could we|let's|lets|i'd like to|i want to|just) )?skip"
    r"(?: (?:it|this|that|this one|that one|(?:this|that|the) question|for now|please))*$"
    r"|^(?:i'd |id |i would |i )?(?:prefer|rather) not(?: to)?"
    r"(?: (?:say|answer|share|tell|disclose|give it|give|provide it))?$"
)


def is_skip(text: str) -> bool:
    """Does the visitor want to skip this question? ('skip', 'pass', 'n/a', 'rather not say')."""
    cleaned = _short_answer(text)
    for candidate in (cleaned, _without_politeness(cleaned)):
        if candidate and (candidate in _SKIP_PHRASES or _SKIP.match(candidate)):
            return True
    return False


# --- name ----------------------------------------------------------------------------

_NAME_LEAD_IN = re.compile(
    r"^(?:(?:hi|hello|hey|hiya|hola)\b[\s,!.]+)?"
    r"(?:(?:(?:my\s+)?(?:full\s+|first\s+|legal\s+)?name(?:'s|\s+is)?"
    r"|i'm|i\s+am|im|it's|its|it\s+is|this\s+is|(?:you\s+can\s+|just\s+)?call\s+me"
    r"|i\s+go\s+by|me\s+llamo|mi\s+nombre(?:\s+completo)?\s+es|(?:yo\s+)?soy|me\s+dicen)"
    r"(?:\s*[:\-–]\s*|\s+))?",
    re.IGNORECASE,
)
_NAME_TAIL = re.compile(r"(?:[\s,!.]+(?:thanks|thank you|thx|(?:muchas\s+)?gracias)\b[\s,!.]*"
                        r"|[\s,!]*)$",
                        re.IGNORECASE)
# Zero-width (non-)joiners are part of some Persian and Indic names.
_NAME_PUNCTUATION = set(" '’-‐‑.,") | {"\u200c", "\u200d"}
_NAME_ABBREVIATIONS = {"jr", "sr", "st", "dr", "mr", "mrs", "ms", "mx"}
_URL = re.compile(r"://|\bwww\.|\.(?:com|org|net|io|co|us|edu|gov|info|me|ly|biz)\b",
                  re.IGNORECASE)
_NON_NAMES = {
    "no", "yes", "skip", "idk", "hello", "hi", "hey", "none", "test", "testing", "asdf",
    "why", "what", "stop", "quit", "exit", "cancel", "help", "nope", "yeah", "yep", "ok",
    "okay", "sure", "nothing", "nobody", "no one", "anonymous", "anon", "name", "my name",
    "my name is", "my name's", "i'm", "i am", "it's",
    "no name", "unknown", "qwerty", "asdfgh", "jkl", "blah", "whatever", "n a", "na",
    "nah", "hmm", "lol", "not telling", "i don't know", "i dont know", "dont know",
    "don't know", "prefer not to say", "no way", "fake name",
    "first last", "first name last name", "menu", "back", "restart", "thanks", "thank you",
}
# A name does not start with these words: "no I'd rather not", "why do you need it".
# (Not "do" or "can": Do is a Vietnamese surname, Can a Turkish given name.)
_NON_NAME_STARTS = {
    "no", "not", "nope", "nah", "yes", "why", "what", "who", "how", "when", "where",
    "skip", "i", "i'd", "i'll", "i've", "don't", "dont", "none", "idk", "stop", "please",
    "test", "is",
}


def _strip_name_lead_in(text: str) -> str:
    """'Hi, my name is Ana' -> 'Ana'; 'Ana Ruiz, thanks!' -> 'Ana Ruiz'; 'Smith.' -> 'Smith'."""
    text = " ".join(text.split())
    straight = text.replace("’", "'")  # same length, so offsets match the original
    match = _NAME_LEAD_IN.match(straight)
    if match and 0 < match.end() < len(text):
        text = text[match.end():]
    text = _NAME_TAIL.sub("", text).strip(" ,")
    last = text.split()[-1] if text else ""
    if last.endswith(".") and len(last) > 2 and last[:-1].casefold() not in _NAME_ABBREVIATIONS:
        text = text[:-1]  # a full stop, not an initial or "Jr."
    return text


def _name_problem(name: str) -> Optional[str]:
    """None if `name` looks like a person's name, else the problem key."""
    if len(name) > MAX_NAME_CHARS:
        return "too_long"
    if any(ch not in _NAME_PUNCTUATION and unicodedata.category(ch)[0] not in "LM"
           for ch in name):
        return "not_a_name"  # digits, @, ?, < > ; =, emoji, control characters
    if _URL.search(name) or len(name.split()) > 6:
        return "not_a_name"
    if sum(1 for ch in name if unicodedata.category(ch)[0] == "L") < 2:
        return "not_a_name"
    if _clean(name) in _NON_NAMES or _first_word(name) in _NON_NAME_STARTS or is_skip(name):
        return "not_a_name"
    return None


def _first_word(name: str) -> str:
    """'No,' -> 'no' and 'No.' -> 'no', but an initial stays one: 'I. M. Pei' -> 'i.'."""
    word = name.split()[0].casefold().replace("’", "'").rstrip(",!")
    return word.rstrip(".") if len(word) > 2 else word


def parse_full_name(text: str) -> Parsed:
    """The visitor's name as typed (case kept), without 'my name is' and extra spaces.

    Problems: 'too_long' over MAX_NAME_CHARS, else 'not_a_name'.
    """
    raw = _text(text)
    if len(raw) > 4 * MAX_NAME_CHARS:
        return Parsed(None, "too_long")
    name = unicodedata.normalize("NFC", _strip_name_lead_in(raw))
    if not name:
        return Parsed(None, "not_a_name")
    problem = _name_problem(name)
    return Parsed(None, problem) if problem else Parsed(name)


# --- date of birth ----------------------------------------------------------------------

_DATEPARSER_SETTINGS = {
    "DATE_ORDER": "MDY",
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    # Only calendar dates: "yesterday" or "30 years ago" is not a date of birth (the
    # relative parser would also ignore REQUIRE_PARTS), nor is a Unix timestamp.
    "PARSERS": ["absolute-time"],
}
_DOB_LEAD_IN = re.compile(
    r"^(?:(?:it's|it is|its|i was|i am|i'm|um|so|and|my|the|his|her|date of birth|"
    r"birth ?date|birthday|b-?day|d\.?o\.?b|born|nac[ií]|fecha de nacimiento|mi|"
    r"cumpleaños|is|was|on|el|es)\b[\s,.:=-]*|[\s,.:=-]+)+",
    re.IGNORECASE,
)
_ISO = re.compile(r"(?<!\d)(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})(?!\d)"
                      r"|^(\d{1,2})\s+(\d{1,2})\s+(\d{4}|\d{2})$")
_COMPACT = re.compile(r"^(\d{8})$")
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
_MONTH_DAY = re.compile(
    r"\b([a-z]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b"
    r"|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?([a-z]{3,10})\.?,?\s+(?:del?\s+)?(\d{4})\b")
_MONTHS = {name: number for number, names in enumerate((
    ("jan", "january", "enero", "ene"), ("feb", "february", "febrero"),
    ("mar", "march", "marzo"), ("apr", "april", "abril", "abr"), ("may", "mayo"),
    ("jun", "june", "junio"), ("jul", "july", "julio"), ("aug", "august", "agosto", "ago"),
    ("sep", "sept", "september", "septiembre", "setiembre"),
    ("oct", "october", "octubre"), ("nov", "november", "noviembre"),
    ("dec", "december", "diciembre", "dic"),
), start=1) for name in names}


def _full_year(digits: str, today: date) -> int:
    """'85' -> 1985, '05' -> 2005: a two-digit year after this year is last century."""
    year = int(digits)
    if len(digits) == 2:
        year += 2000 if 2000 + year <= today.year else 1900
    return year


def _make_date(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _numeric_date(text: str, today: date) -> Tuple[bool, Optional[date]]:
    """(found a numeric shape, the date it means or None if no such calendar day).

    Read M/D/Y as US visitors write it; a D/M/Y date is accepted only when the first
    number cannot be a month ('14/03/1985'), so no date is ever silently reordered.
    """
    match = _ISO.search(text)
    if match:
        year, _sep, month, day = match.groups()
        return True, _make_date(int(year), int(month), int(day))
    match = _COMPACT.match(text)
    if match:
        digits = match.group(1)
        if digits[:2] in ("19", "20"):
            found = _make_date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
            if found:
                return True, found
        return True, _make_date(int(digits[4:]), int(digits[:2]), int(digits[2:4]))
    match = _NUMERIC.search(text)
    if not match:
        return False, None
    first, second, year_digits = [g for g in match.groups() if g is not None]
    year = _full_year(year_digits, today)
    found = _make_date(year, int(first), int(second))
    if found is None and int(first) > 12:
        found = _make_date(year, int(second), int(first))
    return True, found


def _named_month_date(text: str) -> Tuple[bool, Optional[date]]:
    """(found 'March 14 1985' / '14th of March, 1985' / '14 de marzo de 1985', the date
    or None if no such day, e.g. 'February 30 1990', which dateparser just drops).

    The common spellings are read here: it is many times faster than dateparser.
    """
    for match in _MONTH_DAY.finditer(text.casefold()):
        if match.group(1):
            month_word, day, year = match.group(1), match.group(2), match.group(3)
        else:
            day, month_word, year = match.group(4), match.group(5), match.group(6)
        month = _MONTHS.get(month_word)
        if month:
            return True, _make_date(int(year), month, int(day))
    return False, None


def _dateparser_date(text: str, today: date) -> Optional[date]:
    with warnings.catch_warnings():  # dateparser's own deprecation noise is not ours
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(text, languages=["en", "es"], settings=_DATEPARSER_SETTINGS)
    if parsed is None:
        return None
    found = parsed.date()
    if found.year > today.year and not _FOUR_DIGITS.search(text):
        found = _make_date(found.year - 100, found.month, found.day) or found
    return found


def _strip_dob_lead_in(text: str) -> str:
    text = " ".join(text.replace("’", "'").split())
    text = _DOB_LEAD_IN.sub("", text)
    # Spanish ordinals of the first day: "1ro de enero", "primero de enero".
    text = re.sub(r"\b(?:1(?:ro|ero|°|º)|primero)(?= de\b)", "1", text, flags=re.IGNORECASE)
    return text.strip(" .,!;:")


def parse_date_of_birth(text: str, today: date) -> Parsed:
    """ISO 'YYYY-MM-DD' from '3/14/85', 'March 14th, 1985', '14 de marzo de 1985'...

    Problems: 'unreadable' (no date, or day, month or year missing), 'impossible' (no
    such calendar day), 'future' (after today), 'too_old' (before 1900 or over 120).
    """
    raw = _text(text)
    if len(raw) > _MAX_DATE_CHARS:
        return Parsed(None, "unreadable")
    cleaned = _strip_dob_lead_in(raw)
    if not any(ch.isdigit() for ch in cleaned):
        return Parsed(None, "unreadable")  # every accepted form has a day and a year
    found_shape, found = _numeric_date(cleaned, today)
    if not found_shape:
        found_shape, found = _named_month_date(cleaned)
    if not found_shape:
        found = _dateparser_date(cleaned, today)  # "Mar 14 '85", "march 14 85", ...
        if found is None:
            return Parsed(None, "unreadable")
    if found is None:
        return Parsed(None, "impossible")
    if found > today:
        return Parsed(None, "future")
    if found.year < EARLIEST_BIRTH_YEAR or age_on(found, today) > MAX_AGE:
        return Parsed(None, "too_old")
    return Parsed(found.isoformat())


def age_on(date_of_birth: date, today: date) -> int:
    """Age in whole years; the birthday itself counts. A 29 February birthday falls on
    1 March in other years (28 February is still the day before)."""
    before_birthday = (today.month, today.day) < (date_of_birth.month, date_of_birth.day)
    return today.year - date_of_birth.year - int(before_birthday)


def is_adult(date_of_birth: date, today: date) -> bool:
    return age_on(date_of_birth, today) >= MIN_AGE


# --- phone and email -----------------------------------------------------------------------


def _valid_e164(number: phonenumbers.PhoneNumber) -> Optional[str]:
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def parse_phone(text: str, default_region: str = "US") -> Parsed:
    """E.164 ('+12125550100') from '(212) 555-0100', 'cell: 212.555.0100', '+44 20 7946 0958'.

    An extension is dropped. Problems: 'unreadable' (no number in the text),
    'invalid' (a number, but not one that can be dialled).
    """
    raw = _text(text)
    if len(raw) > _MAX_PHONE_CHARS or not any(ch.isdigit() for ch in raw):
        return Parsed(None, "unreadable")
    region = default_region.upper() if default_region else None  # phonenumbers wants "GB"
    try:
        number: Optional[phonenumbers.PhoneNumber] = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        number = None
    e164 = _valid_e164(number) if number is not None else None
    if e164:
        return Parsed(e164)
    # "my cell is 212-555-0100, thanks!" or "call 212 555 0100 after 5pm": the parser
    # wants the number alone, the matcher finds it inside a sentence.
    for match in phonenumbers.PhoneNumberMatcher(raw, region):
        e164 = _valid_e164(match.number)
        if e164:
            return Parsed(e164)
    return Parsed(None, "invalid" if number is not None else "unreadable")


_EMAIL_EDGES = "<>()[]{}\"'`,;.!?*"
_MAX_EMAIL_CANDIDATES = 3


def _email_candidates(text: str) -> List[str]:
    """Words with an @ in them, stripped of surrounding punctuation and 'mailto:'."""
    candidates = []
    text = unicodedata.normalize("NFKC", text).replace(" @ ", "@")
    for word in text.split():
        if "@" not in word or len(word) > 320:
            continue
        # "email:jane@x.org", "mailto:jane@x.org": the address is the part with the @
        word = next(part for part in word.split(":") if "@" in part)
        candidates.append(word.strip(_EMAIL_EDGES))
        if len(candidates) == _MAX_EMAIL_CANDIDATES:
            break
    return candidates


def parse_email(text: str) -> Parsed:
    """The address in 'it's Jane.Doe@Example.com', normalised ('Jane.Doe@example.com').

    Deliverability is not checked (no network). Problem: 'invalid'.
    """
    for candidate in _email_candidates(_text(text)):
        try:
            return Parsed(validate_email(candidate, check_deliverability=False).normalized)
        except EmailNotValidError:
            continue
    return Parsed(None, "invalid")


# --- contact method and best time ------------------------------------------------------------

# Spanish calls come in every person and mood: "llámeme", "llámenme", "que me
# llamen", "me llaman", "llamarme" (with or without the accent).
_CALL_WORDS = (r"call|calls|calling|called|ring|voice|voicemail|phone call|llamada|llamadas|"
               r"llamar|llamarme|ll[aá]mame|ll[aá]meme|ll[aá]menme|llame|llamen|llaman")
_DEVICE_WORDS = (r"phone|telephone|cell|cellphone|mobile|"  # "text my cell" is still a text
                 r"tel[eé]fono|celular|cel")
_TEXT_WORDS = (r"text|texts|texting|texted|sms|txt|message|messages|messaging|msg|"
               r"text message|mensaje|mensajes|mensajito|texto|textos|"
               r"text[eé]eme|text[eé]enme")
_EMAIL_WORDS = r"email|emails|emailing|emailed|e mail|mail|correo|correo electronico"
_NEGATED = r"(?:not|no|don't|dont|never|rather not|do not|please don't|but not|no me|nunca)"


def _mentions(words: str, cleaned: str) -> bool:
    """The words occur, and not right after a negation ('please don't call')."""
    for match in re.finditer(rf"\b(?:{words})\b", cleaned):
        before = cleaned[:match.start()].split()[-2:]
        if not re.search(rf"\b{_NEGATED}$", " ".join(before)):
            return True
    return False


def parse_contact_method(text: str) -> Parsed:
    """'phone' | 'text' | 'email' from 'call me', 'please text', 'Email is best'.

    Problem 'unclear' when no method, or more than one, is named ('either is fine').
    """
    cleaned = _short_answer(text)
    call = _mentions(_CALL_WORDS, cleaned)
    device = _mentions(_DEVICE_WORDS, cleaned)
    sms = _mentions(_TEXT_WORDS, cleaned)
    mail = _mentions(_EMAIL_WORDS, cleaned)
    named = [method for method, said in (("phone", call or (device and not sms)),
                                         ("text", sms), ("email", mail)) if said]
    if len(named) != 1 or (sms and call):
        return Parsed(None, "unclear")
    return Parsed(named[0])


_TIME_BUCKETS = (
    ("any time", r"any ?time|whenever|doesn't matter|doesnt matter|does not matter|"
                 r"no preference|don't mind|dont mind|all day|flexible|whatever works|"
                 r"either"),
    ("morning", r"mornings?|am|a m|before noon|before lunch"),
    ("afternoon", r"afternoons?|after lunch|pm|p m|midday|mid day"),
    ("evening", r"evenings?|nights?|tonight|after work|after [5-8](?: ?pm| ?p m| o'clock)?"),
    # Spanish (issue 15). Bare "mañana" is also "tomorrow", so only "la mañana",
    # "mañanas" and "temprano" are mornings.
    ("any time", r"a cualquier hora|cualquier hora|cuando sea|no importa|todo el d[ií]a|"
                 r"cuando quieran|cuando puedan|a la hora que sea"),
    ("morning", r"la ma[ñn]ana|ma[ñn]anas|temprano|antes del mediod[ií]a"),
    ("afternoon", r"la tarde|tardes|mediod[ií]a|despu[eé]s del almuerzo"),
    ("evening", r"la noche|noches|despu[eé]s del trabajo"),
)
# Words that add nothing to a bucket. Anything else ("weekdays", "3pm", "not Friday")
# is detail staff should see, so the visitor's own words are kept instead.
_TIME_FILLER = set(
    "in the a i i'd id i'm im prefer preferably best better is are would be works good "
    "fine great ok okay usually generally mostly ideally like during early late time "
    "times it its it's for me please thanks thank you probably really at around on most "
    "of free available any by call reach contact text email "
    "en por de a el la las los me mejor prefiero preferiblemente es son bien esta está buena bueno "
    "gracias favor porfa generalmente casi siempre mas más llamar llamenme llámenme".split())


def _time_bucket(cleaned: str) -> Optional[str]:
    cleaned = re.sub(r"\bi am\b", "i", cleaned)  # "I am free..." is not a.m.
    found = None
    for bucket, pattern in _TIME_BUCKETS:
        cleaned, count = re.subn(rf"\b(?:{pattern})\b", " ", cleaned)
        if count:
            if found:
                return None  # "mornings or evenings": keep the visitor's words
            found = bucket
    words = cleaned.split()
    if not all(word in _TIME_FILLER for word in words):
        return None
    return found or ("any time" if "any" in words else None)  # "any", "any is fine"


def _bounded(text: str, limit: int) -> Union[str, Parsed]:
    """The trimmed text, or the Parsed problem when it is empty or over `limit`."""
    verbatim = _text(text).strip()
    if not verbatim:
        return Parsed(None, "empty")
    if len(verbatim) > limit:
        return Parsed(None, "too_long")
    return verbatim


def parse_best_time(text: str) -> Parsed:
    """'morning' | 'afternoon' | 'evening' | 'any time', or the visitor's own short text.

    Problems: 'empty', 'too_long' (over MAX_SHORT_TEXT_CHARS), 'skipped' (a skip
    phrase: the form stores NOT_GIVEN).
    """
    verbatim = _bounded(text, MAX_SHORT_TEXT_CHARS)
    if isinstance(verbatim, Parsed):
        return verbatim
    if is_skip(verbatim):
        return Parsed(None, "skipped")
    return Parsed(_time_bucket(_clean(verbatim)) or verbatim)


# --- insurance and description -----------------------------------------------------------------

_NO_INSURANCE = re.compile(
    r"\b(?:no (?:health |medical )?(?:insurance|coverage|plan)|none|nope|nada|nothing|"
    r"not insured|not covered|"
    r"uninsured|un insured|self ?pay(?:ing)?|cash(?: pay)?|out of pocket|private pay|"
    r"pay(?:ing)? (?:for it )?myself|(?:don't|dont|do not) have (?:any |health |medical )*"
    r"(?:insurance|coverage|one)?|(?:don't|dont|do not) have it|"
    # Spanish, with New York's "aseguranza"; self-pay as the button says it.
    r"sin (?:seguro|aseguranza)|no tengo(?: seguro| aseguranza)?|ninguno|ninguna|"
    r"pag(?:o|ar[eé]|ar[ií]a)(?: yo)? (?:por mi cuenta|en efectivo|de mi bolsillo))\b"
)
_NO_INSURANCE_FILLER = set(
    "i i'm im am i'll ill will be just going to pay paying it's its currently right now at "
    "the moment no sorry thanks thank you unfortunately actually with by myself ok okay so "
    "and is fine that's thats planning plan on would prefer rather i'd id any have "
    "insurance gracias médico medico ahora ahorita por el momento".split())


def _means_no_insurance(cleaned: str) -> bool:
    if cleaned in ("no", "n", "nah", "nope"):
        return True
    rest, count = _NO_INSURANCE.subn(" ", cleaned)
    return bool(count) and all(word in _NO_INSURANCE_FILLER for word in rest.split())


def parse_insurance(text: str) -> Parsed:
    """The insurer as typed ('Blue Cross Blue Shield PPO'), 'none' (no insurance,
    self-pay), or NOT_GIVEN (skip, prefer not to say).

    Problems: 'empty', 'too_long' (over MAX_SHORT_TEXT_CHARS).
    """
    verbatim = _bounded(text, MAX_SHORT_TEXT_CHARS)
    if isinstance(verbatim, Parsed):
        return verbatim
    if is_skip(verbatim):
        return Parsed(NOT_GIVEN)
    if _means_no_insurance(_without_politeness(_clean(verbatim))):
        return Parsed("none")
    return Parsed(verbatim)


def parse_description(text: str) -> Parsed:
    """The visitor's own words, kept verbatim apart from surrounding whitespace.

    Problems: 'empty', 'too_long' (over MAX_DESCRIPTION_CHARS), 'skipped' (a skip
    phrase: the form stores NOT_GIVEN).
    """
    verbatim = _bounded(text, MAX_DESCRIPTION_CHARS)
    if isinstance(verbatim, Parsed):
        return verbatim
    if is_skip(verbatim):
        return Parsed(None, "skipped")
    return Parsed(verbatim)


# --- consent and confirmation ----------------------------------------------------------------

# Phrases with a negative word that still agree: checked (and removed) first.
_AGREEING_NEGATIVES = re.compile(
    r"\b(?:no problem|not a problem|no worries|why not|(?:i )?(?:don't|dont|do not) mind|"
    r"no objection|no objections)\b")
_REFUSAL = re.compile(
    r"\b(?:no|n|nope|nah|not|don't|dont|do not|disagree|decline|declined|refuse|never|"
    r"won't|wont|cannot|can't|rather not|stop|unsubscribe|reject|deny)\b")
_AGREEMENT = re.compile(
    r"\b(?:yes|y|yeah|yea|yep|yup|ya|agree|agreed|consent|ok|okay|k|sure|accept|accepted|"
    r"fine|sounds good|go ahead|please do|absolutely|of course|definitely|alright|"
    r"all right|si|sí|acepto|de acuerdo|i do|certainly|yes please)\b")


def parse_consent(text: str) -> Optional[bool]:
    """True for 'I agree', 'yes', 'ok'; False for 'no', 'I don't agree', 'not now';
    None when unclear. A refusal anywhere wins: consent must be unambiguous."""
    cleaned = _short_answer(text)
    if not cleaned:
        return None
    cleaned, agreeing = _AGREEING_NEGATIVES.subn(" ", cleaned)
    if _REFUSAL.search(cleaned):
        return False
    if agreeing or _AGREEMENT.search(cleaned):
        return True
    return None


# Longer phrases are tried first, so "phone number" is the phone and "best time" is
# not just any "time". The phrases are each field's `names` (bot.intake.fields).
_FIELD_WORDS: Tuple[Tuple[str, str], ...] = tuple(sorted((
    (phrase, field.slot) for field in INTAKE_FIELDS for phrase in field.names
), key=lambda item: -len(item[0])))

_CHANGE_WORDS = re.compile(
    r"\b(?:change|changes|changing|fix|edit|update|modify|amend|correct (?:my|the|it|that)|"
    r"wrong|incorrect|not right|isn't right|isnt right|not correct|mistake|typo|"
    r"different|actually|redo|re enter|instead|should be|misspelled|spelled wrong|"
    r"not quite|wait|hold on|hang on|go back|cambiar|cambia|cambie|cámbielo|cambielo|"
    r"corregir|corrija|corrige|arreglar|está mal|esta mal|equivocado|equivocada|"
    r"incorrecto|incorrecta|no es correcto|en realidad|espere|espera)\b")
_NEGATIVE = re.compile(r"\b(?:no|nope|nah|not|isn't|isnt|don't|dont|wrong)\b")
_CONFIRM_WORDS = re.compile(
    r"\b(?:yes|y|yeah|yea|yep|yup|correct|looks good|look good|looks great|looks right|"
    r"that's right|thats right|right|all good|all correct|submit|send|send it|confirm|"
    r"confirmed|perfect|great|go ahead|ok|okay|sure|good|fine|done|si|sí|exactly|"
    r"accurate|everything is correct|all set|"
    r"correcto|todo bien|todo correcto|está bien|esta bien|envíelo|envielo|envíalo|envialo|"
    r"enviar|envíe|envie|listo|perfecto|claro|dale|de acuerdo)\b")


def _named_fields(cleaned: str) -> List[Tuple[int, int, str]]:
    """(start, end, field) of each field named, longest phrase winning any overlap."""
    found: List[Tuple[int, int, str]] = []
    for phrase, field in _FIELD_WORDS:
        for match in re.finditer(rf"\b{re.escape(phrase)}\b", cleaned):
            if not any(s < match.end() and match.start() < e for s, e, _f in found):
                found.append((match.start(), match.end(), field))
    return sorted(found)


def _field_to_change(cleaned: str, changes: List[Tuple[int, int]]) -> Optional[str]:
    """The field named nearest to a change word ('name is fine but phone is wrong')."""
    named = _named_fields(cleaned)
    if not named:
        return None
    if not changes:
        return named[0][2]

    def distance(item: Tuple[int, int, str]) -> int:
        return min(abs(item[0] - start) for start, _end in changes)

    return min(named, key=distance)[2]


def parse_confirmation(text: str) -> Confirmation:
    """Answer to the summary: 'confirm' ('yes, send it'), 'change' with the field named
    ('my email is wrong' -> email) or None ('no', 'change something'), or 'unclear'."""
    cleaned = _short_answer(text)
    if not cleaned:
        return Confirmation("unclear")
    changes = [m.span() for m in _CHANGE_WORDS.finditer(cleaned)]
    field = _field_to_change(cleaned, changes)
    confirms = _CONFIRM_WORDS.search(cleaned) is not None
    if field and (changes or _NEGATIVE.search(cleaned) or not confirms):
        return Confirmation("change", field)
    if changes or _NEGATIVE.search(cleaned):
        return Confirmation("change")
    if confirms:
        return Confirmation("confirm")
    return Confirmation("unclear")
