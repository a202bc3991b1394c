"""flows.text.clip: the one clipping rule, used by the review line (flows.review)
and by how a tip reads on an officer's phone (bot.tipline.summary)."""
from __future__ import annotations

import random

from bot.tipline import summary
from flows.text import clip


def test_text_that_fits_is_kept_with_its_spacing_squashed():
    assert clip("  two\n words  ", 20) == "two words"
    assert clip("line one\nline two", 20, keep_newlines=True) == "line one\nline two"


def test_a_cut_ends_in_dots_within_the_limit():
    assert clip("the quick brown fox", 12) == "the quick..."
    assert clip("the quick   brown fox", 13) == "the quick..."  # squashed first, trailing space dropped
    assert len(clip("x" * 500, 300)) == 300


def test_none_and_non_strings():
    assert clip(None, 10) == ""
    assert clip(12345678901, 8) == "12345..."


def test_the_bot_uses_the_same_function():
    assert summary.clip is clip


def test_same_results_as_the_two_functions_it_replaced():
    """bot.tipline.summary had clip (spacing squashed) and clip_keep_newlines;
    flows had _clip (applied to squashed text). Same output for limits >= 4."""
    def old_clip(text, limit):
        text = " ".join(str(text or "").split())
        return text if len(text) <= limit else text[: max(limit - 3, 1)].rstrip() + "..."

    def old_keep_newlines(text, limit):
        return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."

    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice("ab \n\t.") for _ in range(rng.randrange(0, 40)))
        limit = rng.randrange(4, 45)
        assert clip(text, limit) == old_clip(text, limit)
        assert clip(text, limit, keep_newlines=True) == old_keep_newlines(text, limit)
