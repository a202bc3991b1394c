"""A US local number without its area code, "555-0148", only right after a word of calling or texting: "got a text
from 555-0148", "call 555-0199", "llamaron del 555-0123", "texted by a number 555-0188", "the number was 555-0198". Seven digits alone are often an order, a case or a ticket
number ("order #551-2093"), so the cue right before is what makes them a phone.
"""
from __future__ import annotations

import re

from .spans import overlaps

LOCAL_RE = re.compile(
    r"\b(?:text\w*|call\w*|messag\w*|rang|ring\w*|phon\w*|rung|cell|mobile|sms|llam\w*|marc\w*|mensaje\w*|whatsapp"
    # "the number was 555-0198", "a number 555-0143 keeps ringing": a number with an article names a caller's
    # ("case number 555-0148" has none)
    r"|(?:a|the|this|that|same|their|his|her)\s+number)"
    r"(?:\s+(?:me|us|him|her|them|back|again))?(?:\s+(?:from|on|at|is|was|by|del|al|desde|de|el))?"
    r"(?:\s+(?:a|the|this|that)\s+number)?(?:\s+(?:is|was))?\s*[:#]?\s*"
    r"(?P<phone>(?<![\d-])\d{3}[-.]\d{4})(?![\w-]|[.,]\d)",
    re.IGNORECASE)

SHAPE_RE = re.compile(r"\d{3}[-.]\d{4}")


def local_phones(text: str, found: list) -> list[tuple[int, int, str]]:
    """Seven-digit local numbers after a calling word, outside the phones ``found`` already."""
    if SHAPE_RE.search(text) is None:   # cheap gate: the shape before the cue words
        return []
    return [(m.start("phone"), m.end("phone"), m.group("phone")) for m in LOCAL_RE.finditer(text)
            if not any(overlaps(m.start("phone"), m.end("phone"), [(s, e)]) for s, e, _ in found)]
