"""Part plates a Spanish tip names by what it holds, not by where it starts or ends (spanish_rules "partial" and
"partial_where" read those): "las letras de la placa eran JWK", "los numeros de la placa eran 558", "la placa de atras
tenia las letras TKV", "la placa tenia HVL y despues numeros", "tenia un 77 en la placa". The part is in capitals or
digits, two to four of them, and the text names a plate (find_plates reads these only under its plate_context gate).
"""
from __future__ import annotations

import re

PLATE_WORD = r"(?:placa|tablilla|matr[ií]cula)"
PART = r"([A-Z0-9]{2,4})(?![\w\-])"
# "las letras (de la placa) eran JWK", "los numeros de la placa eran 558"
WHICH_ARE_RE = re.compile(rf"\b(?i:(?:las\s+letras|los\s+n[uú]meros|los\s+d[ií]gitos)(?:\s+de\s+(?:la|su)\s+{PLATE_WORD})?"
                          rf"\s+(?:eran|son|era|es))[\s,:]+{PART}")
# "la placa (de atras) tenia (las letras) TKV", "la placa tenia HVL y despues numeros"
PLATE_HAD_RE = re.compile(rf"\b(?i:{PLATE_WORD}(?:\s+de\s+(?:atr[aá]s|adelante|delante))?\s+(?:ten[ií]a|tiene|llevaba)"
                          rf"(?:\s+(?:las\s+letras|los\s+n[uú]meros))?)\s+{PART}")
# "tenia un 77 en la placa"
HAD_IN_PLATE_RE = re.compile(rf"\b(?i:(?:ten[ií]a|tiene|llevaba)\s+(?:un|una|el)\s+){PART}(?i:\s+en\s+la\s+{PLATE_WORD})\b")


def partials_said(text: str) -> list[tuple[int, int, str]]:
    """The parts the three patterns above find, in text order."""
    found = [(*m.span(1), m.group(1)) for regex in (WHICH_ARE_RE, PLATE_HAD_RE, HAD_IN_PLATE_RE)
             for m in regex.finditer(text)]
    return sorted(found)
