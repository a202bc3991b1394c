"""A part plate written after the words that say which part of the plate it is, English or Spanish: "the end of
the reg, UTP", "caught the back half of the plate: 7KX", "de la matricula solo vi el final, KLM", "solo vi las
primeras letras de la placa, JH", "de la placa solo alcance los ultimos numeros, 392"; also which group it is: "the plate had 3 letters, KPT", "de la
placa solo vi los numeros, 558".

The part word ("end", "first 3", "el final", "los ultimos numeros") must hold a plate word, or have one shortly before
it in the same sentence ("de la placa solo vi el final"), so "the end of the road, A38" is none; the piece follows a
comma, a colon or a "was"/"eran", and is capitals or digits that are no count or time (partial_readings.piece_ok).
Gated on a plate word in the text.
"""
from __future__ import annotations

import re

from .partial_readings import piece_ok
from .plate_shapes import normalise
from .spans import overlaps

PLATE_WORD = r"(?:number\s*plates?|plates?|reg(?:istration)?|tags?|placas?|tablillas?|matr[ií]culas?)"
PLATE_WORD_RE = re.compile(rf"\b{PLATE_WORD}\b", re.IGNORECASE)
COUNT = r"(?:\d|two|three|four|few|couple|dos|tres|cuatro)"
KIND = r"(?:letters?|digits?|numbers?|characters?|letras|n[uú]meros|d[ií]gitos|caracteres)"
# a group named alone is plural: "the letters", "los numeros"; "fleet number 36241", "one of them old ones 4 BXT" are none
GROUPS = r"(?:letters|digits|numbers|characters|letras|n[uú]meros|d[ií]gitos|caracteres)"
POSITION_RE = re.compile(
    rf"\b(?:(?:the\s+)?(?:end|start|beginning|front|back|first|last)(?:\s+(?:bit|part|half|{COUNT}))?(?:\s+(?P<kind1>{KIND}))?"
    rf"(?:\s+(?:of|on|off)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?P<en>{PLATE_WORD}))?"
    rf"|(?:el\s+)?(?:final|principio|inicio|comienzo)(?:\s+de\s+(?:la|las)\s+(?P<es1>{PLATE_WORD}))?"
    rf"|(?:(?:los|las)\s+)?(?:[uú]ltim[oa]s|primer[oa]s)(?:\s+{COUNT})?(?:\s+(?P<kind2>{KIND}))?"
    rf"(?:\s+de\s+(?:la|las)\s+(?P<es2>{PLATE_WORD}))?"
    # which group: "the letters on the plate, GHN", "the plate had 3 letters, KPT", "de la placa solo vi los numeros, 558"
    rf"|(?:the\s+|las\s+|los\s+)?(?:{COUNT}\s+)?(?P<kind3>{GROUPS})(?:\s+(?:of|on|off)\s+(?:the\s+)?(?P<en2>{PLATE_WORD})"
    rf"|\s+de\s+(?:la|las)\s+(?P<es3>{PLATE_WORD}))?)"
    r"(?:\s*[,:\-]\s*(?:(?:were|was|is|are|eran|era|son|es)\b\s*)?|\s+(?:were|was|is|are|eran|era|son|es)\b[\s,:]*|(?P<space>\s+))"
    r"(?P<piece>[A-Z0-9]{1,4}(?-i:(?: ?(?:[A-Z]{1,3}|\d{1,3}))?))(?![\w\-'])", re.IGNORECASE)
PLATE_BEFORE_WITHIN = 50   # characters before the part word in which a plate word names what it is part of
SENTENCE_END_RE = re.compile(r"[.!?;]")
DIGITS_END_RE = re.compile(r"\s*(?:$|[,.;:!?)])")   # digits alone end their clause: "the last 2, 14 and 15" is no piece


def named_positions(text: str, taken: list, blocked: list) -> list[tuple[int, int, str]]:
    """Part plates after a part word (see the module's doc) not in ``taken`` nor ``blocked``; ``taken`` grows."""
    if PLATE_WORD_RE.search(text) is None:
        return []
    text_is_upper = text.isupper()
    found = []
    for match in POSITION_RE.finditer(text):
        start, end = match.span("piece")
        piece = match.group("piece")
        if not (any(match.group(g) for g in ("en", "en2", "es1", "es2", "es3")) or plate_word_before(text, match.start())):
            continue
        kind = match.group("kind1") or match.group("kind2") or match.group("kind3")
        if match.group("space") and not kind:
            continue   # "the last 3 digits 447" is a piece; "the end of the reg 20 mins ago" needs its comma
        if kind and not kind_fits(kind, normalise(piece)):
            continue   # "the letters were KV": letters; "los numeros, 558": digits
        if not any(ch.isdigit() for ch in piece) and (text_is_upper or not piece.isupper()):
            continue   # "the end of the reg, then he left": a word
        if piece.isdigit() and not DIGITS_END_RE.match(text, end):
            continue
        if not piece_ok(piece.split()[0], text, end, text_is_upper) or overlaps(start, end, taken) \
                or overlaps(start, end, blocked):
            continue
        taken.append((start, end))
        found.append((start, end, normalise(piece)))
    return found


def kind_fits(kind: str, piece: str) -> bool:
    """Whether ``piece`` is of the ``kind`` named before it: letters only after "letters"/"letras", digits only after
    "numbers"/"digits"/"numeros"; any after "characters"."""
    kind = kind.lower()
    if kind.startswith(("letter", "letra")):
        return piece.isalpha()
    if kind.startswith(("number", "digit", "numer", "númer", "digit", "dígit")):
        return piece.isdigit()
    return True


def plate_word_before(text: str, start: int) -> bool:
    """A plate word shortly before ``start`` in the same sentence: "de la placa solo vi el final"."""
    before = SENTENCE_END_RE.split(text[max(0, start - PLATE_BEFORE_WITHIN):start])[-1]
    return PLATE_WORD_RE.search(before) is not None
