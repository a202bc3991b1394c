"""Spanish frequencies over a long period and loose ones, which the phrase list misses: "cada año", "cada verano",
"cada agosto", "todos los inviernos", "todas las semanas", "casi diario", one counted in minutes or hours ("cada 15
minutos", "cada media hora", as the English "every 15 mins"), and a part of the day in
the plural, "en las tardes", "por las noches" (a habit: copied whole, as "en la noche" is). A frequency is a time
by ANNOTATION.md ("A frequency is a time"). Words live in nlp/data/es/frequency_words.json; the regex runs only when
a cue word is in the text.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .lexicon import spanish_lexicon

DATA = Path(__file__).parent / "data" / "es" / "frequency_words.json"
CUE_RE = re.compile(r"cada|todos\s+los|todas\s+las|diario|(?:en|por)\s+las", re.IGNORECASE)


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _regex() -> re.Pattern:
    words = json.loads(DATA.read_text(encoding="utf-8"))
    months = _alt(spanish_lexicon()["months"])
    return re.compile(
        rf"\b(?:{_alt(words['loose'])}"
        rf"|cada\s+(?:{_alt(words['every_one'])}|{months})"
        rf"|cada\s+(?:\d{{1,3}}|{_alt(words['counted'])})\s+(?:{_alt(words['counted_units'])})"
        rf"|tod[oa]s\s+l[oa]s\s+(?:{_alt(words['every_plural_m'] + words['every_plural_f'])})"
        rf"|(?:en|por)\s+las\s+(?:{_alt(words['part_plural'])}))\b", re.IGNORECASE | re.UNICODE)


def frequencies(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of this module's times in ``text`` (see the module doc)."""
    if not CUE_RE.search(text):
        return []
    return [m.span() for m in _regex().finditer(text)]
