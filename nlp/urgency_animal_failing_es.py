"""Spanish: an animal left tied up, shut in or without water that is giving out now (stop 36 r2; used by
nlp/urgency.py).

"un perro atado al sol sin agua en un balcon desde esta mañana, ya esta tirado y jadeando", "un pitbull amarrado en
la azotea sin agua desde el viernes, ya casi no ladra": the neglect alone is a report in dev ("2 perros amarrados en
el balcon sin agua ni comida"), and the heat readings (urgency_situations.py) need a temperature these texts do not
give; a sign that the animal is failing now is what makes the call urgent. How long it has been left ("desde el
viernes") says the danger has lasted up to now, so the past the rules read in it does not calm it. Not with talk or
a calm, nor when someone has dealt with it ("ya le dieron agua", "ya lo sacaron"). Data
`es/urgency_animal_failing.json`. Gate: an animal stem in the text.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from .urgency_gated import gated_text

ANIMAL_FAILING = "animal in danger: giving out"
DATA = Path(__file__).resolve().parent / "data" / "es" / "urgency_animal_failing.json"


@lru_cache(maxsize=1)
def _data() -> tuple[tuple[str, ...], re.Pattern, re.Pattern, re.Pattern]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    return tuple(data["gate"]), re.compile("|".join(data["kept"])), re.compile("|".join(data["failing"])), \
        re.compile("|".join(data["calm"]))


def animal_failing(doc, labels: dict, lowered: str | None = None) -> str | None:
    """ANIMAL_FAILING when a neglected animal is giving out now (module docstring)."""
    gate, kept, failing, calm = _data()
    text = gated_text(doc, labels, gate, lowered)   # lowered: the lower-cased text, when the caller has it
    if text is None:
        return None
    return ANIMAL_FAILING if kept.search(text) and failing.search(text) and not calm.search(text) else None
