"""A make of goods read as a place: "about 3k worth of makita n dewalt", "boardman mtb took from the shed",
"milwaukee m18 drill", "bitcoin at a gas station atm by 'microsoft'", "halifax fraud team gave me ...". The rules
take an unknown or town-like lower-case word for a village and the tagger learnt some; these words are makes of
tools, bikes, guns and appliances, and firms a scam names (nlp/data/en/goods_makes.json). A span made only of such
makes (joined by "n", "and", "&", a model code after) is dropped unless a place preposition comes right before it
("in milwaukee", "near boardman": the town). A make that is also a town ("the milwaukee zombie walk", "w center st
milwaukee") is dropped only with a model code or a goods word after it ("boardman mtb", "halifax fraud team"). Runs after the tagger on every English text; gated on a make being
in the text.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from spacy.tokens import Doc

from .doc_attrs import LOCATIONS, read
from .lexicon import DATA_DIR
from .spans import lower_words, scores_of, store, store_scores

JOINERS = frozenset(("n", "and", "&", "+"))
MODEL_RE = re.compile(r"[a-z]*\d[a-z0-9-]*")   # "m18", "30i", "19": a model, not a name
PLACE_BEFORE_RE = re.compile(r"\b(?:in|at|near|nr|outside|by|around|round|from|to|towards|past|behind|into|of)\s+$",
                             re.IGNORECASE)
# "worth of makita": "of" names the goods, not where they are
GOODS_OF_RE = re.compile(r"\b(?:worth|load|lot|set|bag|box|couple|pair)\s+of\s+$", re.IGNORECASE)


NEXT_WORD_RE = re.compile(r"[\s'\"]*([a-z0-9-]+)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = json.loads((DATA_DIR / "en" / "goods_makes.json").read_text(encoding="utf-8"))
    return frozenset(raw["makes"]), frozenset(raw["town_makes"]), frozenset(raw["goods_after"])


@lru_cache(maxsize=1)
def goods_makes() -> frozenset[str]:
    """Every make, towns' names among them (one set, built once: the gate asks it on every English text)."""
    makes, town_makes, _ = _data()
    return makes | town_makes


def only_makes(value: str) -> bool:
    words = value.lower().strip("'\"").split()
    makes = [word for word in words if word not in JOINERS]
    if not makes or makes[0] not in goods_makes():
        return False
    return all(word in goods_makes() or (index > 0 and MODEL_RE.fullmatch(word)) for index, word in enumerate(makes))


def goods_here(text: str, start: int, end: int) -> bool:
    """A make that is also a town names goods only with a model code in the span or a goods word after it."""
    makes, _, goods_after = _data()
    words = text[start:end].lower().split()
    if any(word in makes or MODEL_RE.fullmatch(word) for word in words):
        return True
    after = NEXT_WORD_RE.match(text, end)
    return bool(after) and (after.group(1).lower() in goods_after or bool(MODEL_RE.fullmatch(after.group(1).lower())))


def placed(text: str, start: int) -> bool:
    if start and text[start - 1] in "'\"‘“":
        return False   # "by 'microsoft'": a firm quoted by name
    before = text[max(0, start - 30):start]
    return bool(PLACE_BEFORE_RE.search(before)) and not GOODS_OF_RE.search(before)


def without_goods_makes(doc: Doc, text: str) -> None:
    if lower_words(doc).isdisjoint(goods_makes()):
        return   # the cheap gate: no make in the text
    places = read(doc, LOCATIONS)
    kept = [fact for fact in places
            if not (only_makes(fact[2]) and not placed(text, fact[0]) and goods_here(text, fact[0], fact[1]))]
    if len(kept) == len(places):
        return
    values = {value for _, _, value in kept}
    store_scores(doc, LOCATIONS, {value: score for value, score in scores_of(doc, LOCATIONS).items() if value in values})
    store(doc, LOCATIONS, kept)
