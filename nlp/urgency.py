"""Urgency: an emergency in progress -> a short reason; a report of the past -> None.

An emergency is immediate danger to someone: a weapon in someone's hand or shots, violence
happening, a medical emergency, fire, a break-in or theft in progress, someone followed or
threatened, an abduction, a child in danger, a drink-driver or dangerous driver on the road now,
someone at risk of suicide, or a plain cry for help.

patterns/urgency.jsonl labels cue phrases (the cue matcher in cues.py finds them):
- triggers (each with a reason id): SHOTS, WEAPON, HURT (violence and medical), KIDNAP, THREAT_NOW
  ("says he'll kill me", "is threatening"), THREAT, FIRE, SUICIDE, CHILD (or KID next to KID_DANGER: "toddler ... in the road"), BREAKIN(_NOW),
  THEFT(_NOW), FOLLOWED, DANGER_DRIVING, DRINK_DRIVE, HELP, HELP_WEAK;
- tense: NOW ("right now", "rn", "still outside", "just saw"), NOW_WEAK ("just", "there's a":
  enough for the triggers that need a present tense, not enough to outweigh the past), PAST
  ("last week", "there was", "in 2019", habits: "every night", "keeps") and TALK (questions, hypotheticals
  and talk about films, games, meetings, the news: "what if", "is it illegal", "film");
- context: NEGATION ("nobody hurt", "toy gun", "killing time", "fire alarm", "shot a video")
  hides the triggers inside it; WEAPON_TALK ("selling", "owns", "pics") marks talk about weapons
  rather than a weapon in someone's hand; WEAPON_ACTIVE ("waving", "pointing", "he's got") puts
  it back in someone's hand.
A time the tipster gives ("about 2am", "this morning") that is not "now" reads as the past too.

Rules, in this order:
1. The past (PAST, TALK or a past time) without a NOW: not urgent ("there was a break-in last
   week", "last week someone had a knife"). A NOW outweighs it ("he stabbed my brother last
   week and he's outside now").
2. The first trigger that counts, in TRIGGER_ORDER, gives the reason. Every trigger counts,
   except: WEAPON not when WEAPON_TALK is present without WEAPON_ACTIVE; THREAT only with a
   (weak) NOW or a weapon; the NEEDS_NOW triggers only with a (weak) NOW - their *_NOW labels
   are forms that say "now" themselves ("breaking in", "is stealing", "swerving").
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .doc_attrs import TIMES, URGENCY_CUES, URGENT_REASON, attrs, read

TRIGGER_ORDER = ("SHOTS", "WEAPON", "HURT", "KIDNAP", "THREAT_NOW", "THREAT", "FIRE", "SUICIDE", "CHILD", "BREAKIN_NOW", "BREAKIN",
                 "THEFT_NOW", "THEFT", "FOLLOWED", "DANGER_DRIVING", "DRINK_DRIVE", "HELP", "HELP_WEAK")
BARE_REASONS = frozenset(("SHOTS", "HELP", "HELP_WEAK", "SUICIDE", "KIDNAP", "DRINK_DRIVE", "DANGER_DRIVING"))
NEEDS_NOW = frozenset(("BREAKIN", "THEFT", "DRINK_DRIVE", "HELP_WEAK"))
NOT_PAST = frozenset(("PAST", "TALK"))
# Words that make a time the tipster gave mean "now" ("right now", "10 mins ago", "tonight"; Spanish "ahora
# mismo", "ahorita", "hace 10 minutos", "en este momento", "esta noche").
NOW_TIME_WORDS = ("now", "min", "sec", "tonight", "moment", "currently", "just", "ahora", "ahorita", "esta noche")


def counts(label: str, labels: dict, now: bool) -> bool:
    if label == "WEAPON":
        return "WEAPON_TALK" not in labels or "WEAPON_ACTIVE" in labels
    if label == "THREAT":
        return now or "WEAPON" in labels
    if label in NEEDS_NOW:
        return now
    return True


def past_time(doc: Doc) -> bool:
    """A time was given and none of the times says "now"."""
    times = read(doc, TIMES)
    return bool(times) and not any(word in value.lower() for _, _, value in times for word in NOW_TIME_WORDS)


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
    strong_now = "NOW" in labels
    past = past_time(doc) or not NOT_PAST.isdisjoint(labels)
    if past and not strong_now:
        return None
    now = strong_now or "NOW_WEAK" in labels
    if "CHILD" not in labels and "KID" in labels and "KID_DANGER" in labels:
        labels["CHILD"] = labels["KID_DANGER"]
    for label in TRIGGER_ORDER:
        spans = labels.get(label)
        if spans and counts(label, labels, now):
            span = max(spans, key=lambda s: (s.end - s.start, -s.start))  # "shots fired" over "shots"
            return span.id_ if label in BARE_REASONS else f"{span.id_}: {span.text}"
    return None


@Language.component("tip_urgency", requires=attrs(URGENCY_CUES, TIMES), assigns=attrs(URGENT_REASON))
def urgency_judge(doc: Doc) -> Doc:
    """Judge whether the text reports an emergency in progress.

    doc (Doc): The Doc to annotate.
    RETURNS (Doc): The same Doc, with doc._.urgent_reason set (None: not urgent).
    """
    doc.user_data[URGENT_REASON] = judge(doc)
    return doc
