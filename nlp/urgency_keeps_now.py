""""keeps" before a sign of harm going on now: "hes confused keeps asking the same thing", "the other keeps stampin on
his head" (stop 36; used by nlp/urgency_kinds.py).

"keeps" is a PAST cue (a habit: "a lad keeps nicking our bins") and weapon talk ("keeps a gun"). Before a head injury's
confusion, being sick, passing out, or blows landing on someone, it tells what the tipster sees again and again now:
the harm going on, not a habit. Those "keeps" cues are dropped and the sign is read as a HURT cue, unless the text says
how often ("keeps asking the same thing every day": dementia the family reports, a habit), as urgency_said_again.py does
for words of suicide. A blow on a thing ("keeps kicking my car", "keeps kicking his ball") is no sign. Data:
data/en/urgency_keeps_now.json. Gate: a PAST cue and "keeps" in the text.
"""
from __future__ import annotations

import json
import re

from spacy.tokens import Doc, Span

from .lexicon import DATA_DIR
from .spans import text_of

WORDS = json.loads((DATA_DIR / "en" / "urgency_keeps_now.json").read_text(encoding="utf-8"))
KEEPS_NOW_RE = re.compile(r"\bkeeps\s+(?:on\s+)?(?:" + "|".join(sign.replace(" ", r"\s+") for sign in WORDS["signs"]) + r")",
                          re.IGNORECASE)
KEEPS_LABELS = frozenset(("PAST", "WEAPON_TALK"))
HURT_ID = "someone hurt or attacked"


def keeps_now(doc: Doc, cues: list[Span], how_often: frozenset[str]) -> list[Span]:
    """The cues with each "keeps" before a sign of harm read as a HURT cue in place of its PAST and weapon talk."""
    if any(token.lower_ in how_often for token in doc):
        return cues
    signs = [span for match in KEEPS_NOW_RE.finditer(text_of(doc))
             if (span := doc.char_span(match.start(), match.end(), label="HURT", span_id=HURT_ID,
                                       alignment_mode="expand")) is not None]
    if not signs:
        return cues
    starts = {span.start for span in signs}
    kept = [span for span in cues if not (span.label_ in KEEPS_LABELS and span.start in starts
                                          and span.text.lower() == "keeps")]
    return sorted(kept + signs, key=lambda span: (span.start, span.end))
