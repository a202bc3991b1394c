"""A vanity plate quoted after a plate cue: "a ct plate that said 'DAWGFAN'", "tag reads "LUVMYCAT"". A plate of
letters only is a word to the cued route (which wants a digit), but quotes round capitals right after "plate said"
mark the words as written on the plate. Checked only in a text that holds a quote mark and a plate cue word.
"""
from __future__ import annotations

import re

from .lexicon import stop_words
from .plate_shapes import is_wordish, normalise, other_tag_before
from .spans import overlaps

# the cue, "that"/"which" and a verb of saying, then 2-8 capitals (digits may be among them) between quotes
QUOTED_PLATE_RE = re.compile(
    r"\b(?:plates?|tags?|reg)\s+(?:that\s+|which\s+)?(?:said|says|read|reads|was|is)\s*:?\s*"
    r"(?P<quote>['\"‘“])(?P<plate>[A-Z0-9]{2,8})['\"’”](?![\w])", re.IGNORECASE)
QUOTES = ("'", '"', "‘", "“")
# "reg on the trailer was hand written "LK 4521"": a few more words between the cue and the quote, so the quoted
# capitals must hold letters and digits both, as a plate does (a quoted word or number after "plate" is no plate)
QUOTED_LATER_RE = re.compile(
    r"\b(?:plates?|tags?|reg|registration)\b(?:\s+[a-z']+){1,6}\s*:?\s*['\"‘“]"
    r"(?P<plate>(?=[A-Z0-9 \-]*\d)(?=[A-Z0-9 \-]*[A-Z])[A-Z0-9]{1,4}[ \-]?[A-Z0-9]{1,4})['\"’”](?![\w])", re.IGNORECASE)


def quoted_plates(text: str, taken: list[tuple[int, int]], blocked: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Quoted capitals after a plate cue, as (start, end, value) plates; ``taken`` grows. Never in an all-capitals
    text, where capitals mark nothing."""
    if text.isupper() or not any(quote in text for quote in QUOTES):
        return []
    found = []
    for match in [*QUOTED_PLATE_RE.finditer(text), *QUOTED_LATER_RE.finditer(text)]:
        start, end = match.span("plate")
        plate = match.group("plate")
        if not plate.isupper() or overlaps(start, end, taken) or overlaps(start, end, blocked):
            continue
        groups = re.split(r"[ \-]", plate)
        if len(normalise(plate)) < 4 or len(groups) > 1 and any(g.isalpha() and len(g) > 2 and is_wordish(g, True) for g in groups):
            continue   # "the tag said 'A1'", "said "GATE 22"": too short for a whole plate, or a word and a number
        if plate.isalpha() and (len(plate) < 3 or plate.lower() in stop_words()):
            continue   # "the plate said 'NO'", "tag said 'THE'": a word shouted, not a plate
        if other_tag_before(text, match.start()):
            continue   # "the luggage tag said 'FRAGILE'": another kind of tag
        taken.append((start, end))
        found.append((start, end, normalise(match.group("plate"))))
    return found
