"""Independent shops named by their owner or a name and the kind of shop: "hendersons chemist", "nixons newsagent",
"Sunrise Grocers", "rite spot pharmacy". No chain list can hold them; the shop word after a name says what they are.
ANNOTATION.md labels a shop by its name, with the shop word when it is written.
"""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from .lexicon import gazetteer, lexicon, vehicle_words
from .villages import known_words

SHOP_WORDS = frozenset(("chemist", "chemists", "pharmacy", "newsagent", "newsagents", "grocers", "grocery", "bakery",
                        "stores", "laundromat", "launderette", "supermarket", "butchers", "barbers", "takeaway"))
# A place preposition (and "the"), then one or two name words, then the shop word.
SHOP_RE = re.compile(
    r"\b(?:at|in|on|outside|behind|by|near|from|opposite|opp|past|into|inside|round|around|of|to)\s+(?:the\s+)?"
    r"(?P<name>[A-Za-z][A-Za-z'’-]+(?:\s+[A-Za-z][A-Za-z'’-]+)?)\s+"
    r"(?P<kind>" + "|".join(sorted(SHOP_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def find_shops(text: str, present: frozenset[str]) -> list[tuple[int, int]]:
    """A name and a shop word after a place preposition. The name must hold a capitalised word (in a text not all
    capitals), a word no dictionary knows ("hendersons") or a gazetteer name; "the corner shop", "the local chemist",
    "the big stores" name none."""
    if present.isdisjoint(SHOP_WORDS):
        return []
    upper = text.isupper()
    found = []
    for match in SHOP_RE.finditer(text):
        names = match.group("name").split()
        lowered = [word.lower() for word in names]
        if any(word in STOP_WORDS or word in lexicon()["place_cues"] or word in vehicle_words() for word in lowered):
            continue
        if any(shop_name_word(word, upper) for word in names):
            found.append((match.start("name"), match.end("kind")))
    return found


def shop_name_word(word: str, upper: bool) -> bool:
    lowered = word.lower().replace("’", "'")
    if word[0].isupper() and not upper:
        return True
    stem = lowered[:-2] if lowered.endswith("'s") else lowered
    return (len(stem) >= 3 and stem.isalpha() and stem not in known_words()) or stem in gazetteer()
