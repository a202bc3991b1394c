"""Keep the tipster's own number out of their tip, wherever and however they typed it.

Numbers they give for someone else (a dealer's phone) are intelligence and stay.
The sender's own number is found in any written form: its digits with any
non-alphanumeric separators between them (spaces, dots, dashes of every width,
slashes, underscores, commas, ``*``, brackets), with or without the country code
(``+44``, ``0044``, ``44``, ``+44 (0)``) or the national trunk prefix (``0``, ``1``).
As a second net, any run of 7+ digits ending in the sender's last seven digits goes too.
"""
from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

REPLACEMENT = "[own number removed]"
_SEP = r"[^A-Za-z0-9\n]{0,3}"        # what people put between digit groups
_DIGIT_RUN = re.compile(r"\+?\d[\d\s().-]{5,}\d")


@lru_cache(maxsize=4096)
def _own_number_pattern(e164: str) -> re.Pattern | None:
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None
    national = str(parsed.national_number)
    if len(national) < 6:
        return None
    country = str(parsed.country_code)
    cc = _SEP.join(country)
    prefix = (rf"(?:(?:\+|00){_SEP}{cc}{_SEP}(?:\(0\){_SEP})?"   # +44 / 0044 / +44 (0)
              rf"|{cc}{_SEP}"                                    # 44 ...
              rf"|[01]{_SEP})?")                                 # national trunk prefix
    body = _SEP.join(national)
    return re.compile(rf"(?<![A-Za-z0-9])\(?{prefix}{body}(?!\d)")


def redact_own_number(text: str, e164: str) -> str:
    if not text or not e164.startswith("+"):
        return text
    pattern = _own_number_pattern(e164)
    if pattern is not None:
        text = pattern.sub(REPLACEMENT, text)
    own = "".join(ch for ch in e164 if ch.isdigit())[-7:]
    if len(own) < 7:
        return text

    def swap(match: re.Match) -> str:
        digits = "".join(ch for ch in match.group(0) if ch.isdigit())
        return REPLACEMENT if len(digits) >= 7 and digits.endswith(own) else match.group(0)

    return _DIGIT_RUN.sub(swap, text)
