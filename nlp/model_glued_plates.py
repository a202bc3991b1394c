"""A model name with digits right before a plate is no part of it: "green l200 AKZ 3907" is a Mitsubishi L200 with
the plate AKZ 3907, not the UK prefix plate L200 AKZ; "blue f150 TXR 4410" is not F150 TXR.

The uncued UK shapes (plate_shapes.py) read a letter and digits, then three letters, as a plate; when that first group
is a model's name ("l200", "f150", "x5", "c220") the reading is dropped if the model is written in lower case and the
letters in capitals (two different words), or if digits follow the letters ("AKZ 3907": the real plate goes on). The
plate itself is then found by its own shape, as the reading no longer covers it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import vehicle_words

# the plate goes on after the letters: " 3907", "-229"
DIGITS_AFTER_RE = re.compile(r"[ -]\d{2,4}(?![\w-])")


@lru_cache(maxsize=1)
def models_with_digits() -> frozenset[str]:
    """Lower-case model names that hold a digit and a letter ("l200", "x5", "rav4", "c220"), hyphens dropped."""
    return frozenset(w.replace("-", "") for w in vehicle_words(("MODEL",))
                     if any(c.isdigit() for c in w) and any(c.isalpha() for c in w) and " " not in w)


def model_glued(text: str, start: int, end: int, text_is_upper: bool) -> bool:
    """True when the plate reading text[start:end] begins with a model name, written apart from the rest."""
    first, _, rest = text[start:end].partition(" ")
    if not rest or first.lower() not in models_with_digits():
        return False
    if not text_is_upper and first.islower() and rest.isupper():
        return True   # "l200 AKZ": the model in prose, the plate in capitals
    return DIGITS_AFTER_RE.match(text, end) is not None   # "L200 AKZ 3907": the letters begin the next plate
