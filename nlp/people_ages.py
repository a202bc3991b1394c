"""Ages of people written as a bare number: one reading, two routes into it.

- A bare number in the age range ("about 25", "shes 15", "my dad 82", "kid about 4"), with a person, an age verb or a
  relative before it or another description beside it, and no word after it that counts things or time ("about 20
  minutes", "dumped like 40 tires"): `bare_ages`, called by nlp/people.py on its bare_age pattern.
- An age stated of someone with no hedge, where the verb is hidden by "only" or the person is a relative
  (nlp/devset/ANNOTATION.md: a bare age is labelled for anyone in the text, "only" left out): "the girl on the till
  was only 17", "hes only 14 n proper upset", "my brother 23 wasnt home", "my wee sister, 15, got a message":
  `stated_ages`, called by nlp/people_clause_ages.py. The relatives both routes read are one list
  (OWN_AGE_RELATIVES, with the people.json relation nouns for the stated route).

What follows a stated age must end the clause or go on about the person ("and", "n", a verb like "wasnt", "got",
"has"), so "was only 4 minutes over", "my brother 2 weeks ago", "my brother, 17 cottage row" stay out. Gated on the
words "only"/"just"/"barely" or a relative, and a digit, so most texts pay two set tests.
Moved out of nlp/people.py and nlp/people_stated_ages.py (stop 37) with no output changed.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .people_patterns import FOLLOW_WORD_RE, PREVIOUS_WORDS_RE, alternation, word_lists

ALLOWED_AFTER_BUILD = frozenset("and with in wearing one , . ; ! ? wiv w/ build looking lookin".split())
MONEY_BEFORE = frozenset("paid pay for cost costs costing owe owes owed price charged £ $ quid bucks at number no num "
                         "flat unit apt apartment room bus route house door gate seat platform junction exit "
                         "size year".split())  # "size 9": a size; "hes year 10", "from year 8": a school year, not an age
PERSON_CONTEXT_WINDOW = 30


def person_near(text: str, start: int, end: int, words: int = 3) -> bool:
    """A person word within a few words before the phrase ("guy about 30", "she's 15")."""
    before = text[max(0, start - PERSON_CONTEXT_WINDOW - 10 * (words - 3)):start].lower().replace(",", " ").split()[-words:]
    nouns = word_lists()["person_nouns"]
    return any(word.strip("'") in nouns or word in nouns for word in before) or \
        bool(before and before[-1] in ("is", "was", "hes", "shes", "he's", "she's", "aged"))


# after one of these words a bare number is an age ("shes 15", "whos 74", "looks about 35")
# relatives whose bare number after them is their age ("my dad 82", "mums 79"), in both readings below
OWN_AGE_RELATIVES = frozenset(
    "daughter son dad mum mom nan nana gran grandad granddad grandma grandpa grandson granddaughter".split()) | frozenset(
    "daughters sons dads mums moms nans nanas grans grandads granddads grandmas grandpas".split())
AGE_VERBS = frozenset("is was hes shes he's she's aged whos who's looks looked look am im i'm".split()) | OWN_AGE_RELATIVES
# after a bare number these say it is not an age ("about 20 minutes", "maybe 40 quid")
NOT_AGE_AFTER = frozenset("min mins minute minutes hour hours hrs hr sec secs seconds second days day weeks week months "
                          "month years yrs quid pounds bucks dollars grand k p pence miles mile yards metres meters "
                          "feet ft foot mph times percent of cars car houses house doors people stone".split())
BRIDGE_WORDS = frozenset(("in", "with", "wearing"))
CHILD_WORDS = frozenset("kid kids boy boys girl girls toddler toddlers child children baby babies tot "
                        "lad lass lassie laddie wean weans bairn bairns".split())  # and in Scots


def child_before(text: str, start: int) -> bool:
    """A child word among the two words before `start`, an approximation word between ("kid about 4")."""
    before = text[max(0, start - 30):start].lower().replace(",", " ").split()[-3:]
    return any(word in CHILD_WORDS for word in before[-3:]) and (before[-1] in CHILD_WORDS or before[-1] in word_lists()["approx"])


def bare_ages(text: str, searched: str, pattern: re.Pattern, found_spans: list[tuple[int, int]],
              descriptors, nouns) -> list[tuple[int, int, int, str]]:
    """Candidates (start, end, priority 4, value) for the bare ages of `pattern` (people_patterns' bare_age) in
    `searched` (the text, lower-cased when ASCII), beside the descriptions already found (`found_spans`)."""
    found = []
    for match in pattern.finditer(searched):
        start, end = match.span()
        value = text[start:end]
        digits = [int(d) for d in re.findall(r"\d+", value)]
        previous = PREVIOUS_WORDS_RE.search(text, 0, start)
        oldest = 99 if previous is not None and previous.group(1).lower() in AGE_VERBS else 90  # "shes 94"
        if digits and not all(5 <= d <= oldest for d in digits) and not (
                all(1 <= d <= 90 for d in digits) and child_before(text, start)):
            continue  # "about 4" is an age only just after a child ("little boy maybe 3", "kid about 4")
        if previous and previous.group(1).lower() in MONEY_BEFORE or text[max(0, start - 1):start] in "£$#":
            continue
        following = FOLLOW_WORD_RE.match(text, end).group(1).lower()
        if counts_things(following, previous, nouns, descriptors):
            continue  # "dumped like 40 tires", "had about 20 visitors": how many things
        beside = any(abs(s - end) <= 3 or abs(start - e) <= 3 for s, e in found_spans) or (
            following in BRIDGE_WORDS and any(0 <= s - end <= 12 for s, _ in found_spans))  # "maybe 16 in a grey hoodie"
        approximate = not value[:1].isdigit()  # "about 22", "maybe 40": a person's age when a person is near
        strong = previous is not None and previous.group(1).lower() in AGE_VERBS or \
            (text[max(0, start - 1):start] == "(" and text[end:end + 1] == ")")  # "my son (12)"
        if (approximate and (beside or person_near(text, start, end, 5) or child_before(text, start)) or strong) and following not in NOT_AGE_AFTER:
            found.append((start, end, 4, text[start:end]))
            continue
        if following and following not in ALLOWED_AFTER_BUILD and following not in descriptors \
                and following not in ("yrs", "got", "is", "was", "has", "had", "who", "and", "but", "selling", "shouting",
                                      "trying", "running", "walking", "dealing", "standing", "hanging", "with"):
            continue
        if person_near(text, start, end) or beside:
            found.append((start, end, 4, text[start:end]))
    return found


def amount_of_something(text: str, start: int, end: int) -> bool:
    """"the 30 summat quid", "40 something dollars": a round number and "something" before a word of money, time or
    distance (NOT_AGE_AFTER) is an amount, not an age; only ages that end in a "something" word are asked."""
    words = text[start:end].lower().split()
    if not words or words[-1] not in word_lists()["something_words"]:
        return False
    following = FOLLOW_WORD_RE.match(text, end).group(1).lower()
    return following in NOT_AGE_AFTER


def counts_things(following: str, previous, nouns, descriptors) -> bool:
    """A number before a plural that is no person word, with no person or age verb before it, counts things."""
    before = previous.group(1).lower() if previous is not None else ""
    if previous is not None and previous.group(1)[:1].isupper():
        return False  # "a lad called Reece about 18 keeps": a name before it
    return following.endswith("s") and len(following) > 3 and following not in nouns and following not in descriptors \
        and following not in NOT_PLURALS and before not in nouns and before not in AGE_VERBS


NOT_PLURALS = frozenset(("yrs", "this", "was", "has", "ish", "plus", "tops"))

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
    relatives = alternation(word_lists()["relation_nouns"] | OWN_AGE_RELATIVES | {"granny", "papa", "pawpaw"})
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
