"""A US block form and the town after it are two places: "4500 block of 54th st city heights", "2600 block of e
31st st kcmo" (ANNOTATION.md: a street and the town after it are two spans). The rules end the block at its street
word; the location tagger runs on over the town, and no list knows "kcmo" or "city heights" to split it by name.
"""
from __future__ import annotations

import re

BLOCK_STREET_RE = re.compile(r"\d{1,5}\s+(?:hundred\s+)?(?:block|blk)\s+(?:of\s+)?.*\b(?:st|street|ave|avenue|rd|road|"
                             r"blvd|dr|drive|ln|lane|pl|way|ct|pkwy|hwy)\.?", re.IGNORECASE)
TAIL_RE = re.compile(r"\s+([a-z]+(?:\s+[a-z]+)?)\s*$", re.IGNORECASE)


def split_block_tail(text: str, pieces: list[tuple[int, int]], rule_spans: list[tuple[int, int]]
                     ) -> list[tuple[int, int]]:
    """Each tagged piece that starts with a rule block form ending in a street word and adds one or two words
    after it becomes the block and those words."""
    out = []
    for start, end in pieces:
        rule_end = next((e for s, e in rule_spans if s == start and e < end), None)
        tail = TAIL_RE.fullmatch(text, rule_end, end) if rule_end is not None else None
        if tail is None or not BLOCK_STREET_RE.fullmatch(text, start, rule_end):
            out.append((start, end))
            continue
        out.extend(((start, rule_end), (tail.start(1), tail.end(1))))
    return out
