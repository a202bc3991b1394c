"""A bare age stated of someone with no hedge (nlp/devset/ANNOTATION.md: a bare age is labelled for anyone in the
text, "only" left out): after "is/was/hes/shes/im" and "only", "just" or "barely" ("the girl on the till was only
17", "hes only 14 n proper upset", "im just 16"), and just after a relative ("my brother 23 wasnt home", "my
wee sister, 15, got a message"). nlp/people.py takes "hes 14" and "my son 12" already (its AGE_VERBS), but an
"only" between hides the verb, and brothers, sisters, cousins and the like are not among its words.

What follows must end the clause or go on about the person ("and", "n", a verb like "wasnt", "got", "has"), so
"was only 4 minutes over", "my brother 2 weeks ago", "my brother, 17 cottage row" stay out. Gated on the
words "only"/"just"/"barely" or a relative, and a digit, so most texts pay two set tests."""
from __future__ import annotations

import re
from functools import lru_cache

from .people_patterns import alternation, word_lists

ONLY_WORDS = frozenset(("only", "just", "barely"))
# words that go on about the person after the age (the rest, "minutes", "cottage", "quid", count things or places)
FOLLOW = (r"(?=\s*(?:$|[,.;!?)]|(?:and|n|but|so|an|has|hasnt|hasn't|had|hadnt|was|wasnt|wasn't|is|isnt|got|gets|went|"
          r"left|says|said|didnt|didn't|doesnt|doesn't|wont|won't|cant|can't|aint|still|yrs?|years?\s+old|yo)(?![\w'])))")
ONLY_AGE_RE = re.compile(
    r"(?<![\w'])(?:he'?s|she'?s|(?:he|she|who|whos|who's|is|was|i'?m|i\s+am|i\s+was)\s+)?(?:is\s+|was\s+)?"
    r"(?:only|just|barely)\s+(?P<age>[5-9]|1\d|[2-9]\d)" + FOLLOW, re.IGNORECASE)
# "was only 17" said of someone, never of a thing or an hour ("it was only 10, we left", "that was only 20")
VERB_BEFORE_RE = re.compile(r"(?<!\bit\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\bthere\s)(?<!\bwhich\s)"
                            r"(?:\b(?:is|was|am|hes|shes|he's|she's|im|i'm|whos|who's))\s+(?:only|just|barely)\s+$",
                            re.IGNORECASE)


@lru_cache(maxsize=None)
def relative_age_re() -> re.Pattern:
    relatives = alternation(word_lists()["relation_nouns"] | {"grandad", "grandpa", "grandma", "granny", "nan", "nana",
                                                             "papa", "pawpaw", "mum", "mom", "dad"})
    return re.compile(rf"(?<![\w'])(?:my|our|his|her)\s+(?:(?:little|wee|big|older|younger|baby|kid)\s+)?(?:{relatives})"
                      rf"\s*,?\s*\(?(?P<age>[5-9]|[1-9]\d)(?![\w'.:/-])" + FOLLOW, re.IGNORECASE)


def stated_ages(text: str, present: frozenset[str]) -> list[tuple[int, int, int, str]]:
    """Candidates (start, end, priority 4 as a bare age, value) for the ages stated of someone in `text`."""
    found = []
    if not present.isdisjoint(ONLY_WORDS):
        for match in ONLY_AGE_RE.finditer(text):
            if VERB_BEFORE_RE.search(text, max(0, match.start("age") - 24), match.start("age")):
                found.append((*match.span("age"), 4, match["age"]))
    if not present.isdisjoint(word_lists()["relation_nouns"]):
        found.extend((*match.span("age"), 4, match["age"]) for match in relative_age_re().finditer(text))
    return found
