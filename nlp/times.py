"""Times: the SpanRuler (patterns/times.jsonl) marks pieces, this joins neighbours.

"every Saturday" + "after" + "midnight" -> "every Saturday after midnight";
"yesterday" + "evening" -> "yesterday evening".
"""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.util import filter_spans

from .spans import store

# Words that may sit between two time pieces of one time expression.
GLUE = frozenset("after before around about at from until till til on - ish".split())


def merge_time_parts(doc: Doc) -> list[tuple[int, int, str]]:
    parts = filter_spans(doc.spans.get("time_parts", []))
    merged: list[list[int]] = []  # [start_token, end_token]
    for span in sorted(parts, key=lambda s: s.start):
        if merged:
            gap = doc[merged[-1][1]:span.start]
            if len(gap) <= 2 and all(token.lower_ in GLUE for token in gap):
                merged[-1][1] = span.end
                continue
        merged.append([span.start, span.end])
    text = doc.text
    found = []
    for start, end in merged:
        span = doc[start:end]
        found.append((span.start_char, span.end_char, text[span.start_char:span.end_char]))
    return found


def time_finder(doc: Doc) -> Doc:
    store(doc, "times", merge_time_parts(doc))
    return doc
