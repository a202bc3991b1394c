"""Digit runs a phone's shape matches but no phone plan allows, so they are some other number (a contract, a card,
an ID: "contrato 0021 8834 5510", "mi INE 1847229103", "CDL 0044812291"):

- led by the international prefix 00 but too short to hold a country code and a whole national number (a number
  dialled from abroad runs to 13 digits or more: 001 + 10 for the US, 0034 + 9 for Spain, 0044 + 10 for the UK,
  0052 + 10 for Mexico);
- ten digits led by a 1 with no + before: no US, Canadian or Mexican area code starts with 1 (and a UK, Irish or
  Spanish number is led by 0 or is nine digits).
"""
from __future__ import annotations

FEWEST_ABROAD_DIGITS = 13


def no_phone_plan(written: str) -> bool:
    """The phone-shaped ``written`` digits cannot be a phone number (see the module's note)."""
    if written.lstrip().startswith("+"):
        return False
    digits = "".join(ch for ch in written if ch.isdigit())
    if digits.startswith("00") and len(digits) < FEWEST_ABROAD_DIGITS:
        return True
    return len(digits) == 10 and digits.startswith("1")
