"""Cue words that are part of a shop's or a thing's name, not what the cue means (stop 28, round 2; used by
nlp/urgency_kinds.py).

- **the paper shop**: "in the paper" is firm talk (the news: "saw it in the paper"), but "folk are hidin in the paper
  shop" names a newsagent. A TALK cue ending in "paper"/"papers" with a shop word right after it (data
  `paper_names` in nlp/data/urgency_misreads.json) is dropped, so the talk no longer calms a knife "rn".
- **they left someone** (stop 29, round 2): "they left" ends a story (RESOLVED: the ones who did it went off), but "they
  left him bleeding", "they left the baby in the car" tell what they did: with an object or a place right after it (data
  `left_objects`) the calm is dropped; so is Spanish "ya paso" (it passed) before an object ("ya paso la salida 3 veces":
  the driver went past the exit; data `passed_objects`).
- **a calm told as a doubt** (stop 29, round 2): "no se si esta viva", "not sure if its out": a RESOLVED cue right after
  "no se si" / "not sure if" (data `doubt_openers`) says the tipster does not know, so it is dropped; so is a calm
  denied ("no son cuetes, son balazos": "no" before a calm that starts with "son"/"eran", data `denied_calm_starts`).
- **a calm said with "still"** (stop 30): "todavia esta vivo gritando", "still alive": "esta vivo" (he's alive) closes a
  scare, but after "todavia"/"still" (data `still_words`) it says the one in danger is alive yet, the danger going on.
- **a count, not a now** (stop 30, round 2): "thats twice now he's done it", "3 times now": a bare "now" after a count
  word (data `count_words`) says how often it happened so far, not that it happens now.
- **help there, the danger going on** (stop 30, lead): "police are there", "fire dept is there", "got out ok", "and
  left", "all clear", "safe and sound", "ya esta controlado" (calms added this stop) end a story only when nothing after them says it goes on: with "but"/"still" (data `goes_on_words`) or a danger cue
  (data `danger_labels`) after it ("police are there now but he still has the knife", "stabbed ... police are there,
  hes bleeding bad", "got out ok but the other driver is trapped", "stabbed him and left, hes bleeding") the calm (data `scene_calms`) is
  dropped; "left with her" is no calm either (data `left_objects`). Missing
  an emergency costs more than a false alarm.
"""
from __future__ import annotations

import json

from spacy.tokens import Doc, Span

from .lexicon import DATA_DIR
from .urgency_reopened import without_calms

WORDS = json.loads((DATA_DIR / "urgency_misreads.json").read_text(encoding="utf-8"))
PAPER_NAMES = frozenset(WORDS["paper_names"])
LEFT_OBJECTS = frozenset(WORDS["left_objects"])
PASSED_OBJECTS = frozenset(WORDS["passed_objects"])
DOUBT_OPENERS = tuple(tuple(words) for words in WORDS["doubt_openers"])
DENIED_CALM_STARTS = frozenset(WORDS["denied_calm_starts"])
STILL_WORDS = frozenset(WORDS["still_words"])
COUNT_WORDS = frozenset(WORDS["count_words"])
SCENE_CALMS = frozenset(WORDS["scene_calms"])
GOES_ON_WORDS = frozenset(WORDS["goes_on_words"])
DANGER_LABELS = frozenset(WORDS["danger_labels"])


def paper_shop(doc: Doc, cues: list[Span]) -> list[Span]:
    """The cues without a TALK cue "... paper(s)" that a shop word follows ("in the paper shop")."""
    return [span for span in cues if not (span.label_ == "TALK" and span.text.lower().endswith(("paper", "papers")) and
                                          span.end < len(doc) and doc[span.end].lower_ in PAPER_NAMES)]


def left_someone(doc: Doc, cues: list[Span]) -> list[Span]:
    """The cues without a RESOLVED "... left" that an object or a place follows ("they left him bleeding"), or a
    Spanish "ya paso" with an object ("ya paso la salida")."""
    return [span for span in cues if not (span.label_ == "RESOLVED" and span.end < len(doc) and (
        span.text.lower().endswith(" left") and doc[span.end].lower_ in LEFT_OBJECTS or
        span.text.lower().endswith((" paso", " pasó")) and doc[span.end].lower_ in PASSED_OBJECTS))]


def doubted_calm(doc: Doc, cues: list[Span]) -> list[Span]:
    """The cues without a RESOLVED cue said as a doubt ("no se si esta viva", "not sure if its out") or after "still", nor
    a RESOLVED or TALK cue denied ("no es la tele", "no es una pelicula": the shouting is real)."""
    def doubted(span: Span) -> bool:
        return any(span.start >= len(words) and tuple(t.lower_ for t in doc[span.start - len(words):span.start]) == words
                   for words in DOUBT_OPENERS) or \
            (span.start and doc[span.start - 1].lower_ == "no" and doc[span.start].lower_ in DENIED_CALM_STARTS) or \
            (span.start and doc[span.start - 1].lower_ in STILL_WORDS)  # "todavia esta vivo": alive yet, not safe
    def denied(span: Span) -> bool:  # "no es la tele", "no es una pelicula": the calm denied, the danger real
        return span.start and doc[span.start - 1].lower_ == "no" and doc[span.start].lower_ in DENIED_CALM_STARTS
    return [span for span in cues if not (span.label_ == "RESOLVED" and doubted(span))
            and not (span.label_ == "TALK" and denied(span))]


def count_now(doc: Doc, cues: list[Span]) -> list[Span]:
    """The cues without a bare NOW "now" that a count word comes right before ("twice now", "3 times now")."""
    return [span for span in cues if not (span.label_ == "NOW" and span.text.lower() == "now" and span.start
                                          and doc[span.start - 1].lower_ in COUNT_WORDS)]


def danger_goes_on(doc: Doc, cues: list[Span]) -> list[Span]:
    """The cues without a calm of help on the scene ("police are there", "got out ok") that "but"/"still" or a danger
    cue follows: the help is there, the danger is not over."""
    def goes_on(span: Span) -> bool:
        return any(token.lower_ in GOES_ON_WORDS for token in doc[span.end:]) or \
            any(cue.label_ in DANGER_LABELS and cue.start >= span.end for cue in cues)
    return without_calms(cues, [span for span in cues if span.label_ == "RESOLVED" and span.text.lower() in SCENE_CALMS
                                and goes_on(span)])  # the cues inside the calm go too ("all clear now")
