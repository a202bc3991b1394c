"""Pure text helpers shared by the flow and the bot (flows imports nothing from
bot; bot may import flows, so the one definition lives here)."""
from __future__ import annotations

import unicodedata


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


# Symbols with a plain spelling; other symbols (emoji included) are described by name.
_SYMBOL_SPELLINGS = {"\u00a9": "(c)", "\u00ae": "(R)", "\u2122": "TM", "\u00b0": "deg"}
# Parts of an emoji sequence that carry no meaning of their own in words: variation
# selectors, zero-width joiner, combining keycap, skin-tone modifiers, tag characters.
_JOINERS = {0xFE0E, 0xFE0F, 0x200D, 0x20E3}
_SKIN_TONES = range(0x1F3FB, 0x1F400)
_TAGS = range(0xE0020, 0xE0080)
_REGIONAL = range(0x1F1E6, 0x1F200)
MAX_SYMBOL_NAME = 30
# Everyday names where Unicode's own is odd or dated ("HOCHO", "HEAVY BLACK HEART").
_EMOJI_NAMES = {"\U0001F52A": "knife", "\u2764": "red heart", "\U0001F44D": "thumbs up",
                "\U0001F44E": "thumbs down", "\U0001F64F": "folded hands"}


def describe_symbols(text: str | None, limit: int = 80) -> str:
    """Emoji and other symbols spelt out in words, for texts that must be plain GSM-7
    (an officer's SMS summary, the tipster's review): "😡😡😡" -> "[emoji: pouting face x3]",
    "🚓🔫" -> "[emoji: police car, pistol]", "🇬🇧" -> "[emoji: flag GB]". Letters of any
    script, digits and punctuation are left for the GSM-7 conversion; the stored text is
    never changed (this is for display only).

    Args:
        text: the tipster's words (None counts as empty).
        limit: the most characters of one bracketed description.

    Returns:
        The text with every run of symbols replaced by one bracketed description.
    """
    out: list[str] = []
    run: list[str] = []   # names in the current run of symbols

    def flush() -> None:
        if run:
            counted: list[list] = []   # [name, how many in a row]
            for name in run:
                if counted and counted[-1][0] == name:
                    counted[-1][1] += 1
                else:
                    counted.append([name, 1])
            names = ", ".join(name if n == 1 else f"{name} x{n}" for name, n in counted)
            out.append(clip("[emoji: " + names, limit - 1) + "]")
            run.clear()

    chars = list(str(text or ""))
    i = 0
    while i < len(chars):
        ch, code = chars[i], ord(chars[i])
        if code in _JOINERS or code in _SKIN_TONES or code in _TAGS:
            i += 1
            continue
        if code in _REGIONAL:
            pair = chars[i + 1] if i + 1 < len(chars) and ord(chars[i + 1]) in _REGIONAL else ""
            letters = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in ch + pair)
            run.append(f"flag {letters}")
            i += 2 if pair else 1
            continue
        if ch in _SYMBOL_SPELLINGS:
            flush()
            out.append(_SYMBOL_SPELLINGS[ch])
        elif code > 0x7F and unicodedata.category(ch) in ("So", "Sk", "Cs", "Co"):
            run.append(_EMOJI_NAMES.get(ch) or unicodedata.name(ch, "symbol").lower()[:MAX_SYMBOL_NAME])
        else:
            flush()
            out.append(ch)
        i += 1
    flush()
    return "".join(out)
