"""The tipster's own number is removed in every written form; other numbers stay."""
from __future__ import annotations

import pytest

from bot.privacy.redact import REPLACEMENT, redact_own_number

UK = "+447700900123"
US = "+12155550123"


@pytest.mark.parametrize("written", [
    "07700900123", "07700 900123", "07700/900123", "07700_900_123", "07700–900123", "07700—900123",
    "07700 / 900123", "07700, 900123", "07700*900*123", "07700.900.123", "(07700) 900123",
    "+447700900123", "+44 7700 900123", "+44 (0)7700 900123", "0044 7700 900 123", "447700900123",
    "0 7 7 0 0 9 0 0 1 2 3", "+44-7700-900-123",
])
def test_uk_own_number_in_any_form(written):
    out = redact_own_number(f"ring me on {written} after 6", UK)
    assert out == f"ring me on {REPLACEMENT} after 6", written
    assert "900" not in out and "123" not in out


@pytest.mark.parametrize("written", [
    "215-555-0123", "(215) 555-0123", "215.555.0123", "+1 215 555 0123", "1-215-555-0123", "2155550123",
    "215/555/0123", "215 555 0123",
])
def test_us_own_number_in_any_form(written):
    out = redact_own_number(f"call {written} pls", US)
    assert "555" not in out and "0123" not in out and REPLACEMENT in out, (written, out)


@pytest.mark.parametrize("text", [
    "the dealer's number is 07700 900456",
    "reg AB12 CDE, flat 7, 1520 N Hope St",
    "it happened at 23:15 on 12/11/2026",
    "order number 7700900",
])
def test_other_numbers_stay(text):
    assert redact_own_number(text, UK) == text


def test_own_number_next_to_another_number_removes_only_our_own():
    out = redact_own_number("dealer 07700 900999, me 07700 900123", UK)
    assert out == f"dealer 07700 900999, me {REPLACEMENT}"


def test_short_codes_and_sender_ids_are_left_alone():
    assert redact_own_number("text 60060 for info", "60060") == "text 60060 for info"
