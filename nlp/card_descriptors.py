"""Card and bank statement descriptors are no plates: what a statement writes for a payment has a plate's capitals
and digits ("XKT*SERV 0441", "PAYPAL *EBAY 4471", "SQ *COFFEE", "AMZN MKTP US 2291", "POS 4471 TESCO"). Two shapes:
a processor's code joined to the merchant's name by an asterisk (the asterisk is the statement's own mark: no plate
or prose writes it so), read whole with the name's words and digits after it; and a statement line's head (a
transaction type: POS, VIS, DD, COMPRA...) before digits and a merchant word, in a text about a card, a charge or a
statement, or a short form only statements write (AMZN, MKTP, PYPL) anywhere in a run of capitals. Lists are data
(nlp/data/card_descriptors.json). The gate is a plate already read (most texts hold none).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from .lexicon import DATA_DIR

# "XKT*SERV 0441", "SQ *COFFEE", "GOOGLE * TEMU 8812", "TST* TACOS 2218": a code, the asterisk, the merchant's
# words and numbers (in capitals) up to the end of the descriptor
STAR_RE = re.compile(r"(?<![\w*])[A-Za-z][A-Za-z0-9.]{1,11}\s?\*\s?[A-Za-z][A-Za-z0-9&.'-]+(?:[ -][A-Z0-9][A-Z0-9&.'-]*){0,3}")
# "POS 4471 TESCO", "VIS 4471 AMAZON", "AMZN MKTP US 2291": capital groups and digit groups, one after the other
CAPITAL_RUN_RE = re.compile(r"(?<![\w*])[A-Z][A-Z0-9.]*(?:[ #-]+[A-Z0-9][A-Z0-9.]*){1,4}")
WORD_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=None)
def descriptor_data() -> dict:
    data = json.loads((DATA_DIR / "card_descriptors.json").read_text(encoding="utf-8"))
    return {key: frozenset(data[key]) for key in ("heads", "statement_forms", "star_codes", "card_words")}


def card_descriptors(text: str) -> list[tuple[int, int]]:
    """The spans of the statement descriptors in a text (see the module's note)."""
    data = descriptor_data()
    found = []
    if "*" in text:
        for match in STAR_RE.finditer(text):
            code = match.group().split("*")[0].strip()
            if code.isupper() or code.upper() in data["star_codes"]:
                found.append(match.span())
    about_cards = not data["card_words"].isdisjoint(WORD_RE.findall(text.lower()))
    for match in CAPITAL_RUN_RE.finditer(text) if not text.isupper() or about_cards else ():
        groups = re.split(r"[ #-]+", match.group())
        merchant = any(g in data["statement_forms"] for g in groups)
        headed = groups[0] in data["heads"] and about_cards
        # a head needs a merchant's word in it as well as the number: "POS 4471 TESCO", not "SO 4471"
        if merchant or headed and any(g.isalpha() and len(g) >= 3 for g in groups[1:]) and any(g.isdigit() for g in groups):
            found.append(match.span())
    return found


def without_descriptors(text: str, facts: list) -> list:
    """The plate facts (start, end, value) that lie in no statement descriptor."""
    spans = card_descriptors(text) if facts else []
    return [f for f in facts if not any(f[0] < e and s < f[1] for s, e in spans)]
