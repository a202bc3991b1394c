"""A long number that belongs to something named a few words before it, not a phone: "my late mums blue badge,
number 0044 7819 2231", "sent it western union mtcn 4418227190", "la tarjeta oyster que encontre tiene el numero
0482 3371 9920", "la matricula de la universidad 2026004471". phones.py's OTHER_NUMBER_BEFORE_RE reads only a label
right before the digits ("order no 1234..."); these kinds stand further off, across a comma or a short clause, so
the check is that the kind comes first in the clause and no word of calling or texting stands between.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from .lexicon import DATA_DIR
from .literal_gates import gate_open, stems_of

# the words that may stand between the kind and the digits: a short clause with no sentence end ("en el bus 25" may stand), and what
# introduces the number ("number", "no", "#", "el numero", "es", "tiene")
BETWEEN = r"[^.;!?]{0,48}?"
NUMBER_WORD = r"(?:(?:number|no\.?|num|n[uú]mero|n[ºo°]|#)\s*(?:is|was|es|era|:)?\s*|(?:is|was|es|era|:)\s*)?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = json.loads((DATA_DIR / "other_numbers.json").read_text(encoding="utf-8"))
    kinds = "|".join(data["kinds"])
    kind_re = re.compile(rf"\b(?:{kinds})\b(?P<between>{BETWEEN})\b{NUMBER_WORD}$|\b(?:{kinds})\s*[,:#]?\s*$",
                         re.IGNORECASE)
    phone_re = re.compile(rf"\b(?:{'|'.join(data['phone_words'])})\b", re.IGNORECASE)
    return kind_re, phone_re


# cheap gate: the letters every kind starts with must be in the window before any regex runs
GATE_RE = re.compile(r"badge|mtcn|oyster|card|pass|student|lott|scratch|raffle|warrant|permit|vin|chassis|tarjeta|"
                     r"boleto|billete|loter|rasca|carn|credencial|expediente|abono|matr", re.IGNORECASE)
GATE_STEMS = stems_of(GATE_RE)   # tested with `in` on an ASCII window (literal_gates.py)


def other_kind_before(text: str, start: int) -> bool:
    """Whether the number at ``start`` is named, earlier in its clause, as a badge's, a ticket's, a card's (not a phone)."""
    window = text[max(0, start - 72):start]
    if not gate_open(GATE_RE, GATE_STEMS, window):
        return False
    kind_re, phone_re = _patterns()
    # the last kind named before the number: search from each kind word on, nearest first
    for match in reversed(list(kind_re.finditer(window))):
        if phone_re.search(window, match.start()):
            return False   # "the card said call 07700 900123": a number to call after all
        return True
    return False


# a word of calling right after the number: "salio un papelito con ... un numero 800 226 6783 para llamar"
CALL_AFTER_RE = re.compile(r"\s*,?\s*(?:para|pa|to)\s+(?:llamar|marcar|hablar|call|ring|phone|text)\b", re.IGNORECASE)


def to_call_after(text: str, end: int) -> bool:
    """The number ending at ``end`` is said right after to be one to call, whatever kind was named before it."""
    return CALL_AFTER_RE.match(text, end) is not None
