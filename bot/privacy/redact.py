"""Keep the tipster's own number out of their tip, wherever they typed it.

Numbers they give for someone else (a dealer's phone) are intelligence and stay;
only a run of digits ending in the sender's last seven digits is replaced.
"""
from __future__ import annotations

import re

_DIGIT_RUN = re.compile(r"\+?\d[\d\s().-]{5,}\d")
REPLACEMENT = "[own number removed]"


def redact_own_number(text: str, e164: str) -> str:
    own = "".join(ch for ch in e164 if ch.isdigit())[-7:]
    if len(own) < 7 or not text:
        return text

    def swap(match: re.Match) -> str:
        digits = "".join(ch for ch in match.group(0) if ch.isdigit())
        return REPLACEMENT if len(digits) >= 7 and digits.endswith(own) else match.group(0)

    return _DIGIT_RUN.sub(swap, text)
