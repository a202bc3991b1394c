"""Urgency read from kinds of meaning, not from one phrase (stop 24; used by nlp/urgency.py).

Phrase rules fitted the texts they were written for and did not carry to new ones. The readings here combine
small classes of cue words (patterns/urgency.jsonl and data/es/urgency.jsonl, found by the one cue matcher) by
what they mean together:

- **someone missing and at risk**: a MISSING state ("still not back", "hasnt come home", "not answering",
  "no ha regresado") with a sign the person cannot look after themselves: AT_RISK ("dementia", "a heart
  condition", "in her dressing gown"), EXPOSED to the weather or the dark ("its dark", "sleeting", "con este
  calor") or the age of a child or an old person ("hes 11", "shes only 9", "hes 89", "tiene 6 años"). The
  person is missing now, whatever time they left ("went out this morning"): the time does not make it the past.
  Not when a PET is named ("our cat hasnt come home, shes 14"), the person is back or it is a question.
- **someone who hurt or is barred from the tipster is here now**: an OFFENDER ("who hit me", "restraining
  order", "orden de restriccion") and a PRESENT_AT ("hes back at the door", "parked outside my", "afuera de
  mi casa"), not in the past tense ("was parked outside").
- **"keeps" + a verb in -ing is going on, not a habit** ("theres a kid on the roof, he keeps slipping", "im at
  the bus stop and he keeps asking me to get in") when the text is anchored in the present and does not say how
  often ("every night", "for weeks"); "a lad keeps trying car doors" stays a habit (PAST).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

# A child's or an old person's age next to the person: "hes 11", "she is only 9", "im 15", "aged 89", "tiene 6 años";
# or before "year old" ("my 6 year old", "a 4yr old").
YEARS_OLD_RE = re.compile(r"\b(\d{1,3})\s*-?\s*(?:years?|yrs?|yo\b)\s*-?\s*(?:old|o\b)?|\b(\d{1,3})\s*yo\b")
AGE_RE = re.compile(r"\b(?:he|she|hes|shes|he's|she's|he’s|she’s|im|i'm|i’m|i am|is|only|aged|tiene|tengo)\s+"
                    r"(?:only\s+|just\s+|about\s+|like\s+)?(\d{1,3})\b(?!\s*(?:min|mins|minutes|hours|hrs|am|pm|ft|foot|feet|"
                    r"miles|mph|%|:|[.,]\d|kg|lb|st\b|stone|inch|cm|m\b|mil|dolares|dólares|pesos|bucks))")
CHILD_MAX, ELDER_MIN = 16, 70
# How often: "keeps" with one of these words is a habit ("keeps parking there every night").
HOW_OFTEN = frozenset(("every", "always", "constantly", "regularly", "often", "daily", "nightly", "weekly", "weeks",
                       "months", "years", "days", "nights", "times", "whenever", "ages", "again", "since", "usually"))
PAST_WORDS = frozenset(("was", "were", "had", "been"))
# The tipster somewhere now: "im on furlong road", "im at the bus stop", "i'm locked in" (not "im dying to know").
FIRST_PERSON_RE = re.compile(r"\b(?:im|i['’]m|i am)\s+(?:on|at|in|outside|inside|by|near|home|alone|stuck|hiding|locked|"
                             r"walking|driving|sat|sitting|standing|still|now)\b", re.IGNORECASE)


def vulnerable_age(text: str) -> bool:
    """A child's (16 or under) or an old person's (70 or over) age given next to the person ("shes only 11")."""
    if not any(ch.isdigit() for ch in text):
        return False
    lowered = text.lower()
    ages = [int(m.group(1)) for m in AGE_RE.finditer(lowered)]
    ages += [int(m.group(1) or m.group(2)) for m in YEARS_OLD_RE.finditer(lowered) if "old" in m.group(0) or m.group(2)]
    return any(age <= CHILD_MAX or age >= ELDER_MIN for age in ages)


def missing_at_risk(doc: Doc, labels: dict, vulnerable_words: frozenset) -> str | None:
    """Someone missing now who cannot look after themselves (see the module docstring)."""
    if "MISSING" not in labels or "RESOLVED" in labels or "ROUTINE" in labels or "PET" in labels:  # a lost cat
        return None
    if "AT_RISK" in labels or "EXPOSED" in labels or vulnerable_age(doc.text) or \
            any(token.lower_ in vulnerable_words for token in doc):
        return "someone missing and at risk"
    return None


def offender_here(doc: Doc, labels: dict) -> str | None:
    """Someone who hurt or is barred from the tipster is near them now (see the module docstring)."""
    if "OFFENDER" not in labels or "PRESENT_AT" not in labels or "RESOLVED" in labels:
        return None
    for span in labels["PRESENT_AT"]:
        if not (span.start and doc[span.start - 1].lower_ in PAST_WORDS):
            return f"threat: {labels['OFFENDER'][0].text}"
    return None


def ongoing_keeps(doc: Doc, labels: dict) -> list:
    """The PAST cues "keeps" before a verb in -ing that say something is going on now, not a habit: the text does
    not say how often and is anchored in the present (a NOW or weak NOW cue such as "theres", or "im at ...";
    not a progressive: "im dying to know who keeps nicking our bins"). "a lad keeps trying car doors" stays a habit."""
    spans = [span for span in labels["PAST"] if span.text.lower() == "keeps" and span.end < len(doc)
             and len(doc[span.end].text) >= 5 and doc[span.end].lower_.endswith(("ing", "in"))]
    if not spans or any(token.lower_ in HOW_OFTEN for token in doc):
        return []
    anchored = "NOW" in labels or "NOW_WEAK" in labels or FIRST_PERSON_RE.search(doc.text)
    return spans if anchored else []
