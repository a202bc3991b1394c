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


def edit_distance(a: str, b: str, limit: int | None = None) -> int:
    """Edits between two strings: a letter added, dropped or changed, or two
    neighbouring letters swapped, each counting 1 ("sned" -> "send" is 1).

    Args:
        a, b: the strings, compared as they are (fold case first if it should not count).
        limit: stop early once the distance is known to exceed it; the result is
            then ``limit + 1``. None: the exact distance.

    Returns:
        The optimal string alignment distance (Damerau-Levenshtein without
        editing a substring twice).
    """
    if limit is not None and abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] | None = None
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if before is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        if limit is not None and min(current) > limit:
            return limit + 1
        before, previous = previous, current
    return previous[-1] if limit is None else min(previous[-1], limit + 1)
