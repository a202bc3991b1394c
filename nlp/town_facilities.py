"""A town and the facility named after it are one place: "galashiels bus station", "ramsgate harbour", "thirsk
races" (nlp/devset/ANNOTATION.md: a named facility is labelled with its name). The rules find the town; the
facility word after it ends the span. Only a facility word of the list (nlp/data/lexicon.json
facilities_after_town) does: the labels give the town alone before a car park or a roundabout."""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import lexicon


@lru_cache(maxsize=None)
def facility_after_re() -> re.Pattern:
    words = sorted(lexicon()["facilities_after_town"], key=len, reverse=True)
    # the facility ends a word ("thirsk races", not "thirsk racecourse road" read as "races")
    return re.compile(r"[ \t]+(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")\b(?![-'’])",
                      re.IGNORECASE)


def with_facilities(text: str, chosen: list[tuple[int, int, str]], kind_of: dict, town_kinds: frozenset[str]
                    ) -> list[tuple[int, int, str]]:
    """Each town (a span of `town_kinds`) followed by a facility word takes it into its span, unless another place
    starts inside the facility ("hereford station road": the street is its own place)."""
    if not chosen:
        return chosen
    pattern = facility_after_re()
    starts = sorted(start for start, _, _ in chosen)
    out = []
    for start, end, value in chosen:
        match = pattern.match(text, end) if kind_of.get((start, end)) in town_kinds else None
        if match is None or any(end < other < match.end() for other in starts) or street_word_after(text, match.end()) \
                or (match.group().split()[-1].lower() == "water" and not CLAUSE_GOES_ON_RE.match(text, match.end())):
            out.append((start, end, value))
            continue
        kind_of.setdefault((start, match.end()), kind_of[(start, end)])
        out.append((start, match.end(), text[start:match.end()]))
    return out


# "rutland water, ...", "at kielder water in the car park": the lake; "burst in whitby water everywhere": prose
CLAUSE_GOES_ON_RE = re.compile(r"\s*(?:[,.;:!?)]|$|(?:in|at|on|by|near|from|and|tonight|today|yesterday|now|right|rn)\b)",
                               re.IGNORECASE)
STREET_AFTER_RE = re.compile(r"\s+([A-Za-z]+)")


def street_word_after(text: str, end: int) -> bool:
    """"bridge street", "station road", "lake view": the facility word starts a street's name."""
    match = STREET_AFTER_RE.match(text, end)
    if match is None:
        return False
    word = match.group(1).lower()
    return word in lexicon()["street_suffixes"] or word in lexicon()["ambiguous_street_suffixes"]
