"""Cue words that are part of a shop's or a thing's name, not what the cue means (stop 28, round 2; used by
nlp/urgency_kinds.py).

- **the paper shop**: "in the paper" is firm talk (the news: "saw it in the paper"), but "folk are hidin in the paper
  shop" names a newsagent. A TALK cue ending in "paper"/"papers" with a shop word right after it (data
  `paper_names` in nlp/data/urgency_misreads.json) is dropped, so the talk no longer calms a knife "rn".
"""
from __future__ import annotations

import json

from spacy.tokens import Doc, Span

from .lexicon import DATA_DIR

WORDS = json.loads((DATA_DIR / "urgency_misreads.json").read_text(encoding="utf-8"))
PAPER_NAMES = frozenset(WORDS["paper_names"])


def paper_shop(doc: Doc, cues: list[Span]) -> list[Span]:
    """The cues without a TALK cue "... paper(s)" that a shop word follows ("in the paper shop")."""
    return [span for span in cues if not (span.label_ == "TALK" and span.text.lower().endswith(("paper", "papers")) and
                                          span.end < len(doc) and doc[span.end].lower_ in PAPER_NAMES)]
