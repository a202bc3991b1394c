"""Keep the tipster's own number out of their tip, wherever and however they typed it.

Numbers they give for someone else (a dealer's phone) are intelligence and stay.
The sender's own number is found in any written form: its digits with any
non-alphanumeric separators between them (spaces, dots, dashes of every width,
slashes, underscores, commas, ``*``, brackets), with or without the country code
(``+44``, ``0044``, ``44``, ``+44 (0)``) or the national trunk prefix (``0``, ``1``).
As a second net, any run of 7+ digits ending in the sender's last seven digits goes too.

``SafeText`` is the one type for text allowed out of the vault: into an officer's
text, an event, or an rq job payload (which failed jobs keep for a year). Tipster
text becomes SafeText only through ``redact_own_number``; staff-written and
system text through the explicit constructors. The outbound and notification
paths refuse a plain ``str`` (TypeError), so a call site that forgets to redact
fails in tests instead of texting an officer the tipster's number.
"""
from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from bot.events import VettedText

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


_MINT = object()   # held by this module only: SafeText(...) from anywhere else is refused


class SafeText(str, VettedText):
    """Text cleared to leave the vault. Made only by ``redact_own_number`` (a tipster's
    words) and the constructors below; every other way of making one is a TypeError.

    It is a ``str`` for reading, but any operation on it (strip, slicing, +, an
    f-string) gives back a plain ``str``: changed text has to be vetted again, by
    ``compose`` when it is built from vetted parts.
    """
    __slots__ = ()

    def __new__(cls, text: str, _mint: object = None):
        if _mint is not _MINT:
            raise TypeError("SafeText comes from redact_own_number (tipster text) or SafeText.staff/system/"
                            "stored/compose, never from SafeText(...)")
        if not isinstance(text, str):
            raise TypeError(f"SafeText wraps a str, not {type(text).__name__}")
        return super().__new__(cls, text)

    @classmethod
    def staff(cls, text: str) -> SafeText:
        """Typed by an officer or admin, who never knows a tipster's number."""
        return cls(text, _MINT)

    @classmethod
    def system(cls, text: str) -> SafeText:
        """Our own words: templates, tip IDs, labels, reasons from fixed lists."""
        return cls(text, _MINT)

    @classmethod
    def stored(cls, text: str) -> SafeText:
        """Read back from a record that only ever stores vetted text (a tip's fields,
        facts and thread are written from the redacted text; see bot.tipline)."""
        return cls(text, _MINT)

    @classmethod
    def compose(cls, text: str, *parts: SafeText) -> SafeText:
        """``text`` built from ``parts`` and our own words (a template, a tip ID).
        Every part must already be SafeText: a raw tipster text is a TypeError."""
        for part in parts:
            require(part, "a part of composed text")
        return cls(text, _MINT)

    def __reduce__(self):
        # rq pickles job arguments: come back as SafeText (SafeText(...) itself refuses).
        return (_revive, (str(self),))

    def __repr__(self) -> str:
        return f"SafeText({str.__repr__(self)})"


def _revive(text: str) -> SafeText:
    """Only pickle calls this, for payloads that held a SafeText when they were written."""
    return SafeText(text, _MINT)


def require(text: object, what: str = "text") -> SafeText:
    """``text`` if it is SafeText, else TypeError naming ``what``."""
    if not isinstance(text, SafeText):
        raise TypeError(f"{what} must be SafeText (redact_own_number for a tipster's words, SafeText.staff/"
                        f"system/stored for others), not {type(text).__name__}")
    return text


def redact_own_number(text: str, e164: str) -> SafeText:
    """The tipster's ``text`` without their own number ``e164``, as SafeText."""
    return SafeText(_redact(text, e164), _MINT)


def _redact(text: str, e164: str) -> str:
    if not text or not e164.startswith("+"):
        return text or ""
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
