"""Mallorca's barrios and villages named "Son ..." (an old estate's name: "Son Gotleu", "Son Roca", "Son Espanyolet",
"Son Banya"), read after a place cue ("vivimos en son roca", "por son gotleu"). "son" is otherwise the verb ("son
dos tios"), which a place cue never comes right before; the name's word may be a common one ("roca", "oliva"), so
it is only kept off function words ("en son de broma") and numbers.
"""
from __future__ import annotations

import re

from .lexicon import stop_words
from .spans import overlaps

GATE_RE = re.compile(r"\bson\s", re.IGNORECASE)
SON_NAME_RE = re.compile(r"\b(?:en|por|desde|hacia|de)\s+((?i:son)\s+([a-zñçàèéíïòóúü][a-zñçàèéíïòóúü'\-]{2,}))(?![\w'\-])",
                         re.IGNORECASE)


def son_names(text: str, blocked) -> list[tuple[int, int]]:
    """The "son <name>" places after a cue that overlap no span found before."""
    if not GATE_RE.search(text):
        return []
    stop = stop_words()
    return [m.span(1) for m in SON_NAME_RE.finditer(text)
            if m.group(2).lower() not in stop and not overlaps(*m.span(1), blocked)]
