"""A bare Spanish "mañana" is tomorrow, a time ("mañana voy a pedir la orden", "dice que mañana le va a pegar", "ya lo
recoge mañana"): labelled in every dev row that has it (22 rows vs 0). After an article, a determiner or a preposition
it is the morning, which the phrase rules read whole ("en la mañana", "esta mañana", "cada mañana", "de la mañana",
"pasado mañana") or which is no time alone ("una mañana", "toda la mañana" are theirs). A time right after it joins it
through the merge of touching times ("mañana por la noche", "mañana de 10 a 14"); an event after it, which no rule
reads alone, is read with it ("mañana despues del recreo", "mañana antes del trabajo").
"""
from __future__ import annotations

import re

TOMORROW_RE = re.compile(r"(?<![\w])(?i:ma[nñ]ana)(?![\w])")
EVENT_AFTER_RE = re.compile(r"\s+(?i:despu[eé]s|antes)\s+(?i:del|de\s+la|de)\s+[a-zñáéíóú]{3,}\b")
WORD_BEFORE_RE = re.compile(r"([\w]+)\s*$")
# the words that make "mañana" the morning (or part of a longer phrase) when they come right before it
MORNING_BEFORE = frozenset(
    "la las esta esa aquella cada de del una un por toda todas pasado en otra misma mismo muy buena buenas media el "
    "tarde noche manana mañana y o hasta para".split())


def tomorrow(text: str) -> list[tuple[int, int]]:
    """The (start, end) spans of each bare "mañana" in ``text`` (see the module doc)."""
    if "ana" not in text.lower():   # the cheap gate: "mañana", "manana"
        return []
    found = []
    for match in TOMORROW_RE.finditer(text):
        before = WORD_BEFORE_RE.search(text, max(0, match.start() - 20), match.start())
        if before and before.group(1).lower() in MORNING_BEFORE:
            continue
        after = EVENT_AFTER_RE.match(text, match.end())
        found.append((match.start(), after.end() if after else match.end()))
    return found
