"""Spain's provincial plates (1971-2000): "CO-2294-AJ", "V-8806-GZ", "TO 6630 K", and mopeds' "C-8821-BHK". Many are still on the road and a
tipster copies them as printed, with no plate word before them; the province's code, four digits and one or two
letters, in capitals and in three groups, is a shape Spanish prose and codes do not take.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .plate_shapes import normalise
from .spans import overlaps

DATA = Path(__file__).parent / "data" / "es" / "plate_provinces.json"
# cheap gate: four digits between a capital and a capital, a space or hyphen each side ("V-8806-GZ", "TO 6630 K")
GATE_RE = re.compile(r"[A-Z][\s\-]\d{4}[\s\-][A-Z]")
MOPED_LETTERS = "[BCDFGHJKLMNPRSTVWXYZ]{3}"   # Spain's plates since 2000 use no vowels (nor Q, Ñ)


@lru_cache(maxsize=1)
def _plate_re() -> re.Pattern:
    codes = json.loads(DATA.read_text(encoding="utf-8"))["codes"]
    alternatives = "|".join(sorted(codes, key=len, reverse=True))
    # the groups apart by a space or a hyphen: "M1234AB" run together could be any code ("B1234C" a form's number)
    # a moped's plate (ciclomotor, since 1999): C, four digits, three consonants, "C-8821-BHK", "C 4410 KRT"
    return re.compile(rf"(?<![\w\-])((?:{alternatives})[\s\-]\d{{4}}[\s\-][A-Z]{{1,2}}|C[\s\-]\d{{4}}[\s\-]{MOPED_LETTERS})(?![\w\-])")


def old_spain_plates(text: str, blocked) -> list:
    """Provincial plates in text, as (start, end, value): "un renault 19 verde abandonado, V-8806-GZ, ..."."""
    if GATE_RE.search(text) is None:
        return []
    return [(*m.span(1), normalise(m.group(1))) for m in _plate_re().finditer(text) if not overlaps(*m.span(1), blocked)]
