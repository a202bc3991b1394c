"""A day of the month alone that ends its clause: "la pedi el 12 y", "me lo llevaron el 3 y ya van 6 dias", "la pieza
llega el 15,", "vuelo a lima el 22" (dev: 12 such days labelled "el 12", none left out). spanish_month_days.py wants a
cue before a bare "el 22"; here the cue is where it stands: at the end of its clause, where a bus line or a count
seldom stands alone. Not after another number and "y"/"o" ("la 48 y el 19": bus lines), nor after a bus or a floor.
"""
from __future__ import annotations

import re

BARE_DAY_RE = re.compile(
    r"\bel\s+(?:1ro|0?[1-9]|[12]\d|3[01])(?![\w%º°:/.,]\d|[\w%º°])(?=\s*(?:[,.?!;]|$|(?:y|con|por|me|pero|que)\b))",
    re.IGNORECASE)
# "48 y el 19", "el bondi, el 17", "piso 3 y el 4", "salio el 17": a bus, a line, a floor or a drawn number
NOT_BEFORE_RE = re.compile(r"(?:\d\s+(?:y|o|e)|\b(?:bondi|bus|camion|cami[oó]n|linea|l[ií]nea|ruta|colectivo|metro|piso|"
                           r"apto|cuarto|numero|n[uú]mero|calle|avenida|ave|sali[oó]|toc[oó]|gan[oó])\s*,?)\s*$", re.IGNORECASE)


def bare_days(text: str) -> list[tuple[int, int]]:
    """The "el 12" days of `text` that end their clause (see the module docstring)."""
    if "el " not in text.lower():
        return []
    return [m.span() for m in BARE_DAY_RE.finditer(text) if not NOT_BEFORE_RE.search(text, max(0, m.start() - 14), m.start())]
