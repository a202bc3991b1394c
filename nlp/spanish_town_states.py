"""A US town in a Spanish tip written with its state code ("en laredo tx cerca del puente", "brownsville tx, en la
3300 ..."): the annotation keeps the code in the town's span, as in English ("sparta tn"). The rules and the Spanish
tagger find the town alone; the English pass (town_states.with_states) runs here too, with the codes that are Spanish
words ("al lado", "pa que") read as a state only at a clause end."""
from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc

from .lexicon import DATA_DIR
from .spans import text_of
from .town_states import with_states


@lru_cache(maxsize=1)
def spanish_code_words() -> frozenset[str]:
    data = json.loads((DATA_DIR / "es" / "town_state_words.json").read_text(encoding="utf-8"))
    return frozenset(data["clause_end_only"])


def with_spanish_states(doc: Doc, confidence: float) -> None:
    with_states(doc, text_of(doc), confidence, spanish_code_words())   # gated there: a state code written at all
