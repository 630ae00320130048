"""What a website visitor types, and what the intake form makes of it."""

import time
from datetime import date

import pytest

from bot.intake import parsing
from bot.intake.fields import FIELD_LABELS, FIELDS
from bot.intake.parsing import (
    MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS, MAX_SHORT_TEXT_CHARS,
    NOT_GIVEN, Confirmation, Parsed, age_on, is_adult, is_skip, parse_best_time,
    parse_confirmation, parse_consent, parse_contact_method, parse_date_of_birth,
    parse_description, parse_email, parse_full_name, parse_insurance, parse_phone,
)

TODAY = date(2026, 6, 15)
HTML = "<script>alert(1)</script>"
SQL = "'; DROP TABLE leads; --"


def test_parsed_is_ok_only_with_a_value():
    assert Parsed("x").ok
    assert not Parsed(None, "invalid").ok


# --- names -------------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("José Álvarez-O'Neil", "José Álvarez-O'Neil"),
    ("李小龍", "李小龍"),
    ("Zoë", "Zoë"),
    ("Nguyễn Văn A", "Nguyễn Văn A"),
    ("Mary-Jane", "Mary-Jane"),
    ("D'Angelo", "D'Angelo"),
    ("Siobhán O’Brien", "Siobhán O’Brien"),
    ("J. R. R. Tolkien", "J. R. R. Tolkien"),
    ("Martin Luther King Jr.", "Martin Luther King Jr."),
    ("Cher", "Cher"),
    ("Олег Петров", "Олег Петров"),
    ("محمد علي", "محمد علي"),
    ("my name is Jane Doe", "Jane Doe"),
    ("Hi, I’m Ana Ruiz!", "Ana Ruiz"),
    ("im Sam Lee", "Sam Lee"),
    ("it's Betty", "Betty"),
    ("this is Tom Baker", "Tom Baker"),
    ("Name: Priya Patel", "Priya Patel"),
    ("call me Jay", "Jay"),
    ("  maria   lopez  ", "maria lopez"),  # case kept as typed
    ("John Smith.", "John Smith"),
    ("John Smith, thanks!", "John Smith"),
    ("Imogen Poots", "Imogen Poots"),  # "Im..." is not the lead-in "im"
    ("I. M. Pei", "I. M. Pei"),
    ("Do Van Tran", "Do Van Tran"),
    ("Can Yücel", "Can Yücel"),
    ("Zoe\u0308 Kim", "Zoë Kim"),  # a combining diaeresis, stored composed
])
def test_names_accepted(text, expected):
    assert parse_full_name(text) == Parsed(expected)


@pytest.mark.parametrize("text", [
    "John Smith 3rd", "12345", "jane@example.com", "www.janedoe.com",
    "https://example.org", "Jane?", "why do you need my name?", "no", "Yes", "skip",
    "idk", "hello", "none", "test", "asdf", "what", "STOP", "Skip this question",
    "i don't want to say", "No. I won't", "no, I'd rather not", "prefer not to say",
    "my name is", "A", "李",
    "one two three four five six seven", HTML, SQL, "Robert'); DROP TABLE students;--",
    "name=admin", "Ana 😊", "Sarah\x00", "", "   ", None,
])
def test_non_names_refused(text):
    assert parse_full_name(text) == Parsed(None, "not_a_name")


@pytest.mark.parametrize("length, ok", [(MAX_NAME_CHARS, True), (MAX_NAME_CHARS + 1, False)])
def test_name_length_limit(length, ok):
    name = ("Ana " + "b" * length)[:length]
    assert parse_full_name(name).ok is ok
    if not ok:
        assert parse_full_name(name).problem == "too_long"


# --- date of birth and age ------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("3/14/85", "1985-03-14"),
    ("03/14/1985", "1985-03-14"),
    ("March 14 1985", "1985-03-14"),
    ("march 14th, 1985", "1985-03-14"),
    ("14 March 1985", "1985-03-14"),
    ("Sept. 9, 1961", "1961-09-09"),
    ("Mar 14, '85", "1985-03-14"),  # these short forms are left to dateparser
    ("march 14 85", "1985-03-14"),
    ("14th march 85", "1985-03-14"),
    ("1985-03-14", "1985-03-14"),
    ("1985/3/4", "1985-03-04"),  # ISO order, never read as M/D/Y
    ("14 de marzo de 1985", "1985-03-14"),
    ("nací el 3 de enero de 1990", "1990-01-03"),
    ("mi cumpleaños es 3/14/1985", "1985-03-14"),
    ("born on 3-14-1985", "1985-03-14"),
    ("my birthday is march 14 1985", "1985-03-14"),
    ("I was born on the 14th of March, 1985", "1985-03-14"),
    ("DOB: 3/14/85", "1985-03-14"),
    ("1/2/05", "2005-01-02"),
    ("1/2/03", "2003-01-02"),
    ("6/1/30", "1930-06-01"),  # a two-digit year after this year is last century
    ("march 14 30", "1930-03-14"),
    ("7.4.1976", "1976-07-04"),
    ("14/03/1985", "1985-03-14"),  # 14 cannot be a month: unambiguous D/M/Y
    ("03141985", "1985-03-14"),
    ("Feb 29 1992", "1992-02-29"),
    ("06/15/2026", "2026-06-15"),  # today is not the future
])
def test_dates_of_birth_read(text, expected):
    assert parse_date_of_birth(text, TODAY) == Parsed(expected)


@pytest.mark.parametrize("text, problem", [
    ("2/30/1990", "impossible"),
    ("13/45/1990", "impossible"),
    ("02/29/1991", "impossible"),
    ("1990-02-30", "impossible"),
    ("February 30 1990", "impossible"),
    ("31 de abril de 1990", "impossible"),
    ("06/16/2026", "future"),
    ("12/25/2030", "future"),
    ("January 1 2031", "future"),
    ("1/1/1850", "too_old"),
    ("March 14, 1885", "too_old"),
    ("March 1985", "unreadable"),
    ("3/14", "unreadable"),
    ("1985", "unreadable"),
    ("yesterday", "unreadable"),  # relative dates are not birth dates
    ("40 years ago", "unreadable"),
    ("hello", "unreadable"),
    ("", "unreadable"),
    (None, "unreadable"),
    (HTML, "unreadable"),
])
def test_dates_of_birth_refused(text, problem):
    assert parse_date_of_birth(text, TODAY) == Parsed(None, problem)


@pytest.mark.parametrize("born, today, adult", [
    (date(2008, 6, 15), date(2026, 6, 15), True),  # 18 today
    (date(2008, 6, 16), date(2026, 6, 15), False),  # 17 years and 364 days
    (date(2007, 12, 31), date(2026, 6, 15), True),
    (date(2009, 1, 1), date(2026, 6, 15), False),
    (date(2008, 2, 29), date(2026, 2, 28), False),  # leap-day birthday is 1 March...
    (date(2008, 2, 29), date(2026, 3, 1), True),
    (date(2008, 2, 29), date(2027, 3, 1), True),
    (date(2012, 2, 29), date(2030, 2, 28), False),
    (date(2010, 2, 28), date(2028, 2, 28), True),
    (date(2012, 2, 29), date(2030, 3, 1), True),
])
def test_is_adult(born, today, adult):
    assert is_adult(born, today) is adult


@pytest.mark.parametrize("born, today, age", [
    (date(2008, 6, 15), date(2026, 6, 15), 18),
    (date(2008, 6, 16), date(2026, 6, 15), 17),
    (date(2012, 2, 29), date(2032, 2, 29), 20),  # leap year: the real birthday
    (date(2012, 2, 29), date(2031, 2, 28), 18),
    (date(1985, 3, 14), date(2026, 6, 15), 41),
])
def test_age_on(born, today, age):
    assert age_on(born, today) == age


def test_seventeen_year_old_date_is_read_but_not_adult():
    parsed = parse_date_of_birth("6/16/2008", TODAY)
    assert parsed.ok and not is_adult(date.fromisoformat(parsed.value), TODAY)


# --- phone and email ---------------------------------------------------------------------


@pytest.mark.parametrize("text, region, expected", [
    ("(212) 555-0100", "US", "+12125550100"),
    ("212.555.0100", "US", "+12125550100"),
    ("2125550100", "US", "+12125550100"),
    ("202-555-0123", "US", "+12025550123"),  # a 555 number phonenumbers holds valid
    ("my number is 212 555 0100", "US", "+12125550100"),
    ("cell: 212-555-0100", "US", "+12125550100"),
    ("my cell is 212-555-0100, thanks!", "US", "+12125550100"),
    ("call me at 212 555 0100 after 5pm", "US", "+12125550100"),
    ("+1 (212) 555-0100 ext 3", "US", "+12125550100"),
    ("+44 20 7946 0958", "US", "+442079460958"),  # UK
    ("020 7946 0958", "GB", "+442079460958"),
    ("07911 123456", "gb", "+447911123456"),  # UK mobile, region in lower case
    ("+52 55 1234 5678", "US", "+525512345678"),  # Mexico
    ("+91 98765 43210", "US", "+919876543210"),  # India
    ("(416) 555-0199", "US", "+14165550199"),  # Canada shares +1
    ("+1 613 555 0123", "US", "+16135550123"),
    ("２１２５５５０１００", "US", "+12125550100"),  # full-width digits
])
def test_phone_numbers_read(text, region, expected):
    assert parse_phone(text, region) == Parsed(expected)


@pytest.mark.parametrize("text, problem", [
    ("123", "invalid"),
    ("555-555-5555", "invalid"),
    ("+1 212 555 01", "invalid"),
    ("020 7946 0958", "invalid"),  # a UK number without +44 is not a US number
    ("+52 1 55 1234 5678", "invalid"),  # Mexico dropped the mobile "1" in 2019
    ("no phone", "unreadable"),
    ("", "unreadable"),
    (None, "unreadable"),
    (SQL, "unreadable"),
])
def test_phone_numbers_refused(text, problem):
    assert parse_phone(text) == Parsed(None, problem)


@pytest.mark.parametrize("text, expected", [
    ("jane@example.com", "jane@example.com"),
    ("it's Jane.Doe@Example.com", "Jane.Doe@example.com"),
    ("email: x@y.org.", "x@y.org"),
    ("email:x@y.org", "x@y.org"),
    ("<jane@example.org>", "jane@example.org"),
    ("jane @ example.org", "jane@example.org"),
    ("user+tag@gmail.com", "user+tag@gmail.com"),
    ("josé@exämple.com", "josé@exämple.com"),
])
def test_emails_read(text, expected):
    assert parse_email(text) == Parsed(expected)


@pytest.mark.parametrize("text", [
    "jane@example", "jane@@example.com", "x@y.invalid", "no email", "@jane", "", None, HTML,
])
def test_emails_refused(text):
    assert parse_email(text) == Parsed(None, "invalid")


# --- contact method and best time ----------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Phone call", "phone"), ("call me", "phone"), ("Calling is best", "phone"),
    ("phone", "phone"), ("please text", "text"), ("Text message", "text"),
    ("SMS", "text"), ("text me on my cell", "text"), ("please don't call, text me", "text"),
    ("Email is best", "email"), ("e-mail", "email"), ("no email please, phone", "phone"),
])
def test_contact_method(text, expected):
    assert parse_contact_method(text) == Parsed(expected)


@pytest.mark.parametrize("text", [
    "either is fine", "call or text", "email or phone", "whatsapp", "",
])
def test_contact_method_unclear(text):
    assert parse_contact_method(text) == Parsed(None, "unclear")


@pytest.mark.parametrize("text, expected", [
    ("morning", "morning"), ("Mornings are best", "morning"), ("AM", "morning"),
    ("before noon", "morning"), ("afternoon", "afternoon"), ("after lunch", "afternoon"),
    ("pm", "afternoon"), ("I am free in the afternoon", "afternoon"),
    ("evenings", "evening"), ("night", "evening"), ("after work", "evening"),
    ("after 5", "evening"), ("any time", "any time"), ("Anytime", "any time"),
    ("whenever", "any time"), ("doesn’t matter", "any time"), ("no preference", "any time"),
    ("weekdays after 3pm", "weekdays after 3pm"),  # detail staff should see, kept verbatim
    ("morning or evening", "morning or evening"),
    ("  Tuesdays only  ", "Tuesdays only"),
    (HTML, HTML), (SQL, SQL),
])
def test_best_time(text, expected):
    assert parse_best_time(text) == Parsed(expected)


@pytest.mark.parametrize("text, problem", [
    ("", "empty"), ("   ", "empty"), (None, "empty"),
    ("x" * (MAX_SHORT_TEXT_CHARS + 1), "too_long"), ("skip", "skipped"),
])
def test_best_time_refused(text, problem):
    assert parse_best_time(text) == Parsed(None, problem)


# --- insurance and description ---------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Aetna", "Aetna"), ("Blue Cross Blue Shield PPO", "Blue Cross Blue Shield PPO"),
    ("  medicare ", "medicare"), ("none", "none"), ("no insurance", "none"),
    ("I don’t have insurance", "none"), ("uninsured", "none"), ("self pay", "none"),
    ("Self-pay", "none"), ("cash", "none"), ("out of pocket", "none"),
    ("I'll be paying out of pocket", "none"), ("no", "none"),
    ("I have Aetna but will self pay", "I have Aetna but will self pay"),
    ("skip", NOT_GIVEN), ("prefer not to say", NOT_GIVEN), ("N/A", NOT_GIVEN),
    (HTML, HTML), (SQL, SQL),
])
def test_insurance(text, expected):
    assert parse_insurance(text) == Parsed(expected)


@pytest.mark.parametrize("text, problem", [
    ("", "empty"), (None, "empty"), ("x" * (MAX_SHORT_TEXT_CHARS + 1), "too_long"),
])
def test_insurance_refused(text, problem):
    assert parse_insurance(text) == Parsed(None, problem)


def test_description_up_to_the_limit_is_kept_verbatim():
    text = ("Depression since 2015.\n  Tried 3 meds; <b>nothing</b> helped. " * 40)
    text = text[:MAX_DESCRIPTION_CHARS - 2].rstrip() + " ✓"
    assert len(text) <= MAX_DESCRIPTION_CHARS
    assert parse_description("\n  " + text + "\t\n") == Parsed(text)


@pytest.mark.parametrize("text, problem", [
    ("a" * 5000, "too_long"), ("a" * (MAX_DESCRIPTION_CHARS + 1), "too_long"),
    ("", "empty"), (" \n\t ", "empty"), (None, "empty"), ("skip", "skipped"),
])
def test_description_refused(text, problem):
    assert parse_description(text) == Parsed(None, problem)


@pytest.mark.parametrize("text", [HTML, SQL, "I'm 😞 most days", "line one\nline two"])
def test_description_keeps_markup_and_sql_verbatim(text):
    assert parse_description(text) == Parsed(text)


# --- consent, skipping and confirmation ---------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("yes", True), ("I agree", True), ("agree", True), ("i consent", True), ("ok", True),
    ("sure", True), ("Yes please", True), ("accept", True), ("that's fine", True),
    ("I agree to be contacted", True), ("no problem", True), ("I don't mind", True),
    ("no", False), ("i do not agree", False), ("I don't agree", False),
    ("I don’t agree", False), ("disagree", False), ("No, thanks", False),
    ("decline", False), ("nope", False), ("not now", False),
    ("No, I do not agree", False), ("yes but don't call me", False),
    ("maybe", None), ("what is this?", None), ("", None), (None, None), ("👍", None),
])
def test_consent(text, expected):
    assert parse_consent(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("skip", True), ("Skip this question", True), ("skip this", True), ("pass", True),
    ("next", True), ("prefer not to say", True), ("Rather not say", True),
    ("I’d rather not", True), ("n/a", True), ("No thanks!", True),
    ("can we skip this one", True), ("skip please", True),
    ("no", False), ("John", False), ("skipper", False), ("", False), (None, False),
])
def test_is_skip(text, expected):
    assert is_skip(text) is expected


@pytest.mark.parametrize("text", [
    "yes", "Yes, send it", "looks good", "correct", "that's right", "all good", "submit",
    "send", "yep", "yes my email is correct",
])
def test_confirmation_confirms(text):
    assert parse_confirmation(text) == Confirmation("confirm")


@pytest.mark.parametrize("text, field", [
    ("change my phone number", "phone"), ("my email is wrong", "email"),
    ("fix the date of birth", "date_of_birth"), ("wrong birthday", "date_of_birth"),
    ("update my name", "full_name"), ("edit insurance", "insurance"),
    ("actually my number is different", "phone"), ("the phone is incorrect", "phone"),
    ("can I change my email", "email"), ("correct my e-mail", "email"),
    ("change how to contact me", "contact_method"), ("change the best time", "best_time"),
    ("my diagnosis is wrong", "intake_condition"), ("change what I wrote", "description"),
    ("the name is fine but the phone is wrong", "phone"), ("wrong age", "date_of_birth"),
    ("new cell", "phone"),
])
def test_confirmation_names_the_field_to_change(text, field):
    assert parse_confirmation(text) == Confirmation("change", field)


@pytest.mark.parametrize("field", FIELDS)
def test_change_buttons_name_their_field(field):
    """The summary's change buttons send 'Change <label>'."""
    assert parse_confirmation(f"Change {FIELD_LABELS[field].lower()}") == \
        Confirmation("change", field)


@pytest.mark.parametrize("text", [
    "no", "not quite", "something's wrong", "Change something", "I need to fix something",
    "edit",
])
def test_confirmation_change_without_a_field(text):
    assert parse_confirmation(text) == Confirmation("change")


@pytest.mark.parametrize("text", ["banana", "", None, "🙂", HTML])
def test_confirmation_unclear(text):
    assert parse_confirmation(text) == Confirmation("unclear")


# --- any input, quickly, without raising ---------------------------------------------------------

ODD_INPUTS = [
    None, "", "   ", "\x00\x1b[31m\x7f", HTML, SQL, "😀" * 50, "\u202e\u200b\ufeff",
    "a" * 100_000, " " * 100_000, ".,! " * 25_000, "@" * 100_000, "1" * 100_000,
    "a@" * 50_000, "1/" * 50_000, "my name is " * 9_000, "skip " * 20_000,
]
PARSERS = {
    "name": parse_full_name,
    "date_of_birth": lambda text: parse_date_of_birth(text, TODAY),
    "phone": parse_phone,
    "email": parse_email,
    "contact_method": parse_contact_method,
    "best_time": parse_best_time,
    "insurance": parse_insurance,
    "description": parse_description,
}


@pytest.mark.parametrize("name", sorted(PARSERS))
def test_odd_input_is_refused_or_kept_without_error(name):
    parse = PARSERS[name]
    parse_date_of_birth("March 14 1985", TODAY)  # dateparser's first call loads its data
    for text in ODD_INPUTS:
        started = time.perf_counter()
        result = parse(text)
        assert isinstance(result, Parsed)
        assert time.perf_counter() - started < 1.0, (name, repr(text)[:30])
    assert not parse("a" * 100_000).ok


def test_odd_input_to_yes_no_style_answers():
    for text in ODD_INPUTS:
        assert parse_consent(text) in (True, False, None)
        assert is_skip(text) in (True, False)
        assert parse_confirmation(text).kind in ("confirm", "change", "unclear")
    assert parse_consent("yes " * 25_000) is None  # no consent read from a wall of text


def test_every_field_has_a_label():
    assert set(FIELD_LABELS) == set(FIELDS)
    assert parsing.NOT_GIVEN == "not given"
