"""A US plate of digits (or two letters and five digits, Connecticut's shape), written in groups right after its
state's code in capitals, with no plate word: "same maroon honda odyssey again, RI 448 921, parked by the fence". The state code is what makes the digits a plate
(digits alone are an order, a ref, a phone), so only a code that is no everyday word in capitals ("IN", "OR", "OK"
are words), only in groups or six or seven joined digits (a code and five joined digits is a zip: "PA 19103"), and only in a text that names a
vehicle. Checked only when a capital pair is followed by a digit (STATE_DIGITS_RE), which few texts hold.
"""
from __future__ import annotations

import re

from .lexicon import lexicon
from .plate_shapes import vehicle_kind_words
from .plate_states import state_codes
from .spans import overlaps

# a capital pair, then 2-4 digits and 2-4 digits more after a space or hyphen (5 to 7 digits in all); or a second
# capital pair and five digits, as Connecticut writes its plates ("CT AB-44821", "CT AG 71842": the letters apart);
# or six or seven joined digits, which no zip has ("red jeep wrangler DE 448192": Delaware's number-only plates)
STATE_DIGITS_RE = re.compile(r"(?<![\w-])(?P<state>[A-Z]{2})[ ]+(?P<plate>\d{2,4}[ -]\d{2,4}|\d{6,7}|[A-Z]{2}[ -]\d{5})"
                             r"(?![\w-]|[ -]\d|[.:/]\d)")

# "NY 555 1234": three digits and four is a local phone number's shape, even where the phone finder let it go
PHONE_SHAPE_RE = re.compile(r"\d{3}[ -]\d{4}")
# the word right before the state code, read when the code is also a word ("DE", "ID") and the digits are joined
WORD_BEFORE_RE = re.compile(r"([a-z0-9-]+)[\s,]*$")


def beside_vehicle(text: str, start: int) -> bool:
    """"red jeep wrangler DE 448192": the code comes right after the vehicle's make, model or kind, so a code that is
    also a word ("DE", "ID") still names the plate's state; "my ID 448192" is an identity number."""
    before = WORD_BEFORE_RE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1) in vehicle_kind_words()


def state_code_plates(text: str, taken: list[tuple[int, int]], blocked: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Plates of STATE_DIGITS_RE outside taken and blocked (phones, times), as (start, end, value); taken grows."""
    found = []
    for match in STATE_DIGITS_RE.finditer(text):
        state, (start, end) = match.group("state"), match.span("plate")
        value = re.sub(r"[ -]", "", match.group("plate"))
        digits = re.sub(r"\D", "", value)
        lettered = value[:2].isalpha()   # Connecticut's own shape: "CT" (a word, "ct" for court) is then its code
        word_code = state.lower() in lexicon()["state_codes_as_words"] and not lettered and not (
            match.group("plate").isdigit() and beside_vehicle(text, match.start()))   # joined digits only, right after the vehicle
        if state.lower() not in state_codes() or word_code \
                or not 5 <= len(digits) <= 7 or PHONE_SHAPE_RE.fullmatch(match.group("plate")) or overlaps(start, end, taken) or overlaps(start, end, blocked):
            continue
        taken.append((start, end))
        found.append((start, end, value))
    return found
