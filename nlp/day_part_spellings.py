"""Day parts as people text them, beyond the dropped g that nlp/cues.py adds ("every mornin"): the plural's dropped g
("most mornins", "early evenins"), clipped words ("this morn", "yesterday aft") and Scots spellings ("yesterday
efternoon"). Each is made from the time patterns (nlp/patterns/times.jsonl) when the matcher is built, so the
phrases stay one list and the texts pay nothing more.

Dev: "most mornins", "early mornins", "this morn", "yesterday efternoon" (x2) were labelled and missed, only
"yesterday" of the last read. A clipped word replaces the day part only after a lead word that makes it a time
("the aft deck" is a boat's, "morn" alone a name).
"""
from __future__ import annotations

import json
from functools import lru_cache

from .lexicon import DATA_DIR


@lru_cache(maxsize=None)
def spellings() -> dict:
    return json.loads((DATA_DIR / "en" / "day_part_spellings.json").read_text(encoding="utf-8"))


def respelt(words: list[str]) -> list[list[str]]:
    """Other spellings of the phrase `words` (lower case), one day-part word changed in each."""
    data = spellings()
    out = []
    for i, word in enumerate(words):
        if len(word) >= 8 and word.endswith("ings") and word.isalpha():   # "mornings" -> "mornins"
            out.append(words[:i] + [word[:-2] + "s"] + words[i + 1:])
        for other in data["dialect"].get(word, ()):
            out.append(words[:i] + [other] + words[i + 1:])
        if i > 0 and words[i - 1] in data["clipped_leads"]:
            for other in data["clipped"].get(word, ()):
                out.append(words[:i] + [other] + words[i + 1:])
    return out


def day_part_spellings(patterns: list[dict]) -> list[dict]:
    """The string patterns respelt as texted ("most mornings" -> "most mornins", "this morning" -> "this morn")."""
    found = []
    for pattern in patterns:
        phrase = pattern["pattern"]
        if not isinstance(phrase, str) or not any(part in phrase for part in ("morning", "evening", "afternoon")):
            continue
        found.extend({**pattern, "pattern": " ".join(words)} for words in respelt(phrase.split(" ")))
    return found
