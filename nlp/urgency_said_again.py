"""Words of suicide said over and over now: "keeps sayin he'll jump", "keeps saying nobody would care".

"keeps" is a PAST cue (a habit: "keeps nicking our bins") and weapon talk ("keeps a gun"). Before a verb of saying and
words of suicide, it tells what the person on the ledge says again and again while the tipster is with them: the
crisis going on, not a habit. Those "keeps" cues are dropped, unless the text says how often ("every time", "always":
then it is a habit the tipster reports). Gated on a PAST and a SUICIDE cue together.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

SAYING = frozenset(("saying", "sayin", "telling", "tellin", "texting", "textin", "messaging", "shouting", "shoutin",
                    "screaming", "screamin", "yelling", "yellin", "talking", "talkin", "going", "goin", "on"))
KEEPS = frozenset(("keeps", "kept"))
KEEPS_LABELS = frozenset(("PAST", "WEAPON_TALK"))
REACH = 4  # the words of suicide start within this many tokens of the verb of saying ("keeps saying that he'll jump")


def said_again(doc: Doc, cues: list[Span], how_often: frozenset[str], clause_cues: list[Span] = ()) -> list[Span]:
    """The cues without the "keeps" of a suicide threat said again and again now (`clause_cues`: the cues read from a
    clause, which may hold the words of suicide: "keeps sayin he'll go off it")."""
    if any(token.lower_ in how_often for token in doc):
        return cues
    suicide_starts = [span.start for span in list(cues) + list(clause_cues) if span.label_ == "SUICIDE"]
    drop = set()
    for span in cues:
        if span.label_ not in KEEPS_LABELS or span.text.lower() != "keeps" or span.end >= len(doc):
            continue
        verb = span.end + (doc[span.end].lower_ == "on")  # "keeps on saying"
        if verb < len(doc) and doc[verb].lower_ in SAYING and any(verb <= start <= verb + REACH for start in suicide_starts):
            drop.add((span.start, span.end))
    return [span for span in cues if not (span.label_ in KEEPS_LABELS and (span.start, span.end) in drop)] if drop else cues
