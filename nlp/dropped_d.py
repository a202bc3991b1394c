"""Spanish participles written as they are said: "-ado" -> "-ao" ("han apuñalao a un chaval", "esta ahi tirao",
"el año pasao", "lo tienen secuestrao").

Speakers in Spain (and texters everywhere) drop the d of "-ado"; a cue phrase written with the d then misses the text
("han apuñalao a un chaval ... todavia esta ahi tirao" had no HURT cue). The "-ao" forms of the Spanish urgency
phrases are added at build time, calm ones and danger ones alike, so the matcher pays nothing per text. Only words
of six letters or more change ("lado", "dado" stay as they are: "lao" and "dao" would be other words too).
"""
from __future__ import annotations


def dropped_d(patterns: list[dict]) -> list[dict]:
    """The patterns with a word of six letters or more in -ado, written -ao."""
    found = []
    for pattern in patterns:
        phrase = pattern["pattern"]
        if not isinstance(phrase, str) or "ado" not in phrase:
            continue
        changed = " ".join(word[:-3] + "ao" if len(word) >= 6 and word.endswith("ado") and word.isalpha() else word
                           for word in phrase.split(" "))
        if changed != phrase:
            found.append({**pattern, "pattern": changed})
    return found
