"""A bare "sat" that is Saturday: "drove off sat", "at the party sat", "8am sat", "overnight sat", "sat 3pm",
"sat from 9".

"sat" is far more often the verb ("sat in the car", "sat next to her"), so the cue matcher lists it only with a
day word ("sat night", "last sat", "every sat"). Alone it is the day where a verb cannot be: just after a clock
time or "overnight", or with no subject before it and only the clause's end, a clock time or a time lead after it.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

# after it: the clause's end, a laugh, a clock time or a word that leads one ("sat 3pm", "sat between 2 and 4")
DAY_AFTER_RE = re.compile(r"\s*(?:$|[,.;!?)]|(?:haha|lol|between|from|\d{1,2}(?::[0-5]\d)?\s*(?:am|pm)\b))", re.IGNORECASE)
# before it: a clock time or "overnight" makes it the day ("6am sat")
DAY_BEFORE_RE = re.compile(r"(?:\d\s*(?:am|pm)|overnight)\s*$", re.IGNORECASE)
SAT_RE = re.compile(r"\bsat\b")  # lower case only: "SAT" is the exam
# a subject, helper or article before it makes it the verb or the exam: "i sat,", "he just sat.", "on the sat lol"
NOT_BEFORE = frozenset("i you he she we they it who that which just was were had has have been ive hes shes theyve "
                       "weve youve n and then the a an my his her their our your just".split())
# a person (or what they wear) right before it is its subject: "a bloke in a black coat sat, staring"
PERSON_WORDS = frozenset("man men bloke blokes lad lads guy guys woman women lass girl girls boy boys kid kids fella "
                         "dude lady driver someone somebody he she they coat jacket hoodie top cap hat".split())
# "sat, staring at the kids", "sat, watchin": a participle after the comma goes with the verb
SUBJECT_BEFORE = NOT_BEFORE | PERSON_WORDS
PARTICIPLE_AFTER_RE = re.compile(r"\s*,\s*[a-z]+(?:ing|in)\b", re.IGNORECASE)


def bare_saturdays(doc: Doc, text: str, words: frozenset[str]) -> list:
    if "sat" not in words:
        return []
    spans = []
    for match in SAT_RE.finditer(text):
        before = text[:match.start()]
        words_before = before.split()
        if DAY_BEFORE_RE.search(before[-16:]):
            pass
        elif not words_before or words_before[-1].lower() in SUBJECT_BEFORE \
                or words_before[-1][-1:] in ",.;!?" or PARTICIPLE_AFTER_RE.match(text, match.end()) \
                or not DAY_AFTER_RE.match(text, match.end()):
            continue  # "sat" first in its clause is as often the verb with its subject dropped ("sat there for ages")
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans
