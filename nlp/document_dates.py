"""A written date that dates a document, not the event: a tag's expiry ("paper tag says exp 12/14", "temp tag that said
09/28 exp"), the day a reference number was given ("crime ref 0291 of 14/06", "log no 0412 of 29/11"), a date of birth
("dob 14/03/1998", "born 12/04/1996") and a score out of ten ("10/10 would panic again"). The guide labels only times
that place the event; these are left out. English cues only: a Spanish "venza el 12/15" is a date the tip asks about.
A number below one written with a point is an amount, never a clock ("blew 0.12", "sopló 0.12", "0.05 btc", "a 0.22
air rifle"): nobody texts the minutes after midnight as "0.09" (no dev row does; 7 rows read it as a time, all wrong).
"""
from __future__ import annotations

import re

NUMERIC_DATE_RE = re.compile(r"\d{1,4}/\d{1,2}(?:/\d{2,4})?")
# the words right before the date (searched at the end of the text before it)
BEFORE_RE = re.compile(
    r"(?:\b(?:exp|exp\.|expires?|expired|expiry|expiring|expiration)\s*:?"   # "exp 12/14", "expires 3/26"
    r"|\btags?\b[^,.;]{0,30}\b(?:says?|said|reads?|read)"                      # "paper tags that say 04/26"
    r"|\b\d{2,6}\s+of"                                                           # "ref 3319 of 17/11"
    r"|\b(?:dob|d\.o\.b\.?|born|date\s+of\s+birth)(?:\s+(?:is|was|on))?\s*:?"     # "his dob is 04/11/1998"
    r")\s*$", re.IGNORECASE)
AFTER_RE = re.compile(r"\s*(?:exp\b|expir)", re.IGNORECASE)   # "09/28 exp"
RATING_RE = re.compile(r"10/10(?=\s+would\b|\s*[.!]*\s*$)", re.IGNORECASE)   # "10/10 would recommend", "..., 10/10"


AMOUNT_RE = re.compile(r"0[.,]\d{2,3}")   # "0.09", "0,12": an amount, not "00:09"
# a calibre ("air rifle 0.22 cal") is left to the time rules for now: freed of its time, a place rule reads "rifle
# 0.22" as a street (d22a-175), and place modules are outside this change
CALIBRE_AFTER_RE = re.compile(r"\s*(?:cal\b|calibre|caliber)", re.IGNORECASE)


def document_date(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a time span, is a bare numeric date that dates a document or rates something, or an
    amount below one ("0.09")."""
    span = text[start:end]
    if AMOUNT_RE.fullmatch(span):
        return not CALIBRE_AFTER_RE.match(text, end)
    if not NUMERIC_DATE_RE.fullmatch(span):
        return False
    if RATING_RE.match(text, start):
        return True
    return bool(BEFORE_RE.search(text[max(0, start - 60):start]) or AFTER_RE.match(text, end))
