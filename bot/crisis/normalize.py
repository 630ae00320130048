"""Normalise a message typed in a panic before crisis matching.

Lowercase, accents folded (Spanish typed without them matches the same
patterns), apostrophes unified, and the abbreviations and misspellings people use
under stress expanded ("hes not breating rn" -> "he is not breathing right now").
Pure string work; no spaCy here.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Dict

# Whole-word replacements, applied after lowercasing and accent folding.
REPLACEMENTS: Dict[str, str] = {
    # time and urgency
    "rn": "right now", "asap": "right now", "pls": "please", "plz": "please", "plss": "please",
    "tonite": "tonight", "2nite": "tonight", "tmrw": "tomorrow", "tmr": "tomorrow",
    "bc": "because", "cuz": "because", "cos": "because", "tho": "though",
    "abt": "about", "rly": "really", "smth": "something", "sth": "something", "r": "are",
    "ppl": "people", "noone": "nobody", "no1": "nobody", "gunna": "going to",
    "finna": "going to", "imma": "i am going to", "ima": "i am going to",
    # people
    "bf": "boyfriend", "gf": "girlfriend", "bff": "friend", "bro": "brother", "sis": "sister",
    "mom": "mother", "mum": "mother", "dad": "father", "hubby": "husband", "u": "you",
    "ur": "your", "im": "i am", "ive": "i have", "id": "i would", "ill": "i will",
    # contractions typed without apostrophes
    "hes": "he is", "shes": "she is", "theyre": "they are", "its": "it is",
    "cant": "can not", "can't": "can not", "cannot": "can not", "wont": "will not",
    "won't": "will not", "isnt": "is not", "isn't": "is not", "dont": "do not",
    "don't": "do not", "doesnt": "does not", "doesn't": "does not", "didnt": "did not",
    "didn't": "did not", "arent": "are not", "aren't": "are not", "wasnt": "was not",
    "wasn't": "was not", "aint": "is not", "he's": "he is", "she's": "she is",
    "i'm": "i am", "i've": "i have", "they're": "they are", "it's": "it is",
    "i'll": "i will", "i'd": "i would", "we're": "we are", "you're": "you are",
    "couldnt": "could not", "couldn't": "could not", "wouldnt": "would not",
    "wouldn't": "would not", "havent": "have not", "haven't": "have not",
    "hasnt": "has not", "hadnt": "had not", "shouldnt": "should not", "werent": "were not",
    "theres": "there is", "there's": "there is", "whats": "what is", "what's": "what is",
    "thats": "that is", "that's": "that is", "youre": "you are",
    # overdose words
    "od": "overdose", "ods": "overdoses", "od'd": "overdosed",
    "oded": "overdosed", "od'ed": "overdosed", "od'ing": "overdosing", "oding": "overdosing",
    "odeing": "overdosing", "overdosin": "overdosing", "fent": "fentanyl",
    "fentynal": "fentanyl", "fentanil": "fentanyl", "fentenyl": "fentanyl",
    "fentanly": "fentanyl", "fetanyl": "fentanyl", "fentanyls": "fentanyl",
    "herion": "heroin", "heroine": "heroin", "narcon": "narcan", "narcam": "narcan",
    "naloxon": "naloxone", "nalaxone": "naloxone", "naloxene": "naloxone",
    "fentinal": "fentanyl", "fentanal": "fentanyl", "overdosd": "overdosed",
    "overdoesed": "overdosed", "overdossed": "overdosed",
    "noddin": "nodding", "percs": "percocet", "perc": "percocet", "oxys": "oxycodone",
    "oxy": "oxycodone", "oxies": "oxycodone", "xans": "xanax", "bars": "xanax",
    # breathing and consciousness
    "breating": "breathing", "breathin": "breathing", "brething": "breathing",
    "breahting": "breathing", "breathng": "breathing", "braething": "breathing",
    "breath": "breathe", "brethe": "breathe", "breth": "breathe", "breathig": "breathing",
    "unconsious": "unconscious", "unconcious": "unconscious", "unconscius": "unconscious",
    "unresponsve": "unresponsive", "unresponive": "unresponsive", "wakeup": "wake up",
    "wakin": "waking", "respondin": "responding", "respondng": "responding",
    "breatheing": "breathing", "breathign": "breathing", "breating": "breathing",
    "unresponsice": "unresponsive", "unconsciouss": "unconscious",
    # self-harm
    "suicidel": "suicidal", "suicidial": "suicidal", "sucidal": "suicidal",
    "suicidle": "suicidal", "suiside": "suicide", "sucide": "suicide", "suicde": "suicide",
    "kms": "kill myself", "unalive": "kill", "unaliving": "killing", "selfharm": "self harm",
    "suisidal": "suicidal", "suicdal": "suicidal", "sewerslide": "suicide",
    "suacide": "suicide", "suicied": "suicide", "suicidality": "suicidal",
    "self-harm": "self harm", "wanna": "want to", "gonna": "going to", "gotta": "have to",
    # medical
    "seizing": "having a seizure", "siezing": "having a seizure", "siezure": "seizure",
    "seizur": "seizure", "seizre": "seizure", "seazure": "seizure", "seisure": "seizure",
    "anaphylaxis": "anaphylactic", "anaphalactic": "anaphylactic", "anaphalaxis": "anaphylactic",
    "anafilaxis": "anaphylactic", "anafilaxia": "anaphylactic", "epi-pen": "epipen", "epi": "epipen",
    "chestpain": "chest pain", "stroking": "having a stroke",
}

# Multi-word forms, applied before the word replacements.
PHRASES = [
    (re.compile(r"\bod+(?:'|\s)?ing\b"), "overdosing"),          # od'ing, oding, odding, od ing
    (re.compile(r"\b(i|he|she|they|we|you) odd\b"), r"\1 overdosed"),  # "she ODd" (not "that's odd")
    (re.compile(r"\b(my|him|her|them|your|our) self\b"), r"\1self"),  # "kill my self"
    (re.compile(r"\bno one\b"), "nobody"),                           # keeps "no" out of negation
    (re.compile(r"\bsewer slide\b"), "suicide"),
    (re.compile(r"\bepi pen\b"), "epipen"),
    (re.compile(r"\b(\d{2,3}) ?/ ?(\d{2,3})\b"), r"\1 over \2"),     # blood pressure 210/120
    (re.compile(r"\b(blu|purpl|gr[ae]y)e?[- ]ish\b"), r"\1ish"),          # "purple-ish" -> "purplish"
]
# Contractions the table does not list ("hasn't", "shouldn't", "she'll"),
# applied last. The irregular negatives first: "won't" is "will not", never
# "wo not"; "can't" is "can not".
_IRREGULAR_NOT = {"wo": "will", "ca": "can", "sha": "shall", "ai": "is"}
_NOT = re.compile(r"\b([a-z]+)n't\b")
_SUFFIXES = [
    (re.compile(r"\b([a-z]+)'ll\b"), r"\1 will"),
    (re.compile(r"\b([a-z]+)'re\b"), r"\1 are"),
    (re.compile(r"\b([a-z]+)'ve\b"), r"\1 have"),
    # "he'd never been born" is "had"; "she'd rather" is "would"
    (re.compile(r"\b(i|he|she|they|we|you|it)'d(?= (?:never |already |just |not |ever )?"
                r"(?:been|gone|taken|had|done|seen|told|died|left|started|got|gotten|tried|eaten|used|"
                r"swallowed|overdosed|fallen|hit|cut|said|thought|wanted|planned)\b)"), r"\1 had"),
    (re.compile(r"\b([a-z]+)'d\b"), r"\1 would"),
]
# A word with its inner apostrophes, never the quote marks around it: in
# "she said 'won't need it'" the word is "won't".
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z0-9]+)*")


def fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize(text: str) -> str:
    """Lowercased, accent-folded text with panic spellings expanded."""
    text = fold_accents(text.lower()).replace("\u2019", "'").replace("`", "'")
    text = re.sub(r"(.)\1{2,}", r"\1\1", text)  # "pleeeease" -> "pleease"
    for pattern, replacement in PHRASES:
        text = pattern.sub(replacement, text)
    text = _WORD.sub(lambda m: REPLACEMENTS.get(m.group(0), m.group(0)), text)
    text = _NOT.sub(lambda m: f"{_IRREGULAR_NOT.get(m.group(1), m.group(1))} not", text)
    for pattern, replacement in _SUFFIXES:
        text = pattern.sub(replacement, text)
    return text
