"""Spain's phones written in the groups Spain writes them in: "612 44 71 09", "612 448 903", "91 122 40 87" (Madrid),
"954 55 01 87". A mobile (6, 7) or a landline (9) in those groups, nine digits, with no other digit group before or
after it, is a phone even with no phone word before it ("le hice un bizum a un tal 612 448 903", "me ha llamado desde
el 91 122 40 87"); run together or in other groups it still needs one (spanish.py's SPAIN_PHONE_RE).
"""
from __future__ import annotations

import re

from .spans import overlaps

# the separators one kind throughout a number is not required: tipsters mix them rarely, and a mixed one is still these groups
GROUPED_RE = re.compile(
    r"(?<![\w+.,\-])(?<!\d\s)"
    r"(?:[67]\d{2}(?:[\s.]\d{2}){3}|[67]\d{2}[\s.]\d{3}[\s.]\d{3}"      # 612 44 71 09, 612 448 903
    r"|9[1-8]\d(?:[\s.]\d{2}){3}|9[1-8]\d[\s.]\d{3}[\s.]\d{3}"          # 954 55 01 87, 912 448 107
    r"|9[1-8][\s.]\d{3}(?:[\s.]\d{2}){2})"                              # 91 122 40 87
    r"(?![\w\-]|[.,]\d|\s\d)")                                          # not the start of a longer number (a chip's 15 digits)
GATE_RE = re.compile(r"\d{2}[\s.]\d{2}")


def grouped_phones(text: str, taken: list, code_before) -> list:
    """Phones of GROUPED_RE's shapes, as (start, end, text), outside taken and not after a code word (code_before)."""
    if GATE_RE.search(text) is None:
        return []
    return [(m.start(), m.end(), m.group()) for m in GROUPED_RE.finditer(text)
            if not overlaps(*m.span(), taken) and not code_before(text, m.start(), english=False)]
