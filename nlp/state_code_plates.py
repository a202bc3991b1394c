"""A US plate of digits (or two letters and five digits, Connecticut's shape), written in groups right after its
state's code in capitals, with no plate word: "same maroon honda odyssey again, RI 448 921, parked by the fence". The state code is what makes the digits a plate
(digits alone are an order, a ref, a phone), so only a code that is no everyday word in capitals ("IN", "OR", "OK"
are words), only in groups (a code and five joined digits is a zip: "PA 19103"), and only in a text that names a
vehicle. Checked only when a capital pair is followed by a digit (STATE_DIGITS_RE), which few texts hold.
"""
from __future__ import annotations

import re

from .lexicon import lexicon
from .plate_states import state_codes
from .spans import overlaps

# a capital pair, then 2-4 digits and 2-4 digits more after a space or hyphen (5 to 7 digits in all); or a second
# capital pair and five digits, as Connecticut writes its plates ("CT AB-44821", "CT AG 71842": the letters apart)
STATE_DIGITS_RE = re.compile(r"(?<![\w-])(?P<state>[A-Z]{2})[ ]+(?P<plate>\d{2,4}[ -]\d{2,4}|[A-Z]{2}[ -]\d{5})"
                             r"(?![\w-]|[ -]\d|[.:/]\d)")

# "NY 555 1234": three digits and four is a local phone number's shape, even where the phone finder let it go
PHONE_SHAPE_RE = re.compile(r"\d{3}[ -]\d{4}")


def state_code_plates(text: str, taken: list[tuple[int, int]], blocked: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Plates of STATE_DIGITS_RE outside taken and blocked (phones, times), as (start, end, value); taken grows."""
    found = []
    for match in STATE_DIGITS_RE.finditer(text):
        state, (start, end) = match.group("state"), match.span("plate")
        value = re.sub(r"[ -]", "", match.group("plate"))
        digits = re.sub(r"\D", "", value)
        lettered = value[:2].isalpha()   # Connecticut's own shape: "CT" (a word, "ct" for court) is then its code
        if state.lower() not in state_codes() or (state.lower() in lexicon()["state_codes_as_words"] and not lettered) \
                or not 5 <= len(digits) <= 7 or PHONE_SHAPE_RE.fullmatch(match.group("plate")) or overlaps(start, end, taken) or overlaps(start, end, blocked):
            continue
        taken.append((start, end))
        found.append((start, end, value))
    return found
