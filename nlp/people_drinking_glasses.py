"""Drinking glasses are no description: "massive scrap, glasses goin everywhere", "lads throwing pint glasses",
"glasses being thrown outside the pub". "glasses" is in the garment list because "older bloke with glasses" picks a
person out, and the rules and the tagger read the word alone; in a pub fight it is what gets thrown. Dev leaves it
out in every such row (d38a-095, h6-250), while the 43 rows that label "glasses" say "with", "wearing" or list it
among clothes. A word just before or after (nlp/data/en/drinking_glasses.json) says which glasses these are.
Gated on "glasses" in the text; run after the tagger, which may read the word alone too.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from .doc_attrs import PEOPLE, read
from .lexicon import word_sets
from .people_patterns import alternation
from .spans import scores_of, store_with_scores, text_of


@lru_cache(maxsize=None)
def drinking_regexes() -> tuple[re.Pattern, re.Pattern]:
    """(a word before the glasses, a word after them) that make them drinking glasses."""
    raw = word_sets("en/drinking_glasses.json")
    before = re.compile(rf"(?<![\w'])(?:{alternation(raw['before'])})\s+(?:(?:the|some|their|all|his|her)\s+)?$",
                        re.IGNORECASE)
    after = re.compile(rf"^\s*(?:(?:were|was|are)\s+)?(?:{alternation(raw['after'])}(?![\w'])|"
                       rf"(?:{alternation(raw['after_at_clause_end'])})\s*(?:[,.;!?]|$))", re.IGNORECASE)
    return before, after


def is_drinking_glasses(text: str, start: int, end: int) -> bool:
    """Whether the description text[start:end], "glasses" (or "pint glasses"), is glasses for drinking."""
    if not text[start:end].lower().endswith("glasses"):
        return False
    before, after = drinking_regexes()
    word_start = end - len("glasses")   # the word before "glasses", inside the description ("pint glasses") or not
    return bool(before.search(text[max(0, word_start - 30):word_start]) or after.match(text[end:end + 40]))


def drop_drinking_glasses(doc: Doc) -> None:
    """Drop the people descriptions of `doc` that are drinking glasses (cheap: only when "glasses" is in the text)."""
    people = read(doc, PEOPLE)
    if not people:
        return
    text = text_of(doc)
    if "glasses" not in text.lower():
        return
    kept = [fact for fact in people if not is_drinking_glasses(text, fact[0], fact[1])]
    if len(kept) != len(people):
        store_with_scores(doc, PEOPLE, kept, scores_of(doc, PEOPLE))
