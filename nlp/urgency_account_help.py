"""A call for help about a hacked account (stop 32, round 2; used by nlp/urgency_kinds.py).

"someones hacked my instagram and is messagin all my followers ..., please help me get it back", "quien me ayuda, me
hackearon el instagram": the help asked for is with the account, not for a body in danger. In a text that says an
account or a device was hacked, the calls for help (HELP, HELP_WEAK) are dropped and nothing else: a danger told in the
same text (a threat, a weapon, someone outside, a kidnapping said in words) still flags on its own cue, before or after
the hacking ("hacked my insta and now hes outside with a knife"); and with any such cue the calls for help stay too (in
"ayuda, me hackearon el facebook pero el hombre sigue afuera con la pistola" the "facebook" reads as weapon talk, and the
help is what keeps the danger). Data: data/urgency_account_help.json. Gate: "hack" in
the text and a call for help among the cues.
"""
from __future__ import annotations

import json
import re

from spacy.tokens import Doc, Span

from .lexicon import DATA_DIR
from .spans import text_of

WORDS = json.loads((DATA_DIR / "urgency_account_help.json").read_text(encoding="utf-8"))
GATE = tuple(WORDS["gate"])
HELP_LABELS = frozenset(WORDS["help_labels"])
DANGER_LABELS = frozenset(WORDS["danger_labels"])
HACKED_RE = re.compile(r"\b(?:" + "|".join(WORDS["hacked"]) + r")\b", re.IGNORECASE)


def account_help(doc: Doc, cues: list[Span]) -> list[Span]:
    """The cues without the calls for help when the text says an account or a device was hacked and no danger."""
    if any(span.label_ in DANGER_LABELS for span in cues) or not HACKED_RE.search(text_of(doc)):
        return cues
    return [span for span in cues if span.label_ not in HELP_LABELS]
