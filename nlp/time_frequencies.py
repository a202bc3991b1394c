"""How often, written as a count per period or a "-ly" word: "3 times a week", "twice a night", "once a fortnight",
"14 times in one day", "5x a week", "daily", "weekly" (nlp/devset/ANNOTATION.md: a frequency is a time, copied whole
with its count and hedge: "about 3 times a week", "once a month"; times.py adds the hedge).

A "-ly" word is a frequency only where it says how often the event happens: after the verb, at the end of its phrase
("rings him daily", "overdosing like weekly", "calls daily saying ..."). Before a noun it names a thing ("the weekly
test", "the daily mail"), and after a make it is a van ("iveco daily"): none is a time. A count per period with no
"times" ("450 a month", "20 a day") is a price, and is left alone.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

COUNT = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several)"
PERIOD = r"(?:day|week|wk|night|nite|month|hour|hr|fortnight|year|morning|evening|afternoon|weekend)"
PER_PERIOD_RE = re.compile(
    rf"\b(?:{COUNT}\s*(?:times|x)|once|twice|thrice)\s+(?:a|an|per|each|in\s+(?:a|an|one|a\s+single))\s+{PERIOD}\b",
    re.IGNORECASE)
LY_WORDS = frozenset("daily weekly nightly fortnightly monthly hourly".split())
# before the "-ly" word: a determiner or an owner makes it an adjective of a thing; a make makes it a van
NOT_BEFORE_LY = frozenset("the a an my our his her their its this that every iveco".split())
GATE_WORDS = frozenset("times x once twice thrice".split()) | LY_WORDS
COUNT_X_RE = re.compile(r"\dx\b", re.IGNORECASE)  # "5x a week": "5x" is one word


def frequencies(doc: Doc, text: str, words: frozenset[str]) -> list:
    """The frequency spans of the text (see the module's doc)."""
    if words.isdisjoint(GATE_WORDS) and COUNT_X_RE.search(text) is None:
        return []
    spans = [span for match in PER_PERIOD_RE.finditer(text)
             if (span := doc.char_span(match.start(), match.end(), alignment_mode="expand")) is not None]
    if not words.isdisjoint(LY_WORDS):
        spans.extend(doc[token.i:token.i + 1] for token in doc if token.lower_ in LY_WORDS and how_often(doc, token.i))
    return spans


def how_often(doc: Doc, index: int) -> bool:
    """Whether the "-ly" word at ``index`` ends its phrase after a verb ("rings him daily", "daily, saying"), not a
    word that names a thing ("weekly test", "the daily mail", "iveco daily")."""
    if index and doc[index - 1].lower_ in NOT_BEFORE_LY:
        return False
    if index + 1 >= len(doc):
        return True
    following = doc[index + 1]
    return following.is_punct or following.lower_ in STOP_WORDS or following.lower_.endswith(("ing", "in"))
