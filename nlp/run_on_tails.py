"""A place the tagger or a rule ran on into the next clause: "lostwithiel sell weed", "ballintoy set off a flare",
"rio rancho every tuesday", "e 35th st got ppl", "burgh by sands and its bein pushed". The words after the name
are what someone did there or the start of what is said next; no dev label ends in one of them written in lower
case (nlp/data/en/run_on_tails.txt). The span is cut back to before them, and before the joiners ("and", "n")
they leave at its end. Runs after the tagger on every English text; gated on one of the words being in the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .lexicon import word_list
from .spans import lower_words, moved_fact, scores_of, store_with_scores

# Left at the end once the run-on words are cut: "burgh by sands and| its bein", "preesall n| use".
JOINERS = frozenset(("and", "n", "&", "in", "at", "on", "to", "then"))
LAST_WORD_RE = re.compile(r"\s+([^\s]+)$")
WORD_RE = re.compile(r"\s+([^\s]+)")
BARE_NUMBER_RE = re.compile(r"\d{1,4}")   # "at 7 and hasnt (come back)": a time, not a place


@lru_cache(maxsize=1)
def run_on_words() -> frozenset[str]:
    return word_list("en/run_on_tails.txt")


def first_inner_run_on(value: str, words: frozenset[str]) -> re.Match | None:
    """The first run-on word inside the span, not at its end: "ixworth and wont let", "groomsport keep doin
    handbrake" (the tagger read the verb phrase after a town as the second street of a corner). No dev label has
    one of these words, in lower case, after its first word."""
    for match in WORD_RE.finditer(value):
        if match.start() and match.group(1) in words:
            return match
    return None


def cut_run_on(value: str) -> str:
    """The place without the run-on words and joiners it ends with ("" when nothing of a name is left)."""
    words = run_on_words()
    match = LAST_WORD_RE.search(value)
    if match is None:
        return value
    if match.group(1) not in words:
        inner = first_inner_run_on(value, words)
        if inner is None:
            return value   # only a lower-case run-on word cuts (a capitalised one may be a name's: "Sunny Set")
        match = inner
    cut = value
    while match is not None and (match.group(1) in words or match.group(1).lower() in JOINERS):
        cut = cut[:match.start()]
        match = LAST_WORD_RE.search(cut)
    if cut.lower() in ("the", "a"):
        return value   # "the open": no name left to cut back to
    return "" if BARE_NUMBER_RE.fullmatch(cut) else cut


def cut_run_on_tails(doc: Doc, text: str) -> None:
    if lower_words(doc).isdisjoint(run_on_words()):
        return   # the cheap gate
    places = read(doc, LOCATIONS)
    scores = scores_of(doc, LOCATIONS)
    out = []
    for start, end, value in places:
        cut = cut_run_on(value)
        if not cut:
            continue
        out.append(moved_fact(text, start, start + len(cut), value, scores) if cut != value else (start, end, value))
    if out == places:
        return
    store_with_scores(doc, LOCATIONS, out, scores)
