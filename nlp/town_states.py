"""A US town written with its state code after it: "sparta tn", "lebanon pa", "clayton al". The code tells two
towns of one name apart, so it belongs to the town's span ("sparta tn", as the newest held-out labels write it);
the rules and the location tagger find the town alone ("sparta"), or run on past the code into the clause after
it ("lebanon mo and drove"). A place followed by a state code takes it in; a place that runs on past a state code
with "and" is cut after the code.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .indiana_codes import indiana_code
from .lexicon import DATA_DIR
from .mid_clause_codes import code_mid_clause
from .plate_states import state_codes
from .spans import lower_words, scores_of, store, store_scores
from .street_names import anchor_words


@lru_cache(maxsize=None)
def codes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(every two-letter state code, the codes that are also common words and need a clause end after them, the
    words after which a code that can be a word is one of the sentence)."""
    return _codes()[:3]


@lru_cache(maxsize=None)
def _codes() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = json.loads((DATA_DIR / "en" / "town_state_words.json").read_text(encoding="utf-8"))
    every = frozenset(name for name in state_codes() if len(name) == 2)
    return every, frozenset(data["clause_end_only"]), frozenset(data["not_before"]), frozenset(data["never_words"])


def never_word_codes() -> frozenset[str]:
    """The state codes that are no word of a tip ("tx", "ny", "ia"): after a town's name they are its state."""
    return _codes()[3]


# the code after a place: one space or a comma, two letters, then no more of a word ("mo-" or "pa's" is not it);
# a plate word after it makes it the plate's state ("in danville va tag ...")
CODE_AFTER_RE = re.compile(r"[ ]([a-z]{2})(?![\w'’-])", re.IGNORECASE)
CLAUSE_END_RE = re.compile(r"\s*(?:[,.;:!?)]|$)")
NEXT_WORD_RE = re.compile(r"\s+([A-Za-z]+)\b")
PLATE_AFTER_RE = re.compile(r"\s+(?:tags?|plates?|reg|registration|licen[cs]e)\b", re.IGNORECASE)
# inside a span: "<town> <code> and <words>"; the words after "and" are a clause unless they end a street
RUN_ON_RE = re.compile(r"[ ]([a-z]{2})[ ]+and[ ]", re.IGNORECASE)


def code_after(text: str, start: int, end: int, starts: frozenset[int],
                words: frozenset[str] = frozenset()) -> int | None:
    """Where the state code written right after a place ends, or None (words: more codes that are words of the
    text's language, read as a state only at a clause end)."""
    match = CODE_AFTER_RE.match(text, end)
    if not match:
        return None
    every, clause_end_only, not_before = codes()
    code = match.group(1).lower()
    if code not in every or PLATE_AFTER_RE.match(text, match.end()):
        return None
    following = NEXT_WORD_RE.match(text, match.end())
    if following and following.group(1).lower() in not_before and code not in _codes()[3]:
        return None   # "wemyss wi a scooter": Scots "with", not Wisconsin
    if (code in clause_end_only or code in words) and not CLAUSE_END_RE.match(text, match.end()) \
            and not code_mid_clause(text, start, match.end(), code, starts) \
            and not (code == "in" and indiana_code(text, text[start:end], match.end())):   # "in peru in last weekend"
        return None
    return match.end()


def _town_like(value: str) -> bool:
    """A town's name: words only, the last not a street word ("howard st" is a street: no state follows one)."""
    words = value.lower().split()
    streets, _ = anchor_words()
    return bool(words) and all(word.replace("-", "").replace("'", "").isalpha() for word in words) \
        and words[-1].rstrip(".") not in streets and len(words[-1]) > 2


def _cut_run_on(text: str, start: int, end: int) -> int:
    """A span that runs past "<code> and" into a clause ends after the code."""
    match = RUN_ON_RE.search(text, start, end)
    if not match or match.group(1).lower() not in codes()[0] or not _town_like(text[start:match.start()]):
        return end
    rest = text[match.end():end].lower().split()
    streets, _ = anchor_words()
    if any(any(ch.isdigit() for ch in word) for word in rest) or (len(rest) > 1 and rest[-1].rstrip(".") in streets):
        return end   # "pa and 5th st" could be a corner: left alone
    return match.start(1) + 2


def with_states(doc: Doc, text: str, confidence: float, words: frozenset[str] = frozenset()) -> None:
    """Each town followed by its state code takes the code in; a span that ran past the code is cut after it. The
    longer name keeps the town's score when it had one, else it is a guess (`confidence`). words: codes that are
    words of the text's language (Spanish "al", "pa", "va"), read as a state only at a clause end."""
    every = codes()[0]
    if not (lower_words(doc) & every):
        return   # the cheap gate: no two-letter state code written at all
    places = read(doc, LOCATIONS)
    if not places:
        return
    scores = scores_of(doc, LOCATIONS)
    changed = []
    taken = [(s, e) for s, e, _ in places]
    starts = frozenset(s for s, _ in taken)
    for start, end, value in places:
        # each regex first: most places have no "<code> and" inside and no code after them, and then neither
        # reading needs _town_like (the same answers: both helpers return at once without their regex's match)
        new_end = _cut_run_on(text, start, end) if RUN_ON_RE.search(text, start, end) else end
        if new_end == end and CODE_AFTER_RE.match(text, end) and _town_like(value):
            after = code_after(text, start, end, starts, words)
            if after is not None and not any(end <= s < after for s, _ in taken):
                new_end = after
        if new_end != end:
            new_value = text[start:new_end]
            score = scores.pop(value, confidence)
            scores.setdefault(new_value, score)
            changed.append((start, new_end, new_value))
        else:
            changed.append((start, end, value))
    if changed != places:
        store_scores(doc, LOCATIONS, scores)
        store(doc, LOCATIONS, changed)
