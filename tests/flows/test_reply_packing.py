"""The host's side of the reply contract: the engine returns lines,
bot.tipline.replies.pack makes them SMS messages (GSM-7, at most two segments)."""
from __future__ import annotations

from bot.messaging.segments import count_segments, is_gsm7
from bot.tipline.replies import MAX_MESSAGE, pack


def test_short_lines_share_one_message_in_order():
    assert pack(["Photo saved.", "Where was this?"]) == ["Photo saved. Where was this?"]


def test_a_line_that_does_not_fit_starts_the_next_message():
    first, second = "a" * 200, "b" * 200
    assert pack([first, second]) == [first, second]


def test_a_line_longer_than_a_message_is_cut():
    (only,) = pack(["x" * 1000])
    assert only == "x" * MAX_MESSAGE


def test_empty_and_blank_lines_are_dropped():
    assert pack(["", "  ", "Hello"]) == ["Hello"]
    assert pack([]) == []


def test_messages_are_plain_gsm7_and_at_most_two_segments():
    lines = ["Got it: at \u201cThe Crown\u201d \u2014 Mill Lane\u2026 \U0001F600.", "w " * 200, "When was it?"]
    messages = pack(lines)
    assert messages[0].startswith('Got it: at "The Crown" - Mill Lane... ?.')
    for message in messages:
        assert is_gsm7(message) and count_segments(message) <= 2
