"""Helpers shared by the rule components: character-offset facts stored on the Doc.

Each component stores its facts as (start_char, end_char, value) triples in
doc.user_data[key] (per-Doc, so nothing is shared between threads). For inspection
(`get_pipeline()(text)`) they are mirrored as spaCy spans in doc.spans[key]; `extract`
marks its Docs FAST and skips that: building SpanGroups costs more than the facts.
"""
from __future__ import annotations

from typing import Iterable

from spacy.tokens import Doc

Fact = tuple[int, int, str]
FAST = "fast"  # doc.user_data flag: the Doc is thrown away after extraction, no doc.spans mirror


def inspecting(doc: Doc) -> bool:
    return not doc.user_data.get(FAST)


def text_of(doc: Doc) -> str:
    """doc.text, built once per Doc (spaCy rebuilds it from the tokens on every access)."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def overlaps(start: int, end: int, taken: Iterable[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in taken)


def facts(doc: Doc, key: str) -> list[Fact]:
    return doc.user_data.get(key, [])


def store(doc: Doc, key: str, found: list[Fact]) -> None:
    """Keep facts in text order, without duplicates, as user_data and as spans."""
    if found:
        found = sorted(set(found))
    doc.user_data[key] = found
    if not inspecting(doc):
        return
    spans = []
    for start, end, _ in found:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[key] = spans


def pick_longest(candidates: list[tuple[int, int, int, str]], blocked: list[tuple[int, int]]) -> list[Fact]:
    """Greedy non-overlapping choice: longest first, then lowest priority number.

    candidates are (start, end, priority, value); spans overlapping `blocked` are dropped.
    """
    chosen: list[Fact] = []
    taken = list(blocked)
    for start, end, _, value in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if not overlaps(start, end, taken):
            chosen.append((start, end, value))
            taken.append((start, end))
    return chosen
