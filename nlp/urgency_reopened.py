"""The order of a calm and a later danger (stop 31; used by nlp/urgency_kinds.py).

A calm (RESOLVED: "all clear", "got out ok", "turns out", "era un rodaje") ends a story only when it is the last
word on it. The rule of order, the same for every calm:

- what comes last wins: a calm after the danger clears it ("he had a knife ... he's gone now");
- a danger cue after the calm re-opens it when a word that carries the story on comes between them or starts the
  danger itself: "but", "still", "now", "pero", "sigue", "todavia", "ahora" (data `reopeners` in
  nlp/data/urgency_reopened.json): "the police were gone by the time he came back and now hes kicking the door in",
  "pense que era un rodaje pero le dispararon ... y esta sangrando", "my son got out ok but his mate is still
  trapped" (a calm about one person does not clear danger to another);
- the danger must be told as happening, not as what went on: a violence verb in the simple past with an object
  ("but he stabbed a man last year") is the story's past, no re-opening; nor is a likeness ("nobody hurt but it
  echoes like gunfire", data `likeness`) a danger;
- the learned model does not veto a danger that re-opened a calm (`urgency.urgency_judge`): it reads the words
  without their order, and the calm's words ("false alarm", "all clear") are what weigh against the danger said after
  them ("it was a false alarm but he still has the knife");
- the calms of help on the scene (`urgency_misreads.danger_goes_on`) need no such word: any danger cue after them
  re-opens them ("police are there, hes bleeding bad").

Missing an emergency costs more than a false alarm: a calm the rule drops costs at most a call the desk would have
made anyway.
"""
from __future__ import annotations

import json

from spacy.tokens import Doc, Span

from .lexicon import DATA_DIR
from .urgency_shapes import past_event

WORDS = json.loads((DATA_DIR / "urgency_reopened.json").read_text(encoding="utf-8"))
REOPENERS = frozenset(WORDS["reopeners"])
DANGER_LABELS = frozenset(WORDS["danger_labels"])
LIKENESS = frozenset(WORDS["likeness"])
# the tipster taking the calm back: "they left... no theyre back", "actually no hes screamin" (a "no" after a pause or
# "actually"/"wait"); a bare "no" is not one ("no one hurt")
RETRACTING = frozenset(WORDS["retracting"])
BEFORE_RETRACTING = frozenset(WORDS["before_retracting"])


def retracting(doc: Doc) -> list[int]:
    """The positions of a "no" that takes back what was said before it."""
    return [token.i for token in doc if token.lower_ in RETRACTING and token.i
            and doc[token.i - 1].lower_ in BEFORE_RETRACTING]


def reopened(doc: Doc, cues: list[Span]) -> list[Span]:
    """The cues without a RESOLVED cue that a re-opening word and then a danger told as happening follow."""
    negated = [(span.start, span.end) for span in cues if span.label_ == "NEGATION"]
    dangers = [span for span in cues if span.label_ in DANGER_LABELS and not past_event(span)
               and not any(s <= span.start and span.end <= e for s, e in negated)
               and not (span.start and doc[span.start - 1].lower_ in LIKENESS)]  # "echoes like gunfire": a likeness
    if not dangers:
        return cues
    openers = [token.i for token in doc if token.lower_ in REOPENERS] + retracting(doc)

    def opened(calm: Span) -> bool:
        return any(calm.end <= i <= danger.start for danger in dangers if danger.start >= calm.end for i in openers)
    return without_calms(cues, [span for span in cues if span.label_ == "RESOLVED" and opened(span)])


def without_calms(cues: list[Span], calms: list[Span]) -> list[Span]:
    """The cues without the calms re-opened and the cues inside them: the calm's own past ("ya se fue": PAST "se
    fue"), its now ("all clear now") and the fire it says is out ("the fire is out") go with it."""
    if not calms:
        return cues
    return [span for span in cues if not any(calm.start <= span.start and span.end <= calm.end for calm in calms)]


def calm_reopened(doc: Doc, cues: list[Span]) -> bool:
    """Whether a danger after a calm re-opened it (the cue matcher's cues, before any reading)."""
    if not any(span.label_ == "RESOLVED" for span in cues) or (REOPENERS.isdisjoint(token.lower_ for token in doc)
                                                               and not retracting(doc)):
        return False
    return sum(span.label_ == "RESOLVED" for span in reopened(doc, cues)) < sum(span.label_ == "RESOLVED" for span in cues)
