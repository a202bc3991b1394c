"""A resident's short question about alerts ("how do i change my postcode?", "can I get alerts
for BS1?", "¿cómo cambio mi código postal?") is answered, not taken as the start of a tip.

Before this, such a text from a subscriber opened a tip draft ("Where was this?"). The
recogniser is per-language data (``alerts_question`` in bot/locales/<lang>.json: a word about
alerts, postcodes or subscribing, and the shape of a question or request, in at most 160
characters), plus the schemes' keywords and names. It only runs outside a tip draft, so an
answer to "Where was this?" that names a postcode is never caught. A subscriber gets MY ALERTS
(which says how to change categories, move and leave); anyone else how to join. Both end with
how to report a crime instead, so a tip that happened to look like a question is not lost.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.alerts import schemes
from bot.messaging import catalog

MAX_CHARS = 160   # a longer text is a tip, whatever it mentions


@lru_cache(maxsize=None)
def _patterns() -> tuple[re.Pattern, ...]:
    found = []
    for code in catalog.shipped():
        rx = catalog.load(code).get("keywords", {}).get("alerts_question")
        if rx:
            found.append(re.compile(rx, re.IGNORECASE))
    return tuple(found)


@lru_cache(maxsize=None)
def _scheme_words() -> re.Pattern:
    words = {w for s in schemes.all_schemes() for w in (s.keyword, s.name)}
    alternatives = "|".join(sorted((re.escape(w.lower()).replace(r"\ ", r"\s*") for w in words), key=len, reverse=True))
    return re.compile(rf"\b({alternatives})\b", re.IGNORECASE)


def asks_about_alerts(text: str) -> bool:
    """Whether ``text`` is a short question or request about alerts (in any shipped language)."""
    text = text.strip()
    if not text or len(text) > MAX_CHARS:
        return False
    plain = catalog.fold_word(text).lower()   # accents dropped, as the patterns are written
    if any(p.search(plain) for p in _patterns()):
        return True
    # "how do i join farm watch?", "is there a horsewatch near me?": a scheme named in a question
    return bool(_scheme_words().search(plain)) and (plain.rstrip().endswith("?") or text.lstrip().startswith("¿"))
