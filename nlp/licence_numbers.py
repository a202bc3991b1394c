"""A licence's own number is no number plate: "lic #TN-44817" on a roofer's card, "licence no MORGA753116SM9IJ".

"licence/license/lic" followed by "no", "number", "num" or "#" (and no "plate" or "tag" between) names the
number printed on a licence: a driving licence, a contractor's or a trader's. On its own ("lic 5TY 8812",
"license plate DXT 4410") the word still cues a plate. Where the text names a vehicle (a make, a model, "car",
"van") a tipster may say "license # ABC1234" of a car's plate, so the reading is kept there.
"""
from __future__ import annotations

import re

# The cue as CUE_RE (plates.py) found it, read from its first letter: the licence word, then the number word.
LICENCE_NUMBER_RE = re.compile(r"(?:lic|licen[cs]e)\.?\s*(?:#|(?:no|num|number)\b)", re.IGNORECASE)


def is_licence_number(text: str, cue_start: int, names_vehicle: bool) -> bool:
    """True when the plate cue at ``cue_start`` is "licence number/no/#" in a text that names no vehicle."""
    return not names_vehicle and LICENCE_NUMBER_RE.match(text, cue_start) is not None


# "licence no ends 88MJ", "drivers license # ends 4410": a licence's number written right before a fragment cue
LICENCE_NUMBER_BEFORE_RE = re.compile(r"(?:lic|licen[cs]e)\.?\s*(?:#|(?:no|num|number)\b)\.?\s*[:#]?\s*$", re.IGNORECASE)
# what a driving licence is carried in or called: a text naming one speaks of the licence, even beside a "bus"
DRIVING_LICENCE_RE = re.compile(r"\b(?:drivers?'?s?|driving|provisional|wallet|purse|id)\b", re.IGNORECASE)


def licence_number_piece(text: str, cue_start: int, names_vehicle: bool) -> bool:
    """True when the fragment cue at ``cue_start`` ("ends", "ending in") follows "licence no/number/#", in a text
    that names no vehicle or names a driving licence, a wallet or a purse: a piece of the licence's number
    ("lost my wallet, license number ends in 4412"), not of a plate."""
    return LICENCE_NUMBER_BEFORE_RE.search(text, max(0, cue_start - 24), cue_start) is not None and (
        not names_vehicle or DRIVING_LICENCE_RE.search(text) is not None)
