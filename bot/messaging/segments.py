"""How many SMS segments a body costs (GSM-7 vs UCS-2), and making bot texts GSM-7.

One non-GSM character (emoji, curly quote) turns the whole message into UCS-2 at
70 characters a segment, so the bot's own texts are kept plain.
"""
from __future__ import annotations

import re

MAX_BODY_CHARS = 1600   # Twilio's limit for one message body (it splits it into segments)

GSM_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM_EXTENDED = set("^{}\\[~]|€\f")

_PLAIN = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "\u00a0": " "})


_NOT_GSM = re.compile("[^" + re.escape("".join(sorted(GSM_BASIC | GSM_EXTENDED))) + "]")


def is_gsm7(text: str) -> bool:
    return _NOT_GSM.search(text) is None


def to_gsm7(text: str) -> str:
    """Replace typographic punctuation; anything else outside GSM-7 becomes '?'."""
    return _NOT_GSM.sub("?", text.translate(_PLAIN))


def count_segments(text: str) -> int:
    if not text:
        return 1
    if is_gsm7(text):
        units = sum(2 if ch in GSM_EXTENDED else 1 for ch in text)
        return 1 if units <= 160 else -(-units // 153)
    units = sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)  # UTF-16 code units
    return 1 if units <= 70 else -(-units // 67)
