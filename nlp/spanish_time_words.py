"""Spanish times the clock, date and phrase rules miss, each a fixed shape tips repeat:
- a school or church routine after "despues de" ("despues de clases", "el viernes despues de clase", "todos los
  domingos despues de misa de 12"): merged with a day right before it, as the English "thursday after school";
- "todo el domingo" / "toda la semana" (the whole day as one time, as "toda la noche" already is);
- "antes del viernes" (a deadline by a day: "si no le mando $800 antes del viernes"). "para el viernes" keeps
  only "el viernes": "para" says what the day is for (a threat set for friday), as the English "on" it is dropped
  (es-h13-152).
Words live in nlp/data/es/time_words.json; each regex runs only when its cue word is in the text.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "es" / "time_words.json"
DAYS = r"lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo"


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _regexes() -> tuple[re.Pattern, ...]:
    words = json.loads(DATA.read_text(encoding="utf-8"))
    flags = re.IGNORECASE | re.UNICODE
    # "mañana despues de clases": before "despues de" a bare "mañana" is tomorrow, not the morning
    after = re.compile(rf"\b(?:ma[nñ]ana\s+)?despu[eé]s\s+de\s+(?:{_alt(words['after_events'])})\b(?:\s+de\s+\d{{1,2}}(?![\d:]))?", flags)
    whole_day = re.compile(rf"\b(?:todo\s+el\s+(?:{DAYS}|finde|fin\s+de\s+semana)|toda\s+la\s+semana)\b", flags)
    deadline = re.compile(rf"\bantes\s+del\s+(?:{DAYS})\b", flags)
    return after, whole_day, deadline


def time_words(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of this module's times in ``text`` (see the module doc)."""
    lower = text.lower()
    after, whole_day, deadline = _regexes()
    found = []
    if "despu" in lower:
        found += [m.span() for m in after.finditer(text)]
    if "tod" in lower:
        found += [m.span() for m in whole_day.finditer(text)]
    if "antes del" in lower:
        found += [m.span() for m in deadline.finditer(text)]
    return found
