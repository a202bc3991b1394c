"""Urgency: an emergency in progress -> a short reason; a report of the past -> None.

patterns/urgency.jsonl labels cue phrases (the cue matcher in cues.py finds them):
- triggers: SHOTS, WEAPON, HURT, THREAT, FIRE, BREAKIN(_NOW), THEFT(_NOW), FOLLOWED, CHILD, HELP;
- tense: NOW ("right now", "is being", "there's") and PAST ("last week", "there was",
  and habits: "every night", "always");
- context: NEGATION ("nobody hurt", "toy gun", "can you help", "in a hurry") hides the
  triggers inside it; WEAPON_TALK ("selling", "owns", "pics", "shells") marks talk
  about weapons rather than a weapon in someone's hand; WEAPON_ACTIVE ("waving",
  "pointing", "threatening", "he's got") puts it back in someone's hand.

Rules, in this order:
1. PAST without NOW: not urgent ("there was a break-in last week").
2. The first trigger that counts, in TRIGGER_ORDER, gives the reason. Every trigger counts,
   except: WEAPON not when WEAPON_TALK is present without WEAPON_ACTIVE ("selling guns",
   "posted pics with an AR-10"); THREAT, BREAKIN and THEFT only with NOW (or, for THREAT,
   a weapon) - their *_NOW labels are forms that say "now" themselves ("breaking in",
   "is stealing", "trying to get in").
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .doc_attrs import URGENCY_CUES, URGENT_REASON, attrs, read

TRIGGER_ORDER = ("SHOTS", "WEAPON", "HURT", "THREAT", "FIRE", "BREAKIN_NOW", "BREAKIN", "THEFT_NOW", "THEFT",
                 "FOLLOWED", "CHILD", "HELP")
BARE_REASONS = ("SHOTS", "HELP")  # the id alone: "shots fired", "asked for help"
NEEDS_NOW = frozenset(("BREAKIN", "THEFT"))


def counts(label: str, labels: dict, now: bool) -> bool:
    if label == "WEAPON":
        return "WEAPON_TALK" not in labels or "WEAPON_ACTIVE" in labels
    if label == "THREAT":
        return now or "WEAPON" in labels
    if label in NEEDS_NOW:
        return now
    return True


def judge(doc: Doc) -> str | None:
    """Return a short reason when the text reads as an emergency in progress, else None."""
    cues = read(doc, URGENCY_CUES)
    if not cues:
        return None
    negated = [(span.start, span.end) for span in cues if span.label_ == "NEGATION"]
    labels: dict[str, list] = {}
    for span in cues:
        if span.label_ != "NEGATION" and any(s <= span.start and span.end <= e for s, e in negated):
            continue
        labels.setdefault(span.label_, []).append(span)
    now = "NOW" in labels
    if "PAST" in labels and not now:
        return None
    for label in TRIGGER_ORDER:
        spans = labels.get(label)
        if spans and counts(label, labels, now):
            span = max(spans, key=lambda s: (s.end - s.start, -s.start))  # "shots fired" over "shots"
            return span.id_ if label in BARE_REASONS else f"{span.id_}: {span.text}"
    return None


@Language.component("tip_urgency", requires=attrs(URGENCY_CUES), assigns=attrs(URGENT_REASON))
def urgency_judge(doc: Doc) -> Doc:
    """Judge whether the text reports an emergency in progress.

    doc (Doc): The Doc to annotate.
    RETURNS (Doc): The same Doc, with doc._.urgent_reason set (None: not urgent).
    """
    doc.user_data[URGENT_REASON] = judge(doc)
    return doc
