"""The last group of a plate piece written apart: "reg ends in 2 9 K" (29K), "algo como ERT-4 y ya no vi" (ERT4),
"acababan en 7-A" (7A), "empezaba con WX 7, una troca" (WX7).

The fragment readers of both languages take one or two groups after a cue and stop at the next space or hyphen, so
the tipster's spacing cut the piece short: a letter or a digit the officer would search on was lost. A group right
after a piece, of the other kind (letters after digits, digits after letters), in capitals, and ending the phrase (a
stop, a comma, the end, a lower-case word; after a digit group only a joining word: "NLT 2 y luego") is its last
group. "the reg ended in 2 and he left", "KN then a 4" are left as they are. Run last over each language's pieces.
"""
from __future__ import annotations

import re

from .spans import overlaps

TAIL_RE = re.compile(r"(?P<sep>[ -])(?P<tail>[A-Z]{1,3}|\d{1,2})(?![\w-])")
# what may follow a letter group: the phrase ends, or a lower-case word starts the next one ("4 K, un seat")
AFTER_LETTERS_RE = re.compile(r"\s*(?:$|[,.;:!?)]|\s[a-z])")
# what may follow a digit group: the phrase ends or a joining word ("NLT 2 y luego no vi"); "KX 4 lads" is a count
AFTER_DIGITS_RE = re.compile(
    r"\s*(?:$|[,.;:!?)]|(?:y|e|o|u|and|n|then|but|or|pero|luego|algo|something|i\s+think|creo)\b)", re.IGNORECASE)
WORDS_IN_CAPITALS = frozenset("OK UK GB NI USA LOL OMG TV ID NHS AND THE BUT".split())
LONGEST_PIECE = 7


def with_tails(text: str, partials: list, taken: list) -> list:
    """``partials`` ((start, end, value) pieces), each with its last group joined on when written apart; ``taken``
    (plates, phones, times, other pieces) is never read into."""
    if not partials or text.isupper():
        return partials
    spans = [(start, end) for start, end, _ in partials]
    result = []
    for start, end, value in partials:
        tail = TAIL_RE.match(text, end)
        if tail is None or not value or not _other_kind(value[-1], tail.group("tail")[0]):
            result.append((start, end, value))
            continue
        group = tail.group("tail")
        after = AFTER_DIGITS_RE if group.isdigit() else AFTER_LETTERS_RE
        if group in WORDS_IN_CAPITALS or (group in ("A", "I") and tail.group("sep") != "-") \
                or len(value) + len(group) > LONGEST_PIECE or not after.match(text, tail.end()) \
                or overlaps(*tail.span("tail"), list(taken) + [span for span in spans if span != (start, end)]):
            result.append((start, end, value))
            continue
        result.append((start, tail.end(), value + group))
    return result


def _other_kind(last: str, first: str) -> bool:
    """Whether a piece ending in ``last`` and a group starting with ``first`` are one letters, the other digits."""
    return last.isdigit() != first.isdigit()
