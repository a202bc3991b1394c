"""The piece read off a plate the tipster says was hidden in part: "plate partly covered in mud, i could see YJ7",
"the reg was bent and i could only make out 4KR", "placa tapada con barro, solo se veia GT2". The hiding says the
plate was not read whole, so what they could see of it is a piece; partial_plates.PART_SEEN_RE wants the piece named
("only got half the reg"), which these texts leave out.
"""
from __future__ import annotations

import re

from .literal_gates import gate_open, stems_of
from .plate_shapes import letter_group_is_taken, normalise
from .spans import overlaps

HIDDEN = (r"(?:partly|partially|half|mostly|all)?\s*(?:covered|obscured|hidden|caked|muddy|dirty|filthy|bent|taped|"
          r"smashed|snowed|faded|rubbed|scratched|blocked|tapad[oa]|cubiert[oa]|sucia|doblada|borrad[oa]|escondid[oa])")
SEEN = (r"(?:(?:i\s+)?(?:could|can|cud|managed\s+to|was\s+able\s+to)\s+(?:only\s+|just\s+)?(?:see|make\s+out|read|get)|"
        r"(?:only|just)\s+(?:saw|made\s+out|read|got)|"
        r"(?:solo|nomas|nom[aá]s)?\s*(?:se\s+ve[ií]a|se\s+le[ií]a|(?:pude|alcanc[eé]\s+a)\s+(?:ver|leer)|vi|le[ií]))")
OBSCURED_RE = re.compile(
    rf"\b(?:number\s*plate|plates?|reg|tag|registration|placa|matr[ií]cula|chapa)\b[^.;!?]{{0,16}}?\b{HIDDEN}\b"
    rf"[^.;!?]{{0,40}}?\b{SEEN}\s*(?:(?:was|were|is|it|the|un[oa]?s?|el|la)\s+)?[:\-]?\s*"
    rf"(?P<frag>(?-i:[A-Z0-9]{{2,5}}))(?![\w-])",
    re.IGNORECASE)
# capitals texted as words ("could see CCTV", "i could read OK"), beyond the lexicon's words (letter_group_is_taken)
CAPITAL_WORDS = frozenset("ok uk gb ni usa lol omg asap tv id nhs cctv suv atm dvla".split())
GATE_RE = re.compile(r"cover|obscur|hidden|caked|mud|dirt|filth|bent|tape|smash|snow|fade|rubb|scratch|block|"
                     r"tapad|cubiert|sucia|doblad|borrad|escondid", re.IGNORECASE)
# the gate runs on every text: on an ASCII tip a substring test per stem (literal_gates.py), where the regex
# tries every stem at every character
GATE_STEMS = stems_of(GATE_RE)


def obscured_pieces(text: str, text_is_upper: bool, taken: list[tuple[int, int]],
                    blocked: list[tuple[int, int]], lowered: str | None = None) -> list[tuple[int, int, str]]:
    """The capitals or letters-and-digits read off a plate said to be partly hidden; ``taken`` grows. ``lowered``:
    text.lower(), when the caller has it."""
    if text_is_upper:
        return []
    if not gate_open(GATE_RE, GATE_STEMS, text, lowered):
        return []
    found = []
    for match in OBSCURED_RE.finditer(text):
        start, end = match.span("frag")
        fragment = match.group("frag")
        if fragment.isalpha() and (letter_group_is_taken(fragment) or fragment.lower() in CAPITAL_WORDS) \
                or overlaps(start, end, taken) or overlaps(start, end, blocked):
            continue   # "i could see BMW on the boot", "could see CCTV": a word in capitals, not a piece
        taken.append((start, end))
        found.append((start, end, normalise(fragment)))
    return found
