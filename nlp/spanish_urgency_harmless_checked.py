"""Bangs, smoke or cries explained by a harmless source the writer has checked (stop 38; used by urgency_debunked.py).

"ruido de disparos en la feria? tranquis q son las escopetillas de perdigones de la caseta de tiro", "mucho humo
negro, tranquilos, el señor esta quemando hojas en un tambo y tiene la manguera lista, ya fui a ver", "se escuchan
tiros pero es el campo de tiro, cada sabado practican, ya pregunte", "gritos de socorro pero es la vecina viendo una
peli, he subido": the danger words are what was heard or seen, the explanation is what is so. Calm when the text
explains with a harmless source after a copula ("es", "son", "era"; never "no son") and says the writer looked, asked
or knows ("ya fui a ver", "ya pregunte", "tranquilos", "no hay fuego"), unless someone is at risk after the
explanation (spanish_urgency_danger_left.py: "pensaba que eran cohetes pero hay un hombre en el suelo"). A weapon
aimed or someone hurt now (urgency_aimed_now.py, urgency_hurt_now*.py) is read before any calm in urgency.py. A
hunting season is left to urgency's English/season rules (nlp-urge38). Data `es/urgency_harmless_checked.json`;
gate: a harmless stem.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import DATA_DIR
from .spanish_urgency_danger_left import danger_left
from .urgency_gated import read_gated_patterns


@lru_cache(maxsize=1)
def _data() -> dict:
    return read_gated_patterns(DATA_DIR / "es" / "urgency_harmless_checked.json")


def harmless_checked(lowered: str) -> bool:
    """Whether the lower-cased text explains its danger words by a harmless source the writer checked."""
    data = _data()
    if not any(word in lowered for word in data["gate"]):
        return False
    explained = data["explained"].search(lowered)
    if explained is None or not data["checked"].search(lowered):
        return False
    return not danger_left(lowered[explained.start():])  # what follows the explanation is the news
