"""Pure text helpers shared by the flow and the bot (flows imports nothing from
bot; bot may import flows, so the one definition lives here)."""
from __future__ import annotations


def clip(text: str | None, limit: int, *, keep_newlines: bool = False) -> str:
    """Shorten text to fit ``limit`` characters, marking a cut with "...".

    Args:
        text: the text (None counts as empty; anything else is made a str).
        limit: the most characters to keep, "..." included (at least 4 for the
            result to fit: a cut always keeps one character before the "...").
        keep_newlines: keep the text's own spacing; by default every run of
            whitespace, newlines included, becomes one space first.

    Returns:
        The text unchanged if it fits, else its first ``limit - 3`` characters,
        trailing spaces removed, then "...".
    """
    text = str(text or "")
    if not keep_newlines:
        text = " ".join(text.split())
    return text if len(text) <= limit else text[: max(limit - 3, 1)].rstrip() + "..."
