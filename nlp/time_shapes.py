"""Time shapes read by regex, each gated on a word it cannot do without (nlp/times.py joins them with the cue
matcher's pieces): how long ("for 3 days"), how long ago ("2 yrs ago"), which month or year ("in march",
"back in 2019"), how often ("every 10 mins", "every bingo night"), since when ("since easter"), how many times so far
("3 nights running") and a day of the month ("the 14th").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from .lexicon import trie_pattern

MONTH_LIST = ("jan january feb february mar march apr april may jun june jul july aug august sep sept september "
              "oct october nov november dec december").split()
MONTH_SET = frozenset(MONTH_LIST)

# How long, how long ago, which month or year: shapes with a count and a unit, too many to list as phrases.
COUNT = r"(?:\d+|a|an|a few|a couple(?: of)?|couple(?: of)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|several|some)"
UNIT = r"(?:mins?|minutes?|hrs?|hours?|days?|nights?|weeks?|wks?|months?|fortnight|years?|yrs?)"
MONTH_OR_YEAR = rf"(?:(?:early|late|mid)\s+)?(?:{trie_pattern([m for m in MONTH_LIST if m != 'may'])}|may(?!\s+(?:be|have|not|st|street|rd|road|ave|lane)\b)|(?:19[5-9]\d|20[0-3]\d))"
# Each shape has a word it cannot do without ("for", "ago"/"back", "in" + a month or year, "every"): a regex
# runs only when its word is in the text (one regex of all four, tried at every word, cost 130 us a text).
FOR_RE = re.compile(rf"\bfor\s+(?:(?:about|around|like|nearly|over|almost|the last|the past)\s+)?{COUNT}\s+{UNIT}\b",
                    re.IGNORECASE)                                                 # "for 3 days"
# "for the last hour", "in the last hour", "over the past few nights", "the last 3 afternoons": a stretch up to now,
# labelled whole with its "for"/"in"/"over" (dev 7 rows vs 0); with no such word it needs a count ("the last day of term")
RECENT_RE = re.compile(
    r"\b(?:(?:for|in|over|during)\s+the\s+(?:last|past)\s+(?:(?:\d+|few|couple(?:\s+of)?|two|three|four|five|six|several)\s+)?"
    r"|the\s+(?:last|past)\s+(?:\d+|few|couple(?:\s+of)?|two|three|four|five|six|several)\s+)"
    r"(?:mins?|minutes?|hrs?|hours?|days?|nights?|nites?|weeks?|wks?|months?|years?|yrs?|fortnight|mornings?|evenings?|"
    r"afternoons?|weekends?)\b", re.IGNORECASE)
AGO_RE = re.compile(rf"\b(?:{COUNT}\s+)?{UNIT}\s+(?:ago|back)\b", re.IGNORECASE)    # "2 yrs ago", "a fortnight back"
# "back in june" keeps its "back" (dev 4 rows vs 2); a year after it is the year alone ("back in 2019": "2019", 5 rows vs 0)
IN_MONTH_RE = re.compile(rf"\bback\s+in\s+(?:the\s+)?(?!(?:(?:early|late|mid)\s+)?(?:19|20)\d\d\b){MONTH_OR_YEAR}\b"
                         rf"|(?<=\bin\s){MONTH_OR_YEAR}\b(?!\s*(?:[-/]|st\b|nd\b|rd\b|th\b))",  # "in march", "in 2019"
                         re.IGNORECASE)
EVERY_RE = re.compile(r"\bevery\s+(?:\d+|few|couple(?: of)?)\s+(?:mins?|minutes?|hrs?|hours?|days?|nights?|weeks?)\b",
                      re.IGNORECASE)                                               # "every 10 min"
# "every bingo night", "every thursday market day", "every hot day", "every august", "every hour": "every" and a time
# noun with up to two words between is a habit; a word that points at another time or thing breaks it ("every penny
# last year", "every one of the nights").
EVERY_NOUN_RE = re.compile(
    rf"\bevery(?:\s+(?!(?:last|this|next|the|of|a|an|one|time)\b)[a-z]+){{0,2}}\s+"
    rf"(?:day|night|nite|morning|mornin|evening|afternoon|weekend|week|month|year|hour|summer|winter|spring|autumn|"
    rf"{trie_pattern([m for m in MONTH_LIST if m != 'may'])})s?\b", re.IGNORECASE)
# "every other saturday", "every first monday", "every 1st of the month", "every 4th of july", "every halloween": which
# of the days, or a date or feast day, after "every" is the habit (the day alone, "saturday", is not its time)
FEASTS = (r"christmas|xmas|easter|halloween|thanksgiving|new\s+years?(?:\s+day|\s+eve)?|bonfire\s+night|"
          r"(?:4th|fourth)\s+of\s+july|july\s+4th|st\s+patricks\s+day|mothers\s+day|fathers\s+day|pay\s*day")
EVERY_WHICH_RE = re.compile(
    r"\bevery\s+(?:(?:other|alternate|first|second|third|fourth|last|1st|2nd|3rd|4th)\s+"
    r"(?:(?:mon|tues?|wednes|thurs?|fri|satur|sun)(?:day)?s?|weekend|week|month|night|morning|evening)"
    r"|(?:[12]?\d|3[01])(?:st|nd|rd|th)\s+of\s+(?:the|every|each)\s+month"
    rf"|(?:{FEASTS}))\b", re.IGNORECASE)
# "since october", "since the summer", "since about christmas", "since harvest": a month, season or feast after
# "since" is when it started. (Not yet a meal, "since lunch": urgency.past_time would read it as a past time.)
SINCE_RE = re.compile(rf"\bsince\s+(?:(?:about|around|like|roughly)\s+)?(?:(?:the|last)\s+)?(?:{MONTH_OR_YEAR}|summer|"
                      r"winter|spring|autumn|christmas|xmas|easter|halloween|thanksgiving|new\s+years?(?:\s+day|\s+eve)?|"
                      r"bonfire\s+night|half\s+term|harvest)\b",
                      re.IGNORECASE)
# "3 nights running", "5th night in a row", "2nd weekend on the trot": how many times so far, a pattern the guide
# copies whole.
REPEAT_RE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?|two|three|four|five|six|seven|eight|nine|ten|second|third|fourth|fifth|sixth|several)"
    r"\s+(?:nights?|nites?|days?|weeks?|weekends?|mornings?|evenings?|sundays?|mondays?|tuesdays?|wednesdays?|thursdays?|"
    r"fridays?|saturdays?)\s+(?:running|in\s+a\s+row|on\s+the\s+trot|straight)\b", re.IGNORECASE)
REPEAT_WORDS = frozenset("running row trot straight".split())
YEAR_RE = re.compile(r"\b(?:19[5-9]\d|20[0-3]\d)\b")
# "the texts from 2024", "a case from 2022", "abuse from 1998-2003": a year (or span of years) after "from" dates
# the thing; the guide copies the year alone, as after "in" ("from" here is no start of a time span).
FROM_YEAR_RE = re.compile(r"(?<=\bfrom\s)(?:19[5-9]\d|20[0-3]\d)(?:-(?:19[5-9]\d|20[0-3]\d))?\b(?![-/.:]\d)",
                          re.IGNORECASE)
# "on the 14th", "since the 3rd", "the 22nd of last month": a day of the month with no month named. "the 3rd" is
# a date only where what follows cannot be the noun it counts ("the 3rd floor", "the 2nd time", "the 5th house"):
# the end, a stop, a joining word, a pronoun or a time word.
DATE_END = (r"(?=\s*(?:$|[,.;:!?)]|(?:and|but|or|so|n|at|around|about|bout|from|till|til|until|to|between|in|on|when|then|"
            r"after|before|i|im|ive|id|we|he|hes|she|shes|they|it|its|my|me|him|her|them|this|last|as|because|cos|coz|if)\b))")
DAY_ORDINAL = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)\b"
# "the 3rd and 4th": two days joined are one date, read whole ("the 3rd n 4th floor" is neither); the single ordinal
# is not read before a joined bare ordinal ("the 5th and the 9th" stays two dates, "the 3rd and 4th of june" as it was)
ORDINAL_PAIR_RE = re.compile(rf"\bthe\s+{DAY_ORDINAL}\s+(?:and|n|or|&)\s+{DAY_ORDINAL}{DATE_END}", re.IGNORECASE)
ORDINAL_DATE_RE = re.compile(
    rf"\bthe\s+{DAY_ORDINAL}(?!\s+(?:and|n|or|&)\s+{DAY_ORDINAL}(?!\s+of\b))(?:\s+of\s+(?:this|last|next|the)\s+month\b)?{DATE_END}",
    re.IGNORECASE)
ORDINAL_RE = re.compile(r"\d(?:st|nd|rd|th)\b", re.IGNORECASE)


def duration_regexes(text: str, words: frozenset[str]) -> list[re.Pattern]:
    """The duration shapes that can match `text` (its lower-case words: spans.lower_words)."""
    regexes = []
    if "for" in words:
        regexes.append(FOR_RE)
    if "ago" in words or "back" in words:
        regexes.append(AGO_RE)
    if "in" in words and (not words.isdisjoint(MONTH_SET) or YEAR_RE.search(text)):
        regexes.append(IN_MONTH_RE)
    if "every" in words:
        regexes.extend((EVERY_RE, EVERY_NOUN_RE, EVERY_WHICH_RE))
    if "since" in words:
        regexes.append(SINCE_RE)
    if "the" in words and ("last" in words or "past" in words):
        regexes.append(RECENT_RE)
    if "from" in words and YEAR_RE.search(text):
        regexes.append(FROM_YEAR_RE)
    if not words.isdisjoint(REPEAT_WORDS):
        regexes.append(REPEAT_RE)
    if "the" in words and ORDINAL_RE.search(text):
        regexes.extend((ORDINAL_DATE_RE, ORDINAL_PAIR_RE))
    return regexes


def durations(doc: Doc, text: str, words: frozenset[str]) -> list:
    """"for 3 days", "2 yrs ago", "back in june", "in 2019", "every 10 mins", "the 14th"."""
    spans = []
    for regex in duration_regexes(text, words):
        for match in regex.finditer(text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand",
                                 label="REPEAT" if regex is REPEAT_RE else "")
            if span is not None:
                spans.append(span)
    return spans
