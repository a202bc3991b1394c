"""Quick replies: a numbered library of common officer messages in every configured language
(data: bot/officers/quick_replies.json). ``R T-7K2Q #2`` sends the tipster's language version
of message 2 through the masked relay; ``QUICK`` lists them for the officer.
"""
from __future__ import annotations

import functools
import json
import os
import re

PATH = os.path.join(os.path.dirname(__file__), "quick_replies.json")
REF = re.compile(r"^#\s*(\d{1,3})$")


@functools.lru_cache(maxsize=1)
def library() -> list[dict]:
    """The replies, in order (number n is ``library()[n - 1]``): {lang: text}."""
    with open(PATH, encoding="utf-8") as fh:
        return json.load(fh)["replies"]


def number_of(text: str) -> int | None:
    """The quick reply a relay text names ("#2", "# 2"), or None when it is free text."""
    found = REF.match(text.strip())
    return int(found.group(1)) if found else None


def text(n: int, lang: str, default: str, ctx: dict) -> str | None:
    """Quick reply ``n`` in ``lang`` (else ``default``, else English), placeholders filled; None if no such number."""
    if not 1 <= n <= len(library()):
        return None
    entry = library()[n - 1]
    chosen = entry.get(lang) or entry.get(default) or entry["en"]
    return chosen.format(**ctx)


def listing(lang: str, default: str, ctx: dict, width: int = 38) -> str:
    """"1 Thank you. Can you tell us anything...; 2 Are you safe right now?; ..." in ``lang``."""
    parts = []
    for n in range(1, len(library()) + 1):
        words = text(n, lang, default, ctx) or ""
        parts.append(f"#{n} {words if len(words) <= width else words[:width - 3].rstrip() + '...'}")
    return "; ".join(parts)
