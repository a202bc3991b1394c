"""An age written with a ceiling or floor hedge: "cant be more than 20", "no older than 8", "not more than 17"
(nlp/data/en/people_ceiling_ages.json). The hedge belongs to the age span, as "about" does (ANNOTATION.md):
a bare age the rules found just after one is widened over it ("20" -> "cant be more than 20"), and a hedged age
written as a clause of its own ("lad on the roof, cant be more than 20, white tee") is an age when the text names
or describes someone. Gated on the hedges' last words ("than", "over", "then") and a digit."""
from __future__ import annotations

import json
import re
from functools import lru_cache

from .lexicon import DATA_DIR
from .people_patterns import word_lists

GATE_WORDS = frozenset(("than", "then", "over"))
AGE_PRIORITIES = frozenset((1, 4))  # ages and bare ages, as nlp/people.py adds them


@lru_cache(maxsize=None)
def ceiling_re() -> re.Pattern:
    raw = json.loads((DATA_DIR / "en" / "people_ceiling_ages.json").read_text(encoding="utf-8"))
    hedges = "|".join(sorted((re.escape(h).replace(r"\ ", r"\s+") for h in raw["hedges"]), key=len, reverse=True))
    # the number an age (5-90 checked below), maybe a range ("no older than 15 or 16"), and the clause's end after it
    return re.compile(rf"(?<![\w'])(?P<hedge>{hedges})\s+(?P<n>\d{{1,2}})(?:\s*(?:or|-|to)\s*\d{{1,2}})?(?![\w'])"
                      r"(?P<end>(?=\s*(?:[,.;!?)]|$|(?:and|n|with|wi|in)(?![\w']))))?", re.IGNORECASE)


def ceiling_ages(text: str, present: frozenset[str],
                 candidates: list[tuple[int, int, int, str]]) -> list[tuple[int, int, int, str]]:
    """`candidates` with the ages after a ceiling hedge widened over it, and clause ages with one added when the
    text is about someone (another description was found, or a person word is in `present`)."""
    if present.isdisjoint(GATE_WORDS):
        return candidates
    described = bool(candidates) or not present.isdisjoint(word_lists()["person_nouns"])
    out = list(candidates)
    for match in ceiling_re().finditer(text):
        if not 5 <= int(match["n"]) <= 90:
            continue  # "no more than 2 mins", "cant be more than 100 yards"
        start, end = match.span()
        inside = [i for i, (s, e, p, _) in enumerate(out) if p in AGE_PRIORITIES and s == match.start("n")]
        if inside:
            i = inside[0]
            end = max(end, out[i][1])
            out[i] = (start, end, out[i][2], text[start:end])
        elif described and (match["end"] is not None or after_person(text, start)):
            out.append((start, end, 4, text[start:end]))
    return out


def after_person(text: str, start: int) -> bool:
    """A person word among the two words before the hedge ("wee lad no older than 8 wandering about")."""
    nouns = word_lists()["person_nouns"]
    return any(word in nouns for word in text[max(0, start - 24):start].lower().replace(",", " ").split()[-2:])
