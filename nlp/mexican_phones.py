"""Mexico's ten-digit phones in the groups Mexicans write them in: a two-digit area code (55 and 56 Mexico City, 33
Guadalajara, 81 Monterrey), then four and four digits, or then pairs: "55 4471 8829", "(33) 1844-2270", "81.2259.4410",
"55 12 34 56 78", "55-12-34-56-78", with the old dialling prefix "044 55 4471 8829". The three-digit area codes
("442 123 4567") are the US shape, nlp/phones.py's. The grouping with one of these area codes is a phone even with no
phone word before it ("un tal comandante del 33 1844 2270"), but not after a code word ("folio 33 2019 4471",
spanish_rules.code_before) nor before a currency ("55 1234 5678 pesos").
"""
from __future__ import annotations

import re

from .spans import overlaps

MEXICAN_RE = re.compile(
    r"(?<![\w+.,\-])(?<!\d\s)"
    r"(?:0(?:44|45|1)[\s.\-]?)?"                               # 044 55 ..., 045 33 ..., 01 55 ...: the dialling prefix
    r"(?:\(?(?:55|56|33|81)\)?[\s.\-]?\d{4}[\s.\-]\d{4}"      # 55 4471 8829, (33) 1844-2270
    r"|(?:55|56|33|81)(?:[\s.\-]\d{2}){4})"                  # 55 12 34 56 78, 55-12-34-56-78
    r"(?![\w\-]|[.,]\d|\s\d)"                                 # not the start of a longer number
    r"(?!\s*(?:pesos|euros|d[oó]lares|mxn|usd|dlls)\b)", re.IGNORECASE)
GATE_RE = re.compile(r"(?:55|56|33|81)\)?[\s.\-]?\d")


def mexican_phones(text: str, taken: list, code_before) -> list:
    """Phones of MEXICAN_RE's shapes, as (start, end, text), outside taken and not after a code word (code_before)."""
    if GATE_RE.search(text) is None:
        return []
    return [(m.start(), m.end(), m.group()) for m in MEXICAN_RE.finditer(text)
            if not overlaps(*m.span(), taken) and not code_before(text, m.start(), english=False)]
