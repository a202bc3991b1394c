"""The check every catalog family (SMS texts, web pages, staff console) makes of each language
against English: the same texts, none empty, well formed, and no placeholder English lacks."""
from __future__ import annotations

import string


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def check_same_texts(base: dict, other: dict, lang: str, what: str, *, drops: dict | None = None,
                     any_drop: bool = False) -> None:
    """``other``'s texts against English ``base``'s. A placeholder English has may be left out
    only where ``drops`` ({text: [placeholder]}) names it, or anywhere with ``any_drop``."""
    missing = set(base["texts"]) - set(other.get("texts", {}))
    assert not missing, f"{lang} {what} misses texts: {sorted(missing)}"
    extra = set(other["texts"]) - set(base["texts"])
    assert not extra, f"{lang} {what} has texts English does not: {sorted(extra)}"
    for name, text in base["texts"].items():
        theirs = other["texts"][name]
        assert theirs.strip() or not text.strip(), f"{lang}:{name} is empty"
        assert placeholders(theirs) <= placeholders(text), f"{lang}:{name} has placeholders English does not"
        dropped = placeholders(text) - placeholders(theirs)
        assert any_drop or dropped <= set((drops or {}).get(name, ())), f"{lang}:{name} placeholders differ"
        theirs.format(**{p: "x" for p in placeholders(text)})    # well formed
    assert other.get("language") == lang and other.get("name"), f"{lang} {what}: name/language"
