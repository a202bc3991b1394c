"""How many SMS segments a body costs (GSM-7 vs UCS-2), and making bot texts GSM-7.

One non-GSM character (emoji, curly quote) turns the whole message into UCS-2 at
70 characters a segment, so the bot's own texts are kept plain.
"""
from __future__ import annotations

import re
import unicodedata

MAX_BODY_CHARS = 1600   # Twilio's limit for one message body (it splits it into segments)

GSM_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENDED = set("^{}\\[~]|€\f")

_PLAIN = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "\u00a0": " "})
# Accented letters outside GSM-7 (Spanish a, i, o, u with an acute; Polish, Welsh ... letters)
# lose the accent rather than becoming "?": "línea" -> "linea". GSM-7's own (é ñ ü à è ...) stay.
_ACCENTS = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")


_NOT_GSM = re.compile("[^" + re.escape("".join(sorted(GSM_BASIC | GSM_EXTENDED))) + "]")


def is_gsm7(text: str) -> bool:
    return _NOT_GSM.search(text) is None


def _unaccent(match: re.Match) -> str:
    ch = match.group(0)
    if ch in GSM_BASIC:
        return ch
    base = unicodedata.normalize("NFD", ch)[0]
    return base if base.isascii() else ch


def to_gsm7(text: str) -> str:
    """Replace typographic punctuation; anything else outside GSM-7 becomes '?'."""
    return _NOT_GSM.sub("?", text.translate(_PLAIN))


def gsm7_letters(text: str) -> str:
    """``to_gsm7`` for the bot's own texts and the words it quotes: accented letters GSM-7 lacks
    lose the accent first (á í ó ú -> a i o u: "línea" -> "linea"), so a Spanish text stays
    GSM-7 instead of turning to '?'. (An alert keeps what the officer typed: bot.alerts.compose.)"""
    return to_gsm7(_ACCENTS.sub(_unaccent, text))


def ucs2_characters(text: str) -> str:
    """The characters of ``text`` that would make it UCS-2 (70 a segment), in order, once each."""
    return "".join(dict.fromkeys(_NOT_GSM.findall(text)))


def count_segments(text: str) -> int:
    if not text:
        return 1
    if is_gsm7(text):
        units = sum(2 if ch in GSM_EXTENDED else 1 for ch in text)
        return 1 if units <= 160 else -(-units // 153)
    units = sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)  # UTF-16 code units
    return 1 if units <= 70 else -(-units // 67)
