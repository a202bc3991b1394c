"""Write nlp/data/es/towns_mexico.txt: the towns of Mexico that the `phonenumbers` package (a dependency already,
Apache-2.0) names for its area codes ("Cuautla/Jonacatepec, MOR", "Autlán/El Chante, JAL"), lower case, with and
without accents, for Spanish tips that name a road or a place by its town ("la carretera a cuautla"). Run by hand:

    python -m nlp.tools.build_mexican_towns
"""
from __future__ import annotations

from phonenumbers.geodata import GEOCODE_DATA

from ..lexicon import DATA_DIR, UNACCENTED

OUT = DATA_DIR / "es" / "towns_mexico.txt"
HEADER = """# Towns of Mexico named by the area codes of the phonenumbers package (9.0.43, Apache-2.0, its geocoding data from
# libphonenumber, copyright Google and others); written by nlp/tools/build_mexican_towns.py; read by
# nlp/spanish_road_towns.py ("la carretera a cuautla").
"""


def main() -> None:
    names = set()
    for prefix, descriptions in GEOCODE_DATA.items():
        if not str(prefix).startswith("52") or len(str(prefix)) < 4:
            continue   # the 2- and 3-digit prefixes name states and regions, no towns
        for description in descriptions.values():
            for town in description.rsplit(",", 1)[0].split("/"):
                name = " ".join(town.lower().replace("-", " ").split())
                if len(name) >= 4 and name.replace(" ", "").isalpha() and not name.startswith("estado de"):
                    names |= {name, name.translate(UNACCENTED)}
    OUT.write_text(HEADER + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(len(names), "names ->", OUT)


if __name__ == "__main__":
    main()
