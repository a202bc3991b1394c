"""What a Spanish tipster writes right after a part plate: the next piece the plate had ("empezaba por 08 y tenia una
M", "empezaba por 4 y luego una C", "empezaba por 72 y las letras eran HPK") and another reading of a piece ("HPK o
HBK").

Read on from each part plate already found, never on its own: the words "y tenia", "y luego", "y las letras eran"
only name a piece of the plate when they follow one. A piece is one capital or 1-4 digits (or 2-4 capitals), not a
count ("y tenia 2 puertas"), and a digit piece is not followed by a word that makes it a count or a time.
"""
from __future__ import annotations

import re

from .plate_shapes import normalise
from .spans import overlaps

GROUP = r"(?:las\s+letras|los\s+n[uú]meros|los\s+d[ií]gitos)"
# "la primera letra", "el ultimo numero"
ONE_OF = r"(?:la\s+(?:primera|[uú]ltima|segunda)\s+letra|el\s+(?:primer|[uú]ltimo|segundo)\s+(?:n[uú]mero|d[ií]gito))"
# "y tenia una M", "y luego una C", "y despues un 7", "y las letras (al final) eran KS", "y la primera letra era una L", "y un 9";
# "HZP la placa y tenia un 6": the plate word may stand between; "y despues 88", "y luego 4": after a word of order
# no article is needed
NEXT_RE = re.compile(
    r"(?:\s+(?i:la\s+placa|las\s+placas|la\s+matr[ií]cula|la\s+tablilla))?"
    r"\s*,?\s+(?i:y|e)\s+(?:(?i:luego|despu[eé]s|al\s+final)\s+(?=[A-Z0-9])|(?i:(?:luego|despu[eé]s|al\s+final|tambi[eé]n|creo\s+que)\s+)?"
    # "y tiene 44": digits right after a verb of having; "y las letras finales LT": the group's verb left out
    rf"(?:(?i:ten[ií]a|tiene|llevaba|lleva)\s+(?=\d)|(?i:(?:ten[ií]a|tiene|llevaba|lleva|vi)\s+)?(?i:(?:una?|"
    rf"(?:{GROUP}(?:\s+(?:(?:al|del)\s+(?:final|principio)|finales|iniciales|del\s+principio))?|{ONE_OF})"
    r"(?:\s+(?:eran|son|era|es))?[\s,:]*(?:una?\s+)?)\s*)))"
    r"(?P<piece>[A-Z]{1,4}|\d{1,4}|[A-Z0-9]{2,4})(?![\w\-])")
# "HPK o HBK", "72 u 73": another reading, same shape as the piece before it
OTHER_RE = re.compile(r"\s*,?\s+(?i:[ou]|o\s+tal\s+vez|o\s+quiz[aá]s?|o\s+puede\s+que)\s+(?P<piece>[A-Z0-9]{1,4})(?![\w\-])")
# after a digit piece, a word that makes it a count or a time ("y tenia un 2 puertas", "y luego una 1 hora")
COUNT_AFTER_RE = re.compile(r"\s+(?i:letras|n[uú]meros|d[ií]gitos|puertas|ruedas|ejes|horas?|minutos?|min|d[ií]as|a[nñ]os|"
                            r"veces|personas|tipos|hombres|chavos|de\s+la|pm|am|hrs)\b")


def shape(value: str) -> str:
    """"HPK" -> "AAA", "72" -> "99": where the letters and digits are."""
    return "".join("9" if ch.isdigit() else "A" for ch in value)


def piece_ok(text: str, match: re.Match) -> bool:
    piece = match.group("piece")
    if piece.isalpha() and text.isupper():
        return False   # a text in capitals: "Y UNA CASA" reads the same as a piece
    return not (any(ch.isdigit() for ch in piece) and COUNT_AFTER_RE.match(text, match.end("piece")))


def more_parts(text: str, partials: list, taken: list) -> list:
    """The next pieces and other readings written after each of ``partials`` ((start, end, value) facts), up to three in
    a row, outside ``taken`` (which grows with each one)."""
    more = []
    for _, end, value in sorted(partials):
        for _ in range(3):
            found = None
            other = OTHER_RE.match(text, end)
            if other and shape(other.group("piece")) == shape(value) and piece_ok(text, other):
                found = other
            else:
                found = NEXT_RE.match(text, end)
                if found and not piece_ok(text, found):
                    found = None
            if found is None or overlaps(*found.span("piece"), taken):
                break
            start, end = found.span("piece")
            value = normalise(found.group("piece"))
            taken.append((start, end))
            more.append((start, end, value))
    return more
