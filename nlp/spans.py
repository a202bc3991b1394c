"""Helpers shared by the rule components: character-offset facts stored on the Doc.

Each component stores its facts as (start_char, end_char, value) triples in
doc.user_data[name] (names in doc_attrs.py). For inspection (`get_pipeline()(text)`)
they are mirrored as spaCy spans in doc.spans[name]; `extract` marks its Docs FAST
and skips that: building SpanGroups costs more than finding the facts.
"""
from __future__ import annotations

import re
from typing import Iterable

from spacy.tokens import Doc

from .doc_attrs import CONFIDENCE, FAST, LOWER_WORDS, TEXT, read

Fact = tuple[int, int, str]


def inspecting(doc: Doc) -> bool:
    return not doc.user_data.get(FAST)


def text_of(doc: Doc) -> str:
    """doc.text, built once per Doc (spaCy rebuilds it from the tokens on every access)."""
    text = doc.user_data.get(TEXT)
    if text is None:
        text = doc.user_data[TEXT] = doc.text
    return text


LETTERS_RE = re.compile(r"[a-z]+")


def lower_words(doc: Doc) -> frozenset[str]:
    """The runs of letters of the lower-cased text ("he's" -> "he", "s"), built once per Doc."""
    words = doc.user_data.get(LOWER_WORDS)
    if words is None:
        words = doc.user_data[LOWER_WORDS] = frozenset(LETTERS_RE.findall(text_of(doc).lower()))
    return words


def overlaps(start: int, end: int, taken: Iterable[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in taken)


def scores_of(doc: Doc, name: str) -> dict[str, float]:
    """How sure each value of one kind of fact is (doc.user_data[CONFIDENCE][name]; a copy)."""
    return dict((doc.user_data.get(CONFIDENCE) or {}).get(name) or {})


def store_scores(doc: Doc, name: str, scores: dict[str, float]) -> None:
    """Replace how sure each value of one kind of fact is, leaving the other kinds' scores as they are."""
    confidence = dict(doc.user_data.get(CONFIDENCE) or {})
    confidence[name] = scores
    doc.user_data[CONFIDENCE] = confidence


def store(doc: Doc, name: str, found: list[Fact]) -> None:
    """Keep facts in text order, without duplicates, in doc.user_data[name] (and doc.spans[name] when inspecting)."""
    if found:
        found = sorted(set(found))
    doc.user_data[name] = found
    if not inspecting(doc):
        return
    spans = []
    for start, end, _ in found:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans[name] = spans


def store_reshaped(doc: Doc, name: str, before: list[Fact], after: list[Fact]) -> None:
    """Store ``after``, the facts ``before`` with some spans widened or cut one for one, each new value keeping the
    score its old value had."""
    scores = scores_of(doc, name)
    for (_, _, old), (_, _, new) in zip(before, after):
        if old != new and old in scores:
            scores[new] = scores.pop(old)
    store_scores(doc, name, scores)
    store(doc, name, after)


def store_with_guesses(doc: Doc, name: str, kept: list[Fact], guesses: list[Fact], confidence: float) -> None:
    """Store `kept` and `guesses` as the facts of one kind; a guessed value with no score yet gets `confidence`."""
    scores = scores_of(doc, name)
    for _, _, value in guesses:
        scores.setdefault(value, confidence)
    store_scores(doc, name, scores)
    store(doc, name, kept + guesses)


def stretch_facts(doc: Doc, name: str, text: str, tail_end, confidence: float) -> None:
    """Each fact of one kind stretched to `tail_end(end, value)` (None: left as it was); a fact that a stretched one now
    covers goes, and a stretched value with no score yet gets `confidence`. The step the joiners of place names share
    ("stratford-upon-avon", "holme on spalding moor"); nothing is stored when nothing was stretched."""
    facts = read(doc, name)
    stretched = []
    for start, end, value in facts:
        new_end = tail_end(end, value)
        stretched.append((start, new_end, text[start:new_end]) if new_end else (start, end, value))
    if stretched == facts:
        return
    kept = [fact for fact in stretched
            if not any(s <= fact[0] and fact[1] <= e and (s, e) != fact[:2] for s, e, _ in stretched)]
    store_with_guesses(doc, name, [], kept, confidence)


def moved_fact(text: str, start: int, end: int, old_value: str, scores: dict[str, float]) -> Fact:
    """A place given new bounds ("the Dover mall" -> "Dover mall"): its new value keeps the old value's score."""
    value = text[start:end]
    if old_value in scores:
        scores.setdefault(value, scores[old_value])
    return start, end, value


def store_with_scores(doc: Doc, name: str, facts: list[Fact], scores: dict[str, float]) -> None:
    """Store `facts` as the facts of one kind, with the scores of the values still among them (a place cut or moved
    keeps the score its old value had, set by the caller; the old value's own score goes)."""
    values = {value for _, _, value in facts}
    store_scores(doc, name, {value: score for value, score in scores.items() if value in values})
    store(doc, name, facts)


def replace_with_tagged(doc: Doc, name: str, rule_facts: list[Fact], model: list[Fact], confidence: float,
                        keep_old_scores: bool = False) -> None:
    """A learned tagger's facts (`model`) replace the rule facts they overlap; the other rule facts stay. A tagged
    value gets `confidence` (a guess) unless it has a score already. The location taggers keep the scores of the
    rule facts kept only; the people tagger (keep_old_scores) keeps every score there was and gives none to a
    tagged value a kept rule fact holds."""
    taken = [(s, e) for s, e, _ in model]
    kept = [fact for fact in rule_facts if not overlaps(fact[0], fact[1], taken)]
    old_scores = scores_of(doc, name)
    if keep_old_scores:
        scores = old_scores
        kept_values = {value for _, _, value in kept}
        model_values = [value for _, _, value in model if value not in kept_values]
    else:
        scores = {value: old_scores[value] for _, _, value in kept if value in old_scores}
        model_values = [value for _, _, value in model]
    for value in model_values:
        scores.setdefault(value, confidence)
    store_scores(doc, name, scores)
    store(doc, name, kept + model)


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


def beside(text: str, start: int, end: int, spans) -> bool:
    """Only spaces between the span and one of ``spans`` ("Port" before the rules' "Richmond"): a learned tagger
    disagrees with the rules about where that place starts or ends, and the rules' reading stands."""
    # each side is read only for a span on that side: text[e:start] is "" for a span after this one
    return any((s >= end and not text[end:s].strip()) or (e <= start and not text[e:start].strip()) for s, e in spans)
