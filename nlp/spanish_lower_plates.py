"""Spanish plates typed in lower case after a plate word: "la placa era hvr 3321", "matricula 4471 kxb".

Spanish tips are often typed all in lower case, and the Spanish plate finder (spanish_plates.py) takes only plates in
capitals, because lower-case prose after "placa" reads as one too ("placa de la casa 12", "la placa dice una 4x4").
A lower-case reading is a plate only when it has a plate's shape: letters and digits both, two of each at least, five
to eight in all, every letter group one to three letters long that is no word in Spanish or English ("hvr", "kxb";
never "las", "con", "una", nor a make or model's prefix: "gmc 2500", "kx 250"), every digit group four digits at most ("7abc123"; "casa 12", "el 8", "del 2100" are none).
"""
from __future__ import annotations

import re

from .plate_shapes import letter_group_is_taken
from .spanish_rules import common_spanish

LOWER_PLATE_RE = re.compile(r"[a-z0-9]+(?:[\s\-][a-z0-9]+)*")
RUN_RE = re.compile(r"[a-z]+|\d+")


def lower_case_plate(raw: str) -> bool:
    """Whether ``raw``, a reading after a Spanish plate word written in lower case, has a plate's shape (see above)."""
    if not LOWER_PLATE_RE.fullmatch(raw):
        return False
    runs = RUN_RE.findall(raw)
    letters = [run for run in runs if run.isalpha()]
    digits = [run for run in runs if run.isdigit()]
    if not letters or not digits or len(runs) > 3 or not 5 <= sum(map(len, runs)) <= 8:
        return False
    if sum(map(len, letters)) < 2 or sum(map(len, digits)) < 2 or any(len(d) > 4 for d in digits):
        return False
    # "placa de la moto kx 250", "la placa era gmc 2500": a make or model prefix, a state, or a word is no plate group
    return all(len(group) <= 3 and not (common_spanish(group) or letter_group_is_taken(group)) for group in letters)
