"""Phone numbers written in a tip (US and UK shapes, and any country's with its + code), found by regex so they can
be redacted. Spanish-only shapes that need a Spanish phone word before them are spanish.py's."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .doc_attrs import PHONES, attrs
from .spans import store, text_of

# US: (215) 555-0143, 215-555-0143, 215.555.0143, 2155550143, +1 215 555 0143
# UK: 07700 900123, 07700900123, +44 7700 900123, 0117 496 0123, 020 7946 0958
PHONE_RE = re.compile(
    r"(?<![\w+])(?:"
    r"(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}"
    r"|(?:\+44\s?\(?0?\)?\s?|0)(?:\d{2,4}[\s.-]?\d{3,4}[\s.-]?\d{3,4}|\d{9,10})"
    r")(?!\w)"
)
# Another country's code: "+52 55 4812 7709", "+34 612 345 678", "+33 6 12 34 56 78" (10-14 digits; +1 and +44 are PHONE_RE's)
INTL_PHONE_RE = re.compile(r"(?<![\w+])\+(?!1\b|1\s|44)\d{2,3}(?:[\s.-]?\d{1,4}){2,5}(?![\w])")

# "my nhs no is 485 777 3456", "account number 0123 456 7890": a number of another kind, not a phone
OTHER_NUMBER_BEFORE_RE = re.compile(
    r"\b(?:nhs|ssn|nino|account|acct|policy|order|ref|reference|case|imei|serial|card|tracking|invoice|crime|incident|"
    r"customer|member|membership|passport|licence|license|id|transaction|fine|penalty|ticket|booking|confirmation|"
    r"receipt|parcel|claim|tag)\b(?:\s+(?:no\.?|number|num|#))?(?:\s+(?:is|was))?\s*[:#]?\s*$",
    re.IGNORECASE)


def find_phones(text: str) -> list[tuple[int, int, str]]:
    if sum(map(str.isdigit, text)) < 10:  # cheap pre-check: most tips have no phone number
        return []
    found = []
    for match in PHONE_RE.finditer(text):
        digits = sum(map(str.isdigit, match.group()))
        if 10 <= digits <= 13 and not OTHER_NUMBER_BEFORE_RE.search(text, max(0, match.start() - 32), match.start()):
            found.append((match.start(), match.end(), match.group()))
    for match in INTL_PHONE_RE.finditer(text) if "+" in text else ():
        digits = sum(map(str.isdigit, match.group()))
        if 10 <= digits <= 14 and not any(s < match.end() and match.start() < e for s, e, _ in found) \
                and not OTHER_NUMBER_BEFORE_RE.search(text, max(0, match.start() - 32), match.start()):
            found.append((match.start(), match.end(), match.group()))
    return sorted(found)


@Language.component("tip_phones", assigns=attrs(PHONES) + ["doc.spans"])
def phone_finder(doc: Doc) -> Doc:
    """Find the phone numbers written in the text.

    doc (Doc): The Doc to annotate.
    RETURNS (Doc): The same Doc, with doc._.phones set.
    """
    store(doc, PHONES, find_phones(text_of(doc)))
    return doc
