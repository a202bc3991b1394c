"""flows.text.describe_symbols: emoji spelt out for plain GSM-7 texts, and the review
line (flows.review) using it. The stored answer keeps the emoji."""
from __future__ import annotations

import pytest

from bot.messaging.segments import is_gsm7, to_gsm7
from flows.engine import load_engine
from flows.text import describe_symbols
from tests.flows.helpers import FlowPhone


@pytest.mark.parametrize("text, words", [
    ("\U0001F621\U0001F621\U0001F621", "[emoji: pouting face x3]"),
    ("\U0001F44D\U0001F3FD", "[emoji: thumbs up]"),                       # skin tone dropped
    ("\u2764\ufe0f", "[emoji: red heart]"),                               # variation selector dropped
    ("\U0001F693\U0001F52B outside", "[emoji: police car, pistol] outside"),
    ("\U0001F52A", "[emoji: knife]"),
    ("\U0001F1EC\U0001F1E7", "[emoji: flag GB]"),
    ("\U0001F468\u200d\U0001F469\u200d\U0001F467", "[emoji: man, woman, girl]"),
    ("hi \U0001F600 there \U0001F600", "hi [emoji: grinning face] there [emoji: grinning face]"),
    ("20\u00b0C \u2122 \u00a9", "20degC TM (c)"),
    ("plain text, caf\u00e9 \u00a35 ^_^", "plain text, caf\u00e9 \u00a35 ^_^"),   # GSM-7 left alone
    ("", ""),
    (None, ""),
])
def test_described(text, words):
    assert describe_symbols(text) == words


def test_descriptions_are_plain_gsm7_and_bounded():
    many = "".join(chr(c) for c in range(0x1F600, 0x1F650))
    out = describe_symbols(many)
    assert is_gsm7(out) and len(out) <= 80 and out.startswith("[emoji: grinning face,") and out.endswith("...]")
    assert to_gsm7("\U0001F621\U0001F621\U0001F621") == "???"   # what it would have been


def test_the_review_line_describes_emoji_and_the_answer_keeps_them():
    phone = FlowPhone(load_engine())
    phone.send("Someone keeps letting down my tyres")
    phone.send("\U0001F621\U0001F621\U0001F621")
    for _ in range(4):
        result = phone.send("SKIP")
    assert result.conv["state"] == "review"
    assert "where: [emoji: pouting face x3]" in result.lines[0]
    assert result.conv["fields"]["where"] == "\U0001F621\U0001F621\U0001F621"
